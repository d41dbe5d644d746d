"""A long regex alternation run with only the alternatives that can match the text at hand.

Python's `re` tries every alternative at every position of the text: the filler and answer-shape
patterns of `normalize` (a hundred alternatives and more each) cost a long message more than the
rest of its reading together. Most alternatives need some letters to occur ("вкратце", "in simple
words"); `Alternation` finds those letters once, when it is built, and on each text runs only the
alternatives whose letters occur there (all found in one pass by pyahocorasick's automaton). It
finds what the whole pattern finds, match for match: an alternative whose letters do not occur
cannot match, and the alternatives that can are tried in the whole pattern's order at each
position (`tests/test_alternation.py` holds it to that).

Finding the letters means parsing every alternative (~0.1 s for `normalize`'s four at each start);
an alternation built `kept` reads them instead from what an earlier process found
(knowledge.index_cache).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import re
from typing import Any

import ahocorasick  # pyahocorasick: every alternative's letters found in one pass over the text

from knowledge.index_cache import built

# The standard library's own regex parser (what `re.compile` reads patterns with), as Python 3.11 and later
# name it; it is private, so typeshed has no stubs for it
_parser: Any = importlib.import_module("re._parser")
_ops: Any = importlib.import_module("re._constants")

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" before the pattern: flags of the whole
_EDGES = re.compile(r"(?:\\b|\^|\$)*")  # zero-width edges around a group: "\b(?:a|b)\b"


def _scan(source: str, start: int, stop_at_bar: bool) -> int:
    """Where the group opened at `start` closes, or (`stop_at_bar`) where the next top-level `|` is."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if not in_class and source.startswith("(?#", i):  # a comment: nothing in it counts, up to its ")"
            end = source.find(")", i)
            i = len(source) if end < 0 else end + 1
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 2 if source.startswith("]", i + 1) else 3 if source.startswith("^]", i + 1) else 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0 and not stop_at_bar:
                return i
        elif char == "|" and depth == 0 and stop_at_bar:
            return i
        i += 1
    return len(source) if stop_at_bar else -1


def alternatives(source: str) -> list[str]:
    """The top-level alternatives of a pattern; a group that is a whole alternative, with only
    edges around it, is opened: `\\b(?:a|b)\\b` tries what `\\ba\\b|\\bb\\b` tries, in that order."""
    parts, start = [], 0
    while True:
        end = _scan(source, start, stop_at_bar=True)
        parts.append(source[start:end])
        if end >= len(source):
            break
        start = end + 1
    opened = []
    for part in parts:
        edges = _EDGES.match(part)
        prefix = edges.group() if edges else ""
        close = _scan(part, len(prefix), stop_at_bar=False) if part.startswith("(?:", len(prefix)) else -1
        suffix = part[close + 1 :] if close >= 0 else ""
        inner = alternatives(part[len(prefix) + 3 : close]) if close >= 0 and _EDGES.fullmatch(suffix) else [part]
        opened.extend([part] if len(inner) == 1 else [prefix + each + suffix for each in inner])
    return opened


def _needed(items: Any) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence `items` contains one, or None."""
    best: frozenset[str] | None = None

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    run: list[str] = []
    for op, value in items:
        if op is _ops.LITERAL:
            run.append(chr(value))
            continue
        repeated = op in (_ops.MAX_REPEAT, _ops.MIN_REPEAT) and value[0] >= 1
        if repeated and len(value[2]) == 1 and value[2][0][0] is _ops.LITERAL:  # "м{2,}": "мм"
            letter = chr(value[2][0][1]) * value[0]
            run.append(letter)
            if value[1] != value[0]:
                consider(frozenset(["".join(run)]))
                run = [letter]
            continue
        consider(frozenset(["".join(run)]) if run else None)
        run = []
        if op is _ops.SUBPATTERN:
            if not value[1] & re.IGNORECASE:  # "(?i:ba)" matches "BA": no letters of its own
                consider(_needed(value[3]))
        elif op is _ops.BRANCH:
            each = [_needed(branch) for branch in value[1]]
            if all(each):
                consider(frozenset().union(*(found for found in each if found)))
        elif repeated:
            consider(_needed(value[2]))
    consider(frozenset(["".join(run)]) if run else None)
    return best


def _needs(alternative: str, flags: int) -> frozenset[str] | None:
    """The letters an alternative needs (None: it is always tried). An alternative that can match
    nothing at all is refused: the whole pattern would step past an empty match differently."""
    parsed = _parser.parse(alternative, flags)
    if parsed.getwidth()[0] < 1:
        raise ValueError(f"an alternative that can match nothing: {alternative!r}")
    if parsed.state.groups > 1:  # a group's number would change once the alternatives stand apart
        raise ValueError(f"an alternative with a capturing group: {alternative!r}")
    if flags & re.IGNORECASE:  # its letters may come in either case
        return None
    found = _needed(parsed)
    return found if found and min(map(len, found)) >= 2 else None


Analysis = tuple[list[str], list[int], dict[str, list[int]]]


def analyze(source: str, flags: int) -> Analysis:
    """A pattern's alternatives, those always tried, and by the letters they need those that need some."""
    parts = alternatives(source)
    always: list[int] = []
    by_letters: dict[str, list[int]] = {}
    for i, part in enumerate(parts):
        needs = _needs(part, flags)
        if needs is None:
            always.append(i)
        for letters in needs or ():
            by_letters.setdefault(letters, []).append(i)
    return parts, always, by_letters


class Alternation:
    """A compiled alternation that runs, on each text, only the alternatives that can match it.

    Only the letters each alternative needs are found when it is built; an alternative is compiled the
    first time a text has its letters, and the whole pattern only when asked for (`pattern`): most are
    never needed by a process, and compiling them all cost every start about a tenth of a second.
    `kept`: a pattern of the package's own code, whose letters are found once and kept between
    processes."""

    def __init__(self, pattern: re.Pattern[str] | str, flags: int = 0, *, kept: bool = False):
        if isinstance(pattern, re.Pattern):
            source, flags = pattern.pattern, pattern.flags
        elif _GLOBAL_FLAGS.match(pattern):  # they would be the first alternative's alone: give them as `flags`
            raise ValueError(f"global inline flags in a source: {pattern[:20]!r}")
        else:
            source = pattern
        if flags & re.VERBOSE:  # its "#" comments and spaces would be split like the rest
            raise ValueError("a verbose pattern: write it without re.VERBOSE")
        self.source, self.flags = source, flags
        if kept:  # the package's own patterns: named by their text, kept with the package's digest
            name = hashlib.sha256(f"{flags}:{source}".encode()).hexdigest()[:16]
            self._parts, self._always, self._by_letters = built(f"alternation.{name}", lambda: analyze(source, flags))
        else:
            self._parts, self._always, self._by_letters = analyze(source, flags)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self._parts)
        self._letters = ahocorasick.Automaton()
        for letters, owners in self._by_letters.items():
            self._letters.add_word(letters, owners)
        if self._by_letters:
            self._letters.make_automaton()

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The whole pattern, compiled: what this alternation finds, match for match."""
        return re.compile(self.source, self.flags)

    def _part(self, i: int) -> re.Pattern[str]:
        compiled = self._compiled[i]
        if compiled is None:  # two threads may both compile it: the same pattern either way
            compiled = self._compiled[i] = re.compile(self._parts[i], self.flags)
        return compiled

    def _possible(self, text: str) -> list[re.Pattern[str]]:
        chosen = set(self._always)
        if self._by_letters:
            for _, owners in self._letters.iter(text):
                chosen.update(owners)
        return [self._part(i) for i in sorted(chosen)]

    def _matches(self, text: str) -> list[re.Match[str]]:
        """What `pattern.finditer(text)` finds (no alternative matches nothing, so none is empty)."""
        chosen = self._possible(text)
        next_match = [part.search(text) for part in chosen]
        found: list[re.Match[str]] = []
        end = 0
        while True:
            first: re.Match[str] | None = None
            for i, match in enumerate(next_match):
                if match is not None and match.start() < end:  # overlapped by the last match: look again after it
                    match = next_match[i] = chosen[i].search(text, end)
                if match is not None and (first is None or match.start() < first.start()):
                    first = match  # on a tie, the earlier alternative: the whole pattern tries it first
            if first is None:
                return found
            found.append(first)
            end = first.end()

    def search(self, text: str) -> re.Match[str] | None:
        chosen = self._possible(text)
        found = [match for match in (part.search(text) for part in chosen) if match is not None]
        return min(found, key=lambda match: match.start(), default=None)

    def sub(self, replacement: str, text: str) -> str:
        """`pattern.sub(replacement, text)` for a plain replacement (no group references)."""
        if "\\" in replacement:
            raise ValueError("a replacement with group references needs the whole pattern")
        pieces, end = [], 0
        for match in self._matches(text):
            pieces += [text[end : match.start()], replacement]
            end = match.end()
        return "".join(pieces) + text[end:] if pieces else text
