"""What a user sees before the first message: the command menus (private chats, groups, group
administrators) and the bot's description and short description, in every language."""

from __future__ import annotations

import asyncio
import logging

from telegram import (
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
)
from telegram.error import TelegramError
from telegram.ext import Application

from bot.i18n import LANGUAGES, plain

log = logging.getLogger("saiasat")
PRIVATE_MENU = (
    "ask",
    "topics",
    "tip",
    "quiz",
    "stats",
    "map",
    "subscribe",
    "unsubscribe",
    "settings",
    "sources",
    "about",
    "language",
    "export",
    "forget",
    "help",
)
GROUP_MENU = ("ask", "quiz", "top", "topics", "map", "about", "help")
ADMIN_MENU = (*GROUP_MENU, "class")
MENUS: tuple[tuple[BotCommandScope, tuple[str, ...]], ...] = (
    (BotCommandScopeAllPrivateChats(), PRIVATE_MENU),
    (BotCommandScopeAllGroupChats(), GROUP_MENU),
    (BotCommandScopeAllChatAdministrators(), ADMIN_MENU),
)


async def publish(app: Application) -> None:
    calls = []
    for lang in LANGUAGES:
        code = None if lang == "en" else lang
        for scope, menu in MENUS:
            commands = [BotCommand(name, plain(lang, f"cmd.{name}")) for name in menu]
            calls.append(app.bot.set_my_commands(commands, scope=scope, language_code=code))
        calls.append(app.bot.set_my_description(plain(lang, "bot_description"), language_code=code))
        calls.append(app.bot.set_my_short_description(plain(lang, "bot_short_description"), language_code=code))
    results = await asyncio.gather(*calls, return_exceptions=True)
    failed = [r for r in results if isinstance(r, TelegramError)]
    if failed:
        log.warning("publishing the menus and descriptions: %d of %d calls failed", len(failed), len(calls))
