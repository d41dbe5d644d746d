"""The curator loop: unanswered questions recorded without identity, grouped, proposed,
accepted by an admin in Telegram, and answered next time."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

from bot.app import build_application
from bot.context import services_of
from bot.devtools.offline import OFFLINE_TOKEN, OfflineBotAPI
from bot.settings import Settings
from bot.storage import Storage
from knowledge.gaps import group_questions, propose
from knowledge.kb import default_kb
from tests.conftest import RunningBot
from tests.helpers import eventually

ADMIN, STUDENT = 4242, 1001

# A simulated week: students ask the same few things in their own words; none is answered.
WEEK = [
    "what did the caesar of rome give the conscript fathers",
    "What did the caesar of Rome give the conscript fathers?",
    "what did the caesar of rome give to the conscript fathers",
    "caesar of rome gave the conscript fathers",
    "what did the caesar of rome give the conscrpt fathers",
    "what is the gdp of kazakhstan",
    "gdp of kazakhstan",
    "kazakhstan gdp figures",
    "how many people live in kazakhstan",
]


def test_grouping_puts_paraphrases_together_and_proposes_entries():
    records = [(i, q, "en") for i, q in enumerate(WEEK)]
    groups = propose(default_kb(), group_questions(records))
    assert groups[0].count == 5 and groups[0].entry_id == "marcus-aurelius"
    gdp = next(g for g in groups if "gdp" in g.questions[0])
    assert gdp.count == 3 and gdp.entry_id is None  # nothing to attach to: a new entry is needed
    assert len({g.key for g in groups}) == len(groups)


async def _ask(fake_api, text, user_id):
    before = len(fake_api.sent("sendMessage", user_id))
    fake_api.send_text(text, user_id=user_id)
    return (await fake_api.calls_of("sendMessage", before + 1, chat_id=user_id))[-1]


async def test_a_week_of_questions_becomes_an_answer_after_one_tap(bot, fake_api, settings, database_url, tmp_path):
    settings.flood_messages = 100  # a week of questions arrives here in seconds
    bot = await bot.restart()  # pick up the setting
    for question in WEEK:
        await _ask(fake_api, question, STUDENT)
    repeat = await _ask(fake_api, WEEK[0], STUDENT)
    assert "does not cover" in repeat.params["text"]
    storage = bot.app.bot_data["services"].storage  # gap rows are written in batches, within a bounded delay
    await eventually(storage.feedback.gaps, lambda rows: len(rows) == len(WEEK) + 1)

    # kb gaps (the command line) groups them and proposes the entry.
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "gaps", "--json", "--database-url", database_url],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
    )
    assert proc.returncode == 0, proc.stderr
    groups = json.loads(proc.stdout)
    assert groups[0]["count"] == 6 and groups[0]["entry_id"] == "marcus-aurelius"
    assert any(g["proposal"] == "new entry needed" for g in groups)

    # A student can neither list nor press the admin buttons.
    refused = await _ask(fake_api, "/gaps", STUDENT)
    assert "administrators" in refused.params["text"]
    fake_api.send_text("/gaps", user_id=ADMIN)
    offers = await fake_api.calls_of("sendMessage", 3, chat_id=ADMIN)  # heading + one message per group
    offer = next(c for c in offers if "marcus-aurelius" in c.params["text"])
    add = offer.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    assert add.startswith("ga:") and add.endswith(":marcus-aurelius")
    message = fake_api.messages[
        (
            ADMIN,
            max(
                k[1]
                for k in fake_api.messages
                if k[0] == ADMIN
                and "reply_markup" in fake_api.messages[k]
                and fake_api.messages[k]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == add
            ),
        )
    ]
    fake_api.press(message, add, user_id=STUDENT)
    [denied] = await fake_api.calls_of("answerCallbackQuery", 1)
    assert denied.params.get("show_alert") in (True, "true")
    storage = bot.app.bot_data["services"].storage
    assert await storage.phrasings.all() == []

    fake_api.press(message, add, user_id=ADMIN)
    await fake_api.calls_of("editMessageText", 1)
    accepted = await storage.phrasings.all()
    assert accepted and {entry for entry, _, _ in accepted} == {"marcus-aurelius"}

    # No restart: the next identical question is answered.
    answered = await _ask(fake_api, WEEK[0], STUDENT)
    assert "<blockquote>" in answered.params["text"]
    assert fake_api.rejected == []

    # Another instance (a fresh process on the same database) uses them too.
    other = await RunningBot(bot.settings).start()
    try:
        assert other.app.bot_data["services"].kb.matcher.match(WEEK[0]).entry_id == "marcus-aurelius"
    finally:
        await other.stop()

    # kb check validates the phrasings the bot stored.
    check = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check", "--database-url", database_url], capture_output=True, text=True, timeout=120
    )
    assert "phrasings (database)" not in check.stderr, check.stderr[-2000:]


def test_kb_check_rejects_a_bad_stored_phrasing(tmp_path):
    url = f"sqlite:///{tmp_path}/p.sqlite3"

    async def store():
        storage = Storage(url)
        await storage.open()
        await storage.phrasings.add("no-such-entry", "en", ["hello there"])
        await storage.close()

    asyncio.run(store())
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "check", "--database-url", url], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert "phrasings (database): no-such-entry: entry: unknown entry id" in proc.stderr


def test_coverage_report_lists_paragraphs_without_entries_tips_or_quiz():
    proc = subprocess.run([sys.executable, "-m", "bot", "kb", "check", "--coverage"], capture_output=True, text=True, timeout=120)
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["paragraph", "entries", "tips", "quiz"]
    assert any(line.startswith("¶10 ") for line in lines)
    assert len([line for line in lines if line.startswith(("title", "¶", "references"))]) == 21


async def test_two_curators_adding_at_once_both_stay(tmp_path):
    """Each "add" builds a new KB from the current one beside the loop: one build at a time, or the later would start
    from the KB without the other's phrasing and replace it."""
    settings = Settings(
        telegram_bot_token=OFFLINE_TOKEN,
        database_url=f"sqlite:///{tmp_path}/two.sqlite3",
        heartbeat_file=tmp_path / "hb",
        _env_file=None,
    )
    svc = services_of(build_application(settings, request=OfflineBotAPI()))
    first = ("marcus-aurelius", "en", "what did the caesar of rome give the conscript fathers")
    second = ("bell-book", "en", "which american foresaw the society after industry")
    await asyncio.gather(
        svc.replace_kb(lambda kb: kb.with_phrasings([first])), svc.replace_kb(lambda kb: kb.with_phrasings([second]))
    )
    assert {first, second} <= set(svc.kb.extra_phrasings)
