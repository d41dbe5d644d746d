"""Daily-tip scheduling rules: times and zones as users type them, local days."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_TIME = "09:00"
DEFAULT_ZONE = "Asia/Almaty"
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


class ScheduleError(ValueError):
    pass


def parse_time(text: str) -> str:
    """'9:05', '09:05', '21.30' -> 'HH:MM'."""
    m = _TIME.match(text.strip())
    if not m:
        raise ScheduleError(f"not a time: {text!r}")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def parse_zone(text: str) -> str:
    """An IANA name (any case) or a UTC offset ('UTC', 'UTC+5', '+05:30') -> canonical name."""
    raw = text.strip()
    if raw.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    m = _OFFSET.match(raw)
    if m:
        sign, hours, minutes = m.group(1), int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes >= 60:
            raise ScheduleError(f"offset out of range: {text!r}")
        return f"UTC{sign}{hours:02d}:{minutes:02d}"
    names = _zone_names()
    name = names.get(raw.casefold())
    if name is None:
        raise ScheduleError(f"unknown time zone: {text!r}")
    return name


def parse_subscribe_args(args: list[str]) -> tuple[str, str]:
    """`/subscribe [HH:MM] [zone]` arguments -> (time, zone); defaults 09:00 Asia/Almaty."""
    when, zone = DEFAULT_TIME, DEFAULT_ZONE
    if len(args) > 2:
        raise ScheduleError("too many arguments")
    for arg in args:
        if _TIME.match(arg.strip()):
            when = parse_time(arg)
        else:
            zone = parse_zone(arg)
    return when, zone


def zone_info(name: str) -> tzinfo:
    m = re.fullmatch(r"UTC([+-])(\d{2}):(\d{2})", name)
    if m:
        delta = timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
        return timezone(delta if m.group(1) == "+" else -delta, name)
    if name == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ScheduleError(f"unknown time zone: {name!r}") from exc


def shift_time(when: str, minutes: int) -> str:
    """'HH:MM' moved by `minutes`, around the clock ('00:30' an hour earlier is '23:30')."""
    hours, mins = (int(x) for x in when.split(":"))
    total = (hours * 60 + mins + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


def local_time(when: str, zone: str) -> time:
    """The daily send time as an aware `time` in the user's zone (for JobQueue.run_daily)."""
    hours, minutes = (int(x) for x in when.split(":"))
    return time(hours, minutes, tzinfo=zone_info(zone))


def local_day(now: datetime, zone: str) -> date:
    return now.astimezone(zone_info(zone)).date()


def due_today(when: str, zone: str, now: datetime) -> datetime:
    """Today's (in the zone) send moment, as an aware datetime."""
    local_now = now.astimezone(zone_info(zone))
    hours, minutes = (int(x) for x in when.split(":"))
    return local_now.replace(hour=hours, minute=minutes, second=0, microsecond=0)


def missed_today(when: str, zone: str, last_sent: date | None, now: datetime, grace: timedelta) -> bool:
    """True when today's tip time has passed within `grace` and today's tip was not sent
    (the bot was down at that minute): send it now."""
    moment = due_today(when, zone, now)
    already = last_sent is not None and last_sent >= local_day(now, zone)
    return not already and moment <= now <= moment + grace


def next_send(when: str, zone: str, after: datetime) -> datetime:
    """The first daily send moment (HH:MM in the zone) strictly after `after`, DST-aware."""
    tz = zone_info(zone)
    hours, minutes = (int(x) for x in when.split(":"))
    day = after.astimezone(tz).date()
    for add in range(3):
        candidate = datetime.combine(day + timedelta(days=add), time(hours, minutes), tzinfo=tz)
        if candidate > after:
            return candidate
    raise AssertionError("unreachable: a day later is always after")


def tip_due(due_at: datetime, last_sent: date | None, zone: str, now: datetime, grace: timedelta) -> bool:
    """Whether a tip due at `due_at` goes out now: not if that day's tip was already sent, nor
    if its moment passed more than `grace` ago (the bot was down all that time)."""
    day = local_day(due_at, zone)
    return not (last_sent is not None and last_sent >= day) and now - due_at <= grace


_ZONES: dict[str, str] = {}


def _zone_names() -> dict[str, str]:
    if not _ZONES:
        _ZONES.update({name.casefold(): name for name in available_timezones()})
    return _ZONES
