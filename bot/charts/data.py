"""The plain data the pictures are drawn from: frozen dataclasses, no matplotlib.

Every picture takes already-translated strings (`labels`, titles, topic names); the
renderers never translate. A label missing from `labels` is shown as its key.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class TopicMastery:
    """How well a student knows one topic."""

    label: str
    mastery: float  # mean FSRS retrievability now, 0-1
    seen: int
    due: int
    total: int


@dataclass(frozen=True)
class DayActivity:
    """What a student did on one day."""

    day: datetime.date
    questions: int
    quiz_answers: int


@dataclass(frozen=True)
class StatsPicture:
    """A student's progress: mastery per topic and the last 30 days of activity.

    `labels` keys: "mastery", "seen", "due", "questions", "quiz answers", "streak",
    "last 30 days", "no data yet".
    """

    title: str
    topics: list[TopicMastery]
    days: list[DayActivity]  # the last 30 days, oldest first
    streak: int
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ClassPicture:
    """A teacher's view of a group.

    `labels` keys: "participation" (e.g. "played in the last 7 days"), "accuracy",
    "most missed", "correct answer", "miss rate", "most asked", "times asked",
    "no data yet".
    """

    title: str
    participation: tuple[int, int]  # members who played in the last 7 days, members who ever played
    heatmap_rows: list[str]  # topics
    heatmap_cols: list[str]  # days (e.g. "11-24") or member names
    heatmap: list[list[float | None]]  # accuracy 0-1 per row x col, None = no answers
    missed: list[tuple[str, str, float]]  # (item question, its correct answer, miss rate), top 5
    asked: list[tuple[str, int]]  # (entry question, times asked), top 5
    labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MapNode:
    """A topic of the essay, or a person it quotes."""

    id: str  # the topic, or "person:<key>"
    label: str
    kind: Literal["topic", "person"]
    paragraphs: tuple[int, ...]  # the body paragraphs (¶) its entries cite, ascending
    entries: int  # how many KB entries it stands for


@dataclass(frozen=True)
class MapEdge:
    """A connection between two nodes of the essay map.

    `weight` = the `related` links between their entries + the paragraphs both cite;
    `kind` "topic" joins two topics, "member" a person to the people topic, "person"
    a person to another topic.
    """

    source: str
    target: str
    weight: int
    links: int  # `related` links between their entries (either direction, counted once per pair)
    paragraphs: tuple[int, ...]  # shared body paragraphs, ascending
    kind: Literal["topic", "member", "person"] = "topic"


@dataclass(frozen=True)
class MapData:
    """The essay map: topics in the essay's order, the people quoted, their links."""

    nodes: list[MapNode]
    edges: list[MapEdge]
    title: str = ""
    legend: str = ""
