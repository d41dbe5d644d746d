"""Bot API updates as Telegram sends them, built in one place for the offline console, the
benchmarks, the fake Bot API and the tests."""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

JSON = dict[str, Any]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def user(user_id: int = 1001, lang: str = "en", name: str = "Aigerim") -> JSON:
    return {"id": user_id, "is_bot": False, "first_name": name, "language_code": lang}


def chat(chat_id: int, name: str = "Aigerim") -> JSON:
    """A private chat for a positive id, a supergroup for a negative one."""
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": name}
    return {"id": chat_id, "type": "supergroup", "title": "Study group"}


class UpdateBuilder:
    def __init__(self, first_update_id: int = 1, first_message_id: int = 1):
        self.update_ids = itertools.count(first_update_id)
        self.ids = itertools.count(first_message_id)

    def update(self, **content: Any) -> JSON:
        return {"update_id": next(self.update_ids), **content}

    def message(
        self,
        text: str,
        user_id: int = 1001,
        lang: str = "en",
        chat_id: int | None = None,
        reply_to: JSON | None = None,
        name: str = "Aigerim",
    ) -> JSON:
        """A user's text message (private chat unless `chat_id` is a group's); commands and
        mentions carry their entities."""
        message: JSON = {
            "message_id": next(self.ids),
            "date": int(time.time()),
            "chat": chat(user_id if chat_id is None else chat_id, name),
            "from": user(user_id, lang, name),
            "text": text,
        }
        command = re.match(r"/[A-Za-z0-9_]+(@\w+)?", text)
        if command:
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))}]
        mention = re.search(r"@\w+", text)
        if mention and not command:
            message["entities"] = [
                {"type": "mention", "offset": utf16_len(text[: mention.start()]), "length": utf16_len(mention.group(0))}
            ]
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return self.update(message=message)

    def callback(self, message: JSON | None, data: str, user_id: int = 1001, lang: str = "en") -> JSON:
        """A press on an inline button of `message` (None: of an inline message)."""
        query: JSON = {"id": str(next(self.ids) + 10**9), "from": user(user_id, lang), "data": data}
        if message is None:
            query.update(inline_message_id=f"inline{query['id']}", chat_instance="ci-inline")
        else:
            chat_id = message.get("chat", {}).get("id")
            query.update(message=message, chat_instance="ci" if chat_id == user_id else f"ci{chat_id}")
        return self.update(callback_query=query)

    def poll_answer(
        self, poll_id: str, option: int, persistent_id: str, user_id: int = 1001, lang: str = "en", name: str = "Aigerim"
    ) -> JSON:
        return self.update(
            poll_answer={
                "poll_id": poll_id,
                "user": user(user_id, lang, name),
                "option_ids": [option],
                "option_persistent_ids": [persistent_id],
            }
        )

    def inline(self, query: str, user_id: int = 1001, lang: str = "en") -> JSON:
        return self.update(
            inline_query={"id": str(next(self.ids) + 2 * 10**9), "from": user(user_id, lang), "query": query, "offset": ""}
        )
