"""Russian typed otherwise than in Cyrillic: with the keyboard in the English layout ("cnhernehf 'cct", read as
meant), and in Latin letters ("k chemu privodit samo sushestvovanie partii?", "privet) ty pomozhesh s esse po
politologii?"), read in Cyrillic."""

from __future__ import annotations

import re

from knowledge.dialogue import DialogueAct, dialogue_act, words_of
from knowledge.kb import KnowledgeBase
from knowledge.normalize import has_cyrillic, in_russian_layout, language_of, russian_from_latin, russian_reading, terms
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
    knows stay as they are ("chto takoe political modernization", "road to democracy")."""
    if has_cyrillic(text) or language_of(text) != ("ru", True):
        return None
    words = re.findall(r"[a-z]+|[^a-z]+", text.casefold())
    read = "".join(
        _russian_word(kb, word, words[at - 2] if at > 1 else "") if word.isalpha() and word.isascii() else word
        for at, word in enumerate(words)
    )
    return read if has_cyrillic(read) and language_of(read)[0] == "ru" else None  # (a word or more read in Cyrillic)


_INDEFINITE = frozenset(["chto", "kak", "kto", "gde", "kogda", "kuda", "pochemu", "kakoi", "kakoy", "koe"])  # "chto to"


def _russian_word(kb: KnowledgeBase, word: str, before: str) -> str:
    """A word of Russian typed in Latin letters, in Cyrillic: an English word the KB knows stays English ("political",
    "to"), but "to" after "chto", "kak" is "-то"; else the reading the KB knows, of "sh" as "ш" or "щ", "-ii" as "-ий" or
    "-ии", "-ye" as "-ые" or "-е" ("sushestvovanie": "существование"; "partii": "партии"; "tradicionnye": "традиционные"),
    or the plain reading."""
    if word == "to" and before in _INDEFINITE:
        return "то"
    if _english(kb, word):
        return word
    read = russian_from_latin(word)
    candidates = (re.sub(r"(?<=[бвгдзклмнпрстфх])е$", "ые", read) if word.endswith("ye") else read, read, read.replace("ш", "щ"))
    for candidate in (*candidates, re.sub(r"ий$", "ии", read)):
        if kb.matcher.knows(candidate, "ru"):
            return candidate
    # the soft sign left out of an infinitive ("ya ne uspel prochitat": "прочитать")
    soft = re.sub(r"(?<=[аеиуыя])т(ся)?$", lambda end: "ть" + (end.group(1) or ""), read)
    if soft != read and (soft in RU_STOP or kb.matcher.knows(soft, "ru")):
        return soft
    return read


def act_in_latin_russian(text: str) -> DialogueAct | None:
    """Small talk in Russian typed in Latin letters ("privet) ty pomozhesh s esse po politologii?"), read in Cyrillic."""
    if has_cyrillic(text) or language_of(text) != ("ru", True):
        return None
    return dialogue_act(russian_reading(text))
