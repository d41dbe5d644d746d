"""A guess after the question at what its answer holds: "от чего она отказывается? там что-то про традиционное было",
"к чему приводит что партии вообще есть? там про конфликты вроде", "What happens due to the very existence of parties?
Essay is saying something about conflicts na?". It is no second question (knowledge.parts): it says what the question
means, and the two are read as one."""

from __future__ import annotations

import re

_HEDGE_RU = r"(?:вроде|кажется|что-?\s?то|как-?\s?то|типа|было|по-моему|наверное|если не ошибаюсь)"
GUESS = re.compile(
    # "там что-то про традиционное было", "вроде про конфликты", "там про конфликты вроде" (a hedge says it is a guess: "и
    # про Белла" asks)
    rf"^\W*(?:а |и |ну )?(?:там\s+)?(?:{_HEDGE_RU}\s+)+(?:про|о|об)\s+[^?]*$"
    rf"|^\W*(?:а |и |ну )?(?:там\s+)?(?:про|о|об)\s+[^?]*\s{_HEDGE_RU}\W*$"
    # "Essay is saying something about conflicts na?", "i think it was something about traditions"
    r"|^\W*(?:(?:the )?essay|it|i think it|i think the essay|maybe it)\s+(?:is |was )?(?:saying|says|said|talks|talked|was)?\s*"
    r"(?:something|smth|sth)\s+(?:about|like|on)\b"
    # "…? конфликттер туралы сияқты еді", "дәстүрлі нәрсе туралы бар еді ғой"
    r"|\bтуралы\s+(?:бір\w*\s+)?(?:сияқты|сиякты|секілді|бар еді|болатын)\b",
    re.IGNORECASE,
)


def is_guess(part: str) -> bool:
    """Whether a part of a message, after its question, guesses at what the answer holds rather than asking."""
    return bool(GUESS.search(part.strip()))
