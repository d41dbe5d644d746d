"""Long polling that loses nothing: each batch from getUpdates is stored in the inbox before the
next getUpdates call confirms it to Telegram, and only updates not seen before are handled.

(PTB's Updater confirms a batch by asking for the next one, whether or not its updates were
handled: a crash in between loses them. This loop replaces it.) A rejected token (401) ends
the process with a clear message; network errors and conflicts are retried with backoff; a
heartbeat file shows `python -m bot health` that polling is alive.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.storage import Storage

log = logging.getLogger("saiasat.poller")
MAX_BACKOFF = 30.0
REJECTED_TOKEN = "Telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN"


class DurablePoller:
    def __init__(
        self, app: Application, storage: Storage, allowed_updates: list[str], *, timeout: int = 30, heartbeat: Path | None = None
    ):
        self.app = app
        self.storage = storage
        self.allowed_updates = allowed_updates
        self.timeout = timeout
        self.heartbeat = heartbeat
        self.fatal: str | None = None  # set when polling cannot go on (a rejected token)
        self.last_poll = 0.0
        self._task: asyncio.Task[None] | None = None
        self.stopped = asyncio.Event()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="durable-poller")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    @property
    def alive(self) -> bool:
        return self._task is not None and not self._task.done() and self.fatal is None

    def _beat(self) -> None:
        self.last_poll = time.monotonic()
        if self.heartbeat is not None:
            try:
                self.heartbeat.parent.mkdir(parents=True, exist_ok=True)
                self.heartbeat.write_text(str(int(time.time())))
            except OSError:
                pass

    async def _run(self) -> None:
        offset: int | None = None
        backoff = 1.0
        try:
            while True:
                try:
                    updates = await self.app.bot.get_updates(
                        offset=offset, timeout=self.timeout, allowed_updates=self.allowed_updates, read_timeout=self.timeout + 10
                    )
                except InvalidToken:
                    self.fatal = REJECTED_TOKEN
                    log.critical(self.fatal)
                    return
                except (Conflict, NetworkError, TelegramError) as exc:
                    log.warning("getUpdates failed (%s); retrying in %.0f s", type(exc).__name__, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(MAX_BACKOFF, backoff * 2)
                    continue
                self._beat()
                if not updates:
                    backoff = 1.0
                    continue
                try:
                    new = set(await self.storage.inbox.receive([u.to_dict() for u in updates]))
                except Exception as exc:  # not stored: not confirmed either; the same batch comes again
                    log.error("could not store updates (%s); retrying in %.0f s", type(exc).__name__, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(MAX_BACKOFF, backoff * 2)
                    continue
                backoff = 1.0
                for update in updates:
                    if update.update_id in new:
                        await self.app.update_queue.put(update)
                offset = updates[-1].update_id + 1
        finally:
            self.stopped.set()


async def requeue(app: Application, storage: Storage) -> int:
    """Updates received but never handled (their process died) go to the queue again."""
    count = 0
    while True:
        payloads = await storage.inbox.take_over()
        for payload in payloads:
            update = Update.de_json(payload, app.bot)
            if update is not None:
                await app.update_queue.put(update)
                count += 1
        if len(payloads) < 100:
            return count
