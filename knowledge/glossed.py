"""A question said twice, in two languages, one after a comma: "who wrote this essay, avtor kim?", "what is main idea
of essay, negizgi oi". The student glosses a term or the whole question in the language it was taught in; each half
alone is read in the language it reads as, and when both halves name the same entry, that entry answers, in the
language of the message. (Not when both halves read as one language: "keywords list berip zhibershi, klyuchevye
slova" reads as English twice, and stays unanswered.)"""

from __future__ import annotations

from knowledge.kb import KnowledgeBase
from knowledge.matcher import ANSWER_SCORE
from knowledge.outcome import Answer, answer_for
from knowledge.parts import CLAUSE_COMMA
from knowledge.several import ranked_ids


def glossed(kb: KnowledgeBase, text: str, body: str, lang: str, hint: str | None) -> Answer | None:
    """The entry both halves of a glossed question name, answered in `lang`; None for any other message."""
    halves = [half.strip() for half in CLAUSE_COMMA.split(body) if half.strip()]
    if len(halves) != 2:
        return None
    found = [kb.matcher.match(half, hint=hint) for half in halves]  # each in the language it reads as
    if found[0].lang == found[1].lang:  # the same language twice is no gloss ("what is X, what is Y")
        return None
    ids = {result.entry_id for result in found}
    if len(ids) != 1 or None in ids or any(result.also for result in found):
        return None
    best = max(found, key=lambda result: result.score)
    if best.score < ANSWER_SCORE or best.entry_id not in kb.entries:
        return None
    return answer_for(kb, kb.entries[str(best.entry_id)], lang, text, best.score, ranked_ids(best))
