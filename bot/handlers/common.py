"""What every handler needs: the user's language, replies, and the private-chat rule."""

from __future__ import annotations

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot.context import BotContext
from bot.i18n import t, user_language
from bot.render import Rows, split_message
from bot.sending import send_text


async def chosen_language(update: Update, context: BotContext) -> str | None:
    """The language the user picked with /language, or None."""
    user = update.effective_user
    if user is None:
        return None
    return await context.svc.storage.users.language(user.id)


async def ui_language(update: Update, context: BotContext) -> str:
    """Language of interface texts: the user's choice, else Telegram's language_code."""
    chosen = await chosen_language(update, context)
    if chosen:
        return chosen
    user = update.effective_user
    return user_language(user.language_code if user else None)


async def send_html(message: Message, text: str, rows: Rows | None = None, *, quote: bool = False) -> None:
    """Reply with HTML in the message's chat (and forum topic), split on paragraph boundaries;
    the keyboard goes under the last part, the first part quotes the message if `quote`."""
    parts = split_message(text)
    thread_id = message.message_thread_id if message.is_topic_message else None
    for i, part in enumerate(parts):
        await send_text(
            message.get_bot(),
            message.chat_id,
            part,
            rows if i == len(parts) - 1 else None,
            reply_to=message.message_id if quote and i == 0 else None,
            thread_id=thread_id,
            business_connection_id=message.business_connection_id,
            direct_messages_topic_id=message.direct_messages_topic.topic_id if message.direct_messages_topic else None,
        )


def is_private(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type == ChatType.PRIVATE


async def private_only(update: Update, context: BotContext, start: str) -> bool:
    """Personal data and settings live in private chats: in a group, point the user there (a
    button opening the private chat with /start `start`) and return False."""
    if is_private(update):
        return True
    lang = await ui_language(update, context)
    link = f"https://t.me/{context.bot.username}?start={start}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "open_private_button"), url=link)]])
    if update.callback_query is not None:
        await update.callback_query.answer(t(lang, "private_only"), show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(t(lang, "private_only"), reply_markup=markup)
    return False


def chat_of(update: Update) -> Chat:
    chat = update.effective_chat
    assert chat is not None, "handlers registered for chat updates only"
    return chat


def message_of(update: Update) -> Message:
    message = update.effective_message
    assert message is not None, "handlers registered for message updates only"
    return message
