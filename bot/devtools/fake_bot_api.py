"""A strict fake Telegram Bot API server on 127.0.0.1, for end-to-end tests and benchmarks.

It speaks the real wire format (form-encoded or multipart parameters, non-string values
JSON-encoded; `{"ok": true, "result": …}` or `{"ok": false, "error_code", "description",
"parameters": {"retry_after"}}`), feeds updates through getUpdates (long polling), records
every call, and rejects what Telegram rejects: malformed HTML, texts over 4096 characters,
callback data over 64 bytes, poll and photo limits, unknown methods, answering a callback twice.
Faults can be injected per method (429 with retry_after, 5xx, 403 for a blocked chat), as can
network latency, chats whose calls hang, Telegram's flood limits (`limits=True`) and a revoked token.
The Bot API methods themselves live in `fake_bot_api_methods`; the checks in `fake_bot_api_checks`.

Standalone: `python -m bot.devtools.fake_bot_api [--rate N] [--latency S] [--limits]` prints its
base URL on the first line of stdout and serves until killed.

Length: the server, its controls for tests and the dispatcher, each short; together they are the fake's one public face.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import threading
import time
from collections.abc import Callable, Iterable
from email.parser import BytesParser
from email.policy import HTTP
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar
from urllib.parse import parse_qs

from bot.devtools.fake_bot_api_checks import (
    ALLOWED_TAGS,
    JSON,
    BadRequest,
    SendLimits,
    member_object,
    parse_html,
    utf16_len,
)
from bot.devtools.fake_bot_api_methods import BOT_USER, TOKEN, Call, Fault, Methods

__all__ = [
    "ALLOWED_TAGS",
    "BOT_USER",
    "TOKEN",
    "BadRequest",
    "Call",
    "FakeBotAPI",
    "Fault",
    "main",
    "member_object",
    "parse_html",
    "utf16_len",
]

T = TypeVar("T")
_UNAUTHORIZED: JSON = {"ok": False, "error_code": 401, "description": "Unauthorized"}


class FakeBotAPI(Methods):
    """The fake server: start() it, point PTB's base_url at `base_url`, push updates, inspect calls.

    `max_sends_per_second`: the old, simple flood limit (every send* call, 429 "retry after 1").
    `latency`: seconds added to every request on the server thread. `limits=True`: Telegram's
    overall / per-chat / per-group limits with the given numbers (see `SendLimits`); `clock`: the
    time those limits count by (a test may hold it still, so that a window never ends on a slow machine).
    """

    def __init__(
        self,
        token: str = TOKEN,
        max_sends_per_second: float | None = None,
        *,
        latency: float = 0.0,
        limits: bool = False,
        overall_per_second: int = 30,
        per_chat_per_second: int = 1,
        per_group_per_minute: int = 20,
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__()
        self.clock = clock
        self.token = token
        self.max_sends_per_second = max_sends_per_second  # like Telegram's flood limit: 429 beyond it
        self.latency = latency
        self.limits = limits
        self.limiter = SendLimits(overall_per_second, per_chat_per_second, per_group_per_minute) if limits else None
        self.revoked = False
        self._send_times: list[float] = []
        self._legacy_429 = 0
        self._flood_lock = threading.Lock()
        self._hung: dict[int, threading.Event] = {}
        self._stopped = False
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        """Serve on a free port of 127.0.0.1 in a background thread; return self."""
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # TCP_NODELAY: no 40 ms stalls on delayed ACKs

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:
                api._handle(self)

            def do_GET(self) -> None:
                api._handle(self)

        class Server(ThreadingHTTPServer):
            # Telegram takes a burst of new connections; socketserver's default backlog of 5 let
            # the kernel drop or reset them (a sendMessage failing with ReadError)
            request_queue_size = 1024

        self._server = Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # a short poll interval: stop() (shutdown) waits for it, and tests stop a fake each
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; wake long polls and release hung chats."""
        self._stopped = True
        with self._cond:
            for event in self._hung.values():
                event.set()
            self._hung.clear()
            self._cond.notify_all()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        """The URL to give PTB as base_url (requests go to `{base_url}{token}/{method}`)."""
        if self._server is None:
            raise RuntimeError("the fake Bot API is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    # -- test controls --------------------------------------------------------------------------
    def inject(self, method: str, code: int, description: str, retry_after: int | None = None, times: int = 1) -> None:
        """Answer the next `times` calls of `method` with this error."""
        self.faults.append(Fault(method, code, description, retry_after, times))

    def revoke(self) -> None:
        """From now on every method answers 401 Unauthorized, as for a revoked token."""
        self.revoked = True

    def hang_chat(self, chat_id: int) -> None:
        """Calls with this chat_id block until `release_chat(chat_id)` (or until the server stops)."""
        with self._cond:
            if not self._stopped:
                self._hung.setdefault(int(chat_id), threading.Event())

    def release_chat(self, chat_id: int) -> None:
        """Let the calls blocked by `hang_chat(chat_id)` through."""
        with self._cond:
            event = self._hung.pop(int(chat_id), None)
        if event is not None:
            event.set()

    def set_admins(self, chat_id: int, user_ids: Iterable[int], owner: int | None = None) -> None:
        """The administrators of a group (and its owner, also counted as an administrator)."""
        self.admins[chat_id] = set(user_ids) | ({owner} if owner is not None else set())
        if owner is None:
            self.owners.pop(chat_id, None)
        else:
            self.owners[chat_id] = owner

    def accepted_at(self, chat_id: int) -> list[float]:
        """Monotonic times of the sends to `chat_id` that were accepted, oldest first."""
        with self._flood_lock:
            return list(self._accepted.get(int(chat_id), []))

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        """The calls so far, optionally of one method and/or to one chat."""
        return [
            c
            for c in list(self.calls)
            if (method is None or c.method == method) and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))
        ]

    def wait_for(self, predicate: Callable[[], T], timeout: float = 15.0) -> T:
        """Wait until `predicate()` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError(f"timed out waiting; calls so far: {[c.method for c in self.calls]}; rejected: {self.rejected}")

    def wait_calls(self, method: str, count: int = 1, chat_id: int | None = None, timeout: float = 15.0) -> list[Call]:
        """Block (a subprocess bot runs meanwhile) until `count` calls of `method` arrived (some may still
        be in flight: see `Call.done`)."""
        return self.wait_for(lambda: self._enough(method, count, chat_id), timeout) or []

    async def calls_of(self, method: str, count: int = 1, chat_id: int | None = None, timeout: float = 15.0) -> list[Call]:
        """For a bot running in this event loop (waits without blocking it): at least `count` calls of
        `method` arrived and every one of them was answered, so their effects are visible."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self._enough(method, count, chat_id)
            if found and all(c.done for c in found):
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(
            f"timed out waiting for {count} {method}; calls: {[c.method for c in self.calls]}; rejected: {self.rejected}"
        )

    def _enough(self, method: str, count: int, chat_id: int | None) -> list[Call] | None:
        found = self.sent(method, chat_id)
        return found if len(found) >= count else None

    def all_updates_confirmed(self) -> bool:
        """Whether getUpdates confirmed (by its offset) every update pushed so far."""
        return self._confirmed_offset > (self.updates[-1]["update_id"] if self.updates else 0)

    def stats(self) -> JSON:
        """Counts, for a fake running in another process (GET /_stats)."""
        chats = dict(self.delivered)
        by_kind = dict(self.limiter.rejected) if self.limiter else {"overall": 0, "chat": 0, "group": 0}
        by_kind["overall"] += self._legacy_429
        return {
            "sendMessage": sum(chats.values()),
            "chats": len(chats),
            "max_per_chat": max(chats.values(), default=0),
            "http_429": sum(1 for _, _, d in self.rejected if "Too Many" in d),
            "http_429_by_kind": by_kind,
            "rejected": [d for _, _, d in self.rejected if "Too Many" not in d][:20],
        }

    # -- HTTP -------------------------------------------------------------------------------------
    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if path == "/_stats":
            return self._reply(request, 200, self.stats())
        if self.latency > 0:
            time.sleep(self.latency)
        m = re.fullmatch(r"/bot([^/]+)/(\w+)", path)
        if not m or m.group(1) != self.token or self.revoked:
            return self._reply(request, 401, _UNAUTHORIZED)
        method = m.group(2)
        params: JSON = {}
        call: Call | None = None
        try:
            params = self._params(request.headers.get("Content-Type", ""), body)
            call = Call(method, params)
            self.calls.append(call)  # visible while in flight (delays, hung chats)
            self._wait_if_hung(params.get("chat_id"))
            time.sleep(self.delays.get(method, 0.0))
            result = self._dispatch(method, params)
            if method == "sendMessage":
                chat = str(params.get("chat_id"))
                self.delivered[chat] = self.delivered.get(chat, 0) + 1
            call.done = True
            self._reply(request, 200, {"ok": True, "result": result})
        except BadRequest as exc:
            self.rejected.append((method, params, exc.description))
            if call is not None:
                call.done = True
            payload: JSON = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.retry_after is not None:
                payload["parameters"] = {"retry_after": exc.retry_after}
            self._reply(request, exc.code, payload)

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, payload: JSON) -> None:
        """Write the whole response, status line + headers + body, in one write (one TCP segment)."""
        data = json.dumps(payload).encode()
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Error"
        head = f"HTTP/1.1 {status} {phrase}\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n"
        if request.close_connection:
            head += "Connection: close\r\n"
        try:
            request.wfile.write(head.encode("latin-1") + b"\r\n" + data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _params(content_type: str, body: bytes) -> JSON:
        """Decode form or multipart parameters; values that look like JSON objects/lists are decoded."""
        raw: dict[str, Any] = {}
        if content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
            for part in message.walk():
                name = part.get_param("name", header="content-disposition")
                if part.is_multipart() or not isinstance(name, str):
                    continue
                payload = part.get_payload(decode=True)
                content = payload if isinstance(payload, bytes) else b""
                filename = part.get_filename()
                raw[name] = {"filename": filename, "content": content} if filename else content.decode("utf-8")
        elif body:
            raw = {k: v[-1] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
        params: JSON = {}
        for key, value in raw.items():
            if isinstance(value, str) and value[:1] in "[{":
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            params[key] = value
        return params

    def _wait_if_hung(self, chat_id: object) -> None:
        try:
            chat = int(str(chat_id))
        except ValueError:
            return
        with self._cond:
            event = self._hung.get(chat)
        if event is not None:
            event.wait()

    def _dispatch(self, method: str, p: JSON) -> Any:
        for fault in self.faults:
            if fault.method == method and fault.remaining > 0:
                fault.remaining -= 1
                raise BadRequest(fault.description, fault.code, fault.retry_after)
        if self.max_sends_per_second and method.startswith("send"):
            with self._flood_lock:
                now = time.monotonic()
                self._send_times = [t for t in self._send_times if now - t < 1.0]
                if len(self._send_times) >= self.max_sends_per_second:
                    self._legacy_429 += 1
                    raise BadRequest("Too Many Requests: retry after 1", 429, retry_after=1)
                self._send_times.append(now)
        chat = self._chat_key(p)
        if chat is not None and chat in self.blocked_chats:
            raise BadRequest("Forbidden: bot was blocked by the user", 403)
        handler: Callable[[JSON], Any] | None = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise BadRequest("Not Found: method not found", 400)
        counted = self.counts_as_send(method)
        now = self.clock()
        if counted and self.limiter:
            self.limiter.reserve(chat, now)
        try:
            result = handler(p)
        except (BadRequest, KeyError, ValueError, TypeError, AttributeError) as exc:
            if counted and self.limiter:
                self.limiter.release(chat, now)
            if isinstance(exc, BadRequest):
                raise
            missing = isinstance(exc, KeyError) and exc.args
            raise BadRequest(f"Bad Request: {exc.args[0]} is empty" if missing else "Bad Request: invalid parameters") from exc
        if counted and chat is not None:
            with self._flood_lock:
                self._accepted.setdefault(chat, []).append(now)
        return result

    @staticmethod
    def counts_as_send(method: str) -> bool:
        """Whether Telegram's flood limits count this method (sends, copies and forwards; not chat actions)."""
        return (method.startswith("send") and method != "sendChatAction") or method in ("copyMessage", "forwardMessage")

    @staticmethod
    def _chat_key(p: JSON) -> int | None:
        if p.get("chat_id") is None:
            return None
        try:
            return int(str(p["chat_id"]))
        except ValueError:
            raise BadRequest("Bad Request: chat not found") from None


def main(argv: list[str] | None = None) -> None:
    """Serve a standalone fake; print its base URL on the first line of stdout; run until killed."""
    parser = argparse.ArgumentParser(prog="python -m bot.devtools.fake_bot_api", description=__doc__.splitlines()[0])
    parser.add_argument("max_sends", nargs="?", type=float, help="the old form of --rate")
    parser.add_argument("--rate", type=float, help="at most N send* calls per second, 429 beyond")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--limits", action="store_true", help="Telegram's overall / per-chat / per-group limits")
    args = parser.parse_args(argv)
    api = FakeBotAPI(max_sends_per_second=args.rate or args.max_sends, latency=args.latency, limits=args.limits).start()
    print(api.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        api.stop()


if __name__ == "__main__":
    main()
