"""Small helpers shared by the repositories: clocks and statements several of them need."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from bot.storage.database import Tx

ENSURE_USER = (
    "INSERT INTO users (id, language, time_zone, created_at) VALUES (:user_id, NULL, 'Asia/Almaty', :now_dt) "
    "ON CONFLICT (id) DO NOTHING"
)


def utcnow() -> datetime:
    return datetime.now(UTC)


def epoch() -> float:
    return time.time()


async def ensure_user(t: Tx, user_id: int) -> None:
    """The user's row, inside the caller's transaction (rows that refer to it need it first)."""
    await t.execute(ENSURE_USER, {"user_id": user_id, "now_dt": utcnow()})


def placeholders(prefix: str, values: list[object]) -> tuple[str, dict[str, object]]:
    """`:p0, :p1, …` for an IN list, and the parameters."""
    params = {f"{prefix}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{name}" for name in params), params


DEAD_AFTER = 10.0  # seconds without a heartbeat after which an instance's claims are taken over


def claimable(alias: str = "") -> str:
    """SQL: a row's claim has expired, or its holder has stopped beating (it died).
    Parameters :now and :alive (now - DEAD_AFTER)."""
    a = f"{alias}." if alias else ""
    return (
        f"({a}lease_until < :now OR ({a}owner IS NOT NULL AND {a}owner NOT IN "
        f"(SELECT id FROM instances WHERE seen_at >= :alive)))"
    )
