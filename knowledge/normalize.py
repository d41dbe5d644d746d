"""Text normalization for matching, per language, and the language of a message.

- English: NFKC, case folding, punctuation removed, stop words dropped, Snowball stems.
- Russian: the same with Russian stop words and the Snowball Russian stemmer; ё → е.
- Kazakh: no stemmer exists, so Cyrillic and Latin (the 2021 alphabet and informal
  spellings) are folded into one loose Latin "skeleton", then a few common suffixes are
  stripped; fuzzy word matching absorbs what is left.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from importlib import resources

import snowballstemmer
import yaml

KAZAKH_ONLY_LETTERS = set("әғқңөұүһі")
KAZAKH_LATIN_LETTERS = set("äğıñöşūü")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-z]")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,60}>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")

MAX_QUERY_CHARS = 500  # longer messages are cut before matching: no question needs more

EN_STOP = frozenset(
    """a about above according after again all also am an and any are as at be been being both
    but by can could did do does doing done during each either else essay essays ever every
    for from further get gets give given had has have having he her here hers him his how i if
    in into is it its itself just kind let like me mean means meant more most my no nor not now
    of off on once only or other our out over own please said same say says she should so some
    such tell than that the their them then there these they thing this those through to too
    under until up us very was we were what whats when where which while who whom whose why
    will with would you your text author writer mentioned mention explain describe define
    briefly short main wat wht waht whta hwo whats wich plz pls discuss outline summarize
    summarise claim claims think thinks generally overall basically exactly""".split()
)

RU_STOP = frozenset(
    """а без бы был была были было быть в вам вас весь во вот все всё всего вы где да даже
    для до его ее её ей если есть еще ещё же за здесь и из или им их к как какая какие каким
    каких какой каков какова каковы когда кто ли либо мне мной мы на над надо не него нее неё
    нет ни них но ну о об однако он она они оно от по под при про с со так также такое там
    те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чья эта эти это
    этот я эссе автор автора авторы статья статье статьи текст тексте говорится сказано
    пожалуйста объясни объясните расскажи расскажите скажи скажите кратко почему зачем""".split()
)

# Kazakh stop words, written in the loose Latin skeleton (see `kazakh_skeleton`).
KK_STOP = frozenset(
    """jane jan men ben pen ne nege kim kimnin kandai kandaі kalai kai kaisy ma me ba be pa pe
    degen degenimiz degenіmіz dep bul osy sol ol olar biz siz sen men ushin turaly boiynsha
    boyinsha bar jok emes ba eken edi da de ta te gana tek ari birak nemese esse eseede eside
    maqala makala avtor avtordyn aityp ait aitynyz tusindir tusindiriniz kyskasha kandai kanday
    kaidan kashan nelikten""".split()
)

_EN_STEMMER = snowballstemmer.stemmer("english")
_RU_STEMMER = snowballstemmer.stemmer("russian")

_CYR_TO_SKELETON = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "k", "л": "l", "м": "m", "н": "n",
    "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
    "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_LATIN_TO_SKELETON = [
    ("zh", "j"), ("ä", "a"), ("ğ", "g"), ("ı", "y"), ("ñ", "n"), ("ö", "o"), ("ş", "sh"),
    ("ū", "u"), ("ü", "u"), ("q", "k"), ("w", "u"), ("x", "h"), ("c", "ts"), ("ie", "e"),
]
# Common Kazakh endings (plural, case, possessive), longest first, in skeleton form.
_KK_SUFFIXES = sorted(
    """lary leri dary deri tary teri larі lar ler dar der tar ter nyn nin dyn din tyn tin
    nan nen dan den tan ten ga ge ka ke na ne da de ta te ny ni dy di ty ti sy si men ben pen
    myz miz ymyz imiz y i""".split(),
    key=len,
    reverse=True,
)

_KK_LATIN_HINTS = frozenset(
    """degen degenimiz dep ne nege kim kandai qandai qanday kalai qalai turaly boiynsha
    boyinsha jane zhane sayasi saiasi sayasy partiyasy partiialar partiyalar kogam qogam
    memleket jangyru zhangyru damu demokratiya eken emes bolady boldy kandai ushin maqsaty
    makalada essede""".split()
)  # not names such as "Qazaqstan" or "Elbasy": English questions use them too
_KK_CYRILLIC_HINTS = frozenset(
    """деген дегеніміз дегенимиз неге кім ким қандай кандай қалай калай туралы бойынша және
    жане саяси жаңғыру жангыру қоғам когам мемлекет үшін ушин ма ме ба бе бола болады емес
    дегенді қазақстан казакстан елбасы партиялар партиясы даму дамуы""".split()
)


def clean(text: str) -> str:
    """NFKC, no control characters or HTML tags, single spaces, at most MAX_QUERY_CHARS."""
    text = unicodedata.normalize("NFKC", text or "")
    text = _CONTROL.sub(" ", _HTML_TAG.sub(" ", text))
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUERY_CHARS]


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


def words(text: str) -> list[str]:
    return _WORD.findall(clean(text).casefold())


def kazakh_skeleton(word: str) -> str:
    """Fold a Kazakh word in Cyrillic or Latin letters into a loose Latin form."""
    word = word.casefold()
    if _CYRILLIC.search(word):
        return "".join(_CYR_TO_SKELETON.get(ch, ch) for ch in word)
    for latin, skeleton in _LATIN_TO_SKELETON:
        word = word.replace(latin, skeleton)
    return word


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


def _surface(word: str, lang: str) -> str:
    """A word as compared: apostrophes trimmed, one spelling per language, synonyms folded."""
    word = word.replace("’", "'").strip("'-")
    if lang == "en":
        word = _BRITISH.sub(r"iz\1", word.removesuffix("'s"))
    elif lang == "ru":
        word = word.replace("ё", "е")
    else:
        word = kazakh_skeleton(word)
    return synonyms(lang).get(word, word)


def _stem(surface: str, lang: str) -> str:
    if lang == "en":
        return _EN_STEMMER.stemWord(surface)
    if lang == "ru":
        return _RU_STEMMER.stemWord(surface)
    return _strip_kazakh_suffix(surface)


_STOP = {"en": EN_STOP, "ru": RU_STOP, "kk": KK_STOP}


@lru_cache(maxsize=65536)
def analyze_word(word: str, lang: str) -> tuple[str, str, bool]:
    """(surface form, matching token, is a stop word) of one lower-case word."""
    surface = _surface(word, lang)
    return surface, _stem(surface, lang), surface in _STOP[lang]


# Ways of asking for a plain answer: they say nothing about the subject, so they are dropped
# as a whole (a word like "words" or "simple" alone may still matter).
_FILLER_PHRASES = re.compile(
    r"\b(?:in (?:very |really )?(?:simple|simpler|plain|easy|basic|layman'?s?|short|few|your own|my own|own|other)"
    r" (?:words|terms|language|english|way)|in a nutshell|simply put|for (?:dummies|beginners|a beginner|a kid)|eli5|in general|in short|in brief"
    r"|простыми словами|простым языком|своими словами|в двух словах|в кратце|вкратце"
    r"|өз сөзіңмен|өз сөзімен|қарапайым тілмен|қарапайым сөзбен|қарапайым сөзбен айтқанда"
    r"|oz sozinmen|oz sozimen|qarapaiym tilmen|karapaiym tilmen)\b",
    re.IGNORECASE,
)


def terms(text: str, lang: str) -> list[tuple[str, str]]:
    """(surface form, token) of each word of a text, in order, stop words removed.

    A text made only of stop words ("what is this essay about", "о чём эссе") keeps them
    all, so that it can still match phrasings that are just as short.
    """
    analyzed = [analyze_word(word, lang) for word in words(_FILLER_PHRASES.sub(" ", clean(text)))]
    analyzed = [(surface, token, stop) for surface, token, stop in analyzed if len(token) > 1 or token.isdigit()]
    kept = [(surface, token) for surface, token, stop in analyzed if not stop]
    return kept or [(surface, token) for surface, token, _ in analyzed]


def tokens(text: str, lang: str) -> list[str]:
    return [token for _, token in terms(text, lang)]


@cache
def synonyms(lang: str) -> dict[str, str]:
    """Word -> the word it stands for, from knowledge/data/synonyms.yaml (surface forms)."""
    data = yaml.safe_load(resources.files("knowledge").joinpath("data/synonyms.yaml").read_text(encoding="utf-8"))
    table = {}
    for canonical, variants in (data.get(lang) or {}).items():
        for variant in variants:
            table[variant.casefold()] = canonical.casefold()
    return table


def detect_language(text: str, hint: str | None = None) -> str:
    """The language of a short message: 'en', 'ru' or 'kk'.

    The message's own letters decide first (Kazakh-only letters, then Cyrillic vs Latin,
    then Kazakh words typed without special letters or in Latin); a `hint` (the user's
    choice or Telegram's language_code) only settles what the letters leave open:
    Cyrillic with no Kazakh marks (Russian unless the hint says Kazakh), or no letters.
    """
    lowered = clean(text).casefold()
    has_cyrillic = bool(_CYRILLIC.search(lowered))
    has_latin = bool(_LATIN.search(lowered)) or any(ch in KAZAKH_LATIN_LETTERS for ch in lowered)
    if any(ch in KAZAKH_ONLY_LETTERS for ch in lowered):
        return "kk"
    found = set(_WORD.findall(lowered))
    if has_cyrillic:
        if found & _KK_CYRILLIC_HINTS:
            return "kk"
        return "kk" if hint == "kk" else "ru"
    if has_latin:
        if any(ch in KAZAKH_LATIN_LETTERS for ch in lowered) or found & _KK_LATIN_HINTS:
            return "kk"
        return "en"
    return hint if hint in ("en", "ru", "kk") else "en"
