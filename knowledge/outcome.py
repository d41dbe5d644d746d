"""What the bot says: an `Answer` (one of four outcomes, see knowledge.answers) and how one entry
becomes one, in one language, with its related questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from knowledge.matcher import Candidate
from knowledge.schema import Entry, Source

if TYPE_CHECKING:
    from knowledge.kb import KnowledgeBase

Outcome = Literal["answer", "unsure", "not_covered", "smalltalk"]
# why the essay does not cover a question, each named in the reply (bot/locales: not_covered_reason.*):
# a near-topic term, today's facts, a date, a count, a number of times, a frequency, a text to write, someone
# besides a person the essay names
NAMED_REASONS = ("topic", "current", "when", "count", "times", "often", "compose", "advice", "someone")


@dataclass(frozen=True)
class Suggestion:
    entry_id: str
    question: str
    score: float
    why: str = ""  # for `also`: "tie" (answers it as well) or "part" (the question's next part)


@dataclass(frozen=True)
class Answer:
    query: str
    lang: str
    score: float
    entry: Entry | None = None
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = field(default=())
    ranked: tuple[str, ...] = ()  # entry ids, best first (for evaluation and suggestions)
    outcome: Outcome = "answer"
    also: tuple[Suggestion, ...] = ()
    nearest: Suggestion | None = None
    act: str | None = None  # smalltalk: the dialogue act
    # not_covered: why (one of NAMED_REASONS, named in the reply; "today"), or None (nothing close);
    # answer: what else the question asked that the essay does not give (a date, a number, a term: "is civil society
    # among the keywords?")
    reason: str | None = None

    @property
    def matched(self) -> bool:
        return self.entry is not None

    @property
    def sources(self) -> list[Source]:
        return list(self.entry.sources) if self.entry else []

    def text(self, part: str) -> str | None:
        """`question`, `answer`, `explanation` or `note` of the matched entry, in `lang`."""
        if self.entry is None:
            return None
        value = getattr(self.entry, part)
        return value.get(self.lang) if value is not None else None

    def to_dict(self) -> dict[str, object]:
        """The JSON contract of `python -m bot ask --json`."""
        return {
            "query": self.query,
            "matched": self.matched,
            "outcome": self.outcome,
            "lang": self.lang,
            "entry_id": self.entry.id if self.entry else None,
            "score": round(self.score, 1),
            "question": self.text("question"),
            "answer": self.text("answer"),
            "explanation": self.text("explanation"),
            "note": self.text("note"),
            "sources": [{"paragraph": s.paragraph, "quote": s.quote, "references": list(s.references)} for s in self.sources],
            "also": [_suggestion_dict(s) | {"why": s.why} for s in self.also],
            "suggestions": [_suggestion_dict(s) for s in self.suggestions],
            "nearest": _suggestion_dict(self.nearest) if self.nearest else None,
            "act": self.act,
            "reason": self.reason,
            "related": [s.entry_id for s in self.related],
        }


def _suggestion_dict(s: Suggestion) -> dict[str, object]:
    return {"entry_id": s.entry_id, "question": s.question, "score": round(s.score, 1)}


def suggestion(kb: KnowledgeBase, candidate: Candidate, lang: str, why: str = "") -> Suggestion:
    """A suggested entry (a button): its question in `lang`."""
    return Suggestion(candidate.entry_id, kb.entries[candidate.entry_id].question.get(lang), candidate.score, why)


def answer_for(
    kb: KnowledgeBase,
    entry: Entry,
    lang: str,
    query: str = "",
    score: float = 100.0,
    ranked: tuple[str, ...] = (),
    also: tuple[Suggestion, ...] = (),
) -> Answer:
    """The answer of one entry in one language, with its related questions."""
    related = tuple(Suggestion(rid, kb.entries[rid].question.get(lang), 0.0) for rid in entry.related if rid in kb.entries)
    return Answer(query or entry.question.get(lang), lang, score, entry, (), related, ranked, "answer", also)
