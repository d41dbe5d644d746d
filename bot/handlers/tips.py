"""Concept tips: /tip, /subscribe, /unsubscribe, the daily job, and the tip's buttons.

Schedules live in the database; each process rebuilds its JobQueue jobs from it at start-up.
Every daily send is claimed in the database first (`Storage.claim_daily_tip`), so a tip goes
out once per subscriber per day whatever the number of processes or restarts.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from telegram import Bot, Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application, ContextTypes

from bot.handlers import ask
from bot.handlers.common import Services, send_html, services, ui_language
from bot.i18n import t
from bot.render import keyboard, tip_html, tip_keyboard
from bot.storage import SubscriptionView
from knowledge.schedule import ScheduleError, local_day, local_time, missed_today, parse_subscribe_args
from knowledge.tips import next_tip

log = logging.getLogger("saiasat.tips")
MISFIRE_GRACE = timedelta(hours=6)  # a tip whose minute was missed (bot down) still goes out within this


def job_name(user_id: int) -> str:
    return f"tip:{user_id}"


async def send_tip(bot: Bot, svc: Services, user_id: int, chat_id: int, lang: str, seen: list[str] | None = None) -> None:
    """The user's next unseen tip, in the essay's order; the cycle restarts when all are seen."""
    if seen is None:
        seen = await svc.storage.seen_tips(user_id)
    tip, restarted = next_tip(svc.kb.tips, set(seen))
    text = tip_html(svc.kb, tip, lang)
    if restarted:
        await svc.storage.reset_tips(user_id)
        text = t(lang, "tip_restart", count=len(svc.kb.tips)) + "\n\n" + text
    await bot.send_message(chat_id, text, reply_markup=keyboard(tip_keyboard(tip, lang)))
    await svc.storage.mark_tip_seen(user_id, tip.id)


async def on_tip(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    await send_tip(context.bot, services(context), update.effective_user.id, update.effective_chat.id, lang)


async def on_tip_more(update: Update, context: ContextTypes.DEFAULT_TYPE, tip_id: str) -> None:
    """"Explain more" under a tip opens the tip's entry, as a question button would."""
    tip = services(context).kb.tip(tip_id)
    await ask.on_entry_button(update, context, tip.entry if tip else "")


async def on_subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    try:
        when, zone = parse_subscribe_args(context.args or [])
    except ScheduleError:
        await send_html(update.effective_message, t(lang, "subscribe_usage"))
        return
    await subscribe(context.application, update.effective_user.id, update.effective_chat.id, when, zone, lang)
    await send_html(update.effective_message, t(lang, "subscribed", time=when, zone=zone))


async def on_unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    user_id = update.effective_user.id
    was_active = await services(context).storage.unsubscribe(user_id)
    unschedule(context.application, user_id)
    await send_html(update.effective_message, t(lang, "unsubscribed" if was_active else "not_subscribed"))


async def subscribe(app: Application, user_id: int, chat_id: int, when: str, zone: str, lang: str) -> None:
    """Store a daily tip at `when` in `zone` (a new one or a change) and (re)schedule its job."""
    svc: Services = app.bot_data["services"]
    await svc.storage.subscribe(user_id, chat_id, when, zone, lang)
    schedule(app, await svc.storage.subscription(user_id))


def schedule(app: Application, sub: SubscriptionView | None) -> None:
    """(Re)place the daily job of one subscriber."""
    if sub is None:
        return
    unschedule(app, sub.user_id)
    if not sub.active or app.job_queue is None:
        return
    app.job_queue.run_daily(
        daily_tip_job,
        local_time(sub.time, sub.time_zone),
        name=job_name(sub.user_id),
        data=sub.user_id,
        job_kwargs={"misfire_grace_time": int(MISFIRE_GRACE.total_seconds()), "coalesce": True},
    )


def unschedule(app: Application, user_id: int) -> None:
    if app.job_queue is None:
        return
    for job in app.job_queue.get_jobs_by_name(job_name(user_id)):
        job.schedule_removal()


async def schedule_all(app: Application) -> None:
    """At start-up: a job per active subscription, and today's tip now for anyone whose
    minute passed while the bot was down."""
    svc: Services = app.bot_data["services"]
    now = datetime.now(UTC)
    for sub in await svc.storage.active_subscriptions():
        schedule(app, sub)
        if app.job_queue is not None and missed_today(sub.time, sub.time_zone, sub.last_sent, now, MISFIRE_GRACE):
            app.job_queue.run_once(daily_tip_job, 0, data=sub.user_id, name=f"catch-up:{sub.user_id}")


async def daily_tip_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await deliver_daily_tip(context.application, context.job.data)


async def deliver_daily_tip(app: Application, user_id: int, now: datetime | None = None) -> bool:
    """Send today's tip if this process wins the claim. True when a tip was sent."""
    svc: Services = app.bot_data["services"]
    sub = await svc.storage.subscription(user_id)
    if sub is None or not sub.active:
        unschedule(app, user_id)
        return False
    today = local_day(now or datetime.now(UTC), sub.time_zone)
    seen = await svc.storage.claim_daily_tip(user_id, today)
    if seen is None:
        return False  # already sent today, by this process or another
    try:
        await send_tip(app.bot, svc, user_id, sub.chat_id, sub.lang, seen)
    except Forbidden:
        log.info("subscriber blocked the bot: unsubscribed")
        await svc.storage.unsubscribe(user_id)
        unschedule(app, user_id)
        svc.metrics.inc("tips_failed")
        return False
    except TelegramError as exc:
        log.warning("daily tip failed (%s); it may be retried", type(exc).__name__)
        await svc.storage.release_daily_tip(user_id, sub.last_sent)
        svc.metrics.inc("tips_failed")
        return False
    svc.metrics.inc("tips_sent")
    return True

