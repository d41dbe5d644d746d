"""Questions that ask what something is for, or why it happened ("why did Kazakhstan move to
democracy", "что дал переход…", "не үшін керек"): an entry that states a fact may name another entry
that gives its purpose (knowledge.schema.Entry.purpose), and such a question is answered with that one.
Why the essay *mentions* something asks the author's purpose, not the fact's, and is no such question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.outcome import Suggestion, suggestion
from knowledge.schema import Entry

if TYPE_CHECKING:
    from knowledge.kb import KnowledgeBase
    from knowledge.matcher import Candidate

_FLAGS = re.IGNORECASE

_WHY = re.compile(
    r"\bwhy\b|\bwhat for\b|^\W*what (?:are|is|were|was) [^?.!]{1,60}\bfor\W*$|\bfor what (?:purpose|reason)\b|^\W*for what\b[^?.!]{1,60}\bexists?\b|\bgoal\b|\bpurpose\b|\baim\b|\bsupposed to\b|\bachieve\b|\bgain\b"
    r"|\bwhat (?:does |do |did |will |would |can )?(?:it |this |that )?(?:give|bring)s?\b"
    r"|\bwhat (?:will|would|can|should|must) (?!(?:you|u|i|we) )(?:\w+ ){1,4}(?:give|bring)\b(?! up| as)"
    r"|\bwhat (?:\w+ ){1,3}(?:must|should|has to|is to|will|would|can) (?:give|bring)\b(?! up| as)|\bчто (?:это |он |она |оно )?(?:да[её]т|дал[аои]?)\b"
    r"|\bпочему\b|\bзачем\b|\bдля чего\b|\bради чего\b|\bцел[ьиея]\w*|\bдолж\w+ дать\b|\bк чему (?:\w+ )?(?:привод|привест|привел|привёл)\w*|\bpochemu\b|\bzachem\b"
    r"|(?<!неден )\bнеге\b|\bне (?:үшін|ушин)\b|\bма[қк]сат\w*|(?<!neden )\bnege\b|\bma[qk]sat\w*",  # "неден неге": from what to what
    _FLAGS,
)
# why the essay mentions something asks the author's purpose, not the fact's ("зачем автор упоминает советскую модель")
_WHY_MENTIONED = re.compile(
    r"\bmention|\bbrings? up\b|\brecall|\brefers? to\b|упомина|упомян|вспомина|еске ал|еске түс|атап|сөз ет", _FLAGS
)


def asks_purpose(question: str) -> bool:
    return bool(_WHY.search(question)) and not _WHY_MENTIONED.search(question)


def for_purpose(
    kb: KnowledgeBase, best: Candidate, lang: str, question: str, also: tuple[Suggestion, ...]
) -> tuple[Entry, tuple[Suggestion, ...]]:
    """The entry a question about the fact `best` is answered with, and what is offered with it: the fact's purpose
    entry, the fact offered first, when the question asks what it was for ("why did Kazakhstan leave the Soviet
    model"); else the fact itself."""
    fact = kb.entries[best.entry_id]
    if fact.purpose is None or not asks_purpose(question):
        return fact, also
    offered = (suggestion(kb, best, lang, "tie"), *(s for s in also if s.entry_id != fact.purpose))
    return kb.entries[fact.purpose], offered
