"""What the progress pictures are drawn from: a student's cards and days (/stats), a group's
answers and questions (/class), and each group's teacher settings (names shown, weekly digest).

Only counts and quiz answers: never a question's text, and a member's /forget removes them
from their groups' figures (their reviews go)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.storage.buffer import Op
from bot.storage.common import DEAD_AFTER, claimable, ensure_user, epoch
from bot.storage.database import Database, Tx


@dataclass(frozen=True)
class GroupAnswer:
    user_id: int
    name: str
    item_id: str
    correct: bool
    at: datetime


@dataclass(frozen=True)
class ClassSettings:
    chat_id: int
    teacher_id: int | None
    names: bool
    weekly: bool
    next_digest: float | None


def question_asked_op(user_id: int, day: date) -> Op:
    """A question from a student (counted per day, for their /stats)."""

    async def op(t: Tx) -> None:
        await ensure_user(t, user_id)
        await t.execute(
            "INSERT INTO user_days (user_id, day, questions) VALUES (:u, :day, 1) "
            "ON CONFLICT (user_id, day) DO UPDATE SET questions = user_days.questions + 1",
            {"u": user_id, "day": day},
        )

    return op


def group_ask_op(chat_id: int, entry_id: str, key: str) -> Op:
    """A question answered with an entry in a group (for the teacher's most-asked list)."""

    async def op(t: Tx) -> None:
        await t.execute(
            "INSERT INTO group_asks (chat_id, entry_id, asked_at, dedupe_key) VALUES (:c, :e, :now, :k) "
            "ON CONFLICT (dedupe_key) DO NOTHING",
            {"c": chat_id, "e": entry_id, "now": epoch(), "k": key[:64]},
        )

    return op


class Progress:
    def __init__(self, db: Database, owner: str = ""):
        self.db = db
        self.owner = owner

    async def question_days(self, user_id: int, since: date) -> dict[date, int]:
        rows = await self.db.fetch(
            "SELECT day, questions FROM user_days WHERE user_id = :u AND day >= :since", {"u": user_id, "since": since}
        )
        return {r["day"]: int(r["questions"]) for r in rows}

    async def group_answers(self, chat_id: int, since: datetime) -> list[GroupAnswer]:
        rows = await self.db.fetch(
            "SELECT r.user_id, COALESCE(g.name, '') AS name, r.item_id, r.correct, r.reviewed_at FROM reviews r "
            "LEFT JOIN group_scores g ON g.chat_id = r.chat_id AND g.user_id = r.user_id "
            "WHERE r.chat_id = :c AND r.reviewed_at >= :since ORDER BY r.id",
            {"c": chat_id, "since": since},
        )
        return [GroupAnswer(int(r["user_id"]), r["name"], r["item_id"], bool(r["correct"]), r["reviewed_at"]) for r in rows]

    async def players_ever(self, chat_id: int) -> int:
        row = await self.db.fetchrow("SELECT COUNT(DISTINCT user_id) AS n FROM reviews WHERE chat_id = :c", {"c": chat_id})
        return int(row["n"]) if row else 0

    async def most_asked(self, chat_id: int, since: float, limit: int = 5) -> list[tuple[str, int]]:
        rows = await self.db.fetch(
            "SELECT entry_id, COUNT(*) AS n FROM group_asks WHERE chat_id = :c AND asked_at >= :since "
            "GROUP BY entry_id ORDER BY n DESC, entry_id LIMIT :limit",
            {"c": chat_id, "since": since, "limit": limit},
        )
        return [(r["entry_id"], int(r["n"])) for r in rows]

    async def settings(self, chat_id: int) -> ClassSettings:
        row = await self.db.fetchrow(
            "SELECT chat_id, teacher_id, names, weekly, next_digest FROM class_settings WHERE chat_id = :c", {"c": chat_id}
        )
        if row is None:
            return ClassSettings(chat_id, None, False, False, None)
        return ClassSettings(int(row["chat_id"]), row["teacher_id"], bool(row["names"]), bool(row["weekly"]), row["next_digest"])

    async def set_settings(
        self,
        chat_id: int,
        teacher_id: int,
        *,
        names: bool | None = None,
        weekly: bool | None = None,
        next_digest: float | None = None,
    ) -> ClassSettings:
        current = await self.settings(chat_id)
        names = current.names if names is None else names
        weekly = current.weekly if weekly is None else weekly

        async def tx(t: Tx) -> None:
            await t.execute(
                "INSERT INTO class_settings (chat_id, teacher_id, names, weekly, next_digest, lease_until) "
                "VALUES (:c, :t, :names, :weekly, :next, 0) ON CONFLICT (chat_id) DO UPDATE SET teacher_id = excluded.teacher_id, "
                "names = excluded.names, weekly = excluded.weekly, next_digest = excluded.next_digest",
                {"c": chat_id, "t": teacher_id, "names": names, "weekly": weekly, "next": next_digest if weekly else None},
            )

        await self.db.transaction(tx)
        return await self.settings(chat_id)

    async def claim_due_digests(self, lease_seconds: float, limit: int = 20) -> list[ClassSettings]:
        now = epoch()

        async def tx(t: Tx) -> list[ClassSettings]:
            rows = await t.fetch(
                "UPDATE class_settings SET lease_until = :lease, owner = :owner WHERE chat_id IN (SELECT chat_id FROM "
                f"class_settings WHERE weekly = TRUE AND next_digest <= :now AND {claimable()} LIMIT :limit) "
                f"AND {claimable()} RETURNING chat_id, teacher_id, names, weekly, next_digest",
                {"lease": now + lease_seconds, "owner": self.owner, "now": now, "alive": now - DEAD_AFTER, "limit": limit},
            )
            return [
                ClassSettings(int(r["chat_id"]), r["teacher_id"], bool(r["names"]), bool(r["weekly"]), r["next_digest"])
                for r in rows
            ]

        return await self.db.transaction(tx)

    async def digest_sent(self, chat_id: int, next_digest: float) -> None:
        async def tx(t: Tx) -> None:
            await t.execute(
                "UPDATE class_settings SET next_digest = :n, lease_until = 0 WHERE chat_id = :c", {"n": next_digest, "c": chat_id}
            )

        await self.db.transaction(tx)
