"""A question that heads a colon, which the rest of the message unfolds: "Как структурирована работа: есть ли чёткое
деление на введение, основную часть и заключение, или …?", "Могли бы Вы кратко изложить содержание аннотации: какой
исходный тезис в ней выдвигается …?". What follows the colon names the parts of what is asked, and pulls the whole
message towards them; the head says what is asked."""

from __future__ import annotations

from knowledge.kb import KnowledgeBase
from knowledge.matcher import ANSWER_SCORE, CLEAR_SCORE, MatchResult
from knowledge.normalize import named_terms
from knowledge.outcome import Answer, answer_for
from knowledge.parts import COLON_MARK, asks_something
from knowledge.several import answerable, kind_of, ranked_ids

_HEAD_WORDS = 3  # "Вопрос: …", "Кратко: …" head nothing
_RANKED = 3  # the head's entry is among the whole message's best


def headline(kb: KnowledgeBase, text: str, body: str, whole: MatchResult, hint: str | None) -> Answer | None:
    """The entry the question before the first colon asks for, when the whole message ranks it among its best too."""
    split = COLON_MARK.split(body, maxsplit=1)
    if len(split) != 2:
        return None
    head, rest = split
    if not rest.strip() or len(head.split()) < _HEAD_WORDS or not asks_something(body):
        return None
    if kb.matcher.off_topic(rest, whole.lang) or kind_of(kb, rest) is not None:  # "Tell me about parties: how do I cook pasta?"
        return None
    found = kb.matcher.match(head, lang=whole.lang, hint=hint)
    # "Как правильно писать: «в течение» или «в течении»?" heads nothing of the essay
    if not named_terms(head, whole.lang) and found.score < CLEAR_SCORE:
        return None
    if found.entry_id is None or found.also or found.score < ANSWER_SCORE or found.entry_id not in kb.entries:
        return None
    if found.entry_id not in ranked_ids(whole)[:_RANKED] or not answerable(kb, head, found.entry_id):
        return None
    return answer_for(kb, kb.entries[found.entry_id], whole.lang, text, found.score, ranked_ids(found))
