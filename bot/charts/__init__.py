"""Pictures for the bot: pure functions from plain data (`bot.charts.data`) to PNG bytes.

- `bot.charts.stats.render_stats`: a student's progress;
- `bot.charts.classview.render_class`: a teacher's view of a group;
- `bot.charts.essay_map.render_map`: a map of the essay's concepts from the KB.

matplotlib is imported only inside the render functions, so importing this package
costs nothing at the bot's start-up. Each render builds its own `Figure` with the Agg
canvas (no pyplot state); one lock serializes renders because the temporary rc
settings (DejaVu Sans, which has Cyrillic and the Kazakh letters) are process-wide.
The pictures keep within Telegram's sendPhoto limits (`MAX_BYTES`, `MAX_SIDES`,
`MAX_RATIO`).
"""

from __future__ import annotations

import io
import sys
import textwrap
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

FONT = "DejaVu Sans"  # bundled with matplotlib; covers Cyrillic and ә ғ қ ң ө ұ ү һ і
DPI = 100
MAX_BYTES = 1_000_000  # sendPhoto: at most 10 MB; we keep pictures far smaller
MAX_SIDES = 10_000  # width + height in pixels
MAX_RATIO = 20  # longer side / shorter side
MAX_HEIGHT_IN = 24.0  # figure height cap, inches (2400 px at DPI)

# Colours shared by the pictures.
INK = "#222222"
MUTED = "#666666"
GRID = "#dddddd"
QUESTIONS = "#4c72b0"
QUIZ = "#dd8452"
NO_DATA = "#e6e6e6"

_RC: dict[RcKeyType, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 11,
    "text.hinting": "no_hinting",  # ~10 % faster text, no visible loss at these sizes
    "axes.edgecolor": "#999999",
    "axes.labelcolor": INK,
    "xtick.color": INK,
    "ytick.color": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titleweight": "bold",
    "axes.titlesize": 13,
    "axes.titlelocation": "left",
}
_LOCK = threading.Lock()


@contextmanager
def new_figure(width_in: float, height_in: float) -> Iterator[Figure]:
    """A blank white figure of this size (inches, at `DPI`), rendered with DejaVu Sans.

    Imports matplotlib on first use; holds the render lock until the block ends, so
    build the picture and call `to_png` inside the `with`.
    """
    with _LOCK:
        import matplotlib

        if "matplotlib.pyplot" not in sys.modules:  # never switch a backend pyplot already uses
            matplotlib.use("Agg")
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        with matplotlib.rc_context(_RC):
            height_in = min(height_in, MAX_HEIGHT_IN, width_in * MAX_RATIO)
            width_in = min(width_in, height_in * MAX_RATIO)
            fig = Figure(figsize=(width_in, height_in), dpi=DPI, facecolor="white")
            FigureCanvasAgg(fig)
            yield fig


def to_png(fig: Figure) -> bytes:
    """The figure as PNG bytes within Telegram's limits (the resolution drops if need be).

    Drawn with Agg and encoded as RGB by Pillow (a matplotlib dependency): no alpha
    channel, light compression; about a third faster than `savefig`.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image

    width_in, height_in = fig.get_size_inches()
    dpi = float(min(DPI, (MAX_SIDES - 10) / (width_in + height_in)))
    # Any: FigureCanvasAgg.draw and .buffer_rgba have no annotations in matplotlib's stubs.
    canvas: Any = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
    while True:
        fig.set_dpi(dpi)
        canvas.draw()
        size = canvas.get_width_height()
        image = Image.frombuffer("RGBA", size, canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", compress_level=3)
        data = buffer.getvalue()
        if len(data) <= MAX_BYTES or dpi < 30:
            return data
        dpi *= 0.75


def label(labels: Mapping[str, str], key: str) -> str:
    """The translated label for `key`, or the key itself when the caller gave none."""
    return labels.get(key) or key


def shorten(text: str, width: int) -> str:
    """One line of at most `width` characters, cut at a word with "…" when too long."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: max(1, width - 1)]
    if " " in cut[width // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:.-") + "…"


def wrap(text: str, width: int, max_lines: int) -> str:
    """`text` wrapped to lines of `width` characters, at most `max_lines`, the rest "…"."""
    lines = textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False) or [""]
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], shorten(rest, width)]
    return "\n".join(lines)


def section_heading(fig: Figure, x: float, y: float, text: str) -> None:
    """A bold section heading, its left edge at `x` and its middle at `y` (figure fractions); the
    catalogs' labels are lower case (they also stand inside sentences): a heading starts with a capital."""
    fig.text(x, y, shorten(text[:1].upper() + text[1:], 90), fontsize=13, fontweight="bold", color=INK, va="center")


def no_data(ax: Axes, text: str) -> None:
    """A friendly grey panel with `text` in place of an empty chart."""
    from matplotlib.patches import FancyBboxPatch

    ax.set_axis_off()
    box = ax.get_position()
    width, height = ax.get_figure(root=True).get_size_inches()  # type: ignore[union-attr]
    aspect = (box.width * width) / (box.height * height)  # round corners, not elliptic ones
    ax.add_patch(
        FancyBboxPatch(
            (0.005, 0.06),
            0.99,
            0.88,
            boxstyle="round,pad=0,rounding_size=0.012",
            mutation_aspect=aspect,
            transform=ax.transAxes,
            facecolor=NO_DATA,
            edgecolor="none",
        )
    )
    ax.text(0.5, 0.5, shorten(text, 70), transform=ax.transAxes, ha="center", va="center", fontsize=15, color=MUTED)


def add_bars(ax: Axes, rects: Sequence[tuple[float, float, float, float]], colors: Any, **kwargs: Any) -> None:
    """Rectangles (x, y, width, height) in data units as one collection: much faster than
    `bar()`, whose every patch updates the data limits (set the limits yourself)."""
    from matplotlib.collections import PolyCollection

    shapes = [[(x, y), (x + w, y), (x + w, y + h), (x, y + h)] for x, y, w, h in rects]
    ax.add_collection(PolyCollection(shapes, facecolors=colors, **kwargs), autolim=False)


def side_labels(ax: Axes, positions: Sequence[float], texts: Sequence[str], **kwargs: Any) -> None:
    """Labels left of the axes at data heights `positions`: cheaper than tick labels."""
    from matplotlib.transforms import offset_copy

    ax.set_yticks([])
    transform = offset_copy(ax.get_yaxis_transform(), fig=ax.get_figure(root=True), x=-8, units="points")
    for y, text in zip(positions, texts, strict=True):
        ax.text(0, y, text, transform=transform, ha="right", va="center", color=INK, **kwargs)
