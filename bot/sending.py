"""Messages and quiz polls sent as Bot API JSON, on the paths every update takes.

python-telegram-bot builds an object for every parameter of `send_message`/`send_poll` and
parses every sent message back into a `Message`; for an answer or a quiz poll that round trip
cost more than everything else the update does (`python -m bot bench`), and the handlers never
read the parsed message. These functions send the same parameters PTB sends under the
application's `Defaults` (HTML parse modes, no link previews) through the same `Bot`: its
request layer, its rate limiter (`rate_limit_args`), its errors (`BadRequest`, `Forbidden`,
`RetryAfter`). They return Telegram's JSON as it came.

`Bot.do_api_request` warns that `send_message` exists; that warning is silenced here for the
two methods sent this way, and only for them.
"""

from __future__ import annotations

import warnings
from typing import Any

from telegram import Bot
from telegram.ext import ExtBot
from telegram.warnings import PTBUserWarning

from bot.render import Rows, keyboard_json

JSON = dict[str, Any]
HTML = "HTML"
NO_PREVIEW: JSON = {"is_disabled": True}  # link previews off, as the application's Defaults (bot.app)

warnings.filterwarnings("ignore", message=r"Please use 'Bot\.send(Message|Poll)' instead", category=PTBUserWarning)


async def _post(bot: Bot, method: str, params: JSON, bulk: bool) -> JSON:
    if isinstance(bot, ExtBot):
        result = await bot.do_api_request(method, api_kwargs=params, rate_limit_args={"bulk": True} if bulk else None)
    else:
        result = await bot.do_api_request(method, api_kwargs=params)
    if not isinstance(result, dict):
        raise TypeError(f"{method} returned {type(result).__name__}, not a message")
    return result


async def send_text(
    bot: Bot,
    chat_id: int,
    text: str,
    rows: Rows | None = None,
    *,
    reply_to: int | None = None,
    thread_id: int | None = None,
    business_connection_id: str | None = None,
    direct_messages_topic_id: int | None = None,
    bulk: bool = False,
) -> JSON:
    """sendMessage with HTML `text` (escaped by the caller) and an optional keyboard; `reply_to`
    quotes a message of the same chat, `thread_id` keeps a forum topic (and the two ids after it
    a business chat and a channel's direct-messages topic, as PTB's reply_text does); `bulk`
    sends after the replies waiting in the rate limiter (daily tips)."""
    params: JSON = {"chat_id": chat_id, "text": text, "parse_mode": HTML, "link_preview_options": NO_PREVIEW}
    markup = keyboard_json(rows)
    if markup is not None:
        params["reply_markup"] = markup
    if reply_to is not None:
        params["reply_parameters"] = {"message_id": reply_to}
    if thread_id is not None:
        params["message_thread_id"] = thread_id
    if business_connection_id is not None:
        params["business_connection_id"] = business_connection_id
    if direct_messages_topic_id is not None:  # a channel's direct messages: Telegram requires it
        params["direct_messages_topic_id"] = direct_messages_topic_id
    return await _post(bot, "sendMessage", params, bulk)


async def send_quiz_poll(
    bot: Bot,
    chat_id: int,
    question: str,
    options: list[str],
    correct: list[int],
    explanation: str,
    open_period: int | None = None,
) -> JSON:
    """sendPoll of a non-anonymous quiz; question, options and explanation are HTML (escaped by
    the caller). The result's `poll.id` is what poll answers will carry."""
    params: JSON = {
        "chat_id": chat_id,
        "question": question,
        "question_parse_mode": HTML,
        "options": [{"text": option, "text_parse_mode": HTML} for option in options],
        "type": "quiz",
        "is_anonymous": False,
        "correct_option_ids": correct,
        "explanation": explanation,
        "explanation_parse_mode": HTML,
    }
    if open_period is not None:
        params["open_period"] = open_period
    return await _post(bot, "sendPoll", params, bulk=False)
