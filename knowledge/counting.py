"""How many: what an entry counts and what a "how many" question asks to count.

"How many references" is answered by an entry that says "11 references"; "how many presidents" by
none, though the Kazakhstan-2030 reference states numbers (its pages) and names the President. An
entry counts the nouns right after its numbers ("three main dimensions of political development":
dimensions, development), and what it did a number of times ("quotes him by name twice"). Used
by knowledge.intent to decide whether an entry can answer a count.
"""

from __future__ import annotations

import re

from knowledge.lexicon import is_concept
from knowledge.normalize import KAZAKH_LATIN_2018, KAZAKH_LATIN_2021, analyze_word, content_words, lexicon
from knowledge.schema import LANGUAGES, Entry

_FLAGS = re.IGNORECASE
LATIN_LETTERS = str.maketrans(KAZAKH_LATIN_2021 | KAZAKH_LATIN_2018)  # Kazakh Latin letters as the patterns spell them ("neşe")
COUNT = re.compile(
    # "how much does the essay say about parties", "how much is it studied" ask how far it goes, not a number
    r"\bhow many\b|\bhow much\b(?! of\b)(?!(?:\s+\w+){0,4}\s+(?:say|says|said|talk|talks|write|writes|discuss|discusses|cover|covers|mention|mentions|deal|deals|studied|researched|explored)\b)|\bhow (?:meny|mny|mani|mutch|mach)\b|\bhw many\b|\bnumber of\b|\bскок[оа]?\b|\bскольк\w*+(?!(?:\s+\w+){0,3}\s+(?:написано|сказано|говорится|пишется|пишет)\b)|\bкол-?во\b|\bколичество\b|\bқанша\b|\bканша\b"
    r"|\bнеше\b|\bqansha\b|\bkansha\b|\bneshe\b|\bсаны\b|\bsany\b|\bсанын\b|\bsanyn\b",  # "… санын атаңыз": name the number
    _FLAGS,
)
TIMES = re.compile(  # how many times the essay does something: quoting counts so too ("how many quotes")
    r"\bhow (?:many|meny|mny) (?:times|quotes|quotations|citations)\b|\bсколько (?:раз|цитат)\b|\bскок[оа]? раз\b"
    r"|\b(?:неше|қанша|канша) (?:рет|мәрте|марте|дәйексөз\w*|цитат\w*)\b|\b(?:neshe|qansha|kansha) ret\b"
    # …the quotes named first: "Nazarbayev quotes in the essay - how many are there?", "цитат Назарбаева сколько"
    r"|\b(?:quotes|quotations|citations|цитат\w*|дәйексөз\w*)\b[^.?!]{0,40}?\b(?:how many|сколько|скок[оа]?|неше|қанша|канша)\b",
    _FLAGS,
)
_TIMES_ONLY = re.compile(r"\b(?:times|раз|рет|мәрте|марте|ret)\b", _FLAGS)
CITATION = re.compile(r"¶\s?\d+(?:[–-]¶?\d+)?|\breferences? \d+\b|\bp\. ?\d+\b|\bB\. \d+\b|\(\d+\)")
_TIMES_WORDS = {  # a number of times, in each language's texts
    "en": re.compile(r"\b(?:once|twice|thrice|\w+ times)\b"),
    "ru": re.compile(r"\b(?:однажды|дважды|трижды|\w+ раза?)\b"),
    "kk": re.compile(r"\b\w+ (?:рет|мәрте)\b"),
}
# "one", "один", "бір" are pronouns and articles as often as numbers: not counted
_NUMBER_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve fifteen twenty hundred thousand dozen",
    "ru": "два две три четыре пять шесть семь восемь девять десять одиннадцать двенадцать пятнадцать двадцать"
    " сто тысяча тысячи тысяч",
    "kk": "екі үш төрт бес алты жеті сегіз тоғыз жиырма жүз мың",
}
NUMBER_WORDS = {lang: frozenset(found.split()) for lang, found in _NUMBER_WORDS.items()}
COUNTED_SPAN = 4  # the words after a number that may name what it counts ("11 references", "three main dimensions")
TIMES_SPAN = 4  # the words before "twice" that say what was done twice ("quotes him by name twice"), and one after
# (Kazakh puts the verb last: "екі рет келтіреді")


# a number (not a year, not inside "2,5" or "¶9-10"), "thousand" with it, then the words up to punctuation
_AFTER_NUMBER = {
    lang: re.compile(
        rf"(?<![\w.,-])(?:\d{{1,3}}|{'|'.join(sorted(words, key=len, reverse=True))})"
        rf"(?:\s+(?:hundred|thousand|тысяч\w*|мың|жүз))?((?:\s+[^\W\d]+(?:-[^\W\d]+)?){{1,{COUNTED_SPAN}}})"
    )
    for lang, words in NUMBER_WORDS.items()
}


def counted_in(entry: Entry) -> tuple[set[str], set[str]]:
    """The tokens of what an entry counts: the words right after its numbers ("11 references",
    "three main dimensions", "пятнадцать ключевых слов"; not across a colon: "three claims: the
    amendments…"), and the words before its numbers of times ("quotes him by name twice")."""
    counts: set[str] = set()
    times: set[str] = set()
    for lang in LANGUAGES:
        for localized in (entry.question, entry.answer, entry.explanation):
            text = CITATION.sub(" ", localized.get(lang)).casefold()
            for found in _AFTER_NUMBER[lang].finditer(text):
                # the nouns counted, not the words that describe them ("three main dimensions of
                # political development": dimensions, development; "seven items are books": items, books)
                counts.update(_named(content_words(found.group(1)), lang))
            for found in _TIMES_WORDS[lang].finditer(text):
                # within its sentence: "… в вопросах модернизации. Эссе дважды цитирует…" counts no "вопрос"
                sentence_start = max(text.rfind(mark, 0, found.start()) for mark in ".;!?") + 1
                before = content_words(text[sentence_start : found.start()])
                after = content_words(text[found.end() :])
                times.update(_named(before[-TIMES_SPAN:] + after[:1], lang))
    general = lexicon().general_tokens  # "link" names nothing counted
    return counts - general, times - general


_DESCRIBING = {
    "en": re.compile(r"^(?:main|key|basic|common|different|new|major|other|general|\w+(?:al|ic|ive|ous))$"),
    "ru": re.compile(r"^\w+(?:ых|их|ые|ие|ая|яя|ой|ий|ый|ое|ее|ого|его|ому|ему|ым|им|ую|юю)$"),
    # not -гі, -і: possessive nouns end so too ("еңбегі", "өлшемі")
    "kk": re.compile(r"^(?:негізгі|басты|жаңа|ортақ|\w+(?:лық|лік|тық|тік|дық|дік|си|дағы|дегі|тағы|тегі))$"),
}


def _describes(word: str, lang: str) -> bool:
    """Whether a word after a number describes the noun counted rather than being it."""
    return bool(_DESCRIBING[lang].match(word))


def counted(question: str, lang: str) -> tuple[str, ...]:
    """The tokens of a "how many" question's words that say something, what it counts first ("how
    many presidents were there in Kazakhstan" → #president, #kazakhstan)."""
    question = question.translate(LATIN_LETTERS)
    asking = TIMES.search(question) or COUNT.search(question)
    after = _named(content_words(COUNT.sub(" ", question[asking.end() :])), lang) if asking else []
    before = _named(content_words(COUNT.sub(" ", question[: asking.start()])), lang) if asking else []
    words = content_words(COUNT.sub(" ", _TIMES_ONLY.sub(" ", question)))  # "how many quotes": quotes
    first = after[:1] or before[-1:]  # Kazakh counts last: "президенттер саны"
    return tuple(dict.fromkeys([*first, *_named(words, lang)]))


def _named(words: tuple[str, ...], lang: str) -> list[str]:
    """The tokens of the words that name things ("how many people are in a political party": people, party)."""
    return [
        token
        for word in words
        if not _describes(word, lang)
        for token, stop in [analyze_word(word, lang)[1:]]
        if not stop and not token.isdigit()
    ]


def _same(asked: str, stated: str) -> bool:
    """A word asked and a word an entry states are the same, endings aside ("келтірілген", "келтіреді")."""
    return asked == stated or (not is_concept(asked) and len(asked) >= 5 and len(stated) >= 5 and asked[:5] == stated[:5])


def states(entry_capabilities: frozenset[str], prefix: str, counting: tuple[str, ...]) -> bool:
    stated = [c[len(prefix) :] for c in entry_capabilities if c.startswith(prefix)]
    return any(_same(asked, word) for asked in counting for word in stated)
