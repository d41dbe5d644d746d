"""Compact callback data for inline buttons (Telegram allows at most 64 bytes).

Every button's data is `<kind>:<arg>[:<arg>]`; `parse` returns None for anything it does
not know, so stale or forged data gets a polite answer instead of an exception.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64

KINDS = {
    "e": 1,  # open an entry: e:<entry id>
    "v": 2,  # helpful vote: v:<1|0>:<entry id>
    "t": 1,  # browse a topic: t:<topic>
    "l": 1,  # set language: l:<en|ru|kk>
    "tm": 1,  # tip, explain more: tm:<tip id>
    "tq": 1,  # tip, quiz me: tq:<tip id>
    "f": 2,  # forget my data: f:<yes|no>:<owner user id>
    "s": 2,  # settings: s:<sub|unsub|lang|earlier|later>:<owner user id>
    "m": 1,  # the map of the essay: m:<language>
    "d": 1,  # think further about an entry (seminar prompts): d:<entry id>
    "ga": 2,  # admin: accept a gap as phrasing: ga:<group key>:<entry id>
    "gd": 1,  # admin: dismiss a gap: gd:<group key>
}


@dataclass(frozen=True)
class Callback:
    kind: str
    args: tuple[str, ...]


def make(kind: str, *args: object) -> str:
    data = ":".join((kind, *(str(a) for a in args)))
    if kind not in KINDS or len(args) != KINDS[kind]:
        raise ValueError(f"bad callback {data!r}")
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def parse(data: str | None) -> Callback | None:
    if not data or len(data.encode("utf-8")) > MAX_BYTES:
        return None
    kind, *args = data.split(":")
    if KINDS.get(kind) != len(args) or not all(args):
        return None
    return Callback(kind, tuple(args))
