"""knowledge.alternation: a long alternation run with only the alternatives that can match finds
exactly what the whole pattern finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from knowledge import alternation as alternation_module
from knowledge import normalize
from knowledge.alternation import Alternation, alternatives, analyze
from knowledge.eval_sets import load_cases, set_files
from knowledge.normalize import clean

# each Alternation of normalize beside the whole pattern it stands for
PAIRS = [
    (alternation, alternation.pattern)
    for alternation in (normalize._FILLERS, normalize._SHAPES, normalize._SHAPE_HINTS, normalize._ESSAY_ASPECTS)
]


def _same(alternation: Alternation, pattern: re.Pattern[str], text: str) -> None:
    assert alternation.sub(" ", text) == pattern.sub(" ", text), text
    found, expected = alternation.search(text), pattern.search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None), text


def test_every_question_of_the_eval_sets_reads_the_same() -> None:
    # the texts content_words runs these patterns on: every question of the dev and regression sets
    texts = sorted({clean(c.question).lower() for part in ("dev", "regression") for p in set_files(part) for c in load_cases(p)})
    assert len(texts) > 10_000
    changed = 0
    for alternation, pattern in PAIRS:
        for text in texts:
            _same(alternation, pattern, text)
            changed += alternation.sub(" ", text) != text
    assert changed > 1_000  # the patterns do match: the comparison is not of texts left alone


def test_the_patterns_are_split_into_their_alternatives() -> None:
    for alternation, pattern in PAIRS:
        assert len(alternation._parts) >= 30, pattern.pattern[:60]
        assert len(alternation._always) <= 1  # nearly every alternative needs letters of its own


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"\b(?:a|ab|abc)\b", "abc ab a x"),  # the first alternative that matches at a position wins
        (r"\b(?:ab|a)b", "abb ab"),
        (r"(?<=, )(?:one|two) lines|lines", "in two lines, one lines"),  # a lookbehind sees before the search's start
        (r"foo bar|bar baz|baz", "foo bar baz baz"),  # overlapping candidates: the earlier start, then after its end
        (r"[|(]x|y\|z|\d+ times", "(x |x y|z 3 times"),  # "|" and "(" in a class and escaped are no splits
        (r"^\s*(?:term|термин)\s*:|term", "term: term"),  # "^" is the start of the text, not of a search
        (r"\b(?:м{2,}|э{2,})\b", "ммм, эээ м э"),  # repeated letters: "мм", "ээ"
        (r"\d{1,2} am|at \d", "at 9 am"),  # no letters of its own: always tried
        (r"x(?#a|b)y|z", "xy z"),  # a comment's "|" splits nothing
        (r"[^a](?:(?i:ba)|bab)|bb", " bAabb"),  # letters that ignore case are no letters it needs
        (r"(?i)abc|def", "ABC DEF"),
        (r"ab{2,}c|x", "abbbc"),  # a repeat needs its least, not more
    ],
)
def test_small_patterns_find_what_the_whole_pattern_finds(source: str, text: str) -> None:
    pattern = re.compile(source)
    alternation = Alternation(pattern)
    _same(alternation, pattern, text)
    assert alternation.sub(" ", text) != text


def test_random_texts_read_the_same() -> None:
    pieces = ["in simple words", "вкратце", "кратко", "for a beginner", "ммм", ", ", "эссе", "essay", " ", "9 am", "тезисно"]
    rng = random.Random(3)
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for alternation, pattern in PAIRS:
            _same(alternation, pattern, text)


def test_an_alternative_is_compiled_only_once_a_text_has_its_letters() -> None:
    alternation = Alternation(r"\bin simple words\b|вкратце|tl;?dr")
    assert alternation._compiled == [None, None, None]
    assert alternation.sub(" ", "вкратце: партия") == " : партия"
    assert [compiled is not None for compiled in alternation._compiled] == [False, True, False]
    assert alternation.search("what is tldr") is not None and alternation._compiled[2] is not None
    assert alternation._compiled[0] is None


def test_a_kept_alternation_reads_back_the_letters_it_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAIASAT_CACHE_DIR", str(tmp_path))
    source = normalize._FILLERS.source
    first = Alternation(source, kept=True)
    assert len(list(tmp_path.glob("alternation.*.pickle"))) == 1
    assert (first._parts, first._always, first._by_letters) == analyze(source, 0)
    assert Alternation("ab|cd").search("xcd") is not None  # not kept: nothing read or written
    assert len(list(tmp_path.glob("alternation.*.pickle"))) == 1

    def never(*_: object) -> None:
        raise AssertionError("parsed again although its letters were kept")

    monkeypatch.setattr(alternation_module, "analyze", never)
    again = Alternation(source, kept=True)
    for text in ("ну в целом, что такое модернизация простыми словами", "in simple words what is a party pls", "жалпы алғанда"):
        _same(again, normalize._FILLERS.pattern, text)
    with pytest.raises(AssertionError):  # another pattern or other flags: a file of its own
        Alternation(source, re.IGNORECASE, kept=True)


def test_a_source_gives_its_flags_apart() -> None:
    assert Alternation("ab|cd", re.IGNORECASE).search("xCD").span() == (1, 3)
    with pytest.raises(ValueError):
        Alternation("(?i)ab|cd")  # "(?i)" would stay with the first alternative alone


def test_a_group_is_opened_only_with_edges_alone_around_it() -> None:
    assert alternatives(r"\b(?:a|b)\b|c") == [r"\ba\b", r"\bb\b", "c"]
    assert alternatives(r"(?:a|b)?c") == [r"(?:a|b)?c"]  # optional: no alternative of the whole
    assert alternatives(r"(?:a|b) c") == [r"(?:a|b) c"]


def test_what_it_cannot_do_the_same_it_refuses() -> None:
    with pytest.raises(ValueError):
        Alternation(re.compile(r"a|b?"))  # an empty match: the whole pattern steps past it its own way
    with pytest.raises(ValueError):
        Alternation(re.compile(r"(a)b|c"))  # group numbers change when split
    with pytest.raises(ValueError):
        Alternation(re.compile(r"a # one|b", re.VERBOSE))  # its comments would be split too
    with pytest.raises(ValueError):
        Alternation(re.compile(r"ab|c")).sub(r"\n", "ab")  # a replacement's escapes are the whole pattern's to read
