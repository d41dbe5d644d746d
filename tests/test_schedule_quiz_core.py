"""Scheduling rules, tip order and FSRS rounds, with a controllable clock."""

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest

from knowledge.quiz import plan_round, progress, review, shuffled_options
from knowledge.schedule import (
    ScheduleError,
    due_today,
    local_day,
    local_time,
    missed_today,
    parse_subscribe_args,
    shift_time,
)
from knowledge.schema import QuizItem, Tip
from knowledge.tips import next_tip

T0 = datetime(2026, 3, 28, 23, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ("09:00", "Asia/Almaty")),
        (["7:05"], ("07:05", "Asia/Almaty")),
        (["20:00", "europe/berlin"], ("20:00", "Europe/Berlin")),
        (["UTC"], ("09:00", "UTC")),
        (["08:15", "UTC+5"], ("08:15", "UTC+05:00")),
        (["-03:30", "6.45"], ("06:45", "UTC-03:30")),
    ],
)
def test_subscribe_arguments(args, expected):
    assert parse_subscribe_args(args) == expected


@pytest.mark.parametrize("args", [["25:00"], ["Mars/Olympus"], ["9:00", "UTC", "extra"], ["UTC+19"], ["<b>"]])
def test_bad_subscribe_arguments_are_refused(args):
    with pytest.raises(ScheduleError):
        parse_subscribe_args(args)


def test_a_daily_time_moves_around_the_clock():
    assert shift_time("09:00", 60) == "10:00"
    assert shift_time("00:30", -60) == "23:30"
    assert shift_time("23:45", 60) == "00:45"


def test_local_day_and_send_moment_follow_the_zone_across_dst():
    assert local_day(T0, "Asia/Almaty") == date(2026, 3, 29)  # already tomorrow in Almaty
    assert local_day(T0, "UTC") == date(2026, 3, 28)
    before = datetime(2026, 3, 28, 12, tzinfo=UTC)  # Berlin switches to summer time on 29 March 2026
    after = datetime(2026, 3, 29, 12, tzinfo=UTC)
    assert due_today("09:00", "Europe/Berlin", before).utcoffset() == timedelta(hours=1)
    assert due_today("09:00", "Europe/Berlin", after).utcoffset() == timedelta(hours=2)
    assert due_today("09:00", "Europe/Berlin", after).astimezone(UTC).hour == 7
    assert local_time("09:00", "UTC+05:00").utcoffset() == timedelta(hours=5)


def test_a_missed_minute_is_caught_up_within_the_grace_only_once():
    now = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    grace = timedelta(hours=6)
    assert missed_today("09:00", "UTC", None, now, grace)
    assert missed_today("09:00", "UTC", date(2026, 4, 30), now, grace)
    assert not missed_today("09:00", "UTC", date(2026, 5, 1), now, grace)  # already sent today
    assert not missed_today("10:00", "UTC", None, now, grace)  # not yet due
    assert not missed_today("02:00", "UTC", None, now, grace)  # missed too long ago


def tip(i):
    return Tip.model_validate(
        {
            "id": f"tip-{i}",
            "entry": "e",
            "title": {"en": f"T{i}"},
            "text": {"en": "x"},
            "source": {"paragraph": 7, "quote": "Democracy"},
        }
    )


def test_tips_follow_the_order_and_restart_after_all_are_seen():
    tips = [tip(i) for i in range(3)]
    assert next_tip(tips, set()) == (tips[0], False)
    assert next_tip(tips, {"tip-0", "tip-2"}) == (tips[1], False)
    assert next_tip(tips, {"tip-0", "tip-1", "tip-2"}) == (tips[0], True)


def item(i, paragraph, entry="e"):
    return QuizItem.model_validate(
        {
            "id": f"q{i}",
            "entry": entry,
            "paragraph": paragraph,
            "question": {"en": f"Q{i}?"},
            "options": [{"en": "right", "correct": True}, {"en": "wrong"}, {"en": "also wrong"}],
            "explanation": {"en": f"¶{paragraph}"},
        }
    )


def test_rounds_put_due_reviews_first_then_new_items_in_essay_order():
    items = [item(1, 9), item(2, 3), item(3, 5), item(4, 12)]
    missed = review(None, False, T0)
    known = review(None, True, T0)
    assert missed.due < known.due  # a miss comes back sooner
    later = T0 + timedelta(minutes=15)
    cards = {"q4": missed.card_json}
    assert plan_round(items, cards, later, 3) == ["q4", "q2", "q3"]
    assert plan_round(items, {}, T0, 10) == ["q2", "q3", "q1", "q4"]


def test_good_answers_push_the_next_review_further_out():
    now = T0
    card = None
    dues = []
    for _ in range(4):
        reviewed = review(card, True, now)
        card, now = reviewed.card_json, reviewed.due
        dues.append(reviewed.due)
    gaps = [b - a for a, b in itertools.pairwise(dues)]
    assert gaps[-1] > gaps[0] and gaps[-1] >= timedelta(days=1)


def test_shuffled_options_keep_track_of_the_correct_one():
    import random

    seen_positions = set()
    for seed in range(20):
        options, correct = shuffled_options(item(1, 3), "en", random.Random(seed))
        assert options[correct] == "right" and sorted(options) == ["also wrong", "right", "wrong"]
        seen_positions.add(correct)
    assert len(seen_positions) > 1


def test_progress_counts_accuracy_streak_due_and_mastered():
    items = [item(1, 3, "a"), item(2, 3, "a"), item(3, 5, "b")]
    today = date(2026, 5, 3)
    answers = [
        ("q1", True, date(2026, 5, 1)),
        ("q2", False, date(2026, 5, 2)),
        ("q2", True, date(2026, 5, 3)),
        ("q3", False, date(2026, 5, 3)),
    ]
    due_card = review(None, False, T0).card_json
    stats = progress(items, answers, {"q3": due_card}, T0 + timedelta(hours=1), today)
    assert (stats.answered, stats.accuracy, stats.streak, stats.due_now) == (4, 50, 3, 1)
    assert stats.mastered == 1 and stats.concepts == 2  # a: last answers right, 2 right; b: last wrong
