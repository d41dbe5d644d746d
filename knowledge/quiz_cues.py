"""The "test-wise student": cues that let a quiz be passed without reading the essay.

A well-written multiple-choice item can only be answered from the text. These figures measure
how far a student gets on surface cues alone, per language:

- the correct option is the strictly longest one (`longest_correct_share`);
- a "the essay does not say…" option (a hedge) is usually the correct one (`hedge_correct`),
  or is the only hedge among the options and correct (a cue, flagged per item);
- options of very unequal lengths (the odd one out stands out; flagged per item);
- near-duplicate items (the same entry asked twice; language-independent, judged in English);
- trivia items (marked `trivia: true`; left out of default rounds);
- `test_wise_score`: the expected score of "pick the hedge when there is exactly one, else pick
  the longest option (ties split evenly)" over the items of a default round (non-trivia).

Pure functions over `QuizItem`s; `kb check` turns `cue_problems` into located problems.

Length: a few lines over the guide, for the cue rules' word lists in three languages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypedDict

from rapidfuzz import fuzz, utils

from knowledge.schema import LANGUAGES, QuizItem

# Thresholds: above any of these, `kb check` reports an error for the language.
MAX_LONGEST_CORRECT_SHARE = 0.35  # share of items whose correct option is strictly the longest
MAX_TEST_WISE_SCORE = 0.40  # expected score of the hedge-else-longest strategy
MAX_HEDGE_CORRECT_SHARE = 0.5  # of the items with a hedge option, share where the hedge is correct
# Per item.
UNEQUAL_LENGTH_RATIO = 2.5  # longest option over shortest option, in characters
NEAR_DUPLICATE_QUESTION_RATIO = 90  # rapidfuzz token_set_ratio of two English questions, same entry

# "The essay does not say / is not named / not mentioned / no answer in the text", per language:
# the forms asked for first, then the other forms of the same hedge that the quiz uses.
HEDGE_PATTERNS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"does not say|doesn['’]t say|not named|not mentioned|does not mention|does not give|gives no"
        r"|does not (?:name|list|explain|specify|state|cite)|doesn['’]t (?:mention|name|give)"
        r"|not (?:identified|specified|stated|listed)|\bnames? no\b|naming no\b|names neither|cites none"
        r"|no one is named|nothing is said",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"не говорит|не сказано|не назван|не упомина|не приводит|не даёт|не дает"
        r"|не называ|не перечисля|не указ|не объясня|не уточня",
        re.IGNORECASE,
    ),
    "kk": re.compile(
        r"айтылмайды|аталмайды|көрсетілмейді|келтірілмейді|айтпайды|жоқ"
        r"|атамайды|келтірмейді|көрсетпейді|тізбелемейді|түсіндірмейді|нақтыланбаған",
        re.IGNORECASE,
    ),
}


class NearDuplicate(NamedTuple):
    """Two items on the same entry that ask the same thing; `reason` says how they were matched."""

    first: str
    second: str
    reason: str


class CueProblem(NamedTuple):
    """A located cue problem. `item_id` is empty for a figure of the whole quiz; `warning` as
    in `knowledge.kb.Problem` (an error unless set)."""

    item_id: str
    field: str
    message: str
    warning: bool = False


class LanguageCues(TypedDict):
    """The figures of one language (near-duplicates and trivia are the same in every language)."""

    items: int
    round_items: int
    longest_correct: int
    longest_correct_share: float
    hedge_items: int
    hedge_correct: int
    only_hedge_correct: list[str]
    unequal_lengths: list[str]
    near_duplicates: list[NearDuplicate]
    trivia: int
    trivia_share: float
    test_wise_score: float


def option_texts(item: QuizItem, lang: str) -> list[str]:
    """The options' texts in one language (English where a translation is missing)."""
    return [option.get(lang) for option in item.options]


def correct_index(item: QuizItem) -> int | None:
    """Where the correct option is, or None unless exactly one is marked correct."""
    marked = [i for i, option in enumerate(item.options) if option.correct]
    return marked[0] if len(marked) == 1 else None


def is_hedge(text: str, lang: str) -> bool:
    """Whether an option says that the essay does not give the answer."""
    pattern = HEDGE_PATTERNS.get(lang, HEDGE_PATTERNS["en"])
    return pattern.search(text) is not None


def hedge_indexes(item: QuizItem, lang: str) -> list[int]:
    """The positions of the hedge options."""
    return [i for i, text in enumerate(option_texts(item, lang)) if is_hedge(text, lang)]


def correct_is_longest(item: QuizItem, lang: str) -> bool:
    """Whether the correct option is strictly longer (in characters) than every other option."""
    right = correct_index(item)
    if right is None:
        return False
    lengths = [len(text) for text in option_texts(item, lang)]
    return all(lengths[right] > n for i, n in enumerate(lengths) if i != right)


def only_hedge_is_correct(item: QuizItem, lang: str) -> bool:
    """Whether the correct option is the one and only hedge: the cue gives the answer away."""
    return hedge_indexes(item, lang) == [correct_index(item)]


def unequal_lengths(item: QuizItem, lang: str) -> bool:
    """Whether the longest option is more than `UNEQUAL_LENGTH_RATIO` times the shortest."""
    lengths = [len(text.strip()) for text in option_texts(item, lang)]
    return max(lengths) > UNEQUAL_LENGTH_RATIO * max(min(lengths), 1)


def test_wise_chance(item: QuizItem, lang: str) -> float:
    """The chance that "the only hedge, else the longest option (ties split evenly)" is right."""
    right = correct_index(item)
    if right is None:
        return 0.0
    hedges = hedge_indexes(item, lang)
    if len(hedges) == 1:
        return 1.0 if hedges[0] == right else 0.0
    lengths = [len(text) for text in option_texts(item, lang)]
    longest = [i for i, n in enumerate(lengths) if n == max(lengths)]
    return 1.0 / len(longest) if right in longest else 0.0


def round_items(items: Sequence[QuizItem]) -> list[QuizItem]:
    """The items a default round draws from: the non-trivia ones."""
    return [item for item in items if not item.trivia]


def test_wise_score(items: Sequence[QuizItem], lang: str) -> float:
    """The test-wise strategy's expected score (0-1) over the items of a default round."""
    pool = round_items(items)
    return sum(test_wise_chance(item, lang) for item in pool) / len(pool) if pool else 0.0


def _canonical(text: str) -> str:
    """Casefolded, punctuation stripped, spaces collapsed."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def near_duplicates(items: Sequence[QuizItem]) -> list[NearDuplicate]:
    """Pairs of items on the same entry with the same correct option (English, casefolded,
    punctuation stripped) or with English questions alike by token_set_ratio."""
    by_entry: dict[str, list[QuizItem]] = defaultdict(list)
    for item in items:
        by_entry[item.entry].append(item)
    pairs = []
    for group in by_entry.values():
        for n, first in enumerate(group):
            for second in group[n + 1 :]:
                reason = _duplicate_reason(first, second)
                if reason:
                    pairs.append(NearDuplicate(first.id, second.id, reason))
    return pairs


def _duplicate_reason(first: QuizItem, second: QuizItem) -> str:
    a, b = correct_index(first), correct_index(second)
    if a is not None and b is not None:
        text = _canonical(first.options[a].en)
        if text and text == _canonical(second.options[b].en):
            return f"same correct option {first.options[a].en!r}"
    ratio = fuzz.token_set_ratio(first.question.en, second.question.en, processor=utils.default_process)
    if ratio >= NEAR_DUPLICATE_QUESTION_RATIO:
        return f"questions {ratio:.0f}% alike"
    return ""


def _share(count: float, total: int) -> float:
    return count / total if total else 0.0


def language_cues(items: Sequence[QuizItem], lang: str, duplicates: list[NearDuplicate] | None = None) -> LanguageCues:
    """The figures of one language (`duplicates`: near-duplicates already found, to reuse)."""
    hedged = [item for item in items if hedge_indexes(item, lang)]
    longest = sum(correct_is_longest(item, lang) for item in items)
    trivia = sum(item.trivia for item in items)
    return LanguageCues(
        items=len(items),
        round_items=len(round_items(items)),
        longest_correct=longest,
        longest_correct_share=_share(longest, len(items)),
        hedge_items=len(hedged),
        hedge_correct=sum(correct_index(item) in hedge_indexes(item, lang) for item in hedged),
        only_hedge_correct=[item.id for item in hedged if only_hedge_is_correct(item, lang)],
        unequal_lengths=[item.id for item in items if unequal_lengths(item, lang)],
        near_duplicates=near_duplicates(items) if duplicates is None else duplicates,
        trivia=trivia,
        trivia_share=_share(trivia, len(items)),
        test_wise_score=test_wise_score(items, lang),
    )


def cue_report(items: Sequence[QuizItem]) -> dict[str, LanguageCues]:
    """The figures per language, in `LANGUAGES` order."""
    duplicates = near_duplicates(items)
    return {lang: language_cues(items, lang, duplicates) for lang in LANGUAGES}


def cue_problems(items: Sequence[QuizItem]) -> list[CueProblem]:
    """Errors: a language over a threshold (item id empty), a near-duplicate pair (on its first
    item). Warnings: an item with options of unequal lengths, or whose correct option is the only
    hedge (one per item, naming the languages)."""
    report = cue_report(items)
    out: list[CueProblem] = []
    for lang, cues in report.items():
        out += _language_problems(lang, cues)
    for pair in report[LANGUAGES[0]]["near_duplicates"]:
        out.append(CueProblem(pair.first, "question", f"near-duplicate of {pair.second!r}: {pair.reason}"))
    for item in items:
        langs = [lang for lang in LANGUAGES if item.id in report[lang]["unequal_lengths"]]
        if langs:
            lengths = ", ".join(_lengths(item, lang) for lang in langs)
            out.append(
                CueProblem(item.id, "options", f"longest option over {UNEQUAL_LENGTH_RATIO}× the shortest: {lengths}", True)
            )
        langs = [lang for lang in LANGUAGES if item.id in report[lang]["only_hedge_correct"]]
        if langs:
            out.append(
                CueProblem(item.id, "options", f"the correct option is the only 'not said' option ({', '.join(langs)})", True)
            )
    return out


def _lengths(item: QuizItem, lang: str) -> str:
    lengths = [len(text.strip()) for text in option_texts(item, lang)]
    return f"{lang} {min(lengths)}-{max(lengths)} characters"


def breaches(cues: LanguageCues) -> set[str]:
    """Which of a language's figures are over their threshold: "longest_correct", "test_wise",
    "hedge" (hedges mostly correct), "near_duplicates"."""
    over = {
        "longest_correct": cues["longest_correct_share"] > MAX_LONGEST_CORRECT_SHARE,
        "test_wise": cues["test_wise_score"] > MAX_TEST_WISE_SCORE,
        "hedge": cues["hedge_correct"] > MAX_HEDGE_CORRECT_SHARE * cues["hedge_items"],
        "near_duplicates": bool(cues["near_duplicates"]),
    }
    return {name for name, bad in over.items() if bad}


def _language_problems(lang: str, cues: LanguageCues) -> list[CueProblem]:
    out = []
    over = breaches(cues)
    if "longest_correct" in over:
        out.append(
            CueProblem(
                "",
                f"longest_correct.{lang}",
                (
                    f"the correct option is strictly the longest in {cues['longest_correct']} of {cues['items']} items "
                    f"({cues['longest_correct_share']:.0%}, at most {MAX_LONGEST_CORRECT_SHARE:.0%})"
                ),
            )
        )
    if "test_wise" in over:
        out.append(
            CueProblem(
                "",
                f"test_wise.{lang}",
                (
                    f"picking the only 'not said' option, else the longest, scores {cues['test_wise_score']:.0%} "
                    f"of {cues['round_items']} round items without reading the essay (at most {MAX_TEST_WISE_SCORE:.0%})"
                ),
            )
        )
    if "hedge" in over:
        out.append(
            CueProblem(
                "",
                f"hedge.{lang}",
                (
                    f"a 'not said' option is correct in {cues['hedge_correct']} of the {cues['hedge_items']} items "
                    f"that have one (at most {MAX_HEDGE_CORRECT_SHARE:.0%})"
                ),
            )
        )
    return out


def format_report(report: dict[str, LanguageCues]) -> str:
    """The figures as a table, a column per language, "!" where a threshold is passed."""
    rows: list[tuple[str, Callable[[LanguageCues], str], str]] = [
        ("items (in a default round)", lambda c: f"{c['items']} ({c['round_items']})", ""),
        ("correct option is longest", lambda c: f"{c['longest_correct']} ({c['longest_correct_share']:.1%})", "longest_correct"),
        ("hedge items / hedge correct", lambda c: f"{c['hedge_items']} / {c['hedge_correct']}", "hedge"),
        ("correct is the only hedge", lambda c: str(len(c["only_hedge_correct"])), ""),
        (f"options unequal (>{UNEQUAL_LENGTH_RATIO}x)", lambda c: str(len(c["unequal_lengths"])), ""),
        ("near-duplicate pairs", lambda c: str(len(c["near_duplicates"])), "near_duplicates"),
        ("trivia", lambda c: f"{c['trivia']} ({c['trivia_share']:.1%})", ""),
        ("test-wise score", lambda c: f"{c['test_wise_score']:.1%}", "test_wise"),
    ]
    lines = [f"{'':30}" + "".join(f"{lang:>14}" for lang in report)]
    for name, show, figure in rows:
        cells = [show(c) + (" !" if figure in breaches(c) else "  ") for c in report.values()]
        lines.append(f"{name:30}" + "".join(f"{cell:>14}" for cell in cells))
    lines.append(
        f"! over a threshold: longest {MAX_LONGEST_CORRECT_SHARE:.0%}, hedge correct {MAX_HEDGE_CORRECT_SHARE:.0%}, "
        f"test-wise {MAX_TEST_WISE_SCORE:.0%}, any near-duplicate"
    )
    first = next(iter(report.values()), None)
    for pair in first["near_duplicates"] if first else []:
        lines.append(f"near-duplicate: {pair.first} / {pair.second}: {pair.reason}")
    return "\n".join(lines)
