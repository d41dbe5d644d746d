"""/gaps for admins: the most frequent unanswered question groups, each with one-tap "add as
phrasing of <entry>" and "dismiss". Accepted phrasings go to the database (never the curated
YAML): this instance uses them at once, every other within a minute (the worker reloads them)."""

from __future__ import annotations

import asyncio

from telegram import Update

from bot import callbacks
from bot.context import BotContext
from bot.handlers.admin import is_admin, refuse
from bot.handlers.common import message_of, send_html, ui_language
from bot.i18n import plain, t
from bot.render import Button, esc, short
from knowledge.gaps import GapGroup, group_questions, propose

SHOWN = 5


async def current_groups(context: BotContext) -> list[GapGroup]:
    svc = context.svc
    records = [(g.id, g.question, g.lang) for g in await svc.storage.feedback.gaps()]
    return await asyncio.to_thread(lambda: propose(svc.kb, group_questions(records)))


async def on_gaps(update: Update, context: BotContext) -> None:
    if not is_admin(update, context):
        await refuse(update, context)
        return
    await context.svc.storage.buffer.flush()
    lang = await ui_language(update, context)
    groups = (await current_groups(context))[:SHOWN]
    if not groups:
        await send_html(message_of(update), t(lang, "gaps_none"))
        return
    await send_html(message_of(update), t(lang, "gaps_heading"))
    for group in groups:
        examples = "\n".join(f"• {esc(q)}" for q in group.distinct()[:3])
        text = f"<b>×{group.count}</b> [{group.lang}]\n{examples}"
        row = [Button(plain(lang, "gaps_dismiss"), callbacks.make("gd", group.key))]
        if group.entry_id:
            text += f"\n→ <code>{esc(group.entry_id)}</code> ({group.score:.0f})"
            row.insert(
                0, Button(short(plain(lang, "gaps_add", entry=group.entry_id)), callbacks.make("ga", group.key, group.entry_id))
            )
        await send_html(message_of(update), text, [row])


async def on_gap_button(update: Update, context: BotContext, key: str, entry_id: str | None = None) -> None:
    if not is_admin(update, context):
        await refuse(update, context)
        return
    query = update.callback_query
    assert query is not None
    svc = context.svc
    lang = await ui_language(update, context)
    group = next((g for g in await current_groups(context) if g.key == key), None)
    if group is None or (entry_id is not None and entry_id not in svc.kb.entries):
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    if entry_id is not None:
        await svc.storage.phrasings.add(entry_id, group.lang, group.distinct())
        added = [(entry_id, group.lang, text) for text in group.distinct()]
        await svc.replace_kb(lambda kb: kb.with_phrasings(added))
    await svc.storage.feedback.dismiss(group.ids)
    await query.answer()
    done = t(lang, "gaps_added", entry=entry_id) if entry_id else t(lang, "gaps_dismissed")
    message = query.message
    await query.edit_message_text(f"{getattr(message, 'text_html', '')}\n\n{done}")


async def on_gap_add(update: Update, context: BotContext, key: str, entry_id: str) -> None:
    await on_gap_button(update, context, key, entry_id)


async def on_gap_dismiss(update: Update, context: BotContext, key: str) -> None:
    await on_gap_button(update, context, key)
