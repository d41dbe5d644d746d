"""Counters for operations (exposed on /metrics in webhook mode and in /admin)."""

from __future__ import annotations

from collections import Counter

NAMES = ("answered", "unmatched", "smalltalk", "quiz_answers", "tips_sent", "tips_failed", "errors", "updates")


class Metrics:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter({name: 0 for name in NAMES})

    def inc(self, name: str, by: int = 1) -> None:
        self.counts[name] += by

    def __getitem__(self, name: str) -> int:
        return self.counts[name]

    def prometheus(self) -> str:
        lines = []
        for name, value in sorted(self.counts.items()):
            lines += [f"# TYPE saiasat_{name}_total counter", f"saiasat_{name}_total {value}"]
        return "\n".join(lines) + "\n"
