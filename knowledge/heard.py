"""Russian written as it is heard, read back in the words the KB spells ("кто сичас призидент казахстана" is "кто
сейчас президент казахстана"), before anything reads the message: the checks of what the essay does not cover (today's
office holders, dates, near-topic terms) look for words as they are spelled, and a question spelled by ear must meet
them as the matcher meets its words (`normalize.sound_key`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from knowledge.matcher import PHONETIC_SPELLING_SCORE
from knowledge.normalize import lexicon, sound_keys, spelled_alike, stem

HEARD_MIN_LENGTH = 4  # shorter words are too alike by ear ("па" is "по", but "та" is "то" and "ни" "не")
_RUSSIAN_WORD = re.compile(r"[а-яё]+", re.IGNORECASE)


@dataclass
class Speller:
    """Russian words by how they sound: first the words of what the essay does not cover (`guards`), then the essay's
    own; whole words first, then long stems, so another case's ending still finds its word."""

    words: frozenset[str] = frozenset()
    guards: frozenset[str] = frozenset()
    by_sound: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, guards: Iterable[str], terms: Iterable[str]) -> Speller:
        first, then = _words(guards), _words(terms)
        by_sound: dict[str, str] = {}
        for word in [*sorted(first), *sorted(then - first)]:  # the same word for a key on every build
            if len(word) >= HEARD_MIN_LENGTH:
                for key in sound_keys(word, "ru"):
                    by_sound.setdefault(key, word)
        return cls(first | then, first, by_sound)

    def respell(self, text: str, written: Callable[[str], bool]) -> str:
        """The text with each Russian word that is none the KB writes (`written`: its own texts' words, stop words), but
        sounds like one of these, in that spelling ("пример" stays, though it sounds like "премьер")."""
        return _RUSSIAN_WORD.sub(lambda m: self._word(m.group(), written), text)

    def _word(self, written_as: str, written: Callable[[str], bool]) -> str:
        word = written_as.lower().replace("ё", "е")
        if len(word) < HEARD_MIN_LENGTH or word in self.words or written(word):
            return written_as
        concept = lexicon().token(word, "ru") is not None  # a word of the lexicon's concepts ("демократию")
        for key in sound_keys(word, "ru"):
            known = self.by_sound.get(key)
            if known is None or (concept and known not in self.guards) or stem(known, "ru") == stem(word, "ru"):
                continue  # …read only as a guard's word ("гражданскае"), never as another form of itself ("интерес")
            if spelled_alike(word, known, "ru", PHONETIC_SPELLING_SCORE):
                return known
        return written_as


def _words(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower().replace("ё", "е") for text in texts for w in _RUSSIAN_WORD.findall(text))
