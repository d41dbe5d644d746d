"""What the worker does each tick (see bot.runtime.worker): claims in the database, sends through
the handlers that know how to say it."""

from __future__ import annotations

import functools
import logging
import time

from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import services_of
from bot.handlers import progress, quiz, tips
from bot.runtime.poller import requeue
from bot.runtime.worker import LEASE, Worker
from bot.storage.outbox import Work
from bot.storage.progress import ClassSettings
from bot.storage.tips import SubscriptionView
from knowledge.kb import default_kb

log = logging.getLogger("saiasat.worker")
OUTBOX_BATCH = 50
TIPS_BATCH = 200


def make_jobs(app: Application) -> dict[str, object]:
    svc = services_of(app)
    storage = svc.storage

    async def heartbeat(worker: Worker) -> bool:
        await storage.heartbeat()
        return False

    async def outbox(worker: Worker) -> bool:
        claimed = await storage.outbox.claim_due(OUTBOX_BATCH, LEASE)
        for work in claimed:
            worker.spawn(functools.partial(send_work, worker, work))
        return len(claimed) == OUTBOX_BATCH

    async def send_work(worker: Worker, work: Work) -> None:  # only while this instance's claims still stand
        if worker.fresh:
            await quiz.send_work(app, work)
        else:
            await storage.outbox.release([work.id])

    async def deadlines(worker: Worker) -> bool:
        advanced = False
        for poll in await storage.quiz.expired_group_polls(time.time()):
            advanced |= await storage.quiz.close_group_poll(poll)
        if advanced:
            worker.kick()
        return False

    async def due_tips(worker: Worker) -> bool:
        room = min(TIPS_BATCH, worker.capacity)
        if worker.stopping or room <= 0:
            return False
        claimed = await storage.tips.claim_due(room, LEASE)
        for sub, seen in claimed:
            worker.spawn(functools.partial(send_tip, worker, sub, seen), bulk=True)
        return len(claimed) == room

    async def send_tip(worker: Worker, sub: SubscriptionView, seen: list[str]) -> None:  # as send_work
        if worker.fresh:
            await tips.deliver(app, sub, seen)
        else:
            await storage.tips.release([sub.user_id])

    async def takeover(worker: Worker) -> bool:
        count = await requeue(app, storage)
        if count:
            log.info("took over %d updates of a stopped instance", count)
        return False

    async def reload(worker: Worker) -> bool:
        version = await storage.phrasings.version()
        if version != svc.phrasings_version:
            extra = await storage.phrasings.all()
            await svc.replace_kb(lambda _: default_kb().with_phrasings(extra))
            svc.phrasings_version = version
            log.info("curators' phrasings loaded: %d", len(extra))
        return False

    async def digests(worker: Worker) -> bool:
        for due in await storage.progress.claim_due_digests(LEASE):
            worker.spawn(functools.partial(_digest, due), bulk=True)
        return False

    async def _digest(due: ClassSettings) -> None:
        try:
            if due.teacher_id is not None:
                await progress.send_digest(app.bot, svc, due.chat_id, due.teacher_id)
        except TelegramError as exc:  # the teacher blocked the bot or never opened a chat: next week
            log.info("weekly class view not sent (%s)", type(exc).__name__)
        await storage.progress.digest_sent(due.chat_id, progress.next_week(due.next_digest or time.time()))

    async def purge(worker: Worker) -> bool:
        await storage.inbox.purge()
        await storage.feedback.purge(svc.settings.gaps_retention_days)
        return False

    return {
        "heartbeat": heartbeat,
        "outbox": outbox,
        "deadlines": deadlines,
        "tips": due_tips,
        "takeover": takeover,
        "reload": reload,
        "digests": digests,
        "purge": purge,
    }
