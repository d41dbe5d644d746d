"""The Telegram application: services built once, handlers registered, the run modes.

Updates reach PTB's Application through the durable inbox (bot.runtime.poller, bot.webhook),
are handled concurrently across chats and in order within one (bot.runtime.processor), and
every send goes through the priority rate limiter (bot.runtime.ratelimit).
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

import httpx
from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot import handlers
from bot.context import BotContext, Services
from bot.flood import FloodControl
from bot.metrics import Metrics
from bot.request import RetryingRequest
from bot.runtime.lifecycle import StartupError, running
from bot.runtime.processor import ChatOrderedProcessor, kind_of
from bot.runtime.ratelimit import PriorityRateLimiter
from bot.sending import NO_PREVIEW
from bot.settings import Settings
from bot.storage import Storage
from knowledge.kb import KnowledgeBase, default_kb

log = logging.getLogger("saiasat")


def build_application(settings: Settings, kb: KnowledgeBase | None = None, request: BaseRequest | None = None) -> Application:
    """The whole bot. `request` swaps the HTTP layer (the offline console, benchmarks)."""
    token = settings.telegram_bot_token.get_secret_value()
    bot_id, _, secret = token.partition(":")
    storage = Storage(settings.database_url, bot_id=int(bot_id), secret=secret)
    metrics = Metrics()

    def done(update: Update, seconds: float) -> None:
        storage.buffer.add(storage.inbox.done_op(update.update_id))
        metrics.reply_seconds.labels(kind=kind_of(update)).observe(seconds)

    processor = ChatOrderedProcessor(settings.concurrency, on_done=done)
    builder = (
        Application.builder()
        .token(token)
        .base_url(settings.telegram_api_base_url)
        .context_types(ContextTypes(context=BotContext))
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(**NO_PREVIEW)))
        .rate_limiter(PriorityRateLimiter(settings.rate_limit_per_second))
        .concurrent_updates(processor)
        .updater(None)
    )
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    else:
        tls = {"verify": httpx.create_ssl_context()}  # one for both clients: loading the CA bundle takes ~0.1 s
        builder = builder.request(RetryingRequest(connection_pool_size=128, read_timeout=15, write_timeout=15, httpx_kwargs=tls))
        builder = builder.get_updates_request(RetryingRequest(read_timeout=45, httpx_kwargs=tls))
    app = builder.build()
    app.bot_data["services"] = Services(
        settings=settings,
        kb=kb or default_kb(),
        storage=storage,
        flood=FloodControl(settings.flood_messages, settings.flood_window_seconds),
        metrics=metrics,
    )
    handlers.register(app)
    return app


def run_polling(settings: Settings) -> int:
    """`python -m bot run`: long polling until SIGTERM/SIGINT (exit 0) or a rejected token (exit 1)."""
    app = build_application(settings)

    async def main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        try:
            async with running(app, poll=True):
                poller = app.bot_data["services"].poller
                waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(poller.stopped.wait())]
                await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
                for waiter in waiters:
                    waiter.cancel()
        except StartupError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if poller.fatal:
            print(f"error: {poller.fatal}", file=sys.stderr)
            return 1
        return 0

    return asyncio.run(main())
