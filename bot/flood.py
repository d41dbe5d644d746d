"""Per-user flood control: a sliding window, one slow-down notice, never a ban."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    OK = "ok"
    WARN = "warn"  # over the limit: tell the user once
    DROP = "drop"  # still over the limit: already told, stay quiet


class FloodControl:
    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self._times: dict[int, deque[float]] = {}
        self._warned: set[int] = set()
        self.max_users = 10_000  # beyond this many tracked users, the quiet ones are swept

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
        if len(self._times) > self.max_users:
            self._sweep(now)
        times = self._times.setdefault(user_id, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            self._warned.discard(user_id)
            return Verdict.OK
        if user_id in self._warned:
            return Verdict.DROP
        self._warned.add(user_id)
        return Verdict.WARN

    def _sweep(self, now: float) -> None:
        """Forget users quiet for a whole window: memory stays bounded by recent senders."""
        self._times = {u: t for u, t in self._times.items() if t and now - t[-1] <= self.window}
        self._warned &= set(self._times)

    @property
    def tracked(self) -> int:
        return len(self._times)

    def forget(self, user_id: int) -> None:
        self._times.pop(user_id, None)
        self._warned.discard(user_id)
