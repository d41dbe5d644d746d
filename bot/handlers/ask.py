"""Questions: any text in a private chat, /ask, mentions and replies in groups; answer buttons."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from telegram import Message, Update

from bot.context import BotContext
from bot.handlers.common import is_private, message_of, send_html, ui_language
from bot.i18n import t
from bot.render import answer_html, answer_keyboard, discuss_html, vote_keyboard
from bot.storage.feedback import gap_op
from bot.storage.progress import group_ask_op, question_asked_op
from knowledge.answers import ask
from knowledge.matcher import CLEAR_SCORE
from knowledge.normalize import clean
from knowledge.outcome import Answer, answer_for
from knowledge.reply_language import cyrillic_written, written_after


async def answer_question(update: Update, context: BotContext, text: str) -> None:
    message = message_of(update)
    lang_hint = await ui_language(update, context)
    if not clean(text):
        await send_html(message, t(lang_hint, "ask_usage"))
        return
    svc = context.svc
    student = update.effective_user if is_private(update) else None  # personal data: private chats only
    # Spelled alike in Russian and Kazakh ("демократия", "партия"), a question is answered in the
    # language the student has been writing; then the language they chose or Telegram's. A term or a
    # name alone in Latin letters ("Daniel Bell") too, unless an English sentence came since.
    written = await svc.storage.users.written_language(student.id) if student else None
    cyrillic = cyrillic_written(written)
    answer = ask(svc.kb, text, hint=cyrillic or lang_hint, written=cyrillic)
    _remember(update, context, answer)
    if student:
        after = written_after(written, answer)
        keep = svc.storage.users.note_written(student.id, after) if after is not None and after != written else None
        if keep is not None:
            svc.storage.buffer.add(keep)
    await send_html(message, answer_html(svc.kb, answer), answer_keyboard(answer), quote=True)


def _remember(update: Update, context: BotContext, answer: Answer) -> None:
    """Count the outcome; keep questions answered with low confidence or not at all (no user
    identity, once per update) for curators. Small talk is neither a gap nor unmatched."""
    svc = context.svc
    counter = {"answer": "answered", "smalltalk": "smalltalk"}.get(answer.outcome, "unmatched")
    svc.metrics.inc(counter)
    svc.storage.buffer.count(counter)
    chat, user = update.effective_chat, update.effective_user
    if answer.outcome != "smalltalk" and user is not None and chat is not None:
        if chat.type == "private":  # for the student's /stats: a count per day, never the text
            svc.storage.buffer.add(question_asked_op(user.id, datetime.now(UTC).date()))
        elif answer.entry is not None:  # for the teacher's class view: what the group asks about
            svc.storage.buffer.add(group_ask_op(chat.id, answer.entry.id, f"a{update.update_id}"))
    if answer.outcome == "smalltalk" or (answer.matched and answer.score >= CLEAR_SCORE):
        return
    kind = "low" if answer.matched else "unmatched"
    entry_id = answer.entry.id if answer.entry else (answer.ranked[0] if answer.ranked else None)
    svc.storage.buffer.add(gap_op(answer.query, answer.lang, entry_id, answer.score, kind, f"u{update.update_id}"))


async def on_private_text(update: Update, context: BotContext) -> None:
    await answer_question(update, context, message_of(update).text or "")


async def on_ask_command(update: Update, context: BotContext) -> None:
    await answer_question(update, context, " ".join(context.args or []))


def addressed_to_bot(update: Update, context: BotContext) -> str | None:
    """In a group: the text of a mention of the bot or of a reply to its message, else None."""
    message = update.effective_message
    if message is None or message.text is None:
        return None
    username = context.bot.username or ""
    mention = re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE) if username else None
    if mention and mention.search(message.text):
        return mention.sub(" ", message.text)
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == context.bot.id:
        return message.text
    return None


async def on_group_text(update: Update, context: BotContext) -> None:
    """In groups: answer a mention of the bot or a reply to one of its messages; ignore the rest."""
    text = addressed_to_bot(update, context)
    if text is not None:
        await answer_question(update, context, text)


async def on_non_text(update: Update, context: BotContext) -> None:
    """A sticker, photo, voice… in a private chat: ask for text."""
    await send_html(message_of(update), t(await ui_language(update, context), "not_text"))


async def on_entry_button(update: Update, context: BotContext, entry_id: str) -> None:
    """A related-question, "did you mean" or topic button: answer that entry."""
    query = update.callback_query
    assert query is not None
    svc = context.svc
    entry = svc.kb.entry(entry_id)
    lang = await ui_language(update, context)
    if entry is None or query.message is None:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    answer = answer_for(svc.kb, entry, lang)
    await send_html(query.message, answer_html(svc.kb, answer), answer_keyboard(answer))  # type: ignore[arg-type]


async def on_discuss_button(update: Update, context: BotContext, entry_id: str) -> None:
    """ "Discuss ▸" under an answer: the entry's think-further prompts, marked as prompts."""
    query = update.callback_query
    assert query is not None
    svc = context.svc
    entry = svc.kb.entry(entry_id)
    lang = await ui_language(update, context)
    if entry is None or query.message is None or not entry.discuss:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    await send_html(query.message, discuss_html(entry, lang))  # type: ignore[arg-type]


async def on_vote_button(update: Update, context: BotContext, helpful: str, entry_id: str) -> None:
    """👍/👎: one vote per user per answer (a second press changes it); in a private chat the
    keyboard shows the vote. A 👎 keeps the question (no user identity) for curators, once."""
    query = update.callback_query
    assert query is not None and update.effective_user is not None
    svc = context.svc
    lang = await ui_language(update, context)
    message = query.message
    if entry_id not in svc.kb.entries or helpful not in ("0", "1") or message is None:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    voter = svc.storage.voter(update.effective_user.id)
    before = await svc.storage.feedback.vote(message.chat.id, message.message_id, voter, entry_id, helpful == "1", lang)
    asked = getattr(message, "reply_to_message", None)
    if helpful == "0" and before is not False and asked is not None and asked.text:
        key = f"v{message.chat.id}:{message.message_id}"
        svc.storage.buffer.add(gap_op(clean(asked.text), lang, entry_id, 0.0, "downvote", key))
    await query.answer(t(lang, "feedback_thanks"))
    if (
        isinstance(message, Message)
        and message.chat.type == "private"
        and before != (helpful == "1")
        and message.reply_markup is not None
    ):
        await query.edit_message_reply_markup(vote_keyboard(message.reply_markup, helpful == "1"))
