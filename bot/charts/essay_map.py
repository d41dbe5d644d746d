"""A map of the essay's concepts, built from the knowledge base so it follows the KB.

`essay_map_data` (pure, no matplotlib) turns the KB into nodes and weighted edges:
one node per topic, in the essay's order, with the body paragraphs (¶) its entries cite;
the people the essay quotes as small nodes of their own; an edge wherever entries of two
nodes are `related` or cite the same paragraph. `render_map` draws it: topics on an
ellipse, people fanned out beside the "people" topic.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Literal, Protocol

from bot.charts import INK, MUTED, new_figure, shorten, to_png, wrap
from bot.charts.data import MapData, MapEdge, MapNode

if TYPE_CHECKING:
    from matplotlib.axes import Axes


class _Text(Protocol):
    """A `Localized` text (only its English is read, to recognise people)."""

    @property
    def en(self) -> str: ...


class _Source(Protocol):
    """A `Source`: the paragraph an entry cites."""

    @property
    def paragraph(self) -> int: ...


class Entry(Protocol):
    """What the map reads of a KB entry (`knowledge.schema.Entry`)."""

    @property
    def id(self) -> str: ...
    @property
    def question(self) -> _Text: ...
    @property
    def sources(self) -> Sequence[_Source]: ...
    @property
    def related(self) -> Sequence[str]: ...


class _Essay(Protocol):
    """The `Essay`: where its body ends."""

    @property
    def references_paragraph(self) -> int: ...


class KnowledgeBase(Protocol):
    """What the map reads of the KB (`knowledge.kb.KnowledgeBase`): typed by shape, so the
    charts need nothing from `knowledge` at import or type-checking time."""

    @property
    def essay(self) -> _Essay: ...
    @property
    def entries(self) -> Mapping[str, Entry]: ...
    @property
    def topics(self) -> Mapping[str, Sequence[str]]: ...


# The topics drawn (the essay itself and its reference list are left out: they touch everything).
MAP_TOPICS: tuple[str, ...] = ("modernization", "political-development", "democracy", "parties", "kazakhstan", "people")
PEOPLE_TOPIC = "people"
# Person -> (short names per language, words that mark an entry about them in its id or English question).
PEOPLE: dict[str, tuple[dict[str, str], frozenset[str]]] = {
    "marcus-aurelius": ({"en": "Marcus Aurelius", "ru": "Марк Аврелий", "kk": "Марк Аврелий"}, frozenset({"aurelius"})),
    "nazarbayev": ({"en": "Nazarbayev", "ru": "Назарбаев", "kk": "Назарбаев"}, frozenset({"nazarbayev", "elbasy"})),
    "bell": ({"en": "Daniel Bell", "ru": "Дэниел Белл", "kk": "Дэниел Белл"}, frozenset({"bell"})),
}
PALETTE = ("#cfe3f7", "#d7ecd0", "#fbe3c4", "#f3d3d8", "#e3daf1", "#f6efc2", "#d4eeee", "#eadfd3")
WIDTH, HEIGHT = 12.0, 9.0  # inches: 1200 x 900 px
CX, RX, RY = 0.3, 1.55, 1.38  # the ellipse the topics sit on (data units; the axes span ±2.4 x ±1.6)


def essay_map_data(
    kb: KnowledgeBase,
    lang: str,
    topic_labels: Mapping[str, str],
    *,
    title: str = "",
    legend: str = "",
    topics: Sequence[str] = MAP_TOPICS,
) -> MapData:
    """The map of `kb` in `lang`: `topic_labels` names the topics (topic id -> label)."""
    body = range(1, kb.essay.references_paragraph)
    members: dict[str, list[Entry]] = {t: [kb.entries[i] for i in kb.topics.get(t, []) if i in kb.entries] for t in topics}
    members = {t: entries for t, entries in members.items() if entries}
    people = _people(members.get(PEOPLE_TOPIC, []))

    def node(node_id: str, text: str, kind: Literal["topic", "person"], entries: list[Entry]) -> MapNode:
        return MapNode(node_id, text, kind, tuple(sorted(_cited(entries, body))), len(entries))

    nodes = [node(t, topic_labels.get(t) or t, "topic", entries) for t, entries in members.items()]
    for key, entries in people.items():
        names = PEOPLE[key][0]
        nodes.append(node(f"person:{key}", names.get(lang, names["en"]), "person", entries))
    edges = []
    for a, b in combinations(members, 2):
        edges.extend(_edge(a, b, members[a], members[b], body, "topic"))
    for key, entries in people.items():
        edges.append(MapEdge(f"person:{key}", PEOPLE_TOPIC, len(entries), 0, (), "member"))
        for t, others in members.items():
            if t != PEOPLE_TOPIC:
                edges.extend(_edge(f"person:{key}", t, entries, others, body, "person"))
    return MapData(nodes, edges, title, legend)


def _people(entries: list[Entry]) -> dict[str, list[Entry]]:
    """The entries of the people topic by person: named in the id or question, else via `related`."""
    owner: dict[str, str] = {}
    for entry in entries:
        words = set(re.findall(r"[a-z]+", f"{entry.id} {entry.question.en}".lower()))
        named = [key for key, (_, marks) in PEOPLE.items() if marks & words]
        if named:
            owner[entry.id] = named[0]
    changed = True
    while changed:  # an entry about a person's idea belongs to the person it is related to
        changed = False
        for entry in entries:
            if entry.id not in owner:
                for other in entry.related:
                    if other in owner:
                        owner[entry.id], changed = owner[other], True
                        break
    return {key: [e for e in entries if owner.get(e.id) == key] for key in PEOPLE if key in owner.values()}


def _edge(a: str, b: str, left: list[Entry], right: list[Entry], body: range, kind: Literal["topic", "person"]) -> list[MapEdge]:
    """The edge between two nodes (none when they share nothing)."""
    pairs = {frozenset((x.id, y.id)) for x in left for y in right if x.id != y.id and (y.id in x.related or x.id in y.related)}
    shared = _cited(left, body) & _cited(right, body)
    if not pairs and not shared:
        return []
    return [MapEdge(a, b, len(pairs) + len(shared), len(pairs), tuple(sorted(shared)), kind)]


def _cited(entries: Iterable[Entry], body: range) -> set[int]:
    """The body paragraphs these entries cite."""
    return {s.paragraph for e in entries for s in e.sources if s.paragraph in body}


def paragraphs_text(paragraphs: Sequence[int]) -> str:
    """ "¶3–5, 12, 14" for (3, 4, 5, 12, 14); "" for none."""
    runs: list[list[int]] = []
    for p in sorted(set(paragraphs)):
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    return "¶" + ", ".join(parts) if parts else ""


def layout(data: MapData) -> dict[str, tuple[float, float]]:
    """Deterministic positions: topics clockwise on an ellipse in the essay's order, turned so
    that the people topic sits on the left, with the people fanned out beyond it."""
    topics = [n.id for n in data.nodes if n.kind == "topic"]
    people = [n.id for n in data.nodes if n.kind == "person"]
    step = 2 * math.pi / max(1, len(topics))
    start = math.pi + step * topics.index(PEOPLE_TOPIC) if PEOPLE_TOPIC in topics else math.pi / 2
    where = {t: (CX + RX * math.cos(start - step * i), RY * math.sin(start - step * i)) for i, t in enumerate(topics)}
    hub_x, hub_y = where.get(PEOPLE_TOPIC, (CX, 0.0))
    outward = math.atan2(hub_y / RY, (hub_x - CX) / RX) if PEOPLE_TOPIC in where else math.pi
    for index, person in enumerate(people):
        angle = outward + math.radians(55) * (index - (len(people) - 1) / 2)
        x, y = hub_x + 0.8 * math.cos(angle), hub_y + 0.6 * math.sin(angle)
        where[person] = (max(-2.0, min(2.0, x)), max(-1.35, min(1.35, y)))
    return where


def render_map(data: MapData) -> bytes:
    """The essay map as PNG bytes (1200 x 900 px)."""
    with new_figure(WIDTH, HEIGHT) as fig:
        if data.title:
            fig.text(
                0.3 / WIDTH, 1 - 0.42 / HEIGHT, shorten(data.title, 80), fontsize=17, fontweight="bold", color=INK, va="center"
            )
        if data.legend:
            fig.text(0.3 / WIDTH, 0.3 / HEIGHT, shorten(data.legend, 140), fontsize=10, color=MUTED, va="center")
        ax = fig.add_axes((0.0, 0.6 / HEIGHT, 1.0, 1 - 1.4 / HEIGHT))
        ax.set_xlim(-2.4, 2.4)
        ax.set_ylim(-1.6, 1.6)
        ax.set_axis_off()
        where = layout(data)
        _edges(ax, data, where)
        _nodes(ax, data, where)
        return to_png(fig)


def _edges(ax: Axes, data: MapData, where: dict[str, tuple[float, float]]) -> None:
    """Curved lines, thicker with weight; between topics labelled with the shared paragraphs."""
    from matplotlib.patches import FancyArrowPatch

    for edge in data.edges:
        if edge.source not in where or edge.target not in where:
            continue
        (x1, y1), (x2, y2) = where[edge.source], where[edge.target]
        topic = edge.kind == "topic"
        rad = 0.18 if topic else 0.1
        style = {"topic": "-", "member": "-", "person": (0, (2, 2))}[edge.kind]
        ax.add_artist(
            FancyArrowPatch(
                (x1, y1),
                (x2, y2),
                connectionstyle=f"arc3,rad={rad}",
                arrowstyle="-",
                linewidth=1.2 + 1.3 * math.sqrt(edge.weight) if topic else 1.3,
                linestyle=style,
                color="#7a8aa0" if topic else "#b0a58f",
                alpha=0.85 if topic else 0.7,
                zorder=1,
                shrinkA=0,
                shrinkB=0,
            )
        )
        text = paragraphs_text(edge.paragraphs)
        if text and topic:
            mid_x, mid_y = (x1 + x2) / 2 + rad / 2 * (y2 - y1), (y1 + y2) / 2 - rad / 2 * (x2 - x1)
            ax.text(
                mid_x,
                mid_y,
                wrap(text, 18, 2),
                ha="center",
                va="center",
                fontsize=10.5,
                color=INK,
                zorder=2,
                bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none", "alpha": 0.9},
            )


def _nodes(ax: Axes, data: MapData, where: dict[str, tuple[float, float]]) -> None:
    """Rounded boxes: the name in bold, the cited paragraphs below it."""
    from matplotlib.offsetbox import AnnotationBbox, TextArea, VPacker

    topics = [n.id for n in data.nodes if n.kind == "topic"]
    for n in data.nodes:
        topic = n.kind == "topic"
        name = TextArea(
            wrap(n.label, 20 if topic else 16, 2),
            textprops={
                "fontsize": 13 if topic else 11,
                "fontweight": "bold",
                "color": INK,
                "ha": "center",
                "multialignment": "center",
            },
        )
        cited = TextArea(
            wrap(paragraphs_text(n.paragraphs), 26, 2) or " ",
            textprops={"fontsize": 10, "color": MUTED, "ha": "center", "multialignment": "center"},
        )
        box = VPacker(children=[name, cited], align="center", pad=0, sep=3)
        color = PALETTE[topics.index(n.id) % len(PALETTE)] if topic else "#f4f1ea"
        ax.add_artist(
            AnnotationBbox(
                box,
                where[n.id],
                frameon=True,
                zorder=3,
                pad=0.45 if topic else 0.3,
                bboxprops={
                    "boxstyle": "round,pad=0.45",
                    "facecolor": color,
                    "edgecolor": "#8a8a8a" if topic else "#c9bfa8",
                    "linewidth": 1.0,
                },
            )
        )
