"""The durable inbox: every update is stored before Telegram is told it arrived.

`receive` stores a batch (one transaction; with SQLite, one group commit) and says which updates
are new: a duplicate delivery, or an update another instance already holds, is skipped. Handling
marks an update done (`done`, in the write buffer or in the handler's own transaction). Updates
received but not done when a process died are taken over after their lease (`take_over`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.storage.common import DEAD_AFTER, claimable, epoch, placeholders
from bot.storage.database import Database, Tx

LEASE_SECONDS = 120.0  # an update not done this long after it was taken is taken over
RETENTION_SECONDS = 7 * 24 * 3600.0  # done updates are kept a week (duplicates arrive within hours)

INSERT = (
    "INSERT INTO inbox (bot_id, update_id, payload, received_at, state, lease_until, owner) "
    "VALUES (:bot_id, :update_id, :payload, :now, 0, :lease, :owner) ON CONFLICT (bot_id, update_id) DO NOTHING "
    "RETURNING update_id"
)
DONE = "UPDATE inbox SET state = 1 WHERE bot_id = :bot_id AND update_id = :update_id AND state = 0"


class Inbox:
    def __init__(self, db: Database, bot_id: int, owner: str = ""):
        self.db = db
        self.bot_id = bot_id
        self.owner = owner

    async def receive(self, updates: Sequence[dict[str, Any]]) -> list[int]:
        """Store raw updates; the ids of those that were not already stored, in their order."""
        if not updates:
            return []

        async def tx(t: Tx) -> list[int]:
            now = epoch()
            new = []
            for update in updates:
                row = await t.fetchrow(
                    INSERT,
                    {
                        "bot_id": self.bot_id,
                        "update_id": int(update["update_id"]),
                        "payload": json.dumps(update, ensure_ascii=False),
                        "now": now,
                        "lease": now + LEASE_SECONDS,
                        "owner": self.owner,
                    },
                )
                if row is not None:
                    new.append(int(row["update_id"]))
            return new

        return await self.db.transaction(tx)

    async def mark_done(self, t: Tx, update_id: int) -> None:
        """Inside another transaction: its effects and "done" commit together."""
        await t.execute(DONE, {"bot_id": self.bot_id, "update_id": update_id})

    def done_op(self, update_id: int) -> Any:
        async def op(t: Tx) -> None:
            await self.mark_done(t, update_id)

        return op

    async def take_over(self, limit: int = 100) -> list[dict[str, Any]]:
        """Updates whose handling never finished (their lease expired, or their instance stopped
        beating: it died): leased to this instance."""
        now = epoch()
        stale = claimable()
        q = {"bot_id": self.bot_id, "now": now, "alive": now - DEAD_AFTER}

        async def tx(t: Tx) -> list[dict[str, Any]]:
            rows = await t.fetch(
                f"SELECT update_id FROM inbox WHERE bot_id = :bot_id AND state = 0 AND {stale} ORDER BY update_id LIMIT :limit",
                {**q, "limit": limit},
            )
            if not rows:
                return []
            marks, params = placeholders("u", [r["update_id"] for r in rows])
            taken = await t.fetch(
                f"UPDATE inbox SET lease_until = :lease, owner = :owner WHERE bot_id = :bot_id AND state = 0 "
                f"AND {stale} AND update_id IN ({marks}) RETURNING payload",
                {**q, "lease": now + LEASE_SECONDS, "owner": self.owner, **params},
            )
            return sorted((json.loads(r["payload"]) for r in taken), key=lambda u: int(u["update_id"]))

        return await self.db.transaction(tx)

    async def pending(self) -> int:
        row = await self.db.fetchrow(
            "SELECT COUNT(*) AS n FROM inbox WHERE bot_id = :bot_id AND state = 0", {"bot_id": self.bot_id}
        )
        return int(row["n"]) if row else 0

    async def purge(self) -> int:
        async def tx(t: Tx) -> int:
            return await t.execute(
                "DELETE FROM inbox WHERE state = 1 AND received_at < :cutoff", {"cutoff": epoch() - RETENTION_SECONDS}
            )

        return await self.db.transaction(tx)
