"""Rewrite `bot/storage/migrations/sqlite_head.sql`, the schema a brand-new SQLite database is made
from, after adding a migration: `python -m bot.devtools.schema` (tests/test_storage.py fails until
the snapshot is what the migrations make)."""

from __future__ import annotations

import sqlite3
import tempfile

from bot.storage.migrate import SQLITE_HEAD, sqlite_schema, upgrade_sqlite


def migrated_schema(path: str) -> str:
    """The schema the migrations make, from a new database at `path` upgraded by Alembic itself."""
    upgrade_sqlite(path)
    conn = sqlite3.connect(path)
    try:
        return sqlite_schema(conn)
    finally:
        conn.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as directory:
        SQLITE_HEAD.write_text(migrated_schema(f"{directory}/schema.sqlite3"), encoding="utf-8")
    print(f"wrote {SQLITE_HEAD}")


if __name__ == "__main__":
    main()
