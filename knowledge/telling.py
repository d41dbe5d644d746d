"""Small talk among telling: messages that mix a dialogue act with sentences that only tell.

"Hi! I'm reading the essay for my seminar. Can I ask you some questions?", "thanks a lot, this really
helps before the seminar", "ты не то ответил, я про Белла спрашивал": small talk, unless a sentence
asks (a question mark or an asking word), asks for something, says what is not understood, or names a
subject of the essay. The dialogue acts themselves are knowledge.dialogue's.

Length: one rule per shape of such a message (thanks first or last, a complaint, feedback on the answers, venting, small
talk among telling), each short, sharing the regexes below that tell asking from telling.
"""

from __future__ import annotations

import re

from knowledge.about_the_essay import ESSAY_PART, about_own_essay
from knowledge.dialogue import (
    ACTS,
    DialogueAct,
    Phrase,
    dialogue_act,
    folded,
    parse_phrases,
    strip_openers,
    text_after,
    words_of,
)
from knowledge.lexicon import is_concept
from knowledge.normalize import (
    ASKING,
    ESSAY_WORD,
    NUMBER_CONCEPT,
    content_words,
    detect_language,
    named_terms,
    terms,
)
from knowledge.parts import CLAUSE_COMMA, REQUEST, asks_something
from knowledge.sentences import sentences


def complaint_first(text: str) -> DialogueAct | None:
    """A complaint about an answer, then only telling ("ты не то ответил, я про Белла спрашивал а не про
    Назарбаева"): a complaint. Only complaints that name the answer or the asking count ("неверно, что…"
    may start a true-or-false check), and not when the rest asks anything."""
    written = words_of(text)
    found, covered = parse_phrases(folded(written), ("abuse", "filler"))
    complaint = [p for p in found if p.kind == "abuse" and any(w.startswith(_ABOUT_ANSWERS) for w in p.words)]
    rest = text.split(",", 1)[1] if "," in text else ""
    if not complaint or covered >= len(written) or not rest.strip() or _asks_anything(rest) or REQUEST.search(rest):
        return None
    return DialogueAct("abuse", frozenset().union(*(p.langs for p in complaint)))


def thanks_then_telling(text: str) -> DialogueAct | None:
    """Thanks (or "ok") and then, in the same sentence, only telling about no subject of the essay
    ("thanks a lot, this really helps before the seminar"): thanks. Not when the rest asks, asks
    for something, says what is not understood, or names a concept ("ok, and the dimensions")."""
    written = words_of(text)
    found, covered = parse_phrases(folded(written), ("thanks", "ack", "filler"))
    # an interjection ("o", "ah", "хм") opens a question as often as it acknowledges ("o chem eto esse")
    acts = [p for p in found if p.kind in ("thanks", "ack") and len("".join(p.words)) > 1 and p.words[0] not in _INTERJECTIONS]
    if not acts or covered >= len(written):
        return None
    rest = text_after(text, written[:covered])
    if rest is None:
        return None
    after = words_of(rest)
    # "спасибо, теперь понятно про партии", "рахмет, енді демократия туралы түсінікті болды", "thanks, makes sense now"
    understood = any(w in _NOW_UNDERSTOOD for w in written[:covered] + after) or bool(_MAKES_SENSE.search(text))
    # "рахмет, енді негізгі сөздер": what comes next is asked
    if any(w in _GOING_ON for w in written[:covered]) and not understood:
        return None
    # "теперь ясно что такое модернизация": an asking word right after "ясно", in the same sentence, is no question
    before = text[: text.rfind(rest)] if rest else text
    indirect = (
        written[covered - 1] in _NOW_UNDERSTOOD
        and bool(after)
        and after[0] in ASKING
        and not re.search(r"[.!?;:]\s*$", before)
        and "?" not in rest  # "я поняла что X …, можешь объяснить второе? …" asks
        # …as a later sentence does ("я поняла что … . объясните что эссе понимает под …"), not thanks after it
        and not any(_asks_anything(later) or _EXPLAINING.search(later) for later in sentences(rest)[1:])
    )
    if (_asks_anything(rest) and not indirect) or REQUEST.search(rest) or _HELP.search(rest) or _NOT_UNDERSTOOD.search(rest):
        return None
    # what the thanks were for ("очень помогли с цитатами", "thanks for the answer about Bell") or what is now
    # understood ("рахмет, саяси даму туралы түсіндім") names a subject and asks nothing
    thanked_for = (bool(after) and (after[0] in _FOR or after[-1] in _FOR_AFTER)) or _thanked_for(found, written)
    thanked_for = thanked_for or understood
    # thanks in advance for something ("буду благодарна за краткий пересказ эссе", "заранее спасибо за ответ про Белла")
    # ask for it
    # (not for help, time or an answer: "буду благодарна за любую помощь", "буду благодарен за совет", "заранее спасибо за
    # ваше время")
    in_advance = any(_IN_ADVANCE.intersection(p.words) for p in acts)
    names = named_terms(rest, detect_language(rest)) or any(ESSAY_WORD.fullmatch(word) for word in after)
    if in_advance and names and not _COURTESY_OBJECT.search(rest):
        return None
    if not thanked_for and any(is_concept(token) for _, token in terms(rest, detect_language(rest))):
        return None
    act = min((p.kind for p in acts), key=ACTS.index)
    return DialogueAct(act, frozenset().union(*(p.langs for p in acts if p.kind == act)))


def thanks_last(text: str) -> DialogueAct | None:
    """Thanks at the end for an answer named first ("Белл туралы жауабыңызға көп рахмет", "за ответ про
    Белла спасибо"): thanks, when what comes before names the answer or explanation and asks nothing."""
    # (not after a question, which asks: "Кому … интересна …? Я … готовлю ответ на эту тему. Спасибо!")
    if not _ANSWER_WORD.search(text) or "?" in text:
        return None
    written = words_of(text)
    for size in (3, 2, 1):
        found, covered = parse_phrases(folded(written[-size:]), ("thanks", "ack", "filler"))
        praise = [p for p in found if p.kind == "thanks" or (p.kind == "ack" and _PRAISE.search(" ".join(p.words)))]
        if covered == size and praise and len(written) > size:
            rest = " ".join(written[:-size])
            if not (_asks_anything(rest) or REQUEST.search(rest) or _NOT_UNDERSTOOD.search(rest)):
                act = "thanks" if any(p.kind == "thanks" for p in found) else "ack"
                return DialogueAct(act, frozenset().union(*(p.langs for p in found if p.kind == act)))
            return None
    return None


def opinion_only(text: str) -> DialogueAct | None:
    """Only what the student liked or read ("hi! I liked the part about the three dimensions", "мне
    понравилось про Белла", "маған Белл туралы бөлім ұнады"): an acknowledgement, not a question about it.
    Not when anything asks, asks for something or says what is not understood."""
    body = strip_openers(text)  # "hi! I liked…"
    if not _OPINION.match(body) or "?" in body:
        return None
    if _asks_anything(body) or REQUEST.search(body) or _HELP.search(body) or _NOT_UNDERSTOOD.search(body):
        return None
    return DialogueAct("ack", frozenset([detect_language(body)]))


def venting(text: str) -> DialogueAct | None:
    """Only how hard it is, ending in how the student feels ("…, а английский текст очень трудный, перевод кривой, уже
    голова болит честно", "басым ауырып кетті", "my head hurts"): small talk, not a question about the text's
    difficulty. Not when anything asks, asks for something or asks for help, nor when the message asks to explain
    ("can you explain …": the openers stripped from `body` are read in `text`)."""
    body = strip_openers(text)
    if not _VENT.search(body) or "?" in body:
        return None
    if any(_asks_anything(sentence) for sentence in sentences(body)) or REQUEST.search(body) or _HELP.search(body):
        return None
    if _EXPLAINING.search(text):  # "can you explain abstract in simple words, … abstract is very hard to read"
        return None
    return DialogueAct("ack", frozenset([detect_language(body)]))


def feedback_for_next_time(text: str) -> DialogueAct | None:
    """What the student wishes the bot's answers were, next time ("your previous answer was a bit too short for a
    thesis. Could you please give more detail next time?", "в следующий раз отвечай подробнее, твой ответ был
    коротким"), or how long they find them ("Your answers are too short, … why you always answer so short"): a
    complaint about an answer. Not when any other part of the message asks or names a subject of the essay ("…, next
    time pls more detail. what are the three dimensions?"), nor when the wish asks which or what; without "next time",
    not when the bot is asked to answer ("can you answer in more detail about the political process?")."""
    next_time = _NEXT_TIME.search(text) is not None
    if not (next_time and (_YOUR_ANSWER.search(text) or _YOU_ANSWER.search(text))) and not _ANSWERS_LENGTH.search(text):
        return None
    for chunk in _CHUNK.split(text):
        if _NEXT_TIME.search(chunk) or _YOUR_ANSWER.search(chunk):
            if _WHICH_WORD.search(chunk):  # "… в следующий раз назови, какие они?"
                return None
            continue
        if _YOU_ANSWER.search(chunk):  # "why you always answer so short" asks of the bot, not "can you answer … about X"
            named = bool(named_terms(chunk, detect_language(chunk)))
            if named or _ASKED_TO_ANSWER.search(chunk):
                return None
            continue
        if _asks_anything(chunk) or named_terms(chunk, detect_language(chunk)):
            return None
    return DialogueAct("abuse", frozenset([detect_language(text)]))


_CHUNK = re.compile(r"[.?!,;:]+|\s(?:so|and|but|а|но|и|так что)\s", re.IGNORECASE)
_WHICH_WORD = re.compile(
    r"\b(?:what|which|who|how|why|когда|что|какие|какой|какая|кто|почему|зачем|қандай|кандай|кім|ким|неге|қалай|калай)\b"
    r"|\bдеген не\b",
    re.IGNORECASE,
)


# the bot's own answers ("your previous answer", "твой ответ", "сенің жауабың") and a wish for next time
_YOUR_ANSWER = re.compile(
    r"\b(?:your|you'?re|ur) (?:previous |last |earlier )?(?:answers?|repl(?:y|ies)|responses?)\b"
    r"|\b(?:(?:твой|ваш|твои|ваши) (?:прошл\w+ |предыдущ\w+ |последн\w+ )?ответ\w*|(?:прошл|предыдущ)\w+ ответ\w*)"
    r"|\b(?:сенің|сениң|сенин|сіздің|сиздин) (?:алдыңғы |алдынгы )?жауаб\w*|\bалдыңғы жауаб\w*|\bалдынгы жауаб\w*",
    re.IGNORECASE,
)
_NEXT_TIME = re.compile(r"\bnext time\b|в следующий раз|келесі жолы|келеси жолы|келесі жолға", re.IGNORECASE)
# how long the answers are, said as a complaint in one clause ("your answers are too short", "why u answer so long"; not
# "more detail", which asks for more, nor "I have been studying so long")
_LENGTH = r"\b(?:too|so) (?:short|brief|long)\b|\b(?:слишком|так) (?:коротк|кратк|длинн)\w*|\bтым (?:қысқа|кыска|ұзын|узын)\b"
_REPLY_WORD = r"\b(?:answer|repl|respon|ответ|отвеча|жауап)\w*"
_ANSWERS_LENGTH = re.compile(
    rf"(?:{_REPLY_WORD})[^.!?;,]{{0,40}}?(?:{_LENGTH})|(?:{_LENGTH})[^.!?;,]{{0,40}}?(?:{_REPLY_WORD})", re.IGNORECASE
)
_ASKED_TO_ANSWER = re.compile(r"\b(?:can|could|would|will|please|pls) (?:you|u)\b|\b(?:бе|ме|ба|ма)\W*$", re.IGNORECASE)
_YOU_ANSWER = re.compile(
    r"\b(?:you|u) (?:always |only |just )?(?:answer|reply|respond)\w*|\b(?:ты|вы) (?:всегда |только )?отвеча\w*"
    r"|\bжауап бересің\b|\bжауап бересіз\b|\bжауап бересин\b|\bжауап бересиз\b",
    re.IGNORECASE,
)


_EXPLAINING = re.compile(
    r"\b(?:can|could|would) (?:you|u)\b|\bexplain\w*|\bперескаж\w*|\bобъясн\w*|\bпоясн\w*|\bтүсіндір\w*|\bтусиндир\w*",
    re.IGNORECASE,
)


# how the student feels, at the end of the message
_VENT = re.compile(
    r"(?:голова (?:уже )?(?:болит|раскалывается|кипит)|(?:я )?(?:так |очень )?устал[аи]?|сил (?:больше )?нет"
    r"|басым (?:ауырып|ауырады|ауырып кетті|ауырып тұр|жарылып)|шаршадым|my head (?:hurts|is spinning)"
    r"|i'?m (?:so )?(?:tired|exhausted)|(?:so |very |too |super )?boring|i (?:do not |don'?t |not )?understand (?:nothing|anything)"
    r"|(?:so |very |too |super )?hard to (?:read|understand)|(?:the )?grammar is (?:weird|bad|strange|terrible)"
    r"|(?:the )?(?:english|language|translation) is (?:so |very |really |super |kinda |pretty )?(?:weird|bad|strange|terrible|awful)"
    r"|ничего не понятно|ничего не понимаю|түк түсінбедім|тук тусинбедим|қызықсыз|кызыксыз)"
    r"\W*(?:честно|серьезно|серьёзно|honestly|ғой)?\W*$",
    re.IGNORECASE,
)


_OPINION = re.compile(
    # "i" may have gone with the greeting before it (knowledge.dialogue reads it as a filler word)
    r"(?:(?:i )?(?:really |just |actually )?(?:liked|enjoyed|loved)|(?:i )?(?:really )?(?:like|love) (?:the|this|that|how)"
    r"|мне (?:очень |реально )?понравил\w*|маған (?:өте |қатты |катты )?[ұу]нады"
    r"|(?:[\w\s]{3,60}) (?:маған )?(?:өте |қатты |катты )?[ұу]нады\W*$)",
    re.IGNORECASE,
)


_ANSWER_WORD = re.compile(
    r"\b(?:answer\w*|explanation\w*|ответ(?:а|у|ом|е|ы|ов|ами)?\b|объяснени\w*|жауаб\w*|жауап\w*|түсіндірм\w*|тусиндирм\w*"
    r"|түсіндіргені\w*|тусиндиргени\w*)",
    re.IGNORECASE,
)
_PRAISE = re.compile(r"help|pomog|komek|paidal|useful|polezn")  # as folded: "… helped a lot", "көп көмектестің"
_FOR = frozenset(["for", "with", "с", "со", "за"])
_IN_ADVANCE = frozenset(folded(["заранее", "буду", "алдын"]))  # thanks for what is still to come, as phrases fold them
_COURTESY_OBJECT = re.compile(  # what is thanked for in advance that names nothing asked
    r"help|помощ|помоч|помог|помож|көмек|комек|совет\b|ответ|время|внимание|понимание|терпение|обратн\w* связ|жауаб|уақыт",
    re.IGNORECASE,
)
_FOR_AFTER = frozenset(["үшін", "ушин", "ушін"])  # Kazakh's postposition: "Белл туралы жауап үшін"
_MAKES_SENSE = re.compile(r"\bmakes? sense\b|\bi get it\b|\bgot it\b|\bclear now\b|\bnow i (?:get|see)\b", re.IGNORECASE)
_NOW_UNDERSTOOD = frozenset(["понятно", "ясно", "понял", "поняла", "түсіндім", "тусиндим", "түсінікті", "тусиникти", "clear"])


def _thanked_for(found: list[Phrase], written: list[str]) -> bool:
    """Whether the word after the thanks says what they are for ("thanks for the answer about Bell")."""
    position = 0
    for phrase in found:
        position += len(phrase.words)
        if phrase.kind == "thanks":
            return position < len(written) and written[position] in _FOR
    return False


_INTERJECTIONS = frozenset(["ah", "oh", "hm", "hmm", "aaa", "mmm", "wow", "lol", "ogo"])  # as folded
_GOING_ON = frozenset(["now", "next", "then", "теперь", "дальше", "далее", "а", "ещё", "еще", "енді", "ал", "тағы", "тагы"])
_ABOUT_ANSWERS = ("ansuer", "answer", "asked", "otvet", "sprashiva", "jauap", "zhauap", "surama", "suragym")  # as folded


def act_among_telling(text: str) -> DialogueAct | None:
    """A message of several sentences, each small talk; or one that ends in small talk (or starts with
    thanks, or asks what the bot is) and whose other sentences only tell ("Hi! I'm reading the essay on
    political parties for my seminar. Can I ask you some questions?"), each in TELLING_WORDS words or
    more (not a bare term), asking nothing."""
    found = sentences(text)
    # thanks in advance close a message whose other sentences ask ("Три измерения политического развития. Буду благодарна")
    in_advance = [sentence for sentence in found if _IN_ADVANCE.intersection(folded(words_of(sentence)))]
    if in_advance and any(named_terms(sentence, detect_language(sentence)) for sentence in found if sentence not in in_advance):
        return None
    # the last sentence telling, then asking the bot for help with the essay after a comma ("I am preparing for political
    # science exam from the study guide, can you help me with questions about the essay?")
    # …or asking what the bot is after a story that names nothing of the essay ("… а то я уже третий день не сплю из-за
    # этого предмета, ты вообще кто такой и что умеешь??")
    commas = list(CLAUSE_COMMA.finditer(found[-1]))
    end = len(found[-1])
    if commas and _PLEASE.fullmatch(found[-1][commas[-1].end() :]):  # "…, please?"
        end = commas.pop().start()
    told, last = (found[-1][: commas[-1].start()], found[-1][commas[-1].end() : end]) if commas else ("", "")
    last_act = dialogue_act(last) if told else None
    if last_act is not None and dialogue_act(found[-1]) is None:
        # (a question, not a filler: "эссенин негизги ойы не, короче" asks of the essay)
        about_the_bot = last_act.act == "who" and _asks_anything(last) and not _subjects(told)
        if _WITH_THE_ESSAY.search(last) or about_the_bot:
            found = [*found[:-1], told, last]
    if len(found) < 2:
        return None
    # asking the bot to help with or check the student's own essay asks what the bot does ("who are you? can you check
    # my essay on democracy?", "… can you help me with an essay for my polisci class?")
    acts = [dialogue_act(sentence) or _own_essay_request(sentence) for sentence in found]
    telling = [s for s, act in zip(found, acts, strict=True) if act is None]
    if not telling and all(acts):  # every sentence small talk ("привет. ты бот по эссе? что умеешь вообще")
        return min((act for act in acts if act is not None), key=lambda act: ACTS.index(act.act))
    # the small talk last ("Сәлем! бұл эссе не туралы, айтып бершы" asks), or thanks first ("Thank you
    # kindly, that was most helpful. You explain things far more clearly than the essay does.")
    # or a complaint first ("ты тупишь или мне кажется? я про партии спрашивал")
    closing = acts[0] is not None and acts[0].act in ("thanks", "ack", "goodbye", "abuse")
    # or asking what the bot is, then telling why ("Is this the bot for the parties essay? Our tutor said we should use you")
    closing = closing or any(act is not None and act.act == "who" for act in acts)
    if not telling or (
        acts[-1] is None
        and not (closing and not any(REQUEST.search(_DENIED_WANT.sub(" ", _COURTESY.sub(" ", s))) for s in telling))
    ):
        return None  # after thanks, "I need the main idea of the conclusion" asks for it
    # "I have a seminar on democracy tomorrow. Can you help me?": with it; "I am preparing for political science exam …, can
    # you help me with questions about the essay?" asks what the bot does (the course is no subject of the essay)
    told_or_asked = [*telling, found[-1]]  # …nor "can you help me with the part on democracy in the essay?"
    subjects = set().union(*(named_terms(s, detect_language(s)) for s in told_or_asked)) - _COURSE
    # …nor "can you help me with an essay for my polisci class" (the student's own essay)
    if _HELP.search(found[-1]) and (subjects or not (_WITH_THE_ESSAY.search(found[-1]) or about_own_essay(found[-1]))):
        return None
    if any(_asks_anything(_told(s)) or len(content_words(s)) < TELLING_WORDS or _NOT_UNDERSTOOD.search(s) for s in telling):
        return None  # "I don't understand modernization. Can you help me?" asks about it
    return min((act for act in acts if act is not None), key=lambda act: ACTS.index(act.act))


TELLING_WORDS = 4
_COURSE = frozenset(["#political", "#policy", "#political-science"])  # "my politics exam", "саясаттану"
_WITH_THE_ESSAY = re.compile(
    rf"\b(?:with|about|on) (?:the|this) {ESSAY_WORD.pattern}|\bпо (?:этому |самому )?{ESSAY_WORD.pattern}"
    rf"|{ESSAY_WORD.pattern} бойынша\b",
    re.IGNORECASE,
)
_PLEASE = re.compile(r"\W*(?:please|pls|plz|пожалуйста|пж|өтінемін|өтінем)\W*", re.IGNORECASE)
# a courtesy asks for nothing: "… so pls bear with me", "please excuse my English"
_COURTESY = re.compile(
    r"\b(?:pls|plz|please)\s+(?:bear with me|be patient(?: with me)?|excuse (?:me|my \w+)|forgive (?:me|my \w+))",
    re.IGNORECASE,
)
# …nor does a want denied ("i don't want to say something stupid if it's a real teacher reading this")
_DENIED_WANT = re.compile(r"\b(?:don'?t|do not|не)\s+(?:want|wanna|хочу|хотел\w*)\b", re.IGNORECASE)


def _told(sentence: str) -> str:
    """A telling sentence without the help it says the bot gives, when the rest names nothing of the essay ("мне сказали
    что ты можешь помочь с эссе, а то я уже третий день не сплю …" tells)."""
    rest = strip_openers(sentence)
    at = sentence.find(rest) if rest else -1
    if at <= 0 or not _HELP.search(sentence[:at]):  # only the help ("Thank you very much, you are helping me" thanks)
        return sentence
    return sentence if _subjects(rest) else rest


def _subjects(text: str) -> set[str]:
    """The terms of the essay a text names, but for numbers ("я уже третий день не сплю" names none)."""
    return {t for t in named_terms(text, detect_language(text)) if not NUMBER_CONCEPT.match(t)}


def _asks_anything(sentence: str) -> bool:
    """A question mark, an asking word first, or one anywhere (Kazakh asks at the end: "партиялар
    казакстанда неге сонша манызды" is a question without its question mark)."""
    words = words_of(sentence)  # as written: "who wrote" is one concept once read
    # "you explain things clearly" tells; "can you explain…" asks by its first word
    return asks_something(sentence) or any(word in ASKING and not (i and words[i - 1] in _YOU) for i, word in enumerate(words))


_YOU = frozenset(["you", "u", "вы", "ты", "сіз", "сен"])


# the bot asked to work on the student's own essay: help with it, check, read or grade it
_WORK_ON_IT = re.compile(
    r"\b(?:help|check|review|proofread|read|grade|mark|look at|improve|fix|edit)\b|\bпомо(?:ги|гите|чь|жешь|жете)\b"
    r"|\bпровер\w*|\bпосмотр\w*|\bпрочита\w*|\bоцени\w*|көмектес\w*|комектес\w*|тексер\w*|оқып\s+шық\w*",
    re.IGNORECASE,
)


def _own_essay_request(sentence: str) -> DialogueAct | None:
    """Asking the bot to help with, check or read the student's own essay ("can you check my essay on democracy?", "can
    you help me with an essay for my polisci class?"): what the bot does. Not asking for a part of the essay for one's
    own ("кто вы? можете назвать ключевые слова для моего эссе?" asks for the keywords)."""
    if not about_own_essay(sentence) or not _WORK_ON_IT.search(sentence):
        return None
    if any(ESSAY_PART.match(w) for w in words_of(sentence)):
        return None
    return DialogueAct("who", frozenset([detect_language(sentence)]))


_HELP = re.compile(r"help(?!ed|ful|s\b)|помоги|помогите|помочь|көмектес(?!т)|комектес(?!т)", re.IGNORECASE)  # not "it helped"
# saying what one does not understand asks about it
_NOT_UNDERSTOOD = re.compile(
    r"understand|confus|hard|difficult|don'?t get|(?<![а-яё])не пон|(?<![а-яё])не улови|непонят|сложн|трудн|запута|түсінбе|тусинбе|түсініксіз|қиын|киын",
    re.IGNORECASE,
)
