"""Concept tips: the next unseen tip, following the essay's line of argument."""

from __future__ import annotations

from knowledge.schema import Tip


def next_tip(tips: list[Tip], seen: set[str]) -> tuple[Tip, bool]:
    """The first tip (in the essay's order) not seen yet; when all are seen, the first one
    again and `True` (the caller starts the cycle over)."""
    for tip in tips:
        if tip.id not in seen:
            return tip, False
    return tips[0], True
