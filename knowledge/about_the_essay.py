"""Asking whether one may ask about the essay, or who the bot is, naming only the essay and what it is about ("…можно
вопросы по статье про партии?", "are you a bot for the essay about parties?"); bringing a task on the essay ("I have a
worksheet on the political parties essay"); ways of helping given as examples ("what can you do? like summaries,
lists?"): what the bot does, not a question of the essay (knowledge.dialogue)."""

from __future__ import annotations

import re
from itertools import pairwise

from knowledge.normalize import ASKING, ESSAY_BY_SUBJECT, ESSAY_WORD, words

# what the questions will be about, after asking whether one may ask ("…можно вопросы про партии?"); "knows" as in
# "you are bot which knows essay about parties" ("which"/"that knows" are fillers, "knows" leads to the essay)
_ABOUT_BEFORE = frozenset(
    ["about", "on", "of", "for", "with", "w", "regarding", "knows", "про", "о", "об", "по", "для", "с", "со", "насчет", "насчёт"]
)
_TAGS = frozenset(["right", "yes", "да", "ведь", "иә", "ия", "ә"])  # "…, да?" only asks to confirm
_PLEASE = frozenset(["pls", "plz", "please", "пожалуйста", "плиз", "пж", "өтінемін"])  # "… the parties essay pls"
_ABOUT_AFTER = frozenset(["туралы", "жайлы"])  # Kazakh puts it after the subject
ESSAY_PART = re.compile(
    r"keyword|abstract|conclusion|title|referenc|bibliograph|thesis|summar|structure|quot|paragraph|main"
    r"|ключев|аннотац|вывод|заключен|назван|литератур|тезис|структур|цитат|абзац|главн|основн"
    r"|кілт|килт|аннотация|қорытынды|корытынды|атау|тақырыб|такырыб|әдебиет|адебиет|құрылым|курылым|дәйексөз|негізгі|негизги"
    r"|error|mistake|inaccura|ошибк|неточн|погрешн|қате|кате(?!гор)"  # what is wrong in it: "вопрос про неточности в эссе"
)
_ABOUT_WORDS = 4  # at most this many words name it
_THIS = frozenset(["the", "this", "этому", "этой", "этом", "это", "этот", "осы"])  # "ты бот по этому эссе"
# the student's own essay: "my essay", "my own essay", "моё эссе", "мою статью", "менің эссем"
OWN = frozenset(
    [
        "my",
        "our",
        "own",
        "мой",
        "моё",
        "мое",
        "моя",
        "мою",
        "моем",
        "моём",
        "моей",
        "моего",
        "наш",
        "наше",
        "нашу",
        "нашем",
        "менің",
        "меним",
        "біздің",
    ]
)
# where the essay's parties are, which names no other subject ("…о роли политических партий в Казахстане")
_WHERE = frozenset(["в", "рк", "казахстане", "in", "kazakhstan", "kz", "қазақстандағы", "казахстандагы"])
# helping with the essay, said after it: "ты бот который эссе про партии помогает?" is the bot "по эссе про партии"
_HELPS = frozenset(["помогает", "помогаешь", "помогаете"])
_ASKER = frozenset(["мне", "нам", "у"])  # what follows is the asker's own ("мне семинар скоро", "у меня семинар")


def about_the_essay_only(asked: list[str], rest: list[str], *, who: bool) -> bool:
    """Asking whether one may ask about the essay ("…можно вопросы по статье про партии?", "can I ask you a few questions
    about the essay"), or who the bot is (`who`: "Who are you, you are the bot for my essay about parties?", where "my
    essay" is this one): what the bot does. About anything else ("can I ask about the three dimensions", "про вывод
    эссе") it is a question; so is "about what Bell concluded"."""
    while rest and (rest[-1] in _TAGS or rest[-1] in _PLEASE):
        rest = rest[:-1]
    if len(rest) > 3 and rest[-3] == "is" and rest[-2] in ("it", "this", "that") and rest[-1] == "correct":
        rest = rest[:-3]  # "…, is this correct?" ("…, is it right?" lost its "right" above)
    if len(rest) > 2 and rest[-2] == "is" and rest[-1] in ("it", "this", "that"):
        rest = rest[:-2]
    if rest[-2:] == ["что", "ли"]:  # "ты бот по эссе про партии что ли"
        rest = rest[:-2]
    # (only where nothing is asked after it but of the asker: "… помогает? мне семинар скоро", not "… помогает с выводом")
    helps = next((i for i, w in enumerate(rest) if w in _HELPS), None)
    if who and helps is not None and ESSAY_WORD.fullmatch(rest[0]) and set(rest[helps + 1 : helps + 2]) <= _ASKER:
        rest = ["по", *rest[:helps]]
    if any(w in ASKING for w in rest):
        return False
    # "are you a bot for the essay", "ты бот по эссе про партии в казахстане": naming the essay, and
    # what it is about; its "for" may be a filler word the phrases covered
    plain = [w for w in asked + rest if w not in _THIS]
    first = len(plain) - len([w for w in rest if w not in _THIS])
    for i in (first - 1, first):
        if 0 <= i < len(plain) - 1 and plain[i] in _ABOUT_BEFORE and ESSAY_WORD.fullmatch(plain[i + 1]):
            topic = [w for w in plain[i + 2 :] if w not in _WHERE]
            return not topic or (topic[0] in _ABOUT_BEFORE | _ABOUT_AFTER and len(topic) <= _ABOUT_WORDS + 1)
        # "is this the bot for the political parties essay": its topic named before the essay, and maybe after
        # it too ("for the polisci essay about parties in kz")
        essay = next((j for j in range(len(plain) - 1, i + 1, -1) if ESSAY_WORD.fullmatch(plain[j])), None)
        if i >= 0 and essay is not None and plain[i] in _ABOUT_BEFORE:
            topic = [w for w in plain[essay + 1 :] if w not in _WHERE]
            if topic and not (topic[0] in _ABOUT_BEFORE | _ABOUT_AFTER and len(topic) <= _ABOUT_WORDS + 1):
                return False
            # …but "help me with the keywords of the essay" names a part of it: a question; "my essay" is another
            named = plain[i + 1 : essay] + topic
            return essay - i - 1 <= _ABOUT_WORDS and not any(ESSAY_PART.match(w) or (w in OWN and not who) for w in named)
    if not 1 < len(rest) <= _ABOUT_WORDS + 1:
        return False
    if not (rest[0] in _ABOUT_BEFORE or rest[-1] in _ABOUT_AFTER):
        return False
    if any(ESSAY_WORD.fullmatch(w) for w in asked):  # "можно вопросы по статье …"
        return not any(ESSAY_PART.match(w) for w in rest)  # …not "с эссе можешь помочь с ключевыми словами?"
    named = [w for w in rest if w not in _ABOUT_BEFORE and w not in _ABOUT_AFTER and w not in ("the", "this")]
    return bool(named) and all(ESSAY_WORD.fullmatch(w) for w in named)


_SOME = frozenset(["an", "a"])  # "can you help me with an essay for my polisci class": some essay, the student's own


def about_own_essay(text: str) -> bool:
    """ "my essay", "my own essay", "моё эссе", "my essay's intro", "an essay for my class" (an essay, not a text or a
    paper): the student's own, whatever else it names."""
    found = [w.replace("’", "").replace("'", "") for w in words(text)]
    return any(
        (w in OWN and ESSAY_WORD.fullmatch(n.removesuffix("s"))) or (w in _SOME and n == "essay") for w, n in pairwise(found)
    )


# what the student brings to the bot: "I have a worksheet on the political parties essay", "i have an exam on this essay"
_TASKS = frozenset(
    ["worksheet", "seminar", "exam", "test", "quiz", "assignment", "homework", "presentation", "class", "lesson", "report"]
)
_WHEN = frozenset(["tomorrow", "tmrw", "today", "tonight", "soon"])
SMALL_WORDS = frozenset(["a", "an", "my", "our", "the", "this", "that", "we"])
_ON = frozenset(["on", "about", "for", "with"])


def task_on_the_essay(written: list[str]) -> int | None:
    """Where the task is in words that only say the student has a task on this essay ("i have a worksheet on the
    political parties essay", "i have a seminar on the essay about political parties in kazakhstan"), or None: the essay
    named alone or by its own subject, not by another ("a test on the essay about Marcus Aurelius" asks of him), nor a
    part of it ("…on the keywords of the essay"), nor a term ("…on parties")."""
    task = next((i for i, w in enumerate(written) if w in _TASKS), None)
    if task is None or not {"have", "got"} & set(written[:task]):
        return None
    named = ESSAY_BY_SUBJECT.sub(lambda found: next(word for word in found.groups() if word), " ".join(written[task + 1 :]))
    rest = [w for w in named.split() if w not in _WHEN and w not in SMALL_WORDS]
    return task if len(rest) == 2 and rest[0] in _ON and ESSAY_WORD.fullmatch(rest[1]) else None


# examples after asking what the bot can do: "what exactly can you do? like summaries, lists?" — ways of helping, not
# parts or terms of the essay ("like paragraphs", "мысалы, түйін сөздер" ask of them)
_EXAMPLES = frozenset(["like", "eg", "например", "типа", "мысалы"])
_EXAMPLE_WORDS = 4
_WAYS_OF_HELPING = frozenset(
    [
        "summaries",
        "lists",
        "quizzes",
        "quiz",
        "tests",
        "flashcards",
        "cards",
        "explanations",
        "explaining",
        "translations",
        "translating",
        "answers",
        "answering",
        "questions",
        "tips",
        "конспекты",
        "конспект",
        "списки",
        "тесты",
        "тест",
        "викторины",
        "викторина",
        "карточки",
        "объяснения",
        "переводы",
        "ответы",
        "түсіндіру",
        "аудару",
        "жауаптар",
        "тесттер",
    ]
)
_CONNECTING = frozenset(["and", "or", "etc", "и", "или", "және", "не"])


def ways_of_helping(rest: list[str]) -> bool:
    """Whether words (from the one before them) only give a few ways of helping as examples: "like summaries, lists",
    "например конспекты и тесты"."""
    start = 1 if rest[0] in _EXAMPLES else 2 if len(rest) > 1 and rest[1] in _EXAMPLES else None
    if start is None:
        return False
    examples = [w for w in rest[start:] if w not in _CONNECTING]
    return 0 < len(examples) <= _EXAMPLE_WORDS and all(w in _WAYS_OF_HELPING for w in examples)
