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
