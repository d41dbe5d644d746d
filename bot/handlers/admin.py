"""Commands for the ids in ADMIN_IDS only: /admin (usage figures of every instance)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import message_of, send_html, ui_language
from bot.i18n import t


def is_admin(update: Update, context: BotContext) -> bool:
    user = update.effective_user
    return bool(user and user.id in context.svc.settings.admin_ids)


async def refuse(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer(t(lang, "admin_only"), show_alert=True)
    else:
        await send_html(message_of(update), t(lang, "admin_only"))


async def on_admin(update: Update, context: BotContext) -> None:
    if not is_admin(update, context):
        await refuse(update, context)
        return
    storage = context.svc.storage
    await storage.buffer.flush()  # this instance's latest counts first
    lang = await ui_language(update, context)
    counters = await storage.feedback.counters()
    await send_html(
        message_of(update),
        t(
            lang,
            "admin_stats",
            users=await storage.users.count(),
            subscribers=await storage.tips.count_active(),
            answers=await storage.quiz.count_reviews(),
            answered=counters.get("answered", 0),
            unmatched=counters.get("unmatched", 0),
            smalltalk=counters.get("smalltalk", 0),
        ),
    )
