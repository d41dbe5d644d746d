"""Small writes in batches: "update done" marks, unanswered questions, votes, counters.

Each is an idempotent statement (keyed by the update, the question's update, the voter), so a
batch can be committed late or twice without changing the result. A batch is committed within
`delay` seconds (or at `size` writes), in one transaction, and on shutdown; a batch whose commit
fails is kept for the next one (bounded).
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

from bot.storage.database import Database, Tx

log = logging.getLogger("saiasat.storage")
Op = Callable[[Tx], Coroutine[Any, Any, None]]
MAX_KEPT = 20_000  # writes kept across failed commits at most


class WriteBuffer:
    def __init__(self, db: Database, delay: float = 0.02, size: int = 500):
        self.db = db
        self.delay = delay
        self.size = size
        self._ops: list[Op] = []
        self._counters: Counter[str] = Counter()
        self._task: asyncio.Task[None] | None = None
        self.flushes = 0

    def add(self, op: Op) -> None:
        self._ops.append(op)
        self._schedule(now=len(self._ops) >= self.size)

    def count(self, name: str, by: int = 1) -> None:
        self._counters[name] += by
        self._schedule(now=False)

    def _schedule(self, now: bool) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._later(0.0 if now else self.delay))

    async def _later(self, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        await self.flush()

    async def flush(self) -> None:
        ops, self._ops = self._ops, []
        counters, self._counters = self._counters, Counter()
        if not ops and not counters:
            return

        async def tx(t: Tx) -> None:
            for op in ops:
                await op(t)
            for name, by in counters.items():
                await t.execute(
                    "INSERT INTO counters (name, value) VALUES (:name, :by) "
                    "ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value",
                    {"name": name, "by": by},
                )

        try:
            await self.db.transaction(tx)
            self.flushes += 1
        except Exception as exc:  # keep them for the next batch
            log.warning("buffered writes failed (%s); %d kept for later", type(exc).__name__, len(ops))
            self._keep(ops, counters)
        except asyncio.CancelledError:  # not committed: kept for whoever flushes next
            self._keep(ops, counters)
            raise

    def _keep(self, ops: list[Op], counters: Counter[str]) -> None:
        self._ops = (ops + self._ops)[-MAX_KEPT:]
        self._counters.update(counters)

    async def close(self) -> None:
        """Commit what is buffered (SIGTERM, shutdown). A scheduled flush is awaited, not
        cancelled: cancelled inside its transaction, it would drop the writes it had taken."""
        if self._task is not None and not self._task.done():
            await self._task
        await self.flush()
