"""A sentence of two clauses read as two sentences: a clause that tells of the student, then after a comma the question
("Мен оқыдым бірақ басында ештеңе түсінбедім, саяси модернизация деген не өзі?"), or the question, then after a comma
why it is asked ("what actually IS political modernization according to this essay, because I read it twice …").
knowledge.asking_sentence reads the clauses as it reads sentences."""

from __future__ import annotations

import re

from knowledge.dialogue import has_asking_word
from knowledge.kb import KnowledgeBase
from knowledge.matcher import ANSWER_SCORE, CLEAR_SCORE
from knowledge.normalize import YEAR, named_terms, names_the_essay
from knowledge.own_story import speaks_of_asker
from knowledge.parts import CLAIMS, CLAUSE_COMMA, COLON_MARK, WISH_TO_ASK_RU, asks_something

_BECAUSE = re.compile(r"(?i)\W*(?:because|since|cause|cuz|bc|потому что|так как|т\.?к\.?|ведь|себебі|өйткені|ойткени)\b")
SELF_CONTAINED = 95.0  # a question after a story naming other terms is read alone from this score
# the asker's classmates, of whom a group's leader tells: "…, балалар оқымай келіпті", "…, the guys didn't read it"
_CLASSMATES = re.compile(
    r"(?i)\b(?:classmates|groupmates|the guys|my group|our group|ребята|ребят|одногруппники|группа|балалар|балаларым"
    r"|топтастарым|топтастар|біздің топ)\b"
)
# a wish to ask, before a colon, announces the question after it: "… мақсатында сұрағым келеді: …", "хотел бы уточнить: …"
_WISH_TO_ASK = re.compile(
    r"(?i)\b(?:сұра|сура|нақтыла|нактыла|біл|бил)\w*(?:ғым|гым|гім|гим|қым|кым|кім|ким) (?:келеді|келеди|келіп)"
    rf"|\b{WISH_TO_ASK_RU}|\bi(?:'d| would)? (?:like|want) to (?:ask|clarify|know)\W*$"
)
_TOLD_WORDS = 3  # "I read it but understood nothing at first, …": a clause that tells, not "ok, …" or "in short, …"


_OF_THE_BOT = re.compile(
    r"(?i)\W*(?:а |ну )?(?:ты |вы )?(?:можешь|можете|сможешь|сможете|могли бы|дай|дайте|посоветуй\w*)\b|\W*(?:can|could) you\b"
)


# …or an English "so" before the question, where a comma would be: "i dont wanna look stupid tomorrow so like what is
# the actual main idea of the essay"
_SO_THEN_ASKS = re.compile(
    r"(?i)(?<=\w)\s+so,?\s+(?:like\s+|basically\s+|yeah\s+)?(?=(?:what|who|whose|how|why|when|which|where)\b)"
)


# "…, which is weird.": a relative clause goes on with what is told, when no question mark follows
_RELATIVE = re.compile(r"(?i)\W*which (?:is|was|are|were|seems|seemed|makes|made|sounds|means|meant)\b[^?]*$")


def told_then_asked(kb: KnowledgeBase, sentence: str, lang: str) -> list[str]:
    """A sentence that tells something of the student, then asks after a comma, a colon (or a sad face), as two
    sentences ("Мен оқыдым бірақ басында ештеңе түсінбедім, саяси модернизация деген не өзі?"): at the first comma
    where the question asks, names a term of the essay or the essay itself and is clearly answered ("IELTS-ке қалай
    дайындалған дұрыс, кеңес бере аласың ба?": "кеңес" is advice there, not Soviet), and what is told before it asks
    nothing and names no term the question does not name — or does, when the question is answered beyond doubt
    (SELF_CONTAINED) and the story tells no year and no near-topic term. A story of a near-topic term is the question's
    subject unless the question names the essay ("в 2022 году был референдум, какие статьи конституции изменили?").
    Not at a comma after a claim, which the rest goes on with ("Мой одногруппник вчера утверждал, что модернизация
    невозможна без демократии."): a later comma may end what is claimed."""
    for comma in sorted([*CLAUSE_COMMA.finditer(sentence), *_SO_THEN_ASKS.finditer(sentence)], key=lambda found: found.start()):
        told, asked = sentence[: comma.start()], sentence[comma.end() :]
        # what is told may name what is asked, and nothing else ("I am writing a seminar report and I need to start with
        # a clear definition, so could you please tell me how the essay defines political modernization?")
        asked_terms = named_terms(asked, lang)
        named = named_terms(told, lang) - asked_terms
        if len(told.split()) < _TOLD_WORDS or asks_something(told):
            continue
        # …a question, not the bot asked for its own help ("я готовлюсь к экзамену, можешь дать совет?"), nor a clause
        # of what is told ("But the essay talks about parties only a little bit, which is weird.")
        helping = _OF_THE_BOT.match(asked) and not has_asking_word(asked)
        asking = asks_something(asked) and not helping and not _RELATIVE.match(asked)
        # …or the essay itself ("Hello, I have seminar tomorrow on polit science, please tell me what is main idea of this
        # essay, in short words")
        if not asking or not (asked_terms or names_the_essay(asked)):
            if named or COLON_MARK.search(asked):  # the story goes on, or a colon later introduces what is asked
                continue
            return [sentence]
        if CLAIMS.search(told):  # what is claimed goes on after this comma; a later one may end it ("препод … деді, …")
            continue
        # a story that names other terms too, before a question that names its own, answered beyond doubt ("… i have
        # political modernization done but not political development, how does the essay define political development?")
        # (not a story of a fact the essay lacks, a year or a near-topic term: "2022 referendum in Kazakhstan, what is
        # changed in constitution?")
        # …nor a story of a term the essay lacks, before a question that does not name the essay ("в 2022 году был
        # референдум, какие статьи конституции изменили?" asks of that referendum; "в 2024 году нам задали эссе, кто его
        # автор?" asks of the essay)
        if (named and YEAR.search(told)) or (kb.near_topic.find(told) and (named or not names_the_essay(asked))):
            continue
        # …a colon introduces what is asked: answered is enough when nothing of the essay is told and the question names
        # the essay ("I am preparing a seminar …, so let's start with the basics: state the title of the essay and
        # summarise its main thesis …"; not "I have an exam tomorrow and I'm panicking: what should I learn first?")
        if named:
            floor = SELF_CONTAINED
        elif COLON_MARK.match(comma.group()) and (names_the_essay(asked) or _WISH_TO_ASK.search(told)):
            floor = ANSWER_SCORE
        else:
            floor = CLEAR_SCORE
        if kb.matcher.match(asked, lang=lang).score >= floor:
            return [told, asked]
        # …or after a later comma, when more is told first ("салем, ертең семинар бар, препод эссені оқып келіңдер деді,
        # мен жартысын ғана оқып үлгердім(( саяси модернизация деген не өзі, …")
    return [sentence]


def asked_then_told(kb: KnowledgeBase, sentence: str, lang: str) -> list[str]:
    """A sentence that asks, then tells after a comma why or what for ("what actually IS political modernization
    according to this essay, because I read it twice and still cant say it in one sentence lol"), as two sentences:
    at the first comma where the question names a term of the essay and is clearly answered, and what follows asks
    nothing (no asking word either), names no term the question does not name, and tells why or of the asker or the
    asker's classmates ("эссенің аннотациясын айтып беріңізші, балалар оқымай келіпті")."""
    for comma in CLAUSE_COMMA.finditer(sentence):
        asked, told = sentence[: comma.start()], sentence[comma.end() :]
        asked_terms = named_terms(asked, lang)
        if len(told.split()) < _TOLD_WORDS or not asked_terms or not asks_something(asked) or asks_something(told):
            continue
        # it tells of the asker or why ("…, in the sense of Easton", "…, только не по эссе а по учебнику" say what is
        # asked), with no word that asks after "because" ("…, у нас в акимате так говорят, что по этому поводу сказано в
        # эссе"; "потому что" and "так как" ask nothing)
        because = _BECAUSE.match(told)
        if named_terms(told, lang) - asked_terms or has_asking_word(told[because.end() :] if because else told):
            continue
        if not (because or speaks_of_asker(told, lang) or _CLASSMATES.search(told)):
            continue
        if kb.matcher.match(asked, lang=lang).score >= CLEAR_SCORE:
            return [asked, told]
    return [sentence]
