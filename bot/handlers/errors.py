"""The central error handler and the replies to what the bot does not understand."""

from __future__ import annotations

import logging
import sqlite3

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot.context import BotContext
from bot.handlers.common import send_html
from bot.i18n import t, user_language

log = logging.getLogger("saiasat.errors")


def _database_error(error: BaseException | None) -> bool:
    if isinstance(error, (sqlite3.Error, ConnectionError, OSError)):
        return True
    return type(error).__module__.startswith("asyncpg")


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure (never the message text) and apologise briefly to the user."""
    error = context.error
    log.error("update %s failed: %s", getattr(update, "update_id", "?"), type(error).__name__, exc_info=error)
    context.svc.metrics.inc("errors")
    if not isinstance(update, Update) or update.effective_message is None or isinstance(error, Forbidden):
        return
    lang = user_language(update.effective_user.language_code if update.effective_user else None)
    key = "database_down" if _database_error(error) else "error"
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(t(lang, key)[:190], show_alert=True)
        else:
            await send_html(update.effective_message, t(lang, key))
    except TelegramError:
        log.warning("could not send the apology")


async def on_unknown_command(update: Update, context: BotContext) -> None:
    lang = user_language(update.effective_user.language_code if update.effective_user else None)
    assert update.effective_message is not None
    await send_html(update.effective_message, t(lang, "unknown_command"))
