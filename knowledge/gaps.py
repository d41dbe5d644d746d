"""The curator loop's core: group the questions the bot could not answer well, and propose
for each group the entry it could become a phrasing of (or say a new entry is needed).

Questions are compared on their normalized tokens (per language) with rapidfuzz; a question
joins the first group whose first question it resembles enough, so paraphrases and typo
variants end up together. Pure: the questions come in, the groups go out.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from knowledge.kb import KnowledgeBase
from knowledge.normalize import clean, tokens

SAME_GROUP = 70.0  # token_sort_ratio between normalized questions (token_set would join any subset)
PROPOSE_SCORE = 30.0  # each vote for a group's entry must reach this (gaps are low-confidence by nature)


@dataclass
class GapGroup:
    lang: str
    questions: list[str] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)  # database ids of the recorded questions
    entry_id: str | None = None  # proposed entry, None = a new entry is needed
    score: float = 0.0

    @property
    def key(self) -> str:
        """A short stable name for the group (fits in callback data)."""
        head = clean(self.questions[0]).casefold()
        return hashlib.sha1(f"{self.lang}:{head}".encode()).hexdigest()[:10]

    @property
    def count(self) -> int:
        return len(self.questions)

    def distinct(self) -> list[str]:
        seen: dict[str, str] = {}
        for q in self.questions:
            seen.setdefault(clean(q).casefold().rstrip("?!. "), clean(q))
        return list(seen.values())


def group_questions(records: list[tuple[int, str, str]]) -> list[GapGroup]:
    """`records`: (id, question, lang). Groups, most frequent first."""
    groups: list[tuple[GapGroup, str]] = []  # with the normalized form of the group's first question
    for record_id, question, lang in records:
        normalized = " ".join(sorted(tokens(question, lang)))
        if not normalized:
            continue
        for group, head in groups:
            if group.lang == lang and fuzz.token_sort_ratio(normalized, head) >= SAME_GROUP:
                group.questions.append(question)
                group.ids.append(record_id)
                break
        else:
            groups.append((GapGroup(lang, [question], [record_id]), normalized))
    return sorted((g for g, _ in groups), key=lambda g: -g.count)


def propose(kb: KnowledgeBase, groups: list[GapGroup]) -> list[GapGroup]:
    """For each group, the entry that more than half of its distinct questions point to
    (each with at least PROPOSE_SCORE); otherwise None: a new entry is needed."""
    for group in groups:
        votes: Counter[str] = Counter()
        best: dict[str, float] = {}
        distinct = group.distinct()
        for question in distinct:
            result = kb.matcher.match(question, lang=group.lang)
            if result.best and result.best.score >= PROPOSE_SCORE:
                votes[result.best.entry_id] += 1
                best[result.best.entry_id] = max(best.get(result.best.entry_id, 0.0), result.best.score)
        if votes:
            entry_id, count = votes.most_common(1)[0]
            if count * 2 > len(distinct):
                group.entry_id, group.score = entry_id, best[entry_id]
    return groups
