"""Users: their language, time zone, and their data as a whole (export, forget)."""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from typing import Any

from bot.storage.buffer import Op
from bot.storage.common import ensure_user
from bot.storage.database import Database, Tx

LANGUAGE_TTL = 60.0  # seconds another instance's /language change may take to show here
LANGUAGE_CACHE = 50_000  # users whose language is remembered at most (least recently used go first)


class Users:
    def __init__(self, db: Database):
        self.db = db
        # user -> (chosen language, written language, when read)
        self._languages: OrderedDict[int, tuple[str | None, str | None, float]] = OrderedDict()

    async def language(self, user_id: int) -> str | None:
        """The user's chosen language; read on nearly every update, so kept briefly in memory."""
        return (await self._both(user_id))[0]

    async def written_language(self, user_id: int) -> str | None:
        """The language ("ru" or "kk") of the user's last question whose own words said which it is, or "en" after
        an English sentence since (knowledge.reply_language.written_after)."""
        return (await self._both(user_id))[1]

    def note_written(self, user_id: int, lang: str) -> Op | None:
        """A question written in `lang` ("en": an English sentence since the last Russian or Kazakh one,
        knowledge.reply_language.written_after): the write that keeps it (for the buffer), or None when
        it is what is kept already. Only an existing user's row is updated (a private question
        makes it first, see question_asked_op): a write late after /forget makes no row again."""
        cached = self._languages.get(user_id)
        if cached is not None and cached[1] == lang:
            return None
        if cached is not None:
            self._languages[user_id] = (cached[0], lang, cached[2])

        async def op(t: Tx) -> None:
            await t.execute("UPDATE users SET written_language = :lang WHERE id = :id", {"lang": lang, "id": user_id})

        return op

    async def _both(self, user_id: int) -> tuple[str | None, str | None]:
        cached = self._languages.get(user_id)
        if cached is not None and time.monotonic() - cached[2] < LANGUAGE_TTL:
            self._languages.move_to_end(user_id)
            return cached[0], cached[1]
        row = await self.db.fetchrow("SELECT language, written_language FROM users WHERE id = :id", {"id": user_id})
        chosen, written = (row["language"], row["written_language"]) if row else (None, None)
        self._languages[user_id] = (chosen, written, time.monotonic())
        self._languages.move_to_end(user_id)
        while len(self._languages) > LANGUAGE_CACHE:
            self._languages.popitem(last=False)
        return chosen, written

    async def set_language(self, user_id: int, lang: str) -> None:
        async def tx(t: Tx) -> None:
            await ensure_user(t, user_id)
            await t.execute("UPDATE users SET language = :lang WHERE id = :id", {"lang": lang, "id": user_id})

        await self.db.transaction(tx)
        self._languages.pop(user_id, None)

    async def time_zone(self, user_id: int) -> str:
        row = await self.db.fetchrow("SELECT time_zone FROM users WHERE id = :id", {"id": user_id})
        return str(row["time_zone"]) if row else "Asia/Almaty"

    async def count(self) -> int:
        row = await self.db.fetchrow("SELECT COUNT(*) AS n FROM users")
        return int(row["n"]) if row else 0

    async def export(self, user_id: int, voter: str) -> dict[str, Any]:
        """Everything stored about one user, as plain JSON-ready data."""
        q = {"id": user_id, "voter": voter}
        user = await self.db.fetchrow("SELECT language, written_language, time_zone FROM users WHERE id = :id", q)
        sub = await self.db.fetchrow("SELECT chat_id, time, time_zone, active FROM subscriptions WHERE user_id = :id", q)
        tips = await self.db.fetch("SELECT tip_id, seen_at FROM tips_seen WHERE user_id = :id ORDER BY seen_at", q)
        cards = await self.db.fetch("SELECT item_id, card FROM quiz_cards WHERE user_id = :id ORDER BY item_id", q)
        reviews = await self.db.fetch(
            "SELECT item_id, correct, chat_id, reviewed_at FROM reviews WHERE user_id = :id ORDER BY id", q
        )
        scores = await self.db.fetch("SELECT chat_id, name, score FROM group_scores WHERE user_id = :id", q)
        votes = await self.db.fetch("SELECT entry_id, helpful, created_at FROM votes WHERE voter = :voter", q)
        days = await self.db.fetch("SELECT day, questions FROM user_days WHERE user_id = :id ORDER BY day", q)
        return {
            "user_id": user_id,
            "language": user["language"] if user else None,
            "written_language": user["written_language"] if user else None,
            "time_zone": user["time_zone"] if user else None,
            "subscription": (
                {"time": sub["time"], "time_zone": sub["time_zone"], "active": bool(sub["active"]), "chat_id": sub["chat_id"]}
                if sub
                else None
            ),
            "tips_seen": [{"tip": r["tip_id"], "at": r["seen_at"].isoformat()} for r in tips],
            "quiz_cards": [{"item": r["item_id"], "card": json.loads(r["card"])} for r in cards],
            "quiz_answers": [
                {"item": r["item_id"], "correct": bool(r["correct"]), "chat_id": r["chat_id"], "at": r["reviewed_at"].isoformat()}
                for r in reviews
            ],
            "group_scores": [{"chat_id": r["chat_id"], "name": r["name"], "score": r["score"]} for r in scores],
            "votes": [{"entry": r["entry_id"], "helpful": bool(r["helpful"]), "at": r["created_at"].isoformat()} for r in votes],
            "questions_per_day": [{"day": r["day"].isoformat(), "questions": r["questions"]} for r in days],
        }

    async def forget(self, user_id: int, voter: str) -> None:
        """Delete every row about the user: settings, tips, quiz progress, group results, votes."""

        async def tx(t: Tx) -> None:
            q = {"id": user_id, "voter": voter}
            for table in ("reviews", "quiz_cards", "tips_seen", "subscriptions", "group_scores", "polls", "user_days"):
                await t.execute(f"DELETE FROM {table} WHERE user_id = :id", q)
            await t.execute("DELETE FROM quiz_rounds WHERE user_id = :id", q)
            await t.execute("DELETE FROM votes WHERE voter = :voter", q)
            await t.execute("DELETE FROM users WHERE id = :id", q)

        await self.db.transaction(tx)
        self._languages.pop(user_id, None)
