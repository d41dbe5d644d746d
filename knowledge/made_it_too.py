"""Who made the bot, then the same of the essay, said by naming it alone ("кто автор бота? а эссе?", "who is the author
of this bot? and of the essay?", "боттың авторы кім? ал эссенің ше?"): the second sentence asks who wrote the essay, in
its own language."""

from __future__ import annotations

import re

from knowledge.sentences import sentences

_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


# "кто автор бота? а эссе?", "who is the author of this bot? and of the essay?": who made the bot, then the same of the
# essay, said by naming it alone: who wrote the essay
_ESSAY_TOO = re.compile(
    r"(?i)^\W*(?:(?:and|but|а|и|ал|ну)\s+)?(?:(?:of|у)\s+)?(?:(?:the|this|этого|этой)\s+)?"
    r"(?:essay|эссе|эссенің|эссенікі|эссенiң|эссенин|текста?|статьи|статья)(?:'s)?(?:\s+(?:ше|кто|кім|who))?\W*$"
)
_MADE_IT = re.compile(
    r"(?i)\b(?:автор(?!итар)\w*|написал\w*|создал\w*|author(?!itar)\w*|wrote|made|created|developed|жазды|жасады|жасаған|құрды)\b"
)
WHO_WROTE_THE_ESSAY = {"en": "who wrote the essay", "ru": "кто написал эссе", "kk": "эссені кім жазды"}
# the language of "and the essay?" by its own words (a whole message in two languages is read as one of them)
_ESSAY_TOO_WORDS = (  # Kazakh's and Russian's own words first: "ал essay ше?" is Kazakh, "а essay?" Russian
    ("kk", frozenset(["ал", "ше", "эссенің", "эссенікі", "эссенiң", "эссенин", "кім"])),
    ("ru", frozenset(["а", "и", "ну", "у", "этого", "этой", "текст", "текста", "статьи", "статья", "кто"])),
    ("en", frozenset(["and", "but", "of", "the", "this", "essay", "essay's", "who"])),
)


def essay_too_language(then: str, lang: str) -> str:
    """The language "and the essay?" is written in ("ал эссе ше?": Kazakh; "а эссе?": Russian); `lang` when its words
    say none."""
    said = {word.casefold() for word in _WORDS.findall(then)}
    return next((language for language, words in _ESSAY_TOO_WORDS if said & words), lang)


def asks_who_wrote_it_too(sentence: str, then: str) -> bool:
    """Whether a sentence asks who made the bot and the next one the same of the essay, by naming it alone."""
    return bool(_ESSAY_TOO.match(then) and _MADE_IT.search(sentence))


def then_of_the_essay(text: str) -> bool:
    """ "who is the author of this bot? and of the essay?": the last sentence asks who wrote the essay."""
    said = sentences(text)
    return len(said) > 1 and asks_who_wrote_it_too(said[-2], said[-1])
