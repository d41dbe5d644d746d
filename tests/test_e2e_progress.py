"""Progress pictures through the fake Bot API: /stats, /class, /map send valid PNGs in every
language; /class is for a group's administrators and goes to them in private; names appear only
when enabled; a member's /forget removes them from the next report."""

from __future__ import annotations

import asyncio

import pytest

from tests.helpers import eventually, recorded_poll

GROUP = {"id": -100999, "type": "supergroup", "title": "Political science 101"}
TEACHER, ANNA, BEK = 1001, 2001, 2002


async def say(fake, text, user_id=TEACHER, chat=None, lang="en"):
    chat_id = chat["id"] if chat else user_id
    before = len(fake.sent("sendMessage", chat_id))
    fake.send_text(text, user_id=user_id, chat=chat, lang=lang)
    return (await fake.calls_of("sendMessage", before + 1, chat_id=chat_id))[-1]


def check_photo(photo: dict) -> None:
    assert photo["bytes"][:8] == b"\x89PNG\r\n\x1a\n"
    assert photo["width"] + photo["height"] <= 10_000 and len(photo["bytes"]) <= 10 * 2**20
    assert len(photo["caption"] or "") <= 1024


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
async def test_stats_and_map_are_pictures_in_every_language(bot, fake_api, lang):
    user = {"en": 3001, "ru": 3002, "kk": 3003}[lang]
    await say(fake_api, "/language", user_id=user, lang=lang)
    fake_api.send_text("/quiz 1", user_id=user, lang=lang)
    [poll] = await fake_api.calls_of("sendPoll", 1, chat_id=user)
    fake_api.answer_poll(await recorded_poll(bot, fake_api), 0, user_id=user, lang=lang)
    await fake_api.calls_of("sendMessage", 3, chat_id=user)  # the language menu, the intro, the summary
    fake_api.send_text("/stats", user_id=user, lang=lang)
    fake_api.send_text("/map", user_id=user, lang=lang)
    photos = await fake_api.calls_of("sendPhoto", 2, chat_id=user, timeout=60)
    stored = [p for p in fake_api.photos if p["chat_id"] == user]
    assert len(stored) == 2 and len(photos) == 2
    for photo in stored:
        check_photo(photo)
    stats_caption = stored[0]["caption"]
    assert {"en": "Answered: 1", "ru": "1", "kk": "1"}[lang] in stats_caption
    assert fake_api.rejected == []


async def test_map_button_under_topics_sends_the_map(bot, fake_api):
    topics = await say(fake_api, "/topics")
    data = [b["callback_data"] for row in topics.params["reply_markup"]["inline_keyboard"] for b in row]
    assert "m:en" in data
    message = fake_api.messages[(TEACHER, max(k[1] for k in fake_api.messages if k[0] == TEACHER))]
    fake_api.press(message, "m:en")
    await fake_api.calls_of("sendPhoto", 1, chat_id=TEACHER, timeout=60)
    check_photo(fake_api.photos[-1])


async def _group_round(bot, fake) -> None:
    """Two members answer a one-question group round; the teacher started it."""
    before = len(fake.sent("sendPoll"))
    fake.send_text("/quiz 1", user_id=TEACHER, chat=GROUP)
    await fake.calls_of("sendPoll", before + 1, chat_id=GROUP["id"])
    poll_id = await recorded_poll(bot, fake)
    fake.answer_poll(poll_id, 0, user_id=TEACHER, name="Teacher")
    fake.answer_poll(poll_id, 1, user_id=ANNA, name="Anna")
    fake.answer_poll(poll_id, 0, user_id=BEK, name="Bek")
    sent = lambda: asyncio.sleep(0, fake.sent("sendMessage", GROUP["id"]))  # noqa: E731
    await eventually(sent, lambda calls: any("Leaderboard" in c.params.get("text", "") for c in calls), timeout=60)  # round over


async def test_class_view_for_administrators_in_private_names_only_when_enabled(bot, fake_api):
    fake_api.set_admins(GROUP["id"], [TEACHER])
    await _group_round(bot, fake_api)
    await say(fake_api, "/ask what is democracy", user_id=ANNA, chat=GROUP)
    refused = await say(fake_api, "/class", user_id=ANNA, chat=GROUP)
    assert "administrators" in refused.params["text"]
    assert not [p for p in fake_api.photos if p["chat_id"] == ANNA]

    sent = await say(fake_api, "/class", user_id=TEACHER, chat=GROUP)
    assert "private" in sent.params["text"]
    [photo] = [p for p in fake_api.photos if p["chat_id"] == TEACHER]
    check_photo(photo)
    assert "Anna" not in photo["caption"]  # names are off by default

    notice = await say(fake_api, "/class names on", user_id=TEACHER, chat=GROUP)
    assert "by name" in notice.params["text"]  # members are told in the group
    storage = bot.app.bot_data["services"].storage
    assert (await storage.progress.settings(GROUP["id"])).names is True
    from bot.handlers.progress import class_report

    png, text = await class_report(bot.app.bot_data["services"], GROUP["id"], "en", "x")
    answers = await storage.progress.group_answers(
        GROUP["id"], __import__("datetime").datetime(2000, 1, 1, tzinfo=__import__("datetime").UTC)
    )
    assert {a.name for a in answers} >= {"Anna", "Bek"}

    # Anna forgets her data: she is gone from the next report
    fake_api.send_text("/forget", user_id=ANNA)
    await fake_api.calls_of("sendMessage", 1, chat_id=ANNA)
    confirm = fake_api.messages[(ANNA, max(k[1] for k in fake_api.messages if k[0] == ANNA))]
    fake_api.press(confirm, f"f:yes:{ANNA}", user_id=ANNA)
    await fake_api.calls_of("editMessageText", 1, chat_id=ANNA)
    answers = await storage.progress.group_answers(
        GROUP["id"], __import__("datetime").datetime(2000, 1, 1, tzinfo=__import__("datetime").UTC)
    )
    assert ANNA not in {a.user_id for a in answers} and {a.user_id for a in answers} >= {BEK}
    assert await storage.progress.players_ever(GROUP["id"]) == 2
    assert fake_api.rejected == []


async def test_a_teacher_who_never_opened_a_private_chat_gets_a_link(bot, fake_api):
    fake_api.set_admins(GROUP["id"], [TEACHER])
    fake_api.blocked_chats.add(TEACHER)  # Telegram answers 403 to a bot the user never started
    reply = await say(fake_api, "/class", user_id=TEACHER, chat=GROUP)
    assert reply.params["reply_markup"]["inline_keyboard"][0][0]["url"].endswith("?start=class")
