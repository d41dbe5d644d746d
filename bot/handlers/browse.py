"""/start, /help, /topics, /sources, /about, /language: the essay and the bot, browsed."""

from __future__ import annotations

from telegram import Update

from bot import callbacks
from bot.context import BotContext
from bot.handlers.common import message_of, send_html, ui_language
from bot.i18n import LANGUAGES, plain, t
from bot.render import Button, about_html, keyboard, map_row, sources_html, topic_questions_keyboard, topics_keyboard


async def on_start(update: Update, context: BotContext) -> None:
    """/start, also from a deep link: a group sends users here for personal things
    (`/start settings`, `export`, `forget`, `subscribe`, `unsubscribe`, `stats`)."""
    from bot.handlers import account, progress, tips  # the handlers a deep link opens

    targets = {
        "settings": account.on_settings,
        "export": account.on_export,
        "forget": account.on_forget,
        "subscribe": tips.on_subscribe,
        "unsubscribe": tips.on_unsubscribe,
        "stats": progress.on_stats,
        "class": progress.on_class,
    }
    payload = (context.args or [""])[0]
    if payload in targets:
        context.args = []
        await targets[payload](update, context)
        return
    lang = await ui_language(update, context)
    await send_html(message_of(update), t(lang, "start", title=context.svc.kb.essay.title))


async def on_help(update: Update, context: BotContext) -> None:
    await send_html(message_of(update), t(await ui_language(update, context), "help"))


async def on_topics(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    rows = [*topics_keyboard(context.svc.kb, lang), map_row(lang)]
    await send_html(message_of(update), t(lang, "topics_heading"), rows)


async def on_topic_button(update: Update, context: BotContext, topic: str) -> None:
    query = update.callback_query
    assert query is not None
    kb = context.svc.kb
    lang = await ui_language(update, context)
    if topic not in kb.topics or query.message is None:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    await query.edit_message_text(
        t(lang, "topic_questions", topic=plain(lang, f"topic.{topic}")),
        reply_markup=keyboard(topic_questions_keyboard(kb, topic, lang)),
    )


async def on_sources(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    await send_html(message_of(update), sources_html(context.svc.kb, lang))


async def on_about(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    await send_html(message_of(update), about_html(context.svc.kb, lang), [map_row(lang)])


async def on_language(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    rows = [[Button(plain(code, "language_name"), callbacks.make("l", code)) for code in LANGUAGES]]
    await send_html(message_of(update), t(lang, "language_choose"), rows)


async def on_language_button(update: Update, context: BotContext, code: str) -> None:
    query = update.callback_query
    assert query is not None
    if code not in LANGUAGES or update.effective_user is None:
        await query.answer(t(await ui_language(update, context), "button_expired"), show_alert=True)
        return
    await context.svc.storage.users.set_language(update.effective_user.id, code)
    await query.answer()
    if query.message is not None:
        await query.edit_message_text(t(code, "language_set"))
