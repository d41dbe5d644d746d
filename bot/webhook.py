"""Webhook mode: an ASGI app (starlette + uvicorn) in front of the PTB Application.

As in PTB's `customwebhookbot/starlettebot.py` example, with what it lacks: every POST must
carry the secret token (else 403, ignored), bodies are size-limited (413) and parsed
defensively (400), and `/healthz` and `/metrics` serve operations. Several instances can run
behind one URL on one PostgreSQL database: nothing about a conversation lives in memory.
"""

from __future__ import annotations

import hmac
import json
import logging
import sys
import signal
from contextlib import asynccontextmanager, contextmanager
from urllib.parse import urlparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.ext import Application

from bot.app import ALLOWED_UPDATES, build_application
from bot.handlers.common import Services
from bot.settings import Settings

log = logging.getLogger("saiasat.webhook")
MAX_BODY = 1_000_000  # bytes; Telegram's updates are far smaller


def webhook_path(settings: Settings) -> str:
    return urlparse(settings.webhook_url or "").path or "/telegram"


def create_asgi_app(settings: Settings, application: Application) -> Starlette:
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    services: Services = application.bot_data["services"]

    async def telegram(request: Request) -> Response:
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
            return PlainTextResponse("forbidden", status_code=403)
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_BODY:
            return PlainTextResponse("too large", status_code=413)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return PlainTextResponse("too large", status_code=413)
        try:
            data = json.loads(body)
            update = Update.de_json(data, application.bot)
        except Exception:  # malformed JSON or not an Update: refuse it, never crash
            return PlainTextResponse("bad request", status_code=400)
        if update is None:
            return PlainTextResponse("bad request", status_code=400)
        services.metrics.inc("updates")
        await application.update_queue.put(update)
        return Response(status_code=200)

    async def healthz(_: Request) -> Response:
        healthy = application.running and await services.storage.ping()
        return PlainTextResponse("ok" if healthy else "unhealthy", status_code=200 if healthy else 503)

    async def metrics(_: Request) -> Response:
        return PlainTextResponse(services.metrics.prometheus(), media_type="text/plain; version=0.0.4")

    @asynccontextmanager
    async def lifespan(_: Starlette):
        await application.initialize()
        await application.post_init(application)
        await application.bot.set_webhook(
            url=settings.webhook_url, secret_token=secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
        )
        await application.start()
        log.info("webhook mode: listening on %s:%s%s", settings.webhook_listen, settings.port, webhook_path(settings))
        try:
            yield
        finally:
            await application.stop()  # finishes the updates already queued
            await application.shutdown()
            await application.post_shutdown(application)

    return Starlette(
        routes=[
            Route(webhook_path(settings), telegram, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
        ],
        lifespan=lifespan,
    )


class Server(uvicorn.Server):
    """uvicorn, exiting with status 0 after a graceful SIGTERM/SIGINT shutdown (by default it
    re-raises the signal once done, so the process would die of it)."""

    @contextmanager
    def capture_signals(self):
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self.handle_exit)
        yield


def run_webhook(settings: Settings) -> int:
    if not settings.webhook_url or not settings.webhook_secret:
        print("configuration error: WEBHOOK_URL and WEBHOOK_SECRET are required in webhook mode", file=sys.stderr)
        return 2
    application = build_application(settings, updater=False)
    server = Server(
        uvicorn.Config(
            create_asgi_app(settings, application),
            host=settings.webhook_listen,
            port=settings.port,
            log_config=None,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=20,
        )
    )
    server.run()
    return 0
