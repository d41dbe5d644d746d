"""A guess after the question at what its answer holds, which is no second question: the two are read as one.

- In words (knowledge.parts): "от чего она отказывается? там что-то про традиционное было", "к чему приводит что партии
  вообще есть? там про конфликты вроде", "What happens due to the very existence of parties? Essay is saying something
  about conflicts na?". It ends the message, follows a question mark, and asks nothing itself.
- A word or two with a question particle (knowledge.normalize, for the language): "а к чему приводит … существование
  партий? конфликттер ма" is asked in Russian.

A leaf module: the caller says what asks (`is_guess`), so that knowledge.normalize can use it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "…? конфликттер ма", "…? традиционные формы ма": a guess of a word or two after the question, asked with a particle
GUESS_AFTER = re.compile(r"\?\s*(?:[^\W\d_]+\s+){0,2}(?:ма|ме|ба|бе|па|пе|ли)\W*$")

_HEDGE_RU = r"(?:вроде|кажется|что-?\s?то|как-?\s?то|типа|было|по-моему|наверное|если не ошибаюсь)"
_GUESS = re.compile(
    # "там что-то про традиционное было", "вроде про конфликты", "там про конфликты вроде" (a hedge says it is a guess: "и
    # про Белла" asks)
    rf"^\W*(?:а |и |ну )?(?:там\s+)?(?:{_HEDGE_RU}\s+)+(?:про|о|об)\s+[^?]*$"
    rf"|^\W*(?:а |и |ну )?(?:там\s+)?(?:про|о|об)\s+[^?]*\s{_HEDGE_RU}\W*$"
    # "Essay is saying something about conflicts na?", "i think it was something about traditions"
    r"|^\W*(?:(?:the )?essay|it|i think it|i think the essay|maybe it)\s+(?:is |was )?(?:saying|says|said|talks|talked|was)?\s*"
    r"(?:something|smth|sth)\s+(?:about|like|on)\b"
    # "…? конфликттер туралы сияқты еді", "дәстүрлі нәрсе туралы бар еді ғой"
    r"|\bтуралы\s+(?:бір\w*\s+)?(?:сияқты|сиякты|секілді|бар еді|болатын)(?:\s+(?:еді|ғой|гой))?\W*$",
    re.IGNORECASE,
)
# an alternative after a question, which the question's answer settles: "… түсіндіріп бересіз бе? Әлде мен қате
# түсінгем бе, онда тек саяси даму туралы ма?", "… Or is it only about development?" (knowledge.asking_sentence)
_ALTERNATIVE = re.compile(r"\W*(?:или|либо|or|әлде|алде|немесе)\b", re.IGNORECASE)
_ALTERNATIVE_WORDS = 5  # …not a short choice ("… or both?")


def settled_alternative(sentence: str) -> bool:
    """Whether a sentence offers an alternative of five words or more, which the answer to the question before it
    settles (knowledge.asking_sentence)."""
    return bool(_ALTERNATIVE.match(sentence)) and len(re.findall(r"\w+", sentence)) >= _ALTERNATIVE_WORDS


# "что-то", "как-то", "кое-что" ask nothing
_SOMETHING = re.compile(r"(?i)\b(?:что|как|кое)[-\s]?(?:то|что)\b")
# a question mark only after a tag ("… conflicts na?"): "Про партии что-то было?" asks
_TAG = re.compile(r"(?i)\b(?:na|right|yes|ма|ме|ба|бе|ғой|гой|да)\W*\?\W*$")


def is_guess(part: str, before: str, asks: Callable[[str], bool]) -> bool:
    """Whether the last part of a message, after the question `before` (ending in a question mark), guesses at what the
    answer holds: a hedged "about …" that asks nothing itself (`asks`: an asking word or a request, "что-то" aside; not
    "А про Марка Аврелия что было?", "…, who's he?", "…, соны айтшы")."""
    stripped = part.strip()
    if not before.rstrip().endswith("?") or not _GUESS.search(stripped) or asks(_SOMETHING.sub(" ", stripped)):
        return False
    return "?" not in stripped or bool(_TAG.search(stripped))
