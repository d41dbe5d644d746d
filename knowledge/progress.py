"""The figures behind the progress pictures, as pure functions over cards and answers.

- a student: mastery per topic (the mean FSRS retrievability of the topic's cards now), how many
  items were seen and are due, and what was done each of the last 30 days;
- a group: accuracy per topic and day (or per topic and member), the most missed items, who
  played lately.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fsrs import Card, Scheduler

from knowledge.kb import KnowledgeBase

_SCHEDULER = Scheduler(enable_fuzzing=False)
DAYS = 30


@dataclass(frozen=True)
class TopicFigures:
    topic: str
    mastery: float  # 0-1: the mean retrievability of the topic's cards now (0 for unseen items)
    seen: int
    due: int
    total: int


@dataclass(frozen=True)
class Answered:
    """One quiz answer in a group."""

    member: str  # a display name, or a stable pseudonym when names are off
    item_id: str
    correct: bool
    day: date


@dataclass(frozen=True)
class ClassFigures:
    rows: list[str]  # topics
    cols: list[str]  # days ("11-24") or members
    grid: list[list[float | None]]  # accuracy per row x col; None = no answers
    missed: list[tuple[str, float]]  # (item id, miss rate), worst first
    recent_players: int


def mastery_by_topic(kb: KnowledgeBase, cards: dict[str, str], now: datetime) -> list[TopicFigures]:
    """Per topic that has quiz items, in the essay's order."""
    figures = []
    for topic in kb.topics:
        items = kb.quiz_items(topic)
        if not items:
            continue
        retrievability, due = [], 0
        for item in items:
            card_json = cards.get(item.id)
            if card_json is None:
                retrievability.append(0.0)
                continue
            card = Card.from_json(card_json)
            retrievability.append(float(_SCHEDULER.get_card_retrievability(card, now)))
            due += card.due <= now
        seen = sum(item.id in cards for item in items)
        figures.append(TopicFigures(topic, sum(retrievability) / len(items), seen, due, len(items)))
    return figures


def last_days(today: date, questions: dict[date, int], answers: Iterable[date], days: int = DAYS) -> list[tuple[date, int, int]]:
    """(day, questions asked, quiz answers) for the last `days` days, oldest first."""
    answered: dict[date, int] = defaultdict(int)
    for day in answers:
        answered[day] += 1
    span = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
    return [(day, questions.get(day, 0), answered.get(day, 0)) for day in span]


def streak(active: set[date], today: date) -> int:
    """Days in a row with activity, ending today (or yesterday, if today is still empty)."""
    day = today if today in active else today - timedelta(days=1)
    count = 0
    while day in active:
        count, day = count + 1, day - timedelta(days=1)
    return count


def class_figures(kb: KnowledgeBase, answers: Sequence[Answered], today: date, by_member: bool, days: int = 7) -> ClassFigures:
    """Accuracy per topic x day (the last `days` days) or per topic x member; the most missed items."""
    topic_of = {item.id: kb.entries[item.entry].topic for item in kb.quiz.values() if item.entry in kb.entries}
    recent = [a for a in answers if a.day > today - timedelta(days=days)]
    if by_member:
        cols = sorted({a.member for a in recent})
        column = {name: i for i, name in enumerate(cols)}

        def key(a: Answered) -> int:
            return column[a.member]
    else:
        span = [today - timedelta(days=n) for n in range(days - 1, -1, -1)]
        cols = [d.strftime("%m-%d") for d in span]
        column = {d.strftime("%m-%d"): i for i, d in enumerate(span)}

        def key(a: Answered) -> int:
            return column[a.day.strftime("%m-%d")]

    rows = [t for t in kb.topics if any(topic_of.get(a.item_id) == t for a in recent)]
    tally: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for a in recent:
        topic = topic_of.get(a.item_id)
        if topic in rows:
            cell = tally[(rows.index(topic), key(a))]
            cell[0] += a.correct
            cell[1] += 1
    grid = [
        [(tally[(r, c)][0] / tally[(r, c)][1]) if (r, c) in tally else None for c in range(len(cols))] for r in range(len(rows))
    ]
    per_item: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for a in answers:
        per_item[a.item_id][0] += not a.correct
        per_item[a.item_id][1] += 1
    missed = sorted(
        ((item, wrong / total) for item, (wrong, total) in per_item.items() if wrong and item in kb.quiz),
        key=lambda x: (-x[1], x[0]),
    )[:5]
    return ClassFigures(rows, cols, grid, missed, len({a.member for a in recent}))
