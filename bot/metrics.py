"""Operations figures, exposed as Prometheus metrics on /metrics (prometheus-client).

Each Application has its own registry (several run in one test process). Counters of outcomes
are also added to the database (`counters`, through the write buffer), so /admin shows the
totals of every instance since the start, not just this process's.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

COUNTED = ("answered", "unmatched", "smalltalk", "quiz_answers", "tips_sent", "tips_failed", "errors", "updates", "duplicates")


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._events = Counter("saiasat_events", "Things the bot did", ["event"], registry=self.registry)
        self.reply_seconds = Histogram(
            "saiasat_reply_seconds",
            "From an update's arrival to the end of its handling",
            ["kind"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
            registry=self.registry,
        )
        self._values: dict[str, int] = dict.fromkeys(COUNTED, 0)
        for name in COUNTED:
            self._events.labels(event=name)

    def inc(self, name: str, by: int = 1) -> None:
        self._events.labels(event=name).inc(by)
        self._values[name] = self._values.get(name, 0) + by

    def __getitem__(self, name: str) -> int:
        return self._values.get(name, 0)

    def prometheus(self) -> bytes:
        return generate_latest(self.registry)
