"""The command-line contract that other tools depend on, run as a real subprocess."""

import json
import os
import subprocess
import sys

import pytest

KEYS = {
    "query",
    "matched",
    "lang",
    "entry_id",
    "score",
    "question",
    "answer",
    "explanation",
    "note",
    "sources",
    "suggestions",
    "related",
    "outcome",
    "also",
    "nearest",
    "act",
    "reason",
}


def run(*args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, timeout=120)
    return proc


def test_ask_json_answers_with_verbatim_sources():
    proc = run("ask", "--json", "what is political modernisation")
    assert proc.returncode == 0, proc.stderr
    obj = json.loads(proc.stdout)
    assert set(obj) == KEYS
    assert obj["matched"] is True and obj["lang"] == "en"
    assert obj["entry_id"].startswith("modernization")
    assert obj["answer"] and obj["explanation"] and obj["sources"]
    from knowledge.essay import load_essay

    essay = load_essay()
    for source in obj["sources"]:
        assert set(source) == {"paragraph", "quote", "references"}
        assert essay.contains(source["paragraph"], source["quote"])


def test_ask_text_output_is_readable():
    proc = run("ask", "who was marcus aurelius")
    assert proc.returncode == 0
    assert "Sources:" in proc.stdout and "Marcus Aurelius" in proc.stdout


def test_out_of_scope_question_has_null_answer():
    obj = json.loads(run("ask", "--json", "what is the weather in Almaty").stdout)
    assert obj["matched"] is False
    assert obj["answer"] is None and obj["explanation"] is None and obj["entry_id"] is None
    assert obj["sources"] == []


BAD_LINES = [
    "",
    "   ",
    "<script>alert(1)</script>",
    "'; DROP TABLE users; --",
    "🙂🙂🙂🔥",
    "\x00\x01\x02\x1b[31m",
    "a" * 20000,
    "<b>" * 500,
]


def test_stdin_mode_writes_one_json_line_per_input_line_in_order():
    questions = ["what is political modernization", *BAD_LINES, "daniel bell book"]
    stdin = "\n".join(q.replace("\n", " ") for q in questions) + "\n"
    proc = run("ask", "--json", stdin=stdin)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(questions)
    objs = [json.loads(line) for line in lines]
    assert objs[0]["matched"] and objs[-1]["matched"]
    for obj in objs[1:-1]:
        assert obj["matched"] is False and set(obj) == KEYS


def test_stdin_mode_flushes_each_answer_before_reading_the_next():
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        proc.stdin.write("what is democracy\n")
        proc.stdin.flush()
        first = json.loads(proc.stdout.readline())  # would hang if the answer were buffered
        assert first["query"] == "what is democracy"
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)


def test_kb_export_has_every_entry_in_three_languages():
    proc = run("kb", "export")
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert len(data["entries"]) >= 50
    for entry in data["entries"]:
        assert set(entry) >= {"id", "questions", "answer", "explanation", "sources"}
        for lang in ("en", "ru", "kk"):
            assert entry["questions"][lang], (entry["id"], lang)
            assert entry["answer"][lang]


def test_kb_check_passes_on_the_shipped_kb():
    proc = run("kb", "check")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert " 0 errors" in proc.stdout


@pytest.mark.parametrize("args", [["ask", "--lang", "fr", "x"], ["kb"], ["nonsense"]])
def test_bad_arguments_get_usage_and_a_nonzero_exit(args):
    proc = run(*args)
    assert proc.returncode != 0
    assert "usage" in proc.stderr.lower()


def test_a_second_console_session_on_the_same_database_is_answered(tmp_path):
    """The console's updates went through the inbox, which takes an update id it has already seen
    for a duplicate delivery: each session counted from 1, so a second session in the same folder
    answered none of its first messages. The first session, with no KB kept built yet, says that it
    builds it (else it sat silent for ten seconds and more); the second reads it and says nothing."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/console.sqlite3", "SAIASAT_CACHE_DIR": f"{tmp_path}/cache"}
    for session in range(2):
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "chat"],
            input="hi\n",
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
        )
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert "Hi!" in proc.stdout, proc.stdout
        assert ("Building the knowledge base's index" in proc.stderr) == (session == 0), proc.stderr[-2000:]
