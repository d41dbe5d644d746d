"""Russian typed otherwise than in Cyrillic: with the keyboard in the English layout ("cnhernehf 'cct", read as
meant), and in Latin letters ("k chemu privodit samo sushestvovanie partii?", "privet) ty pomozhesh s esse po
politologii?"), read in Cyrillic."""

from __future__ import annotations

import re

from knowledge.dialogue import DialogueAct, dialogue_act, words_of
from knowledge.kb import KnowledgeBase
from knowledge.normalize import has_cyrillic, in_russian_layout, language_of, russian_reading, terms
from knowledge.stop_words import EN_STOP, RU_STOP


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


def in_cyrillic(kb: KnowledgeBase, text: str) -> str | None:
    """A question in Russian typed in Latin letters, in Cyrillic ("k chemu privodit samo sushestvovanie partii?" -> "к
    чему приводит само существование партий?"), so that every rule written for Russian reads it; English words the KB
    knows stay as they are ("chto takoe political modernization")."""
    if has_cyrillic(text) or language_of(text) != ("ru", True):
        return None
    read = re.sub(r"[a-z]+", lambda found: _russian_word(kb, found.group()), text.casefold())
    return read if language_of(read)[0] == "ru" else None


def _russian_word(kb: KnowledgeBase, word: str) -> str:
    """A word of Russian typed in Latin letters, in Cyrillic: the reading the KB knows, of "sh" as "ш" or "щ" and "-ii" as
    "-ий" or "-ии" ("sushestvovanie": "существование"; "partii": "партии"); an English word the KB knows, as it is
    ("political"), unless its Russian reading is a Russian word the KB knows too ("seminar")."""
    read = russian_reading(word)
    if read in RU_STOP:  # "to", "a", "no": "то", "а", "но" in a Russian message
        return read
    for candidate in (read, read.replace("ш", "щ"), re.sub(r"ий$", "ии", read)):
        if kb.matcher.knows(candidate, "ru"):
            return candidate
    return word if _english(kb, word) else read


def act_in_latin_russian(text: str) -> DialogueAct | None:
    """Small talk in Russian typed in Latin letters ("privet) ty pomozhesh s esse po politologii?"), read in Cyrillic."""
    if has_cyrillic(text) or language_of(text) != ("ru", True):
        return None
    return dialogue_act(russian_reading(text))
