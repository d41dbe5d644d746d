"""What every handler needs: the services built once at start-up, the user's language, replies."""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.flood import FloodControl
from bot.i18n import user_language
from bot.metrics import Metrics
from bot.render import Rows, keyboard, split_message
from bot.settings import Settings
from bot.storage import Storage
from knowledge.kb import KnowledgeBase


@dataclass
class Services:
    """Built once in `bot.app.build_application` and kept in `bot_data["services"]`."""

    settings: Settings
    kb: KnowledgeBase
    storage: Storage
    flood: FloodControl
    metrics: Metrics = field(default_factory=Metrics)


def services(context: ContextTypes.DEFAULT_TYPE) -> Services:
    return context.application.bot_data["services"]


async def chosen_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The language the user picked with /language, or None."""
    user = update.effective_user
    if user is None:
        return None
    return await services(context).storage.language(user.id)


async def ui_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """Language of interface texts: the user's choice, else Telegram's language_code."""
    chosen = await chosen_language(update, context)
    if chosen:
        return chosen
    user = update.effective_user
    return user_language(user.language_code if user else None)


async def send_html(
    message: Message, text: str, rows: Rows | None = None, *, quote: bool = False
) -> list[Message]:
    """Send HTML, split on paragraph boundaries; the keyboard goes under the last part."""
    parts = split_message(text)
    sent = []
    for i, part in enumerate(parts):
        markup = keyboard(rows or []) if i == len(parts) - 1 else None
        sent.append(
            await message.reply_text(part, reply_markup=markup, do_quote=quote and i == 0)
        )
    return sent
