"""The Telegram application: services built once, handlers registered, commands published."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from pathlib import Path

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults
from telegram.request import BaseRequest

from bot import handlers
from bot.handlers import tips
from bot.flood import FloodControl
from bot.handlers.common import Services
from bot.i18n import LANGUAGES, plain
from bot.request import RetryingRequest
from bot.settings import Settings
from bot.storage import Storage
from knowledge.kb import KnowledgeBase, default_kb, load_overlay

log = logging.getLogger("saiasat")

ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "poll_answer", "my_chat_member"]


def build_application(
    settings: Settings,
    kb: KnowledgeBase | None = None,
    request: BaseRequest | None = None,
    *,
    updater: bool = True,
) -> Application:
    """The whole bot. `request` swaps the HTTP layer (tests, the offline console, benchmarks)."""
    builder: ApplicationBuilder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .rate_limiter(
            # the same rate in twentieths of a second: bursts of a twentieth of the limit, so no
            # one-second window ever sees much more than the limit
            AIORateLimiter(overall_max_rate=max(1.0, settings.rate_limit_per_second / 20), overall_time_period=0.05, max_retries=5)
        )
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        builder = builder.request(RetryingRequest(connection_pool_size=16, read_timeout=15, write_timeout=15))
        builder = builder.get_updates_request(RetryingRequest(read_timeout=40))
    if not updater:
        builder = builder.updater(None)
    app = builder.build()
    kb = (kb or default_kb()).with_phrasings(load_overlay(Path(settings.overlay_path)))
    app.bot_data["services"] = Services(
        settings=settings,
        kb=kb,
        storage=Storage(settings.database_url),
        flood=FloodControl(settings.flood_messages, settings.flood_window_seconds),
    )
    handlers.register(app)
    return app


async def _post_init(app: Application) -> None:
    services: Services = app.bot_data["services"]
    await services.storage.migrate()
    await publish_commands(app)
    await tips.schedule_all(app)
    if app.job_queue is not None:  # unanswered questions are kept only as long as configured
        app.job_queue.run_repeating(_purge_gaps, interval=timedelta(hours=24), first=1, name="purge-gaps")
    log.info("bot @%s ready: %d KB entries", app.bot.username, len(services.kb.entries))


async def _purge_gaps(context) -> None:
    services: Services = context.application.bot_data["services"]
    await services.storage.purge_gaps(services.settings.gaps_retention_days)


async def _post_shutdown(app: Application) -> None:
    await app.bot_data["services"].storage.close()


async def publish_commands(app: Application) -> None:
    """setMyCommands: the default (English) menu and one per supported language."""
    await asyncio.gather(
        *(
            app.bot.set_my_commands(
                [BotCommand(name, plain(lang, f"cmd.{name}")) for name in handlers.MENU],
                language_code=None if lang == "en" else lang,
            )
            for lang in LANGUAGES
        )
    )
