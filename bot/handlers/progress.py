"""Progress you can see: /stats (a student's picture), /class (a teacher's view of a group, sent
in private), /map (the essay's concepts and how its paragraphs connect them).

Pictures are drawn off the event loop (bot.charts in a worker thread; matplotlib is imported on
the first one) and remembered until their data changes.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus
from telegram.error import Forbidden, TelegramError

from bot.charts.data import ClassPicture, DayActivity, StatsPicture, TopicMastery
from bot.charts.labels import labels, map_data
from bot.context import BotContext, Services
from bot.handlers.common import chat_of, is_private, message_of, private_only, send_html, ui_language
from bot.i18n import plain, t
from knowledge.progress import Answered, class_figures, last_days, mastery_by_topic, streak
from knowledge.quiz import progress
from knowledge.schedule import DEFAULT_TIME, DEFAULT_ZONE, local_day, next_send

log = logging.getLogger("saiasat.progress")
CAPTION = 1024
CACHE = 256
_pictures: OrderedDict[str, bytes] = OrderedDict()


async def picture(kind: str, data: Any, draw: Callable[[Any], bytes]) -> bytes:
    """The PNG of `data`, drawn in a worker thread unless the same data was drawn lately."""
    key = kind + hashlib.sha256(repr(data).encode()).hexdigest()
    found = _pictures.get(key)
    if found is None:
        found = await asyncio.to_thread(draw, data)
        _pictures[key] = found
        while len(_pictures) > CACHE:
            _pictures.popitem(last=False)
    else:
        _pictures.move_to_end(key)
    return found


# -- /stats -----------------------------------------------------------------------------------------
async def on_stats(update: Update, context: BotContext) -> None:
    if not await private_only(update, context, "stats"):
        return
    svc = context.svc
    lang = await ui_language(update, context)
    user = update.effective_user
    assert user is not None
    storage = svc.storage
    reviews = await storage.quiz.reviews(user.id)
    zone = await storage.users.time_zone(user.id)
    now = datetime.now(UTC)
    today = local_day(now, zone)
    questions = await storage.progress.question_days(user.id, today - timedelta(days=30))
    if not reviews and not questions:
        await send_html(message_of(update), t(lang, "stats_empty"))
        return
    cards = await storage.quiz.cards(user.id)
    answers = [(item, correct, local_day(at, zone)) for item, correct, at in reviews]
    figures = progress(list(svc.kb.quiz.values()), answers, cards, now, today)
    caption = t(
        lang,
        "stats",
        answered=figures.answered,
        accuracy=figures.accuracy,
        streak=figures.streak,
        due=figures.due_now,
        mastered=figures.mastered,
        total=figures.concepts,
    )
    days = last_days(today, questions, (day for _, _, day in answers))
    active = {day for day, asked, answered in days if asked or answered}
    data = StatsPicture(
        title=plain(lang, "chart.stats_title"),
        topics=[
            TopicMastery(plain(lang, f"topic.{f.topic}"), f.mastery, f.seen, f.due, f.total)
            for f in mastery_by_topic(svc.kb, cards, now)
        ],
        days=[DayActivity(day, asked, answered) for day, asked, answered in days],
        streak=streak(active, today),
        labels=labels(lang),
    )
    from bot.charts.stats import render_stats

    png = await picture("stats", data, render_stats)
    await message_of(update).reply_photo(png, caption=caption[:CAPTION])


# -- /map ------------------------------------------------------------------------------------------------
async def map_png(svc: Services, lang: str) -> bytes:
    from bot.charts.essay_map import render_map

    return await picture("map", map_data(svc.kb, lang), render_map)


async def on_map(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    png = await map_png(context.svc, lang)
    await message_of(update).reply_photo(png, caption=t(lang, "map_caption")[:CAPTION])


async def on_map_button(update: Update, context: BotContext, lang: str) -> None:
    query = update.callback_query
    assert query is not None and query.message is not None
    lang = lang if lang in ("en", "ru", "kk") else await ui_language(update, context)
    await query.answer()
    png = await map_png(context.svc, lang)
    await context.bot.send_photo(query.message.chat.id, png, caption=t(lang, "map_caption")[:CAPTION])


# -- /class ------------------------------------------------------------------------------------------------
async def is_teacher(update: Update, context: BotContext) -> bool:
    """A group's administrators (and ADMIN_IDS) see its class view."""
    user = update.effective_user
    if user is None:
        return False
    if user.id in context.svc.settings.admin_ids:
        return True
    try:
        member = await context.bot.get_chat_member(chat_of(update).id, user.id)
    except TelegramError:
        return False
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


async def class_report(svc: Services, chat_id: int, lang: str, title: str) -> tuple[bytes, str]:
    """The class view of a group: a picture and a short text."""
    storage = svc.storage
    settings = await storage.progress.settings(chat_id)
    now = datetime.now(UTC)
    rows = await storage.progress.group_answers(chat_id, now - timedelta(days=90))
    pseudonyms: dict[int, str] = {}
    answered = [
        Answered(
            row.name if settings.names else pseudonyms.setdefault(row.user_id, f"#{len(pseudonyms) + 1}"),
            row.item_id,
            row.correct,
            local_day(row.at, DEFAULT_ZONE),
        )
        for row in rows
    ]
    figures = class_figures(svc.kb, answered, local_day(now, DEFAULT_ZONE), by_member=settings.names)
    ever = await storage.progress.players_ever(chat_id)
    asked = [
        (svc.kb.entries[e].question.get(lang), n)
        for e, n in await storage.progress.most_asked(chat_id, time.time() - 30 * 86400)
        if e in svc.kb.entries
    ]
    missed = []
    for item_id, rate in figures.missed:
        item = svc.kb.quiz[item_id]
        answer = next(o.get(lang) for o in item.options if o.correct)
        missed.append((item.question.get(lang), answer, rate))
    data = ClassPicture(
        title=title,
        participation=(figures.recent_players, ever),
        heatmap_rows=[plain(lang, f"topic.{r}") for r in figures.rows],
        heatmap_cols=figures.cols,
        heatmap=figures.grid,
        missed=missed,
        asked=asked,
        labels=labels(lang),
    )
    from bot.charts.classview import render_class

    png = await picture("class", data, render_class)
    lines = [t(lang, "class_heading", title=title), t(lang, "class_participation", recent=figures.recent_players, ever=ever)]
    lines += [t(lang, "class_missed_line", question=q[:120], answer=a[:80], rate=round(100 * r)) for q, a, r in missed[:5]]
    text = "\n".join(lines)
    return png, text if len(text) <= CAPTION else text[: CAPTION - 1] + "…"


async def on_class(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    message = message_of(update)
    if is_private(update):
        await send_html(message, t(lang, "class_in_group"))
        return
    if not await is_teacher(update, context):
        await send_html(message, t(lang, "class_admins_only"))
        return
    user = update.effective_user
    assert user is not None
    chat = chat_of(update)
    storage = context.svc.storage
    args = [a.casefold() for a in context.args or []]
    if len(args) == 2 and args[0] in ("names", "weekly") and args[1] in ("on", "off"):
        on = args[1] == "on"
        if args[0] == "names":
            await storage.progress.set_settings(chat.id, user.id, names=on)
            await send_html(message, t(lang, "class_names_on" if on else "class_names_off"))
        else:
            sub = await storage.tips.get(user.id)
            when, zone = (sub.time, sub.time_zone) if sub else (DEFAULT_TIME, DEFAULT_ZONE)
            first = next_send(when, zone, datetime.now(UTC)).timestamp()
            await storage.progress.set_settings(chat.id, user.id, weekly=on, next_digest=first)
            await send_html(message, t(lang, "class_weekly_on" if on else "class_weekly_off", time=when, zone=zone))
        return
    if args:
        await send_html(message, t(lang, "class_usage"))
        return
    png, text = await class_report(context.svc, chat.id, lang, chat.title or "")
    try:
        await context.bot.send_photo(user.id, png, caption=text)
    except Forbidden:
        link = f"https://t.me/{context.bot.username}?start=class"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(plain(lang, "open_private_button"), url=link)]])
        await message.reply_text(t(lang, "class_open_private"), reply_markup=markup)
        return
    await send_html(message, t(lang, "class_sent"))


async def send_digest(app_bot: Any, svc: Services, chat_id: int, teacher_id: int) -> None:
    """The weekly class view, to the teacher in private (the worker calls it when due)."""
    lang = await svc.storage.users.language(teacher_id) or "en"
    png, text = await class_report(svc, chat_id, lang, plain(lang, "class_weekly_title"))
    await app_bot.send_photo(teacher_id, png, caption=text, rate_limit_args={"bulk": True})


def next_week(moment: float) -> float:
    return moment + 7 * 86400
