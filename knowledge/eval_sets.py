"""The question sets (`data/eval/`, shipped), and the labeled students' questions the KB reads twice.

A set file is a YAML list of `{q, lang, kind, expect}`: `kind` is `in` (the essay answers it;
`expect` lists the entries that do, best first), `chitchat` (greetings, thanks, "ok": never an
entry), `near` (a fact the essay does not give) or `out` (unrelated). Files are named
`<part>_<family>[_<lang>].yaml`: part `dev` (tuned on), `heldout` (measured once per release,
never tuned on) or `regression` (the first release's sets, kept so nothing that worked breaks).

The dev sets' short questions that one entry answers are also phrasings of the second reading
(knowledge.answers): `labeled_phrasings`. Held-out and regression sets never are. A dev file's batch
is the number in its name (`dev_students12_ru.yaml`: 12; none: 1) and its fold the batch modulo
FOLDS: the evaluation reads each dev file with a second reading that lacks its fold, so that no
dev question is answered from itself (knowledge.evaluation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

EVAL_DIR = Path(str(resources.files("knowledge").joinpath("data/eval")))
KINDS = ("in", "chitchat", "near", "out")
FOLDS = 5  # the dev batches, in five groups: each measured without the questions of its own
# questions of more words carry more than their question (greetings, their reasons, complaints): as phrasings,
# those words would match small talk ("ты бот или адам?" took a long question that asked "Құрметті бот, …")
LABELED_WORDS = 12


@dataclass(frozen=True)
class Case:
    question: str
    expect: tuple[str, ...]
    lang: str
    kind: str = "in"


def load_cases(path: Path) -> list[Case]:
    """The cases of one set file; a file named `…_<lang>.yaml` gives items without `lang` its language."""
    default_lang = path.stem.rsplit("_", 1)[-1]
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    assert isinstance(raw, list), f"{path.name}: expected a list"
    return [
        Case(
            str(item["q"]),
            tuple(item.get("expect") or ()),
            str(item.get("lang") or default_lang),
            str(item.get("kind") or ("in" if item.get("expect") else "out")),
        )
        for item in raw
    ]


def set_files(part: str, eval_dir: Path = EVAL_DIR) -> list[Path]:
    return sorted(eval_dir.glob(f"{part}_*.yaml"))


def family(path: Path) -> str:
    """`dev_students_en.yaml` -> `students`; `dev_first_contact.yaml` -> `first_contact`."""
    name = path.stem.split("_", 1)[1]
    head, _, tail = name.rpartition("_")
    return head if tail in ("en", "ru", "kk") and head else name


def fold_of(path: Path) -> int:
    """The fold of a dev file: its batch (`dev_students12_ru.yaml`: 12, `dev_codeswitch.yaml`: 1) modulo FOLDS."""
    batch = re.search(r"\d+", path.stem)
    return (int(batch.group()) if batch else 1) % FOLDS


def labeled_phrasings(eval_dir: Path = EVAL_DIR, skip_fold: int | None = None) -> list[tuple[str, str, str]]:
    """(entry id, language, question) for every dev question of LABELED_WORDS words at most that
    one entry answers, as its labelers saw it; none of the files of `skip_fold`."""
    return [
        (case.expect[0], case.lang, case.question)
        for path in set_files("dev", eval_dir)
        if fold_of(path) != skip_fold
        for case in load_cases(path)
        if case.kind == "in" and len(case.expect) == 1 and len(case.question.split()) <= LABELED_WORDS
    ]
