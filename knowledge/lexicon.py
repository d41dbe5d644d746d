"""The concept lexicon (`data/lexicon.yaml`): domain words of three languages, one token per concept.

A word that a concept lists becomes the concept's token (`#id`) in every language, so a Kazakh
question with the loanword "модернизация" matches a Kazakh phrasing with "жаңғыру", and a bare
"демократия" matches the entry that answers "democracy". The patterns are compared with words as
normalized for matching (see `knowledge.normalize.surface_form`); this module knows nothing about
stemming, so the two stay independent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

TOKEN_PREFIX = "#"
LANGUAGES = ("en", "ru", "kk")
_REMEMBERED = 65536  # words a table remembers looking up
_UNSEEN = "\0unseen"  # no token: a word the memo has not seen


class Standard(BaseModel):
    """The standard Russian and Kazakh renderings of a term in curated texts (`kb check`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    en: str
    ru: str
    kk: str
    en_pattern: str
    ru_stems: list[str]
    kk_stems: list[str]
    ru_avoid: list[str] = []
    kk_avoid: list[str] = []


class Concept(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    entry: str | None = None  # the entry answering the plainest question about the concept
    says: str | None = None  # a person's: the entry with what they say ("what did Bell say", "Bell's main idea")
    names: list[str] = []  # a person's: the concepts of their other names ("daniel")
    stop: bool = False  # its words say nothing about the subject ("essay", "author")
    general: bool = False  # its words relate or compare subjects ("link", "связь"): alone, no question about an entry
    cited: bool = False  # an author of the essay's reference list: a question naming them may ask a work's date
    en: list[str] = []
    ru: list[str] = []
    kk: list[str] = []
    phrases: dict[Literal["en", "ru", "kk"], list[str]] = {}  # everyday phrases for the concept ("people in charge")
    standard: Standard | None = None

    @property
    def token(self) -> str:
        return TOKEN_PREFIX + self.id

    def patterns(self, lang: str) -> list[str]:
        values: list[str] = getattr(self, lang)
        return values


@dataclass
class _Table:
    """Patterns of one language: exact words, prefixes (longest wins), exceptions."""

    exact: dict[str, str] = field(default_factory=dict)
    prefixes: dict[str, str] = field(default_factory=dict)
    never: set[str] = field(default_factory=set)
    never_prefixes: set[str] = field(default_factory=set)
    longest: int = 0
    found: dict[str, str | None] = field(default_factory=dict)  # words looked up before (a long message has many)

    def add(self, pattern: str, token: str) -> None:
        self.found.clear()
        negative = pattern.startswith("!")
        pattern = pattern.lstrip("!")
        if pattern.endswith("*"):
            stem = pattern[:-1]
            (self.never_prefixes.add(stem) if negative else self.prefixes.setdefault(stem, token))
            self.longest = max(self.longest, len(stem))
        elif negative:
            self.never.add(pattern)
        else:
            self.exact.setdefault(pattern, token)

    def lookup(self, word: str) -> str | None:
        token = self.found.get(word, _UNSEEN)  # one read: another thread may clear the memo between two
        if token is not _UNSEEN:
            return token
        token = self._lookup(word)
        if len(self.found) >= _REMEMBERED:
            self.found.clear()
        self.found[word] = token
        return token

    def _lookup(self, word: str) -> str | None:
        if word in self.never:
            return None
        found = self.exact.get(word)
        if found is not None or any(ch.isdigit() for ch in word):  # "kazakhstan-2050" is no "kazakhstan*"
            return found
        for end in range(min(len(word), self.longest), 0, -1):
            head = word[:end]
            token = self.prefixes.get(head)
            if token is not None:
                return token
            if head in self.never_prefixes:
                return None
        return None


@dataclass
class _Phrases:
    """Phrases of one language, by the first two letters of their first word, longest first. A phrase is
    words that say one concept together and none alone: "people in charge" is the authorities. Its last
    words may be only context (`+перед`): they must follow, and stay words of their own."""

    by_start: dict[str, list[tuple[tuple[tuple[str, bool], ...], int, str]]] = field(default_factory=dict)

    def add(self, words: tuple[tuple[str, bool], ...], said: int, token: str) -> None:
        found = self.by_start.setdefault(words[0][0][:2], [])
        found.append((words, said, token))
        found.sort(key=lambda item: -len(item[0]))

    def at(self, words: Sequence[str], start: int) -> tuple[str, int] | None:
        """(token, number of words it says) of the longest phrase at `start` of the (folded) words, or None."""
        for pattern, said, token in self.by_start.get(words[start][:2], ()):
            if start + len(pattern) > len(words):
                continue
            for at, (stem, prefix) in enumerate(pattern, start):  # a loop, not all(): called for every word
                if not (words[at].startswith(stem) if prefix else words[at] == stem):
                    break
            else:
                return token, said
        return None


class Lexicon:
    """Concept lookup per language. `fold` turns a pattern into the form words are compared in."""

    def __init__(self, concepts: Iterable[Concept], fold: Callable[[str, str], str]):
        self.concepts = {c.id: c for c in concepts}
        self._tables = {lang: _Table() for lang in LANGUAGES}
        self.stop_tokens = frozenset(c.token for c in self.concepts.values() if c.stop)
        self.general_tokens = frozenset(c.token for c in self.concepts.values() if c.general)
        # derived once, here: the matching rules ask for them on every question that ties
        self._homes = {c.token: c.entry for c in self.concepts.values() if c.entry}
        self._sayings = {
            c.token: (c.entry, c.says, frozenset(TOKEN_PREFIX + name for name in c.names))
            for c in self.concepts.values()
            if c.entry and c.says
        }
        self._people = frozenset(c.entry for c in self.concepts.values() if c.entry and c.names)
        for concept in self.concepts.values():
            for lang in LANGUAGES:
                for pattern in concept.patterns(lang):
                    self._tables[lang].add(_fold_pattern(pattern, lang, fold), concept.token)
        self._phrases = {lang: _Phrases() for lang in LANGUAGES}
        for concept in self.concepts.values():
            for lang, phrases in concept.phrases.items():
                # students write Russian phrases in Kazakh questions too ("халық у власти")
                for target in (lang, "kk") if lang == "ru" else (lang,):
                    for phrase in phrases:
                        words = tuple((fold(word.strip("+*").casefold(), target), word.endswith("*")) for word in phrase.split())
                        said = sum(not word.startswith("+") for word in phrase.split())
                        self._phrases[target].add(words, said, concept.token)
        self._kazakh_own = _Table()  # Kazakh's own terms ("саяси", "әлеуметтік"): they say a word is Kazakh
        for concept in self.concepts.values():
            for pattern in concept.kk:
                self._kazakh_own.add(_fold_pattern(pattern, "kk", fold), concept.token)
        # Kazakh speakers use the Russian loanwords: Russian patterns apply to Kazakh words too
        # (after Kazakh's own, which take precedence for the same word).
        for concept in self.concepts.values():
            for pattern in concept.ru:
                self._tables["kk"].add(_fold_pattern(pattern, "kk", fold), concept.token)

    def token(self, word: str, lang: str) -> str | None:
        """The concept token of a normalized word, or None."""
        return self._tables[lang].lookup(word)

    def phrase(self, words: Sequence[str], start: int, lang: str) -> tuple[str, int] | None:
        """(concept token, number of words) of the everyday phrase starting at `start`, or None."""
        return self._phrases[lang].at(words, start)

    def kazakh_term(self, kazakh_form: str, russian_form: str) -> bool:
        """Whether a word is one of Kazakh's own terms and no Russian one (given as each compares it)."""
        return self._kazakh_own.lookup(kazakh_form) is not None and self._tables["ru"].lookup(russian_form) is None

    def homes(self) -> Mapping[str, str]:
        """Concept token -> the entry answering its plainest question."""
        return self._homes

    def sayings(self) -> Mapping[str, tuple[str, str, frozenset[str]]]:
        """Concept token -> (its home entry, the entry with what the person says, the tokens of the
        person's other names)."""
        return self._sayings

    def people(self) -> frozenset[str]:
        """The home entries of people (concepts with other names: "daniel" Bell, "nursultan" Nazarbayev)."""
        return self._people

    def standards(self) -> list[Standard]:
        return [c.standard for c in self.concepts.values() if c.standard is not None]


def _fold_pattern(pattern: str, lang: str, fold: Callable[[str, str], str]) -> str:
    negative, star = pattern.startswith("!"), pattern.endswith("*")
    core = fold(pattern.strip("!*").casefold(), lang)
    return ("!" if negative else "") + core + ("*" if star else "")


def is_concept(token: str) -> bool:
    return token.startswith(TOKEN_PREFIX)


@cache
def raw_concepts() -> tuple[Concept, ...]:
    text = resources.files("knowledge").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return tuple(Concept.model_validate(item) for item in yaml.load(text, Loader=loader) or [])
