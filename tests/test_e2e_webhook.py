"""Webhook mode as real processes: the secret, faults, health, and several instances as one bot."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from bot.devtools.fake_bot_api import TOKEN
from bot.storage import Storage

SECRET = "s3cret_Token-for-tests"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebhookBot:
    def __init__(self, fake_api, database_url, log_path, **env):
        self.port = free_port()
        environment = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": fake_api.base_url,
            "DATABASE_URL": database_url,
            "WEBHOOK_URL": "https://bot.example.org/telegram",
            "WEBHOOK_SECRET": SECRET,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "PORT": str(self.port),
            **env,
        }
        self.log_path = log_path
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--webhook"], env=environment, stdout=self.log, stderr=self.log
        )
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            assert self.process.poll() is None, open(log_path).read()[-3000:]
            time.sleep(0.1)
        raise AssertionError("webhook server did not become healthy: " + open(log_path).read()[-3000:])

    def post(self, update: dict | bytes, secret: str | None = SECRET) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        body = update if isinstance(update, bytes) else json.dumps(update).encode()
        return httpx.post(self.url + "/telegram", content=body, headers=headers, timeout=10)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.log.close()


def message_update(update_id: int, text: str, user_id: int = 1001) -> dict:
    user = {"id": user_id, "is_bot": False, "first_name": "Aigerim", "language_code": "en"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Aigerim"},
            "from": user,
            "text": text,
        },
    }


@pytest.fixture
def webhook_bot(fake_api, database_url, tmp_path):
    bot = WebhookBot(fake_api, database_url, tmp_path / "webhook.log")
    yield bot
    bot.stop()


def test_secret_is_required_and_a_429_is_waited_out(webhook_bot, fake_api):
    [hook] = fake_api.sent("setWebhook")
    assert hook.params["url"] == "https://bot.example.org/telegram"
    assert hook.params["secret_token"] == SECRET
    assert "poll_answer" in hook.params["allowed_updates"]

    assert webhook_bot.post(message_update(1, "/start"), secret="wrong").status_code == 403
    assert webhook_bot.post(message_update(2, "/start"), secret=None).status_code == 403
    time.sleep(0.5)
    assert fake_api.sent("sendMessage") == []  # ignored: no reply

    fake_api.inject("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    assert webhook_bot.post(message_update(3, "who is daniel bell")).status_code == 200
    fake_api.wait_for(lambda: fake_api.delivered.get("1001"), timeout=30)  # delivered after its 429
    assert len([r for r in fake_api.rejected if "Too Many" in r[2]]) == 1  # one 429, then delivered
    rejected, answer = fake_api.sent("sendMessage", chat_id=1001)
    assert "<blockquote>" in answer.params["text"]
    assert answer.params["text"] == rejected.params["text"]  # the same answer, sent again after the wait

    assert httpx.get(webhook_bot.url + "/healthz").status_code == 200

    def observed() -> str | None:  # the reply time is observed once the update is handled
        text = httpx.get(webhook_bot.url + "/metrics").text
        return text if "saiasat_reply_seconds_bucket" in text else None

    metrics = fake_api.wait_for(observed)
    assert 'saiasat_events_total{event="answered"} 1.0' in metrics


def test_malformed_and_oversized_bodies_are_refused_without_a_crash(webhook_bot, fake_api):
    assert webhook_bot.post(b"{not json").status_code == 400
    assert webhook_bot.post(b"[1, 2, 3]").status_code == 400
    assert webhook_bot.post(b"x" * 2_000_000).status_code == 413
    assert webhook_bot.post(message_update(9, "what is political development")).status_code == 200
    fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=30)
    assert httpx.get(webhook_bot.url + "/healthz").status_code == 200
    assert webhook_bot.stop() == 0  # SIGTERM: clean exit


async def seed_due_subscribers(database_url: str, count: int) -> None:
    storage = Storage(database_url)
    await storage.open()
    past = datetime.now(UTC) - timedelta(minutes=1)
    await asyncio.gather(
        *(
            storage.tips.subscribe(user_id, user_id, past.strftime("%H:%M"), "UTC", "en", past.timestamp())
            for user_id in range(50_001, 50_001 + count)
        )
    )
    await storage.close()


def test_two_instances_send_each_of_200_due_subscribers_exactly_one_tip(fake_api, database_url, tmp_path):
    """Both processes find the same 200 tips due at start-up (their minute just passed while
    the bot was down); claims in the database let each tip go out once."""
    asyncio.run(seed_due_subscribers(database_url, 200))
    first = WebhookBot(fake_api, database_url, tmp_path / "a.log")
    second = WebhookBot(fake_api, database_url, tmp_path / "b.log")
    try:
        fake_api.wait_for(lambda: len(fake_api.sent("sendMessage")) >= 200, timeout=120)
        time.sleep(2)  # anything duplicated would arrive now
    finally:
        assert first.stop() == 0 and second.stop() == 0
    per_chat: dict[str, int] = {}
    for call in fake_api.sent("sendMessage"):
        per_chat[str(call.params["chat_id"])] = per_chat.get(str(call.params["chat_id"]), 0) + 1
    assert len(per_chat) == 200 and set(per_chat.values()) == {1}
    assert fake_api.rejected == []
