"""The central error handler and the replies to what the bot does not understand."""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError, OperationalError
from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import ContextTypes

from bot.handlers.common import send_html, services
from bot.i18n import t, user_language

log = logging.getLogger("saiasat.errors")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure (never the message text) and apologise briefly to the user."""
    error = context.error
    kind = type(update).__name__
    log.error("update %s failed: %s", getattr(update, "update_id", "?"), type(error).__name__, exc_info=error)
    services(context).metrics.inc("errors")
    if not isinstance(update, Update) or update.effective_message is None or isinstance(error, Forbidden):
        return
    lang = user_language(update.effective_user.language_code if update.effective_user else None)
    key = "database_down" if isinstance(error, (OperationalError, DBAPIError, ConnectionError)) else "error"
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(t(lang, key)[:190], show_alert=True)
        else:
            await send_html(update.effective_message, t(lang, key))
    except TelegramError:
        log.warning("could not send the apology for a failed %s", kind)


async def on_unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = user_language(update.effective_user.language_code if update.effective_user else None)
    await send_html(update.effective_message, t(lang, "unknown_command"))
