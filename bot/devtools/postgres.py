"""Throw-away PostgreSQL databases on a server (the tests' and the benchmarks'), so runs never
share rows."""

from __future__ import annotations

import uuid


async def create_database(server_url: str) -> str:
    """A new empty database on the server at `server_url`; returns its URL."""
    import asyncpg

    name = f"t_{uuid.uuid4().hex[:12]}"
    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return server_url.rsplit("/", 1)[0] + "/" + name


async def drop_database(server_url: str, database_url: str) -> None:
    import asyncpg

    name = database_url.rsplit("/", 1)[1]
    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()
