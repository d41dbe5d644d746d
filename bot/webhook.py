"""Webhook mode: an ASGI app (starlette + uvicorn) in front of the PTB Application.

Every POST must carry the secret token (else 403, ignored); bodies are size-limited (413) and
parsed defensively (400). An update is stored in the inbox before the 200 (a database failure
answers 500, so Telegram delivers it again); a duplicate delivery (Telegram retries when a 200
is slow or lost) is acknowledged and skipped. `/healthz` and `/metrics` serve operations. The
server bounds concurrent connections and slow clients, and repeated accept errors (descriptors
run out) are logged once a minute, not thousands of times.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal
import sys
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from urllib.parse import urlparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from telegram.ext import Application
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.app import build_application
from bot.context import services_of
from bot.runtime.lifecycle import ALLOWED_UPDATES, feed, running
from bot.settings import Settings

log = logging.getLogger("saiasat.webhook")
MAX_BODY = 1_000_000  # bytes; Telegram's updates are far smaller
MAX_CONNECTIONS = 256  # beyond this, new connections get 503 (uvicorn's limit_concurrency)
KEEP_ALIVE_SECONDS = 5


def webhook_path(settings: Settings) -> str:
    return urlparse(settings.webhook_url or "").path or "/telegram"


def create_asgi_app(settings: Settings, application: Application) -> Starlette:
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    svc = services_of(application)

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
            valid = isinstance(data, dict) and isinstance(data.get("update_id"), int)
        except ValueError:
            valid = False
        if not valid:
            return PlainTextResponse("bad request", status_code=400)
        svc.metrics.inc("updates")
        try:
            new = await feed(application, [data])
        except Exception as exc:  # not stored: not acknowledged; Telegram delivers it again
            log.error("could not store an update (%s)", type(exc).__name__)
            return PlainTextResponse("try again", status_code=500)
        if not new:
            svc.metrics.inc("duplicates")
        return Response(status_code=200)

    async def healthz(_: Request) -> Response:
        healthy = application.running and await svc.storage.ping()
        return PlainTextResponse("ok" if healthy else "unhealthy", status_code=200 if healthy else 503)

    async def metrics(_: Request) -> Response:
        return Response(svc.metrics.prometheus(), media_type="text/plain; version=0.0.4")

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with running(application, poll=False):
            await application.bot.set_webhook(
                url=settings.webhook_url or "", secret_token=secret, allowed_updates=ALLOWED_UPDATES, drop_pending_updates=False
            )
            log.info("webhook mode: listening on %s:%s%s", settings.webhook_listen, settings.port, webhook_path(settings))
            yield

    return Starlette(
        routes=[
            Route(webhook_path(settings), telegram, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
        ],
        lifespan=lifespan,
    )


class SlowClientH11(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, closing a connection that sends no request within the
    keep-alive timeout (uvicorn times out only connections that already made a request, so idle
    connections could fill `limit_concurrency` for good)."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self.timeout_keep_alive_task = self.loop.call_later(self.timeout_keep_alive, self.timeout_keep_alive_handler)


class OncePerMinute(logging.Filter):
    """The same message at most once a minute (an accept loop out of descriptors logs in a loop)."""

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[str, float] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        key = f"{record.name}:{record.msg}"
        now = time.monotonic()
        if now - self._last.get(key, -60.0) < 60.0:
            return False
        self._last[key] = now
        return True


class Server(uvicorn.Server):
    """uvicorn, exiting with status 0 after a graceful SIGTERM/SIGINT shutdown (by default it
    re-raises the signal once done, so the process would die of it)."""

    @contextmanager
    def capture_signals(self) -> Iterator[None]:
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self.handle_exit)
        yield


def run_webhook(settings: Settings) -> int:
    if not settings.webhook_url or not settings.webhook_secret:
        print("configuration error: WEBHOOK_URL and WEBHOOK_SECRET are required in webhook mode", file=sys.stderr)
        return 2
    for noisy in ("asyncio", "uvicorn.error"):
        logging.getLogger(noisy).addFilter(OncePerMinute())
    application = build_application(settings)
    server = Server(
        uvicorn.Config(
            create_asgi_app(settings, application),
            host=settings.webhook_listen,
            port=settings.port,
            log_config=None,
            access_log=False,
            lifespan="on",
            timeout_graceful_shutdown=20,
            limit_concurrency=MAX_CONNECTIONS,
            timeout_keep_alive=KEEP_ALIVE_SECONDS,
            backlog=512,
            http=SlowClientH11,
        )
    )
    server.run()
    return 0
