"""Crashes, restarts, duplicate deliveries and several instances: nothing a student did is lost
once Telegram was told it arrived, nothing is applied twice, every subscriber gets one tip.

The bot runs as real `python -m bot run` processes against the fake Bot API; the database is
read directly to check what was applied.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from collections import Counter

import pytest

from bot.storage import Storage
from tests.test_e2e_process import start_bot, stop_bot
from tests.test_e2e_webhook import WebhookBot

PLAYERS = range(2001, 2031)  # 30 students, each with an open quiz poll
NEWCOMERS = range(3001, 3011)  # 10 students who subscribe during the burst
SUBSCRIBERS = range(50_001, 51_001)  # 1,000 subscribers whose daily tip is due: a broadcast is running
BROADCAST_RATE = {"RATE_LIMIT_PER_SECOND": "100"}  # the fake enforces no limits here: 1,000 tips in ~10 s


async def _seed(database_url: str) -> None:
    storage = Storage(database_url)
    await storage.open()
    due = time.time() - 1
    await asyncio.gather(*(storage.tips.subscribe(u, u, "09:00", "UTC", "en", due) for u in SUBSCRIBERS))
    await storage.close()


async def _read(database_url: str, sql: str, params: dict | None = None) -> list:
    storage = Storage(database_url)
    await storage.open()
    try:
        return list(await storage.db.fetch(sql, params or {}))
    finally:
        await storage.close()


def _delivered(fake_api) -> list:
    """Messages Telegram accepted (a request cut short by the kill never was)."""
    return [c for c in fake_api.sent("sendMessage") if c.done and "chat_id" in c.params]


def _tips_per_chat(fake_api) -> Counter:
    return Counter(int(c.params["chat_id"]) for c in _delivered(fake_api) if int(c.params["chat_id"]) in SUBSCRIBERS)


def _poll_per_chat(fake_api) -> dict[int, str]:
    return {chat: poll_id for poll_id, (chat, _) in list(fake_api.poll_messages.items())}


def _summaries(fake_api) -> Counter:
    return Counter(int(c.params["chat_id"]) for c in _delivered(fake_api) if "Round over" in c.params.get("text", ""))


def test_kill_9_during_a_burst_loses_nothing_acknowledged_and_applies_nothing_twice(fake_api, database_url, tmp_path):
    asyncio.run(_seed(database_url))
    fake_api.latency = 0.02
    process = start_bot(fake_api, database_url, tmp_path / "a.log", **BROADCAST_RATE)
    try:
        for player in PLAYERS:
            fake_api.send_text("/quiz 1", user_id=player)
        # each player's poll once it exists (a sendPoll call is visible while still in flight)
        fake_api.wait_for(lambda: set(PLAYERS) <= set(_poll_per_chat(fake_api)), timeout=90)
        polls = _poll_per_chat(fake_api)
        for player in PLAYERS:  # the burst: 30 answers and 10 subscriptions within a moment
            fake_api.answer_poll(polls[player], 0, user_id=player)
        for newcomer in NEWCOMERS:
            fake_api.send_text("/subscribe 07:00 UTC", user_id=newcomer)
        time.sleep(1.0)  # the scenario: kill -9 one second after the burst
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    # Sends Telegram accepted that the dead process had not recorded yet may come again (the Bot
    # API has no idempotency key): read from the database what it had recorded when it died.
    recorded_tips = {
        r["user_id"] for r in asyncio.run(_read(database_url, "SELECT user_id FROM subscriptions WHERE last_sent IS NOT NULL"))
    }
    recorded_summaries = {
        int(r["chat_id"])
        for r in asyncio.run(_read(database_url, "SELECT chat_id FROM outbox WHERE kind = 'summary' AND state = 1"))
    }
    unrecorded = (
        {int(c.params["chat_id"]) for c in fake_api.sent("sendMessage") if "chat_id" in c.params}
        - recorded_tips
        - recorded_summaries
    )
    in_flight = len([c for c in fake_api.calls if c.method.startswith("send") and not c.done])
    confirmed = fake_api._confirmed_offset  # Telegram forgets everything below: only the inbox has it

    process = start_bot(fake_api, database_url, tmp_path / "b.log", **BROADCAST_RATE)
    try:
        fake_api.wait_for(lambda: len(_summaries(fake_api)) >= len(PLAYERS), timeout=90)
        fake_api.wait_for(lambda: len(_tips_per_chat(fake_api)) >= len(SUBSCRIBERS), timeout=120)
        fake_api.wait_for(lambda: len(fake_api.sent("sendMessage")) >= 0 and fake_api.all_updates_confirmed(), timeout=30)
    finally:
        code, log = stop_bot(process)
    assert code == 0, log[-2000:]
    assert confirmed > 1  # the crash came after Telegram had been told of updates
    reviews = asyncio.run(_read(database_url, "SELECT user_id, COUNT(*) AS n FROM reviews GROUP BY user_id"))
    assert {r["user_id"]: r["n"] for r in reviews} == dict.fromkeys(PLAYERS, 1)  # every answer, once
    subs = asyncio.run(_read(database_url, "SELECT user_id, time FROM subscriptions WHERE user_id >= 3001 AND user_id < 3011"))
    assert sorted((r["user_id"], r["time"]) for r in subs) == [(u, "07:00") for u in NEWCOMERS]
    tips = _tips_per_chat(fake_api)
    assert set(tips) == set(SUBSCRIBERS)  # every subscriber got the tip
    repeated = {chat: n for chat, n in (tips + _summaries(fake_api)).items() if n > 1}
    assert set(repeated) <= unrecorded and all(n == 2 for n in repeated.values()), (repeated, in_flight)  # at most once more


def test_sigterm_during_a_broadcast_hands_the_rest_over_and_sends_every_tip_once(fake_api, database_url, tmp_path):
    asyncio.run(_seed(database_url))
    fake_api.latency = 0.02
    process = start_bot(fake_api, database_url, tmp_path / "a.log", **BROADCAST_RATE)
    try:
        fake_api.wait_for(lambda: len(_tips_per_chat(fake_api)) >= 30, timeout=60)
    finally:
        code, log = stop_bot(process)  # docker stop: SIGTERM
    assert code == 0, log[-2000:]
    assert len(_tips_per_chat(fake_api)) < len(SUBSCRIBERS)  # stopped mid-broadcast
    process = start_bot(fake_api, database_url, tmp_path / "b.log", **BROADCAST_RATE)
    try:
        fake_api.wait_for(lambda: len(_tips_per_chat(fake_api)) >= len(SUBSCRIBERS), timeout=120)
        time.sleep(1.0)  # a duplicate, if any, would arrive now
    finally:
        code, log = stop_bot(process)
    assert code == 0, log[-2000:]
    assert set(_tips_per_chat(fake_api).values()) == {1}


def test_every_kind_of_update_delivered_twice_is_applied_once(fake_api, database_url, tmp_path):
    bot = WebhookBot(fake_api, database_url, tmp_path / "w.log")
    try:

        def twice(update: dict) -> None:
            assert bot.post(update).status_code == 200
            assert bot.post(update).status_code == 200  # Telegram's retry after a lost 200

        user = fake_api.user(1001)
        chat = fake_api.chat(1001)
        twice(
            {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": int(time.time()),
                    "chat": chat,
                    "from": user,
                    "text": "/quiz 1",
                    "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
                },
            }
        )
        # the call arrives before its poll is stored: wait for the poll itself
        poll_id = fake_api.wait_for(lambda: next(iter(fake_api.polls), None), timeout=30)
        persistent = fake_api.polls[poll_id]["options"][0]["persistent_id"]
        twice(
            {
                "update_id": 2,
                "poll_answer": {"poll_id": poll_id, "user": user, "option_ids": [0], "option_persistent_ids": [persistent]},
            }
        )
        summary = fake_api.wait_calls("sendMessage", 2, chat_id=1001, timeout=30)[-1]
        markup = summary.params.get("reply_markup") or {"inline_keyboard": [[{"callback_data": "e:essay-title"}]]}
        data = markup["inline_keyboard"][0][0]["callback_data"]
        message = fake_api.messages[(1001, max(k[1] for k in fake_api.messages if k[0] == 1001))]
        fake_api.pending_callbacks.add("cq1")
        twice(
            {
                "update_id": 3,
                "callback_query": {"id": "cq1", "from": user, "chat_instance": "ci", "message": message, "data": data},
            }
        )
        twice({"update_id": 4, "inline_query": {"id": "iq1", "from": user, "query": "democracy", "offset": ""}})
        twice({"update_id": 5, "chosen_inline_result": {"result_id": "democracy-in-essay", "from": user, "query": "democracy"}})
        twice(
            {
                "update_id": 6,
                "message": {
                    "message_id": 9,
                    "date": int(time.time()),
                    "chat": chat,
                    "from": user,
                    "text": "what is political development",
                },
            }
        )
        fake_api.wait_calls("answerInlineQuery", 1, timeout=30)
        fake_api.wait_calls("answerCallbackQuery", 1, timeout=30)
        replies = fake_api.wait_calls("sendMessage", 4, chat_id=1001, timeout=30)
        time.sleep(1.0)  # a second application, if any, would show now
    finally:
        assert bot.stop() == 0
    assert len(fake_api.sent("sendPoll")) == 1 + 0  # the round's one poll, not two rounds
    assert len(fake_api.sent("answerInlineQuery")) == 1 and len(fake_api.sent("answerCallbackQuery")) == 1
    assert len(fake_api.sent("sendMessage", 1001)) == len(replies) == 4  # intro, summary, entry, answer
    reviews = asyncio.run(_read(database_url, "SELECT COUNT(*) AS n FROM reviews"))
    assert reviews[0]["n"] == 1  # reviewed once in FSRS
    counters = asyncio.run(_read(database_url, "SELECT name, value FROM counters"))
    assert {r["name"]: r["value"] for r in counters}.get("inline_chosen") == 1
    assert fake_api.rejected == []


@pytest.fixture
def postgres_only(database_url):
    if not database_url.startswith("postgres"):
        pytest.skip("several instances share PostgreSQL (SQLite is one process's)")
    return database_url


def test_three_instances_start_together_and_a_change_on_one_holds_on_all(fake_api, postgres_only, tmp_path):
    bots: list[WebhookBot] = []
    errors: list[BaseException] = []

    def start(n: int) -> None:
        try:
            bots.append(WebhookBot(fake_api, postgres_only, tmp_path / f"{n}.log"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert not errors and len(bots) == 3  # all start on a fresh database (migrations under a lock)
        first, second, third = bots
        user, chat = fake_api.user(1001), fake_api.chat(1001)

        def command(update_id: int, text: str) -> dict:
            return {
                "update_id": update_id,
                "message": {
                    "message_id": update_id,
                    "date": int(time.time()),
                    "chat": chat,
                    "from": user,
                    "text": text,
                    "entities": [{"type": "bot_command", "offset": 0, "length": 10}],
                },
            }

        assert first.post(command(1, "/subscribe 08:00 UTC")).status_code == 200
        fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=30)
        assert second.post(command(2, "/subscribe 21:15 UTC")).status_code == 200  # changed on another instance
        fake_api.wait_calls("sendMessage", 2, chat_id=1001, timeout=30)
        [row] = asyncio.run(_read(postgres_only, "SELECT time, next_due FROM subscriptions WHERE user_id = 1001"))
        assert row["time"] == "21:15" and time.strftime("%H:%M", time.gmtime(row["next_due"])) == "21:15"
        # the new moment comes: whichever instance claims it, the tip goes out once
        asyncio.run(
            _read(
                postgres_only,
                "UPDATE subscriptions SET next_due = :t WHERE user_id = 1001 RETURNING user_id",
                {"t": time.time() - 1},
            )
        )
        fake_api.wait_calls("sendMessage", 3, chat_id=1001, timeout=30)
        time.sleep(3.0)  # every instance's worker has ticked by now
        tips = [c for c in fake_api.sent("sendMessage", 1001) if "<blockquote>" in c.params["text"]]
        assert len(tips) == 1
    finally:
        assert [b.stop() for b in bots] == [0] * len(bots)


def test_a_revoked_token_ends_the_process_with_a_clear_message(fake_api, database_url, tmp_path):
    process = start_bot(fake_api, database_url, tmp_path / "bot.log")
    try:
        fake_api.send_text("/help")
        fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=60)
        fake_api.revoke()
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    log = (tmp_path / "bot.log").read_text()
    assert process.returncode == 1 and "rejected the bot token" in log


def test_health_reports_a_dead_poller(fake_api, database_url, tmp_path):
    import subprocess
    import sys

    from bot.devtools.fake_bot_api import TOKEN

    heartbeat = tmp_path / "heartbeat"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "DATABASE_URL": database_url, "HEARTBEAT_FILE": str(heartbeat)}

    def health() -> int:
        return subprocess.run([sys.executable, "-m", "bot", "health"], env=env, capture_output=True, timeout=60).returncode

    assert health() == 1  # never polled
    process = start_bot(fake_api, database_url, tmp_path / "bot.log")
    try:
        fake_api.wait_for(heartbeat.exists, timeout=60)
        assert health() == 0
    finally:
        stop_bot(process)
    heartbeat.write_text(str(int(time.time()) - 600))  # polling stopped ten minutes ago
    assert health() == 1
