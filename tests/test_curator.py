"""The curator loop: unanswered questions recorded without identity, grouped, proposed,
accepted by an admin in Telegram, and answered next time."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from knowledge.gaps import group_questions, propose
from knowledge.kb import default_kb

ADMIN, STUDENT = 4242, 1001

# A simulated week: students ask the same few things in their own words; none is answered.
WEEK = [
    "what did the roman ruler hand over to the lawmakers",
    "What did the Roman ruler hand over to the lawmakers?",
    "what did the roman ruler hand to lawmakers",
    "roman ruler handed power to lawmakers",
    "what did the roman ruler hand over to the lawmakrs",
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
    settings.overlay_path = str(tmp_path / "overlay.yaml")
    settings.flood_messages = 100  # a week of questions arrives here in seconds
    bot = await bot.restart()  # pick up both settings
    for question in WEEK:
        await _ask(fake_api, question, STUDENT)
    repeat = await _ask(fake_api, WEEK[0], STUDENT)
    assert "does not cover" in repeat.params["text"]

    # kb gaps (the command line) groups them and proposes the entry.
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "kb", "gaps", "--json", "--database-url", database_url],
        capture_output=True, text=True, timeout=120, env=os.environ,
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
    message = fake_api.messages[(ADMIN, max(k[1] for k in fake_api.messages if k[0] == ADMIN and "reply_markup" in fake_api.messages[k]
                                            and fake_api.messages[k]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == add))]
    fake_api.press(message, add, user_id=STUDENT)
    [denied] = await fake_api.calls_of("answerCallbackQuery", 1)
    assert denied.params.get("show_alert") in (True, "true")
    assert not (tmp_path / "overlay.yaml").exists()

    fake_api.press(message, add, user_id=ADMIN)
    await fake_api.calls_of("editMessageText", 1)
    assert "marcus-aurelius" in (tmp_path / "overlay.yaml").read_text()

    # No restart: the next identical question is answered.
    answered = await _ask(fake_api, WEEK[0], STUDENT)
    assert "<blockquote>" in answered.params["text"]
    assert fake_api.rejected == []

    # kb check validates the overlay the bot wrote.
    check = subprocess.run([sys.executable, "-m", "bot", "kb", "check", "--overlay", str(tmp_path / "overlay.yaml")],
                           capture_output=True, text=True, timeout=120)
    assert check.returncode == 0, check.stderr[-2000:]


def test_kb_check_rejects_a_bad_overlay(tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("- {entry: no-such-entry, lang: en, text: hello there}\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "bot", "kb", "check", "--overlay", str(overlay)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "overlay.yaml: no-such-entry: entry: unknown entry id" in proc.stderr


def test_coverage_report_lists_paragraphs_without_entries_tips_or_quiz():
    proc = subprocess.run([sys.executable, "-m", "bot", "kb", "check", "--coverage"], capture_output=True, text=True, timeout=120)
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["paragraph", "entries", "tips", "quiz"]
    assert any(line.startswith("¶10 ") for line in lines)
    assert len([line for line in lines if line.startswith(("title", "¶", "references"))]) == 21


