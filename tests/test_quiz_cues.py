"""The test-wise student's cues: each figure on hand-made items, rounds without trivia, and
`kb check` turning a cue-ridden quiz into errors."""

import shutil
from datetime import UTC, datetime

import pytest
import yaml

# quiz_cues by module: pytest would collect a bare `test_wise_score` as a test.
from knowledge import check
from knowledge import quiz_cues as qc
from knowledge.check import check_kb
from knowledge.kb import DATA_DIR, read_kb
from knowledge.quiz import plan_round
from knowledge.schema import QuizItem
from tests.test_check import GOOD_A

T0 = datetime(2026, 3, 28, 9, 0, tzinfo=UTC)


def item(item_id, options, correct=0, entry="e", question=None, paragraph=7, trivia=False):
    """A quiz item; `options` are English texts or {en, ru, kk} dicts, `correct` an index."""
    opts = [dict(o) if isinstance(o, dict) else {"en": o} for o in options]
    opts[correct]["correct"] = True
    return QuizItem.model_validate(
        {
            "id": item_id,
            "entry": entry,
            "paragraph": paragraph,
            "question": {"en": question or f"Question {item_id}?"},
            "options": opts,
            "explanation": {"en": f"¶{paragraph}"},
            "trivia": trivia,
        }
    )


def test_a_correct_option_that_is_strictly_the_longest_is_counted():
    items = [
        item("a", ["The longest option of all", "Short", "Shorter"]),  # correct and longest
        item("b", ["Short", "A much longer wrong option"]),  # correct is the shortest
        item("c", ["Same size", "Also same"]),  # tied for longest: not strictly
        item("d", ["Tiny", "Long wrong option"], correct=1),  # correct and longest
    ]
    cues = qc.cue_report(items)["en"]
    assert cues["longest_correct"] == 2
    assert cues["longest_correct_share"] == pytest.approx(0.5)
    assert [i.id for i in items if qc.correct_is_longest(i, "en")] == ["a", "d"]


def test_a_lone_correct_hedge_is_flagged_and_hedges_are_counted():
    items = [
        item("lone", ["The essay does not say", "Parties", "Classes"]),  # the only hedge, correct
        item("two", ["It is not mentioned", "The essay doesn't say", "Classes"]),  # two hedges
        item("wrong", ["Parties", "The essay gives no answer", "Classes"]),  # hedge, not correct
        item("none", ["Parties", "Classes"]),
    ]
    cues = qc.cue_report(items)["en"]
    assert cues["hedge_items"] == 3
    assert cues["hedge_correct"] == 2
    assert cues["only_hedge_correct"] == ["lone"]
    problems = qc.cue_problems(items)
    assert ("lone", "options") in {(p.item_id, p.field) for p in problems if p.warning}
    assert any(p.field == "hedge.en" and not p.warning for p in problems)  # 2 of 3 correct: over half


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Эссе об этом не говорит"),
        ("ru", "Автор не назван"),
        ("ru", "Цифр эссе не приводит"),
        ("kk", "Эссе бұл туралы айтпайды"),
        ("kk", "Автор аталмайды"),
        ("en", "The author is not named"),
    ],
)
def test_hedges_are_recognized_in_each_language(lang, text):
    assert qc.is_hedge(text, lang)
    assert not qc.is_hedge("Democracy is the basis of civilization", lang)


def test_items_with_very_unequal_options_are_flagged():
    items = [
        item("uneven", ["Yes", "A long answer of many words"]),  # 27 > 2.5 × 3
        item("even", ["Parties", "Social groupings"]),  # 16 ≤ 2.5 × 7
    ]
    assert qc.cue_report(items)["en"]["unequal_lengths"] == ["uneven"]
    assert [(p.item_id, p.warning) for p in qc.cue_problems(items) if p.field == "options"] == [("uneven", True)]


def test_the_test_wise_score_is_the_expected_score_of_hedge_else_longest():
    items = [
        item("hedge-right", ["The essay does not say", "A rather longer wrong option"]),  # 1
        item("hedge-wrong", ["Right", "The essay does not say"]),  # 0: the hedge is picked
        item("longest-right", ["The longest option here", "Short", "Shorter"]),  # 1
        item("tie", ["Twelve chars", "Twelve-chars", "Short"]),  # tied longest: 1/2
        item("longest-wrong", ["Short", "The longest option here"]),  # 0
        item("two-hedges", ["Not mentioned", "The essay does not say", "X"]),  # longest is wrong: 0
        item("trivia", ["The longest option here", "Short"], trivia=True),  # not in a round
    ]
    expected = (1 + 0 + 1 + 0.5 + 0 + 0) / 6
    assert qc.test_wise_score(items, "en") == pytest.approx(expected)
    cues = qc.cue_report(items)["en"]
    assert cues["test_wise_score"] == pytest.approx(expected)
    assert (cues["round_items"], cues["trivia"]) == (6, 1)
    assert cues["trivia_share"] == pytest.approx(1 / 7)


def test_each_language_is_scored_on_its_own_texts():
    options = [
        {"en": "The essay does not say", "ru": "Партии", "kk": "Партиялар"},
        {"en": "Parties", "ru": "Эссе об этом не говорит", "kk": "Эссе бұл туралы айтпайды"},
    ]
    items = [item("x", options)]  # a correct hedge in English, a wrong one in Russian and Kazakh
    report = qc.cue_report(items)
    assert report["en"]["test_wise_score"] == 1.0
    assert report["ru"]["test_wise_score"] == report["kk"]["test_wise_score"] == 0.0


def test_near_duplicates_are_found_on_the_same_entry_only():
    items = [
        item("same-answer-1", ["Flexible adaptation.", "Other"], question="What is development?"),
        item("same-answer-2", ["flexible  ADAPTATION", "Else"], question="How does the essay define it?"),
        item("alike-1", ["One", "Two"], entry="f", question="What right does democracy give the people?"),
        item(
            "alike-2", ["Three", "Four"], entry="f", question="According to the essay, what right does democracy give the people?"
        ),
        item("other-entry", ["Flexible adaptation", "Other"], entry="g", question="What right does democracy give the people?"),
    ]
    pairs = qc.near_duplicates(items)
    assert [(p.first, p.second) for p in pairs] == [("same-answer-1", "same-answer-2"), ("alike-1", "alike-2")]
    assert "same correct option" in pairs[0].reason and "alike" in pairs[1].reason
    errors = [(p.item_id, p.field) for p in qc.cue_problems(items) if not p.warning and p.item_id]
    assert errors == [("same-answer-1", "question"), ("alike-1", "question")]


def test_a_clean_quiz_has_no_cue_problems():
    items = [
        item("a", ["Parties", "Classes", "Nations"], correct=0),
        item("b", ["Parties", "Classes", "Nations"], correct=1, question="Which group acts?"),
        item("c", ["Parties", "Classes", "Nations"], correct=2, question="Who is sovereign here?"),
    ]
    assert qc.cue_problems(items) == []
    assert all(not qc.breaches(cues) for cues in qc.cue_report(items).values())
    assert "test-wise score" in qc.format_report(qc.cue_report(items))


def test_trivia_items_are_left_out_of_rounds_unless_asked_for():
    items = [
        item("q1", ["a", "b"], paragraph=3),
        item("q2", ["a", "b"], paragraph=1, trivia=True),
        item("q3", ["a", "b"], paragraph=5),
    ]
    assert plan_round(items, {}, T0, 10) == ["q1", "q3"]
    assert plan_round(items, {}, T0, 10, include_trivia=True) == ["q2", "q1", "q3"]


# kb check, on a small KB built like tests/test_check.py builds one.

ALTERNATES = GOOD_A  # phrasings kb check accepts


def kb_entry():
    return {
        "id": "a",
        "topic": "democracy",
        "question": {"en": "Question of aaa?", "ru": "Вопрос aaa?", "kk": "Сұрақ aaa?"},
        "alternates": {"en": ALTERNATES, "ru": [f"ру aaa {i}" for i in range(5)], "kk": [f"қаз aaa {i}" for i in range(5)]},
        "answer": {"en": "An answer.", "ru": "Ответ.", "kk": "Жауап."},
        "explanation": {"en": "An explanation.", "ru": "Объяснение.", "kk": "Түсіндірме."},
        "sources": [{"paragraph": 7, "quote": "Democracy is the basis of civilization.", "references": []}],
        "related": [],
    }


def quiz_yaml(n, correct_text, question):
    return {
        "id": f"a-{n}",
        "entry": "a",
        "paragraph": 7,
        "question": {"en": question, "ru": f"Вопрос {n}?", "kk": f"Сұрақ {n}?"},
        "options": [
            {"en": correct_text, "ru": "Основа цивилизации и прогресса", "kk": "Өркениет пен прогрестің негізі", "correct": True},
            {"en": "Economy", "ru": "Экономика", "kk": "Экономика"},
        ],
        "explanation": {"en": "¶7 says so.", "ru": "¶7.", "kk": "¶7."},
    }


def cue_check(tmp_path, quiz):
    data = tmp_path / "data"
    (data / "kb").mkdir(parents=True)
    (data / "quiz").mkdir()
    shutil.copy(DATA_DIR / "references.yaml", data)
    (data / "kb" / "test.yaml").write_text(yaml.safe_dump([kb_entry()], allow_unicode=True), encoding="utf-8")
    (data / "quiz" / "q.yaml").write_text(yaml.safe_dump(quiz, allow_unicode=True), encoding="utf-8")
    kb, problems = read_kb(data)
    assert problems == []
    return check_kb(kb)


BAD_QUIZ = [
    quiz_yaml(1, "The basis of civilization", "Why is democracy the basis?"),
    quiz_yaml(2, "the basis of civilization!", "What does democracy underlie?"),
]


def test_kb_check_turns_a_cue_ridden_quiz_into_errors(tmp_path):
    found = [str(p) for p in cue_check(tmp_path, BAD_QUIZ) if not p.warning]
    for expected in (
        "error: quiz: longest_correct.en: the correct option is strictly the longest in 2 of 2 items",
        "error: quiz: test_wise.ru: picking the only 'not said' option, else the longest, scores 100%",
        "error: quiz/q.yaml: a-1: question: near-duplicate of 'a-2': same correct option",
    ):
        assert any(line.startswith(expected) for line in found), found


def test_with_the_switch_off_the_cues_are_warnings_with_the_same_figures(tmp_path, monkeypatch):
    monkeypatch.setattr(check, "QUIZ_CUE_ERRORS", False)
    problems = cue_check(tmp_path, BAD_QUIZ)
    cue_fields = ("longest_correct.", "test_wise.", "hedge.", "question", "options")
    assert not [p for p in problems if not p.warning and p.field.startswith(cue_fields)]
    assert any("strictly the longest in 2 of 2 items" in str(p) for p in problems if p.warning)
