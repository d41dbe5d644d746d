"""Progress: /stats for a student."""

from __future__ import annotations

from datetime import UTC, datetime

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import message_of, private_only, send_html, ui_language
from bot.i18n import t
from knowledge.quiz import progress
from knowledge.schedule import local_day


async def on_stats(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "stats"):
        return
    svc = context.svc
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    reviews = await svc.storage.quiz.reviews(user.id)
    if not reviews:
        await send_html(message_of(update), t(lang, "stats_empty"))
        return
    zone = await svc.storage.users.time_zone(user.id)
    now = datetime.now(UTC)
    answers = [(item, correct, local_day(at, zone)) for item, correct, at in reviews]
    stats = progress(list(svc.kb.quiz.values()), answers, await svc.storage.quiz.cards(user.id), now, local_day(now, zone))
    await send_html(message_of(update), t(
        lang, "stats", answered=stats.answered, accuracy=stats.accuracy, streak=stats.streak, due=stats.due_now,
        mastered=stats.mastered, total=stats.concepts))
