"""A student asking for the answer in a language ("қазақша жауап бер", "ответь на казахском",
"answer in russian pls"): the answer comes in that language, whatever the question's.

Requests count where they are explicit: a verb of answering with the language, the language with
"please", or the language alone after the question ("what is modernization? in kazakh"). A
language inside the question is its subject ("which references are in Kazakh").
"""

from __future__ import annotations

import re

_FLAGS = re.IGNORECASE
_LANGUAGES = {
    "english": "en",
    "kazakh": "kk",
    "russian": "ru",
    "английском": "en",
    "английски": "en",
    "казахском": "kk",
    "казахски": "kk",
    "русском": "ru",
    "русски": "ru",
    "ағылшынша": "en",
    "агылшынша": "en",
    "ағылшын": "en",
    "агылшын": "en",
    "қазақша": "kk",
    "казакша": "kk",
    "qazaqsha": "kk",
    "qazaqşa": "kk",
    "kazaksha": "kk",
    "қазақ": "kk",
    "казак": "kk",
    "орысша": "ru",
    "orysha": "ru",
    "orysşa": "ru",
    "орыс": "ru",
}
_PLEASE = r"(?:pls|plz|please|пж|пожалуйста|плз|плиз|өтінем|отинем)"
_REQUESTS = (
    re.compile(
        r"\b(?:answer|reply|respond|write|explain|tell me)\s+(?:it\s+|me\s+|that\s+)?in\s+(english|kazakh|russian)\b"
        rf"|\bin\s+(english|kazakh|russian)\s+{_PLEASE}"
        r"|(?:^|[,?!.:;—–-])\s*in\s+(english|kazakh|russian)(?:\s+language)?\W*$",
        _FLAGS,
    ),
    re.compile(
        r"(?<!\w)(?:ответь\w*|напиши\w*|объясни\w*|расскажи\w*|пиши)\s+(?:мне\s+)?"
        r"(?:на\s+(английском|казахском|русском)(?:\s+языке)?|по-?\s?(английски|казахски|русски))(?!\w)"
        rf"|(?<!\w)на\s+(английском|казахском|русском)(?:\s+языке)?\s+{_PLEASE}(?!\w)"
        r"|(?:^|[,?!.:;—–-])\s*(?:на\s+(английском|казахском|русском)(?:\s+языке)?|по-(английски|казахски|русски))\W*$",
        _FLAGS,
    ),
    re.compile(
        r"(?<!\w)(ағылшынша|агылшынша|қазақша|казакша|qazaqsha|qazaqşa|kazaksha|орысша|orysha|orysşa)"
        r"\s+(?:жауап\s+бер\w*|jauap\s+ber\w*|жаз\w*|айт\w*|түсіндір\w*|тусиндир\w*)"
        r"|(?<!\w)(ағылшын|агылшын|қазақ|казак|орыс)\s+тілінде\s+(?:жауап\s+бер\w*|жаз\w*|айт\w*|түсіндір\w*)"
        r"|(?:^|[,?!.:;—–-])\s*(ағылшынша|агылшынша|қазақша|казакша|qazaqsha|qazaqşa|kazaksha|орысша|orysha|orysşa)\W*$",
        _FLAGS,
    ),
)


def requested_language(text: str) -> tuple[str | None, str]:
    """The language the message asks the answer in, if it asks for one, and the message without
    that request."""
    for pattern in _REQUESTS:
        found = pattern.search(text)
        if found is not None:
            word = next(group for group in found.groups() if group)
            rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,.;:!?-—–")
            return _LANGUAGES[word.casefold()], re.sub(r"\s+", " ", rest)
    return None, text
