"""Quiz mode: /quiz rounds of native quiz polls, answers, spaced repetition, /top.

Round state lives in the database. Starting a round and answering put the next poll into the
outbox (bot.storage.outbox); the worker sends it (`send_work`), retrying on failure, and records
the poll. A private round moves on when its player answers; a group round when every player of
the round has answered, or when the poll's time is up (the deadline is in the database).
"""

from __future__ import annotations

import html
import logging
import random
import time
from datetime import UTC, datetime

from rapidfuzz import fuzz, process
from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from bot.context import BotContext, Services, services_of
from bot.handlers.common import chat_of, is_private, message_of, send_html, ui_language
from bot.i18n import LANGUAGES, plain, t, tn
from bot.render import review_keyboard
from bot.sending import send_quiz_poll, send_text
from bot.storage.outbox import Work
from bot.storage.quiz import RoundView
from knowledge.quiz import DEFAULT_ROUND, MAX_ROUND, plan_round, review, shuffled_options
from knowledge.schema import QuizItem

log = logging.getLogger("saiasat.quiz")
GROUP_OPEN_SECONDS = 30  # a group poll stays open this long, or until every player has answered
RETRY_DELAYS = (2, 5, 15, 60, 300, 900, 1800)
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


async def on_quiz(update: Update, context: BotContext) -> None:
    svc = context.svc
    lang = await ui_language(update, context)
    topics = list(svc.kb.topics)
    try:
        size, topic = parse_quiz_args(context.args or [], topics)
    except ValueError:
        names = ", ".join(plain(lang, f"topic.{x}") for x in topics)
        await send_html(message_of(update), t(lang, "quiz_usage", max=MAX_ROUND, topics=names))
        return
    items = svc.kb.quiz_items(topic)
    if not items:
        await send_html(message_of(update), t(lang, "quiz_none"))
        return
    await start_round(context, update, lang, items, size)


async def start_round(context: BotContext, update: Update, lang: str, items: list[QuizItem], size: int) -> None:
    svc = context.svc
    chat = chat_of(update)
    user = update.effective_user
    assert user is not None
    group = chat.type != ChatType.PRIVATE
    if group:
        playable = [i for i in items if not i.trivia] or items
        chosen = [i.id for i in _rng.sample(playable, min(size, len(playable)))]
    else:
        chosen = plan_round(items, await svc.storage.quiz.cards(user.id), datetime.now(UTC), size)
    if group:
        text = t(lang, "quiz_start_group", questions=tn(lang, "questions", len(chosen)), seconds=GROUP_OPEN_SECONDS)
    else:
        text = t(lang, "quiz_start", questions=tn(lang, "questions", len(chosen)))
    await send_html(message_of(update), text)  # before the round exists, so it comes before its first poll
    await svc.storage.quiz.start_round(chat.id, None if group else user.id, user.id, lang, chosen)
    if svc.worker is not None:
        svc.worker.kick()


async def send_work(app: Application, work: Work) -> None:
    """Outbox work: send it; record what Telegram returned; on failure retry later."""
    svc = services_of(app)
    try:
        if work.kind == "poll":
            await _send_poll(app, svc, work)
        elif work.kind == "summary":
            await _send_summary(app, svc, work)
        elif work.kind == "close":
            await app.bot.stop_poll(work.chat_id, int(work.payload["message_id"]))
            await svc.storage.outbox.done(work.id)
        else:
            await svc.storage.outbox.give_up(work.id)
    except (Forbidden, BadRequest) as exc:  # the chat is gone, or the poll already closed: nothing to retry
        log.info("%s not sent (%s)", work.kind, type(exc).__name__)
        await svc.storage.outbox.give_up(work.id)
    except TelegramError as exc:
        delay = RETRY_DELAYS[min(work.attempts, len(RETRY_DELAYS) - 1)]
        log.warning("%s failed (%s); retry in %d s", work.kind, type(exc).__name__, delay)
        if not await svc.storage.outbox.retry(work, delay):
            log.error("%s given up after %d attempts", work.kind, work.attempts + 1)


async def _send_poll(app: Application, svc: Services, work: Work) -> None:
    round_ = await svc.storage.quiz.round(int(work.payload["round"]))
    if round_ is None or not round_.active or round_.position != int(work.payload["position"]):
        await svc.storage.outbox.done(work.id)  # replaced by a newer round, or already past
        return
    item = svc.kb.quiz.get(round_.items[round_.position])
    if item is None:  # an item removed from the KB since the round began
        await svc.storage.outbox.give_up(work.id)
        return
    options, correct = shuffled_options(item, round_.lang, _rng)
    group = round_.user_id is None
    message = await send_quiz_poll(
        app.bot,
        round_.chat_id,
        html.escape(f"{round_.position + 1}/{len(round_.items)}. {item.question.get(round_.lang)}", quote=False),
        [html.escape(o, quote=False) for o in options],
        [correct],
        html.escape(item.explanation.get(round_.lang), quote=False),
        GROUP_OPEN_SECONDS if group else None,
    )
    deadline = time.time() + GROUP_OPEN_SECONDS if group else None
    poll_id, message_id = str(message["poll"]["id"]), int(message["message_id"])
    await svc.storage.quiz.poll_sent(work.id, round_, poll_id, message_id, item.id, [correct], deadline)


async def _send_summary(app: Application, svc: Services, work: Work) -> None:
    round_ = await svc.storage.quiz.round(int(work.payload["round"]))
    if round_ is None:
        await svc.storage.outbox.done(work.id)
        return
    if round_.user_id is None:
        await send_text(app.bot, round_.chat_id, await leaderboard_html(svc, round_.chat_id, round_.lang))
    else:
        text, rows = summary(svc, round_)
        await send_text(app.bot, round_.chat_id, text, rows)
    await svc.storage.outbox.done(work.id)


def summary(svc: Services, round_: RoundView) -> tuple[str, list]:
    lang = round_.lang
    parts = [t(lang, "quiz_summary", score=round_.score, total=len(round_.items))]
    wrong_entries = [svc.kb.quiz[i].entry for i in round_.wrong if i in svc.kb.quiz]
    parts.append(t(lang, "quiz_review") if wrong_entries else t(lang, "quiz_all_right"))
    return "\n\n".join(parts), review_keyboard(svc.kb, wrong_entries, lang)


async def on_poll_answer(update: Update, context: BotContext) -> None:
    """One read (the poll, its round, the player's card), one transaction (review, card, score,
    the round's move and the next poll in the outbox, the update marked done)."""
    answer = update.poll_answer
    assert answer is not None
    svc = context.svc
    user = answer.user
    if user is None:
        return
    poll, card = await svc.storage.quiz.answer_context(answer.poll_id, user.id)
    if poll is None or (poll.user_id is not None and poll.user_id != user.id) or not answer.option_ids:
        return  # not our poll, someone else's private round, or a retracted vote
    correct = bool(set(answer.option_ids) & set(poll.correct_ids))
    reviewed = review(card, correct, datetime.now(UTC))
    result = await svc.storage.quiz.record_answer(poll, user.id, user.full_name, correct, reviewed.card_json, update.update_id)
    if result.applied:
        svc.metrics.inc("quiz_answers")
    else:
        svc.metrics.inc("duplicates")
    if result.advanced and svc.worker is not None:
        svc.worker.kick()


async def leaderboard_html(svc: Services, chat_id: int, lang: str) -> str:
    rows = await svc.storage.quiz.leaderboard(chat_id)
    if not rows:
        return t(lang, "top_empty")
    lines = [t(lang, "top_heading")]
    lines += [t(lang, "top_line", place=i, name=name, score=score) for i, (name, score) in enumerate(rows, 1)]
    return "\n".join(lines)


async def on_top(update: Update, context: BotContext) -> None:
    lang = await ui_language(update, context)
    if is_private(update):
        await send_html(message_of(update), t(lang, "top_private"))
        return
    await send_html(message_of(update), await leaderboard_html(context.svc, chat_of(update).id, lang))


async def on_tip_quiz(update: Update, context: BotContext, tip_id: str) -> None:
    """The "Quiz me on this" button under a tip: a short round on that concept."""
    query = update.callback_query
    assert query is not None
    svc = context.svc
    lang = await ui_language(update, context)
    tip = svc.kb.tip(tip_id)
    items: list[QuizItem] = []
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
    await start_round(context, update, lang, items, min(3, len(items)))
