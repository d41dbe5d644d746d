"""Waiting on a condition (never a sleep standing in for one)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any


async def eventually(fetch: Callable[[], Awaitable[Any]], ok: Callable[[Any], bool], timeout: float = 10.0) -> Any:
    """Await `fetch()` until `ok(value)`; the value, or AssertionError after `timeout`."""
    deadline = time.monotonic() + timeout
    value = None
    while time.monotonic() < deadline:
        value = await fetch()
        if ok(value):
            return value
        await asyncio.sleep(0.02)
    raise AssertionError(f"condition not met within {timeout} s; last value: {value!r}")


async def recorded_poll(bot: Any, fake_api: Any) -> str:
    """The newest poll the fake Bot API created, once the bot has recorded it: a test answering
    sooner than a person could would meet a poll the bot does not know yet."""
    storage = bot.app.bot_data["services"].storage
    newest = await eventually(lambda: asyncio.sleep(0, list(fake_api.polls)), bool)
    poll_id = str(newest[-1])
    await eventually(lambda: storage.db.fetch("SELECT poll_id FROM polls WHERE poll_id = :p", {"p": poll_id}), bool)
    return poll_id
