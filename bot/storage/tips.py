"""Daily-tip subscriptions. A subscription is its own durable work item: `next_due` says when its
next tip is due; an instance claims due subscriptions with a lease (`claim_due`), sends, and then
records the tip and the next due moment (`sent`); a failure moves `next_due` later (`retry`); a
claim whose process died expires and is taken by any instance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.storage.common import DEAD_AFTER, claimable, ensure_user, epoch, placeholders, utcnow
from bot.storage.database import Database, Row, Tx


@dataclass(frozen=True)
class SubscriptionView:
    user_id: int
    chat_id: int
    time: str
    time_zone: str
    lang: str
    active: bool
    last_sent: date | None
    next_due: float | None = None
    attempts: int = 0


def _view(row: Row) -> SubscriptionView:
    return SubscriptionView(
        int(row["user_id"]),
        int(row["chat_id"]),
        row["time"],
        row["time_zone"],
        row["lang"],
        bool(row["active"]),
        row["last_sent"],
        row["next_due"],
        int(row["attempts"]),
    )


COLUMNS = "user_id, chat_id, time, time_zone, lang, active, last_sent, next_due, attempts"


class Tips:
    def __init__(self, db: Database, owner: str = ""):
        self.db = db
        self.owner = owner

    async def subscribe(self, user_id: int, chat_id: int, when: str, zone: str, lang: str, next_due: float) -> None:
        """A new subscription or a change: takes effect on every instance (they read `next_due`)."""

        async def tx(t: Tx) -> None:
            await ensure_user(t, user_id)
            await t.execute(
                "INSERT INTO subscriptions (user_id, chat_id, time, time_zone, lang, active, next_due, lease_until, attempts) "
                "VALUES (:user_id, :chat_id, :time, :zone, :lang, TRUE, :next_due, 0, 0) ON CONFLICT (user_id) DO UPDATE SET "
                "chat_id = excluded.chat_id, time = excluded.time, time_zone = excluded.time_zone, lang = excluded.lang, "
                "active = TRUE, next_due = excluded.next_due, lease_until = 0, attempts = 0",
                {"user_id": user_id, "chat_id": chat_id, "time": when, "zone": zone, "lang": lang, "next_due": next_due},
            )
            await t.execute("UPDATE users SET time_zone = :zone WHERE id = :user_id", {"zone": zone, "user_id": user_id})

        await self.db.transaction(tx)

    async def unsubscribe(self, user_id: int) -> bool:
        """True when a subscription was active."""

        async def tx(t: Tx) -> bool:
            return bool(
                await t.execute(
                    "UPDATE subscriptions SET active = FALSE WHERE user_id = :user_id AND active = TRUE", {"user_id": user_id}
                )
            )

        return await self.db.transaction(tx)

    async def get(self, user_id: int) -> SubscriptionView | None:
        row = await self.db.fetchrow(f"SELECT {COLUMNS} FROM subscriptions WHERE user_id = :u", {"u": user_id})
        return _view(row) if row else None

    async def count_active(self) -> int:
        row = await self.db.fetchrow("SELECT COUNT(*) AS n FROM subscriptions WHERE active = TRUE")
        return int(row["n"]) if row else 0

    async def claim_due(self, limit: int, lease_seconds: float) -> list[tuple[SubscriptionView, list[str]]]:
        """Due subscriptions leased to this instance, each with the tips its user has seen."""
        now = epoch()

        async def tx(t: Tx) -> list[tuple[SubscriptionView, list[str]]]:
            rows = await t.fetch(
                "UPDATE subscriptions SET lease_until = :lease, owner = :owner WHERE user_id IN (SELECT user_id "
                f"FROM subscriptions WHERE active = TRUE AND (next_due IS NULL OR next_due <= :now) AND {claimable()} "
                "ORDER BY next_due LIMIT :limit) AND active = TRUE AND (next_due IS NULL OR next_due <= :now) "
                f"AND {claimable()} RETURNING {COLUMNS}",
                {"lease": now + lease_seconds, "owner": self.owner, "now": now, "alive": now - DEAD_AFTER, "limit": limit},
            )
            if not rows:
                return []
            marks, params = placeholders("u", [r["user_id"] for r in rows])
            seen: dict[int, list[str]] = {}
            for r in await t.fetch(f"SELECT user_id, tip_id FROM tips_seen WHERE user_id IN ({marks})", params):
                seen.setdefault(int(r["user_id"]), []).append(r["tip_id"])
            return [(_view(r), seen.get(int(r["user_id"]), [])) for r in rows]

        return await self.db.transaction(tx)

    async def release(self, user_ids: list[int]) -> None:
        """Give back claims this instance will not send (it is stopping)."""
        if not user_ids:
            return
        marks, params = placeholders("u", list(user_ids))

        async def tx(t: Tx) -> None:
            await t.execute(f"UPDATE subscriptions SET lease_until = 0 WHERE user_id IN ({marks})", params)

        await self.db.transaction(tx)

    async def reschedule(self, user_id: int, next_due: float) -> None:
        """No tip now (today's was sent, or its moment is long past): the next one is due then."""

        async def tx(t: Tx) -> None:
            await t.execute(
                "UPDATE subscriptions SET next_due = :next, lease_until = 0, attempts = 0 WHERE user_id = :u",
                {"next": next_due, "u": user_id},
            )

        await self.db.transaction(tx)

    async def sent(self, user_id: int, tip_id: str, day: date, next_due: float, restart: bool) -> None:
        """Telegram accepted today's tip: record it, and when the next one is due."""

        async def tx(t: Tx) -> None:
            await mark_seen(t, user_id, tip_id, restart)
            await t.execute(
                "UPDATE subscriptions SET last_sent = :day, next_due = :next, lease_until = 0, attempts = 0 WHERE user_id = :u",
                {"day": day, "next": next_due, "u": user_id},
            )

        await self.db.transaction(tx)

    async def retry(self, user_id: int, at: float) -> None:
        async def tx(t: Tx) -> None:
            await t.execute(
                "UPDATE subscriptions SET next_due = :at, lease_until = 0, attempts = attempts + 1 WHERE user_id = :u",
                {"at": at, "u": user_id},
            )

        await self.db.transaction(tx)

    async def seen(self, user_id: int) -> list[str]:
        return [r["tip_id"] for r in await self.db.fetch("SELECT tip_id FROM tips_seen WHERE user_id = :u", {"u": user_id})]

    async def mark_seen(self, user_id: int, tip_id: str, restart: bool) -> None:
        async def tx(t: Tx) -> None:
            await ensure_user(t, user_id)
            await mark_seen(t, user_id, tip_id, restart)

        await self.db.transaction(tx)


async def mark_seen(t: Tx, user_id: int, tip_id: str, restart: bool) -> None:
    """The tip as seen; when the cycle restarts, the others as unseen again."""
    if restart:
        await t.execute("DELETE FROM tips_seen WHERE user_id = :u", {"u": user_id})
    await t.execute(
        "INSERT INTO tips_seen (user_id, tip_id, seen_at) VALUES (:u, :tip, :now) ON CONFLICT (user_id, tip_id) DO NOTHING",
        {"u": user_id, "tip": tip_id, "now": utcnow()},
    )
