"""What the curator loop and /admin read: votes on answers, unanswered questions, counters.

Questions are kept without any user identity; a vote is keyed by a keyed hash of the voter
(one vote per user per answer, a second press changes it), which /forget deletes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.storage.buffer import Op
from bot.storage.common import placeholders, utcnow
from bot.storage.database import Database, Tx


@dataclass(frozen=True)
class GapRecord:
    id: int
    question: str
    lang: str


def gap_op(question: str, lang: str, entry_id: str | None, score: float, kind: str, key: str) -> Op:
    """A question answered with low confidence or not at all; `key` makes it count once."""

    async def op(t: Tx) -> None:
        await t.execute(
            "INSERT INTO gaps (question, lang, entry_id, score, kind, dismissed, created_at, dedupe_key) "
            "VALUES (:question, :lang, :entry_id, :score, :kind, FALSE, :now, :key) ON CONFLICT (dedupe_key) DO NOTHING",
            {
                "question": question[:512],
                "lang": lang,
                "entry_id": entry_id,
                "score": float(score),
                "kind": kind,
                "now": utcnow(),
                "key": key[:64],
            },
        )

    return op


class Feedback:
    def __init__(self, db: Database):
        self.db = db

    async def vote(self, chat_id: int, message_id: int, voter: str, entry_id: str, helpful: bool, lang: str) -> bool | None:
        """Record or change a vote; returns the voter's previous verdict on this answer (None: first)."""

        async def tx(t: Tx) -> bool | None:
            key = {"chat_id": chat_id, "message_id": message_id, "voter": voter}
            before = await t.fetchrow(
                "SELECT helpful FROM votes WHERE chat_id = :chat_id AND message_id = :message_id AND voter = :voter", key
            )
            await t.execute(
                "INSERT INTO votes (entry_id, helpful, lang, created_at, chat_id, message_id, voter) "
                "VALUES (:entry_id, :helpful, :lang, :now, :chat_id, :message_id, :voter) "
                "ON CONFLICT (chat_id, message_id, voter) DO UPDATE SET helpful = excluded.helpful, created_at = excluded.created_at",
                {**key, "entry_id": entry_id, "helpful": helpful, "lang": lang, "now": utcnow()},
            )
            return None if before is None else bool(before["helpful"])

        return await self.db.transaction(tx)

    async def votes(self) -> list[tuple[str, bool]]:
        return [(r["entry_id"], bool(r["helpful"])) for r in await self.db.fetch("SELECT entry_id, helpful FROM votes")]

    async def gaps(self, since: datetime | None = None) -> list[GapRecord]:
        rows = await self.db.fetch(
            "SELECT id, question, lang FROM gaps WHERE dismissed = FALSE AND created_at >= :since ORDER BY id",
            {"since": since or datetime(1970, 1, 1, tzinfo=utcnow().tzinfo)},
        )
        return [GapRecord(int(r["id"]), r["question"], r["lang"]) for r in rows]

    async def dismiss(self, ids: list[int]) -> None:
        if not ids:
            return
        marks, params = placeholders("g", list(ids))

        async def tx(t: Tx) -> None:
            await t.execute(f"UPDATE gaps SET dismissed = TRUE WHERE id IN ({marks})", params)

        await self.db.transaction(tx)

    async def purge(self, retention_days: int, now: datetime | None = None) -> int:
        cutoff = (now or utcnow()) - timedelta(days=retention_days)

        async def tx(t: Tx) -> int:
            return await t.execute("DELETE FROM gaps WHERE created_at < :cutoff", {"cutoff": cutoff})

        return await self.db.transaction(tx)

    async def counters(self) -> dict[str, int]:
        return {r["name"]: int(r["value"]) for r in await self.db.fetch("SELECT name, value FROM counters")}
