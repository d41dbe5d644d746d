"""Quiz mode: /quiz rounds of native quiz polls, answers, spaced repetition, /stats and /top.

All round state is in the database (rounds, poll id -> item and correct option), so any
process can take the next answer and a restart loses nothing.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from telegram import Bot, Poll, Update
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes
from rapidfuzz import fuzz, process

from bot.handlers.common import Services, send_html, services, ui_language
from bot.i18n import LANGUAGES, plain, t
from bot.render import keyboard, review_keyboard
from bot.storage import Round
from knowledge.quiz import DEFAULT_ROUND, MAX_ROUND, plan_round, progress, review, shuffled_options
from knowledge.schedule import local_day

GROUP_NEXT_DELAY = 20.0  # seconds a group gets to answer after the first answer
_rng = random.SystemRandom()


def parse_quiz_args(args: list[str], topics: list[str]) -> tuple[int, str | None]:
    """`/quiz`, `/quiz 10`, `/quiz <topic>` (a topic's id or its name in any language)."""
    if not args:
        return DEFAULT_ROUND, None
    text = " ".join(args).strip()
    if text.isdigit():
        size = int(text)
        if not 1 <= size <= MAX_ROUND:
            raise ValueError("size out of range")
        return size, None
    names = {plain(lang, f"topic.{topic}").casefold(): topic for topic in topics for lang in LANGUAGES}
    names.update({topic: topic for topic in topics})
    found = process.extractOne(text.casefold(), list(names), scorer=fuzz.WRatio, score_cutoff=80)
    if found is None:
        raise ValueError("unknown topic")
    return DEFAULT_ROUND, names[found[0]]


async def on_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lang = await ui_language(update, context)
    topics = list(svc.kb.topics)
    try:
        size, topic = parse_quiz_args(context.args or [], topics)
    except ValueError:
        names = ", ".join(plain(lang, f"topic.{x}") for x in topics)
        await send_html(update.effective_message, t(lang, "quiz_usage", max=MAX_ROUND, topics=names))
        return
    items = svc.kb.quiz_items(topic)
    if not items:
        await send_html(update.effective_message, t(lang, "quiz_none"))
        return
    await start_round(context.application, update, lang, items, size)


async def start_round(app: Application, update: Update, lang: str, items, size: int) -> None:
    svc: Services = app.bot_data["services"]
    chat = update.effective_chat
    group = chat.type != ChatType.PRIVATE
    user_id = None if group else update.effective_user.id
    cards = {} if group else await svc.storage.cards(user_id)
    chosen = plan_round(items, cards, datetime.now(UTC), size) if not group else [i.id for i in _rng.sample(items, min(size, len(items)))]
    round_id = await svc.storage.start_round(chat.id, user_id, lang, chosen)
    key = "quiz_start_group" if group else "quiz_start"
    await send_html(update.effective_message, t(lang, key, count=len(chosen), seconds=int(GROUP_NEXT_DELAY)))
    await send_question(app.bot, svc, await svc.storage.get_round(round_id))


async def send_question(bot: Bot, svc: Services, round_: Round) -> None:
    item = svc.kb.quiz[round_.items[round_.position]]
    options, correct = shuffled_options(item, round_.lang, _rng)
    prefix = f"{round_.position + 1}/{len(round_.items)}. "
    message = await bot.send_poll(
        round_.chat_id,
        question=prefix + item.question.get(round_.lang),
        options=options,
        type=Poll.QUIZ,
        is_anonymous=False,
        correct_option_ids=[correct],
        explanation=item.explanation.get(round_.lang),
    )
    await svc.storage.save_poll(message.poll.id, round_.id, round_.chat_id, round_.user_id, item.id, [correct], round_.position)


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    answer = update.poll_answer
    svc = services(context)
    user = answer.user
    if user is None:
        return
    poll, card = await svc.storage.poll_and_card(answer.poll_id, user.id)
    if poll is None or (poll.user_id is not None and poll.user_id != user.id):
        return
    correct = bool(set(answer.option_ids) & set(poll.correct_ids))
    reviewed = review(card, correct, datetime.now(UTC))
    round_ = await svc.storage.record_answer(poll, user.id, user.full_name, correct, reviewed.card_json, reviewed.due, reviewed.stability)
    svc.metrics.inc("quiz_answers")
    if poll.user_id is None:  # a group round moves on after a pause, whoever answered first
        name = f"quiz-next:{poll.round_id}:{poll.position}"
        if context.job_queue is not None and not context.job_queue.get_jobs_by_name(name):
            context.job_queue.run_once(_group_next, GROUP_NEXT_DELAY, data=(poll.round_id, poll.position, poll.item_id), name=name)
    elif round_ is not None:
        await continue_round(context.bot, svc, round_)


async def _group_next(context: ContextTypes.DEFAULT_TYPE) -> None:
    round_id, position, item_id = context.job.data
    svc = services(context)
    round_ = await svc.storage.advance_round(round_id, position, None, item_id)
    if round_ is not None:
        await continue_round(context.bot, svc, round_)


async def continue_round(bot: Bot, svc: Services, round_: Round) -> None:
    if round_.active:
        await send_question(bot, svc, round_)
        return
    lang = round_.lang
    if round_.user_id is None:
        await bot.send_message(round_.chat_id, await leaderboard_html(svc, round_.chat_id, lang))
        return
    parts = [t(lang, "quiz_summary", score=round_.score, total=len(round_.items))]
    wrong_entries = [svc.kb.quiz[i].entry for i in round_.wrong if i in svc.kb.quiz]
    parts.append(t(lang, "quiz_review") if wrong_entries else t(lang, "quiz_all_right"))
    await bot.send_message(round_.chat_id, "\n\n".join(parts), reply_markup=keyboard(review_keyboard(svc.kb, wrong_entries, lang)))


async def leaderboard_html(svc: Services, chat_id: int, lang: str) -> str:
    rows = await svc.storage.leaderboard(chat_id)
    if not rows:
        return t(lang, "top_empty")
    lines = [t(lang, "top_heading")]
    lines += [t(lang, "top_line", place=i, name=name, score=score) for i, (name, score) in enumerate(rows, 1)]
    return "\n".join(lines)


async def on_top(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    lang = await ui_language(update, context)
    if update.effective_chat.type == ChatType.PRIVATE:
        await send_html(update.effective_message, t(lang, "top_private"))
        return
    await send_html(update.effective_message, await leaderboard_html(services(context), update.effective_chat.id, lang))


async def on_stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    svc = services(context)
    lang = await ui_language(update, context)
    user_id = update.effective_user.id
    reviews = await svc.storage.reviews(user_id)
    if not reviews:
        await send_html(update.effective_message, t(lang, "stats_empty"))
        return
    zone = await svc.storage.time_zone(user_id)
    now = datetime.now(UTC)
    answers = [(r.item_id, r.correct, local_day(r.reviewed_at, zone)) for r in reviews]
    stats = progress(list(svc.kb.quiz.values()), answers, await svc.storage.cards(user_id), now, local_day(now, zone))
    await send_html(
        update.effective_message,
        t(lang, "stats", answered=stats.answered, accuracy=stats.accuracy, streak=stats.streak, due=stats.due_now,
          mastered=stats.mastered, total=stats.concepts),
    )


async def on_tip_quiz(update: Update, context: ContextTypes.DEFAULT_TYPE, tip_id: str) -> None:
    """The "Quiz me on this" button under a tip: a short round on that concept."""
    query = update.callback_query
    svc = services(context)
    lang = await ui_language(update, context)
    tip = svc.kb.tip(tip_id)
    items = []
    if tip is not None:  # the tip's concept; else its paragraph; else its topic
        every = svc.kb.quiz_items()
        topic = svc.kb.entries[tip.entry].topic
        items = (
            [i for i in every if i.entry == tip.entry]
            or [i for i in every if i.paragraph == tip.source.paragraph]
            or svc.kb.quiz_items(topic)
        )
    if tip is None or not items or query.message is None:
        await query.answer(t(lang, "quiz_none" if tip else "button_expired"), show_alert=True)
        return
    await query.answer()
    await start_round(context.application, update, lang, items, min(3, len(items)))
