"""Russian typed otherwise than in Cyrillic: with the keyboard in the English layout ("cnhernehf 'cct", read as
meant), and small talk typed in Latin letters ("privet) ty pomozhesh s esse po politologii?", read in Cyrillic)."""

from __future__ import annotations

from knowledge.dialogue import DialogueAct, dialogue_act, words_of
from knowledge.kb import KnowledgeBase
from knowledge.normalize import has_cyrillic, in_russian_layout, language_of, russian_reading, terms
from knowledge.stop_words import EN_STOP


def retyped(kb: KnowledgeBase, text: str) -> str | None:
    """A Russian question typed with the keyboard in the English layout ("cnhernehf 'cct"), as meant:
    when no word of it is English the KB knows and every word, retyped, is Russian it knows."""
    letters = in_russian_layout(text)
    if not letters or any(_english(kb, word) for word in words_of(text)) or dialogue_act(text):
        return None
    joined = " ".join(letters)
    content = [w for w in letters if terms(w, "ru")]
    known = [w for w in content if kb.matcher.knows(w, "ru")]  # most of them: "деген" is Kazakh, "спасибо" no KB word
    if dialogue_act(joined) or (2 * len(known) >= len(content) and known and max(map(len, known)) >= 5):
        return joined
    return None


def _english(kb: KnowledgeBase, word: str) -> bool:
    return len(word) > 1 and (word in EN_STOP or (bool(terms(word, "en")) and kb.matcher.knows(word, "en")))


def act_in_latin_russian(text: str) -> DialogueAct | None:
    """Small talk in Russian typed in Latin letters ("privet) ty pomozhesh s esse po politologii?"), read in Cyrillic."""
    if has_cyrillic(text) or language_of(text) != ("ru", True):
        return None
    return dialogue_act(russian_reading(text))
