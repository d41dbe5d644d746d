"""/start, /help, /topics, /sources, /about, /language: the essay and the bot, browsed."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import callbacks
from bot.handlers.common import send_html, services, ui_language
from bot.i18n import LANGUAGES, plain, t
from bot.render import Button, about_html, keyboard, sources_html, topic_questions_keyboard, topics_keyboard


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    await send_html(update.effective_message, t(lang, "start", title=services(context).kb.essay.title))


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send_html(update.effective_message, t(await ui_language(update, context), "help"))


async def on_topics(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    await send_html(update.effective_message, t(lang, "topics_heading"), topics_keyboard(services(context).kb, lang))


async def on_topic_button(update: Update, context: ContextTypes.DEFAULT_TYPE, topic: str) -> None:
    query = update.callback_query
    kb = services(context).kb
    lang = await ui_language(update, context)
    if topic not in kb.topics or query.message is None:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    await query.message.edit_text(
        t(lang, "topic_questions", topic=plain(lang, f"topic.{topic}")),
        reply_markup=keyboard(topic_questions_keyboard(kb, topic, lang)),
    )


async def on_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    await send_html(update.effective_message, sources_html(services(context).kb, lang))


async def on_about(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    await send_html(update.effective_message, about_html(services(context).kb, lang))


async def on_language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    rows = [[Button(plain(code, "language_name"), callbacks.make("l", code)) for code in LANGUAGES]]
    await send_html(update.effective_message, t(lang, "language_choose"), rows)


async def on_language_button(update: Update, context: ContextTypes.DEFAULT_TYPE, code: str) -> None:
    query = update.callback_query
    if code not in LANGUAGES or update.effective_user is None:
        await query.answer(t(await ui_language(update, context), "button_expired"), show_alert=True)
        return
    await services(context).storage.set_language(update.effective_user.id, code)
    await query.answer()
    if query.message is not None:
        await query.message.edit_text(t(code, "language_set"))
