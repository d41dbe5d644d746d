"""Validation for the fake Bot API (Telegram HTML, texts, keyboards, polls, photos, commands, flood
limits) and the ChatMember shapes it answers with.

Every check raises `BadRequest` with the description Telegram would send (or a close paraphrase
where Telegram's exact wording is unknown); the caller turns it into an error response.

Length: a flat list of Telegram's rules, one short function each.
"""

from __future__ import annotations

import json
import math
import re
import struct
import threading
from collections import deque
from typing import Any

JSON = dict[str, Any]

ALLOWED_TAGS: dict[str, set[str]] = {
    "b": set(),
    "strong": set(),
    "i": set(),
    "em": set(),
    "u": set(),
    "ins": set(),
    "s": set(),
    "strike": set(),
    "del": set(),
    "tg-spoiler": set(),
    "span": {"class"},
    "a": {"href"},
    "code": {"class"},
    "pre": set(),
    "blockquote": {"expandable"},
    "tg-emoji": {"emoji-id"},
}
_TAG = re.compile(r"<(/?)([a-z-]+)((?:\s+[a-z-]+(?:=\"[^\"<>]*\"|='[^'<>]*'|=[^\s>\"']+)?)*)\s*>")
_ATTR = re.compile(r"([a-z-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>]+))?")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}

SCOPE_TYPES = {
    "default",
    "all_private_chats",
    "all_group_chats",
    "all_chat_administrators",
    "chat",
    "chat_administrators",
    "chat_member",
}
MAX_PHOTO_BYTES = 10 * 1024 * 1024
ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)
MEMBER_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
)


class BadRequest(Exception):
    """An error answer: `description`, HTTP/`error_code` `code`, optional `retry_after` seconds."""

    def __init__(self, description: str, code: int = 400, retry_after: int | None = None):
        super().__init__(description)
        self.description, self.code, self.retry_after = description, code, retry_after


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit Telegram counts in."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """Validate Telegram HTML the way the Bot API does; return the visible text."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            m = _TAG.match(text, i)
            if not m or m.group(2) not in ALLOWED_TAGS:
                raise BadRequest(f"Bad Request: can't parse entities: unsupported start tag at byte offset {i}")
            closing, name, attrs = m.group(1), m.group(2), m.group(3)
            if closing:
                if not stack or stack[-1] != name:
                    raise BadRequest(
                        "Bad Request: can't parse entities: can't find end tag corresponding to start tag "
                        f'"{stack[-1] if stack else name}"'
                    )
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
            numeric = int("0" + value[1:], 0) if value.startswith("#x") else int(value[1:]) if value.startswith("#") else 0
            out.append(_NAMED.get(value) or chr(numeric))
            i = m.end()
        elif ch == ">":
            raise BadRequest(f"Bad Request: can't parse entities: character '>' at byte offset {i} must be escaped")
        else:
            out.append(ch)
            i += 1
    if stack:
        raise BadRequest(f"Bad Request: can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\"")
    return "".join(out)


def visible(text: object, parse_mode: object) -> str:
    """The text a user sees: parsed as HTML when `parse_mode` is "HTML", else as is."""
    raw = "" if text is None else str(text)
    return parse_html(raw) if parse_mode == "HTML" else raw


def check_text(text: object, parse_mode: object, what: str = "message text", limit: int = 4096) -> str:
    """A non-empty text of at most `limit` visible characters; return the visible text."""
    shown = visible(text, parse_mode)
    if not shown.strip():
        raise BadRequest(f"Bad Request: {what} is empty")
    if utf16_len(shown) > limit:
        raise BadRequest(f"Bad Request: {what} is too long")
    return shown


def check_markup(markup: object) -> None:
    """Inline keyboards: every button has a text; callback data is 1–64 bytes."""
    rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
    for row in rows or []:
        for button in row:
            if not button.get("text"):
                raise BadRequest("Bad Request: text buttons are unallowed in the inline keyboard")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                raise BadRequest("Bad Request: BUTTON_DATA_INVALID")


def as_bool(value: object, default: bool = False) -> bool:
    """A form value ("true"/"false", JSON-encoded by PTB) as a bool."""
    if value is None:
        return default
    return value not in (False, "false", "False", "0", 0)


def as_int(value: object, name: str) -> int:
    """A form value as an int, or 400 "<name> is invalid"."""
    try:
        return int(str(value))
    except ValueError:
        raise BadRequest(f"Bad Request: {name} is invalid") from None


def check_poll(p: JSON, now: float) -> JSON:
    """Validate sendPoll parameters; return the visible question/options/explanation and timing."""
    question = visible(p.get("question"), p.get("question_parse_mode"))
    if not 1 <= utf16_len(question) <= 300:
        raise BadRequest("Bad Request: poll question length must not exceed 300")
    options = p.get("options") or []
    if isinstance(options, str):
        options = json.loads(options)
    texts = [visible(o, None) if isinstance(o, str) else visible(o.get("text"), o.get("text_parse_mode")) for o in options]
    if not 2 <= len(texts) <= 12:
        raise BadRequest("Bad Request: poll must have 2-12 options")
    if any(not 1 <= utf16_len(t) <= 100 for t in texts) or len(set(texts)) != len(texts):
        raise BadRequest("Bad Request: poll options must be 1-100 characters and distinct")
    kind = p.get("type") or "regular"
    correct = p.get("correct_option_ids")
    if correct is None and p.get("correct_option_id") is not None:
        correct = [p["correct_option_id"]]
    if isinstance(correct, str):
        correct = json.loads(correct)
    if kind == "quiz" and (not correct or any(not 0 <= int(c) < len(texts) for c in correct)):
        raise BadRequest("Bad Request: wrong correct option ids")
    explanation = visible(p.get("explanation"), p.get("explanation_parse_mode"))
    if utf16_len(explanation) > 200 or explanation.count("\n") > 2:
        raise BadRequest("Bad Request: explanation must be at most 200 characters with at most 2 line feeds")
    open_period = p.get("open_period")
    close_date = p.get("close_date")
    if open_period is not None and close_date is not None:
        raise BadRequest("Bad Request: open_period and close_date can't be used together")
    if open_period is not None and not 5 <= as_int(open_period, "open_period") <= 600:
        raise BadRequest("Bad Request: open_period must be between 5 and 600 seconds")
    if close_date is not None and not 4 <= as_int(close_date, "close_date") - now <= 601:
        raise BadRequest("Bad Request: close_date must be 5-600 seconds in the future")
    return {
        "question": question,
        "options": texts,
        "type": kind,
        "explanation": explanation,
        "correct_option_ids": [int(c) for c in correct] if kind == "quiz" and correct else None,
        "open_period": None if open_period is None else int(str(open_period)),
        "close_date": None if close_date is None else int(str(close_date)),
    }


def image_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG (from IHDR) or JPEG (from its SOF marker); 400 for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                break
            marker = data[i + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
                i += 1 if marker == 0xFF else 2
                continue
            (length,) = struct.unpack(">H", data[i + 2 : i + 4])
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(width), int(height)
            i += 2 + length
    raise BadRequest("Bad Request: IMAGE_PROCESS_FAILED")


def check_photo(data: bytes) -> tuple[int, int]:
    """A PNG or JPEG of at most 10 MB, width + height ≤ 10000, sides' ratio ≤ 20; return its size."""
    if len(data) > MAX_PHOTO_BYTES:
        raise BadRequest("Bad Request: file is too big")
    width, height = image_size(data)
    if min(width, height) <= 0 or width + height > 10000 or max(width, height) / min(width, height) > 20:
        raise BadRequest("Bad Request: PHOTO_INVALID_DIMENSIONS")
    return width, height


def check_commands(commands: object) -> list[JSON]:
    """1–100 commands, each `[a-z0-9_]{1,32}` with a description of 1–256 characters."""
    if isinstance(commands, str):
        commands = json.loads(commands)
    if not isinstance(commands, list) or not 0 < len(commands) <= 100:
        raise BadRequest("Bad Request: commands must be a non-empty list of at most 100")
    for c in commands:
        if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command"))) or not 1 <= len(str(c.get("description") or "")) <= 256:
            raise BadRequest("Bad Request: BOT_COMMAND_INVALID")
    return commands


def check_scope(scope: object) -> tuple[str, int | None]:
    """A BotCommandScope object (absent: default); return (type, chat_id or None)."""
    if scope is None or scope == "":
        return "default", None
    if not isinstance(scope, dict) or scope.get("type") not in SCOPE_TYPES:
        raise BadRequest("Bad Request: can't parse BotCommandScope: unsupported type specified")
    kind = str(scope["type"])
    if kind not in ("chat", "chat_administrators", "chat_member"):
        return kind, None
    if scope.get("chat_id") is None:
        raise BadRequest("Bad Request: chat_id is empty")
    if kind == "chat_member" and scope.get("user_id") is None:
        raise BadRequest("Bad Request: user_id is empty")
    return kind, as_int(scope["chat_id"], "chat_id")


def check_language(code: object) -> str:
    """An empty language code or a two-letter ISO 639-1 one."""
    value = "" if code is None else str(code)
    if value and not re.fullmatch(r"[a-z]{2}", value):
        raise BadRequest("Bad Request: LANG_CODE_INVALID")
    return value


def check_inline_button(button: object) -> JSON | None:
    """An InlineQueryResultsButton: a text and exactly one of web_app / start_parameter."""
    if button is None or button == "":
        return None
    if not isinstance(button, dict) or not button.get("text"):
        raise BadRequest("Bad Request: BUTTON_TEXT_INVALID")
    has_web_app, start = button.get("web_app") is not None, button.get("start_parameter")
    if has_web_app == (start is not None):
        raise BadRequest("Bad Request: BUTTON_TYPE_INVALID")
    if start is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(start)):
        raise BadRequest("Bad Request: START_PARAM_INVALID")
    return button


def member_object(user: JSON, status: str) -> JSON:
    """A ChatMember of the given status ("creator", "administrator", "member", "restricted", "left",
    "kicked") in the Bot API shape python-telegram-bot 22.8 parses (every required field present)."""
    base: JSON = {"status": status, "user": user}
    if status == "creator":
        return {**base, "is_anonymous": False}
    if status == "administrator":
        return {
            **base,
            "can_be_edited": False,
            "is_anonymous": False,
            **{right: right != "can_promote_members" for right in ADMIN_RIGHTS},
        }
    if status == "restricted":
        return {**base, "is_member": True, "until_date": 0, **dict.fromkeys(MEMBER_RIGHTS, False)}
    if status == "kicked":
        return {**base, "until_date": 0}
    if status in ("member", "left"):
        return base
    raise ValueError(f"unknown chat member status {status!r}")


class SendLimits:
    """Telegram's flood limits on sends, as rolling windows of accepted send times.

    Overall: `overall_per_second` per second; a private chat (positive id): `per_chat_per_second`
    per second; a group (negative id): `per_group_per_minute` per 60 seconds.
    """

    def __init__(self, overall_per_second: int = 30, per_chat_per_second: int = 1, per_group_per_minute: int = 20):
        self.overall_per_second = overall_per_second
        self.per_chat_per_second = per_chat_per_second
        self.per_group_per_minute = per_group_per_minute
        self.rejected: dict[str, int] = {"overall": 0, "chat": 0, "group": 0}
        self._overall: deque[float] = deque()
        self._chats: dict[int, deque[float]] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _retry(times: deque[float], limit: int, window: float, now: float) -> int | None:
        """Seconds until `times` (pruned to the window) has room for one more, or None if it has."""
        while times and now - times[0] >= window:
            times.popleft()
        if len(times) < limit:
            return None
        return max(1, math.ceil(times[len(times) - limit] + window - now))

    def reserve(self, chat_id: int | None, now: float) -> None:
        """Count one send at `now`, or raise a 429 with the whole seconds until the window frees."""
        with self._lock:
            checks: list[tuple[str, deque[float], int, float]] = []
            if chat_id is not None:
                group = chat_id < 0
                times = self._chats.setdefault(chat_id, deque())
                checks.append(
                    ("group", times, self.per_group_per_minute, 60.0) if group else ("chat", times, self.per_chat_per_second, 1.0)
                )
            checks.append(("overall", self._overall, self.overall_per_second, 1.0))
            for kind, times, limit, window in checks:
                retry = self._retry(times, limit, window, now)
                if retry is not None:
                    self.rejected[kind] += 1
                    raise BadRequest(f"Too Many Requests: retry after {retry}", 429, retry_after=retry)
            for _, times, _, _ in checks:
                times.append(now)

    def release(self, chat_id: int | None, at: float) -> None:
        """Undo `reserve(chat_id, at)` for a send that failed for another reason."""
        with self._lock:
            for times in (self._overall, self._chats.get(chat_id) if chat_id is not None else None):
                if times is not None and at in times:
                    times.remove(at)
