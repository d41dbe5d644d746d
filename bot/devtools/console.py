"""`python -m bot chat`: the same bot, in the terminal, with no Telegram and no token.

The real Application and handlers run over `OfflineBotAPI`; what the bot sends is printed as
text. Type a question or a /command; type the number of a button (or of a quiz option) to
press it; an empty line or Ctrl-D quits. A quiz answer is marked right or wrong at once, with
the explanation, as Telegram shows it under a quiz poll.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from bot.app import build_application
from bot.devtools.offline import OFFLINE_TOKEN, OfflineBotAPI
from bot.devtools.terminal import to_terminal
from bot.devtools.updates import UpdateBuilder
from bot.runtime.lifecycle import feed, idle, running
from bot.settings import DEFAULT_DATABASE_URL, Settings
from knowledge.kb import default_kb_kept

USER_ID = 1


class Console:
    def __init__(self, lang: str):
        self.lang = lang
        self.buttons: list[tuple[dict[str, Any], str]] = []  # (message, callback data)
        self.poll: dict[str, Any] | None = None
        # update ids go on from the last session's: the inbox (on the same database) takes an id it
        # has seen for a duplicate delivery, and a second session's first messages went unanswered
        self.updates = UpdateBuilder(first_update_id=time.time_ns() // 1_000_000)

    def show(self, method: str, message: dict[str, Any]) -> None:
        if method == "answerCallbackQuery":
            print(f"  ({to_terminal(message['text'])})")
            return
        if "poll" in message:
            self.poll = message["poll"]
            print(f"\n❓ {to_terminal(self.poll['question'])}")
            for i, option in enumerate(self.poll["options"], 1):
                print(f"   {i}. {to_terminal(option['text'])}")
            return
        if "document" in message or "photo" in message:
            name = message["document"]["file_name"] if "document" in message else "picture"
            print(f"\n📎 [{name}] {to_terminal(message.get('caption') or '')}")
            return
        print("\n" + to_terminal(message.get("text", "")))
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        self.buttons = [(message, b["callback_data"]) for row in rows for b in row if "callback_data" in b]
        labels = [b["text"] for row in rows for b in row if "callback_data" in b]
        for i, label in enumerate(labels, 1):
            print(f"   [{i}] {label}")

    def update_for(self, line: str) -> dict[str, Any]:
        if line.isdigit() and self.poll is not None and 1 <= int(line) <= len(self.poll["options"]):
            poll, self.poll = self.poll, None
            option = int(line) - 1
            right = option in (poll.get("correct_option_ids") or [])
            verdict = "✅ Right." if right else "❌ Wrong."
            if not right:
                correct = [poll["options"][i]["text"] for i in poll.get("correct_option_ids") or []]
                verdict += f" The answer: {to_terminal(', '.join(correct))}."
            print(f"   {verdict} {to_terminal(poll.get('explanation') or '')}")
            return self.updates.poll_answer(
                poll["id"], option, poll["options"][option]["persistent_id"], USER_ID, self.lang, "You"
            )
        if line.isdigit() and 1 <= int(line) <= len(self.buttons):
            message, data = self.buttons[int(line) - 1]
            return self.updates.callback(message, data, USER_ID, self.lang)
        return self.updates.message(line, USER_ID, self.lang, name="You")


async def _main(lang: str) -> None:
    console = Console(lang)
    settings = Settings(
        telegram_bot_token=OFFLINE_TOKEN, database_url=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL), flood_messages=1000
    )
    app = build_application(settings, request=OfflineBotAPI(console.show))
    async with running(app, publish_commands=False):
        print("Saiasat offline console. Ask about the essay, try /help, type a number to press a button. Empty line quits.")
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, sys.stdin.readline)
            if not line or not line.strip():
                break
            await feed(app, [console.update_for(line.strip())])
            await idle(app)
            print()


def run_console(lang: str | None = None) -> int:
    if not default_kb_kept():  # else the first start sits silent while it builds
        print("Building the knowledge base's index: about ten seconds, once after an install or an update.", file=sys.stderr)
    asyncio.run(_main(lang or "en"))
    return 0
