"""Pictures (bot/charts): valid PNGs within Telegram's sendPhoto limits, Kazakh glyphs, and an
essay map that follows the knowledge base."""

from __future__ import annotations

import dataclasses
import datetime
import logging
import subprocess
import sys
import warnings
from itertools import combinations

import pytest

from bot.charts import shorten, wrap
from bot.charts.classview import render_class
from bot.charts.data import (
    ClassPicture,
    DayActivity,
    MapData,
    StatsPicture,
    TopicMastery,
)
from bot.charts.essay_map import (
    MAP_TOPICS,
    PEOPLE_TOPIC,
    essay_map_data,
    layout,
    render_map,
)
from bot.charts.examples import example_class, example_stats, write_examples
from bot.charts.stats import render_stats

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LONG = "A very long label that goes on and on " * 8

LABELS = {
    "en": {
        "stats": {
            "mastery": "Mastery by topic",
            "seen": "seen",
            "due": "due",
            "questions": "questions",
            "quiz answers": "quiz answers",
            "streak": "streak",
            "last 30 days": "Last 30 days",
            "no data yet": "No data yet",
        },
        "class": {
            "participation": "played in the last 7 days",
            "accuracy": "Accuracy",
            "most missed": "Most missed",
            "correct answer": "correct answer",
            "miss rate": "missed",
            "most asked": "Most asked",
            "times asked": "times asked",
            "no data yet": "No data yet",
        },
        "topics": {
            "modernization": "Political modernization",
            "political-development": "Political development",
            "democracy": "Democracy",
            "parties": "Political parties",
            "kazakhstan": "Kazakhstan's reforms",
            "people": "People quoted",
        },
    },
    "ru": {
        "stats": {
            "mastery": "Освоение тем",
            "seen": "изучено",
            "due": "к повторению",
            "questions": "вопросы",
            "quiz answers": "ответы викторины",
            "streak": "дней подряд",
            "last 30 days": "Последние 30 дней",
            "no data yet": "Пока нет данных",
        },
        "class": {
            "participation": "играли за последние 7 дней",
            "accuracy": "Точность по темам",
            "most missed": "Чаще всего ошибались",
            "correct answer": "верный ответ",
            "miss rate": "ошибки",
            "most asked": "Чаще всего спрашивали",
            "times asked": "раз",
            "no data yet": "Пока нет данных",
        },
        "topics": {
            "modernization": "Политическая модернизация",
            "political-development": "Политическое развитие",
            "democracy": "Демократия",
            "parties": "Политические партии",
            "kazakhstan": "Реформы в Казахстане",
            "people": "Кого цитирует эссе",
        },
    },
    "kk": {
        "stats": {
            "mastery": "Тақырыптарды меңгеру",
            "seen": "көрілді",
            "due": "қайталау",
            "questions": "сұрақтар",
            "quiz answers": "викторина жауаптары",
            "streak": "қатарынан күн",
            "last 30 days": "Соңғы 30 күн",
            "no data yet": "Әзірге дерек жоқ",
        },
        "class": {
            "participation": "соңғы 7 күнде ойнағандар",
            "accuracy": "Тақырыптар бойынша дәлдік",
            "most missed": "Жиі қателескен сұрақтар",
            "correct answer": "дұрыс жауап",
            "miss rate": "қате",
            "most asked": "Жиі қойылған сұрақтар",
            "times asked": "рет",
            "no data yet": "Әзірге дерек жоқ",
        },
        "topics": {
            "modernization": "Саяси жаңғыру",
            "political-development": "Саяси даму",
            "democracy": "Демократия",
            "parties": "Саяси партиялар",
            "kazakhstan": "Қазақстандағы реформалар",
            "people": "Сөзі келтірілген тұлғалар",
        },
    },
}
KAZAKH = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR, after checking it is a PNG sendPhoto accepts."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width > 0 and height > 0
    assert width + height <= 10_000
    assert max(width, height) / min(width, height) <= 20
    assert len(data) <= 1_000_000
    return width, height


def days(count: int = 30, end: datetime.date = datetime.date(2024, 11, 30)) -> list[DayActivity]:
    return [DayActivity(end - datetime.timedelta(days=count - 1 - i), i % 5, (i * 3) % 7) for i in range(count)]


def stats_picture(lang: str = "en", topics: int = 8, label: str = "") -> StatsPicture:
    names = list(LABELS[lang]["topics"].values())
    return StatsPicture(
        f"Progress {KAZAKH if lang == 'kk' else ''}",
        [TopicMastery((label or names[i % len(names)]) + f" {i}", i / max(1, topics - 1), i, i % 3, 14) for i in range(topics)],
        days(),
        streak=4,
        labels=LABELS[lang]["stats"],
    )


def class_picture(lang: str = "en", rows: int = 12, cols: int = 7, label: str = "") -> ClassPicture:
    members = ["Айгерім", "Бауыржан", "Ivan Petrov", "Дана", "Ерлан", "Жанна", "Қанат"]
    heatmap: list[list[float | None]] = [
        [None if (r + c) % 4 == 0 else ((r * 3 + c) % 11) / 10 for c in range(cols)] for r in range(rows)
    ]
    return ClassPicture(
        label or "Group PS-21",
        (5, 17),
        [(label or "Topic") + f" {r}" for r in range(rows)],
        [(label or members[c % len(members)]) + ("" if not label else str(c)) for c in range(cols)],
        heatmap,
        [
            ((label or "Which process does modernization accompany?") + f" {i}", label or "Industrialization", 0.9 - i / 10)
            for i in range(5)
        ],
        [((label or "What is a political party?") + f" {i}", 40 - 5 * i) for i in range(5)],
        labels=LABELS[lang]["class"],
    )


# --- stats -------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_stats_is_a_valid_png_in_every_language(lang):
    width, height = png_size(render_stats(stats_picture(lang)))
    assert width == 1200 and height >= 600


@pytest.mark.parametrize(
    "picture",
    [
        example_stats(),
        StatsPicture("", [], [], 0, {}),
        StatsPicture(
            "Nothing this month", [TopicMastery("Democracy", 0.0, 0, 0, 6)], [DayActivity(d.day, 0, 0) for d in days()], 0, {}
        ),
        stats_picture(label=LONG),
        dataclasses.replace(stats_picture(), title=LONG),
        stats_picture(topics=12),
        stats_picture(topics=60),
        dataclasses.replace(stats_picture(), days=days(90)),
        dataclasses.replace(stats_picture(), topics=[TopicMastery("Odd", 1.7, -1, 99, 0)]),
    ],
    ids=["example", "empty", "all-zero", "long-labels", "long-title", "12-topics", "60-topics", "90-days", "odd"],
)
def test_stats_renders_any_data(picture):
    png_size(render_stats(picture))


# --- class view --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_class_12_topics_by_7_members_with_gaps_in_every_language(lang):
    picture = class_picture(lang)
    assert any(cell is None for row in picture.heatmap for cell in row)
    width, _ = png_size(render_class(picture))
    assert width == 1200


@pytest.mark.parametrize(
    "picture",
    [
        example_class(),
        ClassPicture("", (0, 0), [], [], [], [], [], {}),
        class_picture(label=LONG),
        class_picture(rows=40, cols=60),
        class_picture(rows=1, cols=1),
        dataclasses.replace(class_picture(), heatmap=[[0.5], [], [None, 2.0, -1.0, float("nan")]]),
        dataclasses.replace(class_picture(), heatmap_rows=[], missed=[], asked=[]),
        dataclasses.replace(class_picture(), missed=[("?", "!", 1.0)], asked=[("?", 0)]),
    ],
    ids=["example", "empty", "long-labels", "huge", "one-cell", "ragged", "half-empty", "tiny"],
)
def test_class_renders_any_data(picture):
    png_size(render_class(picture))


# --- essay map ---------------------------------------------------------------------------


def expected_edges(kb) -> set[frozenset[str]]:
    """Topic pairs whose entries are related or cite the same body paragraph, from the KB directly."""
    body = set(range(1, kb.essay.references_paragraph))
    topics = [t for t in MAP_TOPICS if kb.topics.get(t)]
    cited = {t: {s.paragraph for i in kb.topics[t] for s in kb.entries[i].sources} & body for t in topics}
    edges = set()
    for a, b in combinations(topics, 2):
        related = any(y in kb.entries[x].related or x in kb.entries[y].related for x in kb.topics[a] for y in kb.topics[b])
        if related or cited[a] & cited[b]:
            edges.add(frozenset((a, b)))
    return edges


def topic_edges(data: MapData) -> dict[frozenset[str], int]:
    return {frozenset((e.source, e.target)): e.weight for e in data.edges if e.kind == "topic"}


def test_the_map_has_every_topic_with_entries_and_every_connection(kb):
    data = essay_map_data(kb, "en", LABELS["en"]["topics"])
    topics = {n.id for n in data.nodes if n.kind == "topic"}
    assert topics == {t for t in MAP_TOPICS if kb.topics.get(t)}
    assert set(topic_edges(data)) == expected_edges(kb)
    related_pairs = {
        frozenset((e.topic, kb.entries[r].topic))
        for e in kb.entries.values()
        for r in e.related
        if r in kb.entries and e.topic != kb.entries[r].topic and {e.topic, kb.entries[r].topic} <= set(MAP_TOPICS)
    }
    assert related_pairs <= set(topic_edges(data))
    for node in data.nodes:
        assert node.paragraphs == tuple(sorted(node.paragraphs))
        assert all(0 < p < kb.essay.references_paragraph for p in node.paragraphs)
    where = layout(data)
    assert set(where) == {n.id for n in data.nodes}
    assert len(set(where.values())) == len(where)


@pytest.mark.parametrize(
    ("lang", "names"),
    [
        ("en", {"Marcus Aurelius", "Nazarbayev", "Daniel Bell"}),
        ("ru", {"Марк Аврелий", "Назарбаев", "Дэниел Белл"}),
        ("kk", {"Марк Аврелий", "Назарбаев", "Дэниел Белл"}),
    ],
)
def test_the_people_quoted_are_nodes_of_their_own(kb, lang, names):
    data = essay_map_data(kb, lang, LABELS[lang]["topics"])
    people = [n for n in data.nodes if n.kind == "person"]
    assert {n.label for n in people} == names
    assert sum(n.entries for n in people) == len(kb.topics[PEOPLE_TOPIC])
    assert {n.label for n in data.nodes if n.kind == "topic"} == {
        LABELS[lang]["topics"][t] for t in MAP_TOPICS if kb.topics.get(t)
    }
    png_size(render_map(data))


def test_the_map_follows_the_kb(kb):
    before = essay_map_data(kb, "en", {})
    assert essay_map_data(kb, "en", {}) == before  # deterministic
    a, b = "parties", "kazakhstan"
    first, second = kb.entries[kb.topics[a][0]], kb.entries[kb.topics[b][-1]]
    linked = first.model_copy(update={"related": [*first.related, second.id]})
    changed = dataclasses.replace(kb, entries={**kb.entries, first.id: linked})
    after = essay_map_data(changed, "en", {})
    assert after != before
    pair = frozenset((a, b))
    was_related = second.id in first.related or first.id in second.related
    assert topic_edges(after)[pair] == topic_edges(before).get(pair, 0) + (0 if was_related else 1)
    assert set(topic_edges(after)) == expected_edges(changed)


def test_an_empty_map_still_renders():
    png_size(render_map(MapData([], [], LONG, LONG)))


# --- fonts, laziness, examples --------------------------------------------------------------


def rendering_problems(render, caplog) -> list[str]:
    """Warnings and log records about glyphs or fonts while `render()` runs."""
    caplog.clear()
    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.WARNING):
        warnings.simplefilter("always")
        render()
    messages = [str(w.message) for w in caught] + [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    return [m for m in messages if "glyph" in m.lower() or "font" in m.lower()]


def test_kazakh_letters_render_without_missing_glyphs(kb, caplog):
    stats = stats_picture("kk")
    stats = dataclasses.replace(stats, topics=[dataclasses.replace(t, label=KAZAKH) for t in stats.topics])
    group = dataclasses.replace(
        class_picture("kk"), title=KAZAKH, heatmap_rows=[KAZAKH] * 12, missed=[(KAZAKH, KAZAKH, 0.5)], asked=[(KAZAKH, 3)]
    )
    data = essay_map_data(
        kb, "kk", {t: f"{KAZAKH} {label}" for t, label in LABELS["kk"]["topics"].items()}, title=KAZAKH, legend=KAZAKH
    )
    for render in (lambda: render_stats(stats), lambda: render_class(group), lambda: render_map(data)):
        assert rendering_problems(render, caplog) == []
    # The check does see a missing glyph (CJK is not in DejaVu Sans).
    assert rendering_problems(lambda: render_stats(dataclasses.replace(stats, title="漢字")), caplog)


def test_importing_the_charts_does_not_import_matplotlib():
    code = (
        "import sys, bot.charts.stats, bot.charts.classview, bot.charts.essay_map, bot.charts.examples; "
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported at start-up'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_write_examples(tmp_path):
    paths = write_examples(tmp_path / "pictures")
    assert [p.name for p in paths] == ["stats.png", "class.png", "essay_map.png"]
    for path in paths:
        png_size(path.read_bytes())


def test_shorten_and_wrap():
    assert shorten("short", 10) == "short"
    assert shorten("one two three four five", 12) == "one two…"
    assert len(shorten("x" * 100, 10)) == 10
    text = wrap(LONG, 20, 2)
    assert len(text.splitlines()) == 2 and text.endswith("…")
    assert all(len(line) <= 20 for line in text.splitlines())
