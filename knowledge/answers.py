"""From a question to an answer: what the bot says, in the asker's language, with sources."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.kb import KnowledgeBase
from knowledge.matcher import Candidate
from knowledge.schema import Entry, Source


@dataclass(frozen=True)
class Suggestion:
    entry_id: str
    question: str
    score: float


@dataclass(frozen=True)
class Answer:
    query: str
    lang: str
    score: float
    entry: Entry | None = None
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = field(default=())
    ranked: tuple[str, ...] = ()  # entry ids, best first (for evaluation and suggestions)

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

    def to_dict(self) -> dict:
        """The JSON contract of `python -m bot ask --json`."""
        return {
            "query": self.query,
            "matched": self.matched,
            "lang": self.lang,
            "entry_id": self.entry.id if self.entry else None,
            "score": round(self.score, 1),
            "question": self.text("question"),
            "answer": self.text("answer"),
            "explanation": self.text("explanation"),
            "note": self.text("note"),
            "sources": [
                {"paragraph": s.paragraph, "quote": s.quote, "references": list(s.references)}
                for s in self.sources
            ],
            "suggestions": [
                {"entry_id": s.entry_id, "question": s.question, "score": round(s.score, 1)}
                for s in self.suggestions
            ],
            "related": [s.entry_id for s in self.related],
        }


def _suggestion(kb: KnowledgeBase, candidate: Candidate, lang: str) -> Suggestion:
    return Suggestion(candidate.entry_id, kb.entries[candidate.entry_id].question.get(lang), candidate.score)


def ask(kb: KnowledgeBase, question: str, lang: str | None = None, hint: str | None = None) -> Answer:
    """Answer one question from the KB, or say honestly that nothing matched."""
    result = kb.matcher.match(question, lang=lang, hint=hint)
    suggestions = tuple(_suggestion(kb, c, result.lang) for c in result.suggestions)
    ranked = tuple(c.entry_id for c in result.ranked)
    if not result.matched or result.entry_id not in kb.entries:
        return Answer(result.query, result.lang, result.score, None, suggestions, ranked=ranked)
    return answer_for(kb, kb.entries[result.entry_id], result.lang, result.query, result.score, ranked)


def answer_for(
    kb: KnowledgeBase, entry: Entry, lang: str, query: str = "", score: float = 100.0, ranked: tuple[str, ...] = ()
) -> Answer:
    """The answer of one entry in one language, with its related questions."""
    related = tuple(
        Suggestion(rid, kb.entries[rid].question.get(lang), 0.0) for rid in entry.related if rid in kb.entries
    )
    return Answer(query or entry.question.get(lang), lang, score, entry, (), related, ranked)
