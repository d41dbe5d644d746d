"""The fake Bot API's state, its update builders (what users do) and its Bot API methods (`_m_<name>`).

`FakeBotAPI` in `fake_bot_api` adds the HTTP server, the test controls and the dispatcher.

Length: one table of Bot API methods, each a few lines; a reader looks one up by name.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from bot.devtools import updates
from bot.devtools.fake_bot_api_checks import (
    JSON,
    BadRequest,
    as_bool,
    as_int,
    check_commands,
    check_inline_button,
    check_language,
    check_markup,
    check_photo,
    check_poll,
    check_scope,
    check_text,
    member_object,
    utf16_len,
    visible,
)

TOKEN = "123456789:AAF-fake-token-for-tests_0123456789abc"
BOT_USER: JSON = {
    "id": 123456789,
    "is_bot": True,
    "first_name": "Saiasat",
    "username": "saiasat_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}


@dataclass
class Call:
    """One request: the method, its decoded parameters, when it arrived (monotonic), whether it was
    answered yet (`done`: its effects — stored messages, polls, files — are in place)."""

    method: str
    params: JSON
    at: float = field(default_factory=time.monotonic)
    done: bool = False


@dataclass
class Fault:
    """An injected error for the next `remaining` calls of `method`."""

    method: str
    code: int
    description: str
    retry_after: int | None
    remaining: int


class Methods:
    """State, update builders and Bot API methods of the fake (see `FakeBotAPI`)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []  # every request, including the rejected ones
        self.delivered: dict[str, int] = {}  # chat -> sendMessage calls that succeeded
        self.rejected: list[tuple[str, JSON, str]] = []  # (method, params, description)
        self.updates: list[JSON] = []
        self.blocked_chats: set[int] = set()
        self.faults: list[Fault] = []
        self.delays: dict[str, float] = {}  # method -> seconds before it is answered (in-flight tests)
        self.webhook: JSON = {}
        self.files: dict[str, bytes] = {}
        self.polls: dict[str, JSON] = {}  # poll id -> Bot API Poll; `poll(id)` also applies open_period
        self.poll_messages: dict[str, tuple[int, int]] = {}  # poll id -> (chat_id, message_id)
        self.pending_callbacks: set[str] = set()
        self.messages: dict[tuple[int, int], JSON] = {}
        self.photos: list[JSON] = []  # chat_id, bytes, width, height, caption (visible text)
        self.descriptions: dict[str, str] = {}  # language code ("" for all) -> description
        self.short_descriptions: dict[str, str] = {}
        self.commands_by_scope: dict[tuple[str, int | None, str], list[JSON]] = {}  # (scope, chat, lang)
        self.admins: dict[int, set[int]] = {}  # group -> administrators (set_admins)
        self.owners: dict[int, int] = {}
        self.inline_answers: list[JSON] = []  # inline_query_id, results, is_personal, cache_time, button
        self._accepted: dict[int, list[float]] = {}
        self._poll_deadlines: dict[str, float] = {}  # poll id -> wall-clock close time
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self.builder = updates.UpdateBuilder()
        self.builder.ids = self._ids  # one sequence of message ids for the users' and the bot's messages
        self._confirmed_offset = 0
        self._cond = threading.Condition()

    # -- what users do ----------------------------------------------------------------------------------
    def push(self, update: JSON) -> int:
        """Queue an update for getUpdates; return its update_id."""
        with self._cond:
            update = {"update_id": next(self._update_ids), **update}
            if "callback_query" in update:
                self.pending_callbacks.add(update["callback_query"]["id"])
            self.updates.append(update)
            self._cond.notify_all()
            return int(update["update_id"])

    def user(self, user_id: int = 1001, lang: str = "en", name: str = "Aigerim") -> JSON:
        """A Bot API User."""
        return updates.user(user_id, lang, name)

    @staticmethod
    def chat(chat_id: int, name: str = "Aigerim") -> JSON:
        """A Bot API Chat: private for a positive id, a supergroup for a negative one."""
        return updates.chat(chat_id, name)

    def send_text(
        self, text: str, user_id: int = 1001, lang: str = "en", chat: JSON | int | None = None, reply_to: JSON | None = None
    ) -> int:
        """A user's message (private chat unless `chat`, a Chat object or a group's id, is given)."""
        chat_id = chat if isinstance(chat, int) else (chat or {}).get("id")
        update = self.builder.message(text, user_id, lang, chat_id, reply_to)
        if isinstance(chat, dict):
            update["message"]["chat"] = chat
        message = update["message"]
        self.messages[(message["chat"]["id"], message["message_id"])] = message
        return self.push({"message": message})

    def press(self, message: JSON | None, data: str, user_id: int = 1001, lang: str = "en") -> str:
        """A user presses an inline button of `message` (private or group; None: an inline message)."""
        query = self.builder.callback(message, data, user_id, lang)["callback_query"]
        self.push({"callback_query": query})
        return str(query["id"])

    def answer_poll(self, poll_id: str, option: int, user_id: int = 1001, lang: str = "en", name: str = "Aigerim") -> int:
        """A user answers a (non-anonymous) poll the bot sent."""
        persistent = self.polls[poll_id]["options"][option]["persistent_id"]
        update = self.builder.poll_answer(poll_id, option, persistent, user_id, lang, name)
        return self.push({"poll_answer": update["poll_answer"]})

    def inline(self, query: str, user_id: int = 1001, lang: str = "en") -> str:
        """A user types an inline query; return its id."""
        update = self.builder.inline(query, user_id, lang)
        self.push({"inline_query": update["inline_query"]})
        return str(update["inline_query"]["id"])

    def my_chat_member(
        self, chat_id: int, user_id: int = 1001, status: str = "kicked", old_status: str | None = None, lang: str = "en"
    ) -> int:
        """The bot's status in a chat changed: "kicked" in a private chat is a block, "member" an unblock.

        A private chat's block/unblock also updates `blocked_chats`, so later sends get 403 as on Telegram.
        """
        if old_status is None:
            gone = status in ("kicked", "left")
            old_status = "member" if gone else "kicked" if chat_id > 0 else "left"
        if chat_id > 0 and status == "kicked":
            self.blocked_chats.add(chat_id)
        elif chat_id > 0:
            self.blocked_chats.discard(chat_id)
        bot = {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}
        return self.push(
            {
                "my_chat_member": {
                    "chat": self.chat(chat_id),
                    "from": self.user(user_id, lang),
                    "date": int(time.time()),
                    "old_chat_member": member_object(bot, old_status),
                    "new_chat_member": member_object(bot, status),
                }
            }
        )

    def poll(self, poll_id: str, now: float | None = None) -> JSON:
        """A poll as Telegram reports it at `now` (default: now): closed once its open_period/close_date passed."""
        poll = self.polls[poll_id]
        deadline = self._poll_deadlines.get(poll_id)
        if deadline is not None and (time.time() if now is None else now) >= deadline:
            poll["is_closed"] = True
        return poll

    # -- Bot API methods -------------------------------------------------------------------------------
    def _m_getMe(self, p: JSON) -> JSON:
        return BOT_USER

    def _m_getUpdates(self, p: JSON) -> list[JSON]:
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

    def _m_deleteWebhook(self, p: JSON) -> bool:
        self.webhook = {}
        return True

    def _m_setWebhook(self, p: JSON) -> bool:
        if not str(p.get("url", "")).startswith("https://"):
            raise BadRequest("Bad Request: bad webhook: HTTPS url must be provided for webhook")
        secret = p.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise BadRequest("Bad Request: secret token contains unallowed characters")
        self.webhook = dict(p)
        return True

    def _m_getWebhookInfo(self, p: JSON) -> JSON:
        return {"url": self.webhook.get("url", ""), "has_custom_certificate": False, "pending_update_count": 0}

    def _scope_key(self, p: JSON) -> tuple[str, int | None, str]:
        kind, chat = check_scope(p.get("scope"))
        return kind, chat, check_language(p.get("language_code"))

    def _m_setMyCommands(self, p: JSON) -> bool:
        commands = check_commands(p.get("commands"))
        self.commands_by_scope[self._scope_key(p)] = commands
        return True

    def _m_deleteMyCommands(self, p: JSON) -> bool:
        self.commands_by_scope.pop(self._scope_key(p), None)
        return True

    def _m_getMyCommands(self, p: JSON) -> list[JSON]:
        return self.commands_by_scope.get(self._scope_key(p), [])

    def _set_description(self, p: JSON, field_name: str, store: dict[str, str], limit: int) -> bool:
        lang = check_language(p.get("language_code"))
        text = str(p.get(field_name) or "")
        if utf16_len(text) > limit:
            raise BadRequest(f"Bad Request: {field_name.replace('_', ' ')} is too long")
        if text:
            store[lang] = text
        else:
            store.pop(lang, None)
        return True

    def _m_setMyDescription(self, p: JSON) -> bool:
        return self._set_description(p, "description", self.descriptions, 512)

    def _m_setMyShortDescription(self, p: JSON) -> bool:
        return self._set_description(p, "short_description", self.short_descriptions, 120)

    def _m_getMyDescription(self, p: JSON) -> JSON:
        return {"description": self.descriptions.get(check_language(p.get("language_code")), "")}

    def _m_getMyShortDescription(self, p: JSON) -> JSON:
        return {"short_description": self.short_descriptions.get(check_language(p.get("language_code")), "")}

    def _member_user(self, user_id: int) -> JSON:
        if user_id == BOT_USER["id"]:
            return {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}
        return {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"}

    def _m_getChatAdministrators(self, p: JSON) -> list[JSON]:
        chat = as_int(p["chat_id"], "chat_id")
        if chat > 0:
            raise BadRequest("Bad Request: there are no administrators in the private chat")
        owner = self.owners.get(chat)
        return [
            member_object(self._member_user(u), "creator" if u == owner else "administrator")
            for u in sorted(self.admins.get(chat, set()))
        ]

    def _m_getChatMember(self, p: JSON) -> JSON:
        chat, user = as_int(p["chat_id"], "chat_id"), as_int(p["user_id"], "user_id")
        status = (
            "creator" if self.owners.get(chat) == user else "administrator" if user in self.admins.get(chat, set()) else "member"
        )
        return member_object(self._member_user(user), status)

    def _m_sendChatAction(self, p: JSON) -> bool:
        return True

    def _message(self, p: JSON, **content: Any) -> JSON:
        chat_id = int(p["chat_id"])
        message: JSON = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")},
            **content,
        }
        if p.get("reply_markup"):
            message["reply_markup"] = p["reply_markup"]
        reply = p.get("reply_parameters")
        if isinstance(reply, dict) and (chat_id, reply.get("message_id")) in self.messages:
            message["reply_to_message"] = self.messages[(chat_id, reply["message_id"])]
        self.messages[(chat_id, message["message_id"])] = message
        return message

    def _m_sendMessage(self, p: JSON) -> JSON:
        check_markup(p.get("reply_markup"))
        return self._message(p, text=check_text(p.get("text"), p.get("parse_mode")))

    def _edited(self, p: JSON) -> tuple[int, int]:
        check_markup(p.get("reply_markup"))
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            raise BadRequest("Bad Request: message to edit not found")
        return key

    def _m_editMessageText(self, p: JSON) -> JSON:
        shown = check_text(p.get("text"), p.get("parse_mode"))
        key = self._edited(p)
        self.messages[key] = {**self.messages[key], "text": shown}
        return self.messages[key]

    def _m_editMessageReplyMarkup(self, p: JSON) -> JSON:
        return self.messages[self._edited(p)]

    def _m_answerCallbackQuery(self, p: JSON) -> bool:
        query_id = str(p.get("callback_query_id"))
        if query_id not in self.pending_callbacks:
            raise BadRequest("Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(p.get("text") or "") > 200:
            raise BadRequest("Bad Request: MESSAGE_TOO_LONG")
        self.pending_callbacks.discard(query_id)
        return True

    def _m_answerInlineQuery(self, p: JSON) -> bool:
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
            check_text(content.get("message_text"), content.get("parse_mode"))
            check_markup(r.get("reply_markup"))
        button = check_inline_button(p.get("button"))
        cache_time = None if p.get("cache_time") is None else as_int(p["cache_time"], "cache_time")
        if cache_time is not None and cache_time < 0:
            raise BadRequest("Bad Request: cache_time is invalid")
        self.inline_answers.append(
            {
                "inline_query_id": str(p.get("inline_query_id")),
                "results": results,
                "is_personal": as_bool(p.get("is_personal")),
                "cache_time": cache_time,
                "button": button,
                "next_offset": p.get("next_offset"),
            }
        )
        return True

    def _m_sendPoll(self, p: JSON) -> JSON:
        now = time.time()
        spec = check_poll(p, now)
        poll_id = str(next(self._ids) + 5 * 10**9)
        poll: JSON = {
            "id": poll_id,
            "question": spec["question"],
            "options": [{"text": t, "voter_count": 0, "persistent_id": f"o{i}"} for i, t in enumerate(spec["options"])],
            "total_voter_count": 0,
            "is_closed": False,
            "is_anonymous": as_bool(p.get("is_anonymous"), True),
            "type": spec["type"],
            "allows_multiple_answers": as_bool(p.get("allows_multiple_answers")),
            "allows_revoting": False,
            "members_only": False,
        }
        if spec["type"] == "quiz":
            poll["correct_option_ids"] = spec["correct_option_ids"]
            if spec["explanation"]:
                poll["explanation"] = spec["explanation"]
        if spec["open_period"] is not None:
            poll["open_period"] = spec["open_period"]
            poll["close_date"] = int(now + spec["open_period"])
            self._poll_deadlines[poll_id] = now + spec["open_period"]
        elif spec["close_date"] is not None:
            poll["close_date"] = spec["close_date"]
            self._poll_deadlines[poll_id] = float(spec["close_date"])
        check_markup(p.get("reply_markup"))
        self.polls[poll_id] = poll
        message = self._message(p, poll=poll)
        self.poll_messages[poll_id] = (int(p["chat_id"]), int(message["message_id"]))
        return message

    def _m_stopPoll(self, p: JSON) -> JSON:
        where = (as_int(p["chat_id"], "chat_id"), as_int(p["message_id"], "message_id"))
        poll_id = next((pid for pid, at in self.poll_messages.items() if at == where), None)
        if poll_id is None:
            raise BadRequest("Bad Request: message with poll to stop not found")
        check_markup(p.get("reply_markup"))
        poll = self.poll(poll_id)
        if poll["is_closed"]:
            raise BadRequest("Bad Request: poll has already been closed")
        poll["is_closed"] = True
        return poll

    def _m_sendDocument(self, p: JSON) -> JSON:
        document = p.get("document")
        if not isinstance(document, dict):
            raise BadRequest("Bad Request: there is no document in the request")
        if p.get("caption"):
            check_text(p.get("caption"), p.get("parse_mode"), "caption")
        file_id = f"file{next(self._ids)}"
        self.files[file_id] = document["content"]
        return self._message(p, document={"file_id": file_id, "file_unique_id": file_id, "file_name": document["filename"]})

    def _m_sendPhoto(self, p: JSON) -> JSON:
        photo = p.get("photo")
        if isinstance(photo, dict):
            content = photo["content"]
        elif isinstance(photo, str) and photo in self.files:
            content = self.files[photo]
        else:
            raise BadRequest("Bad Request: there is no photo in the request")
        width, height = check_photo(content)
        caption = visible(p.get("caption"), p.get("parse_mode"))
        if utf16_len(caption) > 1024:
            raise BadRequest("Bad Request: message caption is too long")
        check_markup(p.get("reply_markup"))
        file_id = f"photo{next(self._ids)}"
        self.files[file_id] = content
        self.photos.append({"chat_id": int(p["chat_id"]), "bytes": content, "width": width, "height": height, "caption": caption})
        size = {"file_id": file_id, "file_unique_id": file_id, "width": width, "height": height, "file_size": len(content)}
        return self._message(p, photo=[size], **({"caption": caption} if caption else {}))

    def _m_close(self, p: JSON) -> bool:
        return True

    def _m_logOut(self, p: JSON) -> bool:
        return True
