"""The database, one repository per feature (users, tips, quiz, outbox, inbox, feedback,
phrasings, progress) and the write buffer, opened and closed together. Repositories return plain
dataclasses and values; no ORM object ever leaves this package."""

from __future__ import annotations

import hashlib
import hmac
import logging
import uuid

from bot.storage.buffer import WriteBuffer
from bot.storage.common import epoch
from bot.storage.database import Database, Tx, TxFunction, connect
from bot.storage.feedback import Feedback
from bot.storage.inbox import Inbox
from bot.storage.migrate import migrate
from bot.storage.outbox import Outbox
from bot.storage.phrasings import Phrasings
from bot.storage.progress import Progress
from bot.storage.quiz import Quiz
from bot.storage.tips import Tips
from bot.storage.users import Users

log = logging.getLogger("saiasat.storage")


class Storage:
    def __init__(self, url: str, bot_id: int = 0, secret: str = ""):
        self.url = url
        self.instance = uuid.uuid4().hex[:16]  # this process, as its claims name it
        self.db: Database = connect(url)
        self.buffer = WriteBuffer(self.db)
        self.inbox = Inbox(self.db, bot_id, self.instance)
        self.users = Users(self.db)
        self.tips = Tips(self.db, self.instance)
        self.quiz = Quiz(self.db, self.inbox.mark_done)
        self.outbox = Outbox(self.db, self.instance)
        self.feedback = Feedback(self.db)
        self.phrasings = Phrasings(self.db)
        self.progress = Progress(self.db, self.instance)
        self._voter_key = hashlib.sha256(f"saiasat-voter:{secret}".encode()).digest()

    async def open(self) -> None:
        """Migrate (under a lock: many instances may start together), then connect."""
        await migrate(self.url)
        await self.db.open()
        self.started = epoch()
        await self.heartbeat()

    async def close(self) -> None:
        await self.buffer.close()
        try:
            await self.db.transaction(_forget_instance(self.instance))
        except Exception as exc:  # closing anyway: others take its claims over after DEAD_AFTER
            log.warning("could not mark this instance stopped: %s", type(exc).__name__)
        await self.db.close()

    async def heartbeat(self) -> None:
        """This instance is alive: its claims stand (the worker beats every tick)."""
        await self.db.transaction(_beat(self.instance, getattr(self, "started", epoch())))

    async def ping(self) -> bool:
        return await self.db.ping()

    def voter(self, user_id: int) -> str:
        """A user's pseudonym for votes: a keyed hash, so a vote never stores who cast it."""
        return hmac.new(self._voter_key, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]


def _beat(instance: str, started: float) -> TxFunction[None]:
    async def tx(t: Tx) -> None:
        await t.execute(
            "INSERT INTO instances (id, started_at, seen_at) VALUES (:id, :started, :now) "
            "ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at",
            {"id": instance, "started": started, "now": epoch()},
        )
        await t.execute("DELETE FROM instances WHERE seen_at < :old", {"old": epoch() - 86400})

    return tx


def _forget_instance(instance: str) -> TxFunction[None]:
    async def tx(t: Tx) -> None:
        await t.execute("DELETE FROM instances WHERE id = :id", {"id": instance})

    return tx


__all__ = ["Storage"]
