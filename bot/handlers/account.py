"""The user's own data: /settings, /export, /forget; a block of the bot ends the subscription."""

from __future__ import annotations

import io
import json

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import callbacks
from bot.handlers import browse, tips
from bot.handlers.common import send_html, services, ui_language
from bot.i18n import plain, t
from bot.render import Button, keyboard
from knowledge.schedule import DEFAULT_TIME, DEFAULT_ZONE, shift_time


async def _settings_view(update: Update, context: ContextTypes.DEFAULT_TYPE) -> tuple[str, list[list[Button]]]:
    svc = services(context)
    lang = await ui_language(update, context)
    user_id = update.effective_user.id
    sub = await svc.storage.subscription(user_id)
    active = bool(sub and sub.active)
    zone = sub.time_zone if sub else await svc.storage.time_zone(user_id)
    subscription = plain(lang, "settings_subscription_on", time=sub.time) if active else plain(lang, "settings_subscription_off")
    text = t(lang, "settings_show", language=plain(lang, "language_name"), subscription=subscription, zone=zone)
    text += "\n\n" + t(lang, "settings_hint")
    rows = [[
        Button(plain(lang, "settings_change_language"), callbacks.make("s", "lang")),
        Button(plain(lang, "settings_toggle_off" if active else "settings_toggle_on"), callbacks.make("s", "unsub" if active else "sub")),
    ]]
    if active:
        rows.append([Button(plain(lang, "settings_earlier"), callbacks.make("s", "earlier")),
                     Button(plain(lang, "settings_later"), callbacks.make("s", "later"))])
    return text, rows



async def on_settings(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text, rows = await _settings_view(update, context)
    await send_html(update.effective_message, text, rows)


async def on_settings_button(update: Update, context: ContextTypes.DEFAULT_TYPE, action: str) -> None:
    query = update.callback_query
    svc = services(context)
    lang = await ui_language(update, context)
    user_id = update.effective_user.id
    if action == "lang":
        await query.answer()
        await browse.on_language(update, context)
        return
    if action == "sub":
        sub = await svc.storage.subscription(user_id)
        when, zone = (sub.time, sub.time_zone) if sub else (DEFAULT_TIME, DEFAULT_ZONE)
        await tips.subscribe(context.application, user_id, update.effective_chat.id, when, zone, lang)
    elif action == "unsub":
        await svc.storage.unsubscribe(user_id)
        tips.unschedule(context.application, user_id)
    elif action in ("earlier", "later") and (sub := await svc.storage.subscription(user_id)) and sub.active:
        when = shift_time(sub.time, -60 if action == "earlier" else 60)
        await tips.subscribe(context.application, user_id, sub.chat_id, when, sub.time_zone, sub.lang)
    else:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    text, rows = await _settings_view(update, context)
    await query.message.edit_text(text, reply_markup=keyboard(rows))


async def on_export(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    data = await services(context).storage.export_user(update.effective_user.id)
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    await update.effective_message.reply_document(
        io.BytesIO(payload), filename="saiasat-my-data.json", caption=t(lang, "export_caption")
    )


async def on_forget(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    rows = [[Button(plain(lang, "forget_yes"), callbacks.make("f", "yes")), Button(plain(lang, "forget_no"), callbacks.make("f", "no"))]]
    await send_html(update.effective_message, t(lang, "forget_confirm"), rows)


async def on_forget_button(update: Update, context: ContextTypes.DEFAULT_TYPE, answer: str) -> None:
    query = update.callback_query
    lang = await ui_language(update, context)
    if answer not in ("yes", "no"):
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    if answer == "yes":
        svc = services(context)
        user_id = update.effective_user.id
        await svc.storage.forget_user(user_id)
        tips.unschedule(context.application, user_id)
        svc.flood.forget(user_id)
    await query.message.edit_text(t(lang, "forgotten" if answer == "yes" else "forget_cancelled"))


async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A user blocked the bot (Telegram reports it as 'kicked' in the private chat)."""
    change = update.my_chat_member
    if change.chat.type == ChatType.PRIVATE and change.new_chat_member.status == ChatMember.BANNED:
        await services(context).storage.unsubscribe(change.chat.id)
        tips.unschedule(context.application, change.chat.id)
