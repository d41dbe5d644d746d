"""Dialogue acts before matching: greetings, thanks, "ok", "who are you", goodbyes, abuse.

A message made only of such phrases (with filler words like "bot" or "большое") is a dialogue
act: it gets a short reply in its language and never a knowledge-base entry. A question that
starts with them ("привет, подскажи что такое демократия", "сәлем, айтшы…") loses them before
matching. The phrases live in `data/dialogue.yaml`; words of five letters or more also match
with one typo ("спасибоо", "thankss"). A message of several sentences that ends in small talk
and otherwise only tells ("Hi! I'm reading the essay for my seminar. Can I ask you some
questions?") is small talk too (`act_among_telling`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import yaml
from rapidfuzz.distance import DamerauLevenshtein

from knowledge.lexicon import is_concept
from knowledge.normalize import (
    EN_ASKING,
    ESSAY_WORD,
    KK_ASKING,
    RU_ASKING,
    clean,
    content_words,
    detect_language,
    kazakh_skeleton,
    terms,
)
from knowledge.parts import asks_something, sentences

ACTS = ("abuse", "thanks", "who", "howareyou", "greeting", "goodbye", "ack")  # priority order
STRIPPABLE = ("greeting", "howareyou", "thanks", "permission", "opener", "filler")  # may open a real question
# what the questions will be about, after asking whether one may ask ("…можно вопросы про партии?")
_ABOUT_BEFORE = frozenset(["about", "on", "for", "with", "regarding", "про", "о", "об", "по", "с", "насчет", "насчёт"])
_TAGS = frozenset(["right", "yes", "да", "ведь", "иә", "ия", "ә"])  # "…, да?" only asks to confirm
_ABOUT_AFTER = frozenset(["туралы", "жайлы"])  # Kazakh puts it after the subject
_ABOUT_WORDS = 4  # at most this many words name it
_ASKING = EN_ASKING | RU_ASKING | KK_ASKING  # asking words of any language
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
FUZZY_MIN_LENGTH = 5


@dataclass(frozen=True)
class DialogueAct:
    act: str  # one of ACTS
    langs: frozenset[str]  # languages whose phrases the message used


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    kind: str  # an act, "filler" or "opener"
    langs: frozenset[str]  # "ок" is Russian and Kazakh; "ok" English too


def words_of(text: str) -> list[str]:
    return [w.replace("’", "").replace("'", "") for w in _WORDS.findall(clean(text).casefold())]  # how's = hows


def _folded(words: list[str]) -> list[str]:
    """Words in one script: "рахмет", "rakhmet" and "raqmet" alike (Kazakh's loose Latin skeleton,
    which also transliterates Russian)."""
    return [_fold(w) for w in words]


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    return kazakh_skeleton(word).replace("kh", "h")


@cache
def _phrases() -> dict[str, list[_Phrase]]:
    """First word -> phrases starting with it, longest first."""
    text = resources.files("knowledge").joinpath("data/dialogue.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    langs: dict[tuple[tuple[str, ...], str], set[str]] = {}
    for kind, languages in data.items():
        for lang, phrases in languages.items():
            for phrase in phrases:
                found = tuple(_folded(words_of(str(phrase))))
                if found:
                    langs.setdefault((found, kind), set()).add(lang)
    by_first: dict[str, list[_Phrase]] = {}
    for (found, kind), where in langs.items():
        by_first.setdefault(found[0], []).append(_Phrase(found, kind, frozenset(where)))
    for phrases in by_first.values():
        phrases.sort(key=lambda p: (-len(p.words), ACTS.index(p.kind) if p.kind in ACTS else len(ACTS)))
    return by_first


@cache
def _fuzzy_firsts() -> tuple[str, ...]:
    return tuple(w for w in _phrases() if len(w) >= FUZZY_MIN_LENGTH)


def _same(word: str, known: str) -> bool:
    if word == known:
        return True
    if len(word) < FUZZY_MIN_LENGTH or len(known) < FUZZY_MIN_LENGTH:
        return False
    return bool(DamerauLevenshtein.distance(word, known, score_cutoff=1) <= 1)


@lru_cache(maxsize=65536)  # a few thousand words make most messages: each word's candidates found once
def _candidates(word: str) -> tuple[_Phrase, ...]:
    exact = _phrases().get(word)
    if exact is not None:
        return tuple(exact)
    if len(word) < FUZZY_MIN_LENGTH:
        return ()
    return tuple(p for first in _fuzzy_firsts() if _same(word, first) for p in _phrases()[first])


def _phrase_at(words: list[str], i: int, kinds: tuple[str, ...] | None) -> _Phrase | None:
    for phrase in _candidates(words[i]):
        if kinds is not None and phrase.kind not in kinds:
            continue
        n = len(phrase.words)
        if i + n <= len(words) and all(_same(words[i + k], phrase.words[k]) for k in range(1, n)):
            return phrase
    return None


def _parse(words: list[str], kinds: tuple[str, ...] | None) -> tuple[list[_Phrase], int]:
    """Phrases from the start of `words`, greedily; and how many words they cover."""
    found: list[_Phrase] = []
    i = 0
    while i < len(words):
        phrase = _phrase_at(words, i, kinds)
        if phrase is None:
            break
        found.append(phrase)
        i += len(phrase.words)
    return found, i


def dialogue_act(text: str) -> DialogueAct | None:
    """The dialogue act of a whole message, or None when it says something else."""
    written = words_of(text)
    words = _folded(written)
    if not words:
        return None
    found, covered = _parse(words, None)
    if covered < len(words):
        permission = [p for p in found if p.kind in ("permission", "who")]  # "ты бот по эссе про партии, да?"
        if permission and _about_the_essay_only(written[:covered], written[covered:]):
            return DialogueAct("who", frozenset().union(*(p.langs for p in permission)))
        return None
    acts = [p for p in found if p.kind in ACTS]
    if not acts:  # only "question", "подскажи", "bot": asking how to ask
        return DialogueAct("who", frozenset().union(*(p.langs for p in found)))
    act = min((p.kind for p in acts), key=ACTS.index)
    # the languages of the act's own words: "рахмет, давай" thanks in Kazakh ("давай" is both)
    return DialogueAct(act, frozenset().union(*(p.langs for p in acts if p.kind == act)))


def _about_the_essay_only(asked: list[str], rest: list[str]) -> bool:
    """Asking whether one may ask about the essay ("…можно вопросы по статье про партии?", "can I ask
    you a few questions about the essay"): what the bot does. About anything else ("can I ask about
    the three dimensions", "про вывод эссе") it is a question; so is "about what Bell concluded"."""
    while rest and rest[-1] in _TAGS:
        rest = rest[:-1]
    if rest[-2:] == ["что", "ли"]:  # "ты бот по эссе про партии что ли"
        rest = rest[:-2]
    if any(w in _ASKING for w in rest):
        return False
    # "are you a bot for the essay", "ты бот по эссе про партии в казахстане": naming the essay, and
    # what it is about; its "for" may be a filler word the phrases covered
    plain = [w for w in asked + rest if w not in ("the", "this")]
    first = len(plain) - len([w for w in rest if w not in ("the", "this")])
    for i in (first - 1, first):
        if 0 <= i < len(plain) - 1 and plain[i] in _ABOUT_BEFORE and ESSAY_WORD.fullmatch(plain[i + 1]):
            topic = plain[i + 2 :]
            return not topic or (topic[0] in _ABOUT_BEFORE | _ABOUT_AFTER and len(topic) <= _ABOUT_WORDS + 1)
        # "is this the bot for the political parties essay": its topic named before the essay
        if 0 <= i < len(plain) - 2 and plain[i] in _ABOUT_BEFORE and ESSAY_WORD.fullmatch(plain[-1]):
            return len(plain) - i - 2 <= _ABOUT_WORDS
    if not 1 < len(rest) <= _ABOUT_WORDS + 1:
        return False
    if not (rest[0] in _ABOUT_BEFORE or rest[-1] in _ABOUT_AFTER):
        return False
    if any(ESSAY_WORD.fullmatch(w) for w in asked):  # "можно вопросы по статье …"
        return True
    named = [w for w in rest if w not in _ABOUT_BEFORE and w not in _ABOUT_AFTER and w not in ("the", "this")]
    return bool(named) and all(ESSAY_WORD.fullmatch(w) for w in named)


def strip_openers(text: str) -> str:
    """The message without greetings, thanks and openers in front of a question."""
    words = words_of(text)
    found, covered = _parse(_folded(words), STRIPPABLE)
    if not found or covered >= len(words) or not any(p.kind != "filler" for p in found):
        return text
    rest = _after(text, words[:covered])
    return rest or text if rest is not None else text


def _after(text: str, words: list[str]) -> str | None:
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


def complaint_first(text: str) -> DialogueAct | None:
    """A complaint about an answer, then only telling ("ты не то ответил, я про Белла спрашивал а не про
    Назарбаева"): a complaint. Only complaints that name the answer or the asking count ("неверно, что…"
    may start a true-or-false check), and not when the rest asks anything."""
    written = words_of(text)
    found, covered = _parse(_folded(written), ("abuse", "filler"))
    complaint = [p for p in found if p.kind == "abuse" and any(w.startswith(_ABOUT_ANSWERS) for w in p.words)]
    rest = text.split(",", 1)[1] if "," in text else ""
    if not complaint or covered >= len(written) or not rest.strip() or _asks_anything(rest) or _REQUEST.search(rest):
        return None
    return DialogueAct("abuse", frozenset().union(*(p.langs for p in complaint)))


def thanks_then_telling(text: str) -> DialogueAct | None:
    """Thanks (or "ok") and then, in the same sentence, only telling about no subject of the essay
    ("thanks a lot, this really helps before the seminar"): thanks. Not when the rest asks, asks
    for something, says what is not understood, or names a concept ("ok, and the dimensions")."""
    written = words_of(text)
    found, covered = _parse(_folded(written), ("thanks", "ack", "filler"))
    # an interjection ("o", "ah", "хм") opens a question as often as it acknowledges ("o chem eto esse")
    acts = [p for p in found if p.kind in ("thanks", "ack") and len("".join(p.words)) > 1 and p.words[0] not in _INTERJECTIONS]
    if not acts or covered >= len(written) or any(w in _GOING_ON for w in written[:covered]):
        return None  # "рахмет, енді негізгі сөздер": what comes next is asked
    rest = _after(text, written[:covered])
    if rest is None or _asks_anything(rest) or _REQUEST.search(rest) or _HELP.search(rest) or _NOT_UNDERSTOOD.search(rest):
        return None
    # what the thanks were for ("очень помогли с цитатами", "thanks for the answer about Bell") names a subject and asks nothing
    thanked_for = words_of(rest)[:1] in (["for"], ["with"], ["с"], ["со"], ["за"])
    if not thanked_for and any(is_concept(token) for _, token in terms(rest, detect_language(rest))):
        return None
    act = min((p.kind for p in acts), key=ACTS.index)
    return DialogueAct(act, frozenset().union(*(p.langs for p in acts if p.kind == act)))


_INTERJECTIONS = frozenset(["ah", "oh", "hm", "hmm", "aaa", "mmm", "wow", "lol", "ogo"])  # as folded
_GOING_ON = frozenset(["now", "next", "then", "теперь", "дальше", "далее", "а", "ещё", "еще", "енді", "ал", "тағы", "тагы"])
_ABOUT_ANSWERS = ("ansuer", "answer", "asked", "otvet", "sprashiva", "jauap", "zhauap", "surama", "suragym")  # as folded


def act_among_telling(text: str) -> DialogueAct | None:
    """A message of several sentences that ends in small talk (or starts with thanks) and whose other
    sentences only tell ("Hi! I'm reading the essay on political parties for my seminar. Can I ask you
    some questions?"), each in TELLING_WORDS words or more (not a bare term), asking nothing."""
    found = sentences(text)
    if len(found) < 2:
        return None
    acts = [dialogue_act(sentence) for sentence in found]
    telling = [s for s, act in zip(found, acts, strict=True) if act is None]
    # the small talk last ("Сәлем! бұл эссе не туралы, айтып бершы" asks), or thanks first ("Thank you
    # kindly, that was most helpful. You explain things far more clearly than the essay does.")
    # or a complaint first ("ты тупишь или мне кажется? я про партии спрашивал")
    closing = acts[0] is not None and acts[0].act in ("thanks", "ack", "goodbye", "abuse")
    if not telling or (acts[-1] is None and not (closing and not any(_REQUEST.search(s) for s in telling))):
        return None  # after thanks, "I need the main idea of the conclusion" asks for it
    if _HELP.search(found[-1]):  # "I have a seminar on democracy tomorrow. Can you help me?": with it
        return None
    if any(_asks_anything(s) or len(content_words(s)) < TELLING_WORDS or _NOT_UNDERSTOOD.search(s) for s in telling):
        return None  # "I don't understand modernization. Can you help me?" asks about it
    return min((act for act in acts if act is not None), key=lambda act: ACTS.index(act.act))


TELLING_WORDS = 4


def _asks_anything(sentence: str) -> bool:
    """A question mark, an asking word first, or one anywhere (Kazakh asks at the end: "партиялар
    казакстанда неге сонша манызды" is a question without its question mark)."""
    words = words_of(sentence)  # as written: "who wrote" is one concept once read
    # "you explain things clearly" tells; "can you explain…" asks by its first word
    return asks_something(sentence) or any(word in _ASKING and not (i and words[i - 1] in _YOU) for i, word in enumerate(words))


_YOU = frozenset(["you", "u", "вы", "ты", "сіз", "сен"])


# asking for something without an asking word ("I need the main idea", "еще нужно про …", "маған … керек")
_REQUEST = re.compile(
    r"\b(?:need|want|wanna|give|tell|show|please|pls|plz|tl;?dr|нужн\w*|надо|хочу|хотел\w*|дай\w*|расскаж\w*|скаж\w*|покаж\w*"
    r"|плиз|плз|пжлст|пж|пожалуйста|тл;?др|в ч[её]м"
    r"|керек|қажет\w*|кажет\w*|айт\w*|бер\w*|көрсет\w*)\b",
    re.IGNORECASE,
)
_HELP = re.compile(r"help|помоги|помогите|помочь|көмектес|комектес", re.IGNORECASE)
# saying what one does not understand asks about it
_NOT_UNDERSTOOD = re.compile(
    r"understand|confus|hard|difficult|don'?t get|не пон|непонят|сложн|трудн|запута|түсінбе|тусинбе|түсініксіз|қиын|киын",
    re.IGNORECASE,
)
