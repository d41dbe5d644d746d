"""Example pictures for the README: invented but realistic stats and class data, the real KB map."""

from __future__ import annotations

import datetime
import random
from importlib import import_module
from pathlib import Path

from bot.charts.data import ClassPicture, DayActivity, StatsPicture, TopicMastery
from bot.charts.labels import labels, map_data, topic_labels

TOPIC_IDS = ("essay", "modernization", "political-development", "democracy", "parties", "kazakhstan", "people", "references")
TOPIC_LABELS = topic_labels("en", TOPIC_IDS)
TOPICS = tuple(TOPIC_LABELS.values())


def example_stats(today: datetime.date = datetime.date(2024, 11, 30)) -> StatsPicture:
    """A student three weeks into the course, on a 6-day streak."""
    rng = random.Random(7)
    mastery = (0.86, 0.72, 0.55, 0.91, 0.38, 0.64, 0.2, 0.0)
    totals = (9, 14, 10, 6, 5, 7, 6, 10)
    topics = [
        TopicMastery(name, m, seen=round(total * min(1.0, m + 0.25)) if m else 0, due=rng.randint(0, 3) if m else 0, total=total)
        for name, m, total in zip(TOPICS, mastery, totals, strict=True)
    ]
    days = []
    for back in range(29, -1, -1):
        active = back < 6 or (back < 22 and rng.random() < 0.6)
        days.append(
            DayActivity(
                today - datetime.timedelta(days=back), rng.randint(1, 6) if active else 0, rng.randint(0, 10) if active else 0
            )
        )
    return StatsPicture("Aigerim's progress", topics, days, streak=6, labels=labels("en"))


def example_class(today: datetime.date = datetime.date(2024, 11, 30)) -> ClassPicture:
    """A group of 24 students, 18 of them active this week."""
    rng = random.Random(11)
    cols = [(today - datetime.timedelta(days=back)).strftime("%m-%d") for back in range(6, -1, -1)]
    heatmap: list[list[float | None]] = [
        [None if rng.random() < 0.15 else round(min(1.0, max(0.0, rng.gauss(base, 0.15))), 2) for _ in cols]
        for base in (0.8, 0.62, 0.7, 0.85, 0.45, 0.58, 0.75, 0.9)
    ]
    kb = import_module("knowledge.kb").default_kb()  # real questions of the quiz and the KB, invented counts
    items = [item for item in kb.quiz_items() if not item.trivia][::9][:5]
    missed = [
        (item.question.get("en"), next(o.en for o in item.options if o.correct), rate)
        for item, rate in zip(items, (0.71, 0.64, 0.52, 0.47, 0.41), strict=False)
    ]
    entries = list(kb.entries.values())[::13][:5]
    asked = [(entry.question.get("en"), count) for entry, count in zip(entries, (41, 33, 27, 19, 15), strict=False)]
    return ClassPicture("Group PS-21 · week of 11-24", (18, 24), list(TOPICS), cols, heatmap, missed, asked, labels=labels("en"))


def write_examples(directory: Path) -> list[Path]:
    """Render one example of each picture into `directory` (created if need be); the paths written."""
    from bot.charts.classview import render_class
    from bot.charts.essay_map import KnowledgeBase, render_map
    from bot.charts.stats import render_stats

    kb: KnowledgeBase = import_module("knowledge.kb").default_kb()
    directory.mkdir(parents=True, exist_ok=True)
    essay_map = map_data(kb, "en")
    pictures = {
        "stats.png": render_stats(example_stats()),
        "class.png": render_class(example_class()),
        "essay_map.png": render_map(essay_map),
    }
    paths = []
    for name, png in pictures.items():
        path = directory / name
        path.write_bytes(png)
        paths.append(path)
    return paths
