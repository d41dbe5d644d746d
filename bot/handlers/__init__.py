"""All handlers, registered on the application in one place: one small handler per job."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PollAnswerHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from bot.flood import Verdict
from bot.handlers import account, admin, ask, browse, curator, errors, inline, quiz, tips
from bot.handlers.common import send_html, services, ui_language
from bot.i18n import t

# Callback data kind -> handler(update, context, *args); see bot.callbacks.
BUTTONS = {
    "e": ask.on_entry_button,
    "v": ask.on_vote_button,
    "t": browse.on_topic_button,
    "l": browse.on_language_button,
    "tm": tips.on_tip_more,
    "tq": quiz.on_tip_quiz,
    "s": account.on_settings_button,
    "f": account.on_forget_button,
    "ga": curator.on_gap_add,
    "gd": curator.on_gap_dismiss,
}

COMMANDS = {
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
    "stats": quiz.on_stats,
    "top": quiz.on_top,
    "export": account.on_export,
    "forget": account.on_forget,
    "admin": admin.on_admin,
    "gaps": curator.on_gaps,
}

# The order of /help and of the command menu (setMyCommands).
MENU = ("ask", "topics", "tip", "subscribe", "unsubscribe", "settings", "quiz", "stats", "top",
        "sources", "about", "language", "export", "forget", "help", "start")


async def flood_gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every handler: a user over the limit gets one notice, then silence until calm."""
    user = update.effective_user
    if user is None or (update.message is None and update.callback_query is None):
        return
    verdict = services(context).flood.check(user.id)
    if verdict is Verdict.OK:
        return
    if update.callback_query is not None:
        text = t(await ui_language(update, context), "flood") if verdict is Verdict.WARN else None
        await update.callback_query.answer(text)
    elif verdict is Verdict.WARN:
        await send_html(update.message, t(await ui_language(update, context), "flood"))
    raise ApplicationHandlerStop


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every inline button: dispatch on its callback kind; stale or forged data gets a notice."""
    query = update.callback_query
    parsed = callbacks.parse(query.data)
    handler = BUTTONS.get(parsed.kind) if parsed else None
    if handler is None:
        await query.answer(t(await ui_language(update, context), "button_expired"), show_alert=True)
        return
    await handler(update, context, *parsed.args)


def register(app: Application) -> None:
    app.add_handler(TypeHandler(Update, flood_gate), group=-1)
    for name, callback in COMMANDS.items():
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    new_messages = filters.UpdateType.MESSAGE
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    app.add_handler(MessageHandler(new_messages & private & filters.TEXT & ~filters.COMMAND, ask.on_private_text))
    app.add_handler(MessageHandler(new_messages & groups & filters.TEXT & ~filters.COMMAND, ask.on_group_text))
    app.add_handler(MessageHandler(new_messages & private & filters.COMMAND, errors.on_unknown_command))
    app.add_handler(
        MessageHandler(new_messages & private & ~filters.TEXT & ~filters.StatusUpdate.ALL, ask.on_non_text)
    )
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(InlineQueryHandler(inline.on_inline_query))
    app.add_handler(PollAnswerHandler(quiz.on_poll_answer))
    app.add_handler(ChatMemberHandler(account.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(errors.on_error)
