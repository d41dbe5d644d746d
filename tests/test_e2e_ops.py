"""Operations: admin commands for ADMIN_IDS only, retries that cannot duplicate, metrics."""

from __future__ import annotations

import asyncio

from tests.conftest import RunningBot


async def say(fake, text, user_id):
    before = len(fake.sent("sendMessage", user_id))
    fake.send_text(text, user_id=user_id)
    return (await fake.calls_of("sendMessage", before + 1, chat_id=user_id))[-1]


async def test_admin_stats_only_for_configured_admins(bot, fake_api):
    await say(fake_api, "what is political modernization", 1001)
    refused = await say(fake_api, "/admin", 1001)
    assert "administrators" in refused.params["text"] and "Users" not in refused.params["text"]
    stats = await say(fake_api, "/admin", 4242)
    assert (
        "Users:" in stats.params["text"] and "Questions answered / not answered / small talk: 1 / 0 / 0" in stats.params["text"]
    )


async def test_idempotent_calls_are_retried_after_server_errors_sends_are_not(settings, fake_api):
    fake_api.inject("setMyCommands", 502, "Bad Gateway", times=2)
    bot = await RunningBot(settings).start()  # start-up survives two 502s on setMyCommands
    try:
        await fake_api.calls_of("setMyCommands", 3 * 3 + 2)  # 3 languages x 3 scopes, and the two retries
        fake_api.inject("sendMessage", 502, "Bad Gateway")
        fake_api.send_text("/help")
        await fake_api.calls_of("sendMessage", 2, chat_id=1001)  # the failed send, then the apology
        await asyncio.sleep(0.5)  # a repeated send would have arrived by now
        help_texts = [c for c in fake_api.sent("sendMessage", 1001) if "/quiz" in c.params["text"]]
        assert len(help_texts) == 1  # a send that may have reached Telegram is never repeated
    finally:
        await bot.stop()
