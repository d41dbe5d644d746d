"""An example after the question only illustrates it: "эссенің мәтінінде қателер бар ма? мысалы Марк Аврелий мен Белл
кітабының атауында бір нәрсе дұрыс емес сияқты" asks about the errors, not about the people it names. The message is
read without the sentences that give examples and ask nothing themselves, when what is left asks and names a term of
the essay."""

from __future__ import annotations

from knowledge.normalize import named_terms
from knowledge.parts import asks_something
from knowledge.sentences import sentences
from knowledge.several import EXAMPLE


def without_examples(body: str, lang: str) -> str:
    """The message without its sentences of examples after the first; the message itself otherwise."""
    split = sentences(body)
    # (not an example that asks: "Что эссе говорит о Белле? Например, какую книгу он написал?" asks the narrower thing)
    kept = [s for index, s in enumerate(split) if not (index and EXAMPLE.match(s) and not asks_something(s))]
    if len(kept) == len(split):
        return body
    rest = " ".join(kept)
    return rest if asks_something(rest) and named_terms(rest, lang) else body
