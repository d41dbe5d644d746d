"""`kb check` finds each kind of problem and says where it is."""

import shutil

import pytest
import yaml

from knowledge.check import check_kb
from knowledge.kb import DATA_DIR, default_kb, read_kb
from knowledge.normalize import lexicon


def entry(entry_id, alternates, **overrides):
    base = {
        "id": entry_id,
        "topic": "democracy",
        "question": {"en": f"Question of {entry_id * 3}?", "ru": f"Вопрос {entry_id * 3}?", "kk": f"Сұрақ {entry_id * 3}?"},
        "alternates": {
            "en": alternates,
            "ru": [f"ру {entry_id * 3} {i}" for i in range(5)],
            "kk": [f"қаз {entry_id * 3} {i}" for i in range(5)],
        },
        "answer": {"en": "An answer.", "ru": "Ответ.", "kk": "Жауап."},
        "explanation": {"en": "An explanation.", "ru": "Объяснение.", "kk": "Түсіндірме."},
        "sources": [{"paragraph": 7, "quote": "Democracy is the basis of civilization.", "references": []}],
        "related": [],
        "discuss": [
            {"en": "Why would anyone doubt it?", "ru": "Почему в этом можно усомниться?", "kk": "Неге бұған күмәндануға болады?"}
        ],
    }
    base.update(overrides)
    return base


GOOD_A = [
    "why democracy civilization",
    "democracy basis civilization",
    "civilization foundation democracy",
    "is democracy the root of civilization",
    "democracy and civilisation",
    "basis of civilization",
]
GOOD_B = [
    "parties social groups interests",
    "whose interests parties",
    "parties represent whom",
    "interests of classes parties",
    "party representation groups",
    "what parties express",
]


def make_kb(tmp_path, entries):
    data = tmp_path / "data"
    (data / "kb").mkdir(parents=True)
    shutil.copy(DATA_DIR / "references.yaml", data)
    (data / "kb" / "test.yaml").write_text(yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8")
    return read_kb(data)


def errors(tmp_path, entries):
    kb, problems = make_kb(tmp_path, entries)
    problems = problems or check_kb(kb)
    return [str(p) for p in problems if not p.warning]


def test_a_clean_kb_has_no_errors(tmp_path):
    assert errors(tmp_path, [entry("a", GOOD_A), entry("b", GOOD_B)]) == []


@pytest.mark.parametrize(
    ("broken", "expected"),
    [
        (
            entry("a", GOOD_A, sources=[{"paragraph": 7, "quote": "Democracy is the basis of progress."}]),
            "test.yaml: a: sources[0].quote: not found verbatim in ¶7",
        ),
        (
            entry("a", GOOD_A, sources=[{"paragraph": 42, "quote": "Democracy"}]),
            "test.yaml: a: sources[0].paragraph: ¶42 is out of range",
        ),
        (
            entry("a", GOOD_A, sources=[{"paragraph": 7, "quote": "Democracy", "references": [12]}]),
            "test.yaml: a: sources[0].references: unknown reference 12",
        ),
        (entry("a", GOOD_A, related=["nowhere"]), "test.yaml: a: related: unknown entry id 'nowhere'"),
        (entry("a", GOOD_A, purpose="nowhere"), "test.yaml: a: purpose: unknown or own entry id 'nowhere'"),
        (entry("a", GOOD_A[:3]), "test.yaml: a: alternates.en: List should have at least 6 items"),
        (entry("a", GOOD_A, answer={"en": "An answer.", "ru": "Ответ."}), "test.yaml: a: answer.kk: missing text"),
        (entry("a", GOOD_A, surprise=1), "test.yaml: a: surprise: Extra inputs are not permitted"),
        (entry("A B", GOOD_A), "test.yaml: A B: id: String should match pattern"),
        (
            entry("a", GOOD_A, answer={"en": "Political modernization matters.", "ru": "Важно.", "kk": "Маңызды."}),
            "test.yaml: a: ru: uses 'political modernization' in English but not the standard",
        ),
    ],
)
def test_each_problem_is_reported_with_file_entry_and_field(tmp_path, broken, expected):
    found = errors(tmp_path, [broken, entry("b", GOOD_B)])
    assert any(expected in line for line in found), found


def test_duplicate_ids_are_reported(tmp_path):
    found = errors(tmp_path, [entry("a", GOOD_A), entry("a", GOOD_B)])
    assert any("test.yaml: a: id: duplicate id" in line for line in found), found


def test_a_phrasing_repeated_across_entries_is_reported(tmp_path):
    found = errors(tmp_path, [entry("a", GOOD_A), entry("b", [*GOOD_B[:5], "Democracy basis civilization?"])])
    assert any("b: alternates.en: phrasing repeated from entry 'a'" in line for line in found), found


def test_confusable_phrasings_are_reported(tmp_path):
    # "civilization democracy basis" normalizes like a phrasing of entry a
    found = errors(tmp_path, [entry("a", GOOD_A), entry("b", [*GOOD_B[:5], "civilization democracy basis"])])
    assert any("b: alternates.en: confusable with 'a'" in line for line in found), found


def test_uncited_paragraphs_are_coverage_warnings(tmp_path):
    kb, _ = make_kb(tmp_path, [entry("a", GOOD_A), entry("b", GOOD_B)])
    warnings = [str(p) for p in check_kb(kb) if p.warning]
    assert "warning: essay.txt: ¶3: no entry cites this paragraph" in warnings
    assert not any("¶7:" in w for w in warnings)


def quiz_item(**overrides):
    item = {
        "id": "a-1",
        "entry": "a",
        "paragraph": 7,
        "question": {"en": "Why is democracy the basis?", "ru": "Почему?", "kk": "Неге?"},
        "options": [
            {"en": "Civilization", "ru": "Цивилизация", "kk": "Өркениет", "correct": True},
            {"en": "Economy", "ru": "Экономика", "kk": "Экономика"},
        ],
        "explanation": {"en": "¶7 says so.", "ru": "¶7.", "kk": "¶7."},
    }
    item.update(overrides)
    return item


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ({"question": {"en": "Q" * 301, "ru": "В", "kk": "С"}}, "question.en: 301 characters, Telegram allows 300"),
        ({"explanation": {"en": "¶7 " + "x" * 200, "ru": "¶7", "kk": "¶7"}}, "explanation.en: at most 200 characters"),
        (
            {"explanation": {"en": "¶7\na\nb\nc", "ru": "¶7", "kk": "¶7"}},
            "explanation.en: at most 200 characters and 2 line feeds",
        ),
        ({"explanation": {"en": "no paragraph", "ru": "¶7", "kk": "¶7"}}, "explanation.en: must cite its paragraph ¶7"),
        ({"entry": "zzz"}, "entry: unknown entry id 'zzz'"),
        (
            {"options": [{"en": "X", "ru": "X", "kk": "X", "correct": True}, {"en": "X", "ru": "Y", "kk": "Y", "correct": True}]},
            "options: exactly one option must be correct",
        ),
        (
            {"options": [{"en": "X" * 101, "ru": "X", "kk": "X", "correct": True}, {"en": "Y", "ru": "Y", "kk": "Y"}]},
            "options[0].en: 101 characters, Telegram allows 100",
        ),
    ],
)
def test_quiz_items_are_held_to_telegrams_poll_limits(tmp_path, override, expected):
    kb, _ = make_kb(tmp_path, [entry("a", GOOD_A), entry("b", GOOD_B)])
    quiz_dir = tmp_path / "data" / "quiz"
    quiz_dir.mkdir()
    (quiz_dir / "q.yaml").write_text(yaml.safe_dump([quiz_item(**override)], allow_unicode=True), encoding="utf-8")
    kb, problems = read_kb(tmp_path / "data")
    found = [str(p) for p in (problems or check_kb(kb))]
    assert any(f"quiz/q.yaml: a-1: {expected}" in line for line in found), found


def test_the_lexicon_names_only_entries_and_concepts_that_exist():
    kb, concepts = default_kb(), lexicon().concepts
    named = [(c.id, e) for c in concepts.values() for e in (c.entry, c.says) if e is not None]
    assert named and all(entry_id in kb.entries for _, entry_id in named), [n for n in named if n[1] not in kb.entries]
    assert all(name in concepts for c in concepts.values() for name in c.names)
    assert lexicon().sayings()  # a person's sayings are named somewhere (Bell's)


def test_the_cited_concepts_are_the_reference_lists_authors():
    """The lexicon marks `cited` exactly the authors of the essay's reference list (by surname): a question naming one
    asks a cited work's date, not the essay's."""
    authors = {author.split()[0].casefold() for info in default_kb().references.values() for author in info.authors}
    assert {c.id for c in lexicon().concepts.values() if c.cited} == authors
