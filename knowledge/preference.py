"""Which of the matcher's close entries to answer when the question itself says: the one citing the
paragraph it names ("цитата Елбасы в 18 абзаце"), or, in a tie between things it names ("куандык и
нысанбаев"), the first named. Both take a match result and give one, answered by that entry."""

from __future__ import annotations

from dataclasses import replace

from knowledge.matcher import MatchResult
from knowledge.normalize import lexicon

PARAGRAPH_CANDIDATES = 5  # "… in paragraph 18": the leading entries looked at for one citing it
PARAGRAPH_CANDIDATE_SCORE = 40.0  # and how close it must be (a suggestion's score)


def citing(result: MatchResult, cited: list[str]) -> MatchResult:
    """The result answered by the best of its leading entries that cites the paragraph asked about."""
    if not cited or result.entry_id in cited:
        return result
    for candidate in result.ranked[:PARAGRAPH_CANDIDATES]:
        if candidate.entry_id in cited and candidate.score >= PARAGRAPH_CANDIDATE_SCORE:
            ranked = (candidate, *(c for c in result.ranked if c is not candidate))
            return replace(result, matched=True, best=candidate, ranked=ranked, suggestions=(), also=())
    return result


def first_named(result: MatchResult, words: list[tuple[str, str]]) -> MatchResult:
    """A tie between things the question names (`words`: its terms, in order): the first named is
    answered, the others offered. Only when each tied entry is the home of a concept it names."""
    homes = lexicon().homes()
    named = [homes.get(token) for _, token in words]
    tied = [c for c in (result.best, *result.also) if c is not None]
    if not all(c.entry_id in named for c in tied):
        return result
    order = sorted(tied, key=lambda c: named.index(c.entry_id))
    if order[0] is result.best:
        return result
    return replace(result, best=order[0], also=tuple(order[1:]))
