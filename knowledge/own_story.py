"""What students tell of themselves around a question: "i was born in 2005, what is political modernization",
"у нас семинар в 14:00, что такое…", "мен 2005 жылы туғанмын, саяси жаңғыру деген не". Such a clause speaks of
the asker and names no term of the essay; the time it tells (of a seminar, a lesson) asks for no date. Nor does
the asker's birth, age or study group, told anywhere in the message ("… im born 2004 so idk which amendments they
mean"). A year the student tells otherwise stays: "our teacher mentioned 2008. which source is that?" asks of it.
A remark in brackets that speaks of the asker or someone else and names no term of the essay is an aside ("the teacher
said "at least 10 sources" (so I wanna see if this one cheated haha) how many references …"); one that names a term or
no one is part of the question ("(groups? classes?)", "(methods, programs etc)"). The day of the asker's class
("сегодня на семинаре препод спросил …") and where or when the asker was ("at university we were told …", "over the
weekend i read …"), opening a clause that tells, are the story too: alone they are out of scope ("what happened
yesterday", "how many universities are there").
"""

from __future__ import annotations

import re

from knowledge.dialogue import has_asking_word, words_of
from knowledge.normalize import THE_ESSAY, named_terms
from knowledge.parts import asks_something

# a clause ends at punctuation followed by a space, at a dash between spaces or at a line break ("14:00" is one word)
_CLAUSE_END = re.compile(r"(?<=[,;.!?:])\s+|\s+[-–—]+\s+|\n+")
# the asker: "i", "my", "we", "я", "у нас", "мен" (first: after a word it is "and", "жаңғыру мен даму"); in Russian
# typed in Latin letters "i" is "and"
_ASKER = {
    "en": re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my|mine|we|we'?re|our)\b", re.IGNORECASE),  # not "us": "the US"
    "ru": re.compile(
        r"\b(?:я|мне|меня|мной|мой|моя|моё|мое|мои|моего|моей|мы|нам|нас|наш|наша|наше|наши|нашего|нашей)\b", re.IGNORECASE
    ),
    "kk": re.compile(
        r"\b(?:маған|менің|мені|менде|біз|бізге|бізде|біздің|бізді|бізден|маган|менин|мени|биз|бизге|бизде|биздин"
        r"|magan|menin|biz|bizde|bizdin)\b|^\s*(?:мен|men)\b",
        re.IGNORECASE,
    ),
}
# the asker's own birth, age and study group, wherever told: "i was born in 2005", "im born 2004", "я 2005 года
# рождения", "мне 19 лет", "мен 2005 жылы туғанмын", "маған 19 жас", "im in group 2103" (a group of the essay is a
# social one); only the asker's ("Was Nazarbayev born in 1940?" asks a date the essay does not give)
_OWN_DETAILS = re.compile(
    r"\b(?:(?:i'?m|i am|we'?re|we are)\s+)?(?:in\s+)?(?:group|gr\.?)\s*(?:#|№)?\s*\d{2,6}\w*"
    r"|\b(?:(?:я|мы)\s+)?(?:из\s+|в\s+)?(?:группы|группе|группа|гр\.)\s*(?:№\s*)?\d{2,6}\w*|\b\d{2,6}\w*\s+(?:топ|тобы|тобында)\w*"
    r"|\b(?:i'?m|i am|i was)\s+born\s+(?:in\s+)?(?:19|20)\d\d\b|\bi'?m\s+\d{1,2}\s*(?:years?\s+old|y\.?o)\b"
    r"|\bя\s+родил(?:ся|ась)\s+в\s+(?:19|20)\d\d\b(?:\s*(?:г\.|году\b))?"
    r"|\bя\s+(?:19|20)\d\d\s*(?:г\.|года\b)(?:\s+рождения\b)?|\bмне\s+\d{1,2}\s+(?:лет|год|года)\b"
    r"|\b(?:мен\s+)?(?:19|20)\d\d\s*(?:ж\.|жылы)\s+(?:туғанмын|туылғанмын|тугенмын|туганмын)\b"
    r"|\b(?:маған|маган)\s+\d{1,2}\s+жас\w*|\bмен\s+\d{1,2}\s+жастамын\b",
    re.IGNORECASE,
)
# the day of the asker's class, or of what the asker or the teacher did: "today at the seminar", "at today's lecture",
# "yesterday in class", "сегодня на паре", "вчера препод спросил", "бүгін семинарда", "кеше сабақта" (out of scope alone:
# "what happened yesterday"), where it opens a clause that tells (_opening); the essay's "today" stays ("what is the
# basis of society today", "сегодня основа общества — партии")
_CLASS = (
    r"(?:seminar|class|lecture|lesson|tutorial|pair|exam|test|quiz)s?|семинар\w*|пар[аеуы]|парах|лекци\w*|урок\w*"
    r"|заняти\w*|универ\w*|экзамен\w*|сабақ\w*|сабак\w*|парада|емтихан\w*|дәріс\w*|дарис\w*"
)
_DOER = (
    r"i|we|our|my|the (?:teacher|lecturer|professor|prof|tutor)|у нас|мы|я|препод\w*|преподавател\w*|учител\w*|лектор\w*"
    r"|профессор\w*|апай\w*|ағай\w*|агай\w*|мұғалім\w*|мугалим\w*|оқытушы\w*|окытушы\w*|ұстаз\w*|устаз\w*|біз|біздің"
    r"|мен|менің"
)
_OWN_DAY = re.compile(
    r"\b(?:today'?s?|yesterday'?s?|сегодня(?:шн\w*)?|вчера(?:шн\w*)?|бүгін(?:гі)?|бугин(?:ги)?|кеше(?:гі)?|кешеги)\s+"
    rf"(?P<rest>(?:(?:at|in|on|during|after|на|в|во время|после)\s+)?(?:the\s+|our\s+|my\s+)?(?:{_CLASS}|{_DOER})\b)",
    re.IGNORECASE,
)
# where and when the asker was, opening a clause that tells, in a message that speaks of the asker: "at university we
# were told to read the essay", "over the weekend i read it", "в университете нам задали эссе", "на каникулах я
# читала", "біз университетте …"; alone, or in a question of its own, these are out of scope ("how many universities
# are there", "на каникулах что мне почитать?", "where can i study political science at university")
_EVERYDAY = re.compile(
    r"\b(?:at|in|from)\s+(?:the\s+|our\s+|my\s+)?(?:university|uni)\b"
    r"|\b(?:over|on|at|during|for|this|last|in)\s+(?:the\s+|this\s+|last\s+|our\s+|my\s+)?"
    r"(?:weekend|holidays?|vacations?|summer|winter|autumn)\b"
    r"|\b(?:в|из|на)\s+(?:нашем\s+|моём\s+|моем\s+|нашего\s+|моего\s+)?(?:университете|университета|универе|универа|вузе)\b"
    r"|\bна\s+(?:выходных|каникулах|праздниках)\b|\b(?:летом|зимой)\b|\bв\s+отпуске\b"
    r"|\b(?:университетте|университеттен|университетке|универде|униде|демалыста|каникулда|жазда|қыста|кыста)\b"
    r"|\bдемалыс күндері\b",
    re.IGNORECASE,
)
# what may come before a clause's story of when or where: the asker, or "so", "ну"
_LEAD = re.compile(r"(?i)(?:i|we|so|and|well|я|мы|нам|мне|ну|короче|так|и|а|вот|біз|бізге|мен|маған|ал|енді|сонымен)")
_OPENS = re.compile(r"(?:^|[,;.!?:)]|\s[-–—]+|\n)\s*$")
# a clause that tells what was said or done ("… препод спросил что такое …?", "… апай … деп сұрады?")
_TOLD = re.compile(
    r"(?i)\b(?:asked|said|told|gave|read|talked|spoke|спросил\w*|сказал\w*|задал\w*|говорил\w*|рассказ\w*|читал\w*"
    r"|объяснял\w*|с[ұу]рады|деді|деди|айтты|берді|оқыдым|оқыды|түсіндірді)\b"
)


def _opening(pattern: re.Pattern[str], text: str) -> str:
    """The text without the matches of `pattern` that open a clause (at the start, after a mark, a dash or a line break,
    with perhaps one word of _LEAD before them) that tells: not one whose next word asks ("yesterday in class what did we
    discuss", "на каникулах что мне почитать"), nor one with a question mark that tells nothing said or done ("в
    университете у нас есть партии?"). What the match names of the class or the teacher (its `rest`) stays."""

    def opens(match: re.Match[str]) -> str:
        head = text[: match.start()]
        words = head.split()
        if words and _LEAD.fullmatch(words[-1]):
            head = head[: head.rstrip().rfind(words[-1])]
        clause = _CLAUSE_END.split(text[match.end() :], maxsplit=1)[0]
        asked = ("?" in clause and not _TOLD.search(clause)) or has_asking_word(" ".join(words_of(clause)[:1]))
        if not _OPENS.search(head) or asked:
            return match.group(0)
        return f" {match.groupdict().get('rest') or ''} "

    return pattern.sub(opens, text)


# the time of the asker's class (not a year, not a number: "our teacher mentioned 2008. which source is that?" asks of
# 2008): "9:00", "14:00", "2am", "сағат 9:00-де"
_CLASS_TIME = re.compile(
    r"(?:\b(?:at|by|в|к|до|сағат|сагат)\s+)?\b(?:\d{1,2}[:.]\d\d|\d{1,2}\s*(?:am|pm))\b(?:-\w+)?", re.IGNORECASE
)


def speaks_of_asker(text: str, lang: str) -> bool:
    """Whether a text speaks of the asker ("i", "my", "мне", "біздің", a first "мен")."""
    return bool(_ASKER.get(lang, _ASKER["en"]).search(text))


def _tells_of_asker(clause: str, lang: str) -> bool:
    """A clause that speaks of the asker, asks nothing and names no term of the essay."""
    return speaks_of_asker(clause, lang) and not asks_something(clause) and not named_terms(clause, lang)


# a remark in brackets of a few words ("(para 12)" is no aside), not a sad or happy face ("((", "))")
_ASIDE = re.compile(r"(?<!\()\(([^()]{3,200})\)(?!\))")
_ASIDE_WORDS = 3


# someone else, or a laugh: "(he says everything was better in 1985, as always)", "(он вообще не читал)", "(хаха)"
_SOMEONE = re.compile(r"\b(?:he|she|they|haha\w*|lol|он|она|они|хаха\w*|олар)\b", re.IGNORECASE)
# …but a remark that points at the essay, a part of it or its author, or says what is meant, is part of the question:
# "(I mean paragraph 12)", "(я про статью)", "(I mean the author)", "(ол эссенің соңғы жерінде)", "(I mean Huntington)"
_POINTS = re.compile(
    r"\b(?:author\w*|автор\w*|параграф\w*|end|ending|beginning|start|конц\w*|конец|начал\w*|соңы\w*|соңғы\w*|басы\w*"
    r"|quote\w*|цитат\w*|i mean|i meant|я про|имею в виду|имела? в виду|айтып (?:отырмын|тұрмын|турмын))\b",
    re.IGNORECASE,
)


def _aside(remark: re.Match[str], lang: str) -> str:
    """A remark in brackets left out when it tells of the asker or someone else, is no question ("(what did he say the
    main idea is?)" is one), names no term and points at nothing of the essay."""
    inside = remark.group(1)
    someone = speaks_of_asker(inside, lang) or _SOMEONE.search(inside)
    points = named_terms(inside, lang) or THE_ESSAY.search(inside) or _POINTS.search(inside)
    asks = "?" in inside or has_asking_word(inside)  # a question ("we need at least 10 for ours" only tells)
    telling = len(inside.split()) >= _ASIDE_WORDS and not asks and not points
    return " " if someone and telling else remark.group(0)


def without_own_story(body: str, lang: str) -> str:
    """The message without its asides, without the times of the clauses that only tell of the asker, without the
    asker's birth, age and study group, and without the day of the class or where and when the asker was, where they
    open a clause that tells; their words stay (a lecturer who "mentioned Huntington" still tells what is asked
    about)."""
    told = _OWN_DETAILS.sub(" ", _ASIDE.sub(lambda remark: _aside(remark, lang), body))
    told = _opening(_OWN_DAY, told)
    if speaks_of_asker(told, lang):
        told = _opening(_EVERYDAY, told)
    if not _CLASS_TIME.search(told):
        return told
    pieces = _CLAUSE_END.split(told)
    kept = [_CLASS_TIME.sub(" ", piece) if _tells_of_asker(piece, lang) else piece for piece in pieces]
    return " ".join(kept) if kept != pieces else told
