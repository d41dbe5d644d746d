"""End to end: the real Application polls the fake Bot API over HTTP on 127.0.0.1."""

from __future__ import annotations

import re

from bot.devtools.fake_bot_api import BOT_USER, parse_html
from bot.i18n import plain
from knowledge.essay import load_essay
from tests.conftest import RunningBot

GROUP = {"id": -100777, "type": "supergroup", "title": "Politology 101"}


def texts(fake, chat_id=1001):
    return [c.params["text"] for c in fake.sent("sendMessage", chat_id)]


async def reply_to(fake, text, count=None, chat_id=1001, **kwargs):
    before = len(fake.sent("sendMessage", chat_id))
    fake.send_text(text, chat=kwargs.pop("chat", None), **kwargs)
    calls = await fake.calls_of("sendMessage", count=before + (count or 1), chat_id=chat_id)
    return calls[before:]


async def test_start_help_and_the_command_menu(bot, fake_api):
    [start] = await reply_to(fake_api, "/start")
    assert "Saiasat" in start.params["text"]
    [help_] = await reply_to(fake_api, "/help")
    for command in ("/ask", "/topics", "/sources", "/about", "/language", "/quiz", "/tip", "/subscribe", "/stats"):
        assert command in help_.params["text"]
    menus = fake_api.sent("setMyCommands")
    assert {c.params.get("language_code") for c in menus} == {None, "ru", "kk"}
    assert "quiz" in [c["command"] for c in menus[0].params["commands"]]
    assert fake_api.rejected == []


async def test_a_question_with_typos_is_answered_with_verbatim_sources(bot, fake_api):
    [answer] = await reply_to(fake_api, "wat is politcal modernisation")
    html_text = answer.params["text"]
    assert answer.params["parse_mode"] == "HTML"
    assert "<blockquote>" in html_text and "¶3" in html_text
    quote = re.search(r"«(.+?)»", parse_html(html_text)).group(1)
    assert load_essay().contains(3, quote)
    buttons = [b for row in answer.params["reply_markup"]["inline_keyboard"] for b in row]
    assert any(b["callback_data"].startswith("v:1:") for b in buttons)
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    assert fake_api.rejected == []


async def test_out_of_scope_gets_an_honest_no_without_a_citation(bot, fake_api):
    [answer] = await reply_to(fake_api, "what is the weather in Almaty tomorrow")
    assert "does not cover" in answer.params["text"]
    assert "<blockquote>" not in answer.params["text"] and "¶" not in answer.params["text"]


async def test_html_emoji_control_characters_and_huge_messages_are_handled(bot, fake_api):
    for text in ["<b>what</b> is <i>democracy</i> & civilization?", "🙂🙂🙂", "\x07\x1b[2J", "x" * 5000, "<script>" * 600]:
        await reply_to(fake_api, text)
    assert fake_api.rejected == []
    sent = texts(fake_api)
    assert "civilization" in sent[0].lower()
    assert all(len(parse_html(t)) <= 4096 for t in sent)


async def test_buttons_related_vote_topics_and_stale_data(bot, fake_api):
    [answer] = await reply_to(fake_api, "who was marcus aurelius")
    message = answer_message = fake_api.messages[(1001, max(k[1] for k in fake_api.messages if k[0] == 1001))]
    buttons = [b for row in answer_message["reply_markup"]["inline_keyboard"] for b in row]
    related = next(b for b in buttons if b["callback_data"].startswith("e:"))
    fake_api.press(message, related["callback_data"])
    await fake_api.calls_of("answerCallbackQuery", 1)
    [opened] = (await fake_api.calls_of("sendMessage", 2, chat_id=1001))[1:]
    assert "<blockquote>" in opened.params["text"]

    vote = next(b for b in buttons if b["callback_data"].startswith("v:1:"))
    fake_api.press(message, vote["callback_data"])
    fake_api.press(message, "zz:unknown:data")
    calls = await fake_api.calls_of("answerCallbackQuery", 3)
    assert calls[1].params.get("text") and calls[2].params.get("show_alert") in (True, "true")

    await reply_to(fake_api, "/topics")
    topics_message = fake_api.messages[(1001, max(k[1] for k in fake_api.messages if k[0] == 1001))]
    first_topic = topics_message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    fake_api.press(topics_message, first_topic)
    [edit] = await fake_api.calls_of("editMessageText", 1)
    assert edit.params["reply_markup"]["inline_keyboard"]
    assert not fake_api.pending_callbacks  # every callback was answered
    assert fake_api.rejected == []


async def test_sources_about_language_and_unknown_commands(bot, fake_api):
    [sources] = await reply_to(fake_api, "/sources")
    assert "Nysanbaev AN Political science. - Almaty, 1998." in sources.params["text"]
    [about] = await reply_to(fake_api, "/about")
    assert "Keywords" in about.params["text"] and "political modernization" in about.params["text"]
    [unknown] = await reply_to(fake_api, "/frobnicate")
    assert "/help" in unknown.params["text"]
    [usage] = await reply_to(fake_api, "/ask")
    assert "/ask" in usage.params["text"]
    await reply_to(fake_api, "/language")
    choose = fake_api.messages[(1001, max(k[1] for k in fake_api.messages if k[0] == 1001))]
    fake_api.press(choose, "l:ru")
    await fake_api.calls_of("editMessageText", 1)
    [help_ru] = await reply_to(fake_api, "/help")
    assert "Что я умею" in help_ru.params["text"] or "умею" in help_ru.params["text"]
    assert fake_api.rejected == []


async def test_russian_and_kazakh_questions_are_answered_in_their_language(bot, fake_api):
    [ru] = await reply_to(fake_api, "что такое политическая модернизация")
    assert re.search("[а-яё]{4}", ru.params["text"].split("<blockquote>")[0])
    assert plain("ru", "sources_heading") in ru.params["text"]
    [kk] = await reply_to(fake_api, "саяси партиялар кімнің мүддесін білдіреді")
    assert plain("kk", "sources_heading") in kk.params["text"]


async def test_after_an_english_sentence_a_name_in_latin_letters_is_answered_in_english(bot, fake_api):
    """A Kazakh student's "Daniel Bell" is answered in Kazakh until they write an English sentence; that is kept
    (another instance sees it), and a Cyrillic "демократия" then goes by Telegram's language."""
    kazakh, english = plain("kk", "sources_heading"), plain("en", "sources_heading")
    await reply_to(fake_api, "саяси партиялар кімнің мүддесін білдіреді", user_id=3003, chat_id=3003, lang="ru")
    [name] = await reply_to(fake_api, "Daniel Bell", user_id=3003, chat_id=3003, lang="ru")
    assert kazakh in name.params["text"]
    await reply_to(fake_api, "what is democracy", user_id=3003, chat_id=3003, lang="ru")
    [name] = await reply_to(fake_api, "Daniel Bell", user_id=3003, chat_id=3003, lang="ru")
    assert english in name.params["text"]
    [bare] = await reply_to(fake_api, "демократия", user_id=3003, chat_id=3003, lang="ru")
    assert plain("ru", "sources_heading") in bare.params["text"]
    storage = bot.app.bot_data["services"].storage
    await storage.buffer.flush()
    other = await RunningBot(bot.settings).start()
    try:
        assert await other.app.bot_data["services"].storage.users.written_language(3003) == "en"
    finally:
        await other.stop()
    assert fake_api.rejected == []


async def test_a_bare_term_is_answered_in_the_language_the_student_has_been_writing(bot, fake_api):
    """ "демократия" is spelled alike in Russian and Kazakh, and "Daniel Bell" says nothing of the
    asker's language: a student whose Telegram is in Russian but who writes Kazakh gets them in
    Kazakh, from another instance too; in a group nothing is kept."""
    kazakh, russian = plain("kk", "sources_heading"), plain("ru", "sources_heading")
    [first] = await reply_to(fake_api, "демократия", lang="ru")
    assert russian in first.params["text"]  # nothing written yet: Telegram's language
    [name] = await reply_to(fake_api, "Daniel Bell", lang="ru")  # …but Latin letters are not read by it
    assert plain("en", "sources_heading") in name.params["text"]
    await reply_to(fake_api, "саяси партиялар кімнің мүддесін білдіреді", lang="ru")
    [bare] = await reply_to(fake_api, "демократия", lang="ru")
    assert kazakh in bare.params["text"]
    [name] = await reply_to(fake_api, "Daniel Bell", lang="ru")  # a name alone in Latin letters: Kazakh too
    assert kazakh in name.params["text"]
    storage = bot.app.bot_data["services"].storage
    await storage.buffer.flush()
    other = await RunningBot(bot.settings).start()  # another instance, the same database: it is kept
    try:
        assert await other.app.bot_data["services"].storage.users.written_language(1001) == "kk"
    finally:
        await other.stop()
    await reply_to(fake_api, "что такое политическая модернизация", lang="kk")  # Russian again
    [again] = await reply_to(fake_api, "партия", lang="kk")
    assert russian in again.params["text"]
    # in a group: a question is answered in its own language, and no one's language is kept
    await reply_to(
        fake_api,
        f"@{BOT_USER['username']} саяси партиялар кімнің мүддесін білдіреді",
        user_id=2002,
        chat=GROUP,
        chat_id=GROUP["id"],
    )
    await storage.buffer.flush()
    assert await storage.users.written_language(2002) is None
    assert (await storage.users.export(1001, "x"))["written_language"] == "ru"  # /export shows it
    assert fake_api.rejected == []


async def test_groups_silent_on_chatter_answer_ask_mentions_and_replies(bot, fake_api):
    fake_api.send_text("hi all, what's the homework?", chat=GROUP)
    fake_api.send_text("lol", chat=GROUP)
    [ask] = await reply_to(
        fake_api, f"/ask@{BOT_USER['username']} why is democracy the basis of civilization", chat=GROUP, chat_id=GROUP["id"]
    )
    assert "<blockquote>" in ask.params["text"]
    [mention] = await reply_to(fake_api, f"@{BOT_USER['username']} who is daniel bell", chat=GROUP, chat_id=GROUP["id"])
    assert "Bell" in mention.params["text"]
    bot_message = fake_api.messages[(GROUP["id"], max(k[1] for k in fake_api.messages if k[0] == GROUP["id"]))]
    [reply] = await reply_to(
        fake_api, "and what is political development?", chat=GROUP, chat_id=GROUP["id"], reply_to=bot_message
    )
    assert "<blockquote>" in reply.params["text"]
    assert len(fake_api.sent("sendMessage", GROUP["id"])) == 3  # nothing for the chatter
    assert fake_api.rejected == []


async def test_inline_mode_returns_articles_with_sources(bot, fake_api):
    fake_api.inline("daniel bell")
    [call] = await fake_api.calls_of("answerInlineQuery", 1)
    results = call.params["results"]
    assert 1 <= len(results) <= 10
    assert results[0]["id"].startswith("bell")
    assert "<blockquote>" in results[0]["input_message_content"]["message_text"]
    fake_api.inline("")
    fake_api.inline("football scores")
    calls = await fake_api.calls_of("answerInlineQuery", 3)
    assert calls[1].params["results"] and calls[2].params["results"] == []
    assert fake_api.rejected == []


async def test_flooding_user_gets_one_notice_then_calm(bot, fake_api):
    for i in range(14):
        fake_api.send_text(f"what is democracy {i}")
    await fake_api.calls_of("sendMessage", 9, chat_id=1001)
    fake_api.send_text("/help", user_id=2002)  # another user is not affected
    await fake_api.calls_of("sendMessage", 1, chat_id=2002)
    notices = [t for t in texts(fake_api) if "too fast" in t]
    assert len(notices) == 1
    assert len(texts(fake_api)) == 9  # 8 answers + 1 notice


async def test_a_failing_request_gets_an_apology_and_the_bot_lives_on(bot, fake_api):
    fake_api.inject("sendMessage", 500, "Internal Server Error")
    fake_api.send_text("what is democracy")
    await fake_api.calls_of("sendMessage", 2, chat_id=1001)  # the failed answer, then the apology
    [after] = await reply_to(fake_api, "what is political development")
    assert "<blockquote>" in after.params["text"]
    assert "Sorry" in texts(fake_api)[-2]
