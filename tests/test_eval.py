"""Answer quality floors on the independent question sets (see `python -m bot eval`).

The dev set is tuned on; the held-out set never is. Floors sit a little under the measured
figures so a real regression fails here.
"""

import pytest

from knowledge.evaluation import run_sets
from knowledge.kb import default_kb


@pytest.fixture(scope="module")
def reports():
    kb = default_kb()
    return {r.name: r.summary() for name in ("dev", "heldout") for r in run_sets(kb, name)}


@pytest.mark.parametrize(
    ("name", "top1", "rejection"),
    [
        ("dev_en", 0.94, 0.92),
        ("dev_ru", 0.93, 0.93),
        ("dev_kk", 0.95, 0.90),
        ("heldout_en", 0.93, 0.95),
        ("heldout_ru", 0.94, 0.90),
        ("heldout_kk", 0.95, 0.92),
    ],
)
def test_accuracy_and_out_of_scope_rejection_floors(reports, name, top1, rejection):
    report = reports[name]
    assert report["top1_accuracy"] >= top1, report
    assert report["out_of_scope_rejection"] >= rejection, report


def test_answers_come_in_the_askers_language(reports):
    for name in ("dev_all", "heldout_all"):
        assert reports[name]["answer_language"] >= 0.97, reports[name]


def test_recall_at_3_shows_the_right_entry_is_nearly_always_offered(reports):
    assert reports["dev_all"]["recall_at_3"] >= 0.97
    assert reports["heldout_all"]["recall_at_3"] >= 0.95


def test_the_sets_are_big_enough(reports):
    assert reports["dev_en"]["in_scope"] >= 150 and reports["dev_en"]["out_of_scope"] >= 40
    assert reports["dev_ru"]["in_scope"] >= 60 and reports["dev_kk"]["in_scope"] >= 40
    assert reports["dev_ru"]["out_of_scope"] >= 10 and reports["dev_kk"]["out_of_scope"] >= 10
