"""/gaps for admins: the most frequent unanswered question groups, each with one-tap
"add as phrasing of <entry>" and "dismiss". Accepted phrasings go to the overlay file (never
the curated YAML) and the matcher uses them at once."""

from __future__ import annotations

from pathlib import Path

from telegram import Update
from telegram.ext import ContextTypes

from bot import callbacks
from bot.handlers.admin import is_admin, refuse
from bot.handlers.common import send_html, services, ui_language
from bot.i18n import plain, t
from bot.render import Button, esc, short
from knowledge.gaps import GapGroup, group_questions, propose
from knowledge.kb import append_overlay, load_overlay

SHOWN = 5


async def current_groups(context: ContextTypes.DEFAULT_TYPE) -> list[GapGroup]:
    svc = services(context)
    records = [(g.id, g.question, g.lang) for g in await svc.storage.gaps()]
    return propose(svc.kb, group_questions(records))


async def on_gaps(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not is_admin(update, context):
        await refuse(update, context)
        return
    lang = await ui_language(update, context)
    groups = (await current_groups(context))[:SHOWN]
    if not groups:
        await send_html(update.effective_message, t(lang, "gaps_none"))
        return
    await send_html(update.effective_message, t(lang, "gaps_heading"))
    for group in groups:
        examples = "\n".join(f"• {esc(q)}" for q in group.distinct()[:3])
        text = f"<b>×{group.count}</b> [{group.lang}]\n{examples}"
        row = [Button(plain(lang, "gaps_dismiss"), callbacks.make("gd", group.key))]
        if group.entry_id:
            text += f"\n→ <code>{esc(group.entry_id)}</code> ({group.score:.0f})"
            row.insert(0, Button(short(plain(lang, "gaps_add", entry=group.entry_id)), callbacks.make("ga", group.key, group.entry_id)))
        await send_html(update.effective_message, text, [row])


async def on_gap_button(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str, entry_id: str | None = None) -> None:
    if not is_admin(update, context):
        await refuse(update, context)
        return
    query = update.callback_query
    svc = services(context)
    lang = await ui_language(update, context)
    group = next((g for g in await current_groups(context) if g.key == key), None)
    if group is None or (entry_id is not None and entry_id not in svc.kb.entries):
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    if entry_id is not None:
        path = Path(svc.settings.overlay_path)
        append_overlay(path, entry_id, group.lang, group.distinct())
        svc.kb = svc.kb.with_phrasings(
            [p for p in load_overlay(path) if p not in svc.kb.extra_phrasings]
        )
    await svc.storage.dismiss_gaps(group.ids)
    await query.answer()
    done = t(lang, "gaps_added", entry=entry_id) if entry_id else t(lang, "gaps_dismissed")
    await query.message.edit_text(f"{query.message.text_html}\n\n{done}")


async def on_gap_add(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str, entry_id: str) -> None:
    await on_gap_button(update, context, key, entry_id)


async def on_gap_dismiss(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str) -> None:
    await on_gap_button(update, context, key)
