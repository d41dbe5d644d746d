"""Storage on a real database: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set (CI)."""

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.storage import Storage


@pytest.fixture
async def storage(database_url):
    store = Storage(database_url)
    await store.migrate()
    yield store
    await store.close()


async def test_migrate_is_idempotent_and_records_the_version(database_url):
    for _ in range(2):
        store = Storage(database_url)
        await store.migrate()
        assert await store.ping()
        await store.close()


async def test_everything_survives_a_new_process_on_the_same_database(database_url):
    first = Storage(database_url)
    await first.migrate()
    await first.set_language(7, "kk")
    await first.subscribe(7, 7, "08:30", "Asia/Almaty", "kk")
    await first.mark_tip_seen(7, "tip-a")
    await first.save_review(7, 7, "q1", True, '{"x": 1}', datetime.now(UTC), 2.5)
    await first.close()
    second = Storage(database_url)  # as after a restart
    await second.migrate()
    assert await second.language(7) == "kk"
    sub = await second.subscription(7)
    assert (sub.time, sub.time_zone, sub.lang, sub.active) == ("08:30", "Asia/Almaty", "kk", True)
    assert await second.seen_tips(7) == ["tip-a"]
    assert await second.cards(7) == {"q1": '{"x": 1}'}
    assert [(r.item_id, r.correct) for r in await second.reviews(7)] == [("q1", True)]
    await second.close()


async def test_a_daily_tip_is_claimed_exactly_once_even_by_concurrent_claimers(storage):
    for user in range(1, 21):
        await storage.subscribe(user, user, "09:00", "UTC", "en")
    day = date(2026, 5, 1)
    await storage.mark_tip_seen(1, "tip-a")
    results = await asyncio.gather(*(storage.claim_daily_tip(u, day) for u in range(1, 21) for _ in range(3)))
    assert sum(r is not None for r in results) == 20
    assert await storage.claim_daily_tip(1, day) is None
    assert await storage.claim_daily_tip(1, day + timedelta(days=1)) == ["tip-a"]  # claimed, with what was seen
    await storage.release_daily_tip(1, day)
    assert await storage.claim_daily_tip(1, day + timedelta(days=1)) is not None


async def test_unsubscribed_users_are_never_claimed(storage):
    await storage.subscribe(5, 5, "09:00", "UTC", "en")
    assert await storage.unsubscribe(5) is True
    assert await storage.unsubscribe(5) is False
    assert await storage.claim_daily_tip(5, date(2026, 5, 1)) is None
    assert await storage.active_subscriptions() == []


async def test_a_round_advances_once_per_position_and_remembers_misses(storage):
    round_id = await storage.start_round(10, 10, "en", ["a", "b"])
    await storage.save_poll("p1", round_id, 10, 10, "a", [2], 0)
    assert (await storage.get_poll("p1")).correct_ids == [2]
    moved = await asyncio.gather(*(storage.advance_round(round_id, 0, False, "a") for _ in range(3)))
    assert sum(r is not None for r in moved) == 1
    final = await storage.advance_round(round_id, 1, True, "b")
    assert (final.score, final.wrong, final.active) == (1, ["a"], False)
    assert (await storage.get_round(round_id)).active is False


async def test_group_answers_make_a_leaderboard(storage):
    round_id = await storage.start_round(-5, None, "en", ["a"])
    await storage.save_poll("g1", round_id, -5, None, "a", [0], 0)
    poll = await storage.get_poll("g1")
    for user_id, name, correct in [(1, "Aigerim", True), (2, "Daniyar", True), (2, "Daniyar", True), (1, "Aigerim", False)]:
        moved = await storage.record_answer(poll, user_id, name, correct, "{}", datetime.now(UTC), 1.0)
        assert moved is None  # a group round moves on by the clock, not by an answer
    assert await storage.leaderboard(-5) == [("Daniyar", 2), ("Aigerim", 1)]


async def test_export_then_forget_removes_every_trace_of_a_user(storage):
    await storage.set_language(9, "ru")
    await storage.subscribe(9, 9, "07:00", "Europe/Moscow", "ru")
    await storage.mark_tip_seen(9, "tip-x")
    await storage.save_review(9, 9, "q1", False, "{}", datetime.now(UTC), 0.1)
    group_round = await storage.start_round(-1, None, "ru", ["q1"])
    await storage.save_poll("g9", group_round, -1, None, "q1", [0], 0)
    await storage.record_answer(await storage.get_poll("g9"), 9, "Me", True, "{}", datetime.now(UTC), 1.0)
    round_id = await storage.start_round(9, 9, "ru", ["q1"])
    await storage.save_poll("p9", round_id, 9, 9, "q1", [0], 0)
    data = await storage.export_user(9)
    assert data["language"] == "ru" and data["subscription"]["time"] == "07:00"
    assert data["tips_seen"][0]["tip"] == "tip-x" and data["quiz_answers"][0]["correct"] is False
    await storage.forget_user(9)
    empty = await storage.export_user(9)
    assert empty["language"] is None and empty["subscription"] is None
    assert not empty["tips_seen"] and not empty["quiz_cards"] and not empty["quiz_answers"] and not empty["group_scores"]
    assert await storage.get_poll("p9") is None


async def test_votes_and_gaps_carry_no_user_and_gaps_expire(storage):
    await storage.record_vote("essay-title", False, "en")
    assert await storage.votes() == [("essay-title", False)]
    await storage.record_gap("what is gdp", "en", None, 20.0, "unmatched")
    gaps = await storage.gaps()
    assert [(g.question, g.kind) for g in gaps] == [("what is gdp", "unmatched")]
    assert not hasattr(gaps[0], "user_id")
    assert await storage.purge_gaps(90, now=datetime.now(UTC) + timedelta(days=91)) == 1
    assert await storage.gaps() == []
