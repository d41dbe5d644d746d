"""Near-topic terms: words of several the essay never discusses ("civil society", "разделение
властей", "interest groups"), found in a question so that no entry merely sharing their words
answers it (knowledge.several); and a message that says of itself that it is off the essay's topic."""

from __future__ import annotations

import re

from rapidfuzz.distance import DamerauLevenshtein

from knowledge.intent import HOLDER
from knowledge.normalize import detect_language, has_cyrillic, names_the_essay, stems
from knowledge.schema import LANGUAGES

TYPO_MIN_LENGTH = 5  # a near-topic term's later words may carry one typo from this length


class NearTopic:
    """Terms of several words the essay never discusses ("civil society", "разделение властей"),
    found in a question by their stems in a row (not their concepts: "rule of law" is no
    "authorities and the legal…"), whatever the inflection or the word order of the rest; and terms
    whose words the essay's own texts use ("political science"), found only as all a question asks."""

    def __init__(self, terms: dict[str, list[str]], alone: dict[str, list[str]] | None = None):
        self._by_first: dict[str, dict[str, list[tuple[str, ...]]]] = {}  # lang -> first token -> terms
        # terms whose words the essay's own texts use ("political science" in its books' titles): asked alone
        self._alone = {lang: {tuple(stems(term, lang)) for term in found} for lang, found in (alone or {}).items()}
        self._defining = {lang: frozenset(stems(words, lang)) for lang, words in _DEFINING.items()}
        self._gapped: set[tuple[str, ...]] = set()  # terms with a word of their own between ("separation of powers")
        for lang, found in terms.items():
            for term in found:
                folded = tuple(stems(term, lang))
                # "который час" keeps only "час" once its stop word goes: one word alone would find "на 3 часа"
                if folded and (len(folded) > 1 or len(term.split()) == 1):
                    self._by_first.setdefault(lang, {}).setdefault(folded[0], []).append(folded)
                    if 1 < len(folded) < len(term.split()):
                        self._gapped.add(folded)

    def find(self, question: str) -> bool:
        if self._asked_alone(question) or _PARTY_NAME.search(question):
            return True
        # a term's words stand in one phrase: "группами, интересы которых…" is no "группы интересов"; nor
        # with a question word between them ("interests of which groups"), unless the term has a word there too
        # ("separation of which powers" is still the separation of powers)
        # a phrase that sets a term aside asks nothing of it (`_set_aside`)
        phrases = [phrase for phrase in _PHRASE_BREAK.split(question) if phrase.strip() and not _set_aside(phrase)]
        if any(self._in_phrase(phrase, gapped=True) for phrase in phrases):
            return True
        parts = [part for phrase in phrases for part in _QUESTION_BREAK.split(phrase) if part.strip()]
        return any(self._in_phrase(part) for part in parts)

    def _asked_alone(self, question: str) -> bool:
        """Whether a question asks only what a term asked alone is: "what is political science?", "что такое
        политология", "саясаттану дегеніміз не" (not "who wrote Political science", "Nysanbaev political science")."""
        for lang, terms in self._alone.items():
            defining = self._defining.get(lang, frozenset())
            asked = tuple(token for token in stems(question, lang) if token not in defining)
            if asked in terms:
                return True
        return False

    def _in_phrase(self, question: str, gapped: bool = False) -> bool:
        english = not has_cyrillic(question) and detect_language(question) == "en"
        for lang in LANGUAGES:
            starting = self._by_first.get(lang)
            if not starting:
                continue
            asked = tuple(stems(question, lang))
            holder = bool(_FORMER_HOLDER.search(question))
            for i, token in enumerate(asked):
                # "the former head of state", "первый президент": the essay's Elbasy, not today's (not "the first
                # opposition party", "the leader of the first opposition party")
                if i and _FORMER.fullmatch(asked[i - 1]) and holder:
                    continue
                found = starting.get(token, ())
                if gapped:
                    found = [term for term in found if term in self._gapped]
                if english and lang != "en":  # an English word read as Russian or Kazakh: "marks" is no "Маркс"
                    found = [term for term in found if len(term) > 1]
                found = [term for term in found if not _the_essays_own(question, asked, i, term)]
                if any(asked[i : i + len(term)] == term for term in found):
                    return True
                # a typo in a long word ("civil sociaty"): one edit, the first word exact
                if any(_close(asked[i + 1 : i + len(term)], term[1:]) for term in found):
                    return True
        return False


# what may stand beside a term asked alone: "define political science", "что изучает политология", "hi, what is
# polisci exactly?"
_DEFINING = {
    "en": "define definition meaning mean means study studies exactly briefly simply hi hello hey",
    "ru": "изучает определение значит означает кратко просто привет здравствуйте",
    "kk": "зерттейді анықтамасы анықтама мағынасы мағына қысқаша сәлем салем",
}


# the essay's own subjects in a textbook's words: the people under a democratic (political) regime are its "democratic
# political order" (not "what is a democratic political regime"), popular sovereignty its people as the source of power
# (not the state's sovereignty, "Қазақстанның егемендігі")
_REGIME = re.compile(r"regime\w*|реж\w*|rejim\w*")
_DEMOCRATIC = re.compile(r"democrat\w*|демократ\w*|demokrat\w*")
_PEOPLE = re.compile(r"\b(?:people|народ\w*|халық\w*|халык\w*|halyq\w*|halyk\w*)", re.IGNORECASE)
_SOVEREIGNTY = re.compile(r"sovereignt\w*|суверенитет\w*|egemend\w*")
_POPULAR_SOVEREIGNTY = re.compile(
    r"\b(?:popular sovereignty|sovereignty of the people|people'?s sovereignty|народн\w* суверенитет\w*"
    r"|суверенитет\w* народа|халық(?:тың)? егемендіг\w*|халык(?:тын)? егемендиг\w*)",
    re.IGNORECASE,
)


def _the_essays_own(question: str, asked: tuple[str, ...], i: int, term: tuple[str, ...]) -> bool:
    """Whether a near-topic term found at `i` of a question's stems names the essay's own subject: "Как … народ …
    при демократическом политическом режиме?", "popular sovereignty", "суверенитет народа"."""
    if any(_REGIME.fullmatch(word) for word in term):
        return bool(i and _DEMOCRATIC.fullmatch(asked[i - 1]) and _PEOPLE.search(question))
    if any(_SOVEREIGNTY.fullmatch(word) for word in term):
        return bool(_POPULAR_SOVEREIGNTY.search(question))
    return False


# a short phrase that sets a term aside: "(the essay's one, not Almond's)", "…, а не по Алмонду", "…, Алмондтікі емес"
# (not "а не подскажете, что такое правовое государство", "not clear what rule of law means here")
_SET_ASIDE = re.compile(r"^\s*(?:(?:and|but) )?not\b|^\s*(?:а|но) не\b|\bемес\s*$", re.IGNORECASE)
_SET_ASIDE_WORDS = 4


def _set_aside(phrase: str) -> bool:
    return _SET_ASIDE.search(phrase) is not None and len(phrase.split()) <= _SET_ASIDE_WORDS


_FORMER = re.compile(
    r"former|first|earlier|бывш\w*|перв\w*|прежн\w*|buryng\w*|tungysh\w*|birinsh\w*"
)  # stems; Kazakh in Latin letters
# a former or first office holder, as written: "former head of state", "первый президент", "тұңғыш президенті"
_FORMER_HOLDER = re.compile(
    rf"\b(?:{_FORMER.pattern}|previous|тұңғыш\w*|тунгыш\w*|бірінші\w*|биринши\w*|бұрынғы|бурынгы)\s+(?:\w+\s+)?"
    rf"(?:{HOLDER.pattern})",
    re.IGNORECASE,
)
# the name of one party: the essay names none ("what was the name of nazarbayevs party", "как называлась партия
# назарбаева", "Елбасының партиясы қалай аталады"; not "эссе про партии как называется", "как автор называет партии",
# "names of parties mentioned in the essay", which an entry answers: it names none)
_PARTY_NAME = re.compile(
    r"\bname of (?:the )?(?:nazarbay\w*|elbasy|his|her|ruling|president|main|kazakhstan)'?s? (?:ruling |main )?(?:political )?party\b|\b(?:nazarbay\w*|elbasy|his|the ruling|the president)'?s? party'?s name\b"
    r"|\bwhat (?:is|was) (?:nazarbay\w*|elbasy|his|the president|the ruling)'?s? party called\b"
    r"|\bкак (?:\w+ )?называ(?:ется|лась|лось) (?:его |её |ее |их )?партия\b|\bкак\w* (?:\w+ )?названи\w* у (?:его |её |ее |их )?партии\b"
    r"|\bпартиясы(?:ның|нын)? (?:аты|атауы|қалай аталады|калай аталады|қалай аталған|калай аталган)\b"
    r"|\bпартияның (?:аты|атауы)\b",
    re.IGNORECASE,
)
_PHRASE_BREAK = re.compile(r"[,;:.!?()«»\"“”—–]+")
# a question word between two words asks of the first what the second is: "interests of which groups"; and the
# interests of groups are what the essay's parties represent ("interests of some groups", "the interest of the
# groups"), not "interest groups" ("the pressure of some groups" is still pressure groups)
_QUESTION_BREAK = re.compile(
    r"\b(?:of|for|by)\s+(?:which|what|whose|whom)\b|(?:(?<=\binterest)|(?<=\binterests))\s+of\s+", re.IGNORECASE
)


def _close(asked: tuple[str, ...], term: tuple[str, ...]) -> bool:
    return len(asked) == len(term) and all(
        a == t or (len(t) >= TYPO_MIN_LENGTH and DamerauLevenshtein.distance(a, t, score_cutoff=1) <= 1)
        for a, t in zip(asked, term, strict=True)
    )


# the student's own word that what follows is not about the essay, opening the message: "Извините, совсем не по теме:
# как сварить борщ?", "sorry, a bit off topic: …", "тақырыптан тыс сұрақ: …" (not "does the essay go off topic")
_OFF_TOPIC = re.compile(
    r"(?:^|(?<=[.!?])\s)\W*(?:(?:sorry|excuse me|извините|простите|извини|прости|кешіріңіз|кешириниз|кешір|кешир)\W+)?"
    r"(?:(?:a bit|slightly|totally|kind of|совсем|немного|чуть|слегка|вопрос|сұрақ|сурак)\s+)*"
    r"(?:off[- ]?topic|offtop|не по теме|оф+топ\w*|тақырыптан тыс|такырыптан тыс"
    r"|(?:тақырыпқа|такырыпка|эссеге) (?:қатысы|катысы) (?:жоқ|жок))\b(?:\s+(?:сұрақ|сурак|вопрос|question))?"
    r"\s*(?:[:,;.!—–-]|$)",  # said, then the question ("не по теме ли абзац …?" asks whether it is; "… сұрақ емес")
    re.IGNORECASE,
)


def off_topic_rest(text: str) -> str | None:
    """What follows a sentence's opening word that it is off the essay's topic ("Извините, совсем не по теме: как
    сварить борщ?"), or None when the message says no such thing or the rest asks of the essay ("Offtop, but does the
    essay mention Nazarbayev?")."""
    found = _OFF_TOPIC.search(text)
    if found is None or names_the_essay(text[found.end() :]):
        return None
    return text[found.end() :]
