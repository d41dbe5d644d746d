"""`python -m bot run` as a real subprocess against the fake Bot API."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from bot.devtools.fake_bot_api import TOKEN


def start_bot(fake_api, database_url, log_path, **env):
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake_api.base_url,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "INFO",
        "HEARTBEAT_FILE": str(log_path.parent / "heartbeat"),
        **env,
    }
    log = open(log_path, "w")  # a file, not a pipe: a full pipe would block the bot's logging
    process = subprocess.Popen([sys.executable, "-m", "bot", "run"], env=environment, stdout=log, stderr=log, text=True)
    process.log_path = log_path
    return process


def stop_bot(process) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    with open(process.log_path) as log:
        return process.returncode, log.read()


def test_run_polls_answers_and_stops_cleanly_on_sigterm(fake_api, database_url, tmp_path):
    process = start_bot(fake_api, database_url, tmp_path / "bot.log")
    try:
        fake_api.send_text("/start")
        fake_api.send_text("who is daniel bell")
        calls = fake_api.wait_calls("sendMessage", 2, chat_id=1001, timeout=60)
        assert "Saiasat" in calls[0].params["text"]
        assert "<blockquote>" in calls[1].params["text"]
        fake_api.wait_for(fake_api.all_updates_confirmed, timeout=20)
    finally:
        code, stderr = stop_bot(process)
    assert code == 0, stderr[-2000:]
    assert TOKEN not in stderr and TOKEN.split(":")[1] not in stderr
    assert "who is daniel bell" not in stderr  # no message texts at INFO
    assert fake_api.rejected == []
    assert [c.method for c in fake_api.calls[:1]] == ["getMe"]


def test_sigterm_finishes_the_update_in_flight_and_loses_nothing(fake_api, database_url, tmp_path):
    """SIGTERM arrives while /quiz waits for Telegram: the handler still sends the poll and
    stores it, so after a restart answering that poll continues the round."""
    process = start_bot(fake_api, database_url, tmp_path / "bot.log")
    try:
        fake_api.send_text("/help")
        fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=60)
        fake_api.delays["sendMessage"] = 2.0
        fake_api.send_text("/quiz 2")
        fake_api.wait_calls("sendMessage", 2, chat_id=1001, timeout=30)  # the round's intro is in flight
    finally:
        code, log = stop_bot(process)
    assert code == 0, log[-2000:]
    fake_api.delays.clear()
    polls = fake_api.sent("sendPoll", chat_id=1001)
    assert len(polls) == 1 and fake_api.polls  # the handler went on after SIGTERM
    poll_id = next(iter(fake_api.polls))

    process = start_bot(fake_api, database_url, tmp_path / "bot2.log")
    try:
        fake_api.answer_poll(poll_id, 0)
        fake_api.wait_calls("sendPoll", 2, chat_id=1001, timeout=60)  # the stored round goes on
    finally:
        code, log = stop_bot(process)
    assert code == 0, log[-2000:]
    assert fake_api.rejected == []


def test_a_missing_or_malformed_token_is_one_clear_line(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    for token in (None, "not-a-token"):
        env = dict(environment, **({"TELEGRAM_BOT_TOKEN": token} if token else {}))
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "run"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert proc.returncode == 2
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN" in lines[0]
        assert "not-a-token" not in proc.stderr


def test_a_token_telegram_rejects_at_start_is_one_clear_line_without_the_token(fake_api, database_url, tmp_path):
    fake_api.revoke()
    process = start_bot(fake_api, database_url, tmp_path / "bot.log")
    process.wait(timeout=60)
    output = (tmp_path / "bot.log").read_text()
    assert process.returncode == 1
    assert (
        output.strip().splitlines()[-1] == "error: Telegram rejected the bot token (401 Unauthorized): check TELEGRAM_BOT_TOKEN"
    )
    assert TOKEN.split(":")[1] not in output and "Traceback" not in output


def test_json_logs_never_contain_the_token_even_at_debug(fake_api, database_url, tmp_path):
    process = start_bot(fake_api, database_url, tmp_path / "bot.log", LOG_JSON="true", LOG_LEVEL="DEBUG")
    try:
        fake_api.send_text("/help")
        fake_api.wait_calls("sendMessage", 1, chat_id=1001, timeout=60)
        time.sleep(0.3)
    finally:
        code, stderr = stop_bot(process)
    assert code == 0
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert lines and all(line.startswith("{") for line in lines), lines[:3]
    assert TOKEN.split(":")[1] not in stderr
