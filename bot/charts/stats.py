"""A student's progress as a picture: mastery per topic above, the last 30 days below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.charts import (
    GRID,
    INK,
    MUTED,
    QUESTIONS,
    QUIZ,
    add_bars,
    label,
    new_figure,
    no_data,
    section_heading,
    shorten,
    side_labels,
    to_png,
)
from bot.charts.data import DayActivity, StatsPicture, TopicMastery

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH = 12.0  # inches: 1200 px
MARGIN, LEFT, RIGHT_NOTE, RIGHT_PAD = 0.3, 3.2, 3.0, 0.3  # topic names | bars | "seen/total · due"
TITLE_BAND, SECTION_HEAD, BAR_ROW, AXIS_BAND, GAP = 0.8, 0.5, 0.42, 0.45, 0.45
ACTIVITY_LEFT, ACTIVITY_HEIGHT, BOTTOM = 0.8, 2.6, 0.55
EMPTY_PANEL = 1.3
MAX_TOPICS = 24
DAYS = 30


def render_stats(picture: StatsPicture) -> bytes:
    """The progress picture as PNG bytes (1200 px wide, taller with more topics)."""
    topics = picture.topics[:MAX_TOPICS]
    width, height = figure_size(picture)
    with new_figure(width, height) as fig:
        fig.text(
            MARGIN / width, 1 - 0.45 / height, shorten(picture.title, 70), fontsize=17, fontweight="bold", color=INK, va="center"
        )
        top = TITLE_BAND
        _heading(fig, top, height, label(picture.labels, "mastery"))
        box = len(topics) * BAR_ROW if topics else EMPTY_PANEL
        bars_width = width - LEFT - RIGHT_NOTE - RIGHT_PAD
        left = LEFT if topics else MARGIN
        ax = fig.add_axes(
            (
                left / width,
                1 - (top + SECTION_HEAD + box) / height,
                (bars_width if topics else width - MARGIN - RIGHT_PAD) / width,
                box / height,
            )
        )
        _mastery(ax, topics, picture)
        top += SECTION_HEAD + box + (AXIS_BAND if topics else 0) + GAP
        streak = f"{label(picture.labels, 'last 30 days')}   ·   {label(picture.labels, 'streak')}: {picture.streak}"
        _heading(fig, top, height, streak)
        left = ACTIVITY_LEFT if picture.days else MARGIN
        ax = fig.add_axes((left / width, BOTTOM / height, (width - left - RIGHT_PAD) / width, ACTIVITY_HEIGHT / height))
        _activity(ax, picture.days[-DAYS:], picture)
        return to_png(fig)


def figure_size(picture: StatsPicture) -> tuple[float, float]:
    """The picture's size in inches: fixed width, a row per topic."""
    topics = picture.topics[:MAX_TOPICS]
    mastery = SECTION_HEAD + (len(topics) * BAR_ROW + AXIS_BAND if topics else EMPTY_PANEL)
    return WIDTH, TITLE_BAND + mastery + GAP + SECTION_HEAD + ACTIVITY_HEIGHT + BOTTOM


def _heading(fig: Figure, top: float, height: float, text: str) -> None:
    """A section heading at `top` inches from the figure's top, on the left margin."""
    section_heading(fig, MARGIN / WIDTH, 1 - (top + SECTION_HEAD * 0.45) / height, text)


def _mastery(ax: Axes, topics: list[TopicMastery], picture: StatsPicture) -> None:
    """Horizontal bars of mastery (0-100 %), the first topic on top."""
    labels = picture.labels
    if not topics:
        no_data(ax, label(labels, "no data yet"))
        return
    import matplotlib

    colormap = matplotlib.colormaps["RdYlGn"]
    rows = list(range(len(topics)))[::-1]
    values = [100 * min(1.0, max(0.0, t.mastery)) for t in topics]
    add_bars(ax, [(0, row - 0.31, 100, 0.62) for row in rows], "#f1f1f1", zorder=1)
    add_bars(
        ax,
        [(0, row - 0.31, value, 0.62) for row, value in zip(rows, values, strict=True)],
        [colormap(0.12 + 0.76 * v / 100) for v in values],
        edgecolors="#00000033",
        linewidths=0.6,
        zorder=2,
    )
    ax.set_ylim(-0.6, len(topics) - 0.4)
    side_labels(ax, rows, [shorten(t.label, 30) for t in topics], fontsize=11)
    ax.set_xlim(0, 100)
    ax.set_xticks([0, 25, 50, 75, 100], ["0 %", "25 %", "50 %", "75 %", "100 %"], fontsize=9, color=MUTED)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    seen, due = label(labels, "seen"), label(labels, "due")
    for row, value, topic in zip(rows, values, topics, strict=True):
        inside = value >= 16
        ax.text(
            value - 1.5 if inside else value + 1.5,
            row,
            f"{value:.0f} %",
            va="center",
            ha="right" if inside else "left",
            fontsize=10,
            fontweight="bold",
            color=INK,
            zorder=3,
        )
        note = shorten(f"{topic.seen}/{topic.total} {seen} · {topic.due} {due}", 34)
        ax.text(
            1.03,
            row,
            note,
            transform=ax.get_yaxis_transform(),
            va="center",
            fontsize=10,
            color=INK if topic.due else MUTED,
            clip_on=False,
        )


def _activity(ax: Axes, days: list[DayActivity], picture: StatsPicture) -> None:
    """Stacked daily bars: questions asked, quiz answers on top."""
    labels = picture.labels
    if not days:
        no_data(ax, label(labels, "no data yet"))
        return
    from matplotlib.ticker import MaxNLocator

    positions = list(range(len(days)))
    questions = [max(0, d.questions) for d in days]
    answers = [max(0, d.quiz_answers) for d in days]
    add_bars(ax, [(p - 0.375, 0, 0.75, q) for p, q in zip(positions, questions, strict=True) if q], QUESTIONS, zorder=2)
    add_bars(ax, [(p - 0.375, q, 0.75, a) for p, q, a in zip(positions, questions, answers, strict=True) if a], QUIZ, zorder=2)
    ax.set_xlim(-0.7, len(days) - 0.3)
    step = max(1, len(days) // 6)
    ticks = [p for p in positions if (len(days) - 1 - p) % step == 0]
    ax.set_xticks(ticks, [days[p].day.strftime("%m-%d") for p in ticks], fontsize=9, color=MUTED)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=5))
    ax.tick_params(axis="y", labelsize=9, labelcolor=MUTED)
    ax.grid(axis="y", color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    if any(questions) or any(answers):
        from matplotlib.patches import Patch

        handles = [
            Patch(color=QUESTIONS, label=shorten(label(labels, "questions"), 30)),
            Patch(color=QUIZ, label=shorten(label(labels, "quiz answers"), 30)),
        ]
        ax.legend(handles=handles, loc="upper left", frameon=False, fontsize=10, ncols=2, bbox_to_anchor=(0, 1.02))
        ax.set_ylim(0, max(q + a for q, a in zip(questions, answers, strict=True)) * 1.25)
    else:
        ax.set_ylim(0, 5)
        ax.text(
            0.5, 0.55, label(labels, "no data yet"), transform=ax.transAxes, ha="center", va="center", fontsize=14, color=MUTED
        )
