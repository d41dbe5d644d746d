"""Messages that ask more than one thing, or wrap one question in sentences that only tell: the
first part answered and the next offered ("how many sources, and which are the oldest"), or the
first answered and the rest told missing when it asks only a date or a number the essay does not
give, or the whole message's clear entry when the second part asks the first again more precisely ("как понять что
политическое развитие идет? по каким критериям судят"); two things named together ("нысанбаев и куандык"); the one asking sentence among telling ones
(`knowledge.asking_sentence`); a remark or an example of one's own after the question, which asks nothing of its own
(`kind_asked`); "Is X in the essay? Or only Y?" (`named_instead`)."""

from __future__ import annotations

import re
from dataclasses import replace

from knowledge.counting import counted
from knowledge.dialogue import has_asking_word, strip_openers, words_of
from knowledge.intent import CURRENT, asks, can_answer
from knowledge.kb import KnowledgeBase
from knowledge.lexicon import is_concept
from knowledge.matcher import CLEAR_SCORE, MatchResult
from knowledge.normalize import ESSAY_WORD, detect_language, has_content, lexicon, terms
from knowledge.outcome import Answer, Suggestion, answer_for, suggestion
from knowledge.parts import asks_something, split_items
from knowledge.preference import asked_beside, first_named
from knowledge.purpose import for_purpose
from knowledge.sentences import sentences

LACKING_DETAILS = ("when", "born", "count", "times", "often")  # a date or a number of what an answered part is about


def kind_of(kb: KnowledgeBase, text: str) -> str | None:
    """The kind of fact a question asks for ("topic": a near-topic term; see knowledge.intent)."""
    return "topic" if kb.near_topic.find(text) else asks(text)


# an example of one's own: "Мысалы біздің ауылда …", "Например, у нас …", "For example in my town …"
EXAMPLE = re.compile(r"\W*(?:мысалы|мысалға|например|к примеру|for example|for instance|e\.g\.)\b", re.IGNORECASE)
# saying the question again: "I mean …", "то есть …", "яғни …"
_AGAIN = re.compile(
    r"\W*(?:i mean|i meant|that is|like|(?:well,? )?(?:about|regarding)|я имею в виду|имею в виду|то есть|в смысле|типа"
    r"|(?:ну,? )?(?:про|об?|насчёт|насчет)|яғни|ягни|демек)\b",
    re.IGNORECASE,
)


def kind_asked(kb: KnowledgeBase, text: str) -> str | None:
    """`kind_of` a message, where what a remark after the question names counts for nothing
    ("«Демократия – өркениеттің негізі» … қалай түсінуге болады? Мемлекет басшысы да осыны жиі айтады ғой":
    the head of state is no question here; "… как это понять? Глава государства тоже так говорит."). Only after a
    question that names what it asks, with its question mark: a sentence before it sets its subject ("На лекции
    упоминали Хантингтона. Что он писал о …?"), "Tell me please" asks of the sentence before, and a remark that
    names today, asks or says the question again keeps its kind ("…? I mean the actual ones, in the Mazhilis now")."""
    kind = kind_of(kb, text)
    if kind is None or "?" not in text:
        return kind
    split = sentences(text)
    # an example from the student's own life is a remark too, even asked ("Инновация өлшемі дегеніміз не? Мысалы
    # әкімдік халықтың шағымына тез жауап берсе, сол ма?": the akimat is no question here)
    example = [bool(EXAMPLE.match(s)) for s in split]
    last = max((i for i, s in enumerate(split) if s.rstrip().endswith("?") and not example[i]), default=-1)
    after = range(last + 1, len(split))
    if last < 0 or not after or not all(_remark(split[i], example[i]) for i in after):
        return kind
    lang = detect_language(text)
    if not all(has_content(sentence, lang) for sentence in split[: last + 1] if asks_something(sentence)):
        return kind
    return next((k for k in (kind_of(kb, sentence) for sentence in split[: last + 1]) if k is not None), None)


def _remark(sentence: str, example: bool) -> bool:
    """Whether a sentence after a question only remarks: it names no today, and unless it is an example of one's
    own, it does not ask (a question without its mark: "…? короче Қазақстанда қазір қанша партия тіркелген") or say
    the question again ("…? I mean the actual ones, in the Mazhilis now")."""
    if CURRENT.search(sentence):
        return False
    asking = asks_something(sentence) or has_asking_word(sentence)
    return example or not (asking or _AGAIN.match(sentence))


def answerable(kb: KnowledgeBase, text: str, entry_id: str) -> bool:
    """Whether an entry gives the kind of fact a question asks for (a date, a count…) and the
    question names no term the essay never discusses."""
    kind = kind_of(kb, text)
    counting = counted(text, detect_language(text)) if kind in ("count", "times") else ()
    return kind != "topic" and can_answer(kind, kb.capabilities.get(entry_id, frozenset()), counting)


def ranked_ids(result: MatchResult) -> tuple[str, ...]:
    """The entries of a match, best first."""
    return tuple(c.entry_id for c in result.ranked)


def answer_parts(
    kb: KnowledgeBase, text: str, parts: list[str], lang: str, hint: str | None, whole_matched: bool
) -> Answer | None:
    """The first part answered, the next one offered, when both are answered by different entries;
    or the first part alone when the whole message matched nothing
    ("how is the essay built, what goes first and what comes after")."""
    first = kb.matcher.match(parts[0], lang=lang, hint=hint)
    if first.also:  # a tie within the first part: the thing it names first, or asks "which" of
        first = first_named(first, terms(parts[0], first.lang), parts[0])
    if first.entry_id is not None:  # "besides Bell, which scholars…? And what is modernization?": no one else named
        beside = asked_beside(first, parts[0], lambda rest: kb.matcher.match(rest, lang=lang, hint=hint))
        if beside is None:
            return _rest_answered(kb, text, parts, first, hint)
        first = beside
    if first.entry_id is None or first.entry_id not in kb.entries or not answerable(kb, parts[0], first.entry_id):
        return None
    offered: list[Suggestion] = []
    rest_asks = False  # a later part asks for a fact the essay lacks ("… and who is the president now")
    lacking: list[str] = []  # …a date or a number only: the first part is answered, and the reply says so
    more = 0  # parts the first part's entry answers too, read with its words if need be ("…поправки в эссе, что они поменяли? Год указан?")
    alike = 0  # …and read on their own ("who is quoted in essay? only Nazarbayev or more people")
    read = 0  # the later parts read (an example only illustrates)
    for whole in parts[1:]:
        part = " ".join(s for s in sentences(whole) if not EXAMPLE.match(s))  # an example only illustrates
        if not part:
            continue
        found = kb.matcher.match(part, lang=lang, hint=hint)
        read += 1
        if found.entry_id == first.entry_id:
            alike += 1
        if found.entry_id is None:  # "what are its dimensions": read it with the first part's subject
            found = kb.matcher.match(f"{part} {parts[0]}", lang=lang, hint=hint)
        kind = kind_of(kb, part)
        off_topic = kb.matcher.off_topic(part, first.lang)
        # …unless the first part's entry gives it too ("каков список литературы? Сколько там всего источников?")
        rest_asks = rest_asks or off_topic or (kind is not None and not answerable(kb, part, first.entry_id))
        # a date or a number the answered entry does not give, asked of the same subject or after a whole
        # question ("…, когда проходит модернизацию?" is no question of its own)
        same = found.best is not None and found.best.entry_id == first.entry_id
        if (
            kind in LACKING_DETAILS
            and (same or parts[0].rstrip().endswith("?"))
            and not off_topic
            and not answerable(kb, part, first.entry_id)
        ):
            lacking.append(kind)
        elif kind is None and not off_topic and found.entry_id == first.entry_id:
            more += 1
        taken = {first.entry_id, *(s.entry_id for s in offered)}
        if (
            found.entry_id is not None
            and found.entry_id not in taken
            and found.entry_id in kb.entries
            and found.best
            and answerable(kb, part, found.entry_id)
        ):
            offered.append(suggestion(kb, found.best, first.lang, "part"))
    if not offered and lacking and len(lacking) + more == len(parts) - 1 and _names_the_essay(text):
        # "what does the author say about the amendments? which year were they?": what it says, and that it gives no date
        answer = answer_for(kb, kb.entries[first.entry_id], first.lang, text, first.score, ranked_ids(first))
        return replace(answer, reason="when" if lacking[0] == "born" else lacking[0])
    # the first part alone only when the rest asks nothing the essay lacks, and the whole matched nothing or each later
    # part is answered on its own by the first part's entry too ("who is quoted in essay? only Nazarbayev or more
    # people": what the whole matched had drifted to Nazarbayev)
    if not offered and (rest_asks or (whole_matched and not 0 < alike == read)):
        return None
    precise = _said_more_precisely(kb, parts, first, offered, hint)
    if precise is not None and precise.entry_id is not None:
        return answer_for(kb, kb.entries[precise.entry_id], precise.lang, text, precise.score, ranked_ids(precise))
    assert first.best is not None
    # "… өту не үшін керек болды, …": what it was for, as a whole message is answered
    entry, also = for_purpose(kb, first.best, first.lang, parts[0], tuple(offered))
    return answer_for(kb, entry, first.lang, text, first.score, ranked_ids(first), also)


def _said_more_precisely(
    kb: KnowledgeBase, parts: list[str], first: MatchResult, offered: list[Suggestion], hint: str | None
) -> MatchResult | None:
    """A second part that asks the first again, more precisely ("как понять что политическое развитие идет? по каким
    критериям судят"): the first part matched without being clear, and not by the entry of a term it names ("саяси
    дамуды қалай түсіну керек? оның үш өлшемі қандай?" asks two things), the second part's entry among its three best,
    and the whole message clearly that entry's. The whole message's match, or None."""
    if len(parts) != 2 or len(offered) != 1 or first.score >= CLEAR_SCORE:
        return None
    homes = lexicon().homes()
    if first.entry_id in {homes.get(token) for _, token in terms(parts[0], first.lang) if is_concept(token)}:
        return None
    if offered[0].entry_id not in [c.entry_id for c in first.ranked[:3]]:
        return None
    whole = kb.matcher.match(" ".join(parts), lang=first.lang, hint=hint)
    clear = whole.matched and whole.score >= CLEAR_SCORE and whole.entry_id == offered[0].entry_id
    return whole if clear and whole.entry_id in kb.entries else None


# an alternative asked after a question: "…? Или только про …", "…? Or just …", "…? Әлде тек …"
_OR = re.compile(r"\W*(?:или|либо|or|әлде|алде|немесе)\b", re.IGNORECASE)
_ONLY = re.compile(r"\b(?:только|лишь|only|just|тек|ғана|гана)\b", re.IGNORECASE)


def named_instead(kb: KnowledgeBase, text: str, body: str, lang: str, hint: str | None) -> Answer | None:
    """ "Есть ли в эссе что-то про разделение властей? Или только про ответственность … перед народом?": a term the
    essay never discusses, asked whether the essay has it, then what it may say instead, asked too: that answered, the
    term told missing (not "…Nur Otan, ¿no? or am I confusing it?": "only" says what the essay has instead)."""
    split = sentences(body)
    for i in range(1, len(split)):
        if not _OR.match(split[i]) or not _ONLY.search(split[i]) or kb.near_topic.find(split[i]):
            continue
        if not any(kb.near_topic.find(s) and _names_the_essay(s) for s in split[:i]):
            continue
        found = kb.matcher.match(split[i], lang=lang, hint=hint)
        if found.entry_id is not None and found.entry_id in kb.entries and answerable(kb, split[i], found.entry_id):
            answer = answer_for(kb, kb.entries[found.entry_id], found.lang, text, found.score, ranked_ids(found))
            return replace(answer, reason="topic")
    return None


# a term looked for among the essay's keywords or in its references, each list with the entry that gives it ("among the
# keywords", "в списке литературы", "кілт сөздерде"; not "the keywords of the law on parties", "источники
# легитимности", "Huntington's bibliography")
_LISTS = (
    (
        "essay-keywords",
        re.compile(
            r"\b(?:among|in|within|one of) (?:the |its |this )?(?:essay'?s? |text'?s? )?key ?words\b"
            r"|\b(?:в|среди|одно из|одним из) ключев\w+ слов\w*|\bключев\w+ слов\w*[^?.]*\b(?:есть ли|там есть|ли там)\b"
            r"|\b(?:кілт|килт) (?:сөздерде|создерде|сөздерінде|создеринде|сөздер\w* (?:арасында|ішінде)"
            r"|создер\w* (?:арасында|ишинде))"
        ),
    ),
    (
        "essay-references",
        re.compile(
            r"\b(?:among|in|within|on) (?:the |its |this )?(?:essay'?s? |text'?s? )?(?:references|reference list"
            r"|bibliography|sources|list of (?:references|sources))\b"
            r"|\b(?:в|среди) (?:списк\w* (?:литератур\w*|источник\w*)|источник\w*|литератур\w*)"
            r"|(?:әдебиеттер|адебиеттер) тізімінде|(?:дереккөздер|дереккоздер) (?:арасында|ішінде)"
        ),
    ),
)


def asked_among_a_list(kb: KnowledgeBase, text: str, body: str, result: MatchResult) -> Answer | None:
    """ "is civil society among the keywords?", "есть ли Хантингтон в списке литературы": a term the essay never
    discusses, looked for in one of its lists, is answered with that list, the term told missing (its `reason`)."""
    lowered = body.lower()
    named = next((entry_id for entry_id, looked_in in _LISTS if looked_in.search(lowered)), None)
    if named is None or named not in kb.entries:
        return None
    score = next((c.score for c in result.ranked if c.entry_id == named), 0.0)
    return replace(answer_for(kb, kb.entries[named], result.lang, text, score, ranked_ids(result)), reason="topic")


def _names_the_essay(text: str) -> bool:
    """Whether a message asks about the essay or its author in so many words ("what does the author
    say about …", "does the essay give a year")."""
    return any(ESSAY_WORD.fullmatch(word) or word.startswith(("author", "автор")) for word in words_of(text))


def answer_pair(kb: KnowledgeBase, text: str, body: str, lang: str, hint: str | None) -> Answer | None:
    """ "нысанбаев и куандык": two things asked together, each answered by its own entry."""
    items = split_items(body)
    if len(items) != 2:
        return None
    first, second = (kb.matcher.match(item, lang=lang, hint=hint) for item in items)
    if first.entry_id is None or second.entry_id is None or first.entry_id == second.entry_id or second.best is None:
        return None
    if not answerable(kb, items[0], first.entry_id) or not answerable(kb, items[1], second.entry_id):
        return None
    if first.entry_id not in kb.entries or second.entry_id not in kb.entries:
        return None
    offered = (suggestion(kb, second.best, first.lang, "part"),)
    return answer_for(kb, kb.entries[first.entry_id], first.lang, text, first.score, ranked_ids(first), offered)


def _rest_answered(kb: KnowledgeBase, text: str, parts: list[str], first: MatchResult, hint: str | None) -> Answer | None:
    """A first part that asks for someone besides a person the essay names, then questions of their own ("Besides
    Bell, which scholars…? And what is political modernization? And how many keywords are there?"): the rest answered
    as a message of its parts is (the first answered, the next offered), and the reply says the essay names no one
    else; None when no later part asks a question (an example of one's own after it: the message is read as a whole)."""
    # "…? Ал саяси модернизация дегеніміз не?": each part without what only opens it
    rest = [strip_openers(part) for part in parts[1:] if not all(EXAMPLE.match(s) for s in sentences(part))]
    several = answer_parts(kb, text, rest, first.lang, hint, False) if rest else None
    return replace(several, reason="someone") if several is not None and several.entry is not None else None
