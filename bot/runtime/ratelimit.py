"""Telegram's sending limits, with interactive replies first.

About 30 messages a second overall, one a second in a private chat, 20 a minute in a group
(https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). Every
message-sending call waits for its chat's window and the overall one; calls marked bulk (daily
tips: `rate_limit_args={"bulk": True}`) also wait while any interactive call is waiting, and
leave free what replies used in the last window and a sixth of the rate more, so a reply
never queues behind a broadcast. A 429 still waits its `retry_after` and retries (for that
chat only, or for everyone when it was the overall limit). Windows carry a small safety margin
so that a slightly faster clock at Telegram's end sees no more than the limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger("saiasat.ratelimit")
COUNTED = ("send", "copyMessage", "copyMessages", "forwardMessage", "forwardMessages")
HEADROOM = 1 / 6  # of the overall rate, always left free by bulk calls for replies that may come
MARGIN = 1.1  # windows this much longer than Telegram's (the network may bunch up what we spaced out)


class PriorityRateLimiter(BaseRateLimiter[dict[str, Any]]):
    def __init__(self, per_second: float = 30.0, private_interval: float = 1.0, group_per_minute: int = 20, max_retries: int = 5):
        self.per_second = max(1, int(per_second))
        self.private_interval = private_interval * MARGIN
        self.group_per_minute = group_per_minute
        self.max_retries = max_retries
        self._overall: deque[float] = deque()
        self._interactive: deque[float] = deque()  # interactive sends in the window
        self._last_bulk = 0.0
        self._private: dict[str, float] = {}
        self._groups: dict[str, deque[float]] = {}
        self._blocked_until: dict[str | None, float] = {}  # after a 429: a chat, or None for everyone
        self._interactive_waiting = 0
        self._interactive_left = asyncio.Event()  # set whenever no interactive call is waiting
        self.waited = 0.0  # seconds spent waiting, for benchmarks
        self.retries = 0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    def _wait(self, chat: str | None, now: float, bulk: bool = False) -> float:
        overall = self._overall
        while overall and now - overall[0] >= MARGIN:
            overall.popleft()
        if bulk:  # what replies used lately, and a sixth more, stays free for them
            while self._interactive and now - self._interactive[0] >= MARGIN:
                self._interactive.popleft()
            allowed = self.per_second - max(1, int(self.per_second * HEADROOM)) - len(self._interactive)
            if allowed <= 0:
                return MARGIN / self.per_second
            # evenly spaced, never in a burst that would fill the window ahead of replies
            pace = self._last_bulk + MARGIN / allowed - now
            if pace > 0:
                return pace
        else:
            allowed = self.per_second
        wait = overall[-allowed] + MARGIN - now if len(overall) >= allowed else 0.0
        wait = max(wait, self._blocked_until.get(None, 0.0) - now)
        if chat is None:
            return wait
        wait = max(wait, self._blocked_until.get(chat, 0.0) - now)
        if chat.startswith("-"):
            window = self._groups.setdefault(chat, deque())
            while window and now - window[0] >= 60.0 * MARGIN:
                window.popleft()
            if len(window) >= self.group_per_minute:
                wait = max(wait, window[0] + 60.0 * MARGIN - now)
        elif chat in self._private:
            wait = max(wait, self._private[chat] + self.private_interval - now)
        return wait

    def _take(self, chat: str | None, now: float, bulk: bool = False) -> None:
        self._overall.append(now)
        if bulk:
            self._last_bulk = now
        else:
            self._interactive.append(now)
        if chat is None:
            return
        if chat.startswith("-"):
            self._groups.setdefault(chat, deque()).append(now)
        else:
            self._private[chat] = now
        if len(self._private) > 10_000:  # forget chats whose window has long passed
            self._private = {c: t for c, t in self._private.items() if now - t < self.private_interval}
            self._groups = {c: w for c, w in self._groups.items() if w and now - w[-1] < 60.0 * MARGIN}

    async def _acquire(self, chat: str | None, bulk: bool) -> None:
        if not bulk:
            self._interactive_waiting += 1
            self._interactive_left.clear()
        try:
            while True:
                if bulk and self._interactive_waiting:  # replies first: wait until none is waiting
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._interactive_left.wait(), 1.0)
                    continue
                now = time.monotonic()
                wait = self._wait(chat, now, bulk)
                if wait <= 0:
                    self._take(chat, now, bulk)
                    return
                self.waited += wait
                await asyncio.sleep(wait)
        finally:
            if not bulk:
                self._interactive_waiting -= 1
                if not self._interactive_waiting:
                    self._interactive_left.set()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        counted = endpoint.startswith(COUNTED)
        chat = str(data["chat_id"]) if data.get("chat_id") is not None else None
        bulk = bool(rate_limit_args and rate_limit_args.get("bulk"))
        for attempt in range(self.max_retries + 1):
            if counted:
                await self._acquire(chat, bulk)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == self.max_retries:
                    raise
                delay = exc.retry_after.total_seconds() if isinstance(exc.retry_after, timedelta) else float(exc.retry_after)
                self.retries += 1
                log.warning("429 on %s: waiting %.0f s", endpoint, delay)
                key = chat if counted and chat and len(self._overall) < self.per_second else None
                self._blocked_until[key] = max(self._blocked_until.get(key, 0.0), time.monotonic() + delay)
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.sleep(0)
        raise AssertionError("unreachable")
