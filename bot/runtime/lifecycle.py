"""The one way the Application starts and stops, for polling, webhooks, the console, the
benchmarks and the tests.

Start: PTB's initialize; the database (migrated under a lock) and curators' phrasings; the
worker; updates left unhandled by a crash go back to the queue; then, when polling, the durable
poller. Stop, in the reverse order: no new updates; the queued ones are handled (PTB's stop);
sends in flight finish; buffered writes are committed; the database closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from collections.abc import AsyncIterator
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from bot.context import services_of
from bot.i18n import warm_up
from bot.runtime.jobs import make_jobs
from bot.runtime.poller import REJECTED_TOKEN, DurablePoller, requeue
from bot.runtime.publish import publish
from bot.runtime.worker import Worker
from knowledge.answers import warm_up as warm_up_answers
from knowledge.kb import KnowledgeBase

log = logging.getLogger("saiasat")
PUBLISH_GRACE = 5.0  # seconds a stop waits for the menus and descriptions being published
ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "chosen_inline_result", "poll_answer", "my_chat_member"]


class StartupError(Exception):
    """The bot cannot start; the message says why and holds no secret."""


def _warm_up(kb: KnowledgeBase) -> None:
    warm_up()
    warm_up_answers(kb)


@contextlib.asynccontextmanager
async def running(app: Application, *, poll: bool = False, publish_commands: bool = True) -> AsyncIterator[Application]:
    svc = services_of(app)
    # Independent: Telegram's getMe, the database (migrations), and loading in a thread what the
    # first messages would otherwise load on the loop (catalogs, plural rules, the lexicon).
    started = await asyncio.gather(
        app.initialize(), svc.storage.open(), asyncio.to_thread(_warm_up, svc.kb), return_exceptions=True
    )
    failed = [result for result in started if isinstance(result, BaseException)]
    if failed:  # a rejected token, an unreachable database: nothing is left open
        if not isinstance(started[1], BaseException):
            await svc.storage.close()
        if isinstance(failed[0], InvalidToken):  # PTB's message quotes the token: never print it
            raise StartupError(REJECTED_TOKEN) from None
        raise failed[0]
    svc.storage.inbox.bot_id = app.bot.id
    version = await svc.storage.phrasings.version()  # before reading them: one added meanwhile is loaded later
    extra = await svc.storage.phrasings.all()
    if extra:
        await svc.replace_kb(lambda kb: kb.with_phrasings(extra))
    svc.phrasings_version = version
    await app.start()
    svc.worker = Worker(app, make_jobs(app))  # type: ignore[arg-type]
    svc.worker.start()
    # Claims and updates of an instance that died (this one's previous run included) are taken
    # over once it has missed its heartbeats for DEAD_AFTER; another instance may be alive on the
    # same database, SQLite too, so nothing is assumed to be this process's own.
    requeued = await requeue(app, svc.storage)
    if requeued:
        log.info("%d updates received before a restart are handled now", requeued)
    if poll:
        await app.bot.delete_webhook(drop_pending_updates=False)
        svc.poller = DurablePoller(app, svc.storage, ALLOWED_UPDATES, heartbeat=svc.settings.heartbeat_file)
        svc.poller.start()
    # after the first poll is on its way: the menus need not hold up the first update
    publishing = asyncio.get_running_loop().create_task(publish(app)) if publish_commands else None
    # The KB, its index and the libraries are loaded for good: the collector need not walk them
    # again, so a full collection no longer stalls the loop for tens of milliseconds. (Start-up
    # leaves almost no garbage, a few dozen objects: collecting first would cost more than it frees.)
    gc.freeze()
    gc.enable()  # `python -m bot` starts with it off (bot/__main__.py)
    log.info("bot @%s ready: %d KB entries", app.bot.username, len(svc.kb.entries))
    try:
        yield app
    finally:
        if svc.poller is not None:
            await svc.poller.stop()
        if publishing is not None and not publishing.done():  # a few calls: let them finish, not cut them off
            with contextlib.suppress(asyncio.TimeoutError, TelegramError):
                await asyncio.wait_for(publishing, timeout=PUBLISH_GRACE)
        if app.running:
            await app.stop()  # the updates already queued are handled
        await svc.worker.stop()
        await app.shutdown()
        await svc.storage.close()
        log.info("stopped")


async def feed(app: Application, updates: list[dict[str, Any]]) -> list[int]:
    """Updates as Telegram would deliver them (console, benchmarks, tests): stored in the inbox,
    the new ones queued; returns the ids that were new."""
    svc = services_of(app)
    new = await svc.storage.inbox.receive(updates)
    fresh = set(new)
    for raw in updates:
        if int(raw["update_id"]) in fresh:
            update = Update.de_json(raw, app.bot)
            if update is not None:
                await app.update_queue.put(update)
    return new


async def idle(app: Application, timeout: float = 5.0) -> None:
    """Wait until every queued update has been handled and the work it made due is sent
    (console, benchmarks, tests)."""
    await app.update_queue.join()
    svc = services_of(app)
    await svc.storage.buffer.flush()
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        if svc.worker is not None and not svc.worker.busy and not await svc.storage.outbox.due_now():
            return
        if svc.worker is not None:
            svc.worker.kick()
        await asyncio.sleep(0.01)
