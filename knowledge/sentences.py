"""The sentences of a message: where one ends and the next begins, in chat as students type it (a full stop before a
lower-case word, an emoji, an ellipsis), and in a long dictated message without marks, where its question starts."""

from __future__ import annotations

import re

from knowledge.parts import ASKS, MIN_PART_CHARS

# a sentence ends at "?" or "!", or at "." before a capital letter when the word before is no
# abbreviation ("e.g. Bell", "т.е. …")
_SENTENCE_END = re.compile(
    r"(?<=[?!])\s+(?=\S)|(?<=\w{3}\.|\w{2}\)\.)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
    # after a quotation that ends the sentence: "…«основа общества — это партии». Кто из нас прав?"
    r"|(?<=\w[»”\"]\.|\w\.[»”\"])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"
    r"|(?<=\b(?:ha|ok|no|oh|ah|hm|ну|да|ок|ой)\.)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"  # "…, ha. But what …": an interjection ends one
    r"|(?<=\.\.)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"  # …and an ellipsis, of two dots or more: "Заключение вкратце можно... А то …"
    r"|(?<=\b(?:to|it|me|us|up|on|in|do|go|be|at)\.)\s+(?=[A-Z])"  # "…who the definition belongs to. Also when …"
    r"|(?<=\b(?:РК|КЗ|ҚР|RK|KZ)\.)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"  # the country's short name: "…партий в РК. Как точно звучит …"
    # the reason after the question: "can u explain the 3 dimensions simpler bc the text is so confusing …"
    r"|(?<=\w)\s+(?=(?:bc|because|cuz|coz|потому что|так как|себебі|өйткені)\s)"
)


# …and after emoji, which chat puts where a full stop goes ("…миым істемей тұр 😩 саяси процесс деген не")
_LOWER_SENTENCE_END = re.compile(
    # "… on my phone rn. what is …", "ок. что такое …", "… with just 'reforms'. what is …"
    r"(?:(?<=\w\.)|(?<=\w['\"»”)]\.)|(?<=\.\.))\s+(?=[a-zа-яёәғқңөұүһі])"
    r"|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=\w)"
    # …and a smile of brackets after a word, as Russian chat ends one: "…, а я его пролистала только) о чем оно в целом?"
    r"|(?<=[^\W\d_])\)+\s+(?=[a-zа-яёәғқңөұүһі])"
)
# …not after an initial ("г."; not "i", "я" nor a number: "… paragraph 5. what does …"), letters with dots ("т.е.",
# "e.g.", "б.з.д. өмір") nor an abbreviation ("и др.", "гл. образом"); "etc." may end a sentence
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:(?:[^\W\d_]\.){2,}|(?![iя]\.)[^\W\d_]\."
    r"|(?:др|пр|стр|см|им|гг|вв|тыс|млн|млрд|гл|напр|ст|кн|ср|vs|al|pp|ch|para|dr|mr|mrs|ms|ed|eds|мыс|жж|бб)\.)$",
    re.I,
)


def _lower_pieces(text: str) -> list[str]:
    """A message split where a full stop or an emoji ends a sentence before a word in lower case: after any word but a
    letter alone or an abbreviation."""
    pieces: list[str] = []
    start = 0
    for end in _LOWER_SENTENCE_END.finditer(text):
        before = text[: end.start()]
        if _ABBREVIATION.search(before) or (text[end.start()] == ")" and before.count("(") > before.count(")")):
            continue  # a bracket that closes one opened: "(a remark) and then"
        pieces.append(text[start : end.start()])
        start = end.end()
    return [*pieces, text[start:]]


_LOWER_SENTENCE_WORDS = 3  # chat writes "времени ноль. препод сказал…"; "межэтн. межрелиг. гармония" is one sentence


_VOICE_WORDS = 20
_INNER_MARK = re.compile(r"[.?!]")
# Kazakh ends a clause with its verb: after a finite one that tells (the asker's "оқыдым", "қалдым", "кетіппін",
# "емеспін", the teacher's "деді", "сұрады", "болды") or a closing particle ("ғой", "екен") a new sentence starts:
# "… деп сұрады мен отырып қалдым ештеңе айта алмадым ұят болды ғой эссеге сүйеніп … түсіндіріп берші" (not in Russian:
# "простым языком")
_KK_VOICE_WORDS = 12
_KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_KK_VOICE_BREAK = re.compile(
    r"\b(ғой|гой|екен|деді|деди|сұрады|сурады|болды|айтты"
    # "-мын/-мін" after "ы/і" is the object's ending, not "I": "ұғымын", "ілімін"
    r"|\w{2,}(?:дым|дім|тым|тім|ппын|ппін|пын|пін)|\w*[^\Wыі]м[ыі]н)"
    # …not before what still belongs to the clause: a particle that asks or closes it, or "емес"
    r"\s+(?!(?:ғой|гой|екен|ма|ме|ба|бе|па|пе|мә|емес)\b)(?=\w)",
    re.IGNORECASE,
)
_VOICE_BREAK = re.compile(
    # "… можешь перечислить …": the request itself starts the sentence ("можешь" asks of the bot, not of the essay)
    r"\s+(?:а |и )?(?:можешь|можете)\s+(?=\w)"
    r"|(?<!пожалуйста)\s+(?=(?:а |и )?(?:подскажи\w*|скажи\w*|объясни\w*|перечисли\w*|расскажи\w*)\s(?!потому|так как|ведь))"
    r"|\s+(?=а (?:какие|какой|какая|какое|что|как|почему|зачем|кто|сколько|где)\s)"
    # English typed as fast: "… and i still dont get it what is political modernization …"
    r"|\s+(?:so\s+|but\s+|and\s+)?(?=(?:what|how|why|which|who|where)\s+(?:is|are|was|were|does|do|did|kind|exactly)\s)"
    # …not "сказал вот что …" (the following), a speech verb's
    r"|(?<!сказал)(?<!сказала)(?<!говорит)(?<!написал)(?<!пишет)"
    r"\s+(?:вот|короче)\s+(?=(?:какие|какой|какая|какое|что|как|почему|зачем|кто|сколько|где)\s)",
    re.IGNORECASE,
)


def sentences(text: str) -> list[str]:
    """The sentences of a message that say something (one element when it is one sentence); a
    sentence starts in lower case too when every piece is a few words long, or asks a short question
    of its own ("… or a bot lol. whats democracy"); an ellipsis ends one as a full stop does. A long message without
    a mark inside (dictated) starts its question where it asks: "… а я видела больше можешь перечислить
    какие ключевые слова", "… он назвал только одно а какие остальные два", "… про модернизацию вот что вообще
    такое …"; in Kazakh after a verb that ends a clause (_KK_VOICE_BREAK)."""
    found: list[str] = []
    stripped = text.strip()
    if len(stripped.split()) >= _VOICE_WORDS and not _INNER_MARK.search(stripped.rstrip("?!. ")):
        stripped = _VOICE_BREAK.sub(". ", stripped)
    words = len(stripped.split())
    if words >= _KK_VOICE_WORDS and _KK_LETTERS.search(stripped) and not _INNER_MARK.search(stripped.rstrip("?!. ")):
        stripped = _KK_VOICE_BREAK.sub(r"\1. ", stripped)
    for piece in _SENTENCE_END.split(stripped):
        pieces = _lower_pieces(piece.strip())
        # …or a short question of its own after the first ("are u a real person or a bot lol. whats democracy"), or after
        # an ellipsis ("Нам задали выучить термины к семинару.. полит партия?")
        whole = all(
            len(p.split()) >= _LOWER_SENTENCE_WORDS
            or (i and len(p.split()) > 1 and (ASKS.match(p) or (p.rstrip().endswith("?") and pieces[i - 1].endswith(".."))))
            for i, p in enumerate(pieces)
        )
        found += pieces if whole else [piece.strip()]
    kept = [s for s in found if len(s) >= MIN_PART_CHARS]
    return kept if len(kept) > 1 else [text]
