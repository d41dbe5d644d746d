"""Answer quality on question sets written independently of the KB (knowledge.eval_sets).

Dev files are read with a second reading that lacks their own fold (knowledge.eval_sets): the
students' questions of other batches may answer them, their own never do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.answers import ask
from knowledge.eval_sets import EVAL_DIR, KINDS, Case, family, fold_of, labeled_phrasings, load_cases, set_files
from knowledge.kb import KnowledgeBase
from knowledge.normalize import language_of
from knowledge.outcome import Answer
from knowledge.reply_language import cyrillic_written, written_after


@dataclass
class Report:
    name: str
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[str] = field(default_factory=list)

    def add(self, case: Case, answer: Answer, in_conversation: Answer | None = None) -> None:
        """`in_conversation`: the answer when the language of the writer's earlier questions is
        known (see `run_sets`), if it differs."""
        c = self.counts
        got = answer.entry.id if answer.entry else None
        c[case.kind] += 1
        if answer.matched:
            c["answered"] += 1
            c["right_language"] += answer.lang == case.lang
            c["answered_right"] += got in case.expect
        talk = in_conversation or answer
        if talk.matched:
            c["answered_in_conversation"] += 1
            c["right_language_in_conversation"] += talk.lang == case.lang
        if case.kind == "in":
            c["correct"] += got in case.expect
            c["recall3"] += any(e in case.expect for e in answer.ranked[:3])
            if got not in case.expect:
                self.misses.append(
                    f"[{case.lang}] {case.question!r}: expected {'/'.join(case.expect)}, got {got} "
                    f"({answer.outcome} {answer.score:.0f}; top3 {list(answer.ranked[:3])})"
                )
        else:
            c[f"{case.kind}_rejected"] += not answer.matched
            if answer.matched:
                self.misses.append(f"[{case.lang}] {case.question!r}: {case.kind}, answered {got} ({answer.score:.0f})")

    def ratio(self, part: str, whole: str) -> float | None:
        return round(self.counts[part] / self.counts[whole], 3) if self.counts[whole] else None

    def summary(self) -> dict[str, object]:
        c = self.counts
        not_in = sum(c[k] for k in KINDS[1:])
        return {
            "set": self.name,
            "questions": sum(c[k] for k in KINDS),
            "in_scope": c["in"],
            "top1_accuracy": self.ratio("correct", "in"),
            "recall_at_3": self.ratio("recall3", "in"),
            "chitchat_not_answered": self.ratio("chitchat_rejected", "chitchat"),
            "near_topic_rejected": self.ratio("near_rejected", "near"),
            "out_of_scope_rejection": round(sum(c[f"{k}_rejected"] for k in KINDS[1:]) / not_in, 3) if not_in else None,
            "answer_precision": self.ratio("answered_right", "answered"),
            "answer_language": self.ratio("right_language", "answered"),
            "answer_language_in_conversation": self.ratio("right_language_in_conversation", "answered_in_conversation"),
        }


def evaluate(kb: KnowledgeBase, cases: list[Case], name: str) -> Report:
    report = Report(name)
    for case in cases:
        report.add(case, ask(kb, case.question))
    return report


def run_sets(kb: KnowledgeBase, part: str = "dev", eval_dir: Path = EVAL_DIR) -> list[Report]:
    """One report per set family and language (`dev students ru`), then one per family.

    Each file is also read as one conversation, in its writers' order: a question whose words leave
    its language open (a bare "демократия", or "Daniel Bell" in Latin letters) is answered as the bot
    answers it in a private chat, in the language ("ru" or "kk") of the last question whose words said
    which, unless an English sentence came since (knowledge.reply_language.written_after); the reports
    give both answer languages, without and with that context."""
    by_family: dict[str, list[tuple[KnowledgeBase, list[Case]]]] = defaultdict(list)
    readings: dict[int, KnowledgeBase] = {}
    for path in set_files(part, eval_dir):
        by_family[family(path)].append((reading_for(kb, path, readings), load_cases(path)))
    reports: list[Report] = []
    for name, files in by_family.items():
        per_lang: dict[str, Report] = {}
        whole = Report(f"{part} {name}")
        for case, answer, in_conversation in (found for reader, cases in files for found in _conversation(reader, cases)):
            per_lang.setdefault(case.lang, Report(f"{part} {name} {case.lang}")).add(case, answer, in_conversation)
            whole.add(case, answer, in_conversation)
        reports += [per_lang[lang] for lang in ("en", "ru", "kk") if lang in per_lang]
        reports.append(whole)
    return reports


def reading_for(kb: KnowledgeBase, path: Path, readings: dict[int, KnowledgeBase] | None = None) -> KnowledgeBase:
    """The KB a set file is measured with: for a shipped dev file, one whose second reading lacks
    the file's fold (built once per fold into `readings`), so that no question answers itself."""
    if kb.learned is None or not path.name.startswith("dev_") or path.resolve().parent != EVAL_DIR.resolve():
        return kb
    readings = {} if readings is None else readings
    fold = fold_of(path)
    if fold not in readings:
        readings[fold] = kb.with_second_reading(labeled_phrasings(skip_fold=fold))
    return readings[fold]


def _conversation(kb: KnowledgeBase, cases: list[Case]) -> Iterator[tuple[Case, Answer, Answer | None]]:
    """Each case's answer, and its answer in a conversation when the two may differ (its words
    leave its language open and an earlier question's words did not)."""
    written: str | None = None
    for case in cases:
        answer = ask(kb, case.question)
        certain = language_of(case.question)[1]
        cyrillic = cyrillic_written(written)
        in_conversation = ask(kb, case.question, hint=cyrillic, written=cyrillic) if cyrillic and not certain else None
        yield case, answer, in_conversation
        written = written_after(written, in_conversation or answer)
