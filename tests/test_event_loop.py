"""The event loop is never blocked for more than 5 ms on the question, quiz-answer, tip and curator paths.

Two measures, both independent of how busy this shared machine is: every callback the loop runs
(a task's step included) is timed in the loop thread's own CPU time, so it must not compute for
more than 5 ms; and no callback may make a call that waits without computing (time.sleep, which
fsrs makes for a card without an id, or a wait for a lock). Either would stall every chat.

Even CPU time stretches when other jobs share the core (caches, frequency), so a step of the same
coroutine at the same line counts as blocking when it is over the limit in at least half of its runs:
work done on the loop is over it every time, a neighbour's burst only now and then. A garbage collection
that happens to start inside a step is not that step's work (it collects what every earlier step left, and
a step that runs once would carry it alone): its time is left out of the step's, and the collections
themselves are bounded by the bot's frozen start-up heap (bot/runtime/lifecycle.py)."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import traceback

from bot.app import build_application
from bot.devtools.offline import OFFLINE_TOKEN, OfflineBotAPI
from bot.devtools.updates import UpdateBuilder
from bot.runtime.lifecycle import feed, idle, running
from bot.settings import Settings
from bot.storage.feedback import gap_op
from tests.helpers import eventually

SLOW = 0.005
ADMIN = 4242


def describe(handle: asyncio.Handle) -> str:
    """The coroutine a task step belongs to, and where it stands now."""
    task = getattr(getattr(handle, "_callback", None), "__self__", None)
    if isinstance(task, asyncio.Task):
        coro = task.get_coro()
        frames = []
        while coro is not None and hasattr(coro, "cr_frame"):
            if coro.cr_frame is not None:
                frames.append(f"{coro.cr_code.co_name}:{coro.cr_frame.f_lineno}")
            coro = coro.cr_await
        return f"{task.get_name()} " + " > ".join(frames)
    return repr(handle)[:200]


class Watch:
    """Times every callback of the loop (thread CPU time) and catches waiting calls in it."""

    def __init__(self, monkeypatch) -> None:
        self.runs: dict[str, list[float]] = {}
        self.waits: list[str] = []
        self.loop_thread = threading.get_ident()
        self._on = False
        self.collecting = 0.0  # the loop thread's CPU time in garbage collections so far
        self._collection_started: float | None = None
        run = asyncio.Handle._run
        sleep = time.sleep
        watch = self

        def timed_run(handle: asyncio.Handle) -> None:
            if not watch.on:
                return run(handle)
            collected = watch.collecting
            started = time.thread_time()
            try:
                return run(handle)
            finally:  # timed before it is described: a handle's repr may print a whole KB
                spent = time.thread_time() - started - (watch.collecting - collected)
                watch.runs.setdefault(describe(handle), []).append(spent)

        def timed_collection(phase: str, info: dict[str, int]) -> None:
            if threading.get_ident() != watch.loop_thread:
                return
            if phase == "start":
                watch._collection_started = time.thread_time()
            elif watch._collection_started is not None:
                watch.collecting += time.thread_time() - watch._collection_started
                watch._collection_started = None

        def no_sleep_on_the_loop(seconds: float) -> None:
            if watch.on and threading.get_ident() == watch.loop_thread:
                watch.waits.append("".join(traceback.format_stack(limit=6)))
            sleep(seconds)

        monkeypatch.setattr(asyncio.Handle, "_run", timed_run)
        monkeypatch.setattr(time, "sleep", no_sleep_on_the_loop)
        self._timed_collection = timed_collection

    @property
    def on(self) -> bool:
        return self._on

    @on.setter
    def on(self, on: bool) -> None:
        """Watching, and timing the collections meanwhile (gc.callbacks is the collector's own list)."""
        if on and not self._on:
            gc.callbacks.append(self._timed_collection)
        elif self._on and not on:
            gc.callbacks.remove(self._timed_collection)
        self._on = on

    def blocking(self) -> list[str]:
        """The steps over the limit in at least half of their runs, with their times."""
        found = []
        for step, spent in self.runs.items():
            over = [s for s in spent if s > SLOW]
            if over and 2 * len(over) >= len(spent):
                found.append(f"{step}: {len(over)} of {len(spent)} runs over, up to {max(over) * 1000:.1f} ms")
        return found


async def test_no_callback_blocks_the_loop_while_answering_questions_quizzes_and_tips(tmp_path, monkeypatch):
    polls: dict[int, dict] = {}

    def sent(method: str, message: dict) -> None:
        if method == "sendPoll":
            polls[message["chat"]["id"]] = message["poll"]

    settings = Settings(
        telegram_bot_token=OFFLINE_TOKEN,
        database_url=f"sqlite:///{tmp_path}/l.sqlite3",
        heartbeat_file=tmp_path / "hb",
        flood_messages=10**6,
        _env_file=None,
    )
    app = build_application(settings, request=OfflineBotAPI(sent))
    updates = UpdateBuilder()
    players = range(100, 112)
    async with running(app, publish_commands=False):
        storage = app.bot_data["services"].storage
        await feed(app, [updates.message("warm up: what is democracy", 1)])  # first use: caches fill
        await idle(app)
        watch = Watch(monkeypatch)
        watch.on = True
        try:  # one update at a time: each callback is one update's own path
            questions = ["what is political development", "саяси жаңғыру деген не", "что такое демократия", "who is daniel bell"]
            for user in players:
                await feed(app, [updates.message(questions[user % 4], user)])
                await idle(app)
                await feed(app, [updates.message("/quiz 2", user)])
                await idle(app)
                poll = polls[user]  # the player's first answer: a new fsrs card
                await feed(app, [updates.poll_answer(poll["id"], 0, poll["options"][0]["persistent_id"], user)])
                await idle(app)
            for user in list(players)[:8]:
                await storage.tips.subscribe(user, user, "09:00", "UTC", "en", time.time() - 1)
            app.bot_data["services"].worker.kick()
            await eventually(
                lambda: storage.db.fetchrow(
                    "SELECT COUNT(*) AS n FROM subscriptions WHERE next_due <= :now", {"now": time.time()}
                ),
                lambda row: row["n"] == 0,
                timeout=60,
            )  # until every tip went out
        finally:
            watch.on = False
    assert watch.waits == [], watch.waits[0]
    assert watch.blocking() == [], "\n".join(watch.blocking()[:10])
    assert len(polls) == len(players)


async def test_accepting_a_curators_phrasing_does_not_block_the_loop(tmp_path, monkeypatch):
    """/gaps groups and proposes entries, and "add" builds a new matcher (about a second of CPU):
    both run beside the loop, so other chats are answered meanwhile."""
    offers: list[dict] = []

    def sent(method: str, message: dict) -> None:
        if method == "sendMessage" and message["chat"]["id"] == ADMIN and "reply_markup" in message:
            offers.append(message)

    settings = Settings(
        telegram_bot_token=OFFLINE_TOKEN,
        database_url=f"sqlite:///{tmp_path}/c.sqlite3",
        heartbeat_file=tmp_path / "hb",
        flood_messages=10**6,
        admin_ids=[ADMIN],
        _env_file=None,
    )
    updates = UpdateBuilder()
    app = build_application(settings, request=OfflineBotAPI(sent))
    async with running(app, publish_commands=False):
        # a backlog of questions the essay does not cover, the most frequent a paraphrase of what it does: grouping them
        # and proposing entries is tens of milliseconds
        storage = app.bot_data["services"].storage
        things = ["gdp", "population", "capital", "currency", "flag", "anthem", "army", "oil output", "largest city"]
        backlog = [f"what is the {things[i % len(things)]} of kazakhstan in {1990 + i % 30}" for i in range(600)]
        for i, question in enumerate([*backlog, *["what did the caesar of rome give the conscript fathers"] * 100]):
            storage.buffer.add(gap_op(question, "en", None, 30.0, "unmatched", f"backlog-{i}"))
        await storage.buffer.flush()
        watch = Watch(monkeypatch)
        watch.on = True
        try:
            await feed(app, [updates.message("/gaps", ADMIN)])
            await idle(app)
            offer = next(m for m in offers if "marcus-aurelius" in m["text"])
            add = offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            await feed(app, [updates.callback(offer, add, ADMIN)])
            await idle(app)
        finally:
            watch.on = False
        kb = app.bot_data["services"].kb
    assert kb.matcher.match("what did the caesar of rome give the conscript fathers").entry_id == "marcus-aurelius"
    assert watch.waits == [], watch.waits[0]
    assert watch.blocking() == [], "\n".join(watch.blocking()[:10])
