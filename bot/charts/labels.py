"""The words on the pictures, in a language: from the locale catalogs (`chart.*`, `topic.*`), for
the handlers and the README's examples alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.i18n import plain

if TYPE_CHECKING:
    from bot.charts.data import MapData
    from bot.charts.essay_map import KnowledgeBase

CHART_LABELS = (
    "mastery",
    "seen",
    "due",
    "questions",
    "quiz answers",
    "streak",
    "last 30 days",
    "no data yet",
    "participation",
    "accuracy",
    "most missed",
    "correct answer",
    "miss rate",
    "most asked",
    "times asked",
)


def labels(lang: str) -> dict[str, str]:
    return {key: plain(lang, f"chart.{key.replace(' ', '_')}") for key in CHART_LABELS}


def topic_labels(lang: str, topics: tuple[str, ...] | list[str]) -> dict[str, str]:
    return {topic: plain(lang, f"topic.{topic}") for topic in topics}


def map_data(kb: KnowledgeBase, lang: str) -> MapData:
    """The `/map` picture's data in `lang`: its topics, title and legend from the catalogs."""
    from bot.charts.essay_map import essay_map_data

    return essay_map_data(
        kb,
        lang,
        topic_labels(lang, list(kb.topics)),
        title=plain(lang, "chart.map_title"),
        legend=plain(lang, "chart.map_legend"),
    )
