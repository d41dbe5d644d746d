"""Shared fixtures: the packaged KB; a fake Bot API on 127.0.0.1 and the real Application polling it."""

from __future__ import annotations

import asyncio
import copy
import os

import pytest

from bot.app import build_application
from bot.devtools.fake_bot_api import TOKEN, FakeBotAPI
from bot.devtools.postgres import create_database
from bot.runtime.lifecycle import running
from bot.settings import Settings
from knowledge.kb import KnowledgeBase, default_kb


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The packaged KB with its second reading, built once (or read from its cache)."""
    return default_kb()


@pytest.fixture(scope="session")
def both_readings() -> KnowledgeBase:
    """The packaged KB as `kb`, under a name that says so where a module reads `kb` otherwise."""
    return default_kb()


@pytest.fixture(scope="session")
def first_reading() -> KnowledgeBase:
    """The packaged KB's own phrasings alone, without the second reading (knowledge.second_reading),
    which has learned the dev sets' questions word for word: a rule's test on a student's message
    must fail when the rule breaks, not be answered from that message itself."""
    alone = copy.copy(default_kb())
    alone.learned = None
    return alone


@pytest.fixture
def fake_api():
    api = FakeBotAPI().start()
    yield api
    api.stop()


BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


def fresh_postgres_database(base_url: str) -> str:
    """A new empty database on the test server (.ci/postgres.sh), so tests never share rows."""
    return asyncio.run(create_database(base_url))


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """SQLite always; PostgreSQL as well when TEST_POSTGRES_URL is set (CI sets it)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/saiasat.sqlite3"
    return fresh_postgres_database(os.environ["TEST_POSTGRES_URL"])


@pytest.fixture
def settings(fake_api, database_url, tmp_path):
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=fake_api.base_url,
        database_url=database_url,
        admin_ids=[4242],
        heartbeat_file=tmp_path / "heartbeat",
        _env_file=None,
    )


class RunningBot:
    """The real Application, started and long-polling the fake Bot API (bot.runtime.lifecycle)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.app = None
        self._running = None

    async def start(self):
        self.app = build_application(self.settings)
        self._running = running(self.app, poll=True)
        await self._running.__aenter__()
        return self

    async def stop(self):
        if self._running is None:
            return
        await self._running.__aexit__(None, None, None)
        self._running = self.app = None

    async def restart(self):
        await self.stop()
        return await self.start()


@pytest.fixture
async def bot(settings):
    running_bot = await RunningBot(settings).start()
    yield running_bot
    await running_bot.stop()
