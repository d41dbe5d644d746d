"""`python -m bot chat`: the same bot, in the terminal, with no Telegram and no token.

The real Application and handlers run over `OfflineBotAPI`; what the bot sends is printed as
text. Type a question or a /command; type the number of a button (or of a quiz option) to
press it; an empty line or Ctrl-D quits.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import os
import re
import sys
import time

from telegram import Update

from bot.app import build_application
from bot.devtools.terminal import to_terminal
from bot.offline import OFFLINE_TOKEN, OfflineBotAPI
from bot.settings import DEFAULT_DATABASE_URL, Settings

USER_ID = 1


class Console:
    def __init__(self, lang: str):
        self.lang = lang
        self.buttons: list[tuple[dict, str]] = []  # (message, callback data)
        self.poll: dict | None = None
        self.ids = itertools.count(1)

    def show(self, method: str, message: dict) -> None:
        if method == "answerCallbackQuery":
            print(f"  ({to_terminal(message['text'])})")
            return
        if "poll" in message:
            self.poll = message["poll"]
            print(f"\n❓ {self.poll['question']}")
            for i, option in enumerate(self.poll["options"], 1):
                print(f"   {i}. {option['text']}")
            return
        if "document" in message:
            print(f"\n📎 [file: {message['document']['file_name']}] {message.get('caption') or ''}")
            return
        print("\n" + to_terminal(message.get("text", "")))
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        self.buttons = [(message, b["callback_data"]) for row in rows for b in row if "callback_data" in b]
        labels = [b["text"] for row in rows for b in row if "callback_data" in b]
        for i, label in enumerate(labels, 1):
            print(f"   [{i}] {label}")

    def update_for(self, line: str) -> dict:
        user = {"id": USER_ID, "is_bot": False, "first_name": "You", "language_code": self.lang}
        if line.isdigit() and self.poll is not None and 1 <= int(line) <= len(self.poll["options"]):
            poll, self.poll = self.poll, None
            option = int(line) - 1
            return {"update_id": next(self.ids), "poll_answer": {"poll_id": poll["id"], "user": user, "option_ids": [option],
                                                                 "option_persistent_ids": [poll["options"][option]["persistent_id"]]}}
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            message, data = self.buttons[int(line) - 1]
            return {"update_id": next(self.ids), "callback_query": {"id": str(next(self.ids)), "from": user, "message": message,
                                                                   "chat_instance": "console", "data": data}}
        message = {"message_id": next(self.ids), "date": int(time.time()), "chat": {"id": USER_ID, "type": "private"},
                   "from": user, "text": line}
        command = re.match(r"/\w+", line)
        if command:
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command.group(0))}]
        return {"update_id": next(self.ids), "message": message}


async def _main(lang: str) -> None:
    console = Console(lang)
    settings = Settings(
        telegram_bot_token=OFFLINE_TOKEN,
        database_url=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL),
        flood_messages=1000,
    )
    app = build_application(settings, request=OfflineBotAPI(console.show), updater=False)
    await app.initialize()
    await app.post_init(app)
    print("Saiasat offline console. Ask about the essay, try /help, type a number to press a button. Empty line quits.")
    try:
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, lambda: sys.stdin.readline())
            if not line or not line.strip():
                break
            await app.process_update(Update.de_json(console.update_for(line.strip()), app.bot))
            print()
    finally:
        await app.shutdown()
        await app.post_shutdown(app)


def run_console(lang: str | None = None) -> int:
    asyncio.run(_main(lang or "en"))
    return 0
