"""Multi-part questions: "what is political development and what are its dimensions?".

A message is cut where a second question begins: after a question mark followed by more text,
or at "and"/"и"/"және" (or a comma) followed by a question word. "The difference between X and
Y" is never cut, since no question word follows its "and". Nor is a question of the name of whom a
clause describes ("the American who wrote about industrial society, what's his name"): one question.

Two short things joined by "and" ("нысанбаев и куандык") are a pair of questions too, tried only
when the message as a whole is answered by neither (`split_items`).

A message of several sentences ("The abstract and ¶9 look alike to me. Is the abstract copied?")
is read a sentence at a time when it is answered as a whole by nothing (knowledge.sentences).
"""

from __future__ import annotations

import re

from knowledge.guess import is_guess
from knowledge.normalize import BRIEFLY, EN_ASKING, KK_ASKING, RU_ASKING, detect_language, has_content, terms

# the asking words (normalize.EN_ASKING) and the verbs that start a question
_EN_Q = "|".join(
    sorted(
        EN_ASKING | {"whom", "whose", "does", "do", "did", "is", "are", "was", "were", "can", "could", "name", "list"},
        key=len,
        reverse=True,
    )
)
# the question words that also tell Russian from Kazakh (knowledge.normalize), and a few forms more
_RU_Q = "|".join(sorted(RU_ASKING, key=len, reverse=True)) + r"|каков\w*|каком|чем|чего|назови\w*|объясни\w*"
_KK_Q = "|".join(sorted(KK_ASKING, key=len, reverse=True)) + r"|не|қай|кай"
_MARK = "\x00"
# after a Kazakh question word, up to two words and their "was", "is" or "there is" ("неше дереккөз бар, …")
_KK_THERE_IS = r"(?:(?:\s+[^\s,;?]+){0,2}?\s+(?:бар|жоқ|болды|болған|болады|еді|екен))?"
_CUTS = [  # (pattern, replacement): each replacement puts the mark where a new question starts
    (re.compile(r"\?+\s+(?=\S)"), "?" + _MARK),
    (re.compile(r"(?:^|\s+)\d[.)]\s+(?=\S)"), _MARK),  # "1) what is … 2) which …": numbered questions
    (re.compile(rf"[,;]?\s+(?:and|also|plus|and also)\s+(?=(?:{_EN_Q})\b)", re.IGNORECASE), _MARK),
    (
        re.compile(
            rf"[,;]?\s+(?:и|а также|а ещё|а еще|и ещё|и еще)\s+(?=(?:{_RU_Q}|[во] ч[её]м(?!\s+(?:(?:же|состоит|заключается)\s+)?(?:его|её|ее|их|он|она|оно|они)\b))\b)",
            re.IGNORECASE,
        ),
        _MARK,
    ),
    # a comma before a question word, but not "the idea of who…" ("идея о том, кто…", "то, что") or
    # "the concept, which…": those are one question's clauses
    (re.compile(rf"(?<!\bтом)(?<!\bто)(?<!\bтого)(?<!\bтем)[,;]\s+(?!which\b)(?=(?:{_RU_Q}|{_EN_Q})\b)", re.IGNORECASE), _MARK),
    # "… нәтижесі қандай болды және … кімдерді қызықтырады?", "неше дереккөз бар және …": the question word, up to two
    # words and their "was", "is" or "there is", then "and"
    (
        re.compile(
            rf"\b((?:{_KK_Q}){_KK_THERE_IS})\s*[,;]?\s+(?:және|жане|әрі|ари|ал|тағы)\s+",
            re.IGNORECASE,
        ),
        r"\1" + _MARK,
    ),
    (re.compile(rf"\b((?:{_KK_Q}){_KK_THERE_IS})\s*[,;]\s+", re.IGNORECASE), r"\1" + _MARK),
]
MIN_PART_CHARS = 6
ASKS = re.compile(
    rf"\b(?:{_EN_Q}|{_RU_Q}|{_KK_Q}|describe|summari[sz]e|compare|tell|give|explain|list|опиши\w*|расскажи\w*|сравни\w*"
    r"|перечисли\w*|поясни\w*|объясни\w*|назови\w*|айт\w*|түсіндір\w*)\b",
    re.IGNORECASE,
)
# an exam verb opening a sentence asks ("state the title of the essay and summarise its main thesis", "раскройте понятие
# …"); "state" and "outline" only before what they act on ("State power belongs to the people." tells)
_EXAM_VERB = re.compile(
    r"(?:(?:state|outline)\s+(?:the|what|how|why|which|who|its|his|their|two|three|main|briefly|in)"
    r"|identify|define|discuss|evaluate|assess|analy[sz]e|clarify|elaborate"
    r"|раскрой\w*|охарактеризуй\w*|обоснуй\w*|укажи\w*|сформулируй\w*)\b",
    re.IGNORECASE,
)

# asking for something without an asking word ("I need the main idea", "еще нужно про …", "маған … керек")
REQUEST = re.compile(
    # (not a task the asker tells of: "I need to cite this essay in my SRS", "i need to explain it to my group", "Мне
    # нужно выучить его к зачёту")
    r"\b(?:need(?! to (?:cite|write|prepare|present|submit|finish|read|do|make|hand|turn|explain|give|pass|study|learn)\b)"
    r"|want|wanna|give|tell|show|please|pls|plz|tl;?dr"
    r"|(?:нужн\w*|надо)(?! (?:сделать|подготовить|написать|покритиковать|сдать|выступить)\b)(?! (?:выучить|учить|прочитать|прочесть|запомнить|повторить) (?:его|её|ее|это|их)\b)|хочу|хотел\w*|дай\w*|расскаж\w*|скаж\w*|покаж\w*"
    r"|плиз|плз|пжлст|пж|пожалуйста|тл;?др|в ч[её]м"
    r"|керек|қажет\w*|кажет\w*|айт\w*|бер\w*|көрсет\w*)\b",
    re.IGNORECASE,
)
_ASKER = re.compile(r"^(?:мне|нам|i|we) ", re.IGNORECASE)  # "мне надо …", "i need …": the request follows
# "please" last makes a request of what comes before ("main idea of essay in 2-3 sentence please.", "вывод вкратце можно")
_PLEASE_LAST = re.compile(
    rf"\b(?:please|pls|plz|пожалуйста|плиз|плз|пж|пжлст|өтінемін|өтінем|(?:{BRIEFLY}),? можно)\W*$", re.IGNORECASE
)
# where a clause of a sentence ends and the next begins: a comma or a colon ("я пишу курсовую …: как звучит название"),
# or a sad or happy face ("… оқып үлгердім(( саяси …")
COLON = r":\s+(?!\d)"  # not a time typed "9: 00"
COLON_MARK = re.compile(COLON)
CLAUSE_COMMA = re.compile(rf",\s+|{COLON}|(?<=\w)(?:\(\(+|\)\)+)\s+")
# a clause ending in what someone claims or thinks, which the clause after goes on to say ("Мой одногруппник
# утверждал, что …", "Почему Назарбаев считает, что …", "кто написал, что …")
CLAIMS = re.compile(
    r"(?i)\b(?:утвержда\w*|счита\w*|думаю|думает|сказал\w*|говорит|говорил\w*|пишет|писал\w*|написал\w*|says|said|thinks?|claims?"
    r"|claimed|believes?|wrote|writes|дейді|деді|айтты|ойлаймын|жазады)\W*$"
)
# …the clause that says it: a part starts where a question word was cut, and of the words that introduce what is
# claimed only "что" is one ("that" is no cut)
_WHAT_IS_CLAIMED = re.compile(r"(?i)^\W*что\b")

# Kazakh asks last: "саяси процесс деген не өзі, … түсіндіріп жіберші"
_KK_ASKS_LAST = re.compile(
    r"\b(?:деген|дегеніміз|дегенің|дегенимиз|дегенин) не\b|\b(?:ма|ме|ба|бе|па|пе)\W*$"  # "… толғаулары ма"
    r"|\b(?:бер\w*|жібер\w*|жибер\w*|айт\w*|түсіндір\w*|тусиндир\w*|көрсет\w*|корсет\w*)\W*$"
    # a light verb after a Russian one: "объясни жасашы"
    r"|\b(?:жаса|ет)(?:шы|ші|ңызшы|ңізші|нызшы|низши|іңізші|иңізші|инизши)\W*$"
    # …and Russian's "это что" last, as a dictated question ends: "… определения.. политическое развитие это что"
    r"|\b(?:это|эт|вот) (?:что|кто|что такое)\W*$",
    re.IGNORECASE,
)


# "the paragraph, where …" names a place in the text by what it says: a clause, not a second question
_PLACE_WHERE = re.compile(
    r"\b((?:абзац|параграф|мест|част|раздел|фрагмент|отрыв|предложени|кус)\w*|paragraph|part|passage|section|bit|sentence)"
    r"\s*,\s+(?=(?:где|в котором|в которой|where)\b)",
    re.IGNORECASE,
)


# asking a person's name: "как его звали", "what's his name", "оның аты кім"
ASKS_NAME = re.compile(
    r"\bкак (?:там )?(?:его|её|ее)(?: (?:там|вообще))? (?:зовут|звали|фамилия)|\bкто (?:он|это) такой"
    r"|\b(?:what'?s|what is|what was|whats) (?:his|her|the guy'?s) (?:full )?(?:name|surname)\b"
    r"|\b(?:оның|онын) (?:есімі|есими|аты-жөні)|\b(?:оның |онын )?(?:аты|есімі|есими) (?:кім|ким)\b",
    re.IGNORECASE,
)


def split_parts(text: str) -> list[str]:
    """The questions of a message in order (one element when it asks one thing)."""
    marked = _PLACE_WHERE.sub(r"\1 ", text)
    for cut, replacement in _CUTS:
        marked = cut.sub(replacement, marked)
    parts = [p.strip(" ,;") for p in marked.split(_MARK)]
    kept = [p for p in parts if len(p) >= MIN_PART_CHARS]
    # "In the part about Daniel Bell, what does the author criticise?": a part that asks
    # nothing is the context of the next one, not a question of its own
    # "What, in the author's view, is…": a part with nothing but asking words asks nothing either
    if len(kept) < 2:
        return [text]
    lang = detect_language(text)
    retold = bool(_RETOLD.search(text))
    merged: list[str] = []
    for at, part in enumerate(kept):
        # "the American who wrote about industrial society, what's his name": who the part before describes
        asks_name = ASKS_NAME.search(part) is not None and not _names_something(ASKS_NAME.sub(" ", part), lang)
        # …not after a question mark: "Автор кім? Аты қалай?" asks two, as does "в заключении что автор говорит? что
        # сегодня является основой общества"
        asked_before = bool(merged) and merged[-1].rstrip().endswith("?")
        asks_name = asks_name and bool(merged) and not asked_before
        claimed = bool(merged) and not asked_before and bool(CLAIMS.search(merged[-1])) and bool(_WHAT_IS_CLAIMED.match(part))
        # …nor a guess at what the answer holds ("…? там про конфликты вроде")
        if merged and (
            (not _asks(merged[-1], retold) and "?" not in merged[-1])
            or not _names_something(merged[-1], lang)
            or asks_name
            or claimed
            or (at == len(kept) - 1 and is_guess(part, merged[-1], _asks_itself))
        ):
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged if len(merged) > 1 else [text]


# a part that asks of its own, after a question: an asking word or a request ("А про Марка Аврелия что было?", "…, who's
# he?", "…, соны айтшы"), not an auxiliary ("Essay is saying something about conflicts na?")
_ASKS_ITSELF = re.compile(
    rf"\b(?:{'|'.join(sorted(EN_ASKING | RU_ASKING | KK_ASKING, key=len, reverse=True))}|ч[её]м|чего|чему|кем|ком|каком"
    r"|расскаж\w*|скаж\w*|объясн\w*|tell|explain|айт\w*|түсіндір\w*|тусиндир\w*)\b",
    re.IGNORECASE,
)


def _asks_itself(part: str) -> bool:
    return bool(_ASKS_ITSELF.search(part))


def _asks(part: str, retold: bool = False) -> bool:
    """Whether a part has an asking word, other than the "when" of a clause telling what one did
    ("Когда я читала, мне показалось…", "when I read it"), or in a retelling checked with "right?", the "why" of what
    something is about ("its basically about why parties matter … and what …, right?"; not "not sure about why …")."""
    return bool(ASKS.search(_TELLING_WHEN.sub(" ", _ABOUT_WHY.sub(" ", part) if retold else part)))


_TELLING_WHEN = re.compile(r"^\s*(?:when|когда)\s+(?:i|we|я|мы)\b[^?,]*", re.IGNORECASE)
_ABOUT_WHY = re.compile(r"\b(?:about|explains|shows|describes) (?:why|what|who|how(?! many| much))\b", re.IGNORECASE)
_RETOLD = re.compile(r"\b(?:right|correct)\s*\?|\b(?:did i get it|have i got it|am i right)\b", re.IGNORECASE)


def _names_something(part: str, lang: str) -> bool:
    """Whether a part names what it asks about: a word that is no stop word, no way of asking and
    not "meaning" itself ("Что значит, что развитие — это…": "что значит" asks what the rest means)."""
    return has_content(part, lang) and any(token != "#definition" for _, token in terms(part, lang))


_AND = re.compile(r"\s*(?:,|\band\b|&|\bи\b|\bжәне\b|\bжане\b|\bмен\b|\bпен\b|\bбен\b)\s*", re.IGNORECASE)
MAX_ITEM_WORDS = 3


def split_items(text: str) -> list[str]:
    """Two short things asked together, "нысанбаев и куандык", "Mustafin and Nysanbaev": the
    two (one element when the message is not such a pair)."""
    items = [item for item in _AND.split(text.strip(" ?!.")) if item]
    if len(items) != 2 or any(len(item.split()) > MAX_ITEM_WORDS for item in items):
        return [text]
    return items


# wishing to ask, in Russian ("хотел бы уточнить", "хочу спросить"; knowledge.two_clauses reads one before a colon)
WISH_TO_ASK_RU = r"(?:хочу|хотел\w* бы|хотелось бы) (?:спросить|уточнить|узнать|понять)"
# a polite request anywhere in the sentence: "I should be most obliged if you could tell me …", "прошу пояснить …" (not
# "прошу подробнее", "прошу помощи")
_POLITE_REQUEST = re.compile(
    r"\b(?:obliged|grateful|thankful) if you\b|\bif you (?:would|could) be so kind\b|\bif you (?:would|could|can) (?:please )?"
    r"(?:tell|explain|give|remind|summari[sz]e|clarify)\b"
    r"|\bпрошу (?:вас )?(?:пояснить|объяснить|разъяснить|уточнить|указать|рассказать|назвать|перечислить|описать|привести)\b"
    rf"|\b{WISH_TO_ASK_RU}\b",
    re.IGNORECASE,
)


# words that lead into what follows, before an asking word: "so what does the abstract say", "anyway what are the keywords",
# "ну что такое …", "енді … не"
_LEADING_MARKER = re.compile(
    r"(?i)^(?:(?:ok(?:ay)?|so|anyway|anyways|well|and|but|then|also|btw|alright|ну|так|короче|ладно|кстати|енді|сонда)[,!]?\s+)+"
)


def asks_something(sentence: str) -> bool:
    """Whether a sentence is a question or a request: a question mark, an asking word first ("list
    the authors"; not "She says democracy is important."), a request first ("мне надо главную мысль"),
    "please" last, or Kazakh's asking last ("… деген не", "… түсіндіріп берші")."""
    start = _LEADING_MARKER.sub("", sentence.lstrip(), count=1)  # "so what does the abstract say", "anyway what are …"
    return "?" in sentence or bool(
        ASKS.match(start)
        or _EXAM_VERB.match(start)
        or REQUEST.match(_ASKER.sub("", start, count=1))
        or _PLEASE_LAST.search(start)
        or _KK_ASKS_LAST.search(start)
        or _POLITE_REQUEST.search(start)
    )
