"""Updates of different chats are handled concurrently, updates of one chat in order.

PTB's `BaseUpdateProcessor` takes a slot of its semaphore *before* handing over the update, so
a chat with many queued updates could hold every slot while they wait for each other. Here the
base semaphore is only a generous bound; an update first waits for its chat's turn, then for one
of `concurrency` slots. When a handler finishes, `on_done` gets the update and how long it took
(the inbox marks it done, the metrics observe the time).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

QUEUED_BOUND = 100_000  # updates waiting for their chat at most (PTB's own semaphore)


def chat_key(update: object) -> str:
    """Whose order an update belongs to: its chat, else its user (poll answers, inline queries)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return f"c{update.effective_chat.id}"
        if update.effective_user is not None:
            return f"u{update.effective_user.id}"
    return "other"


class ChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, concurrency: int = 64, on_done: Callable[[Update, float], None] | None = None):
        super().__init__(QUEUED_BOUND)
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)
        self._chats: dict[str, tuple[asyncio.Lock, int]] = {}  # lock, updates holding or waiting
        self.on_done = on_done
        self.handled = 0

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        started = time.monotonic()
        key = chat_key(update)
        lock, users = self._chats.get(key) or (asyncio.Lock(), 0)
        self._chats[key] = (lock, users + 1)
        try:
            async with lock, self._slots:
                await coroutine
        finally:
            lock, users = self._chats[key]
            if users <= 1:
                del self._chats[key]  # per-chat state lives only while the chat has work
            else:
                self._chats[key] = (lock, users - 1)
            self.handled += 1
            if self.on_done is not None and isinstance(update, Update):
                self.on_done(update, time.monotonic() - started)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def chats_in_memory(self) -> int:
        return len(self._chats)


def kind_of(update: Update) -> str:
    """The kind of an update, for metrics: message, callback_query, poll_answer…"""
    for kind in ("message", "callback_query", "inline_query", "poll_answer", "chosen_inline_result", "my_chat_member"):
        if getattr(update, kind, None) is not None:
            return kind
    return "other"
