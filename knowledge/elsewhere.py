"""What a textbook or a lecture says, told before what the essay says is asked: "в учебнике написано что модернизация
это чисто экономические реформы. а в эссе как определяют политическую модернизацию?", "in our textbook democracy is a
form of government, but what does the essay say about it?". The question is the part that turns to the essay; what the
other source says only sets it off."""

from __future__ import annotations

import re

from knowledge.asking_sentence import OF_IT
from knowledge.normalize import named_terms
from knowledge.parts import asks_something
from knowledge.sentences import sentences

# another source, and what it says: "в учебнике (Куандыка)", "на лекции говорили", "in our textbook", "оқулықта"
_ELSEWHERE = re.compile(
    r"(?i)\b(?:в учебник\w*|учебник\w* (?:говорит|пишет|утверждает)|на лекци\w*|в лекци\w*|лектор\w* (?:говорил|сказал)\w*"
    r"|in (?:the |our |my )?(?:textbook|lecture|course ?book)s?|(?:the |our |my )?(?:textbook|lecturer) (?:says|said)"
    r"|оқулықта|окулыкта|оқулықтағы|окулыктагы|лекцияда|дәрісте|даристе)"
)
# …then the turn to the essay, which asks: "а в эссе как …?", ", а что про демократию в эссе говорится?", "ал эсседе ше?"
_TO_THE_ESSAY = re.compile(
    r"(?i)^\W*(?:а|но|ал|бірақ|but|and|so)\b[^.?!]*?\b(?:эссе\w*|essay|автор\w*|мәтін\w*|матин\w*|author)\b"
)
_OF_HIM = re.compile(r"(?i)\b(?:него|нему|них|ними|неё|нее)\b")  # "у него", after a preposition
_TURN = re.compile(r"(?i),\s+(?=(?:а|но|ал|бірақ|but)\s)")
_LEADING_TURN = re.compile(r"(?i)^\W*(?:а|но|ал|бірақ|but|and|so)\s+")


def after_elsewhere(body: str, lang: str) -> str:
    """The part of a message that asks what the essay says of a term it names, after what another source says; the
    message as it is otherwise ("на лекции говорили что … 7 партий, а в эссе сколько?" asks of the parties)."""
    pieces = [piece for sentence in sentences(body) for piece in _TURN.split(sentence) if piece.strip()]
    for index, piece in enumerate(pieces[1:], 1):
        # (not one that points back: "…, а в эссе какая у него книга?" asks of whom the source named)
        pointing = OF_IT.search(piece) or _OF_HIM.search(piece)
        if not (_TO_THE_ESSAY.match(piece) and asks_something(piece) and named_terms(piece, lang)) or pointing:
            continue
        if any(_ELSEWHERE.search(before) for before in pieces[:index]):
            return _LEADING_TURN.sub("", " ".join(pieces[index:]), count=1)
    return body
