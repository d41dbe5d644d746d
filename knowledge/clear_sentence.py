"""A long message answered only weakly, because one entry is far ahead, read again sentence by sentence: its clear
question is answered instead (knowledge.asking_sentence finds it), when a sentence that names its subject asks it."""

from __future__ import annotations

from knowledge.asking_sentence import POINTS_BACK, one_sentence
from knowledge.kb import KnowledgeBase
from knowledge.matcher import CLEAR_SCORE, MatchResult
from knowledge.normalize import named_terms
from knowledge.outcome import Answer
from knowledge.sentences import sentences


def names_clearly(kb: KnowledgeBase, body: str, entry_id: str, lang: str, hint: str | None) -> bool:
    """Whether a sentence of the message that names a term of the essay, and points back to nothing before it, is
    clearly answered by the entry ("… Эссе бойынша бұл ұғым қашан пайда болған?" asks of the idea quoted before)."""
    for sentence in sentences(body):
        if named_terms(sentence, lang) and not POINTS_BACK.search(sentence):
            found = kb.matcher.match(sentence, lang=lang, hint=hint)
            if found.entry_id == entry_id and found.score >= CLEAR_SCORE:
                return True
    return False


def clearly_asked(kb: KnowledgeBase, text: str, body: str, whole: MatchResult, hint: str | None) -> Answer | None:
    """A long message answered only weakly, because one entry is far ahead (`whole`): of two questions asked clearly
    the first, the next offered ("… Что автор говорит о роли партий в политической системе? Чьи интересы они
    представляют?"); or its one clear question after a story the weak reading comes from ("so basically i need to
    explain political modernization to my group … 'reforms'. what is political modernization according to the essay"),
    of an entry the whole message ranks among its best too, asked by a sentence that names its subject ("what happens bc
    parties exist": not "what happens"; not "… Эсседе олар қалай аталған?", which alone asks who)."""
    clearly = one_sentence(kb, text, body, whole.lang, hint)
    if clearly is None or clearly.entry is None or clearly.score < CLEAR_SCORE:
        return None
    if clearly.also:
        return clearly
    ranked = [candidate.entry_id for candidate in whole.ranked[:3]]
    return clearly if clearly.entry.id in ranked and names_clearly(kb, body, clearly.entry.id, whole.lang, hint) else None
