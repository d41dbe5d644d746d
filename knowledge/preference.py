"""Which of the matcher's close entries to answer when the question itself says: the one citing the
paragraph it names ("цитата Елбасы в 18 абзаце"); instead of the list of references, the reference of
the year it names ("the textbook from 2007"); in a tie between things it names ("куандык и нысанбаев"),
the first named; what a person says when asked so ("what did Bell say", "Беллдің негізгі ойы"), and who
the person is when asked their name ("американец, который писал про индустриальное общество, как его звали"), and the
person named where the best phrasing asks "whose" ("Елбасының қандай сөзі келтірілген"); not the entry of what the
question sets aside ("кроме Марка Аврелия"). Each takes a match result and gives one, answered by that entry."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from knowledge.lexicon import is_concept
from knowledge.matcher import ANSWER_SCORE, CLEAR_SCORE, MIN_MARGIN, SUGGEST_SCORE, Candidate, MatchResult
from knowledge.normalize import EN_ASKING, RU_ASKING, YEAR, clean, lexicon, names_term, terms
from knowledge.normalize import words as message_words
from knowledge.parts import ASKS_NAME

PARAGRAPH_CANDIDATES = 5  # "… in paragraph 18": the leading entries looked at for one citing it
PARAGRAPH_CANDIDATE_SCORE = 40.0  # and how close it must be (a suggestion's score)


def citing(result: MatchResult, cited: list[str]) -> MatchResult:
    """The result answered by the best of its leading entries that cites the paragraph asked about."""
    if not cited or result.entry_id in cited:
        return result
    for candidate in result.ranked[:PARAGRAPH_CANDIDATES]:
        if candidate.entry_id in cited and candidate.score >= PARAGRAPH_CANDIDATE_SCORE:
            ranked = (candidate, *(c for c in result.ranked if c is not candidate))
            return replace(result, matched=True, best=candidate, ranked=ranked, suggestions=(), also=())
    return result


_REFERENCES = "#references"  # the concept whose home entry is the list of references


def dated(result: MatchResult, text: str, answer_of: Callable[[str], str], items: Sequence[str]) -> MatchResult:
    """A question answered by the list of references that names a year ("who wrote the textbook from 2007"): the
    reference of that year, the leading entries first; any other of the list's `items` from that year is offered with
    it ("which refs r from 2005": three). Only the list yields so: a question that names its author or subject
    ("Mustafin's book, is it from 1998?", "in his 2002 address what did the president say") is answered by what it
    names, even with a year that is wrong."""
    years = set(YEAR.findall(text))
    best = result.best
    if not years or best is None or best.entry_id != lexicon().homes().get(_REFERENCES):
        return result
    if years & set(YEAR.findall(answer_of(best.entry_id))):
        return result
    stating = [
        c
        for c in result.ranked[:PARAGRAPH_CANDIDATES]
        if c.score >= PARAGRAPH_CANDIDATE_SCORE and years & set(YEAR.findall(answer_of(c.entry_id)))
    ]
    # …and every other item of the list from that year, as close as the list was
    close = {c.entry_id for c in stating}
    # (scored no higher than the one answered, which it ties with)
    score = min([best.score, *(c.score for c in stating)])
    stating += [Candidate(item, score, "") for item in items if item not in close and years & set(YEAR.findall(answer_of(item)))]
    if not stating:
        return result
    ranked = (stating[0], *(c for c in result.ranked if c is not stating[0]))
    return replace(result, best=stating[0], ranked=ranked, suggestions=(), also=tuple(stating[1:]))


def first_named(result: MatchResult, words: list[tuple[str, str]], text: str) -> MatchResult:
    """A tie between things the question names (`words`: its terms, in order): the first named is
    answered, the others offered. Only when each tied entry is the home of a concept it names. A person
    asked what they say of a thing named after them yields to that thing ("Назарбаевтың модернизация
    «алгоритмі» туралы сөзі": the algorithm). The thing asked "which" of comes first ("кеңестік модельден
    демократияға өту қандай келісімге жеткізеді": the harmony, not the transition)."""
    homes = lexicon().homes()
    named = [homes.get(token) for _, token in words]
    tied = [c for c in (result.best, *result.also) if c is not None]
    if not all(c.entry_id in named for c in tied):
        return result
    order = sorted(tied, key=lambda c: named.index(c.entry_id))
    written = message_words(text)
    asked = {homes.get(token) for before, word in pairwise(written) if before in _WHICH for _, token in terms(word, result.lang)}
    order.sort(key=lambda c: c.entry_id not in asked)
    if order[0].entry_id in lexicon().people() and any(_SAYS.fullmatch(w) for w in written):
        order = [*order[1:], order[0]]
    if order[0] is result.best:
        return result
    return replace(result, best=order[0], also=tuple(order[1:]))


def home_named(result: MatchResult, words: list[tuple[str, str]]) -> MatchResult:
    """Two entries too close to choose between, where the question names the concept of one of them and no other
    (`words`: its terms), or exactly the concepts of both: the one it names answered, or the first named with the other
    offered ("перескажи вывод коротко": the conclusion, not the abstract, which shares only "перескажи" with it; "Эссенің
    толық тақырыбы … және … негізгі идеясын (тезисін) …": the title, then the thesis); the students' phrasings may
    still answer otherwise (knowledge.second_reading). A tie is a reason to pick when the question says which."""
    best = result.best
    homes = [lexicon().homes().get(token) for _, token in words if names_term(token)]
    close = [c for c in result.ranked[:2] if best is not None and best.score - c.score < MIN_MARGIN]
    named = set(homes)
    # …from the answering score when it names one; from the suggesting score when it names both, each half of it
    floor = ANSWER_SCORE if len(named) == 1 else SUGGEST_SCORE
    if result.matched or best is None or best.score < floor or len(close) != 2 or not homes:
        return result
    if not named <= {c.entry_id for c in close}:
        return result
    chosen = next(c for c in close if c.entry_id == homes[0])
    also = tuple(c for c in close if c is not chosen and c.entry_id in named)
    return replace(result, matched=True, best=chosen, also=also, suggestions=())


# asking which of a kind: the word after it is what is asked for
_WHICH = frozenset(
    ["which", "what", "какой", "какая", "какое", "какие", "какую", "каким", "какого", "қандай", "кандай", "қай", "кай"]
)

# words asking what someone says, thinks or argues, or for their part of the essay
_SAYS = re.compile(
    r"say|says|said|saying|think|thinks|thought|idea|ideas|view|views|point|points|opinion|argument|argues?|claims?"
    r"|part|bit|section|theory|position"
    r"|сказал\w*|говор\w*|пишет|писал\w*|утвержда\w*|счита\w*|мысл\w*|иде[яиюей]\w*|мнени\w*|позици\w*|част[ьи]|кус\w*"
    r"|деді|деди|дейді|дейди|айтад\w*|айтты|айткан|айтқан|ойы|ойын|пікір\w*|пикир\w*|көзқарас\w*|козкарас\w*|бөлі\w*|боли\w*"
    r"|сөзі|сөзін|сөздері\w*|созі|сози|созин|создери\w*"
    r"|dedi|deidi|aitad\w*|aitty|aitti|aitkan|oii|oiin|oiy|oiyn|pikir\w*|kozkaras\w*|boli\w*|sozi|sozin|sozderi\w*"  # Kazakh as compared (its Latin skeleton)
)


def said_by(result: MatchResult, found: list[tuple[str, str]], text: str) -> MatchResult:
    """A person's home entry answering what they say: the entry with what they say instead, the
    home offered (`found`: the question's terms; nothing but the person and asking what they say)."""
    best = result.best
    if best is None or not result.matched:
        return result
    for token, (home, says, names) in lexicon().sayings().items():
        if best.entry_id != home or token not in {t for _, t in found}:
            continue
        others = [w for w, t in found if not is_concept(t) and not _SAYS.fullmatch(w.casefold())]
        # another subject ("what does Bell say about democracy", "Bell's book") is the matcher's to weigh
        subjects = {t for _, t in found if is_concept(t) and t not in lexicon().stop_tokens} - {token} - names
        if others or subjects or not any(_SAYS.fullmatch(w) for w in message_words(text)):
            return result
        said = next((c for c in result.ranked if c.entry_id == says), None)
        if said is None:
            return result
        ranked = (said, *(c for c in result.ranked if c is not said))
        return replace(result, best=said, ranked=ranked, suggestions=(), also=(best,))
    return result


# a phrasing that asks whose: knowledge.intent.WHO's words and their other cases ("whom", "чьи", "кімдердің"), which
# that pattern leaves out because "чьи интересы … сейчас" asks no office holder
_WHO = re.compile(r"\b(?:who|whom|whose|кто|кого|чь[иеяйё]\w*|кім\w*|ким\w*|kim\w*)\b", re.IGNORECASE)


def fills_who(result: MatchResult, found: list[tuple[str, str]], text: str) -> MatchResult:
    """A person named where the best phrasing asks "whose" ("Елбасының қандай сөзі келтірілген" against "эсседе кімнің
    сөзі келтірілген"): the person's own entry among the leading three, the other offered (`found`: the question's
    terms). Not when the question asks who too ("кімнің сөзі келтірілген, Назарбаевтың ба?")."""
    best = result.best
    if best is None or not result.matched or not _WHO.search(best.phrasing) or _WHO.search(text):
        return result
    homes = {lexicon().homes().get(token) for _, token in found if is_concept(token)} & lexicon().people()
    if len(homes) != 1 or best.entry_id in homes:
        return result
    home = next((c for c in result.ranked[:3] if c.entry_id in homes), None)
    if home is None or home.score < ANSWER_SCORE:  # (as clear as an answer: "Is Nazarbayev interested in stability?")
        return result
    ranked = (home, *(c for c in result.ranked if c is not home))
    return replace(result, best=home, ranked=ranked, suggestions=(), also=(best,))


def named_person(result: MatchResult, text: str) -> MatchResult:
    """When a question asks the name of a person it describes ("the American who wrote about industrial society,
    what's his name"), that person's home entry (it names them) instead of what they say, which is offered."""
    best = result.best
    if best is None or not result.matched or not ASKS_NAME.search(text):
        return result
    for home, says, _ in lexicon().sayings().values():
        if best.entry_id != says:
            continue
        home_candidate = next((c for c in result.ranked if c.entry_id == home), None)
        if home_candidate is None:
            return result
        ranked = (home_candidate, *(c for c in result.ranked if c is not home_candidate))
        return replace(result, best=home_candidate, ranked=ranked, suggestions=(), also=(best, *result.also))
    return result


# what the question sets aside: "… кроме Марка Аврелия?", "besides Nazarbayev, who …", "Беллден басқа кім"
# …up to a mark, or to the asking word after it ("кроме Белла кто ещё упоминается")
_ASKS_NEXT = "|".join(sorted(EN_ASKING | RU_ASKING, key=len, reverse=True))
_ASIDE_END = rf"(?=\s*[,.?!;]|$|\s+(?:{_ASKS_NEXT})\b)"
_SET_ASIDE = re.compile(
    rf"(?<!\w)(?:кроме|помимо) (?!того\b|этого\b|всего\b)((?:[\w-]+ ){{0,3}}?[\w-]+){_ASIDE_END}"
    rf"|\b(?:apart from|except(?: for)?|besides|other than) (?!that\b|this\b)((?:[\w'-]+ ){{0,3}}?[\w'-]+){_ASIDE_END}"
    r"|(?<!\w)([\w-]+(?:тен|тан|ден|дан|нен|нан)) басқа(?= |,)",
    re.IGNORECASE,
)


# someone other than what is set aside, asked for: "besides Bell, which scholars…", "кроме Белла кто ещё…"
_SOMEONE = re.compile(
    r"(?<!\w)(?:who|whose|whom|кто|кого|кім|кімдер|кимдер|ким|kim|kimder"
    r"|(?:author|writer|scholar|scientist|researcher|thinker|sociologist|economist)s?"
    r"|уч[её]н(?:ый|ые|ых|ым|ыми)|исследовател\w*|мыслител\w*|ғалым\w*|галым\w*|ойшыл\w*|автор\w*)(?!\w)",
    re.IGNORECASE,
)


def set_aside(text: str, lang: str) -> tuple[frozenset[str], str]:
    """The home entries of what a question sets aside ("Что ещё ошибочного, кроме Марка Аврелия?":
    Marcus Aurelius), and the question without it; only the homes of what it names count ("besides
    economic growth, what else…" sets no entry aside)."""
    cleaned = clean(text)
    if not _SET_ASIDE.search(cleaned):  # nearly every question: no table built, nothing read again
        return frozenset(), text
    homes = lexicon().homes()
    aside = frozenset(
        home
        for found in _SET_ASIDE.finditer(cleaned)
        for _, token in terms(next(group for group in found.groups() if group), lang)
        if (home := homes.get(token)) is not None
    )
    return aside, _SET_ASIDE.sub(" ", cleaned) if aside else text


def asked_beside(result: MatchResult, text: str, match: Callable[[str], MatchResult]) -> MatchResult | None:
    """What a question asks beside what it sets aside, when its best entry is what it sets aside (or none is): the entry
    of the rest, read again (`match`), if another entry answers it ("Что ещё ошибочного, кроме Марка Аврелия?": the
    errors; when nothing had been answered, only clearly: "Besides Bell, who is mentioned in the essay?"); None when the
    rest, still closest to what is set aside and not naming it again, asks for a person ("besides Bell, which scholars
    developed the theory?": the essay names no one else); else `result`."""
    aside, rest = set_aside(text, result.lang)
    if not aside or result.entry_id not in (*aside, None):
        return result
    again = match(rest)
    # …when something was answered, or the rest is clear ("Besides Bell, who is mentioned in the essay?")
    if again.entry_id not in (*aside, None) and (result.entry_id is not None or again.score >= CLEAR_SCORE):
        return again
    # …still about what is set aside ("who else besides Bell?" asks nothing of Bell's: it stays as it was), not naming it
    # again ("…? And what is Bell's book called?")
    about_it = again.best is not None and again.best.entry_id in aside
    left = Counter(token for _, token in terms(rest, result.lang))
    again_named = any(token in left for token in Counter(token for _, token in terms(text, result.lang)) - left)
    return None if about_it and not again_named and _SOMEONE.search(rest) else result
