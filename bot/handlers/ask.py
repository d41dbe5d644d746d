"""Questions: any text in a private chat, /ask, mentions and replies in groups; answer buttons."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import send_html, services, ui_language
from bot.i18n import t
from bot.render import answer_html, answer_keyboard
from knowledge.answers import Answer, answer_for, ask
from knowledge.matcher import CLEAR_SCORE
from knowledge.normalize import clean


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    message = update.effective_message
    lang_hint = await ui_language(update, context)
    if not clean(text):
        await send_html(message, t(lang_hint, "ask_usage"))
        return
    svc = services(context)
    answer = ask(svc.kb, text, hint=lang_hint)
    await _remember(update, context, answer)
    await send_html(message, answer_html(svc.kb, answer), answer_keyboard(answer), quote=True)


async def _remember(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: Answer) -> None:
    """Count the outcome; keep questions answered with low confidence or not at all (no user
    identity) for curators. Small talk is neither a gap nor unmatched."""
    svc = services(context)
    svc.metrics.inc({"answer": "answered", "smalltalk": "smalltalk"}.get(answer.outcome, "unmatched"))
    if answer.outcome == "smalltalk" or (answer.matched and answer.score >= CLEAR_SCORE):
        return
    kind = "low" if answer.matched else "unmatched"
    entry_id = answer.entry.id if answer.entry else (answer.ranked[0] if answer.ranked else None)
    await svc.storage.record_gap(answer.query, answer.lang, entry_id, answer.score, kind)


async def on_private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, update.effective_message.text or "")


async def on_ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await answer_question(update, context, " ".join(context.args or []))


async def on_group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups: answer a mention of the bot or a reply to one of its messages; ignore the rest."""
    message = update.effective_message
    text = message.text or ""
    username = context.bot.username or ""
    mention = re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE) if username else None
    replied_to_bot = bool(
        message.reply_to_message
        and message.reply_to_message.from_user
        and message.reply_to_message.from_user.id == context.bot.id
    )
    if mention and mention.search(text):
        await answer_question(update, context, mention.sub(" ", text))
    elif replied_to_bot:
        await answer_question(update, context, text)


async def on_non_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo, voice… in a private chat: ask for text."""
    await send_html(update.effective_message, t(await ui_language(update, context), "not_text"))


async def on_entry_button(update: Update, context: ContextTypes.DEFAULT_TYPE, entry_id: str) -> None:
    """A related-question, "did you mean" or topic button: answer that entry."""
    query = update.callback_query
    svc = services(context)
    entry = svc.kb.entry(entry_id)
    lang = await ui_language(update, context)
    if entry is None or query.message is None:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    answer = answer_for(svc.kb, entry, lang)
    await send_html(query.message, answer_html(svc.kb, answer), answer_keyboard(answer))


async def on_vote_button(update: Update, context: ContextTypes.DEFAULT_TYPE, helpful: str, entry_id: str) -> None:
    query = update.callback_query
    svc = services(context)
    lang = await ui_language(update, context)
    if entry_id not in svc.kb.entries or helpful not in ("0", "1"):
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await svc.storage.record_vote(entry_id, helpful == "1", lang)
    if helpful == "0":
        # The question is the message our answer replied to; it is kept, without the user, for curators.
        asked = query.message.reply_to_message if query.message else None
        if asked is not None and asked.text:
            await svc.storage.record_gap(clean(asked.text), lang, entry_id, 0.0, "downvote")
    await query.answer(t(lang, "feedback_thanks"))
