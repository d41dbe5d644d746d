"""The database connection: SQLite (default) or PostgreSQL, one API, the same SQL.

Statements are written once, with `:name` parameters, in the SQL both databases speak (upserts,
`RETURNING`). A write is a transaction *function* `async def tx(t: Tx) -> T`:

- SQLite: one writer connection on a dedicated thread runs the functions queued to it, and
  commits every function that arrived meanwhile together (group commit): each in its own
  SAVEPOINT, so one failing function rolls back alone. A function must await only the `Tx` (it is
  driven to completion on the writer thread without an event loop). Reads run inline on the event
  loop's own read-only connection (WAL: they never wait for a writer; a point read takes
  microseconds); if the file is locked for reading they move to a worker thread.
- PostgreSQL: asyncpg, a pool, one transaction per function.

Values: timestamps of the tables created by the first release are `datetime` (UTC) both ways;
newer tables store epoch seconds (floats) and JSON as text.

Length: the two backends of one small protocol side by side, so that their behaviour can be compared line by line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import queue
import re
import sqlite3
import threading
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar

log = logging.getLogger("saiasat.storage")
T = TypeVar("T")
Params = Mapping[str, object]
Row = Mapping[str, Any]
MAX_BATCH = 512  # transaction functions committed together at most
BUSY_TIMEOUT_MS = 30_000


class Tx(Protocol):
    """What a transaction function may do: statements inside one transaction."""

    async def execute(self, sql: str, params: Params | None = None) -> int: ...  # rows affected
    async def fetch(self, sql: str, params: Params | None = None) -> list[Row]: ...
    async def fetchrow(self, sql: str, params: Params | None = None) -> Row | None: ...
    async def executemany(self, sql: str, rows: Sequence[Params]) -> None: ...


TxFunction = Callable[[Tx], Coroutine[Any, Any, T]]


class Database(Protocol):
    dialect: str
    url: str

    async def open(self) -> None: ...
    async def close(self) -> None: ...
    async def fetch(self, sql: str, params: Params | None = None) -> list[Row]: ...
    async def fetchrow(self, sql: str, params: Params | None = None) -> Row | None: ...
    async def transaction(self, fn: TxFunction[T]) -> T: ...
    async def ping(self) -> bool: ...


def connect(url: str) -> Database:
    """A database for a URL: `sqlite:///path` (the default), `postgresql://user:pass@host/db`."""
    if url.startswith(("postgresql", "postgres:")):
        return PostgresDatabase(url)
    return SQLiteDatabase(sqlite_path(url))


def sqlite_path(url: str) -> str:
    path = re.sub(r"^sqlite(\+\w+)?:///", "", url)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return path


# -- SQLite -----------------------------------------------------------------------------------
def _to_text(value: datetime) -> str:
    # the format SQLAlchemy's SQLite dialect wrote (the first release's tables), UTC
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if value.tzinfo else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _from_text(raw: bytes) -> datetime:
    text = raw.decode()
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


sqlite3.register_adapter(datetime, _to_text)
sqlite3.register_adapter(date, lambda d: d.isoformat())
sqlite3.register_converter("DATETIME", _from_text)
sqlite3.register_converter("DATE", lambda raw: date.fromisoformat(raw.decode()))
sqlite3.register_converter("BOOLEAN", lambda raw: raw not in (b"0", b""))


def _sqlite_connection(path: str, *, readonly: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, detect_types=sqlite3.PARSE_DECLTYPES)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={0 if readonly else BUSY_TIMEOUT_MS}")
    if readonly:
        conn.execute("PRAGMA query_only=ON")
    return conn


class _SQLiteTx:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    async def execute(self, sql: str, params: Params | None = None) -> int:
        return self.conn.execute(sql, params or {}).rowcount

    async def fetch(self, sql: str, params: Params | None = None) -> list[Row]:
        return self.conn.execute(sql, params or {}).fetchall()

    async def fetchrow(self, sql: str, params: Params | None = None) -> Row | None:
        row: Row | None = self.conn.execute(sql, params or {}).fetchone()
        return row

    async def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        self.conn.executemany(sql, rows)


def drive(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine that never suspends (a SQLite transaction function) to its end."""
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    coroutine.close()
    raise RuntimeError("a SQLite transaction function awaited something other than its Tx")


_Job = tuple[TxFunction[Any], "asyncio.Future[Any]", asyncio.AbstractEventLoop]


class SQLiteDatabase:
    dialect = "sqlite"

    def __init__(self, path: str):
        self.path = path
        self.url = f"sqlite:///{path}"
        self._queue: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._reader: sqlite3.Connection | None = None
        self.commits = 0  # for benchmarks: how many functions shared how many commits
        self.functions = 0

    async def open(self) -> None:
        if self._thread is not None:
            return
        self._reader = _sqlite_connection(self.path, readonly=True)
        ready = threading.Event()
        self._thread = threading.Thread(target=self._writer, args=(ready,), name="sqlite-writer", daemon=True)
        self._thread.start()
        await asyncio.get_running_loop().run_in_executor(None, ready.wait)

    async def close(self) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        await asyncio.get_running_loop().run_in_executor(None, self._thread.join)
        self._thread = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    # reads ------------------------------------------------------------------------------------
    def _read(self, sql: str, params: Params | None, one: bool) -> Any:
        assert self._reader is not None, "database not open"
        cursor = self._reader.execute(sql, params or {})
        return cursor.fetchone() if one else cursor.fetchall()

    def _read_in_thread(self, sql: str, params: Params | None, one: bool) -> Any:
        conn = _sqlite_connection(self.path, readonly=True)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        try:
            cursor = conn.execute(sql, params or {})
            return cursor.fetchone() if one else cursor.fetchall()
        finally:
            conn.close()

    async def _query(self, sql: str, params: Params | None, one: bool) -> Any:
        try:
            return self._read(sql, params, one)
        except sqlite3.OperationalError as exc:  # locked for reading (a checkpoint, a backup): wait off the loop
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            return await asyncio.to_thread(self._read_in_thread, sql, params, one)

    async def fetch(self, sql: str, params: Params | None = None) -> list[Row]:
        rows: list[Row] = await self._query(sql, params, False)
        return rows

    async def fetchrow(self, sql: str, params: Params | None = None) -> Row | None:
        row: Row | None = await self._query(sql, params, True)
        return row

    async def ping(self) -> bool:
        try:
            return (await self.fetchrow("SELECT 1 AS ok")) is not None
        except sqlite3.Error:
            return False

    # writes -----------------------------------------------------------------------------------
    async def transaction(self, fn: TxFunction[T]) -> T:
        if self._thread is None:
            raise RuntimeError("database not open")
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.put((fn, future, loop))
        return await future

    def _writer(self, ready: threading.Event) -> None:
        conn = _sqlite_connection(self.path)
        ready.set()
        try:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                batch = [job]
                stop = False
                while len(batch) < MAX_BATCH:
                    try:
                        more = self._queue.get_nowait()
                    except queue.Empty:
                        break
                    if more is None:
                        stop = True
                        break
                    batch.append(more)
                self._commit(conn, batch)
                if stop:
                    return
        finally:
            conn.close()

    def _commit(self, conn: sqlite3.Connection, batch: list[_Job]) -> None:
        outcomes: list[tuple[asyncio.Future[Any], asyncio.AbstractEventLoop, Any, BaseException | None]] = []
        tx = _SQLiteTx(conn)
        try:
            conn.execute("BEGIN IMMEDIATE")
            for fn, future, loop in batch:
                conn.execute("SAVEPOINT fn")
                try:
                    result = drive(fn(tx))
                except Exception as exc:  # this function's statements only are undone
                    conn.execute("ROLLBACK TO fn")
                    conn.execute("RELEASE fn")
                    outcomes.append((future, loop, None, exc))
                else:
                    conn.execute("RELEASE fn")
                    outcomes.append((future, loop, result, None))
            conn.execute("COMMIT")
            self.commits += 1
            self.functions += len(batch)
        except sqlite3.Error as exc:  # the commit itself failed (locked too long, disk full): all fail
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            log.warning("SQLite commit failed: %s", type(exc).__name__)
            outcomes = [(future, loop, None, exc) for _, future, loop in batch]
        by_loop: dict[asyncio.AbstractEventLoop, list[tuple[asyncio.Future[Any], Any, BaseException | None]]] = {}
        for future, loop, result, error in outcomes:
            by_loop.setdefault(loop, []).append((future, result, error))
        for loop, done in by_loop.items():  # one hand-off back per loop, not one per function
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile
                loop.call_soon_threadsafe(_resolve, done)


def _resolve(done: list[tuple[asyncio.Future[Any], Any, BaseException | None]]) -> None:
    for future, result, error in done:
        if future.done():
            continue
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)


# -- PostgreSQL -------------------------------------------------------------------------------
_PARAM = re.compile(r"(?<!:):([a-zA-Z_][a-zA-Z0-9_]*)")
_compiled: dict[str, tuple[str, list[str]]] = {}


def pg_sql(sql: str) -> tuple[str, list[str]]:
    """`:name` parameters as asyncpg's `$n`, and the names in their order (cached)."""
    found = _compiled.get(sql)
    if found is None:
        names: list[str] = []

        def number(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in names:
                names.append(name)
            return f"${names.index(name) + 1}"

        found = (_PARAM.sub(number, sql), names)
        _compiled[sql] = found
    return found


def _args(names: list[str], params: Params | None) -> list[object]:
    params = params or {}
    return [params[name] for name in names]


class _PgTx:
    def __init__(self, conn: Any):
        self.conn = conn

    async def execute(self, sql: str, params: Params | None = None) -> int:
        text, names = pg_sql(sql)
        status: str = await self.conn.execute(text, *_args(names, params))
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def fetch(self, sql: str, params: Params | None = None) -> list[Row]:
        text, names = pg_sql(sql)
        rows: list[Row] = await self.conn.fetch(text, *_args(names, params))
        return rows

    async def fetchrow(self, sql: str, params: Params | None = None) -> Row | None:
        text, names = pg_sql(sql)
        row: Row | None = await self.conn.fetchrow(text, *_args(names, params))
        return row

    async def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        text, names = pg_sql(sql)
        await self.conn.executemany(text, [_args(names, r) for r in rows])


class PostgresDatabase:
    dialect = "postgresql"

    def __init__(self, url: str, min_size: int = 2, max_size: int = 20):
        self.url = re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql://", url)
        self._pool: Any = None
        self._sizes = (min_size, max_size)

    async def open(self) -> None:
        if self._pool is None:
            import asyncpg  # the [postgres] extra

            self._pool = await asyncpg.create_pool(self.url, min_size=self._sizes[0], max_size=self._sizes[1])

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def fetch(self, sql: str, params: Params | None = None) -> list[Row]:
        async with self._pool.acquire() as conn:
            return await _PgTx(conn).fetch(sql, params)

    async def fetchrow(self, sql: str, params: Params | None = None) -> Row | None:
        async with self._pool.acquire() as conn:
            return await _PgTx(conn).fetchrow(sql, params)

    async def transaction(self, fn: TxFunction[T]) -> T:
        async with self._pool.acquire() as conn, conn.transaction():
            return await fn(_PgTx(conn))

    async def ping(self) -> bool:
        try:
            return (await self.fetchrow("SELECT 1 AS ok")) is not None
        except Exception:
            return False


async def each(items: Sequence[Awaitable[T]]) -> list[T]:
    """Await several database calls together (SQLite: one group commit)."""
    return list(await asyncio.gather(*items))
