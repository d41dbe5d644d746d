"""`kb check`: everything that must hold of the KB files, as located problems.

Length: a flat list of independent checks, one short function each.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.kb import KnowledgeBase, Problem
from knowledge.normalize import clean
from knowledge.quiz_cues import cue_problems
from knowledge.schema import LANGUAGES, Entry, Localized

MIN_ALTERNATES = {"en": 6, "ru": 5, "kk": 5}
TEXT_FIELDS = ("question", "answer", "explanation", "note")
# The quiz's test-wise cues (knowledge/quiz_cues.py) are errors; False reports them as warnings,
# with the same figures, while the quiz is being rewritten.
QUIZ_CUE_ERRORS = True


def check_kb(kb: KnowledgeBase) -> list[Problem]:
    problems: list[Problem] = []
    for entry in kb.entries.values():
        file = kb.entry_files.get(entry.id, "")
        problems += _check_sources(kb, entry, file)
        problems += _check_related(kb, entry, file)
        problems += _check_languages(entry, file)
        problems += _check_glossary(kb, entry, file)
        problems += _check_discuss(entry, file)
    problems += _check_quiz(kb)
    problems += _check_quiz_cues(kb)
    problems += _check_tips(kb)
    problems += _check_references(kb)
    problems += _check_repeated_phrasings(kb)
    problems += _check_confusable(kb)
    problems += _coverage_warnings(kb)
    return problems


def _check_sources(kb: KnowledgeBase, entry: Entry, file: str) -> list[Problem]:
    out = []
    last = len(kb.essay.paragraphs) - 1
    for i, source in enumerate(entry.sources):
        where = f"sources[{i}]"
        if source.paragraph > last:
            out.append(Problem(file, entry.id, f"{where}.paragraph", f"¶{source.paragraph} is out of range 0..{last}"))
        elif not kb.essay.contains(source.paragraph, source.quote):
            out.append(
                Problem(file, entry.id, f"{where}.quote", f"not found verbatim in ¶{source.paragraph}: {source.quote[:60]!r}")
            )
        for number in source.references:
            if number not in kb.references:
                out.append(Problem(file, entry.id, f"{where}.references", f"unknown reference {number}"))
    return out


def _check_related(kb: KnowledgeBase, entry: Entry, file: str) -> list[Problem]:
    out = []
    for rid in entry.related:
        if rid not in kb.entries:
            out.append(Problem(file, entry.id, "related", f"unknown entry id {rid!r}"))
        elif rid == entry.id:
            out.append(Problem(file, entry.id, "related", "an entry cannot be related to itself"))
    if entry.purpose is not None and (entry.purpose not in kb.entries or entry.purpose == entry.id):
        out.append(Problem(file, entry.id, "purpose", f"unknown or own entry id {entry.purpose!r}"))
    return out


def _check_languages(entry: Entry, file: str) -> list[Problem]:
    out = []
    for lang in LANGUAGES:
        for name in TEXT_FIELDS:
            value = getattr(entry, name)
            if value is not None and not getattr(value, lang):
                out.append(Problem(file, entry.id, f"{name}.{lang}", "missing text in this language"))
        count = len(entry.alternates.get(lang))
        if count < MIN_ALTERNATES[lang]:
            out.append(
                Problem(file, entry.id, f"alternates.{lang}", f"{count} phrasings, at least {MIN_ALTERNATES[lang]} needed")
            )
    return out


# Kazakh spellings that curated texts never use, with the standard form; not tied to a glossary
# term, so they apply to every text (`_check_glossary`).
KK_SPELLINGS: dict[str, str] = {
    "көш бастаушы": "көшбасшы",  # leader
    "б. з. д.": "б.з.б.",  # BC
    "б.з.д.": "б.з.б.",
    "б. з. б.": "б.з.б.",
    "б. з. ": "б.з.",  # AD
    "неның": "ненің",  # genitive of "не"
}


def _check_glossary(kb: KnowledgeBase, entry: Entry, file: str) -> list[Problem]:
    """Where the English uses a glossary term, Russian and Kazakh use its standard rendering, and no
    `avoid` variant or non-standard Kazakh spelling appears: in the entry's texts and discuss
    prompts, and in the tips that open the entry (reported against tips.yaml)."""

    def check(texts: list[Localized], where: str, item_id: str) -> list[Problem]:
        found: list[Problem] = []
        english = " ".join(text.en for text in texts).casefold()
        for lang in ("ru", "kk"):
            translated = " ".join(getattr(text, lang) or "" for text in texts).casefold()
            if not translated:
                continue
            for term in kb.glossary:
                stems = term.ru_stems if lang == "ru" else term.kk_stems
                avoid = term.ru_avoid if lang == "ru" else term.kk_avoid
                standard = term.ru if lang == "ru" else term.kk
                if re.search(term.en_pattern, english) and not any(s.casefold() in translated for s in stems):
                    found.append(Problem(where, item_id, lang, f"uses {term.en!r} in English but not the standard {standard!r}"))
                for bad in avoid:
                    if bad.casefold() in translated:
                        found.append(Problem(where, item_id, lang, f"{bad!r} where the glossary term is {standard!r}"))
            if lang == "kk":
                for bad, good in KK_SPELLINGS.items():
                    if re.search(r"(?<!\w)" + re.escape(bad.casefold()), translated):
                        found.append(Problem(where, item_id, lang, f"{bad.strip()!r} where the standard spelling is {good!r}"))
        return found

    curated = [getattr(entry, name) for name in TEXT_FIELDS if getattr(entry, name) is not None]
    out = check(curated + list(entry.discuss), file, entry.id)
    for tip in kb.tips:
        if tip.entry == entry.id:
            out += check([tip.title, tip.text], "tips.yaml", tip.id)
    return out


# Seminar mode: every entry has this many "think further" prompts, each a question of at most
# DISCUSS_MAX characters in every language.
DISCUSS_PROMPTS = (1, 2)
DISCUSS_MAX = 300


def _check_discuss(entry: Entry, file: str) -> list[Problem]:
    """1–2 discuss prompts per entry, each in every language, each a question (a "?") of at most
    DISCUSS_MAX characters."""
    out = []
    low, high = DISCUSS_PROMPTS
    if not low <= len(entry.discuss) <= high:
        out.append(Problem(file, entry.id, "discuss", f"{len(entry.discuss)} prompts, {low}–{high} needed"))
    for i, prompt in enumerate(entry.discuss):
        for lang in LANGUAGES:
            text = getattr(prompt, lang)
            where = f"discuss[{i}].{lang}"
            if not text:
                out.append(Problem(file, entry.id, where, "missing text in this language"))
            elif len(text) > DISCUSS_MAX:
                out.append(Problem(file, entry.id, where, f"{len(text)} characters, at most {DISCUSS_MAX}"))
            elif "?" not in text:
                out.append(Problem(file, entry.id, where, "a prompt asks the student a question (no '?')"))
    return out


# Telegram's limits for quiz polls.
POLL_QUESTION_MAX = 300
POLL_OPTION_MAX = 100
POLL_EXPLANATION_MAX = 200
POLL_EXPLANATION_LINE_FEEDS = 2


def _check_quiz(kb: KnowledgeBase) -> list[Problem]:
    out: list[Problem] = []
    for item in kb.quiz.values():
        file = kb.quiz_files.get(item.id, "quiz")
        bad = _reporter(out, file, item.id)

        if item.entry not in kb.entries:
            bad("entry", f"unknown entry id {item.entry!r}")
        if item.paragraph >= len(kb.essay.paragraphs):
            bad("paragraph", f"¶{item.paragraph} is out of range")
        if sum(o.correct for o in item.options) != 1:
            bad("options", "exactly one option must be correct")
        for lang in LANGUAGES:
            question = getattr(item.question, lang)
            explanation = getattr(item.explanation, lang)
            options = [getattr(o, lang) for o in item.options]
            if not question or not explanation or not all(options):
                bad(lang, "missing text in this language")
                continue
            if len(question) > POLL_QUESTION_MAX:
                bad(f"question.{lang}", f"{len(question)} characters, Telegram allows {POLL_QUESTION_MAX}")
            for i, option in enumerate(options):
                if len(option) > POLL_OPTION_MAX:
                    bad(f"options[{i}].{lang}", f"{len(option)} characters, Telegram allows {POLL_OPTION_MAX}")
            if len({o.strip().casefold() for o in options}) != len(options):
                bad(f"options.{lang}", "options must be distinct")
            if len(explanation) > POLL_EXPLANATION_MAX or explanation.count("\n") > POLL_EXPLANATION_LINE_FEEDS:
                bad(
                    f"explanation.{lang}",
                    f"at most {POLL_EXPLANATION_MAX} characters and {POLL_EXPLANATION_LINE_FEEDS} line feeds",
                )
            if f"¶{item.paragraph}" not in explanation:
                bad(f"explanation.{lang}", f"must cite its paragraph ¶{item.paragraph}")
    return out


def _check_quiz_cues(kb: KnowledgeBase) -> list[Problem]:
    """Cues that answer the quiz without the essay: a language over a threshold (longest option
    correct, test-wise score, hedges mostly correct) and near-duplicate pairs are errors (warnings
    unless `QUIZ_CUE_ERRORS`); unequal option lengths and a lone correct hedge are warnings."""
    return [
        Problem(
            kb.quiz_files.get(p.item_id, "quiz"),
            p.item_id,
            p.field,
            p.message,
            warning=p.warning or not QUIZ_CUE_ERRORS,
        )
        for p in cue_problems(kb.quiz_items())
    ]


def _reporter(out: list[Problem], file: str, item_id: str) -> Callable[[str, str], None]:
    def bad(field: str, message: str) -> None:
        out.append(Problem(file, item_id, field, message))

    return bad


def _check_tips(kb: KnowledgeBase) -> list[Problem]:
    out = []
    seen: set[str] = set()
    for tip in kb.tips:
        if tip.id in seen:
            out.append(Problem("tips.yaml", tip.id, "id", "duplicate tip id"))
        seen.add(tip.id)
        if tip.entry not in kb.entries:
            out.append(Problem("tips.yaml", tip.id, "entry", f"unknown entry id {tip.entry!r}"))
        if not kb.essay.contains(tip.source.paragraph, tip.source.quote):
            out.append(Problem("tips.yaml", tip.id, "source.quote", f"not found verbatim in ¶{tip.source.paragraph}"))
        for lang in LANGUAGES:
            for name in ("title", "text"):
                if not getattr(getattr(tip, name), lang):
                    out.append(Problem("tips.yaml", tip.id, f"{name}.{lang}", "missing text in this language"))
    return out


def _check_references(kb: KnowledgeBase) -> list[Problem]:
    out = []
    essay_numbers = {r.number for r in kb.essay.references}
    for number, info in kb.references.items():
        original = kb.essay.reference(number)
        if original is None or clean(original.text) != clean(info.text):
            out.append(Problem("references.yaml", str(number), "text", "does not match the essay's reference list verbatim"))
    for number in essay_numbers - set(kb.references):
        out.append(Problem("references.yaml", str(number), "", "reference of the essay missing"))
    return out


def _check_repeated_phrasings(kb: KnowledgeBase) -> list[Problem]:
    seen: dict[tuple[str, str], str] = {}
    out = []
    for entry in kb.entries.values():
        for lang in LANGUAGES:
            for text in entry.phrasings(lang):
                key = (lang, clean(text).casefold().rstrip("?!. "))
                owner = seen.get(key)
                if owner is not None:
                    where = "itself" if owner == entry.id else f"entry {owner!r}"
                    out.append(
                        Problem(
                            kb.entry_files.get(entry.id, ""),
                            entry.id,
                            f"alternates.{lang}",
                            f"phrasing repeated from {where}: {text!r}",
                        )
                    )
                else:
                    seen[key] = entry.id
    return out


def _check_confusable(kb: KnowledgeBase) -> list[Problem]:
    """A phrasing of one entry that the matcher answers with another entry (or cannot decide)."""
    out = []
    for entry in kb.entries.values():
        for lang in LANGUAGES:
            for text in entry.phrasings(lang):
                result = kb.matcher.match(text, lang=lang)
                if result.entry_id == entry.id:
                    continue
                other = result.best.entry_id if result.best else None
                if other == entry.id and len(result.ranked) > 1:
                    other = result.ranked[1].entry_id
                out.append(
                    Problem(
                        kb.entry_files.get(entry.id, ""),
                        entry.id,
                        f"alternates.{lang}",
                        f"confusable with {other!r}: {text!r}",
                    )
                )
    return out


def _coverage_warnings(kb: KnowledgeBase) -> list[Problem]:
    return [
        Problem("essay.txt", kb.essay.label(n), "", "no entry cites this paragraph", warning=True)
        for n, count in paragraph_coverage(kb).items()
        if not count
    ]


def check_overlay(kb: KnowledgeBase, overlay: list[tuple[str, str, str]], file: str) -> list[Problem]:
    """Accepted phrasings: known entry and language, not already a phrasing, and answered
    with their own entry by the matcher that includes them."""
    out = []
    curated = {(lang, clean(text).casefold().rstrip("?!. ")) for _, lang, text in kb.all_phrasings()}
    with_overlay = kb.with_phrasings(overlay)
    for entry_id, lang, text in overlay:
        if entry_id not in kb.entries:
            out.append(Problem(file, entry_id, "entry", f"unknown entry id for {text!r}"))
        elif lang not in LANGUAGES:
            out.append(Problem(file, entry_id, "lang", f"unknown language {lang!r}"))
        elif (lang, clean(text).casefold().rstrip("?!. ")) in curated:
            out.append(Problem(file, entry_id, "text", f"already a phrasing: {text!r}"))
        elif with_overlay.matcher.match(text, lang=lang).entry_id != entry_id:
            out.append(Problem(file, entry_id, "text", f"confusable: {text!r} is not answered with this entry"))
    return out


def coverage_table(kb: KnowledgeBase) -> str:
    """Per paragraph: how many entries, tips and quiz items rest on it; gaps marked."""
    entries = paragraph_coverage(kb)
    tips: dict[int, int] = dict.fromkeys(entries, 0)
    quiz: dict[int, int] = dict.fromkeys(entries, 0)
    for tip in kb.tips:
        tips[tip.source.paragraph] = tips.get(tip.source.paragraph, 0) + 1
    for item in kb.quiz.values():
        quiz[item.paragraph] = quiz.get(item.paragraph, 0) + 1
    lines = [f"{'paragraph':<11}{'entries':>8}{'tips':>6}{'quiz':>6}"]
    for n in entries:
        missing = [name for name, count in (("entry", entries[n]), ("tip", tips[n]), ("quiz item", quiz[n])) if not count]
        flag = f"   no {', no '.join(missing)}" if missing else ""
        lines.append(f"{kb.essay.label(n):<11}{entries[n]:>8}{tips[n]:>6}{quiz[n]:>6}{flag}")
    return "\n".join(lines)


def paragraph_coverage(kb: KnowledgeBase) -> dict[int, int]:
    """How many entries cite each paragraph."""
    counts = dict.fromkeys(range(len(kb.essay.paragraphs)), 0)
    for entry in kb.entries.values():
        for n in {s.paragraph for s in entry.sources}:
            counts[n] = counts.get(n, 0) + 1
    return counts
