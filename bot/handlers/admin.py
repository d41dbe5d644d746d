"""Commands for the ids in ADMIN_IDS only: /admin (usage figures)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import send_html, services, ui_language
from bot.i18n import t


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    return bool(user and user.id in services(context).settings.admin_ids)


async def refuse(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    if update.callback_query is not None:
        await update.callback_query.answer(t(lang, "admin_only"), show_alert=True)
    else:
        await send_html(update.effective_message, t(lang, "admin_only"))


async def on_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not is_admin(update, context):
        await refuse(update, context)
        return
    svc = services(context)
    lang = await ui_language(update, context)
    await send_html(
        update.effective_message,
        t(
            lang,
            "admin_stats",
            users=await svc.storage.count_users(),
            subscribers=await svc.storage.count_subscribers(),
            answers=await svc.storage.count_reviews(),
            answered=svc.metrics["answered"],
            unmatched=svc.metrics["unmatched"],
        ),
    )
