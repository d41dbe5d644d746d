"""Inline mode: `@bot question` lists matching entries; choosing one posts its answer with sources.

Results depend on the user (their language, their question), so they are cached per user
(`is_personal`); the starter list for an empty query is in the user's language too. A chosen
result is counted (`chosen_inline_result`)."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, InputTextMessageContent, Update

from bot.context import BotContext
from bot.handlers.common import ui_language
from bot.i18n import plain
from bot.render import MAX_MESSAGE, answer_html, split_message
from knowledge.matcher import SUGGEST_SCORE
from knowledge.outcome import answer_for

MAX_RESULTS = 10


async def on_inline_query(update: Update, context: BotContext) -> None:
    query = update.inline_query
    assert query is not None
    svc = context.svc
    hint = await ui_language(update, context)
    text = query.query.strip()
    if text:
        result = svc.kb.matcher.match(text, hint=hint)
        lang = result.lang
        ids = [c.entry_id for c in result.ranked if c.score >= SUGGEST_SCORE][:MAX_RESULTS]
    else:  # empty query: one starter question per topic
        lang = hint
        ids = [entries[0] for entries in svc.kb.topics.values()][:MAX_RESULTS]
    articles = []
    for entry_id in ids:
        answer = answer_for(svc.kb, svc.kb.entries[entry_id], lang)
        body = split_message(answer_html(svc.kb, answer), MAX_MESSAGE)[0]
        articles.append(
            InlineQueryResultArticle(
                id=entry_id,
                title=answer.text("question") or entry_id,
                description=(answer.text("answer") or "")[:120],
                input_message_content=InputTextMessageContent(body),
            )
        )
    button = None if articles else InlineQueryResultsButton(plain(lang, "inline_ask_privately"), start_parameter="ask")
    await query.answer(articles, cache_time=60, is_personal=True, button=button)


async def on_chosen_inline_result(update: Update, context: BotContext) -> None:
    """A user posted one of the results: counted, nothing stored about them."""
    context.svc.metrics.inc("inline_chosen")
    context.svc.storage.buffer.count("inline_chosen")
