"""Groups and privacy: personal things happen in private chats, buttons answer only their owner,
votes count once per user, chatter is not flood, secrets never reach a log, memory stays bounded."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time

import httpx

from bot.devtools.fake_bot_api import TOKEN
from bot.flood import FloodControl, Verdict
from bot.storage.users import LANGUAGE_CACHE, Users
from tests.test_e2e_webhook import SECRET, WebhookBot, message_update

GROUP = {"id": -100777, "type": "supergroup", "title": "Seminar"}


async def say(fake, text, user_id=1001, chat=None):
    chat_id = chat["id"] if chat else user_id
    before = len(fake.sent("sendMessage", chat_id))
    fake.send_text(text, user_id=user_id, chat=chat)
    return (await fake.calls_of("sendMessage", before + 1, chat_id=chat_id))[-1]


async def test_personal_commands_in_a_group_point_to_the_private_chat(bot, fake_api):
    for command in ("/export", "/forget", "/settings", "/subscribe 08:00", "/unsubscribe", "/stats"):
        reply = await say(fake_api, command, chat=GROUP)
        assert "private chat" in reply.params["text"], command
        [[button]] = reply.params["reply_markup"]["inline_keyboard"]
        assert button["url"].startswith("https://t.me/saiasat_test_bot?start="), command
    assert fake_api.sent("sendDocument") == []  # no personal data in the group
    storage = bot.app.bot_data["services"].storage
    assert await storage.tips.get(1001) is None
    # the link opens the private chat with the same request
    fake_api.send_text("/start export")
    await fake_api.calls_of("sendDocument", 1)


async def test_a_button_answers_only_its_owner(bot, fake_api):
    await say(fake_api, "/subscribe 08:00 UTC")
    shown = await say(fake_api, "/settings")
    message = fake_api.messages[(1001, max(k[1] for k in fake_api.messages if k[0] == 1001))]
    data = [b["callback_data"] for row in shown.params["reply_markup"]["inline_keyboard"] for b in row]
    unsub = next(d for d in data if d.startswith("s:unsub:"))
    fake_api.press(message, unsub, user_id=5555)  # forged: another user presses (or replays) it
    [refused] = await fake_api.calls_of("answerCallbackQuery", 1)
    assert "someone else" in refused.params["text"]
    assert (await bot.app.bot_data["services"].storage.tips.get(1001)).active is True
    fake_api.press(message, "f:yes:1001", user_id=5555)
    await fake_api.calls_of("answerCallbackQuery", 2)
    assert await bot.app.bot_data["services"].storage.tips.get(1001) is not None  # nothing deleted


async def test_one_vote_per_user_per_answer_and_the_keyboard_shows_it(bot, fake_api):
    answer = await say(fake_api, "what is political modernization")
    message = fake_api.messages[(1001, max(k[1] for k in fake_api.messages if k[0] == 1001))]
    votes = [
        b["callback_data"]
        for row in answer.params["reply_markup"]["inline_keyboard"]
        for b in row
        if b["callback_data"].startswith("v:")
    ]
    up, down = sorted(votes, reverse=True)
    for data in (up, up, down):
        fake_api.press(message, data)
    await fake_api.calls_of("answerCallbackQuery", 3)
    edits = await fake_api.calls_of("editMessageReplyMarkup", 2)
    assert "✅" in str(edits[-1].params["reply_markup"])
    storage = bot.app.bot_data["services"].storage
    assert await storage.feedback.votes() == [("modernization-definition", False)]  # changed, not added


async def test_chatter_in_a_group_is_not_flood_and_a_question_after_it_is_answered(bot, fake_api):
    for n in range(20):  # members talking among themselves where the bot sees every message
        fake_api.send_text(f"guys, see you at {n}", user_id=1001, chat=GROUP)
    reply = await say(fake_api, "/ask what is political development", chat=GROUP)
    assert "<blockquote>" in reply.params["text"]
    assert not [c for c in fake_api.sent("sendMessage") if "too fast" in c.params["text"]]


def test_no_secret_in_the_logs_even_at_debug(fake_api, database_url, tmp_path):
    bot = WebhookBot(fake_api, database_url, tmp_path / "w.log", LOG_LEVEL="DEBUG")
    try:
        assert bot.post(message_update(1, "what is democracy")).status_code == 200
        fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=30)
    finally:
        assert bot.stop() == 0
    log = (tmp_path / "w.log").read_text()
    assert "setWebhook" in log  # the call was logged at DEBUG…
    assert SECRET not in log and TOKEN.split(":")[1] not in log  # …without its secrets


def test_idle_connections_do_not_lock_out_telegram_or_the_health_check(fake_api, database_url, tmp_path):
    bot = WebhookBot(fake_api, database_url, tmp_path / "w.log")
    idle = []
    try:
        for _ in range(300):  # connections that never send a request (slow or hostile clients)
            sock = socket.create_connection(("127.0.0.1", bot.port))
            idle.append(sock)
        deadline = time.monotonic() + 20
        healthy = False
        while time.monotonic() < deadline and not healthy:
            try:
                healthy = httpx.get(bot.url + "/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        assert healthy
        assert bot.post(message_update(2, "who is daniel bell")).status_code == 200
        fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=30)
    finally:
        for sock in idle:
            sock.close()
        assert bot.stop() == 0
    assert os.path.getsize(tmp_path / "w.log") < 200_000  # no log flood


def test_memory_per_user_is_bounded():
    flood = FloodControl(limit=8, window=10.0, clock=lambda: now)
    flood.max_users = 100
    now = 0.0
    for user in range(1000):
        flood.check(user)
        now += 1.0
    assert flood.tracked <= flood.max_users + 10
    assert flood.check(999) is Verdict.OK
    users = Users(db=None)  # type: ignore[arg-type]
    for user in range(LANGUAGE_CACHE + 100):
        users._languages[user] = ("en", None, time.monotonic())
    asyncio.run(_language_of(users))
    assert len(users._languages) <= LANGUAGE_CACHE


async def _language_of(users: Users) -> None:
    class Db:
        async def fetchrow(self, sql, params):
            return {"language": "kk", "written_language": None}

    users.db = Db()  # type: ignore[assignment]
    assert await users.language(10**9) == "kk"


def test_the_health_command_of_a_webhook_instance(fake_api, database_url, tmp_path):
    bot = WebhookBot(fake_api, database_url, tmp_path / "w.log")
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "WEBHOOK_URL": "https://bot.example.org/telegram",
        "WEBHOOK_SECRET": SECRET,
        "PORT": str(bot.port),
        "DATABASE_URL": database_url,
    }
    try:
        assert subprocess.run([sys.executable, "-m", "bot", "health"], env=env, timeout=60).returncode == 0
    finally:
        bot.stop()
    assert subprocess.run([sys.executable, "-m", "bot", "health"], env=env, timeout=60).returncode == 1
