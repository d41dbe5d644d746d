"""Updates and tips per second in one process: python-telegram-bot's own ceiling next to
Saiasat's questions, button presses, quiz answers and daily tips, each through the durable inbox
(`feed`, as the poller stores a getUpdates batch) on SQLite and on PostgreSQL.

The Bot API is in memory (bot.devtools.offline) and Telegram's per-chat limits are lifted, so
what is measured is the bot's own cost per update; every update comes from its own student.
Database work per update is counted: reads, write transactions and the statements in them,
commits, and for SQLite the hand-offs to and from its writer thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.app import build_application
from bot.context import services_of
from bot.devtools.bench.matching import dev_cases
from bot.devtools.offline import OFFLINE_TOKEN, OfflineBotAPI
from bot.devtools.postgres import create_database, drop_database
from bot.devtools.updates import UpdateBuilder
from bot.runtime.lifecycle import feed, idle, running
from bot.runtime.ratelimit import PriorityRateLimiter
from bot.settings import Settings
from bot.storage import database

JSON = dict[str, Any]
BATCH = 100  # updates per getUpdates answer at most
CEILING_UPDATES = 1000  # PTB's no-op ceiling, measured next to each row
FIRST_USER = 1_000_000


# -- python-telegram-bot's own ceiling ------------------------------------------------------------
async def ptb_ceiling(count: int, reply: bool) -> float:
    """Updates/s through a bare PTB Application: de_json and process_update with one handler
    that does nothing, or sends one reply."""
    app = (
        Application.builder()
        .token(OFFLINE_TOKEN)
        .request(OfflineBotAPI())
        .get_updates_request(OfflineBotAPI())
        .updater(None)
        .build()
    )

    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if reply and update.message is not None:
            await update.message.reply_text("ok")

    app.add_handler(MessageHandler(filters.TEXT, handler))
    builder = UpdateBuilder()
    raw = [builder.message("what is political modernization", user_id=FIRST_USER + i) for i in range(count)]
    await app.initialize()
    try:
        start = time.perf_counter()
        for item in raw:
            update = Update.de_json(item, app.bot)
            await app.process_update(update)
        return count / (time.perf_counter() - start)
    finally:
        await app.shutdown()


# -- database work per update -----------------------------------------------------------------------
class Counts:
    def __init__(self) -> None:
        self.values = {"reads": 0, "transactions": 0, "statements": 0}
        self._lock = threading.Lock()  # the SQLite writer thread counts too

    def add(self, kind: str) -> None:
        with self._lock:
            self.values[kind] += 1

    def snapshot(self) -> tuple[int, int, int]:
        with self._lock:
            return self.values["reads"], self.values["transactions"], self.values["statements"]


@contextlib.contextmanager
def counting() -> Iterator[Counts]:
    """Every read, write transaction and statement in one, on both backends (wrapped methods)."""
    counts = Counts()
    patched: list[tuple[type, str, Any]] = []

    def wrap(cls: type, name: str, kind: str) -> None:
        original = getattr(cls, name)

        async def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
            counts.add(kind)
            return await original(self, *args, **kwargs)

        patched.append((cls, name, original))
        setattr(cls, name, counted)

    for db_class in (database.SQLiteDatabase, database.PostgresDatabase):
        wrap(db_class, "fetch", "reads")
        wrap(db_class, "fetchrow", "reads")
        wrap(db_class, "transaction", "transactions")
    for tx_class in (database._SQLiteTx, database._PgTx):
        for name in ("execute", "fetch", "fetchrow", "executemany"):
            wrap(tx_class, name, "statements")
    try:
        yield counts
    finally:
        for cls, name, original in reversed(patched):
            setattr(cls, name, original)


# -- Saiasat ------------------------------------------------------------------------------------------
class Sink:
    """What the in-memory Bot API was asked to send: the open quiz poll of each chat, tips."""

    def __init__(self) -> None:
        self.polls: dict[int, str] = {}
        self.messages: dict[int, int] = {}
        self.tips_wanted = 0
        self.tips_done = asyncio.Event()
        self.tip_chats: range = range(0)

    def on_send(self, method: str, message: JSON) -> None:
        chat_id = int(message.get("chat", {}).get("id", 0))
        if method == "sendPoll":
            self.polls[chat_id] = message["poll"]["id"]
        elif method == "sendMessage" and chat_id in self.tip_chats:
            self.tips_wanted -= 1
            if self.tips_wanted == 0:
                self.tips_done.set()


async def _through_inbox(app: Application, updates: list[JSON], counts: Counts) -> JSON:
    """Feed `updates` in getUpdates-sized batches, wait until all are handled and their sends
    done; updates/s and the database work per update, and PTB's no-op ceiling measured right
    before and right after (this machine's speed drifts by half within a minute)."""
    before_ceiling = await ptb_ceiling(CEILING_UPDATES, reply=False)
    row = await _feed_all(app, updates, counts)
    row["ptb_noop"] = round((before_ceiling + await ptb_ceiling(CEILING_UPDATES, reply=False)) / 2)
    return row


async def _feed_all(app: Application, updates: list[JSON], counts: Counts) -> JSON:
    db = services_of(app).storage.db
    commits, functions = (db.commits, db.functions) if isinstance(db, database.SQLiteDatabase) else (0, 0)
    before = counts.snapshot()
    start = time.perf_counter()
    for n in range(0, len(updates), BATCH):
        await feed(app, updates[n : n + BATCH])
    await idle(app, timeout=60)
    elapsed = time.perf_counter() - start
    after = counts.snapshot()
    per = len(updates)
    row: JSON = {
        "updates": per,
        "per_second": round(per / elapsed),
        "reads": round((after[0] - before[0]) / per, 2),
        "transactions": round((after[1] - before[1]) / per, 2),
        "statements_in_transactions": round((after[2] - before[2]) / per, 2),
    }
    if isinstance(db, database.SQLiteDatabase):
        row["commits"] = round((db.commits - commits) / per, 3)
        row["thread_handoffs"] = round((db.functions - functions + db.commits - commits) / per, 2)
    return row


async def saiasat_rates(database_url: str, count: int, tmp: str) -> JSON:
    sink = Sink()
    settings = Settings(
        telegram_bot_token=OFFLINE_TOKEN,
        database_url=database_url,
        flood_messages=10**9,
        rate_limit_per_second=10**7,
        heartbeat_file=f"{tmp}/heartbeat",
        _env_file=None,
    )
    app = build_application(settings, request=OfflineBotAPI(sink.on_send))
    limiter = app.bot.rate_limiter
    assert isinstance(limiter, PriorityRateLimiter)
    limiter.private_interval = 0.0  # one student, many updates: no 1/s per chat here
    builder = UpdateBuilder()
    users = itertools.count(FIRST_USER)
    questions = [(c.question, c.lang) for c in dev_cases()]
    rows: JSON = {}
    with counting() as counts:
        async with running(app, publish_commands=False):
            svc = services_of(app)
            asked = [
                builder.message(q, user_id=next(users), lang=lang)
                for q, lang in itertools.islice(itertools.cycle(questions), count)
            ]
            rows["question"] = await _through_inbox(app, asked, counts)

            entries = list(svc.kb.entries)
            pressed = []
            for i in range(count):
                user_id = next(users)
                shown = {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": user_id, "type": "private"},
                    "text": "…",
                    "from": {"id": app.bot.id, "is_bot": True, "first_name": "Saiasat"},
                }
                pressed.append(builder.callback(shown, f"e:{entries[i % len(entries)]}", user_id=user_id))
            rows["callback"] = await _through_inbox(app, pressed, counts)

            rounds = 5
            players = [next(users) for _ in range(max(1, count // rounds))]
            await feed(app, [builder.message(f"/quiz {rounds + 1}", user_id=p) for p in players])  # not timed
            await idle(app, timeout=60)
            answered: list[JSON] = []
            for n in range(rounds):
                answers = [builder.poll_answer(sink.polls[p], n % 4, str(n % 4), user_id=p) for p in players]
                answered.append(await _through_inbox(app, answers, counts))
            rows["quiz_answer"] = {
                **answered[-1],
                "updates": len(players) * rounds,
                "per_second": round(len(players) * rounds / sum(r["updates"] / r["per_second"] for r in answered)),
                "ptb_noop": round(sum(r["ptb_noop"] for r in answered) / len(answered)),
            }

            subscribers = [next(users) for _ in range(count)]
            sink.tip_chats = range(subscribers[0], subscribers[-1] + 1)
            sink.tips_wanted = len(subscribers)
            due = time.time() - 1
            for n in range(0, len(subscribers), 500):  # not timed
                await asyncio.gather(
                    *(svc.storage.tips.subscribe(u, u, "09:00", "UTC", "en", due) for u in subscribers[n : n + 500])
                )
            before_ceiling = await ptb_ceiling(CEILING_UPDATES, reply=False)
            start = time.perf_counter()
            assert svc.worker is not None
            svc.worker.kick()
            await asyncio.wait_for(sink.tips_done.wait(), timeout=300)
            rows["tip"] = {"updates": len(subscribers), "per_second": round(len(subscribers) / (time.perf_counter() - start))}
            rows["tip"]["ptb_noop"] = round((before_ceiling + await ptb_ceiling(CEILING_UPDATES, reply=False)) / 2)
    return rows


async def bench_updates(count: int, postgres_server: str | None) -> JSON:
    """PTB's ceilings and Saiasat's rates side by side, each rate also as a ratio to the no-op
    ceiling measured around it."""
    report: JSON = {
        "ptb_noop": round(await ptb_ceiling(count, reply=False)),
        "ptb_one_reply": round(await ptb_ceiling(count, reply=True)),
        "backends": {},
    }
    with tempfile.TemporaryDirectory() as tmp:
        report["backends"]["sqlite"] = await saiasat_rates(f"sqlite:///{tmp}/bench.sqlite3", count, tmp)
    if postgres_server:
        url = await create_database(postgres_server)
        try:
            with tempfile.TemporaryDirectory() as tmp:
                report["backends"]["postgresql"] = await saiasat_rates(url, count, tmp)
        finally:
            await drop_database(postgres_server, url)
    for rows in report["backends"].values():
        for row in rows.values():
            row["vs_ptb_noop"] = round(row["per_second"] / row["ptb_noop"], 3)
    return report
