"""Quiz rounds and spaced repetition (FSRS), as pure functions over a user's cards.

A card per (user, item) is an `fsrs.Card` serialized to JSON; the bot stores it. A right
answer is rated Good, a wrong one Again, so misses come back within minutes.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from fsrs import Card, Rating, Scheduler

from knowledge.schema import QuizItem

DEFAULT_ROUND = 5
MAX_ROUND = 20
_SCHEDULER = Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class Reviewed:
    card_json: str
    due: datetime
    stability: float


def review(card_json: str | None, correct: bool, now: datetime) -> Reviewed:
    # a new card gets its id here: without one, fsrs sleeps 1 ms to make ids unique (blocking)
    card = Card.from_json(card_json) if card_json else Card(card_id=int(now.timestamp() * 1000), due=now)
    card, _ = _SCHEDULER.review_card(card, Rating.Good if correct else Rating.Again, now)
    return Reviewed(card.to_json(), card.due, float(card.stability or 0.0))


def plan_round(
    items: list[QuizItem],
    cards: dict[str, str],
    now: datetime,
    size: int = DEFAULT_ROUND,
    include_trivia: bool = False,
) -> list[str]:
    """Item ids for a round: due reviews first (most overdue first), then new items in the
    essay's order, then the items that come due soonest. Trivia items (`trivia: true`) are left
    out unless `include_trivia`."""
    if not include_trivia:
        items = [item for item in items if not item.trivia]
    due: list[tuple[datetime, str]] = []
    later: list[tuple[datetime, str]] = []
    for item in items:
        card_json = cards.get(item.id)
        if card_json is None:
            continue
        card = Card.from_json(card_json)
        (due if card.due <= now else later).append((card.due, item.id))
    new = [item.id for item in sorted(items, key=lambda i: i.paragraph) if item.id not in cards]
    ordered = [i for _, i in sorted(due)] + new + [i for _, i in sorted(later)]
    return ordered[:size]


def shuffled_options(item: QuizItem, lang: str, rng: random.Random) -> tuple[list[str], int]:
    """The options in a random order, and where the correct one ended up."""
    order = list(range(len(item.options)))
    rng.shuffle(order)
    texts = [item.options[i].get(lang) for i in order]
    correct = next(pos for pos, i in enumerate(order) if item.options[i].correct)
    return texts, correct


@dataclass(frozen=True)
class Progress:
    answered: int
    correct: int
    streak: int
    due_now: int
    mastered: int
    concepts: int

    @property
    def accuracy(self) -> int:
        return round(100 * self.correct / self.answered) if self.answered else 0


def progress(
    items: list[QuizItem],
    answers: list[tuple[str, bool, date]],
    cards: dict[str, str],
    now: datetime,
    today: date,
) -> Progress:
    """`answers`: (item id, correct, local day) in order. A concept (KB entry) is mastered
    when the last answer to each of its items the user has seen was right and at least two
    answers on it were right."""
    entry_of = {item.id: item.entry for item in items}
    last: dict[str, bool] = {}
    right_per_entry: dict[str, int] = defaultdict(int)
    for item_id, correct, _ in answers:
        last[item_id] = correct
        if correct and item_id in entry_of:
            right_per_entry[entry_of[item_id]] += 1
    seen_entries: dict[str, list[bool]] = defaultdict(list)
    for item_id, correct in last.items():
        if item_id in entry_of:
            seen_entries[entry_of[item_id]].append(correct)
    mastered = sum(1 for e, lasts in seen_entries.items() if all(lasts) and right_per_entry[e] >= 2)
    due_now = sum(1 for c in cards.values() if Card.from_json(c).due <= now)
    days = {d for _, _, d in answers}
    streak, day = 0, today if today in days else today - timedelta(days=1)
    while day in days:
        streak, day = streak + 1, day - timedelta(days=1)
    return Progress(len(answers), sum(1 for _, c, _ in answers if c), streak, due_now, mastered, len(set(entry_of.values())))
