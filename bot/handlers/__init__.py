"""All handlers, registered on the application in one place: one small handler per job."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    ChosenInlineResultHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from bot.context import BotContext
from bot.flood import Verdict
from bot.handlers import account, admin, ask, browse, curator, errors, inline, progress, quiz, tips
from bot.handlers.common import is_private, send_html, ui_language
from bot.i18n import t

Handler = Callable[..., Coroutine[Any, Any, None]]

# Callback data kind -> handler(update, context, *args); see bot.callbacks.
BUTTONS: dict[str, Handler] = {
    "e": ask.on_entry_button,
    "v": ask.on_vote_button,
    "d": ask.on_discuss_button,
    "t": browse.on_topic_button,
    "l": browse.on_language_button,
    "tm": tips.on_tip_more,
    "tq": quiz.on_tip_quiz,
    "s": account.on_settings_button,
    "f": account.on_forget_button,
    "m": progress.on_map_button,
    "ga": curator.on_gap_add,
    "gd": curator.on_gap_dismiss,
}

COMMANDS: dict[str, Handler] = {
    "start": browse.on_start,
    "help": browse.on_help,
    "ask": ask.on_ask_command,
    "topics": browse.on_topics,
    "sources": browse.on_sources,
    "about": browse.on_about,
    "language": browse.on_language,
    "tip": tips.on_tip,
    "subscribe": tips.on_subscribe,
    "unsubscribe": tips.on_unsubscribe,
    "settings": account.on_settings,
    "quiz": quiz.on_quiz,
    "stats": progress.on_stats,
    "top": quiz.on_top,
    "map": progress.on_map,
    "class": progress.on_class,
    "export": account.on_export,
    "forget": account.on_forget,
    "admin": admin.on_admin,
    "gaps": curator.on_gaps,
}


def _addressed(update: Update, context: BotContext) -> bool:
    """Whether a message or button press is meant for the bot: in a private chat always; in a
    group, commands, mentions, replies to the bot and its buttons (not the members' chatter)."""
    if update.callback_query is not None or is_private(update):
        return True
    message = update.effective_message
    if message is None or message.text is None:
        return False
    return message.text.startswith("/") or ask.addressed_to_bot(update, context) is not None


async def flood_gate(update: Update, context: BotContext) -> None:
    """Runs before every handler: a user over the limit gets one notice, then silence until calm."""
    user = update.effective_user
    if user is None or (update.message is None and update.callback_query is None) or not _addressed(update, context):
        return
    verdict = context.svc.flood.check(user.id)
    if verdict is Verdict.OK:
        return
    if update.callback_query is not None:
        text = t(await ui_language(update, context), "flood") if verdict is Verdict.WARN else None
        await update.callback_query.answer(text)
    elif verdict is Verdict.WARN and update.effective_message is not None:
        await send_html(update.effective_message, t(await ui_language(update, context), "flood"))
    raise ApplicationHandlerStop


async def on_button(update: Update, context: BotContext) -> None:
    """Every inline button: dispatch on its callback kind; stale or forged data gets a notice."""
    query = update.callback_query
    assert query is not None
    parsed = callbacks.parse(query.data if isinstance(query.data, str) else None)
    handler = BUTTONS.get(parsed.kind) if parsed else None
    if handler is None or parsed is None:
        await query.answer(t(await ui_language(update, context), "button_expired"), show_alert=True)
        return
    await handler(update, context, *parsed.args)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Handlers are tried in order until one matches. The updates that come most (poll answers,
    buttons, questions) meet their handler first: their kinds and filters exclude each other and
    every command, so the order changes nothing but the number of checks."""
    app.add_handler(TypeHandler(Update, flood_gate), group=-1)
    app.add_handler(PollAnswerHandler(quiz.on_poll_answer))
    app.add_handler(CallbackQueryHandler(on_button))
    new_messages = filters.UpdateType.MESSAGE
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    app.add_handler(MessageHandler(new_messages & private & filters.TEXT & ~filters.COMMAND, ask.on_private_text))
    app.add_handler(MessageHandler(new_messages & groups & filters.TEXT & ~filters.COMMAND, ask.on_group_text))
    for name, callback in COMMANDS.items():
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    app.add_handler(MessageHandler(new_messages & private & filters.COMMAND, errors.on_unknown_command))
    app.add_handler(MessageHandler(new_messages & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, ask.on_non_text))
    app.add_handler(InlineQueryHandler(inline.on_inline_query))
    app.add_handler(ChosenInlineResultHandler(inline.on_chosen_inline_result))
    app.add_handler(ChatMemberHandler(account.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(errors.on_error)
