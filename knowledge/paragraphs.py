"""Questions that name a paragraph of the essay: "para 12 main point", "summarise paragraph 13",
"о чём 5 абзац", "3-абзацта не айтылған".

Paragraphs are numbered as the bot quotes them (¶0 the title, ¶1 the abstract, ¶2 the keywords,
¶3–¶19 the text, ¶20 the references). A question that names one and asks nothing more ("main
point", "summary", "о чём") is answered by the entries that cite it, the one most about it first;
a question that asks something more is matched without the paragraph's name.
"""

from __future__ import annotations

import re

from knowledge.normalize import analyze_word, content_words
from knowledge.schema import LANGUAGES

_NAME = r"(?:(?:paragraphs?|paras?|par)\b\.?|абзац\w*|параграф\w*|азат\s+жол\w*|abzac\w*)"
_ORDINAL = r"(?:th|st|nd|rd|й|ый|ой|ий|ші|шы|інші|ыншы|нші|ншы|ши)"
_ORDINALS = {
    word: number
    for number, words in enumerate(
        [
            "",
            "first первый первом первого бірінші биринши",
            "second второй втором второго екінші екинши",
            "third третий третьем третьего үшінші ушинши",
            "fourth четвертый четвертом четвёртый четвёртом төртінші тортинши",
            "fifth пятый пятом пятого бесінші бесинши",
            "sixth шестой шестом шестого алтыншы",
            "seventh седьмой седьмом седьмого жетінші жетинши",
            "eighth восьмой восьмом восьмого сегізінші сегизинши",
            "ninth девятый девятом девятого тоғызыншы тогызыншы",
            "tenth десятый десятом десятого оныншы",
            "eleventh одиннадцатый одиннадцатом",
            "twelfth двенадцатый двенадцатом",
            "thirteenth тринадцатый тринадцатом",
            "fourteenth четырнадцатый четырнадцатом",
            "fifteenth пятнадцатый пятнадцатом",
            "sixteenth шестнадцатый шестнадцатом",
            "seventeenth семнадцатый семнадцатом",
            "eighteenth восемнадцатый восемнадцатом",
            "nineteenth девятнадцатый девятнадцатом",
        ]
    )
    for word in words.split()
}  # Kazakh "он бірінші"… (11th–19th) are two words: students type the digits
_ORDINAL_WORDS = "|".join(sorted((w for w in _ORDINALS), key=len, reverse=True))
_MORE = r"\s*(?:,|&|\band\b|\bи\b|\bмен\b|\bжәне\b|\bжане\b|–)\s*\d{1,2}\b"  # more paragraphs named with it
_REFERENCE = re.compile(
    rf"(?:\b(?:the\s+)?({_ORDINAL_WORDS})\s+{_NAME}"  # the ninth paragraph, в пятом абзаце, бесінші абзац
    rf"|\b{_NAME}\s*(?:no\.?|№|#|number)?\s*(\d{{1,2}})\b(?:{_MORE})*"  # para 12, абзац 5, paragraphs 11 and 15
    rf"|\b(\d{{1,2}})(?:{_MORE})*\s*-?\s*(?:{_ORDINAL}\s*)?{_NAME}"  # 5th paragraph, 3-абзацта, в 11 и 15 абзацах
    r"|¶\s*(\d{1,2}))",
    re.IGNORECASE,
)
# Words that ask only for what a paragraph says, besides the stop words of the three languages
# ("what", "кратко", "туралы" already say nothing to the matcher).
_ASKS_WHAT_IT_SAYS = frozenset(
    [
        "brief",
        "content",
        "contents",
        "gist",
        "idea",
        "ideas",
        "key",
        "meaning",
        "point",
        "points",
        "sum",
        "summary",
        "whole",
        "главная",
        "главное",
        "главный",
        "идеи",
        "идея",
        "идеясы",
        "ишинде",
        "коротко",
        "мазмуны",
        "мазмұны",
        "мани",
        "мысли",
        "мысль",
        "мәні",
        "негизги",
        "негізгі",
        "ой",
        "ойы",
        "основная",
        "основное",
        "перескажи",
        "пересказ",
        "смысл",
        "содержание",
        "суть",
        "түйіні",
        "этом",
        "ішінде",
    ]
)


def paragraph_reference(text: str, paragraphs: int) -> tuple[int, str, bool] | None:
    """The paragraph a (cleaned) question names, the question without its name, and whether it
    asks only what that paragraph says; None when it names none (or one the essay lacks)."""
    found = _REFERENCE.search(text)
    if found is None:
        return None
    named = next(group for group in found.groups() if group is not None)
    number = int(named) if named.isdigit() else _ORDINALS[named.casefold()]
    if not 0 <= number < paragraphs:
        return None
    rest = f"{text[: found.start()]} {text[found.end() :]}".strip()
    words = content_words(rest)
    return number, rest, all(word in _ASKS_WHAT_IT_SAYS or _says_nothing(word) for word in words)


def _says_nothing(word: str) -> bool:
    """A stop word in any of the three languages ("кароч", "pls", "айтшы")."""
    return any(analyze_word(word, lang)[2] for lang in LANGUAGES)


def citing(sources: dict[str, list[int]], number: int) -> list[str]:
    """Entry ids citing paragraph `number` (entry id -> its source paragraphs, in order): those
    whose first source it is come first, then the more specific (fewer paragraphs)."""
    found = [
        (paragraphs.index(number), len(set(paragraphs)), position, entry_id)
        for position, (entry_id, paragraphs) in enumerate(sources.items())
        if number in paragraphs
    ]
    return [entry_id for *_, entry_id in sorted(found)]
