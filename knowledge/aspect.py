"""A question asking for a definition of nothing: "definition?", "what is its definition", "анықтамасы қандай?" name no
subject, and which definition is meant is the student's to choose ("did you mean…"), not the matcher's (it had answered
the essay's democracy, a point ahead of four other definitions). "are they the same?" is no such question: one entry
compares."""

from __future__ import annotations

from knowledge.normalize import lexicon, terms

ASPECTS = frozenset({"#definition", "#concept"})


def no_subject(text: str, lang: str) -> bool:
    """Whether a question asks for a definition and names nothing it is of ("what is the definition?")."""
    tokens = {token for _, token in terms(text, lang)}
    return bool(tokens & ASPECTS) and tokens <= ASPECTS | lexicon().stop_tokens
