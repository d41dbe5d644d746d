"""Schema migrations (Alembic), run under a lock so any number of instances can start together.

PostgreSQL: a session advisory lock; SQLite: an exclusive lock on a file next to the database.
A database made by the first release (a `schema_version` table, no Alembic record) is recognised
as revision 0001 and upgraded from there.
"""

from __future__ import annotations

import asyncio
import fcntl
import sqlite3
from pathlib import Path
from typing import Any

from bot.storage.database import sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
HEAD = "0003"  # the newest revision (tests/test_storage.py checks it is Alembic's head)
ADVISORY_LOCK = 727_411_001  # any constant: the instances of this bot share it


def _config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def _upgrade(connection: Any) -> None:
    from alembic import command
    from sqlalchemy import inspect

    tables = set(inspect(connection).get_table_names())
    config = _config(connection)
    if "schema_version" in tables and "alembic_version" not in tables:
        command.stamp(config, "0001")  # the first release's schema, made by create_all
    command.upgrade(config, "head")


def _sqlite_is_current(path: str) -> bool:
    """The usual start: the schema is already the newest (checked without loading Alembic, which
    takes most of a second)."""
    if path == ":memory:" or not Path(path).exists():
        return False
    try:
        conn = sqlite3.connect(path)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == HEAD


def _migrate_sqlite(path: str) -> None:
    from sqlalchemy import create_engine

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


async def _postgres_is_current(url: str) -> bool:
    import asyncpg

    try:
        conn = await asyncpg.connect(url)
    except Exception:
        return False
    try:
        return bool(await conn.fetchval("SELECT version_num FROM alembic_version") == HEAD)
    except Exception:
        return False
    finally:
        await conn.close()


async def _migrate_postgres(url: str) -> None:
    from sqlalchemy import text
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
        plain = "postgresql://" + url.split("://", 1)[1]
        if not await _postgres_is_current(plain):
            await _migrate_postgres(url)
    else:
        path = sqlite_path(url)
        if not await asyncio.to_thread(_sqlite_is_current, path):
            await asyncio.to_thread(_migrate_sqlite, path)
