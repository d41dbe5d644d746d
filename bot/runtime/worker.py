"""The one periodic worker: every second (or at once when kicked) it does what is due.

- the outbox: the next quiz poll, a round's summary, closing a group poll (interactive);
- group polls whose time is up: the round moves on;
- daily tips whose moment has come (bulk: they take what capacity replies leave);
- now and then: updates whose process died (taken over), curators' new phrasings (the matcher is
  rebuilt off the event loop), and the purge of old inbox rows and unanswered questions.

Every piece of work is claimed in the database with a lease first, so any number of instances
can run this; on shutdown, claims not started yet are given back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram.ext import Application

log = logging.getLogger("saiasat.worker")
INTERVAL = 1.0
LEASE = 120.0
SLOW_EVERY = 30.0  # seconds between take-overs and phrasing reloads
PURGE_EVERY = 24 * 3600.0
MAX_IN_FLIGHT = 64
BULK_IN_FLIGHT = 32
FRESH_FOR = 7.0  # seconds after a heartbeat in which claimed work may be sent (see storage DEAD_AFTER)


class Worker:
    def __init__(self, app: Application, jobs: dict[str, Callable[..., Awaitable[Any]]]):
        self.app = app
        self.jobs = jobs  # outbox, deadlines, tips, takeover, reload, purge (see bot.app)
        self._kick = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._in_flight: set[asyncio.Task[Any]] = set()
        self._bulk: set[asyncio.Task[Any]] = set()
        self._slots = asyncio.Semaphore(MAX_IN_FLIGHT)
        self._last_slow = 0.0
        self._last_beat = time.monotonic()
        self._last_purge = 0.0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="worker")

    def kick(self) -> None:
        """Something became due now (an answer queued the next poll): don't wait for the tick."""
        self._kick.set()

    async def stop(self, grace: float = 8.0) -> None:
        """Stop claiming; let sends in flight finish (within `grace`)."""
        self._stopping = True
        self._kick.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._in_flight:
            await asyncio.wait(self._in_flight, timeout=grace)

    @property
    def busy(self) -> int:
        return len(self._in_flight)

    def spawn(self, work: Callable[[], Awaitable[Any]], bulk: bool = False) -> None:
        """Run a send concurrently, at most MAX_IN_FLIGHT at a time (bulk sends: BULK_IN_FLIGHT)."""

        async def bounded() -> None:
            async with self._slots:
                try:
                    await work()
                except Exception:
                    log.exception("a piece of due work failed")

        task = asyncio.get_running_loop().create_task(bounded())
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        if bulk:
            self._bulk.add(task)
            task.add_done_callback(self._bulk.discard)

    @property
    def capacity(self) -> int:
        """How many more bulk sends may be claimed now (the rate limiter paces them anyway:
        claiming more would only hold leases and wake tasks for nothing)."""
        return max(0, BULK_IN_FLIGHT - len(self._bulk))

    @property
    def stopping(self) -> bool:
        return self._stopping

    async def _run(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._kick.wait(), INTERVAL)
            self._kick.clear()
            if self._stopping:
                return
            try:
                await self.tick()
            except Exception:  # a database hiccup: try again next tick
                log.exception("worker tick failed")

    @property
    def fresh(self) -> bool:
        """This instance beat recently: its claims are still its own (others take them over
        after DEAD_AFTER without a beat), so it may send what it claimed."""
        return time.monotonic() - self._last_beat < FRESH_FOR

    async def tick(self) -> None:
        if "heartbeat" in self.jobs:
            await self.jobs["heartbeat"](self)
            self._last_beat = time.monotonic()
        busy_again = False
        for name in ("outbox", "deadlines", "tips"):
            if name in self.jobs:
                busy_again |= bool(await self.jobs[name](self))
        now = time.monotonic()
        if now - self._last_slow >= SLOW_EVERY:
            self._last_slow = now
            for name in ("takeover", "reload", "digests"):
                if name in self.jobs:
                    await self.jobs[name](self)
        if now - self._last_purge >= PURGE_EVERY:
            self._last_purge = now
            if "purge" in self.jobs:
                await self.jobs["purge"](self)
        if busy_again:  # a full batch was claimed: more may be due
            self._kick.set()
