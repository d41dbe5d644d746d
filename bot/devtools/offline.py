"""An in-memory stand-in for the Bot API, so the real Application runs without Telegram.

Used by `python -m bot chat` (the offline console) and by the update-throughput benchmark.
It accepts the methods the bot uses, answers with Bot API shapes, and hands every sent
message to a callback. It checks nothing: the strict fake for tests lives in tests/.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable

from telegram.request import BaseRequest, RequestData

BOT = {
    "id": 100000,
    "is_bot": True,
    "first_name": "Saiasat",
    "username": "saiasat_offline_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
OFFLINE_TOKEN = "100000:offline_console_needs_no_token"


class OfflineBotAPI(BaseRequest):
    def __init__(self, on_send: Callable[[str, dict], None] | None = None):
        self.on_send = on_send or (lambda method, message: None)
        self._ids = itertools.count(1)
        self.calls = 0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float | None:
        return None

    def _message(self, params: dict, **content) -> dict:
        chat_id = int(params.get("chat_id", 0))
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": {k: BOT[k] for k in ("id", "is_bot", "first_name", "username")},
            **content,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message

    def result(self, method: str, params: dict) -> object:
        if method == "getMe":
            return BOT
        if method == "getUpdates":
            return []
        if method in ("sendMessage", "editMessageText"):
            message = self._message(params, text=params.get("text", ""))
            self.on_send(method, message)
            return message
        if method == "sendPoll":
            options = [o if isinstance(o, str) else o.get("text", "") for o in params.get("options", [])]
            poll = {
                "id": f"poll{next(self._ids)}",
                "question": params.get("question", ""),
                "options": [{"text": t, "voter_count": 0, "persistent_id": str(i)} for i, t in enumerate(options)],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": bool(params.get("is_anonymous", True)),
                "type": params.get("type", "regular"),
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
                "correct_option_ids": params.get("correct_option_ids"),
                "explanation": params.get("explanation"),
            }
            message = self._message(params, poll=poll)
            self.on_send(method, message)
            return message
        if method == "sendDocument":
            document = params.get("document")
            name = getattr(document, "filename", None) or "file"
            message = self._message(
                params, document={"file_id": "f", "file_unique_id": "f", "file_name": name}, caption=params.get("caption")
            )
            self.on_send(method, message)
            return message
        if method == "sendPhoto":
            photo = {"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}
            message = self._message(params, photo=[photo], caption=params.get("caption"))
            self.on_send(method, message)
            return message
        if method == "stopPoll":
            return {
                "id": "stopped",
                "question": "?",
                "options": [],
                "total_voter_count": 0,
                "is_closed": True,
                "is_anonymous": False,
                "type": "quiz",
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
            }
        if method == "answerCallbackQuery" and params.get("text"):
            self.on_send(method, {"text": params["text"]})
        return True

    async def do_request(  # type: ignore[override]  # the timeouts mean nothing in memory
        self, url: str, method: str, request_data: RequestData | None = None, **_: object
    ) -> tuple[int, bytes]:
        self.calls += 1
        api_method = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data is not None else {}
        return 200, json.dumps({"ok": True, "result": self.result(api_method, params)}).encode()
