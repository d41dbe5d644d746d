"""Shared fixtures: a fake Bot API on 127.0.0.1 and the real Application polling it."""

from __future__ import annotations

import asyncio
import os
import uuid

import pytest

from bot.app import ALLOWED_UPDATES, build_application
from bot.settings import Settings
from tests.fake_bot_api import TOKEN, FakeBotAPI


@pytest.fixture
def fake_api():
    api = FakeBotAPI().start()
    yield api
    api.stop()


BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_POSTGRES_URL") else [])


def fresh_postgres_database(base_url: str) -> str:
    """A new empty database on the test server (.ci/postgres.sh), so tests never share rows."""
    import asyncpg

    name = f"t_{uuid.uuid4().hex[:12]}"

    async def create():
        conn = await asyncpg.connect(base_url)
        await conn.execute(f'CREATE DATABASE "{name}"')
        await conn.close()

    asyncio.run(create())
    return base_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=BACKENDS)
def database_url(request, tmp_path):
    """SQLite always; PostgreSQL as well when TEST_POSTGRES_URL is set (CI sets it)."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/saiasat.sqlite3"
    return fresh_postgres_database(os.environ["TEST_POSTGRES_URL"])


@pytest.fixture
def settings(fake_api, database_url):
    return Settings(
        telegram_bot_token=TOKEN,
        telegram_api_base_url=fake_api.base_url,
        database_url=database_url,
        admin_ids=[4242],
        _env_file=None,
    )


class RunningBot:
    """The real Application, started and long-polling the fake Bot API."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.app = None

    async def start(self):
        self.app = build_application(self.settings)
        await self.app.initialize()
        await self.app.post_init(self.app)
        await self.app.start()
        await self.app.updater.start_polling(poll_interval=0.0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        return self

    async def stop(self):
        if self.app is None:
            return
        if self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()
        await self.app.shutdown()
        await self.app.post_shutdown(self.app)
        self.app = None

    async def restart(self):
        await self.stop()
        return await self.start()


@pytest.fixture
async def bot(settings):
    running = await RunningBot(settings).start()
    yield running
    await running.stop()
