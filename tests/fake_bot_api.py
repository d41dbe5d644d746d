"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests.

It speaks the real wire format (form-encoded or multipart parameters, non-string values
JSON-encoded; `{"ok": true, "result": …}` or `{"ok": false, "error_code", "description",
"parameters": {"retry_after"}}`), feeds updates through getUpdates (long polling), records
every call, and rejects what Telegram rejects: malformed HTML, texts over 4096 characters,
callback data over 64 bytes, poll limits, unknown methods, answering a callback twice.
Faults can be injected per method (429 with retry_after, 5xx, 403 for a blocked chat).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

TOKEN = "123456789:AAF-fake-token-for-tests_0123456789abc"
BOT_USER = {"id": 123456789, "is_bot": True, "first_name": "Saiasat", "username": "saiasat_test_bot",
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

ALLOWED_TAGS = {
    "b": set(), "strong": set(), "i": set(), "em": set(), "u": set(), "ins": set(), "s": set(),
    "strike": set(), "del": set(), "tg-spoiler": set(), "span": {"class"}, "a": {"href"},
    "code": {"class"}, "pre": set(), "blockquote": {"expandable"}, "tg-emoji": {"emoji-id"},
}
_TAG = re.compile(r"<(/?)([a-z-]+)((?:\s+[a-z-]+(?:=\"[^\"<>]*\"|='[^'<>]*'|=[^\s>\"']+)?)*)\s*>")
_ATTR = re.compile(r"([a-z-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


class BadRequest(Exception):
    def __init__(self, description: str, code: int = 400, retry_after: int | None = None):
        super().__init__(description)
        self.description, self.code, self.retry_after = description, code, retry_after


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """Validate Telegram HTML the way the Bot API does; return the visible text."""
    out, stack, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            if not m or m.group(2) not in ALLOWED_TAGS:
                raise BadRequest(f"Bad Request: can't parse entities: unsupported start tag at byte offset {i}")
            closing, name, attrs = m.group(1), m.group(2), m.group(3)
            if closing:
                if not stack or stack[-1] != name:
                    raise BadRequest(f'Bad Request: can\'t parse entities: can\'t find end tag corresponding to start tag "{stack[-1] if stack else name}"')
                stack.pop()
            else:
                for attr in _ATTR.findall(attrs):
                    if attr[0] not in ALLOWED_TAGS[name]:
                        raise BadRequest(f"Bad Request: can't parse entities: unsupported attribute {attr[0]!r}")
                stack.append(name)
            i = m.end()
        elif ch == "&":
            m = _ENTITY.match(text, i)
            if not m:
                raise BadRequest(f"Bad Request: can't parse entities: character '&' at byte offset {i} must be escaped")
            value = m.group(1)
            out.append({"lt": "<", "gt": ">", "amp": "&", "quot": '"'}.get(value) or chr(int(value[2:], 16) if value.startswith("#x") else int(value[1:])))
            i = m.end()
        elif ch == ">":
            raise BadRequest(f"Bad Request: can't parse entities: character '>' at byte offset {i} must be escaped")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise BadRequest(f'Bad Request: can\'t parse entities: can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


@dataclass
class Call:
    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)


@dataclass
class Fault:
    method: str
    code: int
    description: str
    retry_after: int | None
    remaining: int


class FakeBotAPI:
    def __init__(self, token: str = TOKEN, max_sends_per_second: float | None = None):
        self.token = token
        self.max_sends_per_second = max_sends_per_second  # like Telegram's flood limit: 429 beyond it
        self._send_times: list[float] = []
        self._flood_lock = threading.Lock()
        self.calls: list[Call] = []  # every request, including the rejected ones
        self.delivered: dict[str, int] = {}  # chat -> sendMessage calls that succeeded
        self.rejected: list[tuple[str, dict, str]] = []
        self.updates: list[dict] = []
        self.blocked_chats: set[int] = set()
        self.faults: list[Fault] = []
        self.delays: dict[str, float] = {}  # method -> seconds before it is answered (in-flight tests)
        self.webhook: dict = {}
        self.files: dict[str, bytes] = {}
        self.polls: dict[str, dict] = {}
        self.pending_callbacks: set[str] = set()
        self.messages: dict[tuple[int, int], dict] = {}
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._confirmed_offset = 0
        self._cond = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        api = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                api._handle(self)

            do_GET = do_POST

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._cond.notify_all()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    # -- test controls -----------------------------------------------------------------------
    def inject(self, method: str, code: int, description: str, retry_after: int | None = None, times: int = 1) -> None:
        self.faults.append(Fault(method, code, description, retry_after, times))

    def push(self, update: dict) -> int:
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            if "callback_query" in update:
                self.pending_callbacks.add(update["callback_query"]["id"])
            self.updates.append(update)
            self._cond.notify_all()
            return update["update_id"]

    def user(self, user_id: int = 1001, lang: str = "en", name: str = "Aigerim") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": lang}

    def send_text(self, text: str, user_id: int = 1001, lang: str = "en", chat: dict | None = None, reply_to: dict | None = None) -> int:
        """A user's message (private chat unless `chat` is given)."""
        chat = chat or {"id": user_id, "type": "private", "first_name": "Aigerim"}
        message = {"message_id": next(self._ids), "date": int(time.time()), "chat": chat, "from": self.user(user_id, lang), "text": text}
        command = re.match(r"/[A-Za-z0-9_]+(@\w+)?", text)
        if command:
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))}]
        mention = re.search(r"@\w+", text)
        if mention and not command:
            message["entities"] = [{"type": "mention", "offset": utf16_len(text[: mention.start()]), "length": utf16_len(mention.group(0))}]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        self.messages[(chat["id"], message["message_id"])] = message
        return self.push({"message": message})

    def press(self, message: dict, data: str, user_id: int = 1001, lang: str = "en") -> str:
        query_id = str(next(self._ids) + 10**9)
        self.push({"callback_query": {"id": query_id, "from": self.user(user_id, lang), "message": message, "chat_instance": "ci", "data": data}})
        return query_id

    def answer_poll(self, poll_id: str, option: int, user_id: int = 1001, lang: str = "en", name: str = "Aigerim") -> int:
        poll = self.polls[poll_id]
        return self.push({"poll_answer": {"poll_id": poll_id, "user": self.user(user_id, lang, name), "option_ids": [option],
                                           "option_persistent_ids": [poll["options"][option]["persistent_id"]]}})

    def inline(self, query: str, user_id: int = 1001, lang: str = "en") -> str:
        query_id = str(next(self._ids) + 2 * 10**9)
        self.push({"inline_query": {"id": query_id, "from": self.user(user_id, lang), "query": query, "offset": ""}})
        return query_id

    def sent(self, method: str | None = None, chat_id: int | None = None) -> list[Call]:
        return [c for c in list(self.calls) if (method is None or c.method == method)
                and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    def wait_for(self, predicate, timeout: float = 15.0):
        """Wait until `predicate()` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError(f"timed out waiting; calls so far: {[c.method for c in self.calls]}; rejected: {self.rejected}")

    def wait_calls(self, method: str, count: int = 1, chat_id: int | None = None, timeout: float = 15.0) -> list[Call]:
        """Block (a subprocess bot runs meanwhile) until `count` calls of `method` arrived."""
        return self.wait_for(lambda: self._enough(method, count, chat_id), timeout)

    async def calls_of(self, method: str, count: int = 1, chat_id: int | None = None, timeout: float = 15.0) -> list[Call]:
        """The same for a bot running in this event loop: waits without blocking it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self._enough(method, count, chat_id)
            if found:
                return found
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out waiting for {count} {method}; calls: {[c.method for c in self.calls]}; rejected: {self.rejected}")

    def _enough(self, method: str, count: int, chat_id: int | None) -> list[Call] | None:
        found = self.sent(method, chat_id)
        return found if len(found) >= count else None

    def all_updates_confirmed(self) -> bool:
        return self._confirmed_offset > (self.updates[-1]["update_id"] if self.updates else 0)

    # -- HTTP ------------------------------------------------------------------------------------
    def stats(self) -> dict:
        """Counts, for a fake running in another process (GET /_stats)."""
        chats = dict(self.delivered)
        return {"sendMessage": sum(chats.values()), "chats": len(chats), "max_per_chat": max(chats.values(), default=0),
                "http_429": sum(1 for _, _, d in self.rejected if "Too Many" in d),
                "rejected": [d for _, _, d in self.rejected if "Too Many" not in d][:20]}

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        if request.path == "/_stats":
            return self._reply(request, 200, self.stats())
        m = re.fullmatch(r"/bot([^/]+)/(\w+)", request.path.split("?")[0])
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if not m or m.group(1) != self.token:
            return self._reply(request, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
        method = m.group(2)
        try:
            params = self._params(request.headers.get("Content-Type", ""), body)
            self.calls.append(Call(method, params))
            time.sleep(self.delays.get(method, 0.0))
            result = self._dispatch(method, params)
            if method == "sendMessage":
                chat = str(params.get("chat_id"))
                self.delivered[chat] = self.delivered.get(chat, 0) + 1
            self._reply(request, 200, {"ok": True, "result": result})
        except BadRequest as exc:
            self.rejected.append((method, locals().get("params", {}), exc.description))
            payload = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.retry_after is not None:
                payload["parameters"] = {"retry_after": exc.retry_after}
            self._reply(request, exc.code, payload)

    def _reply(self, request: BaseHTTPRequestHandler, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _params(self, content_type: str, body: bytes) -> dict:
        raw: dict[str, object] = {}
        if content_type.startswith("multipart/form-data"):
            message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                if part.get_filename():
                    raw[name] = {"filename": part.get_filename(), "content": payload}
                else:
                    raw[name] = payload.decode("utf-8")
        elif body:
            raw = {k: v[-1] for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items()}
        params = {}
        for key, value in raw.items():
            if isinstance(value, str) and value[:1] in "[{" :
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            params[key] = value
        return params

    # -- methods ------------------------------------------------------------------------------------
    def _dispatch(self, method: str, p: dict):
        for fault in self.faults:
            if fault.method == method and fault.remaining > 0:
                fault.remaining -= 1
                raise BadRequest(fault.description, fault.code, fault.retry_after)
        if self.max_sends_per_second and method.startswith("send"):
            with self._flood_lock:
                now = time.monotonic()
                self._send_times = [t for t in self._send_times if now - t < 1.0]
                if len(self._send_times) >= self.max_sends_per_second:
                    raise BadRequest("Too Many Requests: retry after 1", 429, retry_after=1)
                self._send_times.append(now)
        chat_id = p.get("chat_id")
        if chat_id is not None and int(chat_id) in self.blocked_chats:
            raise BadRequest("Forbidden: bot was blocked by the user", 403)
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise BadRequest("Not Found: method not found", 400)
        return handler(p)

    def _m_getMe(self, p):
        return BOT_USER

    def _m_getUpdates(self, p):
        offset = int(p.get("offset") or 0)
        timeout = min(float(p.get("timeout") or 0), 2.0)
        deadline = time.monotonic() + timeout
        with self._cond:
            if offset:
                self._confirmed_offset = max(self._confirmed_offset, offset)
            while True:  # confirmed updates are gone for good, as on Telegram's side
                floor = max(offset, self._confirmed_offset)
                pending = [u for u in self.updates if u["update_id"] >= floor]
                remaining = deadline - time.monotonic()
                if pending or remaining <= 0:
                    return pending[: int(p.get("limit") or 100)]
                self._cond.wait(remaining)

    def _m_deleteWebhook(self, p):
        self.webhook = {}
        return True

    def _m_setWebhook(self, p):
        if not str(p.get("url", "")).startswith("https://"):
            raise BadRequest("Bad Request: bad webhook: HTTPS url must be provided for webhook")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise BadRequest("Bad Request: secret token contains unallowed characters")
        self.webhook = dict(p)
        return True

    def _m_getWebhookInfo(self, p):
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    def _m_setMyCommands(self, p):
        commands = p.get("commands") or []
        if not 0 < len(commands) <= 100:
            raise BadRequest("Bad Request: commands must be a non-empty list of at most 100")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", c["command"]) or not 1 <= len(c["description"]) <= 256:
                raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
        return True

    def _m_deleteMyCommands(self, p):
        return True

    def _m_sendChatAction(self, p):
        return True

    def _check_markup(self, markup) -> None:
        if not markup:
            return
        rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
        if rows is None:
            return
        for row in rows:
            for button in row:
                if not button.get("text"):
                    raise BadRequest("Bad Request: text buttons are unallowed in the inline keyboard")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                    raise BadRequest("Bad Request: BUTTON_DATA_INVALID")

    def _check_text(self, text, parse_mode, what="message text") -> str:
        text = text or ""
        visible = parse_html(text) if parse_mode == "HTML" else text
        if not visible.strip():
            raise BadRequest(f"Bad Request: {what} is empty")
        if utf16_len(visible) > 4096:
            raise BadRequest(f"Bad Request: {what} is too long")
        return visible

    def _message(self, p: dict, **content) -> dict:
        chat_id = int(p["chat_id"])
        message = {"message_id": next(self._ids), "date": int(time.time()),
                   "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                   "from": {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}, **content}
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        reply = p.get("reply_parameters")
        if isinstance(reply, dict) and (chat_id, reply.get("message_id")) in self.messages:
            message["reply_to_message"] = self.messages[(chat_id, reply["message_id"])]
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _m_sendMessage(self, p):
        self._check_markup(p.get("reply_markup"))
        visible = self._check_text(p.get("text"), p.get("parse_mode"))
        return self._message(p, text=visible)

    def _m_editMessageText(self, p):
        self._check_markup(p.get("reply_markup"))
        visible = self._check_text(p.get("text"), p.get("parse_mode"))
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            raise BadRequest("Bad Request: message to edit not found")
        self.messages[key] = {**self.messages[key], "text": visible}
        return self.messages[key]

    def _m_editMessageReplyMarkup(self, p):
        self._check_markup(p.get("reply_markup"))
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            raise BadRequest("Bad Request: message to edit not found")
        return self.messages[key]

    def _m_answerCallbackQuery(self, p):
        query_id = str(p.get("callback_query_id"))
        if query_id not in self.pending_callbacks:
            raise BadRequest("Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(p.get("text") or "") > 200:
            raise BadRequest("Bad Request: MESSAGE_TOO_LONG")
        self.pending_callbacks.discard(query_id)
        return True

    def _m_answerInlineQuery(self, p):
        results = p.get("results") or []
        if len(results) > 50:
            raise BadRequest("Bad Request: RESULTS_TOO_MUCH")
        ids = [r["id"] for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise BadRequest("Bad Request: RESULT_ID_INVALID")
        for r in results:
            if not r.get("title"):
                raise BadRequest("Bad Request: RESULT_TITLE_EMPTY")
            content = r.get("input_message_content") or {}
            self._check_text(content.get("message_text"), content.get("parse_mode"))
            self._check_markup(r.get("reply_markup"))
        return True

    def _m_sendPoll(self, p):
        question = p.get("question") or ""
        options = p.get("options") or []
        texts = [o if isinstance(o, str) else o.get("text", "") for o in options]
        if not 1 <= len(question) <= 300:
            raise BadRequest("Bad Request: poll question length must not exceed 300")
        if not 2 <= len(texts) <= 12:
            raise BadRequest("Bad Request: poll must have 2-12 options")
        if any(not 1 <= len(t) <= 100 for t in texts) or len(set(texts)) != len(texts):
            raise BadRequest("Bad Request: poll options must be 1-100 characters and distinct")
        kind = p.get("type", "regular")
        correct = p.get("correct_option_ids")
        if isinstance(correct, str):
            correct = json.loads(correct)
        if kind == "quiz":
            if not correct or any(not 0 <= int(c) < len(texts) for c in correct):
                raise BadRequest("Bad Request: wrong correct option ids")
        explanation = p.get("explanation") or ""
        if len(explanation) > 200 or explanation.count("\n") > 2:
            raise BadRequest("Bad Request: explanation must be at most 200 characters with at most 2 line feeds")
        poll_id = str(next(self._ids) + 5 * 10**9)
        poll = {"id": poll_id, "question": question,
                "options": [{"text": t, "voter_count": 0, "persistent_id": f"o{i}"} for i, t in enumerate(texts)],
                "total_voter_count": 0, "is_closed": False, "is_anonymous": p.get("is_anonymous", True) not in (False, "false", "False"),
                "type": kind, "allows_multiple_answers": False, "allows_revoting": False, "members_only": False}
        if kind == "quiz":
            poll["correct_option_ids"] = [int(c) for c in correct]
            if explanation:
                poll["explanation"] = explanation
        self.polls[poll_id] = poll
        return self._message(p, poll=poll)

    def _m_stopPoll(self, p):
        for poll in self.polls.values():
            poll["is_closed"] = True
        return next(iter(self.polls.values()))

    def _m_sendDocument(self, p):
        document = p.get("document")
        if not isinstance(document, dict):
            raise BadRequest("Bad Request: there is no document in the request")
        if p.get("caption"):
            self._check_text(p.get("caption"), p.get("parse_mode"), "caption")
        file_id = f"file{next(self._ids)}"
        self.files[file_id] = document["content"]
        return self._message(p, document={"file_id": file_id, "file_unique_id": file_id, "file_name": document["filename"]})

    def _m_close(self, p):
        return True

    def _m_logOut(self, p):
        return True


if __name__ == "__main__":  # a standalone fake for benchmarks: python -m tests.fake_bot_api [max sends/s]
    import sys

    api = FakeBotAPI(max_sends_per_second=float(sys.argv[1]) if len(sys.argv) > 1 else None).start()
    print(api.base_url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        api.stop()
