"""One chat never makes another wait: 50 ms of Bot API latency and Telegram's limits enforced by
the fake Bot API (30 messages/s overall, 1/s per chat, 20/min per group), a broadcast running,
a chat whose calls hang. Replies stay fast, in order per chat, and no call gets a 429."""

from __future__ import annotations

import asyncio
import statistics
import time

import pytest

from bot.devtools.fake_bot_api import FakeBotAPI
from bot.settings import Settings
from tests.conftest import TOKEN, RunningBot

STUDENTS = range(7001, 7201)  # 200 students asking within the limits
HUNG = 6999  # a chat whose calls never come back
ORDERED = 6998  # a student sending five questions in a row
SUBSCRIBERS = range(60_001, 70_001)  # a broadcast of 10,000 tips, due now


@pytest.fixture
def limited_api():
    api = FakeBotAPI(latency=0.05, limits=True).start()
    yield api
    api.stop()


async def _seed(bot: RunningBot) -> None:
    tips = bot.app.bot_data["services"].storage.tips
    due = time.time() - 1
    await asyncio.gather(*(tips.subscribe(u, u, "09:00", "UTC", "en", due) for u in SUBSCRIBERS))
    bot.app.bot_data["services"].worker.kick()


async def test_replies_stay_fast_and_ordered_while_a_broadcast_runs_and_a_chat_hangs(limited_api, database_url, tmp_path):
    fake = limited_api
    settings = Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=fake.base_url,
        database_url=database_url,
        heartbeat_file=tmp_path / "hb",
        flood_messages=100,
        _env_file=None,
    )
    bot = await RunningBot(settings).start()
    try:
        await _seed(bot)
        await fake.calls_of("sendMessage", 20, timeout=30)  # the broadcast is under way
        fake.hang_chat(HUNG)
        fake.send_text("what is political modernization", user_id=HUNG)
        asked: dict[int, float] = {}
        for student in STUDENTS:  # 20 questions a second: within Telegram's 30/s
            asked[student] = time.monotonic()
            fake.send_text("what is democracy", user_id=student)
            if student == STUDENTS[10]:
                for n in range(5):
                    fake.send_text(f"/ask what is political development {n}", user_id=ORDERED)
            await asyncio.sleep(0.05)
        for student in STUDENTS:
            await fake.calls_of("sendMessage", 1, chat_id=student, timeout=30)
        replies = await fake.calls_of("sendMessage", 5, chat_id=ORDERED, timeout=30)
        latencies = sorted(fake.sent("sendMessage", s)[0].at - asked[s] for s in STUDENTS)
        tips_during = [c for c in fake.sent("sendMessage") if int(c.params["chat_id"]) in SUBSCRIBERS]
    finally:
        fake.release_chat(HUNG)
        await bot.stop()
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    assert p95 < 0.3, (p95, statistics.median(latencies))  # no limit imposes a wait on one reply per chat
    assert max(latencies) < 1.0  # while the broadcast runs, replies go first
    quoted = [int(c.params["reply_parameters"]["message_id"]) for c in replies]
    assert quoted == sorted(quoted)  # one chat's replies in the order of its questions
    assert len(tips_during) > 20  # tips went on with what capacity was left
    stats = fake.stats()
    assert stats["http_429"] == 0, stats
