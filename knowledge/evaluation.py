"""Answer quality on question sets written independently of the KB phrasings.

A set is a YAML list of `{q: question, expect: [entry ids]}`; `expect: []` marks a
question the essay does not cover. Files are named `<set>_<lang>.yaml` (dev, heldout).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from knowledge.answers import ask
from knowledge.kb import KnowledgeBase

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"


@dataclass(frozen=True)
class Case:
    question: str
    expect: tuple[str, ...]
    lang: str


@dataclass
class Report:
    name: str
    in_scope: int = 0
    correct: int = 0
    recall3: int = 0
    out_of_scope: int = 0
    rejected: int = 0
    answered: int = 0
    answered_right: int = 0
    right_language: int = 0
    misses: list[str] = field(default_factory=list)

    def ratio(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    def summary(self) -> dict:
        return {
            "set": self.name,
            "questions": self.in_scope + self.out_of_scope,
            "top1_accuracy": round(self.ratio(self.correct, self.in_scope), 3),
            "recall_at_3": round(self.ratio(self.recall3, self.in_scope), 3),
            "out_of_scope_rejection": round(self.ratio(self.rejected, self.out_of_scope), 3),
            "answer_precision": round(self.ratio(self.answered_right, self.answered), 3),
            "answer_language": round(self.ratio(self.right_language, self.answered), 3),
            "in_scope": self.in_scope,
            "out_of_scope": self.out_of_scope,
        }


def load_cases(path: Path) -> list[Case]:
    lang = path.stem.rsplit("_", 1)[-1]
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Case(str(item["q"]), tuple(item.get("expect") or ()), lang) for item in raw]


def evaluate(kb: KnowledgeBase, cases: list[Case], name: str) -> Report:
    report = Report(name)
    for case in cases:
        answer = ask(kb, case.question)
        got = answer.entry.id if answer.entry else None
        top3 = list(answer.ranked[:3])
        if answer.matched:
            report.answered += 1
            report.right_language += answer.lang == case.lang
            report.answered_right += got in case.expect
        if case.expect:
            report.in_scope += 1
            report.correct += got in case.expect
            report.recall3 += any(e in case.expect for e in top3)
            if got not in case.expect:
                report.misses.append(f"[{case.lang}] {case.question!r}: expected {'/'.join(case.expect)}, got {got} ({answer.score:.0f}; top3 {top3})")
        else:
            report.out_of_scope += 1
            report.rejected += not answer.matched
            if answer.matched:
                report.misses.append(f"[{case.lang}] {case.question!r}: out of scope, answered {got} ({answer.score:.0f})")
    return report


def run_sets(kb: KnowledgeBase, set_name: str = "dev", eval_dir: Path = EVAL_DIR) -> list[Report]:
    """One report per language file of the set, then one for all of them together."""
    reports = []
    all_cases: list[Case] = []
    for path in sorted(eval_dir.glob(f"{set_name}_*.yaml")):
        cases = load_cases(path)
        all_cases += cases
        reports.append(evaluate(kb, cases, path.stem))
    if len(reports) > 1:
        reports.append(evaluate(kb, all_cases, f"{set_name}_all"))
    return reports
