"""Schema migrations (Alembic), run under a lock so any number of instances can start together.

PostgreSQL: a session advisory lock; SQLite: an exclusive lock on a file next to the database.
A database made by the first release (a `schema_version` table, no Alembic record) is recognised
as revision 0001 and upgraded from there.

A brand-new SQLite database is made from `migrations/sqlite_head.sql`, the schema the migrations
produce, dumped from SQLite itself (`python -m bot.devtools.schema`; tests/test_storage.py
checks it is exactly what they make): importing SQLAlchemy and Alembic would take half a second of
the first start. `SAIASAT_SCHEMA_SNAPSHOT=off` runs the migrations instead (the benchmark's reference).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import sqlite3
from pathlib import Path
from typing import Any

from bot.storage.database import BUSY_TIMEOUT_MS, sqlite_path

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEAD = MIGRATIONS / "sqlite_head.sql"
HEAD = "0004"  # the newest revision (tests/test_storage.py checks it is Alembic's head)
ADVISORY_LOCK = 727_411_001  # any constant: the instances of this bot share it


def _config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Any) -> None:
    """Upgrade the database of a SQLAlchemy connection to the newest revision with Alembic."""
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


def sqlite_schema(conn: sqlite3.Connection) -> str:
    """The schema of an SQLite database as the statements that make it, in the order it was made
    (SQLite keeps each statement's text), and its Alembic revision."""
    rows = conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    statements = [f"{sql};" for (sql,) in rows]
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{version[0]}');")
    return "\n".join(statements) + "\n"


def _is_empty(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def _create_sqlite(path: str) -> bool:
    """Make a brand-new database from the snapshot; False if the database already has tables."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute("PRAGMA journal_mode=WAL")  # as the bot opens it: set once here, before any reader
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not _is_empty(conn):
                return False
            for statement in SQLITE_HEAD.read_text(encoding="utf-8").split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute("COMMIT")
            return True
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
    finally:
        conn.close()


def upgrade_sqlite(path: str) -> None:
    """Upgrade the SQLite database at `path` with Alembic (the caller holds the lock)."""
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            upgrade(connection)
    finally:
        engine.dispose()


def _migrate_sqlite(path: str) -> None:
    lock_path = Path(f"{path}.migrate.lock") if path != ":memory:" else None
    handle = open(lock_path, "a+") if lock_path else None  # noqa: SIM115 - held for the whole block
    try:
        if handle is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        if path != ":memory:" and os.environ.get("SAIASAT_SCHEMA_SNAPSHOT") != "off" and _create_sqlite(path):
            return
        upgrade_sqlite(path)
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
                await connection.run_sync(upgrade)
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
