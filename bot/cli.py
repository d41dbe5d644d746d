"""`python -m bot …`: the command line.

Length: one short function per command and the argument parser that lists them all.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from bot.settings import DEFAULT_DATABASE_URL
from knowledge.answers import ask
from knowledge.kb import KBError, default_kb, read_kb
from knowledge.outcome import Answer
from knowledge.schema import LANGUAGES

if TYPE_CHECKING:
    from bot.storage import Storage

T = TypeVar("T")


def _print_json(obj: object) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def format_answer_text(answer: Answer) -> str:
    """A readable, plain-text reply with its sources (for the terminal)."""
    from bot.devtools.terminal import to_terminal
    from bot.render import answer_html

    kb = default_kb()
    lines = [to_terminal(answer_html(kb, answer))]
    if answer.outcome == "answer":
        lines[0] = f"(match {answer.score:.0f}/100, {answer.lang})\n" + lines[0]
    buttons = [s.question for s in answer.also] + [s.question for s in answer.suggestions]
    buttons += [answer.nearest.question] if answer.nearest else []
    lines += [f"  [{i}] {q}" for i, q in enumerate(buttons, 1)]
    if answer.related:
        lines += ["", "Related: " + " | ".join(r.question for r in answer.related)]
    return "\n".join(lines)


def cmd_ask(args: argparse.Namespace) -> int:
    kb = default_kb()
    if args.question:
        answer = ask(kb, " ".join(args.question), lang=args.lang)
        if args.json:
            _print_json(answer.to_dict())
        else:
            print(format_answer_text(answer))
        return 0
    # No question: one per stdin line, one output per line, flushed as it goes.
    for line in sys.stdin:
        answer = ask(kb, line.rstrip("\n"), lang=args.lang)
        if args.json:
            _print_json(answer.to_dict())
        else:
            print(format_answer_text(answer) + "\n", flush=True)
    return 0


def cmd_kb_check(args: argparse.Namespace) -> int:
    from knowledge.check import check_kb, check_overlay, coverage_table

    kb, problems = read_kb()
    if not problems:
        problems = check_kb(kb)
        if args.database_url:
            problems += check_overlay(kb, _run_storage(args.database_url, lambda s: s.phrasings.all()), "phrasings (database)")
    if args.coverage:
        print(coverage_table(kb))
    errors = [p for p in problems if not p.warning]
    for problem in problems:
        print(problem, file=sys.stderr if not problem.warning else sys.stdout)
    print(
        f"kb check: {len(kb.entries)} entries, {kb.matcher.phrasing_count()} phrasings, "
        f"{len(errors)} errors, {len(problems) - len(errors)} warnings"
    )
    return 1 if errors else 0


def _run_storage(url: str, read: Callable[[Storage], Awaitable[T]]) -> T:
    """Open the database (migrating it), run one read, close."""
    import asyncio

    from bot.storage import Storage

    async def main() -> T:
        storage = Storage(url)
        await storage.open()
        try:
            return await read(storage)
        finally:
            await storage.close()

    return asyncio.run(main())


def cmd_kb_quiz_cues(args: argparse.Namespace) -> int:
    """How far the quiz can be passed without reading the essay (see knowledge.quiz_cues)."""
    from knowledge.quiz_cues import cue_report, format_report

    report = cue_report(list(default_kb().quiz.values()))
    if args.json:
        _print_json(report)
    else:
        print(format_report(report))
    return 0


def cmd_kb_gaps(args: argparse.Namespace) -> int:
    """Group the recorded unanswered questions and propose an entry for each group."""
    from datetime import UTC, datetime, timedelta

    from knowledge.gaps import group_questions, propose

    since = datetime.now(UTC) - timedelta(days=args.days)
    gaps = _run_storage(args.database_url, lambda s: s.feedback.gaps(since))
    groups = propose(default_kb(), group_questions([(g.id, g.question, g.lang) for g in gaps]))[: args.top]
    if args.json:
        _print_json(
            [
                {
                    "key": g.key,
                    "lang": g.lang,
                    "count": g.count,
                    "questions": g.distinct(),
                    "proposal": g.entry_id or "new entry needed",
                    "entry_id": g.entry_id,
                    "score": round(g.score, 1),
                }
                for g in groups
            ]
        )
        return 0
    print(f"{'count':>5}  {'lang':4}  {'proposal':34}  {'score':>5}  example")
    for g in groups:
        proposal = g.entry_id or "new entry needed"
        print(f"{g.count:>5}  {g.lang:4}  {proposal:34}  {g.score:5.0f}  {g.distinct()[0][:60]}")
    return 0


def cmd_kb_export(args: argparse.Namespace) -> int:
    kb = default_kb()
    entries = []
    for entry in kb.entries.values():
        item = {
            "id": entry.id,
            "topic": entry.topic,
            "questions": {lang: entry.phrasings(lang) for lang in LANGUAGES},
        }
        for name in ("answer", "explanation", "note"):
            value = getattr(entry, name)
            item[name] = value.model_dump() if value is not None else None
        item["sources"] = [s.model_dump() for s in entry.sources]
        item["related"] = list(entry.related)
        entries.append(item)
    _print_json({"entries": entries, "references": [r.model_dump() for r in kb.references.values()]})
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from knowledge.evaluation import run_sets

    reports = run_sets(default_kb(), args.set)
    if not reports:
        print(f"no question sets named {args.set}_*.yaml", file=sys.stderr)
        return 1
    if args.json:
        _print_json([r.summary() for r in reports])
        return 0
    print(
        f"{'set':<26}{'n':>5}{'in':>5} {'top-1':>6} {'rec@3':>6} {'chit':>6} {'near':>6} {'oos':>6} {'prec':>6} {'lang':>6} {'conv':>6}"
    )
    for report in reports:
        s = report.summary()
        cells = [
            s[k]
            for k in (
                "top1_accuracy",
                "recall_at_3",
                "chitchat_not_answered",
                "near_topic_rejected",
                "out_of_scope_rejection",
                "answer_precision",
                "answer_language",
                "answer_language_in_conversation",  # a private chat: the earlier questions' language known
            )
        ]
        shown = " ".join(f"{c:6.3f}" if isinstance(c, float) else f"{'-':>6}" for c in cells)
        print(f"{s['set']:<26}{s['questions']:>5}{s['in_scope']:>5} {shown}")
    if args.misses:
        for report in reports:
            if report.name.count(" ") < 2:  # the per-family total repeats its languages' misses
                continue
            for miss in report.misses:
                print("  miss", miss)
    return 0


def load_settings():
    """Settings from the environment, or None after printing one clear line (never the token)."""
    from pydantic import ValidationError

    from bot.settings import Settings, settings_error

    try:
        return Settings()
    except ValidationError as exc:
        print(settings_error(exc), file=sys.stderr)
        return None


def cmd_run(args: argparse.Namespace) -> int:
    from bot.logs import setup_logging

    settings = load_settings()
    if settings is None:
        return 2
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    setup_logging(settings.log_level, settings.log_json, settings.telegram_bot_token.get_secret_value(), secret)
    if args.webhook:
        from bot.webhook import run_webhook

        return run_webhook(settings)
    from bot.app import run_polling

    return run_polling(settings)


HEARTBEAT_AGE = 120.0  # seconds: getUpdates waits at most 30 s, so a live poller beats well within


def cmd_health(args: argparse.Namespace) -> int:
    """For container health checks. Webhook mode: the server's /healthz (the Application and the
    database). Polling mode: the poller's heartbeat is fresh and the database answers."""
    import time
    import urllib.request

    settings = load_settings()
    if settings is None:
        return 2
    if settings.webhook_url:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{settings.port}/healthz", timeout=4) as response:
                return 0 if response.status == 200 else 1
        except OSError:
            return 1
    try:
        age = time.time() - float(settings.heartbeat_file.read_text())
    except (OSError, ValueError):
        print("unhealthy: the poller has not polled (no heartbeat)", file=sys.stderr)
        return 1
    if age > HEARTBEAT_AGE:
        print(f"unhealthy: the poller's last poll was {age:.0f} s ago", file=sys.stderr)
        return 1
    ok = _run_storage(settings.database_url, lambda s: s.ping())
    if not ok:
        print("unhealthy: the database does not answer", file=sys.stderr)
    return 0 if ok else 1


def cmd_bench(args: argparse.Namespace) -> int:
    from bot.devtools.bench import format_report, run_bench

    report = run_bench(quick=args.quick, postgres_server=args.postgres or None)
    if args.json:
        _print_json(report)
    else:
        print(format_report(report))
    return 0


def cmd_pictures(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bot.charts.examples import write_examples

    for path in write_examples(Path(args.dir)):
        print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.devtools.console import run_console

    return run_console(lang=args.lang)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Saiasat: a study assistant for one essay.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ask", help="answer a question (or one per stdin line)")
    p.add_argument("question", nargs="*")
    p.add_argument("--json", action="store_true", help="one JSON object per question")
    p.add_argument("--lang", choices=LANGUAGES, help="the question's language (default: detected)")
    p.set_defaults(func=cmd_ask)

    kb = sub.add_parser("kb", help="the knowledge base").add_subparsers(dest="kb_command", required=True)
    p = kb.add_parser("check", help="validate the KB files")
    p.add_argument("--coverage", action="store_true", help="paragraphs with no entry, tip or quiz item")
    p.add_argument("--database-url", default=None, help="also validate the phrasings curators accepted, stored in this database")
    p.set_defaults(func=cmd_kb_check)
    p = kb.add_parser("gaps", help="group unanswered questions, propose entries")
    p.add_argument("--json", action="store_true")
    p.add_argument("--days", type=int, default=90, help="look back this many days (default 90)")
    p.add_argument("--top", type=int, default=30, help="at most this many groups")
    p.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))
    p.set_defaults(func=cmd_kb_gaps)
    p = kb.add_parser("quiz-cues", help="how far the quiz can be passed without the essay, per language")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_kb_quiz_cues)
    p = kb.add_parser("export", help="the whole KB as JSON")
    p.set_defaults(func=cmd_kb_export)

    p = sub.add_parser("run", help="run the Telegram bot (long polling, or --webhook)")
    p.add_argument("--webhook", action="store_true", help="serve a webhook instead of polling")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("health", help="exit 0 when the bot (webhook) or its database (polling) is up")
    p.set_defaults(func=cmd_health)

    p = sub.add_parser("chat", help="talk to the bot in the terminal, without Telegram")
    p.add_argument("--lang", choices=LANGUAGES, help="your Telegram app language (default en)")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("pictures", help="draw an example of each progress picture (the README's)")
    p.add_argument("--dir", default="docs/pictures", help="where to write them (default docs/pictures)")
    p.set_defaults(func=cmd_pictures)

    p = sub.add_parser("bench", help="measure the matcher, updates and tips per second, start-up and pictures")
    p.add_argument("--quick", action="store_true", help="small sizes, a smoke run (CI)")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--postgres",
        default=os.environ.get("TEST_POSTGRES_URL", ""),
        help="a PostgreSQL server to measure on too (a throw-away database; default $TEST_POSTGRES_URL)",
    )
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("eval", help="answer quality on the evaluation sets")
    p.add_argument("--set", default="dev", help="dev (default) or heldout")
    p.add_argument("--json", action="store_true")
    p.add_argument("--misses", action="store_true", help="list every miss")
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.func is not cmd_run:
        gc.enable()  # off during start-up (bot/__main__.py); `run` turns it on once started
    try:
        return args.func(args)
    except KBError as exc:
        print(f"knowledge base is invalid:\n{exc}", file=sys.stderr)
        return 1
