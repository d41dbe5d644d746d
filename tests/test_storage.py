"""Storage on a real database: SQLite always, PostgreSQL too when TEST_POSTGRES_URL is set (CI)."""

import asyncio
import json
import os
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from bot.devtools.postgres import create_database
from bot.storage import Storage
from bot.storage.database import SQLiteDatabase, Tx
from bot.storage.feedback import gap_op
from bot.storage.quiz import PollView


@pytest.fixture
async def storage(database_url):
    store = Storage(database_url, bot_id=1, secret="s")
    await store.open()
    yield store
    await store.close()


async def test_open_migrates_idempotently_from_several_instances_at_once(database_url):
    stores = [Storage(database_url) for _ in range(3)]
    await asyncio.gather(*(s.open() for s in stores))  # three instances starting together
    assert all([await s.ping() for s in stores])
    await asyncio.gather(*(s.close() for s in stores))


def test_a_database_of_the_first_release_is_upgraded_with_its_data(tmp_path):
    """A database made by the first release's create_all (kept here as its DDL) is recognised,
    stamped as revision 0001 and upgraded; its rows survive."""
    path = tmp_path / "v1.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        for statement in (Path(__file__).parent / "data" / "schema_v1_sqlite.sql").read_text().split(";"):
            if statement.strip():
                conn.exec_driver_sql(statement)
        conn.exec_driver_sql("INSERT INTO schema_version VALUES (1, '2026-11-20 10:00:00.000000')")
        conn.exec_driver_sql("INSERT INTO users VALUES (7, 'kk', 'Asia/Almaty', '2026-11-20 10:00:00.000000')")
        conn.exec_driver_sql("INSERT INTO subscriptions VALUES (7, 7, '08:30', 'Asia/Almaty', 'kk', 1, '2026-11-29')")
        conn.exec_driver_sql("INSERT INTO quiz_cards VALUES (7, 'q1', '{}', '2026-11-21 10:00:00.000000', 2.5)")
    engine.dispose()

    async def upgrade():
        store = Storage(f"sqlite:///{path}")
        await store.open()
        try:
            sub = await store.tips.get(7)
            assert (sub.time, sub.lang, sub.last_sent, sub.next_due) == ("08:30", "kk", date(2026, 11, 29), None)
            assert await store.users.language(7) == "kk"
            assert await store.quiz.cards(7) == {"q1": "{}"}
        finally:
            await store.close()

    asyncio.run(upgrade())
    engine = create_engine(f"sqlite:///{path}")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert {"inbox", "outbox", "phrasings", "counters", "alembic_version"} <= tables and "schema_version" not in tables


async def test_everything_survives_a_new_process_on_the_same_database(database_url):
    first = Storage(database_url)
    await first.open()
    await first.users.set_language(7, "kk")
    await first.tips.subscribe(7, 7, "08:30", "Asia/Almaty", "kk", time.time() + 3600)
    await first.tips.mark_seen(7, "tip-a", restart=False)
    await first.close()
    second = Storage(database_url)  # as after a restart
    await second.open()
    assert await second.users.language(7) == "kk"
    sub = await second.tips.get(7)
    assert (sub.time, sub.time_zone, sub.lang, sub.active) == ("08:30", "Asia/Almaty", "kk", True)
    assert await second.tips.seen(7) == ["tip-a"]
    await second.close()


def _silent(instance: str):
    async def tx(t):
        await t.execute("UPDATE instances SET seen_at = :long_ago WHERE id = :id", {"long_ago": 0.0, "id": instance})

    return tx


async def test_the_inbox_stores_each_update_once_and_hands_unfinished_ones_over(storage, database_url):
    assert await storage.inbox.receive([{"update_id": 1, "message": {}}, {"update_id": 2}]) == [1, 2]
    assert await storage.inbox.receive([{"update_id": 2}, {"update_id": 3}]) == [3]  # 2 is a duplicate
    await storage.db.transaction(storage.inbox.done_op(1))
    assert await storage.inbox.take_over() == []  # the others are still leased to their receiver, alive
    other = Storage(database_url, bot_id=1, secret="s")  # another instance, alive
    await other.open()
    try:
        assert await other.inbox.take_over() == []  # not while the receiver beats
        await storage.db.transaction(_silent(storage.instance))  # the receiver died: its heartbeats stopped
        taken = await other.inbox.take_over()
        assert [u["update_id"] for u in taken] == [2, 3]
        assert await other.inbox.take_over() == []  # and not twice
    finally:
        await other.close()
    assert await storage.inbox.pending() == 2


async def test_a_daily_tip_is_claimed_exactly_once_even_by_concurrent_claimers(database_url):
    stores = [Storage(database_url) for _ in range(3)]
    for store in stores:
        await store.open()
    for user_id in range(1, 41):
        await stores[0].tips.subscribe(user_id, user_id, "09:00", "UTC", "en", time.time() - 5)
    claims = await asyncio.gather(*(s.tips.claim_due(100, 60) for s in stores for _ in range(3)))
    claimed = [sub.user_id for found in claims for sub, _ in found]
    assert sorted(claimed) == list(range(1, 41))  # every due subscriber once, across all claimers
    for store in stores:
        await store.close()


async def test_sent_tips_move_to_the_next_day_and_failed_ones_are_retried_later(storage):
    await storage.tips.subscribe(1, 1, "09:00", "UTC", "en", time.time() - 5)
    await storage.tips.subscribe(2, 2, "09:00", "UTC", "en", time.time() - 5)
    claimed = {sub.user_id: seen for sub, seen in await storage.tips.claim_due(10, 60)}
    assert set(claimed) == {1, 2}
    tomorrow = time.time() + 86400
    await storage.tips.sent(1, "t1", datetime.now(UTC).date(), tomorrow, restart=False)
    await storage.tips.retry(2, time.time() + 30)
    assert await storage.tips.claim_due(10, 60) == []  # nothing due now
    sub = await storage.tips.get(2)
    assert sub.attempts == 1 and sub.next_due > time.time()
    assert await storage.tips.seen(1) == ["t1"]


async def test_unsubscribed_users_are_never_claimed(storage):
    await storage.tips.subscribe(5, 5, "09:00", "UTC", "en", time.time() - 5)
    assert await storage.tips.unsubscribe(5) is True
    assert await storage.tips.unsubscribe(5) is False
    assert await storage.tips.claim_due(10, 60) == []


async def _sent_poll(storage, round_id, position, poll_id, item):
    [work] = await storage.outbox.claim_due(10, 60)
    assert work.payload == {"round": round_id, "position": position}
    round_ = await storage.quiz.round(round_id)
    await storage.quiz.poll_sent(work.id, round_, poll_id, 100 + position, item, [0], None)
    poll, _ = await storage.quiz.answer_context(poll_id, 9)
    return poll


async def test_a_private_round_advances_once_per_answer_and_a_duplicate_changes_nothing(storage):
    round_id = await storage.quiz.start_round(9, 9, 9, "en", ["a", "b"])
    first = await _sent_poll(storage, round_id, 0, "p1", "a")
    assert (await storage.quiz.record_answer(first, 9, "U", False, '{"c": 1}', 41)).advanced is True
    again = await storage.quiz.record_answer(first, 9, "U", False, '{"c": 2}', 41)
    assert (again.applied, again.advanced) == (False, False)  # a duplicate delivery
    assert await storage.quiz.cards(9) == {"a": '{"c": 1}'}
    second = await _sent_poll(storage, round_id, 1, "p2", "b")
    assert (await storage.quiz.record_answer(second, 9, "U", True, "{}", 42)).advanced is True
    [summary] = await storage.outbox.claim_due(10, 60)
    assert summary.kind == "summary"
    round_ = await storage.quiz.round(round_id)
    assert (round_.active, round_.score, round_.wrong) == (False, 1, ["a"])
    assert [(item, correct) for item, correct, _ in await storage.quiz.reviews(9)] == [("a", False), ("b", True)]


async def test_a_group_round_moves_on_when_every_player_answered_or_the_time_is_up(storage):
    round_id = await storage.quiz.start_round(-5, None, 1, "en", ["a", "b", "c"])
    [work] = await storage.outbox.claim_due(10, 60)
    round_ = await storage.quiz.round(round_id)
    await storage.quiz.poll_sent(work.id, round_, "g1", 500, "a", [0], time.time() + 30)
    poll, _ = await storage.quiz.answer_context("g1", 1)
    assert (await storage.quiz.record_answer(poll, 2, "B", True, "{}", None)).advanced is False  # the starter has not answered
    assert (await storage.quiz.record_answer(poll, 1, "A", True, "{}", None)).advanced is True  # now everyone has
    work = await storage.outbox.claim_due(10, 60)
    assert sorted(w.kind for w in work) == ["close", "poll"]
    poll_work = next(w for w in work if w.kind == "poll")
    await storage.quiz.poll_sent(poll_work.id, await storage.quiz.round(round_id), "g2", 501, "b", [0], time.time() - 1)
    [expired] = await storage.quiz.expired_group_polls(time.time())
    assert expired.poll_id == "g2"
    assert await storage.quiz.close_group_poll(expired) is True
    assert await storage.quiz.close_group_poll(expired) is False  # once, whoever comes first
    assert await storage.quiz.leaderboard(-5) == [("A", 1), ("B", 1)]


async def test_outbox_work_is_retried_with_backoff_and_given_up_at_last(storage):
    await storage.quiz.start_round(9, 9, 9, "en", ["a"])
    [work] = await storage.outbox.claim_due(10, 60)
    assert await storage.outbox.claim_due(10, 60) == []  # leased
    assert await storage.outbox.retry(work, 0.0) is True
    [again] = await storage.outbox.claim_due(10, 60)
    assert again.attempts == 1
    from bot.storage.outbox import MAX_ATTEMPTS

    for _ in range(1, MAX_ATTEMPTS):
        gone = not await storage.outbox.retry(again, 0.0)
        again = (await storage.outbox.claim_due(10, 60) or [again])[0]
    assert gone and await storage.outbox.pending() == 0


async def test_export_then_forget_removes_every_trace_of_a_user(storage):
    await storage.users.set_language(3, "ru")
    await storage.tips.subscribe(3, 3, "08:00", "UTC", "ru", time.time() + 99)
    await storage.tips.mark_seen(3, "tip-x", restart=False)
    round_id = await storage.quiz.start_round(3, 3, 3, "ru", ["a"])
    [work] = await storage.outbox.claim_due(10, 60)
    await storage.quiz.poll_sent(work.id, await storage.quiz.round(round_id), "px", 9, "a", [0], None)
    poll, _ = await storage.quiz.answer_context("px", 3)
    await storage.quiz.record_answer(poll, 3, "R", True, "{}", None)
    await storage.feedback.vote(3, 77, storage.voter(3), "essay-title", True, "ru")
    data = await storage.users.export(3, storage.voter(3))
    assert data["language"] == "ru" and data["subscription"]["time"] == "08:00"
    assert [t["tip"] for t in data["tips_seen"]] == ["tip-x"] and len(data["quiz_answers"]) == 1 and len(data["votes"]) == 1
    json.dumps(data)  # plain JSON
    await storage.users.forget(3, storage.voter(3))
    empty = await storage.users.export(3, storage.voter(3))
    assert empty["subscription"] is None and empty["quiz_answers"] == [] and empty["votes"] == [] and empty["language"] is None


async def test_one_vote_per_user_per_answer_and_gaps_carry_no_user(storage):
    voter = storage.voter(42)
    assert len(voter) == 32 and voter == storage.voter(42) != storage.voter(43)
    assert await storage.feedback.vote(1, 10, voter, "essay-title", True, "en") is None
    assert await storage.feedback.vote(1, 10, voter, "essay-title", False, "en") is True  # changed, not added
    assert await storage.feedback.votes() == [("essay-title", False)]
    storage.buffer.add(gap_op("what is x", "en", None, 10.0, "unmatched", "u1"))
    storage.buffer.add(gap_op("what is x", "en", None, 10.0, "unmatched", "u1"))  # the same update twice
    storage.buffer.count("answered", 2)
    await storage.buffer.flush()
    assert [g.question for g in await storage.feedback.gaps()] == ["what is x"]
    assert (await storage.feedback.counters())["answered"] == 2
    assert await storage.feedback.purge(1, now=datetime.now(UTC) + timedelta(days=2)) == 1


async def test_sqlite_commits_writes_that_arrive_together_at_once(tmp_path):
    db = SQLiteDatabase(str(tmp_path / "g.sqlite3"))
    await db.open()

    async def create(t: Tx) -> None:
        await t.execute("CREATE TABLE t (x INTEGER PRIMARY KEY)")

    await db.transaction(create)

    def insert(x):
        async def tx(t: Tx) -> int:
            return await t.execute("INSERT INTO t (x) VALUES (:x)", {"x": x})

        return tx

    async def failing(t: Tx) -> None:
        await t.execute("INSERT INTO t (x) VALUES (1000)")
        raise ValueError("this function alone is rolled back")

    commits_before = db.commits
    results = await asyncio.gather(
        *(db.transaction(insert(x)) for x in range(200)), db.transaction(failing), return_exceptions=True
    )
    assert results[:200] == [1] * 200 and isinstance(results[200], ValueError)
    assert db.commits - commits_before < 50  # group commit: far fewer commits than transactions
    rows = await db.fetch("SELECT COUNT(*) AS n, MAX(x) AS m FROM t")
    assert (rows[0]["n"], rows[0]["m"]) == (200, 199)
    await db.close()


async def test_reads_do_not_wait_for_a_locked_writer(tmp_path):
    """Another process holds the write lock: writes wait, reads answer at once."""
    import sqlite3

    path = str(tmp_path / "l.sqlite3")
    store = Storage(f"sqlite:///{path}")
    await store.open()
    await store.users.set_language(1, "kk")
    store.users._languages.clear()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # the write lock, held
    try:
        write = asyncio.ensure_future(store.users.set_language(1, "ru"))
        started = time.monotonic()
        assert await store.users.language(1) == "kk"
        assert time.monotonic() - started < 0.5
        assert not write.done()
    finally:
        other.execute("ROLLBACK")
        other.close()
    await write
    store.users._languages.clear()
    assert await store.users.language(1) == "ru"
    await store.close()


async def test_a_poll_view_round_trips(storage):
    await storage.quiz.start_round(9, 9, 9, "en", ["a"])
    [work] = await storage.outbox.claim_due(10, 60)
    round_ = await storage.quiz.round(work.payload["round"])
    await storage.quiz.poll_sent(work.id, round_, "pv", 31, "a", [2], None)
    poll, card = await storage.quiz.answer_context("pv", 9)
    assert poll == PollView("pv", round_.id, 9, 9, "a", [2], 0, 31) and card is None


def test_the_fast_start_knows_the_newest_revision():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bot.storage.migrate import HEAD, MIGRATIONS

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD


def test_a_new_sqlite_database_is_made_from_the_snapshot_exactly_as_the_migrations_make_it(tmp_path):
    import sqlite3
    import subprocess
    import sys

    from bot.devtools.schema import migrated_schema
    from bot.storage.migrate import SQLITE_HEAD, sqlite_schema

    by_alembic = migrated_schema(str(tmp_path / "alembic.sqlite3"))
    assert SQLITE_HEAD.read_text(encoding="utf-8") == by_alembic, "run python -m bot.devtools.schema"
    path = tmp_path / "new.sqlite3"
    probe = (
        "import asyncio, sys; from bot.storage.migrate import migrate; "
        f"asyncio.run(migrate('sqlite:///{path}')); print('alembic' in sys.modules, 'sqlalchemy' in sys.modules)"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.split() == ["False", "False"]  # the fast path was taken
    conn = sqlite3.connect(path)
    try:
        assert sqlite_schema(conn) == by_alembic
    finally:
        conn.close()


async def test_closing_while_a_batch_is_being_committed_loses_none_of_it(database_url):
    """SIGTERM may come while a buffered batch is inside its transaction: it is committed, not cut off."""
    storage = Storage(database_url, bot_id=1, secret="s")
    await storage.open()
    updates = [{"update_id": n, "message": {}} for n in range(1, 51)]
    assert len(await storage.inbox.receive(updates)) == 50
    storage.buffer.delay = 0.0
    for n in range(1, 51):
        storage.buffer.add(storage.inbox.done_op(n))
    flushes = storage.buffer.flushes
    await asyncio.sleep(0)  # one turn of the loop: the scheduled flush takes the batch and starts committing it
    assert not storage.buffer._ops and storage.buffer.flushes == flushes  # taken, not yet committed
    await storage.close()
    reopened = Storage(database_url, bot_id=1, secret="s")
    await reopened.open()
    try:
        assert await reopened.inbox.pending() == 0
    finally:
        await reopened.close()


@pytest.mark.skipif(not os.environ.get("TEST_POSTGRES_URL"), reason="SQLite has one writer: commits come in id order")
async def test_a_phrasing_committed_after_a_newer_one_still_changes_the_version():
    """PostgreSQL hands out ids before commit: the reload job must still see a phrasing whose
    transaction commits after one with a higher id (another curator, another instance)."""
    store = Storage(await create_database(os.environ["TEST_POSTGRES_URL"]))
    await store.open()
    inserted, release = asyncio.Event(), asyncio.Event()

    async def slow(t: Tx) -> None:
        await t.execute("INSERT INTO phrasings (entry_id, lang, text, created_at) VALUES ('abstract', 'en', 'first', 0)")
        inserted.set()
        await release.wait()  # committed only after the second curator's phrasing

    first = asyncio.create_task(store.db.transaction(slow))
    try:
        await inserted.wait()
        await store.phrasings.add("abstract", "en", ["second"])
        seen = await store.phrasings.version()
        release.set()
        await first
        assert await store.phrasings.version() != seen
        assert len(await store.phrasings.all()) == 2
    finally:
        release.set()  # a failed step above must not leave the first transaction waiting
        await asyncio.gather(first, return_exceptions=True)
        await store.close()
