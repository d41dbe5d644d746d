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

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
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

    def forget(self, user_id: int) -> None:
        self._times.pop(user_id, None)
        self._warned.discard(user_id)
