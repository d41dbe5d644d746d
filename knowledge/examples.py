"""An example after the question only illustrates it: "эссенің мәтінінде қателер бар ма? мысалы Марк Аврелий мен Белл
кітабының атауында бір нәрсе дұрыс емес сияқты" asks about the errors, not about the people it names. The message is
read without the sentences that give examples, when what is left asks and names a term of the essay."""

from __future__ import annotations

from knowledge.normalize import named_terms
from knowledge.parts import asks_something
from knowledge.sentences import sentences
from knowledge.several import EXAMPLE


def without_examples(body: str, lang: str) -> str:
    """The message without its sentences of examples after the first; the message itself otherwise."""
    split = sentences(body)
    kept = [sentence for index, sentence in enumerate(split) if not (index and EXAMPLE.match(sentence))]
    if len(kept) == len(split):
        return body
    rest = " ".join(kept)
    return rest if asks_something(rest) and named_terms(rest, lang) else body
