"""Schema migrations (Alembic), run under a lock so any number of instances can start together.

PostgreSQL: a session advisory lock; SQLite: an exclusive lock on a file next to the database.
A database made by the first release (a `schema_version` table, no Alembic record) is recognised
as revision 0001 and upgraded from there.
"""

from __future__ import annotations

import asyncio
import fcntl
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from bot.storage.database import sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ADVISORY_LOCK = 727_411_001  # any constant: the instances of this bot share it


def _config(connection: Any) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Any) -> None:
    tables = set(inspect(connection).get_table_names())
    config = _config(connection)
    if "schema_version" in tables and "alembic_version" not in tables:
        command.stamp(config, "0001")  # the first release's schema, made by create_all
    command.upgrade(config, "head")


def _migrate_sqlite(path: str) -> None:
    lock_path = Path(f"{path}.migrate.lock") if path != ":memory:" else None
    handle = open(lock_path, "a+") if lock_path else None  # noqa: SIM115 - held for the whole block
    try:
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        engine = create_engine(f"sqlite:///{path}")
        try:
            with engine.begin() as connection:
                _upgrade(connection)
        finally:
            engine.dispose()
    finally:
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_UN)
            handle.close()


async def _migrate_postgres(url: str) -> None:
    from sqlalchemy.ext.asyncio import create_async_engine

    engine = create_async_engine("postgresql+asyncpg://" + url.split("://", 1)[1])
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK})
            try:
                await connection.run_sync(_upgrade)
                await connection.commit()
            finally:
                await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK})
                await connection.commit()
    finally:
        await engine.dispose()


async def migrate(url: str) -> None:
    """Bring the database at `url` to the newest schema (idempotent; safe from many processes)."""
    if url.startswith(("postgresql", "postgres:")):
        await _migrate_postgres(url)
    else:
        await asyncio.to_thread(_migrate_sqlite, sqlite_path(url))
