"""Loading the knowledge base: YAML files → validated models → one `KnowledgeBase`."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from knowledge.essay import Essay, load_essay
from knowledge.eval_sets import labeled_phrasings
from knowledge.heard import Speller
from knowledge.index_cache import built, cache_dir, kept, package_digest
from knowledge.intent import GUARD_WORDS, capabilities
from knowledge.lexicon import Standard, raw_concepts
from knowledge.matcher import Matcher
from knowledge.near_topic import NearTopic
from knowledge.normalize import lexicon, tokens
from knowledge.paragraphs import citing
from knowledge.schema import LANGUAGES, TOPICS, Entry, QuizItem, ReferenceInfo, Tip

DATA_DIR = Path(str(resources.files("knowledge").joinpath("data")))


@dataclass(frozen=True)
class Problem:
    """A located problem in the KB files: `file: entry: field: message`."""

    file: str
    entry: str
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = ": ".join(p for p in (self.file, self.entry, self.field) if p)
        return f"{'warning' if self.warning else 'error'}: {where}: {self.message}"


class KBError(Exception):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class KnowledgeBase:
    essay: Essay
    entries: dict[str, Entry]
    references: dict[int, ReferenceInfo]
    glossary: list[Standard]  # standard RU/KK terms, from the concept lexicon
    entry_files: dict[str, str] = field(default_factory=dict)  # entry id -> file name
    quiz: dict[str, QuizItem] = field(default_factory=dict)
    tips: list[Tip] = field(default_factory=list)
    quiz_files: dict[str, str] = field(default_factory=dict)  # quiz item id -> file name
    extra_phrasings: list[tuple[str, str, str]] = field(default_factory=list)  # accepted by curators (stored in the database)
    # the second reading (knowledge.answers): this KB with the labeled students' questions as phrasings too
    learned: KnowledgeBase | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.matcher = self.make_matcher()
        self.speller = Speller.of(*russian_spellings())
        self.capabilities = {entry.id: capabilities(entry) for entry in self.entries.values()}
        self.near_topic = NearTopic(near_topic_terms(), near_topic_alone())
        self.topics: dict[str, list[str]] = {topic: [] for topic in TOPICS}
        for entry in self.entries.values():
            self.topics[entry.topic].append(entry.id)
        self.topics = {topic: ids for topic, ids in self.topics.items() if ids}
        sources = {entry.id: [s.paragraph for s in entry.sources] for entry in self.entries.values()}
        self.by_paragraph = {n: citing(sources, n) for n in range(len(self.essay.paragraphs))}  # "para 12 main point"

    def all_phrasings(self) -> list[tuple[str, str, str]]:
        """(entry_id, lang, text) for every phrasing, curated and accepted by curators."""
        out = [(entry.id, lang, text) for entry in self.entries.values() for lang in LANGUAGES for text in entry.phrasings(lang)]
        return out + list(self.extra_phrasings)

    def make_matcher(self) -> Matcher:
        """A matcher over every phrasing, with the concept homes, the KB's own vocabulary and the
        entries' neighbours (built once per KB; tests build one to compare)."""
        homes = {token: entry for token, entry in lexicon().homes().items() if entry in self.entries}
        return Matcher(self.all_phrasings(), off_topic_words(), homes, self.domain_tokens(), self.neighbours())

    def neighbours(self) -> dict[str, set[str]]:
        """Entries that answer close questions: related either way, or citing the same paragraph
        (the title and the references excepted, which half the entries cite), and the works of the
        bibliography one another ("Mustafin and Nysanbaev, which works": answer one, offer the other)."""
        out: dict[str, set[str]] = {entry_id: set() for entry_id in self.entries}
        last = len(self.essay.paragraphs) - 1
        paragraphs = {e.id: {s.paragraph for s in e.sources} - {0, last} for e in self.entries.values()}
        for entry in self.entries.values():
            for rid in entry.related:
                if rid in out:
                    out[entry.id].add(rid)
                    out[rid].add(entry.id)
            for other in self.entries.values():
                same_list = entry.topic == other.topic == "references"
                if other.id != entry.id and (same_list or paragraphs[entry.id] & paragraphs[other.id]):
                    out[entry.id].add(other.id)
        return out

    def domain_tokens(self) -> dict[str, set[str]]:
        """Per language, the tokens of everything the KB says besides its phrasings: answers,
        explanations, notes, tips, quiz items, and (English) the essay itself."""
        texts: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        localized = [getattr(e, part) for e in self.entries.values() for part in ("answer", "explanation", "note")]
        localized += [t.text for t in self.tips] + [t.title for t in self.tips]
        localized += [i.question for i in self.quiz.values()] + [i.explanation for i in self.quiz.values()]
        for value in localized:
            for lang in LANGUAGES:
                if value is not None and getattr(value, lang):
                    texts[lang].append(getattr(value, lang))
        texts["en"].append(self.essay.text)
        return {lang: {token for text in found for token in tokens(text, lang)} for lang, found in texts.items()}

    def with_phrasings(self, extra: list[tuple[str, str, str]]) -> KnowledgeBase:
        """The same KB with accepted phrasings added (a new matcher; this one is unchanged). The
        second reading stays as it is: it is read only when these phrasings answer nothing."""
        known = [p for p in extra if p[0] in self.entries]
        return replace(self, extra_phrasings=list(self.extra_phrasings) + known)

    def with_second_reading(self, students: list[tuple[str, str, str]]) -> KnowledgeBase:
        """The same KB (its matcher shared) with a second reading: a KB whose phrasings are this
        one's and the students' labeled questions (`knowledge.eval_sets.labeled_phrasings`)."""
        known = [p for p in students if p[0] in self.entries]
        found = copy.copy(self)
        found.learned = replace(self, extra_phrasings=[*self.extra_phrasings, *known], learned=None)
        return found

    def entry(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def quiz_items(self, topic: str | None = None) -> list[QuizItem]:
        """Quiz items in the essay's order, optionally of one topic."""
        items = sorted(self.quiz.values(), key=lambda i: (i.paragraph, i.id))
        return [i for i in items if topic is None or (self.entries.get(i.entry, None) and self.entries[i.entry].topic == topic)]

    def tip(self, tip_id: str) -> Tip | None:
        return next((t for t in self.tips if t.id == tip_id), None)


def read_yaml(text: str) -> object:
    """Safe YAML loading, with libyaml's C parser when PyYAML has it (about 10x faster)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def _out_of_scope() -> dict[str, dict[str, list[str]]]:
    data = read_yaml((DATA_DIR / "out_of_scope.yaml").read_text(encoding="utf-8")) or {}
    assert isinstance(data, dict)
    return {
        part: {lang: [str(w) for w in words] for lang, words in (data.get(part) or {}).items()}
        for part in ("words", "terms", "alone")
    }


def russian_spellings() -> tuple[list[str], list[str]]:
    """The Russian words a question written by ear is read back into (knowledge.heard): those the checks of what the
    essay does not cover spell (today, office holders, dates, the near-topic words and terms), then the words of the
    essay itself ("автор*": "кто автар" asks who wrote it). Not every word Russian uses: a word spelled right would be
    read as another ("ясно" as "ясна", "пример" as "премьер")."""
    outside = [*off_topic_words().get("ru", []), *near_topic_terms().get("ru", [])]
    essay = [pattern.rstrip("*") for concept in raw_concepts() if concept.stop for pattern in concept.ru if "!" not in pattern]
    return [*GUARD_WORDS, *(word for word in outside if "*" not in word)], essay


def off_topic_words() -> dict[str, list[str]]:
    """Per language, words that mark questions the essay does not cover (data/out_of_scope.yaml)."""
    return _out_of_scope()["words"]


def near_topic_terms() -> dict[str, list[str]]:
    """Per language, terms of several words the essay never discusses (data/out_of_scope.yaml)."""
    return _out_of_scope()["terms"]


def near_topic_alone() -> dict[str, list[str]]:
    """Per language, terms the essay never discusses whose words its texts use: near-topic asked alone."""
    return _out_of_scope()["alone"]


def _read_yaml(path: Path, problems: list[Problem]) -> object:
    try:
        return read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        problems.append(Problem(path.name, "", "", f"cannot read YAML: {exc}".splitlines()[0]))
        return None


def _validate_list(model: type[BaseModel], data: object, file: str, key: str, problems: list[Problem]) -> list[Any]:
    if not isinstance(data, list):
        problems.append(Problem(file, "", "", "expected a list of items"))
        return []
    items = []
    for position, raw in enumerate(data):
        label = str(raw.get(key)) if isinstance(raw, dict) and raw.get(key) is not None else f"#{position + 1}"
        try:
            items.append(model.model_validate(raw))
        except ValidationError as exc:
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"])
                problems.append(Problem(file, label, where, err["msg"]))
    return items


def load_entries(kb_dir: Path, problems: list[Problem]) -> tuple[dict[str, Entry], dict[str, str]]:
    entries: dict[str, Entry] = {}
    files: dict[str, str] = {}
    for path in sorted(kb_dir.glob("*.yaml")):
        for entry in _validate_list(Entry, _read_yaml(path, problems), path.name, "id", problems):
            if entry.id in entries:
                problems.append(Problem(path.name, entry.id, "id", f"duplicate id (also in {files[entry.id]})"))
                continue
            entries[entry.id] = entry
            files[entry.id] = path.name
    return entries, files


def read_kb(data_dir: Path = DATA_DIR) -> tuple[KnowledgeBase, list[Problem]]:
    """Load and schema-validate every KB file; return the KB and the problems found."""
    problems: list[Problem] = []
    entries, files = load_entries(data_dir / "kb", problems)
    raw_references = _read_yaml(data_dir / "references.yaml", problems)
    references = {r.number: r for r in _validate_list(ReferenceInfo, raw_references, "references.yaml", "number", problems)}
    glossary = lexicon().standards()
    quiz: dict[str, QuizItem] = {}
    quiz_files: dict[str, str] = {}
    for path in sorted((data_dir / "quiz").glob("*.yaml")):
        name = f"quiz/{path.name}"
        for item in _validate_list(QuizItem, _read_yaml(path, problems), name, "id", problems):
            if item.id in quiz:
                problems.append(Problem(name, item.id, "id", f"duplicate quiz item id (also in {quiz_files[item.id]})"))
                continue
            quiz[item.id], quiz_files[item.id] = item, name
    tips: list[Tip] = []
    if (data_dir / "tips.yaml").exists():
        tips = _validate_list(Tip, _read_yaml(data_dir / "tips.yaml", problems), "tips.yaml", "id", problems)
    kb = KnowledgeBase(load_essay(), entries, references, glossary, files, quiz=quiz, tips=tips, quiz_files=quiz_files)
    return kb, problems


def load_kb(data_dir: Path = DATA_DIR) -> KnowledgeBase:
    """The KB with its second reading, or KBError listing every schema problem."""
    kb, problems = read_kb(data_dir)
    if problems:
        raise KBError(problems)
    return kb.with_second_reading(labeled_phrasings())


@cache
def default_kb() -> KnowledgeBase:
    """The packaged KB, loaded and indexed once per process, and kept built between processes
    (knowledge.index_cache: a start reads it in ~0.2 s instead of building it in ~10 s)."""
    return built("kb", load_kb)


def default_kb_kept() -> bool:
    """Whether the packaged KB is kept built, so that loading it will not build it."""
    return kept(package_digest(), cache_dir())
