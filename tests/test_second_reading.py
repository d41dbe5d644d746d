"""The second reading (knowledge.answers): what the KB's own phrasings leave unanswered, the
students' labeled questions of the dev sets (knowledge.eval_sets) may answer, when clear and
among the entries the first reading ranked best; and how the dev sets are measured without
their own questions."""

from __future__ import annotations

import copy

import pytest

from knowledge.answers import ask
from knowledge.eval_sets import EVAL_DIR, LABELED_WORDS, fold_of, labeled_phrasings, load_cases, set_files
from knowledge.evaluation import reading_for
from knowledge.kb import KnowledgeBase
from knowledge.second_reading import WEAK_ANSWER_SCORE


def _first_reading_only(kb: KnowledgeBase) -> KnowledgeBase:
    alone = copy.copy(kb)
    alone.learned = None
    return alone


@pytest.mark.parametrize(
    ("file", "question", "expected"),
    [
        # students' words the KB's phrasings lack, answered from other batches' questions (their fold left out)
        ("dev_students15_ru.yaml", "зексембекова учебник про что", "ref-zheksembekova"),
        ("dev_students12_kk.yaml", "эсседегі негізгі ой қандай, короче айтып берші", "essay-thesis"),
        ("dev_students15_en.yaml", "is political development just any change or smth more", "development-qualitative-change"),
        ("dev_students17_kk.yaml", "Біздегі саяси стабильность кімдерді қызықтырады эссе бойынша?", "kz-stability-interest"),
    ],
)
def test_what_the_first_reading_leaves_open_students_questions_of_other_batches_answer(
    kb: KnowledgeBase, file: str, question: str, expected: str
) -> None:
    path = EVAL_DIR / file
    assert question in {case.question for case in load_cases(path)}
    assert not ask(_first_reading_only(kb), question).matched
    unseen = kb.with_second_reading(labeled_phrasings(skip_fold=fold_of(path)))
    assert all(text != question for _, _, text in unseen.learned.extra_phrasings)  # type: ignore[union-attr]
    answer = ask(unseen, question)
    assert answer.entry is not None and answer.entry.id == expected


@pytest.mark.parametrize(
    ("file", "question", "expected"),
    [
        ("dev_students24_ru.yaml", "Кого в эссе называют Елбасы?", "nazarbayev"),
        ("dev_students15_ru.yaml", "полит стабильность от чего зависит", "modernization-stability"),
    ],
)
def test_a_weak_first_answer_gives_way_to_another_entry_students_questions_of_other_batches_are_sure_of(
    kb: KnowledgeBase, file: str, question: str, expected: str
) -> None:
    path = EVAL_DIR / file
    assert question in {case.question for case in load_cases(path)}
    first = ask(_first_reading_only(kb), question)
    assert first.matched and first.score < WEAK_ANSWER_SCORE and first.entry is not None and first.entry.id != expected
    unseen = kb.with_second_reading(labeled_phrasings(skip_fold=fold_of(path)))
    assert all(text != question for _, _, text in unseen.learned.extra_phrasings)  # type: ignore[union-attr]
    answer = ask(unseen, question)
    assert answer.entry is not None and answer.entry.id == expected


def test_a_first_answer_is_read_again_only_when_weak_and_only_for_an_entry_it_ranked_among_its_best(kb: KnowledgeBase) -> None:
    alone = _first_reading_only(kb)
    strong = "what is modernization"
    assert ask(alone, strong).score >= WEAK_ANSWER_SCORE
    other = next(entry_id for entry_id in ask(alone, strong).ranked if entry_id != ask(alone, strong).entry.id)  # type: ignore[union-attr]
    assert ask(kb.with_second_reading([(other, "en", strong)]), strong).entry.id == "modernization-definition"  # type: ignore[union-attr]
    weak = "Кого в эссе называют Елбасы?"
    first = ask(alone, weak)
    assert first.matched and first.score < WEAK_ANSWER_SCORE and first.entry is not None
    for rank, entry_id in enumerate(first.ranked[:5]):
        if entry_id == first.entry.id:
            continue
        answer = ask(kb.with_second_reading([(entry_id, "ru", weak)]), weak)  # the very words, labeled with that entry
        assert (answer.entry.id if answer.entry else None) == (entry_id if rank < 3 else first.entry.id)


def test_a_weak_first_answer_gives_way_only_to_a_labeled_question_about_as_long_as_the_message(kb: KnowledgeBase) -> None:
    question = "Белл не жазды"  # what did Bell write: his book, answered weakly
    first = ask(_first_reading_only(kb), question)
    assert first.entry is not None and first.entry.id == "bell-book" and first.score < WEAK_ANSWER_SCORE
    containing = kb.with_second_reading([("bell-common-features", "ru", "Белл что общего у индустриальных обществ деп жазды")])
    assert ask(containing, question).entry.id == "bell-book"  # type: ignore[union-attr]
    alike = kb.with_second_reading([("bell-common-features", "ru", "Белл не жазды")])
    assert ask(alike, question).entry.id == "bell-common-features"  # type: ignore[union-attr]


def test_the_second_reading_answers_only_with_an_entry_the_first_ranked_among_its_best(kb: KnowledgeBase) -> None:
    question = "and the other one?"  # unsure: the first reading ranks several entries, none clearly
    ranked = ask(_first_reading_only(kb), question).ranked
    assert not ask(_first_reading_only(kb), question).matched and len(ranked) > 4
    for rank, entry_id in ((0, ranked[0]), (4, ranked[4])):
        labeled = kb.with_second_reading([(entry_id, "en", question)])  # the very words, labeled with that entry
        answer = ask(labeled, question)
        assert (answer.entry.id if answer.entry else None) == (entry_id if rank < 3 else None)


def test_small_talk_stays_small_talk_whatever_the_labeled_questions_say(kb: KnowledgeBase) -> None:
    eager = kb.with_second_reading([("essay-title", "en", "hello there"), ("essay-title", "en", "thanks a lot")])
    for message in ("hello there", "thanks a lot"):
        assert ask(eager, message).outcome == "smalltalk"


def test_the_labeled_questions_are_the_short_dev_questions_one_entry_answers() -> None:
    found = labeled_phrasings()
    texts = {text for _, _, text in found}
    assert len(found) > 10_000 and all(len(text.split()) <= LABELED_WORDS for text in texts)
    expected = {
        case.question
        for path in set_files("dev")
        for case in load_cases(path)
        if case.kind == "in" and len(case.expect) == 1 and len(case.question.split()) <= LABELED_WORDS
    }
    assert texts == expected
    never = {case.question for part in ("heldout", "regression_heldout") for path in set_files(part) for case in load_cases(path)}
    assert never and not (never - expected) & texts


def test_accepted_phrasings_keep_the_second_reading(kb: KnowledgeBase) -> None:
    accepted = kb.with_phrasings([("essay-title", "en", "name of this text")])
    assert accepted.learned is kb.learned and accepted.matcher is not kb.matcher


def test_each_dev_file_is_measured_without_its_own_questions_the_held_out_with_all(kb: KnowledgeBase) -> None:
    path = EVAL_DIR / "dev_students27_ru.yaml"
    own = {case.question for case in load_cases(path)}
    assert kb.learned is not None and own & {text for _, _, text in kb.learned.extra_phrasings}  # the bot reads them
    reading = reading_for(kb, path)
    assert reading.learned is not None
    elsewhere = {case.question for p in set_files("dev") if fold_of(p) != fold_of(path) for case in load_cases(p)}
    assert not (own - elsewhere) & {text for _, _, text in reading.learned.extra_phrasings}
    assert reading_for(kb, EVAL_DIR / "heldout_students_en.yaml") is kb
