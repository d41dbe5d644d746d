"""End to end: tips, subscriptions, quiz rounds, stats, data controls, through the fake Bot API."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from bot.handlers import tips as tips_handlers
from bot.storage import Storage
from knowledge.essay import load_essay
from tests.fake_bot_api import parse_html

GROUP = {"id": -100555, "type": "supergroup", "title": "Study group"}


async def say(fake, text, user_id=1001, chat=None, lang="en"):
    chat_id = chat["id"] if chat else user_id
    before = len(fake.sent("sendMessage", chat_id))
    fake.send_text(text, user_id=user_id, chat=chat, lang=lang)
    return (await fake.calls_of("sendMessage", before + 1, chat_id=chat_id))[-1]


def last_message(fake, chat_id):
    return fake.messages[(chat_id, max(k[1] for k in fake.messages if k[0] == chat_id))]


async def test_tip_cites_the_essay_and_its_buttons_work(bot, fake_api):
    tip = await say(fake_api, "/tip")
    text = tip.params["text"]
    assert "<blockquote>" in text
    quote = parse_html(text).split("«")[1].split("»")[0]
    assert any(load_essay().contains(n, quote) for n in range(21))
    buttons = [b["callback_data"] for row in tip.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[0].startswith("tm:") and buttons[1].startswith("tq:")
    second = await say(fake_api, "/tip")
    assert second.params["text"] != text  # the next unseen tip, not a repeat

    message = fake_api.messages[(1001, min(k[1] for k in fake_api.messages if k[0] == 1001 and "reply_markup" in fake_api.messages[k]))]
    fake_api.press(message, buttons[0])
    explained = (await fake_api.calls_of("sendMessage", 3, chat_id=1001))[-1]
    assert "<blockquote>" in explained.params["text"]
    fake_api.press(message, buttons[1])
    [poll] = await fake_api.calls_of("sendPoll", 1)
    assert poll.params["type"] == "quiz"
    assert not fake_api.pending_callbacks and fake_api.rejected == []


async def test_quiz_round_continues_on_answers_and_ends_with_a_summary(bot, fake_api):
    await say(fake_api, "/quiz 3")
    for n in range(1, 4):
        [*_, poll] = await fake_api.calls_of("sendPoll", n)
        params = poll.params
        assert params["type"] == "quiz" and params["is_anonymous"] in (False, "false", "False")
        assert params["explanation"] and "¶" in params["explanation"]
        correct = params["correct_option_ids"][0] if isinstance(params["correct_option_ids"], list) else json.loads(params["correct_option_ids"])[0]
        poll_id = list(fake_api.polls)[-1]
        fake_api.answer_poll(poll_id, correct if n != 2 else (correct + 1) % len(params["options"]))
    summary = (await fake_api.calls_of("sendMessage", 2, chat_id=1001))[-1]
    assert "2/3" in summary.params["text"]
    review = summary.params["reply_markup"]["inline_keyboard"]
    assert len(review) == 1 and review[0][0]["callback_data"].startswith("e:")
    stats = await say(fake_api, "/stats")
    assert "Answered: 3" in stats.params["text"] and "67%" in stats.params["text"]
    assert fake_api.rejected == []


async def test_progress_and_subscription_survive_a_restart(bot, fake_api):
    await say(fake_api, "/quiz 1")
    [poll] = await fake_api.calls_of("sendPoll", 1)
    fake_api.answer_poll(list(fake_api.polls)[-1], 0)
    await fake_api.calls_of("sendMessage", 2, chat_id=1001)
    confirmed = await say(fake_api, "/subscribe 07:45 Europe/Moscow")
    assert "07:45" in confirmed.params["text"] and "Europe/Moscow" in confirmed.params["text"]
    await bot.restart()
    stats = await say(fake_api, "/stats")
    assert "Answered: 1" in stats.params["text"]
    jobs = bot.app.job_queue.get_jobs_by_name(tips_handlers.job_name(1001))
    assert len(jobs) == 1
    assert jobs[0].next_t.astimezone(UTC).strftime("%H:%M") == "04:45"  # 07:45 Moscow is 04:45 UTC
    settings = await say(fake_api, "/settings")
    assert "07:45" in settings.params["text"]
    bye = await say(fake_api, "/unsubscribe")
    assert "Unsubscribed" in bye.params["text"]
    assert not bot.app.job_queue.get_jobs_by_name(tips_handlers.job_name(1001))
    again = await say(fake_api, "/unsubscribe")
    assert "not subscribed" in again.params["text"]


async def test_settings_buttons_move_the_daily_tip_and_toggle_the_subscription(bot, fake_api):
    await say(fake_api, "/subscribe 00:30 UTC")
    shown = await say(fake_api, "/settings")
    assert "00:30" in shown.params["text"] and "/subscribe" in shown.params["text"]
    message = last_message(fake_api, 1001)
    buttons = [b["callback_data"] for row in shown.params["reply_markup"]["inline_keyboard"] for b in row]
    assert "s:earlier" in buttons and "s:later" in buttons
    fake_api.press(message, "s:earlier")  # around midnight: 00:30 -> 23:30
    edit = (await fake_api.calls_of("editMessageText", 1, chat_id=1001))[-1]
    assert "23:30" in edit.params["text"]
    [job] = bot.app.job_queue.get_jobs_by_name(tips_handlers.job_name(1001))
    assert job.next_t.astimezone(UTC).strftime("%H:%M") == "23:30"
    fake_api.press(message, "s:later")
    fake_api.press(message, "s:later")
    edit = (await fake_api.calls_of("editMessageText", 3, chat_id=1001))[-1]
    assert "01:30" in edit.params["text"]
    fake_api.press(message, "s:unsub")
    edit = (await fake_api.calls_of("editMessageText", 4, chat_id=1001))[-1]
    assert "s:earlier" not in str(edit.params.get("reply_markup"))
    assert not bot.app.job_queue.get_jobs_by_name(tips_handlers.job_name(1001))
    fake_api.press(message, "s:later")  # a stale button after unsubscribing changes nothing
    await fake_api.calls_of("answerCallbackQuery", 5)
    assert not bot.app.job_queue.get_jobs_by_name(tips_handlers.job_name(1001))
    assert fake_api.rejected == []


async def test_bad_arguments_get_usage_help(bot, fake_api):
    for command in ("/subscribe 25:99", "/subscribe 9:00 Mars/Base", "/quiz 500", "/quiz astrology"):
        reply = await say(fake_api, command)
        assert "Usage" in reply.params["text"], command
    assert fake_api.sent("sendPoll") == []


async def test_the_daily_tip_goes_out_once_and_a_blocked_user_is_unsubscribed(bot, fake_api, database_url):
    await say(fake_api, "/subscribe 09:00 UTC")
    await say(fake_api, "/subscribe 09:00 UTC", user_id=2002)
    morning = datetime(2030, 1, 2, 9, 0, 5, tzinfo=UTC)
    fake_api.blocked_chats.add(2002)
    assert await tips_handlers.deliver_daily_tip(bot.app, 1001, morning) is True
    assert await tips_handlers.deliver_daily_tip(bot.app, 1001, morning + timedelta(minutes=5)) is False  # once a day
    assert await tips_handlers.deliver_daily_tip(bot.app, 2002, morning) is False
    storage = Storage(database_url)
    try:
        assert (await storage.subscription(2002)).active is False  # 403: unsubscribed
        assert (await storage.subscription(1001)).active is True
    finally:
        await storage.close()
    assert not bot.app.job_queue.get_jobs_by_name(tips_handlers.job_name(2002))
    calls_to_blocked = len(fake_api.sent("sendMessage", 2002))
    assert await tips_handlers.deliver_daily_tip(bot.app, 2002, morning + timedelta(days=1)) is False
    assert len(fake_api.sent("sendMessage", 2002)) == calls_to_blocked  # never retried
    assert [r for r in fake_api.rejected if "blocked" not in r[2]] == []


async def test_a_tip_at_the_subscribed_minute_arrives_even_across_a_restart(bot, fake_api):
    now = datetime.now(UTC)
    target = (now + timedelta(minutes=1 if now.second < 45 else 2)).replace(second=0, microsecond=0)
    await say(fake_api, f"/subscribe {target:%H:%M} UTC")
    await bot.restart()
    before = len(fake_api.sent("sendMessage", 1001))
    wait = (target - datetime.now(UTC)).total_seconds() + 20
    calls = await fake_api.calls_of("sendMessage", before + 1, chat_id=1001, timeout=wait)
    assert "<blockquote>" in calls[-1].params["text"]
    assert datetime.now(UTC) >= target


async def test_export_and_forget(bot, fake_api):
    await say(fake_api, "/subscribe")
    await say(fake_api, "/tip")
    fake_api.send_text("/export")
    [document] = await fake_api.calls_of("sendDocument", 1)
    data = json.loads(next(iter(fake_api.files.values())))
    assert data["subscription"]["time"] == "09:00" and data["tips_seen"]
    await say(fake_api, "/forget")
    fake_api.press(last_message(fake_api, 1001), "f:yes")
    [edit] = await fake_api.calls_of("editMessageText", 1)
    assert "deleted" in edit.params["text"]
    fake_api.send_text("/export")
    await fake_api.calls_of("sendDocument", 2)
    after = json.loads(list(fake_api.files.values())[-1])
    assert after["subscription"] is None and after["tips_seen"] == []


async def test_group_quiz_counts_every_member_and_shows_a_leaderboard(bot, fake_api):
    await say(fake_api, "/quiz 1", chat=GROUP)
    [poll] = await fake_api.calls_of("sendPoll", 1)
    correct = poll.params["correct_option_ids"][0]
    poll_id = list(fake_api.polls)[-1]
    fake_api.answer_poll(poll_id, correct, user_id=1, name="Aigerim")
    fake_api.answer_poll(poll_id, (correct + 1) % len(poll.params["options"]), user_id=2, name="Daniyar")
    import asyncio

    await asyncio.sleep(0.5)
    for job in bot.app.job_queue.jobs():  # don't wait out the group's answering time
        if job.name and job.name.startswith("quiz-next:"):
            await job.run(bot.app)
    board = (await fake_api.calls_of("sendMessage", 2, chat_id=GROUP["id"]))[-1]
    assert "Aigerim — 1" in board.params["text"] and "Daniyar — 0" in board.params["text"]
    top = await say(fake_api, "/top", chat=GROUP)
    assert "Aigerim" in top.params["text"]
    assert fake_api.rejected == []


async def test_database_outage_gets_an_apology_and_loses_nothing(bot, fake_api):
    await say(fake_api, "/subscribe 06:30 UTC")
    storage = bot.app.bot_data["services"].storage
    real_engine, real_session = storage.engine, storage.session
    broken = Storage("sqlite+aiosqlite:////nonexistent-dir/never/there.sqlite3")
    storage.engine, storage.session = broken.engine, broken.session
    try:
        apology = await say(fake_api, "/settings")
        assert "storage" in apology.params["text"]
    finally:
        storage.engine, storage.session = real_engine, real_session
        await broken.close()
    settings = await say(fake_api, "/settings")
    assert "06:30" in settings.params["text"]
