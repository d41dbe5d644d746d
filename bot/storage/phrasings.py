"""Phrasings accepted by curators (/gaps): in the database, so every instance uses them within a
minute and a redeploy keeps them. `kb check --database-url URL` validates them."""

from __future__ import annotations

from bot.storage.common import epoch
from bot.storage.database import Database, Tx


class Phrasings:
    def __init__(self, db: Database):
        self.db = db

    async def add(self, entry_id: str, lang: str, texts: list[str]) -> int:
        """Store new phrasings (a text already known in that language is skipped); how many were new."""

        async def tx(t: Tx) -> int:
            added = 0
            for text in texts:
                added += await t.execute(
                    "INSERT INTO phrasings (entry_id, lang, text, created_at) VALUES (:entry_id, :lang, :text, :now) "
                    "ON CONFLICT (lang, text) DO NOTHING",
                    {"entry_id": entry_id, "lang": lang, "text": text[:512], "now": epoch()},
                )
            return added

        return await self.db.transaction(tx)

    async def all(self) -> list[tuple[str, str, str]]:
        rows = await self.db.fetch("SELECT entry_id, lang, text FROM phrasings ORDER BY id")
        return [(r["entry_id"], r["lang"], r["text"]) for r in rows]

    async def version(self) -> int:
        """Changes whenever a phrasing is added: how many there are (none is ever removed). Not the
        newest id: PostgreSQL hands out ids before commit, so a phrasing committed after one with a
        higher id would not change it, and would never be loaded."""
        row = await self.db.fetchrow("SELECT COUNT(*) AS v FROM phrasings")
        return int(row["v"] or 0) if row else 0
