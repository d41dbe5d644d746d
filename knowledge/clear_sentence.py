"""A long message answered only weakly, because one entry is far ahead, read again sentence by sentence: its clear
question is answered instead (knowledge.asking_sentence finds it), when a sentence that names its subject asks it."""

from __future__ import annotations

from knowledge.asking_sentence import POINTS_BACK, one_sentence
from knowledge.dialogue import has_asking_word
from knowledge.kb import KnowledgeBase
from knowledge.matcher import CLEAR_SCORE, MatchResult
from knowledge.normalize import named_terms, terms
from knowledge.outcome import Answer, answer_for
from knowledge.own_story import speaks_of_asker
from knowledge.parts import asks_something
from knowledge.sentences import sentences
from knowledge.several import ranked_ids
from knowledge.two_clauses import SELF_CONTAINED


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


_RELATING = frozenset(["#relation", "#comparison"])  # a story that relates or compares two things asks how


def asked_after_story(kb: KnowledgeBase, text: str, body: str, whole: MatchResult, hint: str | None) -> Answer | None:
    """The student's own story that asks nothing, then a question of one thing it told of, answered beyond doubt
    (SELF_CONTAINED) by another entry the whole message ranks among its best: that question is what is asked ("i get
    modernization now but political development is confusing me. what is political development in this essay" asks for
    the definition, not the difference the story tells of). Not a question that points back ("… What does it mean?"),
    names what the story does not, or follows a sentence that asks or tells nothing of the student."""
    split = sentences(body)
    if len(split) < 2 or whole.entry_id is None or any(asks_something(sentence) for sentence in split[:-1]):
        return None
    story, last = " ".join(split[:-1]), split[-1]
    asked = named_terms(last, whole.lang)
    if not speaks_of_asker(story, whole.lang) or not asks_something(last) or POINTS_BACK.search(last):
        return None
    # …a story that asks in its own words, or relates or compares, tells what is asked ("I understand what parties are
    # but not why they lead to conflicts. What are parties?", "my problem is the difference between …. what is …?")
    if has_asking_word(story) or any(token in _RELATING for _, token in terms(story, whole.lang)):
        return None
    if not asked or not asked <= named_terms(story, whole.lang):
        return None
    found = kb.matcher.match(last, lang=whole.lang, hint=hint)
    best = [candidate.entry_id for candidate in whole.ranked[:3]]
    if found.entry_id is None or found.entry_id == whole.entry_id or found.also or found.entry_id not in best:
        return None
    if found.score < SELF_CONTAINED or found.entry_id not in kb.entries:
        return None
    return answer_for(kb, kb.entries[found.entry_id], found.lang, text, found.score, ranked_ids(found))
