"""Answer-quality floors on the question sets (see `python -m bot eval`, knowledge/data/eval/).

`dev_*` and `heldout_*` were written blind (only the essay and a topic list seen), as students
write: first-contact questions (the plainest "what is X", bare terms, chit-chat, near-topic
facts) and students' questions (typos, slang, code-switching); `students2` and `codeswitch` are a
second blind batch, `students3`, `codeswitch3` and `first_contact3` a third, `students4` and
`first_contact4` a fourth, `students5`, `codeswitch5` and `first_contact5` a fifth (the issue's own
personas), `students6` a sixth, `students7`, `codeswitch7` and `first_contact7` a seventh,
`students8` and `codeswitch8` an eighth, `students9`, `codeswitch9` and `first_contact9` a ninth,
`students10` and `codeswitch10` a tenth, `students11` an eleventh, `students12` a twelfth, `first_contact13` and `codeswitch13` a thirteenth, `students14` a fourteenth, `students15` a fifteenth, `students16` a sixteenth, `students17` a seventeenth, `students18` an eighteenth, `students19` a nineteenth, `students20` a twentieth, `students21` a twenty-first, `students22` a twenty-second, `students23` a twenty-third, `students24` a twenty-fourth, `students25` a twenty-fifth, `students26` a twenty-sixth, `students27` a twenty-seventh, `students28` a twenty-eighth, `students29` a twenty-ninth (measured on the twelfth as released), `students30` a thirtieth, `students31` a thirty-first and `students32` a thirty-second (likewise), `students33` a thirty-third (measured on the thirteenth as released), `students34` a thirty-fourth (measured on the fourteenth as released), `students35` a thirty-fifth, `students36` a thirty-sixth, `students37` a thirty-seventh, `students38` a thirty-eighth (measured on the fifteenth as released), `students39` a thirty-ninth, `students40` a fortieth, `students41` a forty-first (measured on the sixteenth as released), `students42` a forty-second, `students43` a forty-third, `students44` a forty-fourth, `students45` a forty-fifth (measured on the seventeenth as released), `students46` a forty-sixth (measured on the eighteenth as released), `students47` a forty-seventh and `students48` a forty-eighth (likewise), `students49` a forty-ninth (measured on the nineteenth as released), `students50` a fiftieth (measured on the nineteenth with the forty-ninth's mends), `students51` a fifty-first (measured on the twentieth as released), `students52` to `students55` a fifty-second to a fifty-fifth (each measured on the code with its predecessor's mends), each measured once before tuning (README) and then added to the dev sets. The dev sets are tuned
on; the held-out sets never are. `regression_*` are the earlier project sets. Floors sit a
question or two under the figures measured when they were set, so a real regression fails here;
the figures themselves are in the README.
"""

from __future__ import annotations

import pytest

from knowledge.evaluation import run_sets
from knowledge.kb import default_kb


@pytest.fixture(scope="module")
def reports():
    kb = default_kb()
    parts = ("dev", "heldout", "regression_dev", "regression_heldout")
    return {r.name: r.summary() for part in parts for r in run_sets(kb, part)}


@pytest.mark.parametrize(
    ("name", "top1", "rejection"),
    [
        ("dev first_contact en", 0.98, 0.98),
        ("dev first_contact ru", 0.97, 0.98),
        ("dev first_contact kk", 0.97, 0.95),
        ("heldout first_contact en", 0.98, 0.98),
        ("heldout first_contact ru", 0.97, 0.98),
        ("heldout first_contact kk", 0.97, 0.95),
        ("dev students en", 0.92, 0.97),
        ("dev students ru", 0.88, 0.97),
        ("dev students kk", 0.88, 0.97),
        ("heldout students en", 0.83, 0.97),
        ("heldout students ru", 0.85, 0.94),
        ("heldout students kk", 0.87, 0.97),
        ("dev students2 en", 0.96, 0.95),
        ("dev students2 ru", 0.93, 0.95),
        ("dev students2 kk", 0.91, 0.95),
        ("dev codeswitch ru", 0.86, 0.95),
        ("dev codeswitch kk", 0.95, 0.95),
        ("dev students3 en", 0.88, 0.95),
        ("dev students3 ru", 0.93, 0.95),
        ("dev students3 kk", 0.94, 0.95),
        ("dev codeswitch3 ru", 0.94, 0.95),
        ("dev codeswitch3 kk", 0.91, 0.9),
        ("dev first_contact3 en", 0.98, 0.98),
        ("dev first_contact3 ru", 0.96, 0.98),
        ("dev first_contact3 kk", 0.98, 0.98),
        ("dev students4 en", 0.87, 0.97),
        ("dev students4 ru", 0.91, 0.97),
        ("dev students4 kk", 0.95, 0.97),
        ("dev first_contact4 en", 0.97, 0.98),
        ("dev first_contact4 ru", 0.96, 0.98),
        ("dev first_contact4 kk", 0.95, 0.97),
        ("dev students5 en", 0.96, 0.97),
        ("dev students5 ru", 0.92, 0.97),
        ("dev students5 kk", 0.92, 0.97),
        ("dev codeswitch5 ru", 0.95, 0.95),
        ("dev codeswitch5 kk", 0.95, 0.95),
        ("dev first_contact5 en", 0.98, 0.98),
        ("dev first_contact5 ru", 0.98, 0.9),
        ("dev first_contact5 kk", 0.98, 0.9),
        ("dev students6 en", 0.93, 0.97),
        ("dev students6 ru", 0.92, 0.97),
        ("dev students6 kk", 0.93, 0.97),
        ("dev students7 en", 0.94, 0.97),
        ("dev students7 ru", 0.92, 0.97),
        ("dev students7 kk", 0.94, 0.97),
        ("dev codeswitch7 ru", 0.94, 0.95),
        ("dev codeswitch7 kk", 0.88, 0.95),
        ("dev first_contact7 en", 0.98, 0.98),
        ("dev first_contact7 ru", 0.98, 0.98),
        ("dev first_contact7 kk", 0.98, 0.98),
        ("dev students8 en", 0.9, 0.95),
        ("dev students8 ru", 0.89, 0.97),
        ("dev students8 kk", 0.89, 0.97),
        ("dev codeswitch8 ru", 0.88, 0.95),
        ("dev codeswitch8 kk", 0.85, 0.95),
        ("dev students9 en", 0.92, 0.97),
        ("dev students9 ru", 0.9, 0.97),
        ("dev students9 kk", 0.93, 0.97),
        ("dev codeswitch9 ru", 0.97, 0.95),
        ("dev codeswitch9 kk", 0.97, 0.95),
        ("dev first_contact9 en", 0.98, 0.98),
        ("dev first_contact9 ru", 0.98, 0.95),
        ("dev first_contact9 kk", 0.98, 0.98),
        ("dev students10 en", 0.8, 0.95),
        ("dev students10 ru", 0.86, 0.97),
        ("dev students10 kk", 0.92, 0.97),
        ("dev codeswitch10 ru", 0.97, 0.95),
        ("dev codeswitch10 kk", 0.91, 0.95),
        ("dev students11 en", 0.91, 0.97),
        ("dev students11 ru", 0.93, 0.97),
        ("dev students11 kk", 0.97, 0.97),
        ("dev students12 en", 0.93, 0.97),
        ("dev students12 ru", 0.9, 0.95),
        ("dev students12 kk", 0.94, 0.97),
        ("dev first_contact13 en", 0.99, 0.98),
        ("dev first_contact13 ru", 0.99, 0.98),
        ("dev first_contact13 kk", 0.99, 0.98),
        ("dev codeswitch13 ru", 0.9, 0.95),
        ("dev codeswitch13 kk", 0.93, 0.95),
        ("dev students14 en", 0.96, 0.97),
        ("dev students14 ru", 0.96, 0.97),
        ("dev students14 kk", 0.97, 0.97),
        ("dev students15 en", 0.92, 0.97),
        ("dev students15 ru", 0.93, 0.97),
        ("dev students15 kk", 0.94, 0.97),
        ("dev students16 en", 0.86, 0.97),
        ("dev students16 ru", 0.94, 0.96),
        ("dev students16 kk", 0.92, 0.96),
        ("dev students17 en", 0.81, 0.96),
        ("dev students17 ru", 0.91, 0.94),
        ("dev students17 kk", 0.92, 0.96),
        ("dev students18 en", 0.88, 0.97),
        ("dev students18 ru", 0.92, 0.96),
        ("dev students18 kk", 0.87, 0.97),
        ("dev students19 en", 0.91, 0.97),
        ("dev students19 ru", 0.87, 0.97),
        ("dev students19 kk", 0.92, 0.97),
        ("dev students20 en", 0.83, 0.98),
        ("dev students20 ru", 0.85, 0.98),
        ("dev students20 kk", 0.9, 0.98),
        ("dev students21 en", 0.87, 0.98),
        ("dev students21 ru", 0.9, 0.98),
        ("dev students21 kk", 0.89, 0.98),
        ("dev students22 en", 0.87, 0.96),
        ("dev students22 ru", 0.9, 0.98),
        ("dev students22 kk", 0.91, 0.98),
        ("dev students23 en", 0.92, 0.98),
        ("dev students23 ru", 0.94, 0.96),
        ("dev students23 kk", 0.94, 0.98),
        ("dev students24 en", 0.9, 0.95),
        ("dev students24 ru", 0.9, 0.98),
        ("dev students24 kk", 0.94, 0.92),
        ("dev students25 en", 0.9, 0.97),
        ("dev students25 ru", 0.9, 0.94),
        ("dev students25 kk", 0.93, 0.98),
        ("dev students26 en", 0.91, 0.97),
        ("dev students26 ru", 0.93, 0.98),
        ("dev students26 kk", 0.93, 0.96),
        ("dev students27 en", 0.91, 0.97),
        ("dev students27 ru", 0.91, 0.94),
        ("dev students27 kk", 0.91, 0.96),
        ("dev students28 en", 0.88, 0.95),
        ("dev students28 ru", 0.9, 0.98),
        ("dev students28 kk", 0.93, 0.98),
        ("dev students29 en", 0.88, 0.94),
        ("dev students29 ru", 0.9, 0.98),
        ("dev students29 kk", 0.88, 0.98),
        ("dev students30 en", 0.93, 0.97),
        ("dev students30 ru", 0.92, 0.97),
        ("dev students30 kk", 0.92, 0.97),
        ("dev students31 en", 0.86, 0.97),
        ("dev students31 ru", 0.88, 0.95),
        ("dev students31 kk", 0.98, 0.97),
        ("dev students32 en", 0.94, 0.97),
        ("dev students32 ru", 0.97, 0.95),
        ("dev students32 kk", 0.97, 0.95),
        ("dev students33 en", 0.93, 0.97),
        ("dev students33 ru", 0.95, 0.95),
        ("dev students33 kk", 0.9, 0.97),
        ("dev students34 en", 0.96, 0.92),
        ("dev students34 ru", 0.96, 0.97),
        ("dev students34 kk", 0.96, 0.97),
        ("dev students35 en", 0.93, 0.97),
        ("dev students35 ru", 0.94, 0.97),
        ("dev students35 kk", 0.97, 0.97),
        ("dev students36 en", 0.95, 0.92),
        ("dev students36 ru", 0.92, 0.97),
        ("dev students36 kk", 0.96, 0.97),
        ("dev students37 en", 0.93, 0.97),
        ("dev students37 ru", 0.93, 0.97),
        ("dev students37 kk", 0.97, 0.97),
        ("dev students38 en", 0.92, 0.9),
        ("dev students38 ru", 0.97, 0.97),
        ("dev students38 kk", 0.98, 0.95),
        ("dev students39 en", 0.97, 0.9),
        ("dev students39 ru", 0.9, 0.94),
        ("dev students39 kk", 0.97, 0.97),
        ("dev students40 en", 0.86, 0.97),
        ("dev students40 ru", 0.97, 0.97),
        ("dev students40 kk", 0.9, 0.94),
        ("dev students41 en", 0.94, 0.94),
        ("dev students41 ru", 0.94, 0.97),
        ("dev students41 kk", 0.96, 0.86),
        ("dev students42 en", 0.98, 0.97),
        ("dev students42 ru", 0.95, 0.97),
        ("dev students42 kk", 0.96, 0.97),
        ("dev students43 en", 0.87, 0.93),
        ("dev students43 ru", 0.92, 0.97),
        ("dev students43 kk", 0.87, 0.97),
        ("dev students44 en", 0.95, 0.93),
        ("dev students44 ru", 0.92, 0.97),
        ("dev students44 kk", 0.89, 0.97),
        ("dev students45 en", 0.9, 0.88),
        ("dev students45 ru", 0.92, 0.97),
        ("dev students45 kk", 0.9, 0.97),
        ("dev students46 en", 0.95, 0.97),
        ("dev students46 ru", 0.98, 0.97),
        ("dev students46 kk", 0.9, 0.93),
        ("dev students47 en", 0.95, 0.97),
        ("dev students47 ru", 0.93, 0.93),
        ("dev students47 kk", 0.88, 0.97),
        ("dev students48 en", 0.92, 0.97),
        ("dev students48 ru", 0.96, 0.97),
        ("dev students48 kk", 0.95, 0.97),
        ("dev students49 en", 0.92, 0.93),
        ("dev students49 ru", 0.9, 0.93),
        ("dev students49 kk", 0.93, 0.97),
        ("dev students50 en", 0.93, 0.97),
        ("dev students50 ru", 0.92, 0.97),
        ("dev students50 kk", 0.9, 0.97),
        ("dev students51 en", 0.89, 0.9),
        ("dev students51 ru", 0.98, 0.95),
        ("dev students51 kk", 0.89, 0.97),
        ("dev students52 en", 0.94, 0.9),
        ("dev students52 ru", 0.95, 0.95),
        ("dev students52 kk", 0.93, 0.9),
        ("dev students53 en", 0.95, 0.9),
        ("dev students53 ru", 0.92, 0.9),
        ("dev students53 kk", 0.95, 0.93),
        ("dev students54 en", 0.94, 0.95),
        ("dev students54 ru", 0.94, 0.9),
        ("dev students54 kk", 0.94, 0.95),
        ("dev students55 en", 0.92, 0.95),
        ("dev students55 ru", 0.9, 0.93),
        ("dev students55 kk", 0.95, 0.85),
        ("regression_dev dev en", 0.95, 0.92),
        ("regression_dev dev ru", 0.97, 0.87),
        ("regression_dev dev kk", 0.96, 0.93),
        ("regression_heldout heldout en", 0.94, 0.92),
        ("regression_heldout heldout ru", 0.95, 0.97),
        ("regression_heldout heldout kk", 0.96, 0.95),
    ],
)
def test_accuracy_and_out_of_scope_rejection_floors(reports, name, top1, rejection):
    report = reports[name]
    assert report["top1_accuracy"] >= top1, report
    assert report["out_of_scope_rejection"] >= rejection, report


def test_chit_chat_is_never_answered_with_an_entry(reports):
    for name in (
        "dev first_contact",
        "dev students",
        "dev students2",
        "dev codeswitch",
        "dev students3",
        "dev codeswitch3",
        "dev first_contact3",
        "dev students4",
        "dev first_contact4",
        "dev students5",
        "dev codeswitch5",
        "dev first_contact5",
        "dev students6",
        "dev students7",
        "dev codeswitch7",
        "dev first_contact7",
        "dev students8",
        "dev codeswitch8",
        "dev students9",
        "dev codeswitch9",
        "dev first_contact9",
        "dev students10",
        "dev codeswitch10",
        "dev students11",
        "dev students12",
        "dev first_contact13",
        "dev codeswitch13",
        "dev students14",
        "dev students15",
        "dev students16",
        "dev students17",
        "dev students18",
        "dev students19",
        "dev students20",
        "dev students21",
        "dev students22",
        "dev students23",
        "dev students24",
        "dev students25",
        "dev students26",
        "dev students27",
        "dev students28",
        "dev students29",
        "dev students30",
        "dev students31",
        "dev students32",
        "dev students33",
        "dev students34",
        "dev students35",
        "dev students36",
        "dev students37",
        "heldout first_contact",
        "heldout students",
    ):
        assert reports[name]["chitchat_not_answered"] == 1.0, reports[name]


def test_answers_come_in_the_askers_language(reports):
    for name in ("dev first_contact", "heldout first_contact", "regression_dev dev", "regression_heldout heldout"):
        assert reports[name]["answer_language"] >= 0.99, reports[name]
    for name in ("dev students", "heldout students"):
        assert reports[name]["answer_language"] >= 0.96, reports[name]


def test_a_bare_term_is_answered_in_the_language_the_writer_has_been_using(reports):
    """A term spelled alike in Russian and Kazakh ("демократия") goes to Russian without context; read
    as the bot reads a private chat, after the writer's Kazakh questions it is answered in Kazakh."""
    for name in ("dev first_contact13 kk", "dev first_contact7 kk", "dev first_contact9 kk"):
        assert reports[name]["answer_language_in_conversation"] >= 0.99, reports[name]


def test_recall_at_3_shows_the_right_entry_is_nearly_always_offered(reports):
    for name in ("dev first_contact", "heldout first_contact", "dev students", "heldout students", "dev students3"):
        assert reports[name]["recall_at_3"] >= 0.95, reports[name]


def test_the_sets_are_big_enough(reports):
    for part in ("dev", "heldout"):
        for lang in ("en", "ru", "kk"):
            assert reports[f"{part} first_contact {lang}"]["in_scope"] >= 85
            assert reports[f"{part} students {lang}"]["in_scope"] >= 100
            assert reports[f"{part} students {lang}"]["questions"] - reports[f"{part} students {lang}"]["in_scope"] >= 20
