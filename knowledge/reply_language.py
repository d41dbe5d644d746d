"""A student asking for the answer in a language ("қазақша жауап бер", "ответь на казахском",
"answer in russian pls"): the answer comes in that language, whatever the question's.

Requests count where they are explicit: a verb of answering with the language, the language with
"please", or the language alone after the question ("what is modernization? in kazakh"). A
language inside the question is its subject ("which references are in Kazakh").
"""

from __future__ import annotations

import re

from knowledge.normalize import EN_ASKING, TERMS_ALONE_WORDS, has_cyrillic, language_of
from knowledge.outcome import Answer
from knowledge.stop_words import EN_STOP

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
        r"|(?:^|[,?!.:;—–-])\s*(?:на\s+(английском|казахском|русском)(?:\s+языке)?|по-(английски|казахски|русски))"
        r"(?:\s+(?:ответь\w*|напиши\w*|объясни\w*|расскажи\w*|пиши))?\W*$",  # "…, по-русски напишите"
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


# asking whether the bot answers in a language, not what the authorities answer for ("Кто отвечает перед народом …? На
# казахском пожалуйста", "Заң шығарушы билік халық алдында жауап бере ме? орысша айтшы")
_ASKS_IF_IT_ANSWERS = re.compile(
    r"(?i)\bжауап бер(?:есің|есіз|есин|есиз|е аласың|е аласыз|е аласын|е аласиз)\s+(?:бе|ба)\b"
    r"|\bбот\w*\b[^.?!]*\bжауап бере (?:ме|ма)\b|\bотвечае(?:шь|те)\b"
)


def asks_if_it_answers(text: str) -> bool:
    """Whether a message that names a language asks if the bot answers in it ("Бұл бот қазақша жауап бере ме, әлде тек
    орысша ма?", "вы отвечаете на казахском?"): a question about the bot, not a request."""
    return bool(_ASKS_IF_IT_ANSWERS.search(text))


_LATIN_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


# a language named ("keywords english", "abstract eng"): the answer is asked in it, not in the chat's (the names a
# request says in Latin letters, and their short forms)
_LANGUAGE_NAMES = frozenset(name for name in _LANGUAGES if not has_cyrillic(name)) | {
    "eng",
    "engl",
    "rus",
    "kaz",
    "kazak",
    "qazaq",
}
_POLITE = frozenset(["pls", "plz", "please", "pliz", "thx"])  # "thesis pls": still a term alone


def terms_alone(text: str) -> bool:
    """Whether a message is a term or a name alone in Latin letters: up to TERMS_ALONE_WORDS words (and "pls"),
    none an English function or asking word or the name of a language, none that says Kazakh or Russian
    ("Absattarov?", "three dimensions", "thesis pls"; not "what is democracy", "demokratiya degen ne", "keywords
    english")."""
    words = [word for word in _LATIN_WORD.findall(text.casefold()) if word not in _POLITE]
    if has_cyrillic(text) or not 0 < len(words) <= TERMS_ALONE_WORDS:
        return False
    if any(word in EN_STOP or word in EN_ASKING or word in _LANGUAGE_NAMES for word in words):
        return False
    return language_of(text) == ("en", False)


ENGLISH_WORDS = 2  # "what is democracy": two of English's function or asking words make a sentence English


def writes_english(text: str) -> bool:
    """Whether a message is an English sentence: Latin letters whose words frame it in English (a loan spelled alike
    may stand in it: "what is demokratiya"), with at least ENGLISH_WORDS English function or asking words ("what is
    democracy", "tell me about the parties")."""
    if has_cyrillic(text) or language_of(text)[0] != "en":
        return False
    words = _LATIN_WORD.findall(text.casefold())
    return sum(word in EN_STOP or word in EN_ASKING for word in words) >= ENGLISH_WORDS


def cyrillic_written(written: str | None) -> str | None:
    """The language a bare Cyrillic or Latin term is answered in, of what `written_after` kept: Russian or Kazakh; none
    after an English sentence."""
    return written if written in ("ru", "kk") else None


def written_after(written: str | None, answer: Answer) -> str | None:
    """The language a student has been writing, after one more question (`answer`, the bot's reply to it): the
    language it asked the answer in ("…, answer in kazakh please"); Russian or Kazakh when its words say so and it was
    answered so (not a question framed in English after a Kazakh greeting: "Sälem! what is democracy"); English ("en")
    after an English sentence; else as before. Small talk counts: a Kazakh "сәлем! бұл бот не істей алады?" says the
    language of the questions to come (dev: without it, two answers came in another language)."""
    requested = requested_language(answer.query)[0]
    if requested is not None:
        return requested
    lang, certain = language_of(answer.query)
    if certain and lang in ("ru", "kk"):
        return lang if answer.lang == lang else written
    return "en" if writes_english(answer.query) else written
