"""Questions that name a paragraph (knowledge.paragraphs): answered by the entries citing it."""

import pytest

from knowledge.answers import ask
from knowledge.paragraphs import citing, paragraph_reference


@pytest.mark.parametrize(
    ("text", "number", "only"),
    [
        ("para 12 main point", 12, True),
        ("Summarise paragraph 13", 13, True),
        ("what does the 9th paragraph say", 9, True),
        ("о чём 5 абзац", 5, True),
        ("5-й абзац кратко", 5, True),
        ("3-абзацта не айтылған", 3, True),
        ("¶7", 7, True),
        ("in para 12 'as the president said' - which president", 12, False),
    ],
)
def test_a_named_paragraph_is_found(text, number, only):
    found = paragraph_reference(text, 21)
    assert found is not None and found[0] == number and found[2] is only
    assert str(number) not in found[1]


@pytest.mark.parametrize("text", ["2 parties in kz?", "why do 2 parties conflict", "para 99 summary", "Kazakhstan-2030"])
def test_other_numbers_name_no_paragraph(text):
    assert paragraph_reference(text, 21) is None


def test_entries_whose_first_source_is_the_paragraph_come_first():
    sources = {"broad": [3, 12, 14], "about": [12, 13], "exact": [12]}
    assert citing(sources, 12) == ["exact", "about", "broad"]
    assert citing(sources, 7) == []


@pytest.mark.parametrize(("message", "number"), [("para 4 main point", 4), ("Summarise paragraph 13", 13), ("о чём 5 абзац", 5)])
def test_a_paragraph_question_is_answered_by_an_entry_citing_it_with_others_offered(kb, message, number):
    answer = ask(kb, message)
    assert answer.outcome == "answer" and answer.entry is not None
    assert answer.entry.sources[0].paragraph == number
    for other in answer.also:
        assert number in [s.paragraph for s in kb.entries[other.entry_id].sources]


def test_a_question_naming_a_paragraph_is_matched_without_the_number(kb):
    answer = ask(kb, "in para 12 'as the president said' - which president and what did he say")
    assert answer.entry is not None and any(s.paragraph == 12 for s in answer.entry.sources)


def test_several_paragraphs_named_together_leave_no_number_behind():
    assert paragraph_reference("сравни как автор связывает демократию и экономику в 11 и 15 абзацах", 21) == (
        11,
        "сравни как автор связывает демократию и экономику в",
        False,
    )
    assert paragraph_reference("what do paragraphs 11 and 15 say", 21)[0] == 11
