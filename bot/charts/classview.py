"""A teacher's view of a group: accuracy heatmap, most-missed quiz items, most-asked questions."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from bot.charts import (
    GRID,
    INK,
    MUTED,
    NO_DATA,
    QUESTIONS,
    add_bars,
    label,
    new_figure,
    no_data,
    section_heading,
    shorten,
    side_labels,
    to_png,
    wrap,
)
from bot.charts.data import ClassPicture

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

WIDTH, MARGIN, RIGHT_PAD = 12.0, 0.3, 0.4  # inches: 1200 px
TITLE_BAND, SECTION_HEAD, GAP, BOTTOM = 1.15, 0.5, 0.35, 0.3
ROW_LABELS, CELL_ROW, MAX_CELL = 3.0, 0.42, 1.2  # heatmap: row names, row height, widest cell
MAX_ROWS, MAX_COLS, COL_LABEL = 30, 31, 16  # heatmap limits; column names are cut to COL_LABEL
MISSED_ROW, MISSED_HEADER = 0.62, 0.32
ASKED_LABELS, ASKED_ROW = 4.6, 0.5
EMPTY_PANEL = 1.0
TOP = 5


def render_class(picture: ClassPicture) -> bytes:
    """The group picture as PNG bytes (1200 px wide, taller with more topics)."""
    rows, cols, grid = _grid(picture)
    col_band = _column_band(cols)
    heat = len(rows) * CELL_ROW if rows and cols else EMPTY_PANEL
    missed, asked = picture.missed[:TOP], picture.asked[:TOP]
    missed_height = MISSED_HEADER + len(missed) * MISSED_ROW if missed else EMPTY_PANEL
    asked_height = len(asked) * ASKED_ROW if asked else EMPTY_PANEL
    height = (
        TITLE_BAND
        + SECTION_HEAD
        + (col_band if rows and cols else 0)
        + heat
        + GAP
        + SECTION_HEAD
        + missed_height
        + GAP
        + SECTION_HEAD
        + asked_height
        + 0.3
        + BOTTOM
    )
    labels = picture.labels
    with new_figure(WIDTH, height) as fig:
        _title(fig, height, picture)
        top = TITLE_BAND
        _heading(fig, top, height, label(labels, "accuracy"))
        top += SECTION_HEAD
        if rows and cols:
            top += col_band
            room = WIDTH - ROW_LABELS - MARGIN - RIGHT_PAD - (0.9 if col_band > 0.35 else 0)  # slanted names
            width = min(room, MAX_CELL * len(cols))
            ax = fig.add_axes((ROW_LABELS / WIDTH, 1 - (top + heat) / height, width / WIDTH, heat / height))
            _heatmap(ax, rows, cols, grid, width / len(cols))
        else:
            no_data(_box(fig, top, heat, height), label(labels, "no data yet"))
        top += heat + GAP
        _heading(fig, top, height, label(labels, "most missed"))
        top += SECTION_HEAD
        ax = _box(fig, top, missed_height, height)
        if missed:
            _missed(ax, missed, picture)
        else:
            no_data(ax, label(labels, "no data yet"))
        top += missed_height + GAP
        _heading(fig, top, height, label(labels, "most asked"))
        top += SECTION_HEAD
        if asked:
            ax = fig.add_axes(
                (
                    ASKED_LABELS / WIDTH,
                    1 - (top + asked_height) / height,
                    (WIDTH - ASKED_LABELS - RIGHT_PAD - 0.4) / WIDTH,
                    asked_height / height,
                )
            )
            _asked(ax, asked, picture)
        else:
            no_data(_box(fig, top, asked_height, height), label(labels, "no data yet"))
        return to_png(fig)


def _grid(picture: ClassPicture) -> tuple[list[str], list[str], list[list[float | None]]]:
    """Rows, columns and cells within the limits (the latest columns kept), ragged rows padded."""
    rows, cols = picture.heatmap_rows[:MAX_ROWS], picture.heatmap_cols[-MAX_COLS:]
    skip = len(picture.heatmap_cols) - len(cols)
    grid: list[list[float | None]] = []
    for index in range(len(rows)):
        cells = picture.heatmap[index] if index < len(picture.heatmap) else []
        cells = (list(cells) + [None] * len(picture.heatmap_cols))[skip : skip + len(cols)]
        grid.append([None if v is None or math.isnan(v) else min(1.0, max(0.0, v)) for v in cells])
    return rows, cols, grid


def _column_band(cols: list[str]) -> float:
    """Height (inches) of the column names above the heatmap: slanted when long or many."""
    longest = max((len(shorten(c, COL_LABEL)) for c in cols), default=0)
    return 0.35 if longest <= 5 and len(cols) <= 16 else 0.25 + 0.075 * longest * 0.64


def _title(fig: Figure, height: float, picture: ClassPicture) -> None:
    """The title, then the participation figure: active this week / ever played."""
    fig.text(
        MARGIN / WIDTH, 1 - 0.42 / height, shorten(picture.title, 70), fontsize=17, fontweight="bold", color=INK, va="center"
    )
    active, ever = picture.participation
    share = f" ({round(100 * active / ever)} %)" if ever > 0 else ""
    text = f"{active} / {ever}{share}  {shorten(label(picture.labels, 'participation'), 60)}"
    fig.text(MARGIN / WIDTH, 1 - 0.85 / height, text, fontsize=13, color=QUESTIONS, va="center", fontweight="bold")


def _heading(fig: Figure, top: float, height: float, text: str) -> None:
    """A section heading at `top` inches from the figure's top, on the left margin."""
    section_heading(fig, MARGIN / WIDTH, 1 - (top + SECTION_HEAD * 0.45) / height, text)


def _box(fig: Figure, top: float, box_height: float, height: float) -> Axes:
    """An axes across the page, `box_height` inches tall, in inch coordinates (y down)."""
    ax = fig.add_axes(
        (MARGIN / WIDTH, 1 - (top + box_height) / height, (WIDTH - MARGIN - RIGHT_PAD) / WIDTH, box_height / height)
    )
    ax.set_xlim(0, WIDTH - MARGIN - RIGHT_PAD)
    ax.set_ylim(box_height, 0)
    ax.set_axis_off()
    return ax


def _heatmap(ax: Axes, rows: list[str], cols: list[str], grid: list[list[float | None]], cell: float) -> None:
    """Accuracy per topic and column, red (0 %) to green (100 %); grey where nobody answered."""
    import matplotlib
    import numpy as np

    colormap = matplotlib.colormaps["RdYlGn"].with_extremes(bad=NO_DATA)
    values = np.array([[math.nan if v is None else v for v in row] for row in grid], dtype=float)
    ax.imshow(values, cmap=colormap, vmin=0.0, vmax=1.0, aspect="auto", interpolation="nearest")
    side_labels(ax, range(len(rows)), [shorten(r, 30) for r in rows], fontsize=11)
    _column_labels(ax, cols, cell)
    ax.set_xticks([])
    ax.vlines([x + 0.5 for x in range(len(cols) - 1)], -0.5, len(rows) - 0.5, color="white", linewidth=2)
    ax.hlines([y + 0.5 for y in range(len(rows) - 1)], -0.5, len(cols) - 0.5, color="white", linewidth=2)
    ax.set_xlim(-0.5, len(cols) - 0.5)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    for spine in ax.spines.values():
        spine.set_visible(False)
    if cell < 0.38:
        return  # too narrow to write in
    size = 10 if cell >= 0.55 else 8
    for y, row in enumerate(grid):
        for x, value in enumerate(row):
            if value is None:
                continue
            red, green, blue, _ = colormap(value)
            dark = 0.299 * red + 0.587 * green + 0.114 * blue < 0.5
            ax.text(x, y, f"{round(100 * value)}%", ha="center", va="center", fontsize=size, color="white" if dark else INK)


def _column_labels(ax: Axes, cols: list[str], cell: float) -> None:
    """Column names above the heatmap, slanted when long or many."""
    from matplotlib.transforms import blended_transform_factory, offset_copy

    slanted = _column_band(cols) > 0.35
    base = blended_transform_factory(ax.transData, ax.transAxes)
    transform = offset_copy(base, fig=ax.get_figure(root=True), y=6, units="points")
    for x, name in enumerate(cols):
        ax.text(
            x,
            1,
            shorten(name, COL_LABEL),
            transform=transform,
            fontsize=10 if cell > 0.4 else 8,
            color=INK,
            rotation=40 if slanted else 0,
            ha="left" if slanted else "center",
            va="bottom",
            rotation_mode="anchor",
        )


def _missed(ax: Axes, missed: list[tuple[str, str, float]], picture: ClassPicture) -> None:
    """A compact table: #, the quiz question, its correct answer, how often it was missed."""
    labels = picture.labels
    question_x, answer_x, rate_x = 0.35, 6.9, 9.95
    ax.text(answer_x, MISSED_HEADER / 2, shorten(label(labels, "correct answer"), 36), fontsize=9, color=MUTED, va="center")
    ax.text(rate_x, MISSED_HEADER / 2, shorten(label(labels, "miss rate"), 14), fontsize=9, color=MUTED, va="center")
    rates = [min(1.0, max(0.0, rate)) for _, _, rate in missed]
    middles = [MISSED_HEADER + (index + 0.5) * MISSED_ROW for index in range(len(missed))]
    add_bars(ax, [(0, m - MISSED_ROW / 2, WIDTH - MARGIN - RIGHT_PAD, MISSED_ROW) for m in middles[::2]], "#f5f5f5", zorder=0)
    add_bars(ax, [(rate_x, m - 0.09, 0.8, 0.18) for m in middles], "white", edgecolors=GRID, zorder=1)
    add_bars(ax, [(rate_x, m - 0.09, 0.8 * r, 0.18) for m, r in zip(middles, rates, strict=True)], "#d9534f", zorder=2)
    for index, ((question, answer, _), rate, middle) in enumerate(zip(missed, rates, middles, strict=True)):
        ax.text(0.05, middle, f"{index + 1}.", fontsize=10.5, color=MUTED, va="center")
        ax.text(question_x, middle, wrap(question, 70, 2), fontsize=10.5, color=INK, va="center", linespacing=1.15)
        ax.text(answer_x, middle, wrap(answer, 38, 2), fontsize=10, color="#2f7d32", va="center", linespacing=1.15)
        ax.text(rate_x + 0.9, middle, f"{round(100 * rate)} %", fontsize=10.5, fontweight="bold", color=INK, va="center")


def _asked(ax: Axes, asked: list[tuple[str, int]], picture: ClassPicture) -> None:
    """Horizontal bars of how often each entry was asked, the most asked on top."""
    rows = list(range(len(asked)))[::-1]
    counts = [max(0, count) for _, count in asked]
    add_bars(ax, [(0, row - 0.3, count, 0.6) for row, count in zip(rows, counts, strict=True)], QUESTIONS, zorder=2)
    side_labels(ax, rows, [wrap(question, 48, 2) for question, _ in asked], fontsize=10, linespacing=1.1)
    ax.set_ylim(-0.6, len(asked) - 0.4)
    ax.set_xlim(0, max(max(counts), 1) * 1.12)
    ax.tick_params(axis="x", labelsize=9, labelcolor=MUTED)
    ax.spines["left"].set_visible(False)
    ax.grid(axis="x", color=GRID, linewidth=0.8, zorder=0)
    ax.set_axisbelow(True)
    ax.set_xlabel(shorten(label(picture.labels, "times asked"), 40), fontsize=9, color=MUTED, loc="right")
    for row, count in zip(rows, counts, strict=True):
        ax.text(count, row, f" {count}", va="center", fontsize=10, fontweight="bold", color=INK)
