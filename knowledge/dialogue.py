"""Dialogue acts before matching: greetings, thanks, "ok", "who are you", "where do your answers come
from", goodbyes, abuse; and a letter's sign-off after a question ("… Kind regards, Marat"), which says nothing of it.

A message made only of such phrases (with filler words like "bot" or "большое") is a dialogue
act: it gets a short reply in its language and never a knowledge-base entry. A question that
starts with them ("привет, подскажи что такое демократия", "сәлем, айтшы…") loses them before
matching. The phrases live in `data/dialogue.yaml`; words of five letters or more also match
with one typo ("спасибоо", "thankss"). Messages that mix small talk with telling are read in
knowledge.telling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.about_the_essay import SMALL_WORDS, about_the_essay_only, task_on_the_essay, ways_of_helping
from knowledge.index_cache import built
from knowledge.made_it_too import then_of_the_essay
from knowledge.normalize import (
    ASKING,
    clean,
    kazakh_skeleton,
)

ACTS = ("abuse", "thanks", "source", "who", "howareyou", "greeting", "goodbye", "ack")  # priority order
STRIPPABLE = ("greeting", "howareyou", "thanks", "permission", "opener", "filler")  # may open a real question
# naming the bot ("you are the bot for my essay about …"), not what it can do ("what can you tell me about my essay …")
# nor only who it is ("who are you? help with my english essay")
_THE_BOT = frozenset(["bot", "бот"])
_SEQUENCE = frozenset(["first", "second", "third", "next", "then", "last", "finally"])  # "firstly", "во-первых": openers
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class DialogueAct:
    act: str  # one of ACTS
    langs: frozenset[str]  # languages whose phrases the message used


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    kind: str  # an act, "filler" or "opener"
    langs: frozenset[str]  # "ок" is Russian and Kazakh; "ok" English too


def words_of(text: str) -> list[str]:
    return [w.replace("’", "").replace("'", "") for w in _WORDS.findall(clean(text).casefold())]  # how's = hows


def has_asking_word(text: str) -> bool:
    """Whether a text has an asking word of any language anywhere ("… так говорят, что по этому поводу сказано")."""
    return any(w in ASKING for w in words_of(text))


def folded(words: list[str]) -> list[str]:
    """Words in one script: "рахмет", "rakhmet" and "raqmet" alike (Kazakh's loose Latin skeleton,
    which also transliterates Russian)."""
    return [_fold(w) for w in words]


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    return kazakh_skeleton(word).replace("kh", "h")


# a letter from a filler, yet a word: "quote" ("quite"), "насколько" (how far; not "несколько", a few)
_WORDS_OF_THEIR_OWN = frozenset(_fold(word) for word in ("quote", "quotes", "насколько"))


@cache
def _phrases() -> dict[str, list[Phrase]]:
    """First word -> phrases starting with it, longest first (read once and kept between processes)."""
    return built("dialogue", _read_phrases)


def _read_phrases() -> dict[str, list[Phrase]]:
    text = resources.files("knowledge").joinpath("data/dialogue.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    langs: dict[tuple[tuple[str, ...], str], set[str]] = {}
    for kind, languages in data.items():
        for lang, phrases in languages.items():
            for phrase in phrases:
                if not isinstance(phrase, str):  # YAML reads a bare yes, no, on, off, true as a boolean
                    raise ValueError(f"dialogue.yaml {kind}/{lang}: {phrase!r} is no text; quote it")
                found = tuple(folded(words_of(phrase)))
                if found:
                    langs.setdefault((found, kind), set()).add(lang)
    by_first: dict[str, list[Phrase]] = {}
    for (found, kind), where in langs.items():
        by_first.setdefault(found[0], []).append(Phrase(found, kind, frozenset(where)))
    for phrases in by_first.values():
        phrases.sort(key=lambda p: (-len(p.words), ACTS.index(p.kind) if p.kind in ACTS else len(ACTS)))
    return by_first


@cache
def _fuzzy_firsts() -> tuple[str, ...]:
    return tuple(w for w in _phrases() if len(w) >= FUZZY_MIN_LENGTH)


@cache
def _folded_asking() -> frozenset[str]:
    return frozenset(map(_fold, ASKING))


def _same(word: str, known: str) -> bool:
    if word == known:
        return True
    # a question word is no typo of another word ("когда" is not the filler "тогда"), nor is "quote" of "quite"
    if word in _folded_asking() or word in _WORDS_OF_THEIR_OWN:
        return False
    if len(word) < FUZZY_MIN_LENGTH or len(known) < FUZZY_MIN_LENGTH:
        # short words: only two neighbouring letters swapped ("teh", "waht"), never another word ("ten")
        return len(word) == len(known) >= 3 and _one_swap(word, known)
    return bool(DamerauLevenshtein.distance(word, known, score_cutoff=1) <= 1)


def _one_swap(word: str, known: str) -> bool:
    """Two neighbouring letters swapped, the rest alike ("teh": "the")."""
    differ = [i for i, (a, b) in enumerate(zip(word, known, strict=True)) if a != b]
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and word[differ[0]] == known[differ[1]]
        and word[differ[1]] == known[differ[0]]
    )


@lru_cache(maxsize=65536)  # a few thousand words make most messages: each word's candidates found once
def _candidates(word: str) -> tuple[Phrase, ...]:
    exact = _phrases().get(word)
    if exact is not None:
        return tuple(exact)
    if len(word) < FUZZY_MIN_LENGTH:
        return ()
    return tuple(p for first in _fuzzy_firsts() if _same(word, first) for p in _phrases()[first])


def _phrase_at(words: list[str], i: int, kinds: tuple[str, ...] | None) -> Phrase | None:
    for phrase in _candidates(words[i]):
        if kinds is not None and phrase.kind not in kinds:
            continue
        n = len(phrase.words)
        if i + n <= len(words) and all(_same(words[i + k], phrase.words[k]) for k in range(1, n)):
            return phrase
    return None


def parse_phrases(words: list[str], kinds: tuple[str, ...] | None) -> tuple[list[Phrase], int]:
    """Phrases from the start of `words`, greedily; and how many words they cover."""
    found: list[Phrase] = []
    i = 0
    while i < len(words):
        phrase = _phrase_at(words, i, kinds)
        if phrase is None:
            break
        found.append(phrase)
        i += len(phrase.words)
    return found, i


_CLAUSES = re.compile(r"[,.!?;:]+")


def _task_on_the_essay(clause: str) -> bool:
    """A clause that only says the student has a task on this essay (knowledge.about_the_essay.task_on_the_essay),
    after nothing but fillers and greetings ("hi i have a", "i have an")."""
    written = words_of(clause)
    task = task_on_the_essay(written)
    if task is None:
        return False
    before = folded([w for w in written[:task] if w not in SMALL_WORDS])
    return parse_phrases(before, ("filler", "greeting"))[1] == len(before)


def _without_tasks(text: str) -> str | None:
    """The message without its clauses that bring a task on the essay, when it has such a clause and more."""
    clauses = [clause for clause in _CLAUSES.split(text) if clause.strip()]
    kept = [clause for clause in clauses if not _task_on_the_essay(clause)]
    return ", ".join(kept) if len(kept) < len(clauses) else None


def _examples_of_what_it_does(found: list[Phrase], rest: list[str]) -> bool:
    """Whether the words after asking who the bot is or what it does (`rest`, from the last word the phrases covered)
    only give examples of it ("like summaries, lists": knowledge.about_the_essay.ways_of_helping)."""
    return any(p.kind == "who" for p in found) and ways_of_helping(rest)


def dialogue_act(text: str) -> DialogueAct | None:
    """The dialogue act of a whole message, or None when it says something else. A clause that brings a task on the
    essay ("hi! I have a worksheet on the political parties essay, can you help me?") asks what the bot can do."""
    if (rest := _without_tasks(text)) is not None:
        return dialogue_act(rest) if rest else DialogueAct("who", frozenset(["en"]))
    if then_of_the_essay(text):
        return None
    written = words_of(text)
    words = folded(written)
    if not words:
        return None
    found, covered = parse_phrases(words, None)
    if covered < len(words):
        permission = [p for p in found if p.kind in ("permission", "who")]  # "ты бот по эссе про партии, да?"
        if permission and about_the_essay_only(
            written[:covered],
            written[covered:],
            who=any(p.kind == "who" and _THE_BOT.intersection(p.words) for p in permission),
        ):
            return DialogueAct("who", frozenset().union(*(p.langs for p in permission)))
        if _examples_of_what_it_does(found, written[covered - 1 :]):  # "like" may have been read as a filler
            return DialogueAct("who", frozenset().union(*(p.langs for p in found if p.kind == "who")))
        return None
    acts = [p for p in found if p.kind in ACTS]
    if not acts:  # only "question", "подскажи", "bot": asking how to ask
        return DialogueAct("who", frozenset().union(*(p.langs for p in found)))
    act = min((p.kind for p in acts), key=ACTS.index)
    # the languages of the act's own words: "рахмет, давай" thanks in Kazakh ("давай" is both)
    return DialogueAct(act, frozenset().union(*(p.langs for p in acts if p.kind == act)))


def only_openers(text: str) -> bool:
    """Whether a sentence only opens a question: "Sorry if this is a dumb question.", "I have a question."
    (alone, asking how to ask; before a question, a courtesy)."""
    words = folded(words_of(text))
    found, covered = parse_phrases(words, ("opener", "filler"))
    return bool(found) and covered == len(words)


def strip_openers(text: str) -> str:
    """The message without greetings, thanks and openers in front of a question; an ordinal that
    orders the student's questions goes too when a question word follows ("ok first, what is…",
    but "first reference?" keeps it)."""
    words = words_of(text)
    found, covered = parse_phrases(folded(words), STRIPPABLE)
    if covered < len(words) and words[covered].casefold() in _SEQUENCE:  # "first" may not be a filler ("next")
        covered += 1
    if 0 < covered < len(words) and words[covered - 1].casefold() in _SEQUENCE and words[covered].casefold() in ASKING:
        return text_after(text, words[:covered]) or text
    if not found or covered >= len(words) or not any(p.kind != "filler" for p in found):
        return text
    if found[-1].kind == "filler" and found[-1].words == ("for",):  # "hello again, for my intro I need …" keeps its "for"
        covered -= 1
    rest = text_after(text, words[:covered])
    return rest or text if rest is not None else text


def text_after(text: str, words: list[str]) -> str | None:
    """The text after its first `words`, keeping its spelling and punctuation (None: not found)."""
    cleaned = clean(text)
    position = 0
    lowered = cleaned.casefold()
    for word in words:
        match = re.search("['’]?".join(map(re.escape, word)), lowered[position:])  # "hows" was "how's"
        if match is None:
            return None
        position += match.end()
    return cleaned[position:].lstrip(" ,.!?;:—-–…")


# a letter's sign-off after the question: "… as stated in the conclusion? Kind regards, Marat", "… С уважением, Айгерим"
_SIGN_OFF = re.compile(
    r"(?:(?<=[.?!…)])|(?<=^))\s*(?i:(?:kind|best|warm|many) (?:regards|wishes|thanks)|regards|yours (?:sincerely|faithfully|truly)"
    r"|sincerely|thanks in advance|thank you in advance|с уважением|заранее спасибо|заранее благодарю|спасибо заранее"
    r"|құрметпен|курметпен|алдын ала рахмет|алдын ала рақмет)(?:\s+(?:сізге|сизге|саған|саган|вам|тебе))?\s*[,.!—–-]?"
    # a name signs with capitals ("Kind regards, Marat"); "Thanks in advance. Also the keywords." still asks
    r"\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'-]*+\s*+){0,3}[.!]?\s*$"  # possessive: no backtracking over long words
)


def without_sign_off(text: str) -> str:
    """A message without the sign-off of a letter after its question ("Dear bot, … ? Kind regards, Marat"); the text
    itself when what is left neither asks nor is small talk ("Kindly write a bit shorter. Thank you in advance." thanks as
    a whole)."""
    found = _SIGN_OFF.search(text)
    if found is None:
        return text
    rest = text[: found.start()].rstrip()
    if "?" not in rest and not has_asking_word(rest) and dialogue_act(rest) is None:
        return text
    return rest
