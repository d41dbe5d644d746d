"""Text normalization for matching, per language, and the language of a message.

- English: NFKC, case folding, punctuation removed, stop words dropped, Snowball stems.
- Russian: the same with Russian stop words and the Snowball Russian stemmer; ё → е.
- Kazakh: no stemmer exists, so Cyrillic and Latin (the 2021 alphabet and informal
  spellings) are folded into one loose Latin "skeleton", then a few common suffixes are
  stripped; fuzzy word matching absorbs what is left.

Length: the rules of three languages side by side, each short; together they define one token.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import pairwise

import Stemmer  # PyStemmer: the Snowball stemmers, compiled
from jellyfish import metaphone
from rapidfuzz import fuzz

from knowledge.alternation import Alternation
from knowledge.guess import GUESS_AFTER
from knowledge.index_cache import built
from knowledge.lexicon import Lexicon, is_concept, raw_concepts
from knowledge.stop_words import EN_STOP, KK_STOP, RU_STOP

KAZAKH_ONLY_LETTERS = set("әғқңөұүһі")
# The 2021 Kazakh Latin alphabet's own letters, as the loose Latin skeleton spells them (ı is і, y is ы: both "i" there)
KAZAKH_LATIN_2021 = {"ä": "a", "ğ": "g", "ı": "i", "ñ": "n", "ö": "o", "ş": "sh", "ū": "u", "ü": "u"}
# the 2018 alphabet's acute letters, as phone keyboards give them ("saıası damý", "túıin sózder", "konstıtýsııaǵa")
# (í too: some phone keyboards give it for і, "Daníel Bell kím?")
KAZAKH_LATIN_2018 = {"á": "a", "ǵ": "g", "ı": "i", "í": "i", "ń": "n", "ó": "o", "ú": "u", "ý": "u"}
# the letters that say a Latin message is Kazakh (á and í never alone: "Nazarbáyev", "García")…
KAZAKH_LATIN_LETTERS = set(KAZAKH_LATIN_2021) | {"ǵ", "ń", "ý"}
# …ó and ú as well, but not among English words ("Kóz qaras", "Túin sózder"; not "Who is Gómez?")
KAZAKH_ACUTE_VOWELS = {"ó", "ú"}
_KAZAKH_LATIN_ANY = set(KAZAKH_LATIN_2021) | set(KAZAKH_LATIN_2018)  # Latin letters all the same
# …and none when the message has letters Kazakh's alphabets never use ("¿Qué es la modernización política?")
_FOREIGN_LATIN = re.compile(r"[éàèìòùâêîôûçãõåøæœßłąęčřšžěőű¿¡]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,60}>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")

MAX_QUERY_CHARS = 500  # longer messages are cut before matching: no question needs more

_EN_STEMMER = Stemmer.Stemmer("english")
_RU_STEMMER = Stemmer.Stemmer("russian")

_CYR_TO_SKELETON = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "j",
    "з": "z",
    "и": "i",
    "й": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",  # as і: students type both as i (or y, or ı) in Latin letters
    "і": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
_CYR_SKELETON_TABLE = str.maketrans(_CYR_TO_SKELETON)
_LATIN_TO_SKELETON = [
    ("zh", "j"),
    *KAZAKH_LATIN_2021.items(),  # tılı, degenımız
    *KAZAKH_LATIN_2018.items(),
    ("\u0307", ""),  # İ casefolds to i + a combining dot
    ("q", "k"),
    ("w", "u"),
    ("x", "h"),
    ("c", "ts"),
    ("ie", "e"),
]
# Common Kazakh endings (plural, case, possessive), longest first, in skeleton form.
_KK_SUFFIXES = sorted(
    [
        "lari",
        "leri",
        "dari",
        "deri",
        "tari",
        "teri",
        "lar",
        "ler",
        "dar",
        "der",
        "tar",
        "ter",
        "nin",
        "din",
        "tin",
        "nan",
        "nen",
        "dan",
        "den",
        "tan",
        "ten",
        "ga",
        "ge",
        "ka",
        "ke",
        "na",
        "ne",
        "da",
        "de",
        "ta",
        "te",
        "ni",
        "di",
        "ti",
        "si",
        "men",
        "ben",
        "pen",
        "miz",
        "imiz",
        "sin",  # a possessive's case forms: идеясын, жүйесінде, партиясына, мемлекетінен
        "sina",
        "sine",
        "sinda",
        "sinde",
        "sinan",
        "sinen",
        "inda",
        "inde",
        "inan",
        "inen",
        "i",
    ],
    key=len,
    reverse=True,
)

# Kazakh asking words in Latin letters (in an English question they say nothing, see _LATIN_ASKING)
_KK_LATIN_ASKING = frozenset(
    [
        "aitshy",
        "aityp",
        "boiynsha",
        "boyinsha",
        "degen",
        "degenimiz",
        "dep",
        "eken",
        "emes",
        "kaisy",
        "kalai",
        "kandai",
        "kansha",
        "kashan",
        "ne",
        "nege",
        "nelikten",
        "neni",
        "neshe",
        "qaisy",
        "qalai",
        "qandai",
        "qanday",
        "qansha",
        "qashan",
        "turaly",
        "ushin",
        "zhane",
    ]
)
_KK_LATIN_HINTS = _KK_LATIN_ASKING | frozenset(
    [
        "bar",
        "berdi",
        "bilik",
        "bilikti",
        "biliktin",
        "bolady",
        "boldy",
        "damu",
        "demokratiya",
        "esse",
        "essede",
        "essenin",
        "jane",
        "jangyru",
        "jok",
        "joq",
        "kim",
        "kimge",
        "kimnin",
        "kitaby",
        "kogam",
        "makalada",
        "maqsaty",
        "memleket",
        "memlekettik",
        "partiialar",
        "partiyalar",
        "partiyasy",
        "qogam",
        "saiasi",
        "sayasi",
        "sayasy",
        "sozder",
        "sozderi",
        "tizim",
        "tizimi",
        "tiziminde",
        "zhangyru",
    ]
)  # not names such as "Qazaqstan" or "Elbasy": English questions use them too
# Kazakh hints that Russian typed in Latin letters spells alike: they say "not English", and
# Kazakh unless a Russian word says otherwise ("demokratiya" alone is Kazakh, "tema esse kakaya" Russian)
_LATIN_LOANS = frozenset(["esse", "demokratiya"])
_KK_CYRILLIC_HINTS = frozenset(
    [
        "тартип",
        "туракты",
        "турактылык",
        "жуйе",
        "жуйеси",
        "жуйесі",
        "билик",
        "мемлекеттик",
        "институттар",
        "жайлы",
        "айтады",  # "автор не айтады": Kazakh verbs typed without Kazakh letters
        "айтылады",
        "жазады",
        "жазылган",
        "тусиндир",
        "тусиндирши",
        "тусиндирип",
        "дегенің",
        "дегенин",
        "деп",
        "деген",
        "дегеніміз",
        "дегенимиз",
        "неге",
        "кім",
        "ким",
        "кым",
        "қандай",
        "кандай",
        "қалай",
        "калай",
        "туралы",
        "бойынша",
        "және",
        "жане",
        "мен",  # "and" after a consonant or vowel ("Мустафин мен Нысанбаев"): no Russian word
        "бен",
        "пен",
        "саяси",
        "жаңғыру",
        "жангыру",
        "қоғам",
        "когам",
        "мемлекет",
        "үшін",
        "ушин",
        "ма",
        "ме",
        "ба",
        "бе",
        "бола",
        "болады",
        "емес",
        "дегенді",
        "казакстан",
        "партиялар",
        "партиясы",
        "даму",
        "дамуы",
        "кыскаша",
        "қысқаша",
        "айтшы",
        "айтып",
        "бер",
        "берші",
        "берши",  # "… тусиндирип берши срочно семинар": the Kazakh request, typed without its letters
        "бериниз",
        "берингизши",
        "дейди",
        "дейді",
        "жазылган",
        "неше",
        "канша",
        "қанша",
        "бар",
        "жок",
        "жоқ",
        # "модернизация кезинде неден отказ етеди", "… термини гылыми литературага кашан енди": no Russian word either
        # ("кашан появилось понятие …?" asks in Kazakh, as the dev sets' writers do)
        "кезинде",
        "неден",
        "етеди",
        "кашан",
        "гылыми",
        "термини",
        "енди",
    ]
)


@lru_cache(maxsize=1024)  # a question is cleaned by each step that reads it
def clean(text: str) -> str:
    """NFKC, no control characters or HTML tags, single spaces, at most MAX_QUERY_CHARS."""
    # the Kazakh (and Turkish) Latin capital İ is I: lower-cased it would be "i" and a combining dot that splits the word
    text = unicodedata.normalize("NFKC", text or "").replace("İ", "I")
    text = _CONTROL.sub(" ", _HTML_TAG.sub(" ", text))
    # "эссенi кiм жазган": a Latin letter typed for its Cyrillic look-alike (most messages are in one script)
    if _ANY_LATIN.search(text) and has_cyrillic(text) and _MIXED_WORD.search(text):
        text = _MIXED_WORD.sub(_as_cyrillic, text)
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUERY_CHARS]


# a word of Cyrillic letters with a Latin look-alike among them (a keyboard without "і" types "i": "эссенi", "кiм"),
# and those look-alikes (not "b" or "n", which look like no lower-case Cyrillic letter)
_MIXED_WORD = re.compile(r"(?=\w*[а-яёәғқңөұүһі])(?=\w*[aceiopxyAEKMHOPCTXIB])[а-яёәғқңөұүһіa-z]+", re.IGNORECASE)
_ANY_LATIN = re.compile(r"[a-zA-Z]")  # (`_LATIN` is lower-case: a message is not lowered here)
_CYRILLIC_LOOK_ALIKES = str.maketrans("aceiopxyAEKMHOPCTXIB", "асеіорхуАЕКМНОРСТХІВ")


def _as_cyrillic(found: re.Match[str]) -> str:
    """A mixed word in Cyrillic letters when all its Latin ones are look-alikes ("эссенi"; not "Qazaqstanда")."""
    word = found.group()
    converted = word.translate(_CYRILLIC_LOOK_ALIKES)
    return word if re.search(r"[a-z]", converted, re.IGNORECASE) else converted


def spoken_marks(text: str) -> str:
    """Punctuation dictated as words written as marks ("… modern ization question mark"): a message is read so
    once, when it comes in (knowledge.answers), not each time a part of it is cleaned."""
    marked = _SPOKEN_MARK.sub(lambda m: _MARKS[m.group(1).casefold()], text)
    return re.sub(r"\s+", " ", marked).strip() if marked != text else text


# punctuation said aloud to voice typing: "what did nazarbayev say question mark", "democracy comma like why…"
_SPOKEN_MARK = re.compile(
    r"\s*\b(question mark|comma|full stop|exclamation mark|exclamation point|new line|вопросительный знак|запятая"
    r"|сұрақ белгісі|үтір)\b",
    re.IGNORECASE,
)
_MARKS = {
    "question mark": "?",
    "comma": ",",
    "full stop": ".",
    "exclamation mark": "!",
    "exclamation point": "!",
    "new line": ".",
    "вопросительный знак": "?",
    "запятая": ",",
    "сұрақ белгісі": "?",
    "үтір": ",",
}


# Russian typed with the keyboard left in the English layout ("cnhernehf 'cct" is "структура эссе")
_RUSSIAN_LAYOUT = str.maketrans(
    "qwertyuiop[]asdfghjkl;'zxcvbnm,.`QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~?/&",
    "йцукенгшщзхъфывапролджэячсмитьбюёЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ,.?",
)
_LAYOUT_WORD = re.compile(r"[a-zA-Z;'\[\],.`{}:\"<>~]+")


def in_russian_layout(text: str) -> list[str]:
    """The words of a message of Latin letters as the Russian layout types the same keys."""
    if _CYRILLIC.search(text):
        return []
    words = (w.translate(_RUSSIAN_LAYOUT) for w in _LAYOUT_WORD.findall(text) if re.search("[a-zA-Z]", w))
    return [w for w in (w.strip(",.?") for w in words) if w]


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def words(text: str) -> list[str]:
    return _WORD.findall(clean(text).casefold())


# English words with a "y" that Kazakh's Latin skeleton would read as Kazakh ones: its stop words, and words of
# English questions ("how many", "key ideas") that no stop word is
_ENGLISH_WITH_Y = EN_STOP | frozenset(["many", "key", "keys", "day", "days", "way", "ways", "may", "say", "says"])


def kazakh_skeleton(word: str) -> str:
    """Fold a Kazakh word in Cyrillic or Latin letters into a loose Latin form. ы, і, и and й are all "i" in it, as
    students write them in Latin letters: "taqyryby" and "taqırıbı" are both "тақырыбы"."""
    word = word.casefold()
    if _CYRILLIC.search(word):
        return word.translate(_CYR_SKELETON_TABLE)
    english = word in _ENGLISH_WITH_Y  # "many", "they", "my" are no Kazakh "мәні", "ми"
    for latin, skeleton in _LATIN_TO_SKELETON:
        word = word.replace(latin, skeleton)
    return word if english else word.replace("y", "i")


def _strip_kazakh_suffix(word: str) -> str:
    for _ in range(2):
        for suffix in _KK_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


_BRITISH = re.compile(r"is(ation|ations|e|ed|es|ing)$")


@lru_cache(maxsize=65536)
def surface_form(word: str, lang: str) -> str:
    """A word as compared: apostrophes trimmed, one spelling per language (English -ize,
    Russian е for ё, Kazakh folded into its loose Latin skeleton)."""
    word = word.replace("’", "'").strip("'-")
    if lang == "en":
        return _BRITISH.sub(r"iz\1", word.removesuffix("'s"))
    if lang == "ru":
        return word.replace("ё", "е")
    return kazakh_skeleton(word)


# Words the stemmer folds into another word of the essay: "лето" (summer) is not "лет" (years)
_RU_OWN_STEMS = {"лето": "лето", "летом": "лето", "лете": "лето"}
# "идея" stems to "иде" but "идею", "идее", "идей" to "ид": one stem for every form
_RU_OWN_STEMS |= dict.fromkeys(["идея", "идеи", "идею", "идее", "идеей", "идей", "идеям", "идеями", "идеях"], "иде")


# Kazakh's other words for "about" after their subject are its "туралы": "мақала не жайлы" is "мақала не туралы"
_KK_OWN_STEMS = {"jaili": "tural", "joninde": "tural", "hakinda": "tural", "kakinda": "tural"}  # as kazakh_skeleton folds them


def _stem(surface: str, lang: str) -> str:
    if lang == "en":
        return str(_EN_STEMMER.stemWord(surface))
    if lang == "ru":
        return _RU_OWN_STEMS.get(surface) or str(_RU_STEMMER.stemWord(surface))
    return _KK_OWN_STEMS.get(surface) or _strip_kazakh_suffix(surface)


NUMBER_CONCEPT = re.compile(r"#n\d+")  # the concept of a number ("two", "екі")


def names_term(token: str) -> bool:
    """Whether a token names a term of the essay: not the essay itself, a way of asking or a number
    ("What does the essay say? a) …", "Перечисли все три")."""
    return is_concept(token) and token not in lexicon().stop_tokens and not NUMBER_CONCEPT.fullmatch(token)


def named_terms(text: str, lang: str) -> set[str]:
    """The tokens of a text that name terms of the essay (`names_term`): empty when it names none."""
    return {token for _, token in terms(text, lang) if names_term(token)}


@cache
def lexicon() -> Lexicon:
    """The concept lexicon, its patterns folded like the words they are compared with (kept
    between processes: reading and folding it took every start a few hundredths of a second)."""
    return built("lexicon", lambda: Lexicon(raw_concepts(), surface_form))


_STOP = {"en": EN_STOP, "ru": RU_STOP, "kk": KK_STOP}
_ANY_STOP = EN_STOP | RU_STOP | KK_STOP
SOUND_STEM_LENGTH = 6  # a Russian stem this long is found by its sound too ("аднапартийн"; not "разв", "стад", "парет")
SOUND_MIN_LENGTH = 4  # words spelled as they sound are read from this length
SOUND_SPELLING_SCORE = 70.0  # when still spelled this much alike ("weight" sounds like "what": 60)


@lru_cache(maxsize=65536)
def sound_key(word: str, lang: str = "en") -> str:
    """How a word sounds: English by Metaphone ("modernisashun" and "modernization" alike), Russian
    by the rules of its spelling that students write as they hear ("мадернизацыя" "модернизация")."""
    return {"en": lambda: str(metaphone(word)), "ru": lambda: _russian_sound(word)}[lang]()


# Russian as heard: an unstressed о is а, е/э/ё/ы are и (and я а, ю у), "тс"/"ться"/"дс" are ц,
# "сч"/"зч" are щ, a voiced consonant at the end or before a voiceless one is voiceless, a doubled letter one ("палитическая",
# "дэмакратия", "атличаеца", "щитает", "цывилизацыи", "бела"). Hand-written: the one Russian
# Metaphone on PyPI (fonetika) needs the unmaintained pymorphy2.
_RU_HEARD_LETTERS = str.maketrans(
    {"о": "а", "я": "а", "е": "и", "ё": "и", "э": "и", "ы": "и", "й": "и", "ю": "у", "ь": None, "ъ": None}
)
_RU_HEARD_CLUSTERS = re.compile(r"[тд]с|[сзж]ч")
_RU_HEARD_END = str.maketrans("бвгджз", "пфктшс")
_REPEATED = re.compile(r"(.)\1+")


STEM_KEY = "~"  # what starts the key of a stem (`sound_keys`)


def stem(word: str, lang: str) -> str:
    """The stem of one normalized word (Snowball for English and Russian; Kazakh's suffixes stripped)."""
    return _stem(word, lang)


def sound_keys(word: str, lang: str) -> tuple[str, ...]:
    """The keys a word is found by how it sounds: in Russian a long stem's too, whatever the ending heard
    ("аднапартийную" is "однопартийной" in another case); a stem's key never meets a word's ("ростоу" is no "роста")."""
    stem = _stem(word, lang) if lang == "ru" else ""
    if len(stem) < SOUND_STEM_LENGTH:
        return (sound_key(word, lang),)
    return (sound_key(word, lang), STEM_KEY + _russian_sound(stem, ending=False))


def spelled_alike(surface: str, word: str, lang: str, score: float) -> bool:
    """Whether two words that sound alike are also spelled at least `score` alike (fuzz.ratio): English
    with its letters of one sound alike ("moderniseyshun" "modernization", "konklushun" "conclusion"), Russian
    by their stems ("асновой", "основа")."""
    if lang == "ru":
        return fuzz.ratio(_stem(surface, lang), _stem(word, lang)) >= score
    return fuzz.ratio(surface.translate(_EN_SAME_SOUND), word.translate(_EN_SAME_SOUND)) >= score


_EN_SAME_SOUND = str.maketrans("zcq", "skk")  # "moderniseyshun" "modernization", "konklushun" "conclusion"


_RU_BEFORE_VOICELESS = re.compile(r"[бвгджз](?=[пфктшсхцчщ])")  # "автор" is heard "афтор", "всё" "фсё"


def _russian_sound(word: str, ending: bool = True) -> str:
    """The Russian key of a word (`ending`: its last consonant devoiced, as a word's end is; a stem's is not)."""
    heard = _RU_HEARD_CLUSTERS.sub(lambda m: "ц" if m.group()[1] == "с" else "щ", word.translate(_RU_HEARD_LETTERS))
    heard = _RU_BEFORE_VOICELESS.sub(lambda m: m.group().translate(_RU_HEARD_END), heard)
    return _REPEATED.sub(r"\1", heard[:-1] + heard[-1:].translate(_RU_HEARD_END) if ending else heard)


# Asking words students misspell as they sound ("explane", "dose", "auther", "abuot"), and no common
# word sounds like them ("could" would take "cold", "stuff" "staff", "mean" "meny"): read as asking.
# Russian keeps its vowels and consonants in the key, so any of its stop words ("пачему", "кагда", "можеш").
_SOUNDED_ASKING = ("explain", "explained", "describe", "author", "does", "about", "which", "please", "mention", "define")


@cache
def _stop_sounds(lang: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for word in {"en": _SOUNDED_ASKING, "ru": tuple(sorted(RU_STOP))}[lang]:
        if len(word) >= SOUND_MIN_LENGTH and word.isalpha():
            found.setdefault(sound_key(word, lang), []).append(word)
    return found


def sounds_like_stop(surface: str, lang: str = "en") -> bool:
    """ "explane", "auther", "dose", "пачему": a stop word spelled as it sounds (for words the KB
    does not know: "three" sounds like "there" too)."""
    if len(surface) < SOUND_MIN_LENGTH or not surface.isalpha():
        return False
    heard = _stop_sounds(lang).get(sound_key(surface, lang), ())
    return any(spelled_alike(surface, word, lang, SOUND_SPELLING_SCORE) for word in heard)


_CHAT_SHORTHAND = frozenset(["кр"])


@lru_cache(maxsize=65536)
def analyze_word(word: str, lang: str) -> tuple[str, str, bool]:
    """(surface form, matching token, is a stop word) of one lower-case word.

    A domain word becomes its concept's token (`#id`, the same in every language); any other
    word its stem."""
    surface = surface_form(word, lang)
    if word in _CHAT_SHORTHAND:  # "кр о чем эссе": Russian chat's "короче", never the Kazakh "ҚР" typed without its letter
        return surface, _stem(surface, lang), True
    concept = lexicon().token(surface, lang)
    if concept is None and lang == "kk" and word.startswith("э"):  # "эдебиет", "элеуметтик": ә typed as э
        concept = lexicon().token(surface_form("ә" + word[1:], lang), lang)
    if concept is None and surface not in _STOP[lang]:
        concept = _switched_concept(word, lang)
    if concept is None and lang == "ru" and word.isascii() and word.isalpha():
        return analyze_word(russian_from_latin(word), "ru")  # Russian in Latin letters
    if concept is not None:
        return surface, concept, concept in lexicon().stop_tokens
    return surface, _stem(surface, lang), surface in _STOP[lang] or _switched_stop(word, lang) or _latin_asking(word, lang)


def _latin_asking(word: str, lang: str) -> bool:
    """In English, a Kazakh or Russian asking word typed in Latin letters says nothing either:
    "modernization degen ne", "kak ponyat political development", "abstract qysqasha aitshy"."""
    return lang == "en" and word in _LATIN_ASKING


# Code-switching: students mix Russian and Kazakh in one sentence ("саяси модернизация это что
# такое", "партиялардың рөлі какой") and drop English terms into either. A word that is a term
# of another language counts as that concept here too, and the other Cyrillic language's
# asking words ("деген", "туралы"; "что", "такое") say nothing here either. An English term in Latin-letter Kazakh is
# the term ("political modernization degen ne ozi?"), when no Kazakh word of the lexicon reads it first.
_SWITCH = {"ru": ("kk", "en"), "kk": ("ru", "en"), "en": ("ru", "kk")}


def _switched_concept(word: str, lang: str) -> str | None:
    for other in _SWITCH[lang]:
        if has_cyrillic(word) != (other != "en"):
            continue  # English terms are Latin; Russian ones Cyrillic (Kazakh in Latin is its own index's job)
        concept = lexicon().token(surface_form(word, other), other)
        if concept is not None:
            return concept
    return None


def _switched_stop(word: str, lang: str) -> bool:
    if not has_cyrillic(word) or (lang == "kk" and word in _KK_NOT_RUSSIAN_STOP):
        return False
    return any(surface_form(word, other) in _STOP[other] for other in _CYRILLIC_NEIGHBOURS[lang])


_CYRILLIC_NEIGHBOURS = {"en": ("ru", "kk"), "ru": ("kk",), "kk": ("ru",)}  # whose asking words a Cyrillic word may be


_KK_NOT_RUSSIAN_STOP = frozenset(["он"])  # Kazakh "ten" ("он бірінші": the eleventh), Russian "he"


# asking for it briefly, and "можно" after it is a request ("вывод вкратце можно"), not the modal of "провести можно?"
BRIEFLY = (
    r"простыми словами|своими словами|в двух словах|в кратце|вкратце|коротко|кратенько|(?:краткую|короткую|шорт) верси\w*"
    r"|(?<!не )по[- ]простому"  # "модернизация это чё по простому?" (not "почему эссе написано не по-простому?")
)
# Ways of asking for a plain answer: they say nothing about the subject, so they are dropped
# as a whole (a word like "words" or "simple" alone may still matter).
_FILLERS = Alternation(  # run with only the alternatives that can match the text
    r"\b(?:in (?:very |really )?(?:simple|simpler|plain|easy|easier|basic|layman'?s?|short|normal|regular|everyday|few|your own|my own|own|other)"
    r" (?:words|terms|language|english|way)|in a nutshell|simply put|for (?:dummies|beginners|a beginner|a kid)|eli5|tl;?dr|in gen[ea]?r[ae]?l|in short|in brief|as a whole|on the whole|overall|в целом|в общем|жалпы алғанда|жалпы"
    r"|(?:өз|оз) (?:сөзіңізбен|созинизбен|сөзіңмен|созинмен|сөзіммен|созиммен|сөздеріңізбен|создеринизбен)"  # in your own words
    r"|бір (?:ауыз )?(?:сөзбен|созбен)(?: (?:айтқанда|айтканда|айтсақ|айтсак|айтсаң|айтсан))?|(?:қысқа|кыска)(?:ша)? (?:айтқанда|айтканда)"
    r"|(?:acc|a[ck]{1,2}or?d(?:ing|in|ng)) to (?:the |teh |th )?(?:author|auther|essay|esay|essey|text|article|paper|conclusion)|in the author'?s (?:view|opinion)"
    r"|(?:я )?правильно (?:ли )?(?:я )?понял[аи]?,? что|верно ли я понял[аи]?,? что"  # a check of what was read
    # "по смыслу эссе, что такое модернизация": by the essay, as "according to the essay" (it had the structure's change)
    r"|\bпо смыслу(?= (?:этого |данного |самого )?(?:эссе|текста|статьи)\b)"
    r"|would you be so (?:good|kind) as to"  # a formal letter's "would you be so good as to summarise …"
    # advice asked for ("IELTS-ке қалай дайындалам, кеңес берші"): "кеңес" is the Soviet model only otherwise
    r"|(?<!\w)(?:кеңес|кенес|keñes|kenes) (?:бер\w*|сұра\w*|сура\w*|ber\w*|sura\w*)"
    # a wish to understand before what is asked: "хочу понять, что такое политическое развитие" ("понять" had the
    # comparison of concepts, "понятий", at 74)
    r"|(?:я )?(?:хочу|хотел[аи]? бы|не могу|никак не могу|пытаюсь|помоги(?:те)?(?: мне)?) (?:бы )?"
    r"(?:понять|разобраться)(?: (?:в том|в этом))?(?=,? (?:что|кто|как|почему|зачем|как\w+|чем|в чем|о чем)\b)"
    r"|v dvu(?:h|kh) slova(?:h|kh)|prostymi slovami|svoimi slovami"  # Russian typed in Latin letters: "o chem eto esse v dvuh slovah"
    r"|(?:^|(?<=[,.:;!?] ))(?:я )?хотел[аи]? бы (?:уточнить|спросить|узнать|попросить)"  # "хотел бы уточнить: …" ("что автор хотел сказать" asks)
    # a debater's framing: "the essay's strongest line on X", "the author's stance on X", "does the essay agree that X"
    r"|(?:the )?(?:essay'?s |author'?s |text'?s )?(?:strongest|best|most quotable|killer) (?:line|lines|sentence|sentences)"
    r"(?: (?:on|about|for|regarding))?|(?:the )?(?:essay'?s|author'?s|text'?s) (?:stance|position|take) (?:on|about|regarding)"
    r"|(?:does|do|would) (?:the )?(?:essay|author|text|writer) agree that"  # agreeing with Bell is another matter
    # …and a journalist's in Kazakh and Russian: "эсседегі ең мықты сөйлем қайсы? тақырыпқа лайық болсын", "самая сильная фраза"
    r"|(?:ең )?(?:мықты|мыкты|күшті|кушти|әсерлі|асерли|үздік|уздик) (?:сөйлем|сойлем|жол|дәйексөз|дайексоз)\w*(?: қайсы| кайсы)?"
    r"|(?:тақырыпқа|такырыпка) (?:лайық|лайык|сай)\w*(?: болсын)?"
    r"|сам(?:ая|ую|ой) (?:сильн|яркую|яркая|цепл)\w* (?:фраз|цитат|строк)\w*"
    # needing it says nothing of what: "what's the main idea, i need it for the intro"
    r"|\bi (?:really )?(?:need|want) (?:it|this|that)(?: (?:asap|urgently|now|today|tomorrow))?\b"
    # a time of day is when, not what: "семинар в 9 утра", "exam at 8am", "сағат 9-да"
    r"|(?<!\w)(?:в|к|до) \d{1,2}(?:[:.]\d\d)?(?: (?:утра|вечера|ночи|дня)|(?=[:.]\d))(?:[:.]\d\d)?(?!\w)"
    r"|(?<!\w)(?:at|by|before) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|(?<!\w)(?:таңғы|кешкі|түнгі|сағат|саат|сагат) \d{1,2}(?:[:.]\d\d)?(?:-?(?:да|де|та|те|ге|ке|ға|қа|га|ка))?(?!\w)"
    # the essay as assigned: "эссе, которое нам задали изучать", "the essay that our teacher assigned", "в точности"
    r"|,? (?:которое|которую|который|что) (?:нам |мне |им |ему |ей |сыну |дочери |дочке )?(?:задали|задал|задала|дали|дал|дала|велели)"
    r"(?: (?:изучать|изучить|прочитать|читать|почитать|разобрать))?|в точности|\bword[- ]for[- ]word\b"
    r"|(?:(?:in|with) )?(?:the |his |its )?\bexact (?:words|wording)\b"  # every answer quotes the essay: "… - exact words pls"
    r"|,? (?:that|which) (?:we|i) (?:were|was|got) (?:assigned|given)(?: to read)?"
    r"|,? (?:that|which) (?:our|my|the) (?:teacher|prof|professor|tutor|lecturer) (?:assigned|gave us|gave me|set)"
    # what the teacher said says nothing of the subject: "препод сказал прочитать эссе", "апай айтты", "my professor said"
    r"|(?:препод|преподаватель|преподша|учитель|учительница|научрук|куратор)\w* (?:сказал\w*|велел\w*)(?!,? (?:что|будто))"
    r"|(?:апай|ағай|агай|мұғалім|мугалим|оқытушы|окытушы) (?:айтты|айтқан|айткан|деді|деди)"
    r"|(?:деді|деди|дейді|дейди) (?:апай|ағай|агай|мұғалім|мугалим|оқытушы|окытушы)"
    # that it will be asked in class is why it is asked here: "ертең семинарда сұрайды", "завтра на семинаре спросят"
    r"|(?:ертең |ертен |бүгін |бугин )?(?:семинарда|сабақта|сабакта|емтиханда|экзаменде) (?:сұрайды|сурайды|сұрауы мүмкін|сурауы мумкин)"
    r"|(?:завтра |сегодня )?(?:на|в) (?:семинаре|паре|экзамене|зачете|зачёте) (?:спросят|будут спрашивать|спрашивают)"
    # …or what the teacher set: "my teacher asked us to write down the keywords of the essay, what are they" (the verb
    # stays, but "write down the …" is "list the …": "…to name the author" asks for the author)
    r"|(?:my |our |the )(?:professor|prof|teacher|lecturer|tutor) (?:(?:said|told us|told me)(?!,? that)"
    r"|(?:asked|wants|wanted) (?:us|me) to(?: write (?:down|out)(?= the))?(?= \w))"
    # who asked the student to find it out: "сестра попросила узнать как называется это эссе полностью"
    r"|(?:сестр[аы]|брат|друг|подруга|одногруппни\w*|однокурсни\w*|мама|папа|преп\w*|учител\w*) (?:меня |нас )?"
    r"(?:попросил\w*|просил\w*) (?:меня |нас )?(?:узнать|спросить|уточнить)"
    # the student's own writing, after the question: "what is the main idea of this essay in short, I have to write summary
    # tomorrow" (its summary is not the essay's abstract)
    r"|(?<=, )(?:i|we) (?:have to|need to|must|gotta|got to|should) write (?:a |an |my |our |the )?(?:summary|report|review|paper|essay)"
    r"(?: (?:tomorrow|today|tonight|for tomorrow|by tomorrow))?(?=\W*$)"
    # "сразу вопрос: …": straight to the question
    r"|(?:^|(?<=[.!)] ))(?:сразу (?:вопрос|к делу|к вопросу)|вопрос сразу)(?=\s*[:,.—–-])"
    # "any idea how …" is "do you know how …" ("… any idea how to fix it?" had got the thesis at 74)
    r"|\b(?:any|no) idea(?= (?:how|what|why|where|when|who|which|if|whether)\b)"
    # "exact" before what is asked says only that it is wanted as it stands: "what's the exact title" (every answer
    # quotes the essay)
    r"|\bexact(?= (?:title|name|definition|wording|quote)\b)"
    # who is to understand it, and why it is wanted: "…, чтоб дети поняли", "…? Не хочу, чтобы дети списали неправильное"
    r"|,? ?(?:чтоб|чтобы) (?:дети|ученики|школьники|студенты|одногруппники|все|мне|я) (?:поняли|понял|поняла|понимали|понять)"
    r"|(?<=[.!?] )не хочу,? чтобы? [^.?!]*(?=\W*$)"
    # how plainly: "…, если говорить простыми словами?", "Объясните, как для человека, далёкого от науки."
    r"|если (?:говорить|сказать|объяснять|объяснить) (?:простыми словами|проще|по-простому|по простому|коротко|кратко|вкратце)"
    r"|(?:как )?для (?:человека|людей|тех|меня),? (?:далёк|далек)\w* от (?:науки|политики|политологии|темы)"
    # …and that it is to be cited: "…, — мне нужно корректно привести его в библиографии", "Без этого сложно оформить
    # ссылку по ГОСТу." (a bibliography there is the student's, not the essay's references)
    r"|[,;]?\s*[—–]?\s*(?:мне |нам )?(?:нужно|надо|необходимо) (?:\w+ )?(?:привести|указать|оформить|процитировать|сослаться)\w*"
    r" (?:его |её |ее |их |на него |на неё |на нее )?(?:в (?:библиографи\w*|списке литературы|ссылке|сносках?)|по гост\w*)(?=\W*$)"
    # "…? мне для списка литературы надо", "…, чтобы я правильно на слайд написала": what the answer is for
    # (…or after what is needed: "Нужно полное название для списка литературы.", which is no list of references asked)
    r"|(?<=[.!?,] )(?:мне |нам )?(?:это )?(?:для списка литературы|для библиографии)(?: (?:надо|нужно))?(?=\W*$)"
    r"|(?:(?<=название )|(?<=названия )|(?<=заглавие )|(?<=имя )|(?<=фамилию )|(?<=фамилия )|(?<=автора )|(?<=год ))для (?:моего |нашего |своего )?(?:списка литературы|библиографии)(?=\W*$)"
    # the form it is wanted in, which every answer has: "…, с выходными данными", "…, с номерами абзацев"; and for whom:
    # "Буду раздавать студентам."
    r"|,?\s*с (?:полными )?(?:выходными|библиографическими) данными|,?\s*(?:вместе )?с (?:номерами|указанием) (?:абзацев|параграфов)"
    r"|(?<=[.!?] )(?:я )?(?:буду |хочу )?(?:раздавать|раздам|раздать) (?:их |это )?(?:студентам|ученикам|группе|на семинаре)(?=\W*$)"
    # (a slide named is gone by now: _SHAPES)
    r"|,?\s*(?:чтоб|чтобы)\s+(?:(?:я|мне|правильно|верно|точно|(?:на|в) (?:слайд|презентаци|доклад)\w*)\s+){0,3}"
    r"(?:написал[аи]?|написать|указал[аи]?|указать|вписал[аи]?|вписать)(?:\s+(?:на|в) (?:слайд|презентаци|доклад)\w*)?(?=\W*$)"
    r"|(?<=[.!?] )без (?:этого|него|неё|нее) (?:мне )?(?:сложно|трудно|невозможно|не могу|не получится) (?:\w+ )?"
    r"(?:оформить|указать|привести)\w* (?:ссылк\w*|библиографи\w*|список литературы)(?: по гост\w*)?(?=\W*$)"
    # a remark after the question that the essay gives no name: "who is the author of the essay, his name is not given",
    # "кто написал эссе, там нет имени", "эссе авторы кім өзі, аты жазылмаған ғой"
    r"|(?<=, )(?:but |the |his |her |its |author'?s )*name (?:is |was )?(?:not |isn'?t |isnt |wasn'?t )"
    r"(?:written|given|mentioned|shown|stated|there)(?: anywhere| there)?(?=\W*$)"
    r"|(?<=, )(?:там |а |но |ведь )?(?:нет (?:имени|фамилии)|имя (?:же |ведь )?не (?:указано|написано|дано|названо))"
    r"(?: же| ведь| там)?(?=\W*$)"
    r"|(?<=, )(?:аты|есімі|аты-жөні) (?:жазылмаған|жазылмаган|көрсетілмеген|корсетилмеген|айтылмаған|айтылмаган|жоқ|жок)"
    r"(?: ғой| гой)?(?=\W*$)"
    # where the student comes from says nothing of the subject: "I'm from Korea, what is …", "Я из Узбекистана, …",
    # "Мен Қырғызстаннан келдім, …"
    r"|\b(?:i'?m|i am|im|i come) from \w+(?: originally)?|\bя (?:сам |сама )?из \w+"
    r"|\w+(?:дан|ден|тан|тен|нан|нен) (?:келдім|келдим|келгенмін|келгенмин|келген студентпін|келген студентпин)"
    # who the student is, in Kazakh: "Мен 1-курс студентімін", "мен бірінші курс студентімін", "мен студентпін"
    r"|(?<!\w)(?:мен )?(?:(?:\d+[- ]?(?:ші |шы |ши )?|бірінші |биринши |екінші |екинши |үшінші |ушинши )?(?:курс|курстың|курстын) )?"
    r"(?:(?:[\w-]+ ){0,2}[\w-]+(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин) )?"  # "саясаттану бөлімінің", "ҚарМУ-дың"
    r"(?:студентімін|студентимин|студентпін|студентпин|студенткамын)(?!\w)"
    # one's English excused: "…, my english not so good and …", "sorry for my bad english, what is …"
    r"|sorry (?:for|about) my (?:bad |poor |broken |weak )?english|my english (?:is )?(?:not (?:so |very |that |too )?good|bad|poor|weak|broken)"
    # "что представляет собой X" is a textbook's "what is X" (not "представляют интересы")
    r"|(?<!\w)(?:представля\w* собой|собой представля\w*)(?!\w)"
    # …and "представляет интерес" is "is of interest", to whom it is interesting ("для кого представляет интерес стабильность")
    r"|(?<!\w)представля\w*(?= (?:\w+ )?интерес(?!ы|ов|ам|ах))"
    # Kazakh's "не нәрсе" is "what" ("саяси даму деген не нәрсе өзі?"); "бір нәрсе" (the same thing) keeps its word
    r"|(?<= не) (?:нәрсе|нарсе)(?!\w)"
    # notes' shorthand without "in": "abstract, plain words not theirs"
    r"|(?:plain|simple) words(?:,? not (?:theirs|the essay'?s|the author'?s|the text'?s|his))?"
    r"|(?:(?:a|the|in a|as a) )?(?:simple|simpler|short|shorter|easy|easier|brief|quick) (?:version|answer|explanation)"
    # the main idea of a part of the essay or of a person is that part or person ("главная мысль аннотации",
    # "главная мысль Назарбаева", "қорытындының негізгі ойы", "Беллдің басты ойы"); the essay's or its author's is its thesis
    r"|(?:главн|основн)\w* (?:мысл|иде|смысл)\w*(?= (?:аннотаци|абстракт|вывод|заключени|белл|назарбаев|елбас|аврели|президент)\w*)"
    r"|(?<=[нтд][ыі]ң )(?<!ссенің )(?<!ссеның )(?<!аланың )(?<!тіннің )(?<!тиннин )(?<!ордың )(?<!ордын )(?<!ыстың )(?<!ыстын )"
    r"(?:негізгі|негизги|басты) (?:ой|ойы|идеясы|мағынасы|магынасы)(?!\w)"
    # "аннотациясында / аннотацияда / қорытындыда қандай негізгі идея", not "эсседе", "мақалада"
    r"|(?:(?<=[ыі]нда )|(?<=[ая]да )(?<!мақалада )(?<!макалада )|(?<=ыда ))(?:қандай |кандай )?(?:негізгі|негизги|басты)"
    r" (?:ой|ойы|идея|идеясы)(?!\w)"
    # the gist of a part about a subject is that subject: "give me the gist of the section on political development",
    # "summarize the opening part about political modernization" (not "the main idea of the essay", its thesis)
    r"|(?:(?:the|its|this) )?(?:gist|main (?:idea|point)|key (?:idea|point)|summary|overview) of (?:the |this |that )?"
    r"(?:(?:opening|first|second|third|last|final|closing|middle|next) )?(?:section|part|bit|passage|chapter)s? (?:on|about)(?= \w)"
    r"|(?:(?<=summarize )|(?<=summarise ))(?:the |this |that )?(?:(?:opening|first|second|third|last|final|closing|middle|next) )?"
    r"(?:section|part|bit|passage|chapter)s? (?:on|about)(?= \w)"
    # Indian English: "as per the essay", "kindly tell in detail", "sir, one doubt"
    r"|as per (?:the )?(?:author|essay|text|article|paper|writer)|in (?:more |full |great )?details?"
    r"|(?:one|a|small|little|my|more|some|few|another|other) doubts?"
    r"|по мнению автора|по словам автора|согласно (?:автору|эссе|тексту|статье)|автордың (?:пікірінше|ойынша|пікірі бойынша)"
    # "в понимании автора" is "по мнению автора", not the essay's "understanding as a process of transition"
    r"|в (?:понимании автора|авторском понимании)|in the author'?s understanding|as the author understands it"
    # "is that modernization in the essay's sense?", "в смысле эссе", "эссе мағынасында"
    r"|in the (?:essay'?s|author'?s|text'?s|article'?s) (?:sense|terms|meaning)|in the sense of the (?:essay|author|text|article)"
    r"|в (?:смысле|понимании) (?:эссе|текста|статьи)|(?:эссенің|эссенин|мәтіннің|мәтиннин|автордың|автордын) (?:мағынасында|магынасында)"
    r"|автордың (?:түсінігінде|түсінігі бойынша|түсінуінше|пайымдауынша)"
    r"|име(?:ет|ется|ют|ешь|ете|л|ла|ли)(?: автор)? в ?виду"  # "что имеется в виду": what is meant
    r"|своего рода|(?:(?:как )?(?:кратко )?(?:пересказать|перескажи|передать) )?мысль о том"  # "мысль о том, что X": X
    r"|автордын (?:пикиринше|ойынша)"
    r"|(?:(?:можно|можешь|можете|могли бы) )?(?:объяснить|объясни|объясните|рассказать|расскажи) (?:по ?проще|проще)(?!\w)"
    rf"|(?:можно )?(?:{BRIEFLY})(?:,? можно)?|простым языком"
    r"|(?:а то )?(?:ничего|нчего|ниче|нифига) не понятно"
    r"|,?\s*(?:если можно|if possible)\b|(?<=\w),\s*а то [^?.!]*"  # "…, если можно", "…, а то я открыл и ниче не понял": the reason
    # "Объясните аннотацию, я не до конца понял первый абзац": not understanding a passage is the reason of the request
    # (not "…, я не понял, что такое модернизация", "…, я не понял вывод": what follows asks; a paragraph named is read
    # before this, so the clause may end at "понял")
    r"|(?<=\w),\s*я (?:так )?(?:и )?не (?:до конца |совсем |очень |особо |сразу )?(?:понял|поняла|понимаю)"
    r"(?: (?:(?:первый|второй|третий|последний|этот|тот) (?:абзац|кусок|отрывок)|начало|конец|текст|абзац|половину))?(?=\W*$)"
    # with Kazakh letters or without them ("карапайым тилмен", "оз созинмен")
    r"|[өо]з с[өо]з[іи][ңн]?мен|[қк]арапайым т[іи]лмен|[қк]арапайым с[өо]збен(?: айт[қк]анда)?|жай (?:с[өо]збен|т[іи]лмен)"
    r"|oz sozinmen|oz sozimen|qarapaiym tilmen|karapaiym tilmen"
    r"|(?:[оo][ңн]ай|ж[еe][ңн]іл|жеңил|женил|т[үу]сінікті|тусиникти) (?:т[іи]лмен|с[өо]збен)"  # "оңай тілмен": in easy words
    r"|(?:ғылыми|гылыми) т[іи]лмен|научным языком"  # and in scholarly words
    # not having read it yet is the reason, not the question: "мен әлі оқымадым ғой", "я ещё не читал", "i havent read it yet"
    r"|(?:мен )?(?:әлі|али) (?:оқымадым|окымадым|оқыған жоқпын|окыган жокпын)"
    r"|(?:я )?(?:ещё |еще )?не (?:читал|читала|прочитал|прочитала|успел прочитать|успела прочитать)(?: (?:его|её|ее|эссе|текст|статью))?"
    r"|(?:я )?(?:(?:эту |это )?(?:статью|эссе|текст) )?(?:даже |ещё |еще )?не открывал(?:а|и)?(?: (?:её|ее|его|статью|эссе|текст))?"
    # what the answer is for is no part of it: "вывод эссе коротко, чтобы на семинаре сказать и не спалиться что не
    # читал", "so i can say it in class", "семинарда айту үшін"
    r"|(?:а )?можно (?:по)?проще|(?:можешь|можете) (?:по)?проще"
    # a post for classmates is what the answer is for: "дай пару фактов из эссе для поста", "в двух строчках для сторис"
    r"|(?:для|на) (?:поста|пост|сторис|сториз|канала|телеграм\w*|тг)(?= |$|[,.:!?])|в (?:двух|паре|пару|одну|две) строчк\w*"
    r"|(?:чтоб|чтобы) (?:было )?(?:коротко|кратко) и (?:понятно|ясно)|(?:пару|несколько) фактов"
    # not understanding what something is is the reason for asking: "непонятно что такое модернизация" (essay-errors at
    # 59, through its "непонятным словом"); "что в тексте непонятно написано" asks what is unclear
    r"|(?:мне |вообще |чёт |чет |что-то )?(?:непонятно|не понятно|не понимаю|не понял|не поняла),? (?=(?:что такое|что значит|что означает|что за|как |почему|зачем|кто такой|кто такая|о чём|о чем)\b)"
    r"|чтобы (?:(?:на|в) (?:семинаре|паре|экзамене|уроке|занятии|классе) |преподу |преподавателю )?(?:сказать|ответить|рассказать|выступить)"
    r"(?: (?:на|в) (?:семинаре|паре|экзамене|уроке|занятии|классе))?|(?:и )?не спалиться(?:,? что (?:я )?не (?:читал|читала))?"
    r"|so (?:that )?i can (?:say|answer|sound smart)(?: it| something)?(?: (?:in|at) (?:the |my )?(?:seminar|class|lecture|exam))?"
    r"|(?:семинарда|сабақта|сабакта|емтиханда) (?:айту|жауап беру) үшін"
    # a teacher's plan for the answer: "оқушыларға шағын глоссарий жасамақшымын", "сабақта түсіндірмекпін"
    r"|(?:оқушыларға|окушыларга|балаларға|балаларга|студенттерге|сабақта|сабакта)"
    r"(?: (?:шағын|шагын|қысқаша|кыскаша|бір|бир|глоссарий|сабақ|сабак|слайд|презентация|тест|конспект|кесте))*"
    r" [\w-]+(?:мақшымын|мекшімін|мақпын|мекпін|бақшымын|бекшімін|пақшымын|пекшімін|ғым келеді|гым келеди|гім келеді|қым келеді|кім келеді)"
    r"|(?:егер )?(?:мүмкін|мумкин) болса"  # if possible
    r"|(?:менің )?басым (?:қатып|катып|істемей|иштемей) (?:отыр|тұр|тур|қалды|калды)"  # "my head is spinning"
    # no time to read it: "окуга уакыт жок", "оқуға уақытым жоқ"
    r"|(?:оқуға |окуга )?(?:уақыт|уакыт)(?:ым|ым да|ым)? (?:жоқ|жок)|(?:жоқ|жок) (?:уақыт|уакыт)"
    r"|(?:оқып |окып )?(?:үлгермедім|улгермедим|үлгермей қалдым|улгермей калдым)"  # "… оқып үлгермедім": not read in time
    r"|(?:конспектке|конспектіге|конспектиге)"
    r"|(?:конспект|конспектісін|конспектисин) (?:жасап|жазып) (?:бер|бір)\w*"
    # officialese framing: "в рамках дистанционного обучения", "в связи с чем", "мне поручено", "буду признателен за …"
    r"|в рамках (?:дистанционного |заочного )?(?:обучения|курса|дисциплины|подготовки|задания)|в связи с (?:чем|этим)"
    r"|мне (?:поручено|поручили|необходимо)|буду (?:очень )?(?:признателен|признательна|благодарен|благодарна)"
    r"(?: за (?:ответ|помощь|разъяснени[ея]|пояснени[ея]|информацию)(?= *(?:[.?!]|$)))?"
    r"|(?:прошу )?(?:подтвердить |подтвердите )?правильность (?:моего |своего )?понимания(?: касательно)?"
    r"|(?:i )?(?:have not|haven'?t|havent|did not|didn'?t|didnt) (?:even |really |properly |fully )?(?:read|finished) (?:it|this|the essay|this essay|the text)?"
    r"(?: (?:yet|properly|fully|carefully))?"
    # the time left is when, not what: "i have 5 min before class", "у меня 5 минут до пары"
    r"|(?:i (?:only )?(?:have|got) |only )?(?:\d+|five|ten|two|few) ?(?:min|mins|minutes)(?: (?:before|till|until|to) (?:the |my )?(?:class|lecture|seminar|exam|test))?"
    r"|before (?:the |my )?(?:class|lecture)|(?:у меня )?(?:\d+|пять|десять|пару) минут(?:ы)?(?: до (?:пары|семинара|экзамена|урока))?"
    # having forgotten is the reason for asking: "3 dimensions again but super short i forgot already omg", "я забыл"
    r"|i (?:already |totally |completely )?(?:forgot|forget)(?: (?:already|again|it|them|this))?|(?:я )?(?:опять |уже )?забыл(?:а)?"
    r"|(?:мен )?(?:ұмытып|умытып) (?:қалдым|калдым)|(?:super|very|really) short"
    # a check of the claim beside it ("Is that right? democracy is …"; alone it asks nothing: "correct" had been the
    # essay's errors)
    r"|is (?:this|that|it) (?:correct|right)|^\W*correct\W*$"
    # "how would you put it": a way of asking ("how would you put political modernization in one line")
    r"|how (?:would|do|can|could|should) (?:you|u|i|we|one) (?:put|phrase|word|sum up)"
    r"|(?:бұл|бул|осы) жерде"  # "here" ("инновация деген не бұл жерде"): no place asked about
    # asking for examples with the answer ("explain with examples"): the essay's own example is another matter
    r"|with (?:an |some |real )?examples?|(?:и )?(?:с|на) пример(?:ами|ом|ах)|мысал(?:дар)?мен|мысал келтіріп|мысал келтирип"
    r"|(?:айтып|түсіндіріп|тусиндирип|жазып|көрсетіп|корсетип|түйіндеп|тuйiндеп|аударып|шығарып|шыгарып|aityp|aitip|tusindirip)"
    r" (?:бер|ber|жібер|жибер)\w*"
    r"|(?:ашып|ashyp) (?:көрсет|корсет|korset)\w*"
    # asking for the quotation (every answer gives it): "приведи цитату где…", "quote the line where…"
    r"|(?:приведи|приведите|дай|дайте|скинь) цитат\w*(?: где| в которой| о том| из| про)?"
    r"|quote (?:me )?the (?:exact )?(?:line|lines|passage|sentence|words|bit|part)(?: where| in which| that)?"  # a seminar task: "… рөлін ашып көрсет" ("раскройте")
    # a quote about a subject is that subject's answer: "нужна цитата про демократию", "a good quote on democracy"
    # ("the quote about elected rulers", "автор цитаты про избранных" name one of the essay's quotes: they stay)
    r"|(?:^|(?:мне |нам )?нужн[аоы]? |найди |подбери |дай |дайте |скинь )(?:\w+ )?цитат[аыуе]? (?:про|о|об|на тему|по теме)(?= \w)"
    r"|(?:^|(?:i )?need |give me |find me |any )(?:a |an |one |some )?(?:nice |good |short |key |strong )?quotes? (?:about|on|regarding)(?= \w)"
    # "… туралы эссе мәтінінен дәйексөз келтіріп беріңізші"
    r"|(?<=\w )(?:туралы|жайлы) (?:(?:эссе|эссенің|эссенин) )?(?:(?:мәтін|матин)\w* |эсседен |эссeден )?(?:бір |бир )?"
    r"(?:дәйексөз|дайексоз|цитата)\w*(?: керек| бер\w*| тауып бер\w*| (?:келтіріп|келтирип) бер\w*| (?:келтір|келтир)\w*)?"
    # …asked after the question: "Қорытындыда партиялардың рөлі туралы не делінген, цитата бере аласыз ба?"
    r"|(?<=\w)[?,]\s+(?:дәйексөз|дайексоз|цитата)\w*\s+(?:бере (?:аласыз|аласың|аласыз ба|аласың ба)|беріңіз\w*|берші|бершы|келтір\w*)"
    r"(?:\s+(?:ба|бе|ма|ме))?(?=\W*$)"
    # …asked first: "дәйексөз керек: демократия туралы …", "цитата нужна: про демократию", "quote needed: democracy"
    r"|^\W*(?:дәйексөз|дайексоз|цитата|quote)\w*\s+(?:керек|нужна|нужен|needed|pls|please)\s*[:,—–-]?\s*(?:про |о |об )?(?=\w)"
    r"|(?:in|into|в|за) (?:like |just |about |примерно |буквально )?(?:(?:\d+|one|two|three)(?:\s*(?:[-–]|or|или)\s*(?:\d+|two|three|four|five))?|a few"
    r"|a couple(?: of)?|пару|несколько|нескольких|двух|трёх|трех|двух-трёх|двух-трех) (?:short |brief |simple |коротк\w* |прост\w* )?"
    r"(?:sentences?|lines?|words|предложени\w*|строк\w*|словах|слов)"
    r"|(?:\d+(?:\s*[-–]\s*\d+)?|бірнеше|(?:бір|бир|екі|еки|үш|төрт|бес)(?:[\s-](?:екі|еки|үш|төрт|бес))?|(?:bir|eki|üş|uş|ush|tört|tort|bes)(?:[\s-](?:eki|üş|uş|ush|tört|tort|bes))?) (?:сөйлеммен|сөзбен|сойлеммен|söilemmen|söylemmen|sözben"  # (Latin letters with Kazakh ones only: "soilemmen" may be the only word that says Kazakh)
    r"|(?:сөйлем|сойлем)(?=\s+(?:(?:дәйексөз|дайексоз) (?:ретінде|ретинде) )?(?:жазып|айтып|түсіндіріп|тусиндирип|келтіріп|келтирип)))"
    # the length asked for after a comma, at the end: "what do parties do in the political system, one line", "…, one
    # sentence pls"
    r"|(?<=, )(?:just |only )?(?:one|1|two|2|three|3) (?:line|lines|sentence|sentences)(?=(?:\s+(?:pls|plz|please))?\W*$))\b"
    # the hesitations of dictation ("ммм", "эээ", "um")
    r"|\b(?:м{2,}|э{2,}|m{2,}|u+m+|uh+|hm+)\b"
    # a flashcard's label ("term: political development", "термин: модернизация")
    r"|^\s*(?:term|термин|ұғым|угым)\s*:",
    kept=True,
)


# The shape of the answer asked for, as to a chatbot ("key points: democracy", "тезисно: …", "тезис
# түрінде жаз", "explain … like I'm 12", "как для школьника", "по пунктам", "for my presentation"):
# dropped when a subject is left; "key points of the essay", "тезисы эссе" ask for its thesis.
_SHAPES = Alternation(  # run with only the alternatives that can match the text
    r"(?:(?:give|list|name|write)(?: me)? )?(?:\d+ )?(?:key|bullet) points?(?: on| about| of| from| for)?(?=\W*\w)"
    r"|in (?:(?:\d+|two|three|four|five|a few|few|several)(?:\s*(?:[-–]|or|to)\s*(?:\d+|three|four|five))? )?(?:bullet |key |main )?(?:points|pts|bullets)|tl;?dr(?: of)?|like i'?m (?:\d+|five|ten|twelve|a kid|a child)|like i am (?:\d+|five|ten|twelve)"
    r"|like (?:to )?a (?:kid|child|five year old|schoolkid)"
    r"|for (?:my|the|our|a|tomorrow'?s?) (?:political science |poli ?sci |polisci )?(?:(?:intro|title|first|last|next|opening|final|summary|revision|study|index) )?"
    r"(?:seminar|presentation|exam|test|lesson|homework|report|quiz|slides?|study guide|notes|handout|poster|(?:flash ?)?cards?"
    r"|question|assignment|task|intro|introduction|speech|talk)"
    r"(?: tomorrow| tmrw)?"
    r"|(?:(?:my|the|a|this) |^\W*)(?:(?:intro|title|first|last|next|opening|final) )?slides? (?:on|about|for)(?=\W*\w)"
    r"|слайд\w* (?:про|о|об|по|на тему)(?= \w)|(?<=туралы )слайд\w*"
    # a line for a slide or a card: "give me one line on what parties do" (it had Zhylykyshev's "one party system")
    r"|\b(?:give|write|send)(?: me| us)? (?:one|a|1|a single|a short) (?:line|sentence) (?:on|about)(?=\W*\w)"
    # what the asker needs it for, after the question: "whats the essay called exactly? need it for my title slide"
    r"|(?<=\? )need (?:it|this|that|them)(?= for\b)"
    # homework written for the student: "write me 3 sentences about what political modernization is", "write me about X"
    r"|\bwrite (?:me|us)(?: (?:\d+|two|three|four|five|a few|some|a couple of|a|one)(?: (?:short|brief|simple|clear|easy))?"
    # ("about" stays before the essay, the subject's mark: "write me 3 sentences about the essay" asks what it is about;
    # not before its author: "write me about the author of the essay")
    r" (?:sentences?|lines|paragraphs?|words|summary|text))?"
    r"(?:(?= (?:about|on) (?:the |this |that )?(?:essay|text|article|paper)\b)| (?:about|on)(?=\W*\w))"
    # what to put on a slide: "what should i put on a slide about X", "что написать на слайде про X", "X туралы слайдқа не жазамын"
    r"|what (?:should|do|can|could|shall|would) i (?:put|write|include|say) (?:on|in|into) (?:a|the|my|one|this|that)"
    r" (?:(?:intro|title|first|last|next|opening|final) )?(?:slide|poster|presentation)s?(?: (?:about|on|for|re))?(?=\W*\w)"
    r"|что (?:мне )?(?:написать|писать|указать|поставить|вставить|добавить|разместить) (?:на|в|для) (?:\w+ )?(?:слайд\w*|презентаци\w*)(?: про| о| об| по)?"
    r"|(?:для|на) (?:один |одного |одном |первого |первом |последнего |последнем |титульного |титульном )?слайд\w*(?: ?№? ?\d+)?"
    r"|(?:чтобы|что бы|чтоб) (?:на (?:один )?(?:слайд|карточку)|в (?:слайд|карточку)) влез\w*|\d+(?:\s*[-–]\s*\d+)? пункт\w*"
    r"|(?:слайдқа|слайдка|слайдта|слайдтағы|презентацияға|презентацияга|презентацияда)(?: не (?:жазамын|жазам|жазсам|жазу керек|қоямын|қосамын))?"
    r"|(?:(?:дай|дайте|назови|назовите|напиши|напишите|сформулируй|выдели) )?\d+ тезис\w*"
    r"|(?<=[—–:-] )тезисы\b|тезисы(?= ?[—–:])|тезисно|тезисами|(?:дай|дайте|напиши|напишите) тезисы|по пунктам"
    r"|как для (?:школьника|ребенка|ребёнка|чайника|чайников|первокурсника|пятилетнего|тупых|тупого|тупой|дебилов|идиотов)"
    r"|(?:(?:если|чтобы) )?(?:объяснить|объясни|объясните|рассказать) (?:(?:\d+-?)?\w*классник\w*|школьник\w*|детям|ребенку|ребёнку)"
    r"|для (?:\d+-?)?\w*классник\w*|без канцелярит\w*|без (?:воды|лишней воды|лишних слов)"
    r"|(?:(?:и |но |только |просто )?без (?:отсебятины|фантазий|выдумок))"
    # "только нормально объясни", "объясни по-человечески": how, not what
    r"|(?:только )?нормально (?:объясни|объясните|расскажи|расскажите)|по[- ]человечески"
    r"|для (?:семинара|презентации|экзамена|доклада|урока|зачета|зачёта|пары|сессии)|на семинар(?:е)?(?: завтра)?"
    r"|тезис(?:тер)? (?:түрінде|турінде|турде|ретінде)(?: жаз\w*)?|баланың тілімен|семинарға|семинар үшін|емтиханға|емтихан үшін"
    r"|тезис(?:тер)?(?:і|и)? (?:керек|қажет|кажет)(?: (?:презентацияға|слайдқа|семинарға))?"  # "тезистер керек презентацияға"
    # an exam candidate's outline: "3 тезиске бөліп берші", "нөмірлеп ата", "бөлек пункт етіп", "жаттап алайын"
    r"|\d+ (?:тезиске|пунктке|бөлікке)(?: бөліп)?|нөмірлеп|номирлеп|(?:бөлек|әр) пункт етіп|жаттап алайын|жаттап алу үшін"
    r"|(?:маған )?(?:жаттауға|жаттауга) (?:ыңғайлы|ынгайлы|оңай|онай|жеңіл|женил|қолайлы|колайлы)(?: (?:етіп|етип|қылып|кылып|түрде|турде))?"
    r"|емтихан жауабы ретінде|(?:қазақшаға|казакшага) (?:қысқаша )?аудар\w*|(?:summarize|summarise|summary) жаса\w*"
    r"|(?:экзаменге|емтиханға|емтиханга|семинарға|семинарга) керек|для (?:ресерча|ресёрча|рисерча|рисёрча|курсовой|курсовика|реферата)"
    r"|тл;?др|(?:мне )?(?:в|для) конспект\w*(?: записать)?|(?:мой |моя )?(?:сын|дочь|дочка|ребенок|ребёнок) (?:спрашивает|просит)"
    r"|я сама? не понял[аи]?|i (?:haven'?t|have no|got no) (?:a )?clue|if i'?m honest|to be honest"
    r"|i (?:have|got) (?:a |my )?(?:seminar|exam|class|test|lecture)(?: (?:on|about) (?:this|the) (?:essay|text|article))?"
    r"(?: in \d+ ?(?:min|mins|minutes|hours?|h))?"
    r"(?: (?:tomorrow|today|tmrw))?(?: (?:on|in) (?:polit\w* |pol )sci(?:ence)?\b)?"
    # …without the "i", opening the message or a clause: "got a test tmrw, what is the main idea"
    r"|(?:^|(?<=[,.!?;] ))(?:got|have|'ve got) (?:a |an |my |our )?(?:test|quiz|exam|midterm)s? (?:tomorrow|tmrw|tmr|today|tonight)\b"
    r"|in (?:like |about |around |just )?(?:one|a single|1|two|2|three|3|a few|a couple(?: of)?) (?:short |brief |simple |plain |easy |clear )?sentences?"
    r"|\bin (?:one|1|a|two|2) or (?:two|2|three|3) (?:sentences?|lines)\b"  # "… of the essay in one or two sentences"
    # "in a sentence or two, what would you say its main claim is?", "…, in a line or two": opening or closing a clause (not
    # "the essay mentions parties in a sentence or two only")
    r"|(?:^|(?<=[,.!?;:] ))in (?:a|one|1) (?:sentence|line) or (?:two|2|three|3)\b"
    r"|\bin (?:a|one|1) (?:sentence|line) or (?:two|2|three|3)(?= ?(?:[,.!?;:]|pls\b|please\b|$))"
    r"|(?<![\w-])(?:\d|two|three)(?:\s*[-–]\s*\d)? (?:sentences?|lines)\b"  # not "are one sentence split in two"
    r"|(?<![\w-])\d(?:\s*[-–]\s*\d)? (?:предложени\w*|предл(?!\w)\.?|строк\w*)"  # "заключение қысқаша 2-3 предложение сделай"
    r"|(?:в|за) (?:одном|одно|двух|два|паре|пару) предложени\w*|(?:одним|одно)[- ](?:двумя|два) предложени\w*"
    r"|(?:семинар\w*|экзамен\w*|зач[её]т\w*|пар[аеуы]) по политологии"
    # a teacher's framing: "… оқушыларға екі-үш сөйлеммен қалай жеткізуге болады?", "how do I explain it to my pupils"
    r"|(?:оқушыларға|окушыларга|оқушыларыма|окушыларыма|шәкірттерге|шакирттерге)(?: (?:қалай|калай))?"
    r" (?:жеткізуге|жеткизуге|түсіндіруге|тусиндируге|айтуға|айтуга)(?: (?:болады ма|бола ма|болады))?"
    r"|\bto (?:my |the |our )?(?:pupils|students|schoolchildren|kids|class)\b(?! structure| struggle| interests?)"
    r"|(?:как )?(?:объяснить|рассказать|донести|преподнести) (?:это )?(?:моим )?(?:ученикам|школьникам|детям в классе)"
    # what the answer is for, after it in Kazakh: "…, курстық жұмысыма керек", "…, рефератқа керек", "дипломға керек"
    r"|(?:курстық|курстык) (?:жұмыс|жумыс)\w*(?: (?:керек|үшін|ушин|қажет|кажет))?"
    r"|(?:рефератқа|рефератка|рефератыма|дипломға|дипломга|дипломыма|баяндамаға|баяндамага)(?: (?:керек|қажет|кажет))?"
    r"|(?:титулға|титулга|титулыма|титул бетке|титул бетіне|титул бетине) (?:керек|қажет|кажет)"  # "…, титулға керек"
    # the course a class is in: "(I have seminar) tomorrow on polit science", "exam in political science"
    r"|(?:seminar|exam|class|test|lecture|quiz)s? (?:tomorrow |today |tmrw )?(?:on|in) (?:polit\w* |pol )sci(?:ence)?\b"
    r"|(?:(?<=got )|(?<=have )|(?<=for )|(?<=in ))(?:a|an|my|our) (?:polisci|poli ?sci|pol ?sci|political science)"
    r" (?:seminar|exam|class|test|lecture|quiz|midterm)s?\b"
    r"|^(?:polisci|poli ?sci|pol ?sci|political science) (?:seminar|exam|class|test|lecture|quiz|midterm)s?"
    r"(?= (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|and i|and we)\b)"
    # the student's debate club: "quick q before debate practice" (it had the debate over modernization's strategy)
    # (or where an opener left it: "quick q before" goes first)
    r"|(?:(?:before|for|after|at|in) (?:my |our |the |a )?|^\W*)debate (?:practice|club|team|class|training|tournament|round)s?\b"
    r"|одним предложением|двумя предложениями|(?:бір|бир) (?:сөйлеммен|сөйлемде|сойлеммен)|екі сөйлеммен"
    r"|(?:бір|1)[- ](?:екі|2) (?:сөйлеммен|сойлеммен)"
    # an oral exam's framing: "if the examiner asks me what X is, what do i say"
    r"|if (?:the |my |an? )?(?:examiner|teacher|professor|prof|lecturer|instructor|tutor)s? (?:asks?|ask) (?:me |us )?(?:about )?"
    r"|(?:,|\band) ?(?:what|how) (?:do|should|would|shall|can) i (?:say|answer|reply|respond)\b"
    r"|если (?:на экзамене )?(?:препод\w*|преподаватель\w*|экзаменатор\w*|учитель\w*) спрос\w*(?: меня)?"
    r"|(?:,|\bи) ?(?:что|как) (?:мне )?(?:ответить|отвечать|сказать)\b"
    # "егер мұғалім сұраса …", "егер мұғалім X деп сұраса, не деймін?", "емтиханда Белл туралы сұраса не айтамын"
    r"|егер (?:м[ұу][ғг]алім|ұстаз|устаз|оқытушы|окытушы|емтихан алушы)|(?:емтиханда|семинарда)(?: (?:сұрайды|сурайды)(?!\w)|(?= ))|(?:деп )?с[ұу]рас(?:а|аңыз|ан)\b"
    r"|,? ?не (?:деймін|деймин|дейін|айтамын|айтам|деп жауап бер\w*)(?!\w)"
    # the asker's own reason after the question: "…, bc i keep mixing it up w just any change"
    r"|(?<=\w)\W*\b(?:bc|because|cuz|coz|cause) i (?:keep|always|often|can'?t|cannot|don'?t|do not|never|sometimes|get|mix)\b[^?.!]*"
    # …or what the asker makes of the text: "…, since the definition seems to be spread over several paragraphs", "…, as the
    # title seemed rather provocative for an academic source"
    r"|(?<=\w),\s*(?:since|as) (?:the|its|this|that|it|they) (?:\w+ ){0,2}(?:seems?|seemed|looks?|looked|sounds?|sounded"
    r"|appears?|appeared)\b[^?.!]*"
    # …in Russian: "…, так как мне необходимо оформить ссылку на неё в курсовой", "…, поскольку в конспекте оно записано не полностью"
    r"|(?<=\w),\s*(?:поскольку|так как|потому что) (?:мне|я|у меня|в (?:моём |моем |моих |своём |своем )?конспект\w*)\b[^?.!]*"
    # …and what it is for: "…, мне надо два три источника взять для доклада, желательно …"
    r"|(?<=\w),\s*(?:мне|нам) (?:надо|нужно|нужен|нужна|нужны) [^?.!,]*\bдля (?:доклада|реферата|семинара|презентации|курсовой"
    r"|экзамена|зачета|зачёта|урока|конспекта)\b[^?.!]*"
    # where the asker is after the question: "…, I'm walking to class", "…, я в автобусе"
    r"|(?<=\w)\W*\b(?:i'?m|i am) (?:walking|driving|riding|(?:going|heading) (?:to (?:class|school|uni|university|college|work)|home)"
    r"|on (?:the|my) way|(?:in|on) (?:the |a )?(?:bus|train|class|library|lecture|metro|car|taxi|queue|line))\b[^?.!]*"
    r"|^(?:i'?m|i am) (?:walking|driving|riding|on (?:the|my) way|(?:in|on) (?:the |a )?(?:bus|train|class|library|lecture|metro))\b[^,?.!]*[,.!]"
    r"|(?<=\w)\W*\bя (?:сейчас )?(?:иду|еду|бегу|в автобусе|в метро|в маршрутке|на паре|в очереди)\b[^?.!]*"
    r"|^я (?:сейчас )?(?:иду|еду|бегу|в автобусе|в метро|в маршрутке|на паре|в очереди)\b[^,?.!]*[,.!]"
    r"|(?:^|(?<=\w)\W*)\b(?:автобуста|автобуспен|жолда|метрода|таксиде|сабаққа|сабакка|үйге|уйге) (?:келе|бара|отыр)\w*(?: жатырмын| жатырым)?\b[,.!]?"
    # too lazy or busy to read it: "…, оқуға ерініп отырм", "читать лень"
    r"|(?:оқуға|окуга) (?:ерініп|еринип|ерінем|еринем|ерінемін|уақытым жоқ|уакытым жок)\w*(?: отыр\w*)?"
    r"|(?:лень|некогда) читать|читать (?:лень|некогда)|(?:too lazy|no time) to read(?: it)?"
    # the asker's reading, said beside the question: "… pls im lazy rn", "i only skimmed it… whats the main point",
    # "explain the abstract like im 5 i read it 3 times and still dont get it"
    r"|\bi'?m (?:so |too |really |very |kinda )?lazy(?: (?:rn|right now|today|tonight))?\b"
    r"|\bi (?:only |just )?(?:skimmed|skim[- ]read|speed ?read|glanced (?:at|through)) (?:it|this|the essay|the text|the reading)"
    r"(?: (?:once|quickly|last night|yesterday))?\b"
    # …and in Kazakh and Russian: "эссені жартылай оқыдым ғой, уақыт болмай қалды((", "я прочитала только половину",
    # "не успел дочитать"
    r"|(?:(?:эссені|эссени|мәтінді|матинди|мақаланы|макаланы) )?(?:жартылай|аздап|толық емес|толык емес) (?:оқыдым|окыдым)(?: ғой| гой)?"
    r"|(?:мен )?(?:әлі |али )?(?:(?:эссені|эссени|мәтінді|матинди|мақаланы|макаланы) )?(?:толық |толык )?(?:оқымадым|окымадым|оқып (?:үлгермедім|улгермедим)"
    r"|окып улгермедим)(?: ғой| гой)?|(?:уақыт|уакыт)(?:ым)? (?:болмай (?:қалды|калды)|болмады|жетпеді|жетпеди)"
    r"|(?<!\w)(?:я )?(?:прочитал[аи]?|прочла|читал[аи]?) (?:только )?(?:половину|наполовину|по диагонали|частично|мельком)"
    r"|(?<!\w)(?:я )?не (?:успел[аи]?|успеваю) (?:его |её |ее |это )?(?:дочитать|прочитать|прочесть)|(?<!\w)времени не было"
    r"|\bi (?:have |'?ve )?read it (?:\d+|two|three|four|five|many|several|a few|so many) times(?: already)?"
    r"(?: and (?:i )?(?:still )?(?:dont|don'?t|do not|cant|can'?t|cannot) (?:get|understand) (?:it|anything|a thing))?"
    # a quote asked for of what follows: "give me a quote from the abstract", "i need a quote from the essay about
    # parties" (not the people the essay quotes), and where it is to go: "… i can put in my intro"
    r"|(?:\b(?:give|find|show|send|get|pull)(?: me)? |\bi (?:need|want) |\bcan i (?:get|have) )\b(?:a|one|some|any)"
    r" (?:short |good |nice |direct |exact |verbatim |key )?(?:quote|quotation|citation)s? (?:from|about|on|regarding)"
    r"(?: (?:the|this) (?:essay|text)(?: (?:about|on))?)?(?= \w)"
    r"|\b(?:a|one|some) (?:short |good |direct |exact )?(?:quote|quotation)s? (?:from|of)(?= the (?:abstract|conclusion|introduction|intro)\b)"
    r"|^\W*quote (?:me )?(?=the (?!(?:exact )?(?:line|lines|passage|sentence|words|bit|part)\b)\w)"  # (those: _FILLERS)
    r"|,? ?(?:that |which )?i can (?:put|include) in my (?:intro|introduction|essay|paper|coursework|presentation|slides?|report)\b"
    # …in Kazakh, asked of a part of the essay ("аннотациядан дәйексөз келтіріңіз"; not "Демократия туралы эсседен бір
    # дәйексөз", nor "кімдердің сөздерін дәйексөз ретінде келтіреді", which asks whom it quotes)
    r"|(?:дәйексөз|дайексоз) (?:ретінде|ретинде)(?= (?:келтіріп|келтирип) (?:беріңізші|беріңіз|берші|бер)\b)"
    r"|(?<=(?:дан|ден|тан|тен|нан|нен) )(?<!стан )(?:дәйексөз|дайексоз) (?:келтіріп|келтирип) (?:беріңізші|беріңіз|берші|бер)\b"
    r"|(?<=(?:дан|ден|тан|тен|нан|нен) )(?<!стан )(?:дәйексөз|дайексоз) (?:келтіріңізші|келтіріңіз|келтірші|келтириниз)"
    # thanks in advance after the question ("…, спасибо заранее"): no subject
    # (…and to whom: "Алдын ала рахмет сізге!", "заранее спасибо вам")
    r"|\b(?:спасибо заранее|заранее спасибо|thanks in advance|thank you in advance|алдын ала рахмет|алдын ала рақмет)"
    r"(?: (?:сізге|сизге|саған|саган|вам|тебе))?\b",
    kept=True,
)
# a word every shape above has
_SHAPE_HINTS = Alternation(  # run with only the alternatives that can match the text
    r"sci|строк|курст|реферат|диплом|титул|баяндама|оқушы|окушы|шәкірт|шакирт|pupils|students|class|kids|ученикам|школьникам|point|pts|bullet|slide|слайд|презентац|тезис|классник|школьник|детям|ребенку|ребёнку|конспект|i have |i got |сын|доч|ребен|ребён|не понял|clue|honest|tl;?dr|тл;?др|like|for |для |на семинар|пункт|семинар|емтихан|баланың|sentence|предл|сөйлем|сойлем|экзамен"
    r"|семинарга|емтиханга|examiner|teacher|prof|lecturer|instructor|tutor|i say|i answer|i reply|i respond|спрос|ответить|отвечать|сказать"
    r"|с[ұу]рас|ерін|ерин|лень|некогда|lazy|no time|bc i|because i|cuz i|coz i|cause i|write me|write us|поскольку|так как|потому что|i'?m (?:walk|driv|rid|go|head|on|in)|i am (?:walk|driv|rid|go|head|on|in)"
    r"|тезиск|пунктк|бөлікк|нөмірл|номирл|жатта|аудар|summar|карточк|skim|glanced|read it|quot|citation|i can |дәйексөз|дайексоз"
    r"|оқыдым|окыдым|оқымадым|окымадым|оқып|окып|уақыт|уакыт|прочит|прочла|читал|успел|успева|времени"
    r"|(?<!\w)я (?:сейчас |иду|еду|бегу|в |на )|жатыр|заранее|in advance|алдын ала|без (?:вод|канцеляр|лишн|отсебят|фантаз|выдум)|нормально|человечески|tmrw|tmr|tomorrow|tonight|debate|seem|look|sound|appear|line|need",
    kept=True,
)
# who the answer is explained to, at the question's end, when it is to be explained: "how would i sum up the main claim …
# for my group" (it had parties' group interests, at 92); not inside a story ("i need to explain X to my group in like
# 2 minutes and …"), nor a party's group ("is a party just working for my group?", "партии работают для своей группы"):
# with parties named, only when it is to be explained (an opener's "explain" is gone by then)
_AUDIENCE = re.compile(
    r"\b(?:for|to|with) (?:my|our) (?:study |seminar |class |uni )?(?:group|groupmates|classmates)(?=\W*$)"
    r"|\bдля (?:моей|нашей|учебной) группы\b|\bодногруппникам\b"
)
_TO_EXPLAIN = re.compile(
    r"\b(?:explain|sum(?:marize|marise)?(?: it)? up|summar|present|tell|share|teach|show|put)\w*|\b(?:объясн|расска|презент|донести)\w*"
)
# a word naming the essay itself ("the article", "статью", "мәтінде")
ESSAY_WORD = re.compile(
    r"(?:essay|esay|essey|eassy|article|text|paper|эссе|эссэ|эсэ|эсе|эсси|стать|текст|работ|мақала|макала|мәтін|матин)\w*"
)
# the essay or a paragraph of it, named: "the essay", "статья", "¶12", "абзац"
# (not the articles of a constitution or a law: "какие статьи конституции изменили?")
THE_ESSAY = re.compile(
    rf"(?i)\b(?!стать\w* (?:конституц|закон)|articles? of (?:the )?(?:constitution|law))(?:{ESSAY_WORD.pattern})"
    r"|\b(?:paragraph\w*|para|абзац\w*)\b|¶"
)
# the articles of a constitution or a law named before them ("конституция какие статьи изменили?")
_LAW_ARTICLES = re.compile(r"(?i)(?:конституц|закон)\w*(?:\s+\w+){0,2}\s+стать\w*$")


def names_the_essay(text: str) -> bool:
    """Whether a text names the essay or a paragraph of it, not the articles of a constitution or a law."""
    return any(not _LAW_ARTICLES.search(text, 0, found.end()) for found in THE_ESSAY.finditer(text))


# a year, not a name: "Казахстан-2030"
YEAR = re.compile(r"(?<![\w-])(1[89]\d\d|20\d\d)(?!\d)")
# what is left that names no subject: the essay, a number, a verb of asking for a list
_NO_SUBJECT = re.compile(
    rf"{ESSAY_WORD.pattern}|\d+|two|three|four|five|два|две|три"
    r"|екі|үш|бес|give|list|name|summarize|summarise|назови\w*|дай\w*|перечисли\w*|атап|жаз\w*|бер\w*"
)


def _leaves_a_subject(text: str) -> bool:
    """Whether a text names what it asks of: a term, or what the essay itself is about ("I have a seminar tomorrow, what
    is the whole essay about?"; not "назови три тезиса эссе", whose theses are what it asks)."""
    found = _WORD.findall(text.casefold())
    if any(word not in _ANY_STOP and not _NO_SUBJECT.fullmatch(word) for word in found):
        return True
    if _MAIN_POINT.search(text):  # "in a sentence or two, what would you say its main claim is?": the thesis
        return True
    return any(ESSAY_WORD.fullmatch(word) for word in found) and _WHAT_ABOUT.search(text) is not None


_WHAT_ABOUT = re.compile(r"\babout\b|о ч[её]м|\bтуралы\b|\bжайлы\b", re.IGNORECASE)
_MAIN_POINT = re.compile(r"\b(?:main|central|core) (?:claim|idea|point|argument|thought|message)\b", re.IGNORECASE)


# "назови три тезиса о …", "three main points of …": the shape of the answer, but the number may be
# the essay's ("three dimensions", "two conditions"): it stays (a number in digits goes with them)
_COUNTED_POINTS = re.compile(
    r"\b(two|three|four|five|два|две|три|екі|үш|бес) (?:key |main )?(?:points|тезис(?:а|ов|і|тер|ті)?)\b",
)


# a label naming where to look, then a question naming one title or name: "список литературы: кто автор учебника «…»"
# ("references: how many?", "әдебиеттер тізімі: олар мәтінде келтірілген бе?" ask about the list itself)
_QUOTED = re.compile(r"[«“\"][^»”\"]{3,}[»”\"]")
_NAME = re.compile(r"(?<![.!?:] )\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]{3,}")  # a capital inside a sentence
_LABEL = re.compile(
    r"^\W*(?:(?:касательно|насчёт|насчет|по поводу|regarding|as for|about) (?:the )?)?"
    r"(?:(?:список|списка) литературы|(?:список|списка) источников|литература|references|reference list|bibliography|әдебиеттер тізімі)\s*:\s*(?=\w)"
)


# the essay named by its title's subject is the essay ("нам задали эссе про полит партии в казахстане, о чём оно",
# "teacher give us one essay about party in Kazakhstan"): what it is about is then asked of the essay, not of parties
_NAMED_BY_TITLE = re.compile(
    r"\b(essay|esay|essey|article|text|paper|эссе|эссешк\w*|статью|статья|статье|статейк\w*|текст)"
    r" (?:about|on|про|о|об) (?:the )?(?:(?:polit\w*|pol|полит\w*) )?(?:parties|party|partys|партии|партиях|партия)"
    r" (?:in|of|в) (?:the )?(?:republic of |республике )?(?:kazakhstan|kz|rk|казахстане|кз|рк)\b"
)
# …and named by its subject when a part of it or its author is asked for ("who wrote the political parties essay",
# "кто автор эссе про партии", "партиялар туралы эссенің авторы кім"): the essay, not parties (which of its words
# are asked of is otherwise open: "what does the essay about parties say" may ask what it says of them)
ESSAY_BY_SUBJECT = re.compile(
    r"\b(essay|esay|essey|article|text|paper|эссе|эссешк\w*|статью|статья|статье|статьи|статейк\w*|текст\w*|работ[аыуе])"
    r"(?: (?:about|on|про|о|об)|,? посвящ[её]нн\w*) (?:the )?(?:(?:role|роль|роли)(?: (?:and|и) (?:importance|значени\w*))? (?:of (?:the )?)?)?"
    r"(?:(?:polit\w*|pol|полит\w*) )?"
    r"(?:parties|party|partys|партии|партиях|партия|партий)\b(?! system| систем)"
    r"(?: (?:in|of|в) (?:the )?(?:republic of |республике )?(?:kazakhstan|kz|rk|казахстане|кз|рк)\b)?"
    r"|\b(?:(?:kz|kazakh\w*|rk) )?(?:(?:polit\w*|pol|polisci) )?(?:parties|party|partys) (essay|esay|essey|article|paper)\b"
    r"|\b(?:(?:қазақстандағы|казакстандагы|qazaqstandagy) )?(?:(?:саяси|sayasi) )?(?:партиялардың|партиялардын|партиялар|partiyalar)(?: (?:рөлі|ролі))?"
    r" (?:туралы|жайлы|turaly) (?:бір )?(эссе\w*|мақала\w*|макала\w*|esse\w*)"
)
_ESSAY_ASPECTS = Alternation(  # run with only the alternatives that can match the text
    r"keyword|abstract|conclusi|\btitle|referenc|bibliograph|thesis|summar|(?:main|mane|mian) (?:idea|point|argument|thought)"
    r"|\bauthor(?!it)|\bwr[io]te\b|\bwriter|ключев|аннотац|вывод|заключен|назван|литератур|источник|тезис"
    r"|(?:главн|основн)\w* (?:мысл|иде|тезис)|автор(?!итар)|написал|кілт|килт|қорытынды|корытынды|тақырыб|такырыб"
    r"|әдебиет|адебиет|(?:негізгі|негизги) (?:ой|иде|тезис)|жазды|жазған|жазган|\bаты\b|\bаталады|\bне туралы\b",
    kept=True,
)
# …unless the parties are asked of after all: named again by a pronoun ("what does the author of the essay on parties
# say about their interests"), or the words of the subject name a part of the essay ("the part of the essay about parties")
_PARTIES_AGAIN = re.compile(
    r"\b(?:their|they|them|их|они|им|ними|олардың|олардын|олар|part|section|paragraph|passage|часть|части|частью"
    r"|раздел\w*|абзац\w*|фрагмент\w*|бөлім\w*|бөлігі\w*|болими\w*|болиги\w*)\b"
)
_PARTIES_NAMED = re.compile(r"парти|\bpart(?:y|ies|ys)\b|partiya")  # the parties named ("particular" does not)
# a term students type as two words: "ел басы" is Elbasy
_SPLIT_TERMS = re.compile(r"\b(ел|el) +(басы|basy|basi|bası)\b")
# the one year the essay names a concept by, said aloud (voice typing): "Казахстан две тысячи тридцать",
# "kazakhstan twenty thirty", "Қазақстан екі мың отыз"
_SPOKEN_2030 = re.compile(
    r"\b(?:две тысячи тридцат\w*|twenty[ -]thirty|two thousand (?:and )?thirty|екі мың отыз\w*|еки мын отыз\w*)"
)
# "fall apart" is the word "collapse" (read as the word, not as a phrase of the concept: "why did the USSR fall apart"
# asks what "why did the USSR collapse" asks, which the essay does not answer; as a lexicon phrase its surface form
# differs from the word's and the answer did too)
_FALL_APART = re.compile(r"\bf[ae]ll(?:s|ing|en)? apart\b")
# Kazakh's "әкеп соқтыру" / "әкеліп соғу" (to lead to, of consequences) is "әкелу": "партиялардың бар болуы неге әкеп
# соқтырады", "…әкеліп соқтырады", "…әкеліп соғады"
_LEADS_TO = re.compile(
    r"\b(?:(әкеп|экеп|акеп|әкеліп|әкелип|экелип|акелип)|(?:akep|äkep|akelip|äkelip)) "
    r"(?:(?:соқ|сок|soq|sok)\w*|(?:соғ|сог|sog)(?:ады|ар|ты|ady|ar|ty)\b)"
)


# the meaning of the essay is its main idea: "what is the meaning of the essay", "в чём смысл эссе", "эссенің мағынасы
# қандай" (not the meaning of a term: "meaning" and "смысл" ask what a term means)
_ESSAY_MEANING = (  # the whole message: "по смыслу эссе, что такое …", "смысл статьи Назарбаева" ask other things
    # "sum up the whole essay (in 1 sentence)": its main idea, not how it concludes ("sum up the conclusion" is that)
    (
        re.compile(
            r"(?<!author )(?<!\bhe )(?<!\bshe )\bsum (?:up )?(?:the |this )?(?:whole |entire )?(?:essay|text|article)\b(?: up\b)?"
        ),
        "main idea of the essay",
    ),
    (
        re.compile(r"^\W*(?:what(?:'s| is| was)? )?(?:the )?(?:meaning|sense) of (?:the |this )?(?:essay|text|article)(?=\W*$)"),
        "main idea of the essay",
    ),
    (
        re.compile(
            r"^\W*(?:(?:а |и |ну )?(?:в ч[её]м|какой|каков)\w* )?смысл\w* (?:этого |этой |всего |всей )?(?:эссе|текста|статьи)(?=\W*$)"
        ),
        "главная мысль эссе",
    ),
    (
        re.compile(
            r"^\W*(?:эссенің|эссенин|мәтіннің|мәтиннин|мақаланың) (?:мағынасы|магынасы)(?: (?:қандай|кандай|не|неде))?(?=\W*$)"
        ),
        "эссенің негізгі ойы",
    ),
    # the main idea, bare, is the essay's ("негізгі ой қандай?", "negizgi oi"), as "main idea" is in English
    (
        re.compile(
            r"^\W*(?:негізгі|негизги|басты|neg[iı]zg[iı]|basty) (?:ой|ойы|идея|идеясы|oi|oy|oiy|oyy|oıy|ideia|ideya|ideiasy|ideyasy)"
            r"(?: (?:қандай|кандай|не|неде|qandai|qanday|kandai|kanday|ne|nede))?(?=\W*$)"
        ),
        "эссенің негізгі ойы",
    ),
)
# Asking who wrote something is one concept in every language ("who wrote the essay", "кто автор",
# "эссені кім жазды", "авторы кім"): "author" alone is the essay's voice ("what does the author
# think"), and "who" and "what" are both asking words ("Белл не жазды" asks what Bell wrote).
_AUTHORSHIP = (
    (
        re.compile(
            # "who is the author (of the essay)?", ending its clause: "who author is citing" asks whom it quotes
            r"\bwho(?:'s| is| was)? (?:the )?(?:\w+'s )?(?:author|auther|autor|writer)(?: of (?:(?:the|this) \w+|essay|esay|text|article|paper))?(?=\s*(?:[?.!,;]|$|(?:pls|plz|please)\W*$))"
            r"|\bwho (?:(?:actually|really|exactly|originally|even) )?(?:wrote|has written|authored)\b"
            r"|\b(?:author|writer)(?:'?s)? name\b|\bname of (?:the )?(?:author|writer)\b"
            r"|\b(?:author|writer) who(?:'s| is| was)?(?=\s*(?:[?.!,;]|$))"  # "Essay author who is?", translated word for word
            # asked within a sentence: "tell me who the author of this essay is"
            r"|\b(?:tell (?:me|us)|know|say|ask(?:ing)?|wonder(?:ing)?|find out|clarify) who (?:the |this )?(?:essay'?s? )?(?:author|writer)"
            r"(?: of (?:the|this) (?:essay|text|article|paper))? (?:is|was)(?=\s*(?:[?.!,;]|$))"
            # "name the author (of the essay)", ending its clause (not "the authors cited", "the author of the references")
            r"|\bname (?:the )?(?:author|writer)(?: of (?:the|this) (?:essay|text|article|paper))?"
            r"(?=\s*(?:[?.!;]|$|,\s*(?:pls|plz|please|thanks|thx)\b))"
            # the word alone, a greeting or "pls" around it ("author??", "hi, the essay's author?")
            r"|^(?:(?:hi|hello|hey)\W+)?(?:(?:pls|plz|please) )?(?:the |(?:the |this )?essay'?s? )?(?:author|writer)"
            r"(?: of (?:the |this )?(?:essay|text|paper|article))?[\s?.!]*(?:(?:pls|plz|please)\W*)?$",
        ),
        "authorship",
    ),
    (
        re.compile(
            # …one adverb after "кто" ("кто конкретно написал эссе", "кто точно автор"); not "авторитарный"; not of
            # something other than the essay ("кто автор бота", "кто автор этой цитаты"; not "кто автор бота и эссе", nor
            # "кто автор, бот?" spoken to it), nor on whose claim something is ("кто написал, что все общества …"; not "кто
            # написал что ли", "кто написал, что за автор?")
            r"\bкто (?:(?:вообще|же|всё-таки|все-таки|на самом деле|конкретно|точно|именно) )?(?:её |его |ее )?(?:является |являлся |являлась |был |была )?"
            r"(?:автор(?!итар|из)\w*|author\b|написал\w*|писал\w*)(?!\w| (?:(?:эт\w*|данн\w*|как\w*|нашего|моего) )?"
            r"(?:бот(?:а|у|ом|е)\b(?!.*(?:эссе|текст))|цитат\w*|фраз\w*|слов\w*|высказыван\w*|термин\w*|понят\w*|концепц\w*|теори\w*|закон\w*|программ\w*"
            r"|стратеги\w*)\b|(?:(?<=писал)|(?<=писала)|(?<=писали))\s*,?\s*что\b"
            r"(?!\s+(?:ли|ль|за|это|скажешь|думаешь|известно)\b)(?=(?:\s+[^\s?]+){2}))"  # "кто написал, что все общества …"
            r"|\bавтор кто\b|\bкак зовут автора\b|\bимя автора\b"
            r"|\bуказан[оа]? ли (?:в (?:тексте|эссе|работе|статье) )?(?:имя )?автор\w*"
            # "автор эссе вообще нигде не указан?": whether the essay names its author
            r"|\b(?:имя )?автор\w* (?:эссе|текста|статьи|работы) (?:(?:вообще|нигде|там|же) )*не (?:указан|назван|написан)\w*"
            r"|^\W*(?:а )?(?:имя )?автор\w* (?:(?:вообще|нигде|там|же) )*не (?:указан|назван|написан)\w*"
            r"|^(?:(?:привет|здравствуйте)\W+)?авторы?(?: (?:эссе|текста|статьи|работы))?[\s?.!]*(?:(?:пожалуйста|плиз|плз|pls)\W*)?$"
            r"|\b(?:институциональн\w* |научн\w* )?аффилиаци\w*(?: автор\w*)?|\bчь[её] (?:это )?(?:эссе|статья|текст)\b|\bназов\w* (?:мне )?автора(?: (?:этого )?(?:эссе|текста))?(?=\s*(?:[?.!,;]|$))",
        ),
        "авторство",
    ),
    (
        re.compile(
            r"\b(?:кім|ким|кым) (?:жазды|жазған(?:ын|ы|дығын)?|жазган(?:ын|ы|дыгын)?|жазыпты)\b|\bавторы? (?:кім|ким|кым)(?: екенін| екенин)?\b|\bавтор\w* (?:көрсетілген|корсетилген)"
            r"|\b(?:кімнің|кимнин) (?:эссесі|эссеси|мақаласы|макаласы)\b"
            r"|\bавтор(?:дың|дын|ының|ынын) (?:аты|есімі|есими|аты-жөні|аты-жони)\b"  # the author's name
            r"|\b(?:эссенің|эссенин|мәтіннің|мәтиннин)\s+автор(?:ын|ды) (?:ата|атаңыз|атаныз|атап бер)\w*",
        ),
        "авторлығы",
    ),
    (re.compile(r"\bkim (?:jazd[yıi]|jazğan|jazgan|zhazd[yıi]|zhazgan)\b|\bavtor[yıi]? kim\b"), "avtorlygy"),
    # the Kazakh word alone ("эссенің авторы?")
    (re.compile(r"^(?:(?:сәлем|салем)\W+)?(?:(?:эссенің|эссенин|эссе) )?авторы[\s?.!]*$"), "авторлығы"),
    # Russian in Latin letters: "kto avtor etogo esse", "kto napisal"
    (
        re.compile(
            r"\bkto (?:ee |ego )?(?:avtor\w*|napisal\w*|pisal\w*)|\bnazovi avtora(?: (?:etogo )?(?:esse|teksta))?(?=\s*(?:[?.!,;]|$))"
            r"|^(?:privet\W+)?avtor(?: esse)?[\s?.!]*$"
        ),
        "avtorstvo",
    ),
)
# Whether someone the essay names wrote it is who wrote it, which the essay does not say ("is the author Nazarbayev?",
# "эссені Назарбаев жазды ма?"): the name goes with the question (not "who wrote Bell's book", "Nazarbayev's article")
_NAMED = (
    r"(?:nazarba[ye]?ev\w*|elbas[yi]\w*|bell|bell's|marcus aurelius|aurelius|tokayev\w*|назарбаев\w*|елбасы\w*|элбасы\w*"
    r"|белл\w*|марк\w* аврели\w*|аврели\w*|токаев\w*|тоқаев\w*)"
)
_ESSAY_NOUN = r"(?:essay|text|эссе|текст\w*|работ\w*|эссені|эссени|мәтінді|матинди)"
_WROTE_IT = (
    (
        re.compile(
            rf"\bis (?:the )?(?:author|writer)(?: of (?:the|this) (?:essay|text))? {_NAMED}(?=\W*$)"
            rf"|\bis {_NAMED} (?:the )?(?:author|writer)(?: of (?:the|this) (?:essay|text))?(?=\W*$)"
            rf"|\bdid {_NAMED} (?:write|author) (?:the|this) (?:essay|text)\b"
            rf"|\b(?:(?:is|was) )?(?:the |this )?(?:essay|text) (?:written|authored) by {_NAMED}"
        ),
        "authorship",
    ),
    (
        re.compile(
            rf"\bавтор(?: {_ESSAY_NOUN})?(?: [—–-])?(?: это)?(?: сам| сама)? {_NAMED}(?=\W*$)"  # "…автор эссе это сам Назарбаев?"
            rf"|\b{_NAMED} (?:[—–-] )?автор(?: (?:этого |это |этот )?{_ESSAY_NOUN})?(?=\W*$)"
            # …"написал" only of the essay ("Какую книгу Белл написал?", "Что Назарбаев написал?" ask of their works)
            rf"|\b{_NAMED} написал\w* (?:это |этот )?{_ESSAY_NOUN}(?=\W*$)"
            rf"|\b(?:это |этот )?{_ESSAY_NOUN} (?:написал\w*|писал\w*|написан\w*|принадлежит) {_NAMED}"
        ),
        "авторство",
    ),
    (
        re.compile(
            rf"\bавторы {_NAMED}(?: (?:ма|ме|ба|бе|па|пе))?(?=\W*$)"
            rf"|\b{_ESSAY_NOUN} {_NAMED} (?:жазды|жазған|жазган)\w*"
            rf"|\b{_NAMED} (?:авторы ма|автор ма)\b"
            # …"жазды ма" only of the essay ("Кітапты Белл жазды ма?" asks of the book)
            rf"|\b{_NAMED} (?:жазды ма|жазған ба|жазган ба) (?:бұл |осы )?(?:эссені|эссени|мәтінді|матинди)\b"
        ),
        "авторство",  # a Russian word, read in Kazakh questions too: "авторы Назарбаев па?" has no Kazakh letter
    ),
)
# the name of the essay is its title ("what is the name of this essay", "name of the text pls"), not the names in it; not
# the name of something of the essay's ("name of the essay's sources"), nor of an article by someone ("the name of the
# article by Nazarbayev")
_ESSAY_NAME = (
    (
        re.compile(
            r"\bname of (?:the |this )?(?:essay|text|article|paper)\b(?!['’]s)"
            r"(?!\s+(?:by|of|from|that|which|nazarba\w*|elbas\w*|president\w*|bell\w*)\b)"
        ),
        "title of the essay",
    ),
)
# an exam ticket's "раскройте понятие X" asks what X is, not when the concept appeared ("Раскройте понятие политическое
# развитие", "Охарактеризуйте понятие …", "раскройте содержание понятия …")
_DEFINE_THE_CONCEPT = (
    (
        re.compile(r"\b(?:раскро|раскры|охарактериз|поясн|объясн)\w* (?:(?:содержание|суть|смысл) )?понят(?:ие|ия)\b"),
        "определение",
    ),
)
_REPHRASED = (*_ESSAY_MEANING, *_WROTE_IT, *_AUTHORSHIP, *_ESSAY_NAME, *_DEFINE_THE_CONCEPT)
# Nazarbayev's own article, which the essay quotes (¶18): not the essay, which students call "the article" too
_LEADER = r"(nazarba[ye]?ev\w*|elbas[yi]\w*|(?:first )?president'?s?|назарбаев\w*|елбасы\w*|элбасы\w*|президент\w*)"
_LEADERS_ARTICLE = re.compile(
    rf"\b{_LEADER}(?:'s|s)? (?:own |recent )?(?:article|paper)\b"
    rf"|\b{_LEADER} (?:(?:в |во )?сво\w+ )?стать\w*|\b{_LEADER} (?:өз |оз |oz |öz )?(?:мақала|макала|maqala|makala)\w*"
    rf"|\b(?:article|paper) (?:by|of|from) (?:the )?{_LEADER}"
    r"|\bстать\w* ((?:первого )?(?:назарбаева|президента)|елбасы)\b"  # genitive: "в статье Назарбаев назван…" is the essay
)
_ARTICLE_HINT = re.compile(r"article|paper|стать|мақала|макала|maqala|makala")


def _leaders_article(match: re.Match[str]) -> str:
    return f"{next(name for name in match.groups() if name)} leaderarticle"


# Kazakh writes an abbreviation's case ending after a hyphen: "ҚР-дағы", "КСРО-ның" are "ҚР", "КСРО"
_ABBREVIATION_ENDING = re.compile(r"\b([А-ЯЁӘҒҚҢӨҰҮҺІ]{2,5}|[A-Za-z]{3,})-[а-яёәғқңөұүһі]{1,6}\b")  # "ҚР-дағы", "references-та"


@lru_cache(maxsize=256)
def content_words(text: str) -> tuple[str, ...]:
    """The lower-case words of a text, ways of asking for a plain answer dropped (remembered
    for a while: a question is read in each language it may be in)."""
    # the patterns below are written and matched in lower case (three times faster than ignoring case)
    written = _ABBREVIATION_ENDING.sub(r"\1", clean(text))
    text = written.lower()
    if "обьясн" in text:  # "обьясни": the hard sign typed as the soft one
        text = text.replace("обьясн", "объясн")
    label = _LABEL.match(text)
    if label is not None and (_QUOTED.search(text, label.end()) or _NAME.search(written, label.end())):
        text = text[label.end() :]
    if _SHAPE_HINTS.search(text):  # most questions ask for no shape: the two patterns below are slow
        shaped = _SHAPES.sub(" ", _COUNTED_POINTS.sub(r"\1", text))
        if _leaves_a_subject(shaped):
            text = shaped
    names_parties = "парти" in text or "part" in text  # (no audience below has these letters)
    if _AUDIENCE.search(text) and (_TO_EXPLAIN.search(text) or not names_parties):
        text = _AUDIENCE.sub(" ", text)
    if names_parties:
        text = _NAMED_BY_TITLE.sub(r"\1", text)
        by_subject = ESSAY_BY_SUBJECT.sub(lambda named: next(word for word in named.groups() if word), text)
        # …and not when the parties are named once more ("почему в названии эссе про роль партий, а про партии в тексте мало")
        if _ESSAY_ASPECTS.search(text) and not _PARTIES_AGAIN.search(text) and not _PARTIES_NAMED.search(by_subject):
            text = by_subject
    text = _SPLIT_TERMS.sub(r"\1\2", _FILLERS.sub(" ", text))
    text = _SPOKEN_2030.sub("2030", text)
    for asking, concept in _REPHRASED:
        text = asking.sub(concept, text)
    if "apart" in text:
        text = _FALL_APART.sub("collapse", text)
    if "кеп" in text or "kep" in text or "келіп" in text or "келип" in text or "kelip" in text:
        text = _LEADS_TO.sub(lambda found: "әкеледі" if found.group(1) else "akeledi", text)
    if _ARTICLE_HINT.search(text):
        text = _LEADERS_ARTICLE.sub(_leaders_article, text)
    return tuple(_WORD.findall(text.casefold()))


def terms(text: str, lang: str) -> list[tuple[str, str]]:
    """(surface form, token) of each word of a text, in order, stop words removed.

    A text made only of stop words ("what is this essay about", "о чём эссе") keeps them
    all, so that it can still match phrasings that are just as short.
    """
    analyzed = _analyzed(text, lang)
    kept = [(surface, token) for surface, token, stop in analyzed if not stop]
    return kept or [(surface, token) for surface, token, _ in analyzed]


def has_content(text: str, lang: str) -> bool:
    """Whether a text has a word that is no stop word and no way of asking ("what, in the
    author's view" has none)."""
    return any(not stop for _, _, stop in _analyzed(text, lang))


def _kazakh_in_latin(word: str, lang: str) -> bool:
    """Whether a Latin word of a Kazakh text is one of Kazakh's own terms typed in Latin letters ("Ulttyk konsepsiya
    туралы": "ұлттық"), read as Kazakh, not English."""
    return lang == "kk" and word not in EN_STOP and lexicon().kazakh_term(surface_form(word, "kk"), surface_form(word, "ru"))


def _analyzed(text: str, lang: str) -> list[tuple[str, str, bool]]:
    """Each word of a text analyzed (`analyze_word`), one-letter tokens other than digits dropped."""
    # Latin words in a Russian or Kazakh text are English ("new bright page в истории"), not Russian typed in Latin letters
    english = lang != "en" and has_cyrillic(text)
    words = content_words(text)
    word_langs = [
        "en" if english and word.isascii() and word.isalpha() and not _kazakh_in_latin(word, lang) else lang for word in words
    ]
    each = [analyze_word(word, word_lang) for word, word_lang in zip(words, word_langs, strict=True)]
    surfaces = [surface for surface, _, _ in each]
    analyzed = []
    start = 0
    while start < len(words):
        phrase = lexicon().phrase(surfaces, start, lang)
        if phrase is not None:  # "people in charge": one concept said in everyday words
            analyzed.append((phrase[0], phrase[0], False))
            start += phrase[1]
            continue
        word, word_lang, found = words[start], word_langs[start], each[start]
        start += 1
        analyzed.append(found)
        # a compound of two terms is both ("индустриально-инновационное": #industrial and #innovation)
        head, _, tail = word.rpartition("-")
        if head and len(tail) >= 4 and tail.isalpha():
            second = analyze_word(tail, word_lang)
            if is_concept(second[1]) and second[1] != found[1]:
                analyzed.append(second)
    return [(surface, token, stop) for surface, token, stop in analyzed if len(token) > 1 or token.isdigit()]


def tokens(text: str, lang: str) -> list[str]:
    return [token for _, token in terms(text, lang)]


def stems(text: str, lang: str) -> list[str]:
    """The stems of a text's words, stop words dropped, without mapping domain words to their
    concepts: terms the essay never discusses must match word for word ("rule of law" is not
    "the authorities and the legal mechanism", though both are #power and #law)."""
    found = []
    for word in content_words(text):
        surface, _, stop = analyze_word(word, lang)
        if stop:
            continue
        # English: the word less a plural -s (its stemmer folds "socialization" into "social")
        stem = (surface[:-1] if len(surface) > 3 and surface.endswith("s") else surface) if lang == "en" else _stem(surface, lang)
        if len(stem) > 1 or stem.isdigit():
            found.append(stem)
    return found


_KK_ENDINGS = (
    # a loanword in a Kazakh case ("конституцияга", "демократияда", "модернизацияны"): Russian says "конституции"
    "ияга",
    "ияға",
    "ияда",
    "ияны",
    "ияның",
    "иянын",
    "иясы",
    "иясын",
    "иясына",
    "иясының",
    "иясынын",
    "иеде",  # …and a Russian noun in -ие ("заключениеде", "определениени"; with і it is Kazakh anyway)
    "иеге",
    "иенин",
    "масы",
    "ттар",
    "ттер",
    "ялык",
    "ялық",
    "лар",
    "лер",
    "дар",
    "лары",
    "лері",
    "дары",
    "дері",
    "лардың",
    "лердің",
    "ландыру",
    "лендіру",
    "ларға",
    "лерге",
    "ларды",
    "лерді",
    "лардын",
    "лердин",
    "дегеніміз",
    "дегенимиз",
    "нин",
    "нын",
    "дин",
    "дын",
    "тын",
    "тин",
    "дагы",
    "деги",
    "тагы",
    "теги",
    "ндагы",
    "ндеги",
    "лары",
    "нан",
    "нен",
    "лган",
    "лген",
    "лған",
    "ылған",
    "лардан",  # ablative: "традиционный формалардан ба"
    "лерден",
    "ілген",
    "урайды",  # present: сұрайды typed "сурайды", қарайды (not the Russian "слайды", "прайды", "инсайды")
    "арайды",
    "ылады",  # passive present: айтылады, жазылады, беріледі
    "іледі",
    "ылади",
    "иледи",
)
_RU_ENDINGS = (
    "ется",
    "ются",
    "ается",
    "яется",
    "ают",
    "яют",
    "уют",
    "ует",
    "ого",
    "его",
    "ому",
    "ему",
    "ыми",
    "ими",
    "ость",
    "ости",
    "ение",
    "ения",
    "ание",
    "ания",
    "ный",
    "ная",
    "ное",
    "ные",
    "ных",
    "ский",
    "ская",
    "ское",
    "ские",
    "ских",
    "лось",
    "лся",
    "лась",
    "лись",
    "ешь",
    "ишь",
    "ите",
    "айте",
    # inflections no Kazakh word ends in, typed without Kazakh letters or not: the Russian
    # word of a bare phrase says it is Russian ("ключевые слова", "политической системой")
    "ые",
    "ый",
    "ая",
    "ой",
    "ую",
    "ами",
    "ями",
    "ах",
    "ях",
    "ться",
    "ит",
    "ят",
)
_KK_LATIN_ENDINGS = (
    "syn",  # "qorytyndysyn", "andatpasyn": its conclusion, its abstract (the object)
    "dyn",
    "nyn",
    "tyn",
    "dagy",
    "degi",
    "tagy",
    "tegi",
    "lary",
    "leri",
    "dary",
    "deri",
    "larga",
    "lerge",
    "lardyn",
    "lerdin",
    "degenimiz",
    "teri",  # enbekteri ("-tary" is English too: military, parliamentary)
)
# Russian words that frame a question: in a message mixing Russian and Kazakh, they vote for Russian.
_RU_FRAME = (
    RU_STOP
    | frozenset(
        [
            "называется",
            "называют",
            "значит",
            "понять",
            "понимать",
            "означает",
            "написано",
            "пишет",
            "говорит",
            "сказано",
            "сказал",
            "мало",
            "много",
            "объясни",
            "объясните",
            "расскажи",
            "дай",
            "дайте",
            "какое",
            "какую",
            "каком",
            "кому",
            "чему",
            "чем",
            "это",
            "такой",
            "такая",
            "такие",
            "этот",
            "эта",
            "эти",
        ]
    )
) - frozenset(
    ["не", "эссе", "автор", "давай", "а", "да", "и", "о", "у", "в", "с", "к", "бы", "ал", "ма"]
)  # words Kazakh uses too


_RU_FUNCTION_WORDS = frozenset(["и", "в", "во", "с", "со", "к", "о", "об", "у", "на", "по", "для", "из", "от", "или"])


def _russian_word(word: str) -> bool:
    return word in _RU_FRAME or (len(word) >= 5 and word.endswith(_RU_ENDINGS))


def _kazakh_word(word: str) -> bool:
    return (
        not KAZAKH_ONLY_LETTERS.isdisjoint(word) or word in _KK_CYRILLIC_HINTS or (len(word) >= 6 and word.endswith(_KK_ENDINGS))
    )


_RU_FILLERS = frozenset(
    ["вообще", "ваще", "вобще", "короче", "кароче", "кароч", "типа", "кстати", "просто", "блин", "инфа", "инфу", "инфы", "инфо"]
)
# asking for it short, and please: Kazakh speakers say them too ("аннотацияда не айтылған? кратко плиз" is Kazakh), but
# with Kazakh terms alone they are the Russian of the message ("саяси жаңғыру кратко плиз", "қорытынды кратко пж")
_RU_SHORT_PLEASE = frozenset(["кратко", "коротко", "плиз", "плз", "пж", "пжл", "пжлст"])
_RU_LOAN_CASES = ("ации", "ациям", "ациях", "атии", "тиям", "ийной", "ийные")  # модернизации, демократии, партийной


@lru_cache(maxsize=65536)
def _cyrillic_vote(word: str) -> str | None:
    """The language a Cyrillic-script word votes for: Kazakh, Russian or neither."""
    if _kazakh_word(word):
        return "kk"
    if word in _RU_FILLERS or word in _RU_SHORT_PLEASE:
        return None  # "конституцияга озгерис не озгертти вообще": Kazakh speakers say them too
    if len(word) >= 5 and word.endswith(_RU_LOAN_CASES):
        return "ru"  # a loanword in a Russian case ("алгоритм модернизации"): Kazakh's own is "модернизацияның"
    if _russian_word(word) and lexicon().kazakh_term(surface_form(word, "kk"), surface_form(word, "ru")):
        return "kk"  # a Kazakh term typed without its letters, whatever its ending looks like ("тизими")
    return "ru" if _russian_word(word) else None


TERMS_ALONE_WORDS = 3  # "national concept", "национальная концепция": a term, not yet a sentence (knowledge.reply_language too)
_RU_VERB_ENDINGS = ("ть", "ти", "ся", "сь", "ет", "ит", "ют", "ат", "ят", "ут", "ешь", "ишь", "ем", "им", "ай", "ой", "и")


def russian_terms_alone(text: str) -> bool:
    """Whether a message is a term alone in Russian words ("политическое развитие", "ключевые слова"), which a Kazakh
    student types too."""
    found = _WORD.findall(clean(text).casefold())
    votes = [vote for vote in map(_cyrillic_vote, found) if vote is not None]
    return has_cyrillic(text) and "ru" in votes and "kk" not in votes and _russian_terms_alone(found)


def _russian_terms_alone(found: list[str]) -> bool:
    """Whether Cyrillic words are a Russian term or name alone: at most TERMS_ALONE_WORDS words, none a function,
    asking, framing or filler word, nor a verb by its ending ("перечисли ключевые")."""
    return 0 < len(found) <= TERMS_ALONE_WORDS and not any(
        w in RU_STOP
        or w in RU_ASKING
        or w in _RU_FRAME
        or w in _RU_FILLERS
        or w in _CYRILLIC_ASKING_MORE
        or w.endswith(_RU_VERB_ENDINGS)
        or not w.isalpha()
        for w in found
    )


def detect_language(text: str, hint: str | None = None) -> str:
    """The language of a short message: 'en', 'ru' or 'kk' (see `language_of`)."""
    return language_of(text, hint)[0]


# Russian typed in Latin letters ("chto takoe politicheskaya modernizaciya"): these words say so,
# and its words are read back into Cyrillic (the common phone spellings) to be matched as Russian.
_RU_LATIN_ASKING = frozenset(
    [
        "chego",
        "chto",
        "eto",
        "gde",
        "kak",
        "kakaya",
        "kakie",
        "kakoe",
        "kakoi",
        "kakoy",
        "kakoj",
        "kakuyu",
        "kakih",
        "kogda",
        "kto",
        "obyasni",
        "obyasnite",
        "nazovi",
        "opishi",
        "oznachaet",
        "perechisli",
        "pochemu",
        "podskazhi",
        "rasskazhi",
        "skolko",
        "takaya",
        "takoe",
        "takoi",
        "takoy",
        "vobshe",
        "voobshche",
        "voobshe",
        "zachem",
        "znachit",
    ]
)
_RU_LATIN_HINTS = _RU_LATIN_ASKING | frozenset(
    [
        "avtor",
        "avtora",
        "chem",
        "dlya",
        "dolzhen",
        "dolzhna",
        "dolzhny",
        "etot",
        "ili",
        "kakim",
        "kogo",
        "mozhno",
        "nuzhno",
        "pro",
        "statya",
        "statye",
        "tekste",
    ]
)
# Kazakh and Russian asking words as students type them in Latin letters in an English message
# (not "kim", "jane": names in English)
_LATIN_ASKING = (
    _KK_LATIN_ASKING
    | _RU_LATIN_ASKING
    | frozenset(
        [
            "aitip",
            "aitshi",
            "bershi",
            "eshe",
            "korotko",
            "kratko",
            "kyskasha",
            "ochen",
            "ponyat",
            "qysqasha",
            "slushai",
            "slushay",
            "tolko",
            "tozhe",
            "tusindir",
            "tusindirip",
            "tusindirshi",
            "vkratce",  # вкратце: "main claim vkratce pls" had kept only this word
            "vkratse",
            "vrode",
        ]
    )
)
# Russian inflections typed in Latin letters that no English or Kazakh word of five letters or more
# ends in: "industrialnyh obshestv", "uspeshnoi modernizacii", "enciklopedicheskiy" (not a bare "-ii":
# "Avrelii", "XVIII", "Hawaii")
_RU_LATIN_ENDINGS = (
    # a verb in -ывает/-ивает ("on nazyvaet", "avtor opisyvaet"; not "otvechaet", "rabotaet", said of the bot, nor a noun
    # in -ность: Kazakh takes "stabilnost" as a loan)
    "yvaet",
    "ivaet",
    # nouns in -ение/-ание and adjectives in -нное/-ское as typed ("izmenenie", "kachestvennoe")
    "enie",
    "anie",
    "eniye",
    "eniya",
    # a noun in -ость after "with" ("so stabilnostyu", "s otvetstvennostyu")
    "ostyu",
    "nnoe",
    "skoe",
    "ovoe",
    "yh",
    "ykh",
    "ogo",
    "aya",
    "oye",
    "nyi",
    "nyy",
    "niy",
    "skiy",
    "skij",
    "skie",
    "tsya",
    "acii",
    "icii",
    "tii",
    "kii",
    # nouns in -цию, adjectives in -ной, imperatives in -жи ("annotaciyu", "socialnoi", "pereskazhi"); not -ция,
    # which Kazakh spells alike ("modernizaciya neden bas tartady")
    "ciyu",
    "tsiyu",
    "noi",
    "azhi",
    "skoi",  # -ской ("sovetskoi modeli")
)
_RU_LATIN_MORE_HINTS = frozenset(
    [
        "po",
        "li",
        "zhe",
        "tam",
        "vrode",
        "kratko",
        "korotko",
        "eshe",
        "uzhe",
        "ochen",
        "nado",
        "mne",
        "tozhe",
        "tolko",
        "daj",
        "skazhi",
        "napishi",
        "texte",
        "chemu",
    ]
)
_RU_LATIN_SAME = re.compile(r"\b(?:odno|odin|odna|odni) i (?:to|tot|ta|te) (?:zhe|zh|je)\b")
_RU_LATIN_PAIRS = (
    ("shch", "щ"),
    ("sch", "щ"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ts", "ц"),
    ("yu", "ю"),
    ("ya", "я"),
    ("yo", "ё"),
    ("ye", "е"),
    ("iu", "ю"),
    ("ia", "ия"),
)
_RU_LATIN_LETTERS = str.maketrans("abvgdezijklmnoprstufhcwxq'", "абвгдезийклмнопрстуфхцвхкь")
_RU_E_WORDS = frozenset(["esli", "ego", "eyo", "est", "eshe", "eshche", "ee", "emu", "edin", "edinyi"])


@lru_cache(maxsize=4096)
def russian_from_latin(word: str) -> str:
    """A Russian word typed in Latin letters, in Cyrillic: "politicheskaya" -> "политическая"."""
    head = "э" if word.startswith("e") and word not in _RU_E_WORDS else ""
    rest = word[1:] if head else word
    for latin, cyrillic in _RU_LATIN_PAIRS:
        rest = rest.replace(latin, cyrillic)
    out: list[str] = []
    for i, ch in enumerate(rest):
        if ch == "y":  # й after a vowel ("takoy", "kakoi" below), else ы
            out.append("й" if i and out[-1] in "aeiouаеёиоуыэюя" else "ы")
        else:
            out.append(ch)
    word = "".join(out).translate(_RU_LATIN_LETTERS)
    word = re.sub(r"([аоыи])и$", r"\1й", head + word)  # -oi, -ai, -yi, -ii: -ой, -ай, -ый, -ий
    return re.sub(r"([аяеуо])е(?:ц|тс)я?а?$", r"\1ется", word)  # "nazyvaetsa", "menyaetsya": -ается, -яется


def russian_reading(text: str) -> str:
    """A message of Russian typed in Latin letters, in Cyrillic, word by word ("privet) ty pomozhesh?" -> "привет) ты
    поможеш?"): close enough for the dialogue acts' phrases, which forgive a letter."""
    return re.sub(r"[a-z]+", lambda found: russian_from_latin(found.group()), text.casefold())


RU_ASKING = frozenset(  # question words: which language asks (and where a second question starts, knowledge.parts)
    [
        "что",
        "чё",
        "че",
        "шо",
        "почему",
        "зачем",
        "где",
        "кого",
        "чьи",
        "чей",
        "чья",
        "какой",
        "какая",
        "какие",
        "какое",
        "каким",
        "как",
        "когда",
        "сколько",
        "кто",
    ]
)
KK_ASKING = frozenset(
    [
        "қандай",
        "кандай",
        "қалай",
        "калай",
        "неге",
        "қашан",
        "кашан",
        "кім",
        "ким",
        "кым",
        "кімнің",
        "кимнин",
        "кімге",
        "кимге",
        "кімді",
        "кимди",
        "кімнен",
        "кимнен",
        "қайда",
        "кайда",
        "қанша",
        "канша",
        "неше",
        "нені",
        "нени",
        "немен",
        "деген",
        "дегеніміз",
        "дегенимиз",
        "ма",
        "ме",
        "ба",
        "бе",
        "па",
        "пе",
    ]
)


EN_ASKING = frozenset(["what", "whats", "why", "how", "who", "which", "when", "where", "explain", "describe", "define"])
ASKING = EN_ASKING | RU_ASKING | KK_ASKING  # asking words of any language
_CYRILLIC_ASKING_MORE = frozenset(
    [
        "значит",
        "означает",
        "чего",
        "объясни",
        "объясните",
        # asking for a list or a name: "назови three main dimensions of political development пжл" is asked in Russian
        "назови",
        "назовите",
        "перечисли",
        "перечислите",
        "расскажи",
        "опиши",
        "поясни",
        "перескажи",
        "чем",
        "чём",
        "смысл",
        "айтшы",
        "түсіндір",
        "түсіндірші",
        "түсіндіріп",
        "айтып",
        "не",
        "туралы",
        "мағынасы",
        "білдіреді",
    ]
)


_ASKING_ANY = ASKING | _CYRILLIC_ASKING_MORE | {"чему", "чем", "кому", "каком", "какой"}


# asking in Russian, for the language of a message: "чем отличаются" too (knowledge.parts leaves "чем" out of RU_ASKING:
# as "than" it starts no second question), and the forms of "чей" that RU_ASKING lacks
_RU_ASKING_HERE = RU_ASKING | {"чем", "чём", "чьё", "чье", "чьих"}
_RUSSIAN_FRAME = 2  # Russian words or asking words that frame a question naming the concepts by Kazakh terms
_RU_TAGS = frozenset(["верно", "согласен", "согласна", "согласны", "правильно", "правда"])  # "…, верно?" asks in Russian


def _kazakh_terms(found: list[str]) -> list[bool]:
    """Which words are Kazakh terms of the lexicon's concepts ("саяси", "жаңғыру", "индустриялық"), read as matching
    reads a word (`analyze_word`)."""
    return [is_concept(analyze_word(w, "kk")[1]) for w in found]


# Kazakh particles that students from Kazakh-speaking homes add to Russian sentences: the question "ма", "ба",
# "па" and their pairs, "ғой", "ғана", "қой", "ше"
_KK_PARTICLES = frozenset(["ма", "ме", "ба", "бе", "па", "пе", "ғой", "гой", "ғана", "гана", "қой", "ше"])
_KK_LIGHT_VERB = re.compile(r"ет(?:ші|іп|іңіз|іңізші|сеңіз|сеңші)|жаса(?:шы|ңыз|ңызшы)")  # not a bare "ет", "жаса"


_EN_QUESTION_START = re.compile(
    rf"(?:^|[?!.;:(])\s*(?:{'|'.join(map(re.escape, sorted(EN_ASKING, key=len, reverse=True)))})\b"
    # (an asking word after a comma opens a relative clause: "…, which is characterized by …", "…, who lived …")
    r"|(?:^|[?!.;:,(])\s*(?:is|are|was|were|do|does|did|can|could|should|has|have)\s+(?:they|it|the|this|these|he|she|there)\b"
)


_EN_ASKS = EN_ASKING | frozenset(["whose", "list", "meaning"])  # English asking and requesting words
_KK_LATIN_TERM_WORDS = frozenset(["degen"])  # "X degen": what is called X, said of a term


# Kazakh grammar in Latin letters around an English verb: a light verb ("define etip ber", "describe etshi"), "men"
# (and), a possessive or genitive ending ("rolin", "ayirmashylygy")
_KK_LATIN_GRAMMAR = re.compile(
    r"et(?:ip|shi|sh|ingiz|iniz)|ber(?:shi|ingiz|iniz)?|jasa\w*|zhasa\w*|men|pen|ben|\w{2,}(?:ygy|igi|in|yn)"
)


def _asked_in_english_of_kazakh_terms(found: list[str]) -> bool:
    """Whether a message in Latin letters asks in English words of terms it names in Kazakh: an English asking word,
    every word that votes for Kazakh a Kazakh term by its own vocabulary (or "degen" after one), and no Kazakh grammar
    around them; not "sayasi partiya role", "sayasi zhangyru degen ne", "sayasi damu kriteriileri list pls", "sayasi
    damu define etip ber"."""
    if not any(w in _EN_ASKS for w in found):
        return False
    if any(_KK_LATIN_GRAMMAR.fullmatch(w) for w in found if w not in _EN_ASKS and w not in EN_STOP):
        return False
    return all(
        w in _KK_LATIN_TERM_WORDS
        or (w in _KK_LATIN_HINTS and lexicon().kazakh_term(surface_form(w, "kk"), surface_form(w, "ru")))
        for w in found
        if (w in _KK_LATIN_HINTS and w not in _LATIN_LOANS) or (len(w) >= 6 and w.endswith(_KK_LATIN_ENDINGS))
    )


def _asks_in_english(lowered: str, found: list[str], latin: list[str]) -> bool:
    """Whether an English sentence with a Russian or Kazakh phrase inside asks in English: a clause opening with an
    English asking word, or with an auxiliary and one of "they", "it", "the", "this", "these", "he", "she", "there" ("why
    author mentions …", "… в чем разница? are they equal"; not "Democracy is the basis … деп неге айтады"), with another
    English function word, and no Russian or Kazakh asking word, request or light verb after its last Latin word ("how
    does he define modernization, түсіндіріп берші", "…, что думаешь?", "the state should be ruled by those, who are
    elected, кто сказал" ask in Russian or Kazakh)."""
    last = max(i for i, w in enumerate(found) if not _CYRILLIC.search(w))
    after = found[last + 1 :]
    if any(
        w in RU_ASKING
        or (w in KK_ASKING and w not in _KK_PARTICLES)  # "… is it mistake? (қате ме)": a tag
        or w in _CYRILLIC_ASKING_MORE
        or _KK_LIGHT_VERB.fullmatch(w)
        for w in after
    ):
        return False
    return bool(_EN_QUESTION_START.search(lowered)) and sum(w in EN_STOP or w in EN_ASKING for w in latin) >= 2


_SENTENCE_BREAK = re.compile(r"(?<=[?!.])\s+")
# a sentence that asks: a question mark, or a Kazakh request last ("Кілт сөздерді атап беріңізші."; not a noun that ends
# alike: "жазушы", "оқушы", "басшы")
_ASKED = re.compile(
    r"\?\W*$|\b(?:бер|айт|түсіндір|тусиндир|ата|көрсет|корсет|жаз)\w*(?:шы|ші|ңыз|ңіз|ңызшы|ңізші|ңызды|ңізді)\W*$"
)


def _asked_then_said_again(lowered: str, hint: str | None) -> str | None:
    """The language of a question asked in Russian or Kazakh and said once more, or made clearer, in the other
    ("саяси модернизация деген не? что такое политическая модернизация", "Кілт сөздерді атап беріңізші. Ключевые слова
    перечислите"): the one it was asked in first. The first sentence that asks about something of the essay (one of the
    lexicon's concepts) decides; a greeting or a sentence that tells before it does not ("Сәлеметсіз бе! Что такое
    модернизация?", "Мен партиялар туралы бөлімді оқыдым. Что эссе говорит о партиях?"). Sentences end at "?", "!" or
    "." before a space here (knowledge.sentences, which knows abbreviations, reads through this module): a sentence cut
    after "т.е." asks nothing and is passed over."""
    sentences = [sentence for sentence in _SENTENCE_BREAK.split(lowered) if sentence]
    # (most messages are one sentence, or in one of the two languages: nothing to read)
    if len(sentences) < 2 or {vote for vote in map(_cyrillic_vote, _WORD.findall(lowered)) if vote} != {"ru", "kk"}:
        return None
    for at, sentence in enumerate(sentences[:-1]):
        words = _WORD.findall(sentence)
        if not _ASKED.search(sentence):  # a sentence that tells ("Жазушы Белл … туралы жазды.", "Я знаю, что …")
            continue
        lang, certain = language_of(sentence, hint)
        asked = {token for _, token in terms(sentence, lang) if is_concept(token)}
        if not asked:
            continue
        rest = " ".join(sentences[at + 1 :])
        again, decided = language_of(rest, hint)
        votes = [vote for vote in map(_cyrillic_vote, words) if vote is not None]
        said = {token for _, token in terms(rest, again) if is_concept(token)}
        # in one language, or asked in Kazakh with a word that is a Kazakh possessive too ("авторы кім?": "автор-ы")
        russian_looking = [w for w in words if _cyrillic_vote(w) == "ru"]
        own = (
            lang == "kk" and any(w in KK_ASKING for w in words) and len(russian_looking) == 1 and russian_looking[0].endswith("ы")
        )
        if certain and decided and {lang, again} == {"ru", "kk"} and (set(votes) == {lang} or own) and said <= asked:
            return lang
        return None
    return None


def _asks(text: str) -> bool:
    """Whether a text has an asking word of any of the three languages ("к чему приводит …", "что в приоритете …")."""
    return any(w in _ASKING_ANY for w in _WORD.findall(text))


MOSTLY_KAZAKH = 3  # Kazakh words to each Russian one (and at least this many) that make a mixed message Kazakh


def _english_words(found: list[str]) -> int:
    """How many words are English: a stop word ("i" may be Russian "и") or an English term of the lexicon, not a loan
    nor a Russian or Kazakh term it also spells in Latin letters ("modernizatsiya")."""
    return sum(
        w not in _LATIN_LOANS
        and (
            (w in EN_STOP and len(w) > 1)
            or (lexicon().token(w, "en") is not None and not lexicon().kazakh_term(surface_form(w, "kk"), surface_form(w, "ru")))
        )
        for w in found
    )


_KK_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің|нын|нин|дын|дин|тын|тин)$")


@lru_cache(maxsize=4096)  # a message's language is read by each step that reads it
def language_of(text: str, hint: str | None = None) -> tuple[str, bool]:
    """The language of a short message, and whether its own words decided it.

    In Cyrillic, words with Kazakh-only letters, Kazakh question words or Kazakh endings vote for
    Kazakh, Russian function words for Russian (a message mixing the two is answered in the
    language that frames it, but a question asked in one and said again in the other in the next sentence in the
    first: `_asked_then_said_again`; Kazakh's "деп" after Russian words asks in Kazakh); in Latin letters, Kazakh words or endings mean Kazakh. A `hint`
    (the user's choice or Telegram's language_code) only settles what the words leave open — but for a term alone in
    Russian words ("ключевые слова"): Russian, not decided by its words, and answered in Kazakh only after the
    student's Kazakh questions (knowledge.answers), never for Telegram's language alone.
    """
    lowered = clean(text).casefold().replace("обьясн", "объясн")  # "обьясни": the hard sign typed as the soft one
    # (a guess after a question that asks: "эссе сложное? Аннотация бар ма" is a remark, then a Kazakh question)
    guess = GUESS_AFTER.search(lowered)  # "а к чему приводит … существование партий? конфликттер ма": the question's
    if guess is not None and guess.start() > 0 and _asks(lowered[: guess.start()]):
        asked = language_of(lowered[: guess.start()], hint)
        if asked[1]:
            return asked
    said_again = _asked_then_said_again(lowered, hint)
    if said_again is not None:
        return said_again, True
    has_cyrillic = bool(_CYRILLIC.search(lowered))
    has_latin = bool(_LATIN.search(lowered)) or not _KAZAKH_LATIN_ANY.isdisjoint(lowered)
    found = _WORD.findall(lowered)
    if has_cyrillic and has_latin:  # "why parties make conflicts? короче explain": English with a Russian filler
        latin = [w for w in found if not _CYRILLIC.search(w)]
        # the language of the last asking word frames it: "people as the basis of power что значит" is
        # asked in Russian, "what is саяси жаңғыру" in English
        asking = [
            "en" if w in EN_ASKING else "cyrillic"
            for w in found
            if w in EN_ASKING or w in RU_ASKING or w in KK_ASKING or w in _CYRILLIC_ASKING_MORE
        ]
        mostly_latin = len(latin) >= 2 * (len(found) - len(latin))
        # …but an English sentence with a Russian or Kazakh phrase inside is English ("why author mentions Marcus
        # Aurelius, какое отношение to modernization"; "… vs political development, в чем разница? are they equal"):
        # it asks in English words of its own and has twice as many Latin words
        if mostly_latin and _asks_in_english(lowered, found, latin):
            return "en", True
        if asking and asking[-1] == "en":
            # …an English verb that a Kazakh light verb conjugates asks in Kazakh ("… туралы explain етші пж")
            last = max(i for i, w in enumerate(found) if w in EN_ASKING)
            return ("kk" if last + 1 < len(found) and _KK_LIGHT_VERB.fullmatch(found[last + 1]) else "en"), True
        if not asking and mostly_latin and sum(w in EN_STOP for w in latin) >= 2:
            return "en", True
    if has_cyrillic:
        # Russian and Kazakh in one message: the language that asks is the one that frames it
        # ("саяси институттарға что относится" is Russian; "айырмашылығы какая … арасында" is not decided so).
        # …unless the message is Kazakh but for a word or two ("Белл кітабының аты какой? екі рет жазылған
        # сияқты"): three Kazakh words to each Russian one.
        votes = [vote for vote in map(_cyrillic_vote, found) if vote is not None]
        if any(w in _RU_SHORT_PLEASE for w in found) and all(
            term for w, term in zip(found, _kazakh_terms(found), strict=True) if _cyrillic_vote(w) == "kk"
        ):
            votes = [vote for w in found if (vote := _cyrillic_vote(w) or ("ru" if w in _RU_SHORT_PLEASE else None))]
        kazakh, russian = votes.count("kk"), votes.count("ru")
        # a word after a Kazakh genitive is its possessed noun, Kazakh ("эссенің авторы", "мәтіннің авторы"), though
        # its form is Russian too
        possessed = sum(
            1
            for before, word in pairwise(found)
            if _KK_GENITIVE.search(before)
            and _cyrillic_vote(before) == "kk"
            and _cyrillic_vote(word) == "ru"
            and word.endswith(("ы", "і", "и"))
        )
        kazakh, russian = kazakh + possessed, russian - possessed
        # a term alone in Russian words ("политическое развитие", "ключевые слова"): Russian, but Kazakh students type
        # the Russian terms too, so the words leave open whose (knowledge.answers: the chat's language says)
        if russian and not kazakh and _russian_terms_alone(found):
            return "ru", False
        # a Russian question with a Kazakh particle tacked on ("в законе демократические принципы закреплены ма",
        # "главная мысль эссе одним предложением ғана"): the particle is a habit of speech, the question is Russian;
        # not Kazakh typed without its letters ("реально дурыс модернизация алеуметтик шиеленисти азайта ма")
        if (
            russian
            and all(w in _KK_PARTICLES for w in found if _cyrillic_vote(w) == "kk")
            and not any(lexicon().kazakh_term(surface_form(w, "kk"), surface_form(w, "ru")) for w in found)
        ):
            return "ru", True
        # a Russian question that names the essay's concepts by their Kazakh terms ("возможна ли жаңғыру без
        # индустриялық-инновациялық даму?", "саяси партиялар чьи мүдделер представляют?"): Russian frames it, by two of
        # its words or asking words at least; not a Kazakh question, asked with its particle ("даму тек экономикалық
        # өсуге байланысты ма или свобода тоже важна")
        if kazakh and russian + sum(w in _RU_ASKING_HERE and _cyrillic_vote(w) is None for w in found) >= _RUSSIAN_FRAME:
            term = _kazakh_terms(found)
            if all(term[i] for i, w in enumerate(found) if _cyrillic_vote(w) == "kk"):
                return "ru", True
        if kazakh >= MOSTLY_KAZAKH and kazakh >= MOSTLY_KAZAKH * russian:
            return "kk", True
        asking = [lang for w in found for lang, words in (("ru", _RU_ASKING_HERE), ("kk", KK_ASKING)) if w in words]
        # Kazakh's quotative "деп" after words in Russian asks about them as "деген" does ("качественное изменение
        # политической системы деп не айтылады"), when nothing Russian follows it ("… деп жазылған, это норм?")
        # (or a Russian tag question: "… деп, верно?")
        if "деп" in found:
            after = found[len(found) - found[::-1].index("деп") :]  # the words after its last "деп"
            if not any(_cyrillic_vote(w) == "ru" or w in _RU_TAGS for w in after):
                asking.append("kk")
        if asking and len(set(asking)) == 1:
            return asking[0], True
        if kazakh != russian:
            return ("kk" if kazakh > russian else "ru"), True
        if votes:  # as many of each: the language of the last one, which frames the question
            return votes[-1], True
        # no word frames it: Kazakh's own terms typed without its letters ("элеуметтик шиеленис")
        if any(lexicon().kazakh_term(surface_form(w, "kk"), surface_form(w, "ru")) for w in found):
            return "kk", True
        # nothing else says: Russian's conjunctions and prepositions, which Kazakh has no use for
        # ("связь развития и свободы")
        if any(w in _RU_FUNCTION_WORDS for w in found):
            return "ru", True
        # "демократия не": a question ending in "не" is Kazakh's "what"; Russian's "not" never ends one
        if len(found) > 1 and found[-1] == "не":
            return "kk", True
        return ("kk" if hint == "kk" else "ru"), False
    if has_latin:
        loans = sum(w in _LATIN_LOANS for w in found)
        kazakh = sum(
            (w in _KK_LATIN_HINTS and w not in _LATIN_LOANS) or (len(w) >= 6 and w.endswith(_KK_LATIN_ENDINGS)) for w in found
        )
        english = sum(w in EN_STOP for w in found)
        kazakh_letters = not _FOREIGN_LATIN.search(lowered) and (
            not KAZAKH_LATIN_LETTERS.isdisjoint(lowered) or (not KAZAKH_ACUTE_VOWELS.isdisjoint(lowered) and english < 2)
        )
        russian = sum(
            w in _RU_LATIN_HINTS or w in _RU_LATIN_MORE_HINTS or (len(w) >= 5 and w.isalpha() and w.endswith(_RU_LATIN_ENDINGS))
            for w in found
        )
        # "одно и то же" (the same) in Latin letters, whose "i" and "to" are no English: "… eto odno i to zhe?" (not among
        # English words: "Is modernization = development? odno i to zhe?")
        if _RU_LATIN_SAME.search(lowered) and all(w in ("i", "to") for w in found if w in EN_STOP):
            russian, english = russian + 2, english - 2
        # "tema esse kakaya", "demokratiya chto eto": a loan both spell alike in a Russian question
        # one Russian-looking word among English ones is not enough ("Himalaya of modernization"); "i" may be Russian "и"
        russian_enough = russian >= 2 or not any(w in EN_STOP and len(w) > 1 for w in found)
        if not kazakh_letters and russian > kazakh and not (english >= 2 and english > russian) and russian_enough:
            return "ru", True
        # "people source of power demokratiya": a loan both spell alike among English words is English
        if not kazakh_letters and not kazakh and loans and _english_words(found) >= max(2, loans + 1):
            return "en", True
        # …but asked in English words, the Kazakh words only its terms: "sayasi zhangyru degen what is?", "sayasi partiya
        # whose interests represent?", "sayasi damu three dimensions list pls"
        if not kazakh_letters and kazakh and english and _asked_in_english_of_kazakh_terms(found):
            return "en", True
        # a Kazakh term in an English question ("sayasi partiya role")
        if kazakh_letters or (kazakh + loans and not (english >= 2 and english > kazakh + loans)):
            return "kk", True
        if russian and not (english >= 2 and english > russian) and russian_enough:  # "is the essay pro parties": English "pro"
            return "ru", True
        return "en", False
    return (hint if hint in ("en", "ru", "kk") else "en"), False
