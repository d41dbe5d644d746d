"""The HTTP layer to the Bot API, retrying what a retry cannot duplicate.

- A connection that never opened (refused, DNS, connect timeout) never reached Telegram:
  any request is retried, with exponential backoff.
- Any other network error or a 5xx may have reached Telegram: only methods that are safe to
  repeat (reads, edits, answers, settings) are retried; a sendMessage is not, so a user never
  gets the same message twice. 429s are the rate limiter's job (AIORateLimiter waits them out).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger("saiasat.request")

IDEMPOTENT_PREFIXES = ("get", "set", "delete", "edit", "answer", "stop")


class RetryingRequest(HTTPXRequest):
    def __init__(self, *args, attempts: int = 4, backoff: float = 0.5, **kwargs):
        super().__init__(*args, **kwargs)
        self.attempts = attempts
        self.backoff = backoff

    async def do_request(  # type: ignore[override]  # the timeouts are passed through unchanged
        self, url: str, method: str, request_data: RequestData | None = None, **kwargs: Any
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        safe = api_method.startswith(IDEMPOTENT_PREFIXES)
        for attempt in range(1, self.attempts + 1):
            try:
                status, body = await super().do_request(url, method, request_data, **kwargs)
            except (NetworkError, TimedOut) as exc:
                never_sent = isinstance(exc.__cause__, (httpx.ConnectError, httpx.ConnectTimeout))
                if attempt == self.attempts or not (never_sent or safe):
                    raise
                log.warning("%s failed (%s), retry %d", api_method, type(exc.__cause__ or exc).__name__, attempt)
            else:
                if status < 500 or not safe or attempt == self.attempts:
                    return status, body
                log.warning("%s answered %d, retry %d", api_method, status, attempt)
            await asyncio.sleep(self.backoff * 2 ** (attempt - 1))
        raise AssertionError("unreachable")
