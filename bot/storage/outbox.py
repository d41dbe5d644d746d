"""The outbox: sends that must happen (the next quiz poll, the end of a round, closing a poll).

Work is added inside the transaction that makes it necessary (a quiz answer, a new round), keyed
so that it exists once; an instance claims due work with a lease, sends, and marks it done in the
transaction that records what Telegram returned; a failed send is retried later with backoff; a
claim whose process died expires and is taken by any instance.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.storage.common import DEAD_AFTER, claimable, epoch, placeholders
from bot.storage.database import Database, Tx

MAX_ATTEMPTS = 8  # then the work is given up (state 2) and logged


@dataclass(frozen=True)
class Work:
    id: int
    key: str
    kind: str  # poll | summary | close
    chat_id: int
    payload: dict[str, Any]
    attempts: int


async def enqueue(t: Tx, key: str, kind: str, chat_id: int, payload: dict[str, Any], due_at: float | None = None) -> None:
    await t.execute(
        "INSERT INTO outbox (key, kind, chat_id, payload, due_at, lease_until, attempts, state) "
        "VALUES (:key, :kind, :chat_id, :payload, :due, 0, 0, 0) ON CONFLICT (key) DO NOTHING",
        {
            "key": key,
            "kind": kind,
            "chat_id": chat_id,
            "payload": json.dumps(payload),
            "due": epoch() if due_at is None else due_at,
        },
    )


async def mark_done(t: Tx, work_id: int) -> None:
    await t.execute("UPDATE outbox SET state = 1 WHERE id = :id", {"id": work_id})


class Outbox:
    def __init__(self, db: Database, owner: str = ""):
        self.db = db
        self.owner = owner

    async def claim_due(self, limit: int, lease_seconds: float) -> list[Work]:
        now = epoch()

        async def tx(t: Tx) -> list[Work]:
            rows = await t.fetch(
                "UPDATE outbox SET lease_until = :lease, owner = :owner WHERE id IN (SELECT id FROM outbox WHERE state = 0 "
                f"AND due_at <= :now AND {claimable()} ORDER BY due_at LIMIT :limit) AND state = 0 AND {claimable()} "
                "RETURNING id, key, kind, chat_id, payload, attempts",
                {"lease": now + lease_seconds, "owner": self.owner, "now": now, "alive": now - DEAD_AFTER, "limit": limit},
            )
            return sorted(
                (
                    Work(int(r["id"]), r["key"], r["kind"], int(r["chat_id"]), json.loads(r["payload"]), int(r["attempts"]))
                    for r in rows
                ),
                key=lambda w: w.id,
            )

        return await self.db.transaction(tx)

    async def done(self, work_id: int) -> None:
        async def tx(t: Tx) -> None:
            await mark_done(t, work_id)

        await self.db.transaction(tx)

    async def retry(self, work: Work, delay: float) -> bool:
        """Try again after `delay`; False when it has been tried too often and is given up."""
        give_up = work.attempts + 1 >= MAX_ATTEMPTS

        async def tx(t: Tx) -> None:
            await t.execute(
                "UPDATE outbox SET attempts = attempts + 1, due_at = :at, lease_until = 0, state = :state WHERE id = :id",
                {"at": epoch() + delay, "state": 2 if give_up else 0, "id": work.id},
            )

        await self.db.transaction(tx)
        return not give_up

    async def give_up(self, work_id: int) -> None:
        async def tx(t: Tx) -> None:
            await t.execute("UPDATE outbox SET state = 2 WHERE id = :id", {"id": work_id})

        await self.db.transaction(tx)

    async def release(self, ids: list[int]) -> None:
        if not ids:
            return
        marks, params = placeholders("w", list(ids))

        async def tx(t: Tx) -> None:
            await t.execute(f"UPDATE outbox SET lease_until = 0 WHERE id IN ({marks}) AND state = 0", params)

        await self.db.transaction(tx)

    async def due_now(self) -> int:
        row = await self.db.fetchrow("SELECT COUNT(*) AS n FROM outbox WHERE state = 0 AND due_at <= :now", {"now": epoch()})
        return int(row["n"]) if row else 0

    async def pending(self) -> int:
        row = await self.db.fetchrow("SELECT COUNT(*) AS n FROM outbox WHERE state = 0")
        return int(row["n"]) if row else 0
