"""Concept tips: /tip, /subscribe, /unsubscribe, the daily tip, and the tip's buttons.

A subscription is stored with the moment its next tip is due; the worker (bot.runtime.worker)
claims due subscriptions in the database with a lease and calls `deliver`, so a subscriber gets
one tip a day however many instances run, a change made on one instance holds on all, and a
stopped instance's claims pass to another. Daily tips are bulk sends: replies go first.
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime, timedelta

from telegram import Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from bot.context import BotContext, Services, services_of
from bot.handlers import ask
from bot.handlers.common import chat_of, is_private, message_of, private_only, send_html, ui_language
from bot.i18n import t
from bot.render import Rows, tip_html, tip_keyboard
from bot.sending import send_text
from bot.storage.tips import SubscriptionView
from knowledge.schedule import ScheduleError, local_day, next_send, parse_subscribe_args, tip_due
from knowledge.tips import next_tip

log = logging.getLogger("saiasat.tips")
MISFIRE_GRACE = timedelta(hours=6)  # a tip whose moment was missed (bot down) still goes out within this
RETRY_DELAYS = (30, 120, 600, 1800)  # seconds after a failed send (5xx, timeout)


def tip_message(svc: Services, seen: list[str], lang: str) -> tuple[str, str, bool, Rows]:
    """The next unseen tip in the essay's order (the cycle restarts when all are seen)."""
    tip, restarted = next_tip(svc.kb.tips, set(seen))
    text = tip_html(svc.kb, tip, lang)
    if restarted:
        text = t(lang, "tip_restart", count=len(svc.kb.tips)) + "\n\n" + text
    return tip.id, text, restarted, tip_keyboard(tip, lang)


async def on_tip(update: Update, context: BotContext) -> None:
    svc = context.svc
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    tip_id, text, restarted, rows = tip_message(svc, await svc.storage.tips.seen(user.id), lang)
    await send_html(message_of(update), text, rows, quote=not is_private(update))  # in a group: whose /tip
    await svc.storage.tips.mark_seen(user.id, tip_id, restarted)


async def on_tip_more(update: Update, context: BotContext, tip_id: str) -> None:
    """ "Explain more" under a tip opens the tip's entry, as a question button would."""
    tip = context.svc.kb.tip(tip_id)
    await ask.on_entry_button(update, context, tip.entry if tip else "")


async def on_subscribe(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "subscribe"):
        return
    lang = await ui_language(update, context)
    try:
        when, zone = parse_subscribe_args(context.args or [])
    except ScheduleError:
        await send_html(message_of(update), t(lang, "subscribe_usage"))
        return
    user = update.effective_user
    assert user is not None
    await subscribe(context.svc, user.id, chat_of(update).id, when, zone, lang)
    await send_html(message_of(update), t(lang, "subscribed", time=when, zone=zone))


async def on_unsubscribe(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "unsubscribe"):
        return
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    was_active = await context.svc.storage.tips.unsubscribe(user.id)
    await send_html(message_of(update), t(lang, "unsubscribed" if was_active else "not_subscribed"))


async def subscribe(svc: Services, user_id: int, chat_id: int, when: str, zone: str, lang: str) -> None:
    """Store a daily tip at `when` in `zone` (new or changed), due next at that moment."""
    due = next_send(when, zone, datetime.now(UTC)).timestamp()
    await svc.storage.tips.subscribe(user_id, chat_id, when, zone, lang, due)


async def deliver(app: Application, sub: SubscriptionView, seen: list[str]) -> bool:
    """A claimed subscription: send today's tip if it is due, and record it with the next due
    moment; reschedule when it is not due; retry later after a failure. True when sent."""
    svc = services_of(app)
    tips = svc.storage.tips
    now = datetime.now(UTC)
    if sub.next_due is not None:
        due_at = datetime.fromtimestamp(sub.next_due, UTC)
    else:  # a subscription from before due moments were stored: its latest moment
        due_at = next_send(sub.time, sub.time_zone, now - timedelta(days=1))
    following = next_send(sub.time, sub.time_zone, max(now, due_at)).timestamp()
    if not tip_due(due_at, sub.last_sent, sub.time_zone, now, MISFIRE_GRACE):
        await tips.reschedule(sub.user_id, following)
        return False
    tip_id, text, restarted, rows = tip_message(svc, seen, sub.lang)
    try:
        await send_text(app.bot, sub.chat_id, text, rows, bulk=True)
    except (Forbidden, BadRequest) as exc:  # blocked, chat gone: stop, never retry
        log.info("daily tip refused (%s): unsubscribed", type(exc).__name__)
        await tips.unsubscribe(sub.user_id)
        svc.metrics.inc("tips_failed")
        return False
    except TelegramError as exc:
        delay = RETRY_DELAYS[min(sub.attempts, len(RETRY_DELAYS) - 1)] * random.uniform(0.8, 1.2)
        log.warning("daily tip failed (%s); retry in %.0f s", type(exc).__name__, delay)
        await tips.retry(sub.user_id, now.timestamp() + delay)
        svc.metrics.inc("tips_failed")
        return False
    await tips.sent(sub.user_id, tip_id, local_day(due_at, sub.time_zone), following, restarted)
    svc.metrics.inc("tips_sent")
    return True
