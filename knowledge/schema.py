"""Pydantic models of the knowledge-base files (YAML) and what loading makes of them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

LANGUAGES: tuple[str, ...] = ("en", "ru", "kk")
Lang = Literal["en", "ru", "kk"]

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Topics in the order the essay's argument takes them (the /topics menu follows it).
TOPICS: tuple[str, ...] = (
    "essay",
    "modernization",
    "political-development",
    "democracy",
    "parties",
    "kazakhstan",
    "people",
    "references",
)
Topic = Literal[TOPICS]  # type: ignore[valid-type]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(Strict):
    """A text in English, with Russian and Kazakh versions."""

    en: str = Field(min_length=1)
    ru: str | None = None
    kk: str | None = None

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en


class LocalizedList(Strict):
    en: list[str] = Field(min_length=1)
    ru: list[str] = []
    kk: list[str] = []

    def get(self, lang: str) -> list[str]:
        return list(getattr(self, lang, None) or [])


class Alternates(LocalizedList):
    """Alternate phrasings: at least 6 in English (Russian and Kazakh: see `kb check`)."""

    en: list[str] = Field(min_length=6)


class Source(Strict):
    paragraph: int = Field(ge=0)
    quote: str = Field(min_length=1)
    references: list[int] = []


class Entry(Strict):
    id: str = Field(pattern=ID_PATTERN, max_length=40)  # fits in 64-byte callback data
    topic: Topic
    question: Localized
    alternates: Alternates
    answer: Localized
    explanation: Localized
    note: Localized | None = None
    discuss: list[Localized] = []  # seminar mode: 1–2 "think further" prompts (see `kb check`)
    sources: list[Source] = Field(min_length=1)
    related: list[str] = []
    # the entry that says what this fact is for: a why-question this entry matches gets that one, this one offered
    purpose: str | None = None

    def phrasings(self, lang: str) -> list[str]:
        """The canonical question then the alternates, in one language."""
        canonical = getattr(self.question, lang, None)
        return ([canonical] if canonical else []) + self.alternates.get(lang)


class ReferenceInfo(Strict):
    number: int = Field(ge=1)
    text: str
    authors: list[str]
    title: str
    kind: str
    place: str | None
    publisher: str | None
    year: int | None


class QuizOption(Strict):
    en: str = Field(min_length=1)
    ru: str | None = None
    kk: str | None = None
    correct: bool = False

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en


class QuizItem(Strict):
    """One quiz question on one KB entry, sent as a native Telegram quiz poll."""

    id: str = Field(pattern=ID_PATTERN, max_length=48)
    entry: str
    paragraph: int = Field(ge=0)
    question: Localized
    options: list[QuizOption] = Field(min_length=2, max_length=12)
    explanation: Localized
    trivia: bool = False  # a detail not worth a round of its own: left out of rounds unless asked for


class Tip(Strict):
    """A concept tip: a concept in 2-4 sentences and one verbatim quote."""

    id: str = Field(pattern=ID_PATTERN, max_length=40)
    entry: str
    title: Localized
    text: Localized
    source: Source
