"""The question a message asks, read before it is matched: in a group, what follows the bot's name ("ребят щас спрошу.
бот, что такое …"); after asking what the bot is, the question on its own ("are you a bot or a real person? what is
democracy": "person" asks nothing of the essay's people); a bare term asked, then a question that points back to it, as
one question ("and bell? what common features … he says"), and so a question of what the essay says of something
("что эссе говорит про партии, кого они представляют")."""

from __future__ import annotations

import re

from knowledge.about_the_essay import about_own_essay
from knowledge.asking_sentence import OF_IT as _OF_IT
from knowledge.dialogue import dialogue_act, words_of
from knowledge.lexicon import is_concept
from knowledge.made_it_too import WHO_WROTE_THE_ESSAY, asks_who_wrote_it_too, essay_too_language
from knowledge.normalize import ASKING, ESSAY_BY_SUBJECT, ESSAY_WORD, THE_ESSAY, named_terms, names_term, terms
from knowledge.own_story import speaks_of_asker
from knowledge.parts import CLAUSE_COMMA, asks_something
from knowledge.sentences import sentences

# the essay or a paragraph of it, which a question after asking what the bot is may name instead of a term
# ("are you a bot? who is mentioned in the essay?", "Ты бот? Что в статье главное?")
# …not when it speaks to the bot (or of oneself: knowledge.own_story) ("Can you check my essay?", "Ты читал это эссе?")
_TO_THE_BOT = re.compile(r"(?i)\b(?:you|your|u|ты|тебе|тебя|твой|твоя|твоё|вы|вам|вас|ваш\w*|сен|сіз|саған|сізге|сенің|сіздің)\b")


_TOPIC_WORDS = 3  # "and bell?", "а демократия?", "ал Белл?": a topic, not yet a question
_AND = frozenset(["and", "but", "also", "so", "а", "но", "и", "ну", "ещё", "еще", "ал", "және", "енді", "тағы", "тагы"])


def _without_and(sentence: str) -> list[str]:
    """The words of a sentence without the "and" before them ("and bell?", "ал Белл?": Bell)."""
    words = words_of(sentence)
    while words and words[0].casefold() in _AND:
        words = words[1:]
    return words


def _only_names(sentence: str, lang: str) -> bool:
    """ "and bell?", "а демократия?", "ал Белл?": a sentence of terms only (after "and"), no asking word."""
    words = _without_and(sentence)
    rest = " ".join(words)
    named = terms(rest, lang)
    # no way of asking either ("Даниел Белл кім?", "Какова структура эссе?")
    asking = any(w.casefold() in ASKING for w in words) or asks_something(rest)
    return bool(named) and all(names_term(token) for _, token in named) and not asking


def _own_subject(sentence: str, lang: str) -> bool:
    """Whether a question names its own subject before it asks ("Nazarbayev, what did he say?", "а модернизация, что
    она такое?"): then a bare term before it is another question."""
    before: list[str] = []
    for word in words_of(sentence):
        if asks_something(word) or _OF_IT.fullmatch(word):  # an asking word, or the verb a question starts with
            break
        before.append(word)
    return bool(named_terms(" ".join(before), lang)) if before else False


def after_asking_who(body: str, lang: str) -> str:
    """A question of the essay after asking what the bot is, on its own ("are you a bot or a real
    person? what is democracy": "person" asks nothing of the essay's people); the whole body when what
    follows asks nothing ("Is this the bot for the parties essay? Our tutor said we should use you"),
    names nothing of the essay, neither a term nor the essay itself ("Что вы умеете? Чем можете помочь?"),
    names the essay only to speak of the bot or oneself ("Are you a bot? Can you check my essay?"), or is
    about the student's own essay ("… can you check my essay on democracy?"). Asking what the bot is before a comma is
    such a sentence too ("просто интересно, что такое модернизация?", "ты так быстро пишешь, что такое …")."""
    split = sentences(body)
    comma = CLAUSE_COMMA.search(body) if len(split) == 1 else None
    if comma is not None and (act := dialogue_act(body[: comma.start()])) is not None and act.act == "who":
        split = [body[: comma.start()], body[comma.end() :]]
    first = 0
    while first < len(split) - 1 and (act := dialogue_act(split[first])) is not None and act.act == "who":
        first += 1
    rest = " ".join(split[first:])
    if 0 < first == len(split) - 1 and asks_who_wrote_it_too(split[first - 1], split[first]):
        return WHO_WROTE_THE_ESSAY[essay_too_language(split[first], lang if lang in WHO_WROTE_THE_ESSAY else "en")]
    if not first or not all(asks_something(s) for s in split[first:]) or about_own_essay(rest):
        return body
    if not named_terms(rest, lang) and (not THE_ESSAY.search(rest) or _TO_THE_BOT.search(rest) or speaks_of_asker(rest, lang)):
        return body
    return rest


# the bot addressed where a sentence starts ("…. бот, что такое …", "guys wait. bot, what is …", "эй бот,")
_ADDRESS = re.compile(
    r"(?i)(?:^|(?<=[.!?…\n]))\s*(?:(?:эй|слушай|слышь|hey|ok|ок|ал|а)\s+)?(?:бот|ботик|ботжан|bot|saiasat|сайасат)"
    r"(?:\s*[,:]\s*|(?<=^бот|^bot)\s+)(?=\w)"  # the comma may go when the message starts with it ("бот эссенің …")
)


# classmates addressed: what is said to them is not asked of the bot ("ребят кто понял белла??", "guys wait")
_TO_OTHERS = re.compile(
    r"(?i)\b(?:ребят\w*|ребзя|народ|девочки|девчонки|пацаны|guys|everyone|y'?all|балалар|қыздар|кыздар|достар|жігіттер)\b"
)


def to_the_bot(text: str, lang: str) -> str:
    """What is said to the bot, without its name: in a group, the bot addressed after what was said to others starts
    the question ("ребят кто понял белла?? бот, почему там пишут что вывод односторонний", "guys wait. bot, what is
    modernization"). The whole text when what follows names no term of the essay or, after a sentence, asks nothing
    ("что такое демократия? бот, ответь"); when it speaks of the bot ("бот ты чет тупишь, …"); when the sentence before
    asked the bot too ("what is democracy? bot, who is bell?"). Whom the question points back to, named before, stays
    ("Daniel Bell. bot, what book did he write?" is "Daniel Bell what book did he write?")."""
    found = list(_ADDRESS.finditer(text))
    if not found:
        return text
    address = found[-1]
    before, rest = text[: address.start()].strip(), text[address.end() :]
    if not named_terms(rest, lang) or _TO_THE_BOT.match(rest):
        return text
    if not before:  # only the bot's name goes: "бот эссенің қорытындысын …"
        return rest
    if not asks_something(rest) or not (_TO_OTHERS.search(before) or not asks_something(before)):
        return text
    named = _naming_words(before, lang)
    return " ".join([*named, rest]) if named and _OF_IT.search(rest) else rest  # "Daniel Bell. bot, what did he write?"


def topic_then_question(body: str, lang: str) -> str:
    """Bare terms, then a question of them, asked as one: "and bell? what common features of industrial societies he
    says" is "bell what common features …" (not Bell's book, then a button for the features), "political
    modernization? political development? are they the same thing" asks of both (not the first alone). Two questions
    stay two when the later one does not point back ("democracy? and what about parties?") or names its own subject
    first ("Marcus Aurelius? and Nazarbayev, what did he say?")."""
    split = sentences(body)
    if len(split) < 2 or sum(len(s.split()) for s in split) != len(body.split()):  # a piece too short to keep
        return body
    topics = 0
    while topics < len(split) - 1 and _bare_topic(split[topics], lang):
        topics += 1
    question = split[topics] if topics else ""
    if not topics or not (asks_something(question) and _OF_IT.search(question)) or _own_subject(question, lang):
        return body
    return " ".join([*(word for topic in split[:topics] for word in _without_and(topic)), *split[topics:]])


def _bare_topic(sentence: str, lang: str) -> bool:
    """ "and bell?", "саяси даму?": a term asked alone, in a few words."""
    return sentence.rstrip().endswith("?") and len(sentence.split()) <= _TOPIC_WORDS and _only_names(sentence, lang)


# what the essay or its author says of something: the clause that only names its subject ("что эссе говорит про партии")
_SAYS = re.compile(
    r"(?i)\b(?:say|says|said|write|writes|wrote|mention\w*|говор\w*|пиш\w*|сказ\w*|упомина\w*|дейді|дейди|айт\w*|жаз\w*)\b"
    # …or turns to it: "what about political parties, whose interests do they represent"
    r"|^\W*(?:and |ok |so )?(?:what|how) about\b|^\W*(?:а |ну )?(?:как|что) насч[её]т\b"
)


def asked_of_what_is_named(body: str, lang: str) -> str:
    """A question of what the essay says of something, then of that, asked as one: "что эссе говорит про партии, кого
    они представляют" is "партии кого они представляют" (not the parties in the essay). Only when the clause before the
    comma asks what is said and names terms of the essay and nothing else, and the question after it asks, points back,
    is no second question joined by "and" and asks nothing of what is said itself ("what does the essay say about
    bell, and what about parties", "what does the essay say about parties, what does it say about democracy" stay two:
    the first answered, the other offered)."""
    if len(sentences(body)) > 1:
        return body
    for comma in CLAUSE_COMMA.finditer(body):
        named, asked = body[: comma.start()], body[comma.end() :]
        found = terms(named, lang)
        if not found or not all(names_term(token) for _, token in found) or not _SAYS.search(named):
            continue
        if any(is_concept(surface) for surface, _ in found):  # named by a phrase ("the American sociologist"), which
            return body  # terms() gives as its token: its words, one by one, name nothing
        after = words_of(asked)
        joined = bool(after) and after[0].casefold() in _AND  # "…, and why …": a second question
        if joined or _SAYS.search(asked) or not (asks_something(asked) and _OF_IT.search(asked)):
            return body
        if _own_subject(asked, lang):
            return body
        named_words = _naming_words(named, lang)
        return " ".join([*named_words, asked])  # the words as written ("партиялар", not their folded "partiyalar")
    return body


def _naming_words(text: str, lang: str) -> list[str]:
    """The words of a text, as written, that name a term of the essay ("Daniel Bell", "партиялар")."""
    return [w for w in words_of(text) if named_terms(w, lang)]


# what the essay is about, asked of it by a pronoun: "what is it about", "о чём оно", "ол не туралы"; its main idea ("what is
# its main idea", "какая у него основная идея", "соның негізгі ойы не")
_ABOUT_IT = re.compile(
    r"(?i)\bwhat(?:'s| is| was) it (?:(?:all|even) )?about\b|\bо ч[её]м (?:оно|она)\b|\bпро что (?:оно|она)\b|\bол не (?:туралы|жайлы)\b"
    r"|\b(?P<its>its) main (?:idea|point)\b|\b(?P<his>у (?:него|неё|нее)|его|её|ее) (?:основн|главн)\w* (?:иде|мысл)"
    r"|(?<!\w)(?P<kk>соның|оның|сонын|онын) (?:негізгі|негизги) (?:ой|идея)"
)
_ANOTHER_ONE = re.compile(r"(?i)\w*\s+(?:about|on|про|о|об|по)\s")  # "an article about bitcoin, what is it about"
_BOUNDARY = re.compile(r"[,.!?:;]\s")  # the essay named in an earlier clause or sentence
_ESSAY = re.compile(rf"(?i)\b(?:{ESSAY_WORD.pattern})")  # the essay itself, not a paragraph of it
# …but "it" is what was pointed at before it: a paragraph, a part, a number, a quote ("paragraph 5 of the essay, what is it
# about?", "эссенің соңғы абзацы, ол не туралы?", "the essay says "a new and bright page", what is it about?")
_POINTED = re.compile(
    r"(?i)\d|[«»\"“”]|¶|\b(?:paragraph\w*|para|part|section|passage|last|first|абзац\w*|параграф\w*|част\w*|раздел\w*"
    r"|последн\w*|перв\w*|бөлім\w*|бөлігі\w*|соңғы\w*|алғашқы\w*|бірінші\w*)\b"
)


def it_is_the_essay(body: str, lang: str) -> str:
    """A question of what "it" is about, in a clause or sentence after one that names the essay, is asked alone: "я его
    только пролистала, эссе про партии. о чём оно в двух словах?" asks "о чём оно в двух словах?", which is asked of the
    essay (the story before it had left nothing answered). Not when a term is named before it ("I read the essay's part
    on democracy, what is it about?", "andatpa of the essay, what's it about"), nor when a paragraph, a part, a number or a
    quote is pointed at before it (_POINTED); the essay's own subject ("эссе про партии") is no such term. "political
    development, what is it about?" names no essay. Its main idea asked by a pronoun ("… бір эссе берді. Оның негізгі ойы
    не?") is asked of the essay by the word that named it ("эссе негізгі ойы не?")."""
    found = _ABOUT_IT.search(body)
    if found is None:
        return body
    essay = _ESSAY.search(body, 0, found.start())
    before = body[: found.start()]
    if essay is None or _POINTED.search(before) or named_terms(ESSAY_BY_SUBJECT.sub(" ", before.lower()), lang):
        return body
    if _ANOTHER_ONE.match(body, essay.end()) and not ESSAY_BY_SUBJECT.search(before.lower()):
        return body  # another article, by what it is about: "read an article about bitcoin) what is it about"
    ends = [boundary.end() for boundary in _BOUNDARY.finditer(body, essay.end(), found.start())]
    if not ends:
        return body
    pronoun = next((name for name in ("its", "his", "kk") if found.group(name)), None)
    if pronoun is None:
        return body[ends[-1] :]
    # its main idea: the essay's ("Оның негізгі ойы не?" alone points at no one)
    return body[ends[-1] : found.start(pronoun)] + essay.group(0) + body[found.end(pronoun) :]
