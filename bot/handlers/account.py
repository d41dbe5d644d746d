"""The user's own data: /settings, /export, /forget (in private chats only); a block of the bot
ends the subscription. Buttons carry their owner: pressed by anyone else, they do nothing."""

from __future__ import annotations

import io
import json

from telegram import ChatMember, Update
from telegram.constants import ChatType

from bot import callbacks
from bot.context import BotContext
from bot.handlers import browse, tips
from bot.handlers.common import chat_of, message_of, private_only, send_html, ui_language
from bot.i18n import plain, t
from bot.render import Button, Rows, keyboard
from knowledge.schedule import DEFAULT_TIME, DEFAULT_ZONE, shift_time


async def _owner_pressed(update: Update, context: BotContext, owner: str) -> bool:
    """True when the button's owner pressed it; anyone else is told it is not theirs."""
    user = update.effective_user
    if user is not None and str(user.id) == owner:
        return True
    query = update.callback_query
    assert query is not None
    await query.answer(t(await ui_language(update, context), "not_your_button"), show_alert=True)
    return False


async def _settings_view(update: Update, context: BotContext) -> tuple[str, Rows]:
    svc = context.svc
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    sub = await svc.storage.tips.get(user.id)
    active = bool(sub and sub.active)
    zone = sub.time_zone if sub else await svc.storage.users.time_zone(user.id)
    subscription = (
        plain(lang, "settings_subscription_on", time=sub.time) if sub and active else plain(lang, "settings_subscription_off")
    )
    text = t(lang, "settings_show", language=plain(lang, "language_name"), subscription=subscription, zone=zone)
    text += "\n\n" + t(lang, "settings_hint")
    owner = user.id
    rows = [
        [
            Button(plain(lang, "settings_change_language"), callbacks.make("s", "lang", owner)),
            Button(
                plain(lang, "settings_toggle_off" if active else "settings_toggle_on"),
                callbacks.make("s", "unsub" if active else "sub", owner),
            ),
        ]
    ]
    if active:
        rows.append(
            [
                Button(plain(lang, "settings_earlier"), callbacks.make("s", "earlier", owner)),
                Button(plain(lang, "settings_later"), callbacks.make("s", "later", owner)),
            ]
        )
    return text, rows


async def on_settings(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "settings"):
        return
    text, rows = await _settings_view(update, context)
    await send_html(message_of(update), text, rows)


async def on_settings_button(update: Update, context: BotContext, action: str, owner: str) -> None:
    query = update.callback_query
    assert query is not None
    if not await _owner_pressed(update, context, owner) or not await private_only(update, context, "settings"):
        return
    svc = context.svc
    lang = await ui_language(update, context)
    user_id = int(owner)
    sub = await svc.storage.tips.get(user_id)
    if action == "lang":
        await query.answer()
        await browse.on_language(update, context)
        return
    if action == "sub":
        when, zone = (sub.time, sub.time_zone) if sub else (DEFAULT_TIME, DEFAULT_ZONE)
        await tips.subscribe(svc, user_id, chat_of(update).id, when, zone, lang)
    elif action == "unsub":
        await svc.storage.tips.unsubscribe(user_id)
    elif action in ("earlier", "later") and sub is not None and sub.active:
        when = shift_time(sub.time, -60 if action == "earlier" else 60)
        await tips.subscribe(svc, user_id, sub.chat_id, when, sub.time_zone, sub.lang)
    else:
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    text, rows = await _settings_view(update, context)
    await query.edit_message_text(text, reply_markup=keyboard(rows))


async def on_export(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "export"):
        return
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    storage = context.svc.storage
    data = await storage.users.export(user.id, storage.voter(user.id))
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    await message_of(update).reply_document(
        io.BytesIO(payload), filename="saiasat-my-data.json", caption=t(lang, "export_caption")
    )


async def on_forget(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "forget"):
        return
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    rows = [
        [
            Button(plain(lang, "forget_yes"), callbacks.make("f", "yes", user.id)),
            Button(plain(lang, "forget_no"), callbacks.make("f", "no", user.id)),
        ]
    ]
    await send_html(message_of(update), t(lang, "forget_confirm"), rows)


async def on_forget_button(update: Update, context: BotContext, answer: str, owner: str) -> None:
    query = update.callback_query
    assert query is not None
    if not await _owner_pressed(update, context, owner):
        return
    lang = await ui_language(update, context)
    if answer not in ("yes", "no"):
        await query.answer(t(lang, "button_expired"), show_alert=True)
        return
    await query.answer()
    if answer == "yes":
        svc = context.svc
        user_id = int(owner)
        await svc.storage.users.forget(user_id, svc.storage.voter(user_id))
        svc.flood.forget(user_id)
    await query.edit_message_text(t(lang, "forgotten" if answer == "yes" else "forget_cancelled"))


async def on_my_chat_member(update: Update, context: BotContext) -> None:
    """A user blocked the bot (Telegram reports it as 'kicked' in the private chat)."""
    change = update.my_chat_member
    assert change is not None
    if change.chat.type == ChatType.PRIVATE and change.new_chat_member.status == ChatMember.BANNED:
        await context.svc.storage.tips.unsubscribe(change.chat.id)
