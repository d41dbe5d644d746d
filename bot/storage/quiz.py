"""Quiz rounds, their polls, answers (FSRS cards and reviews) and group scores.

A quiz answer is one read (`answer_context`: the poll, its round and the player's card, joined)
and one transaction (`record_answer`): the review, keyed by poll and player so a duplicate
delivery changes nothing; the card; the group score; the move to the next question, which is
added to the outbox in the same transaction; and the update marked done.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.storage import outbox
from bot.storage.common import ensure_user, utcnow
from bot.storage.database import Database, Row, Tx


@dataclass(frozen=True)
class RoundView:
    id: int
    chat_id: int
    user_id: int | None  # the player; None for a group round
    lang: str
    items: list[str]
    position: int
    score: int
    wrong: list[str]
    active: bool


@dataclass(frozen=True)
class PollView:
    poll_id: str
    round_id: int
    chat_id: int
    user_id: int | None
    item_id: str
    correct_ids: list[int]
    position: int
    message_id: int | None


def _poll(row: Row) -> PollView:
    """A `polls` row (with its round's chat) as a PollView."""
    return PollView(
        row["poll_id"],
        int(row["round_id"]),
        int(row["chat_id"]),
        row["user_id"],
        row["item_id"],
        json.loads(row["correct_ids"]),
        int(row["position"]),
        row["message_id"],
    )


@dataclass(frozen=True)
class AnswerResult:
    applied: bool  # False: this player's answer to this poll was already recorded
    advanced: bool  # the round moved on (the next question or the summary is in the outbox)


ROUND_COLUMNS = "id, chat_id, user_id, lang, items, position, score, wrong, active"


def _round(row: Row) -> RoundView:
    return RoundView(
        int(row["id"]),
        int(row["chat_id"]),
        row["user_id"],
        row["lang"],
        json.loads(row["items"]),
        int(row["position"]),
        int(row["score"]),
        json.loads(row["wrong"]),
        bool(row["active"]),
    )


class Quiz:
    def __init__(self, db: Database, done: Any = None):
        self.db = db
        self._done = done  # Inbox.mark_done, to mark the answer's update inside its transaction

    async def cards(self, user_id: int) -> dict[str, str]:
        rows = await self.db.fetch("SELECT item_id, card FROM quiz_cards WHERE user_id = :u", {"u": user_id})
        return {r["item_id"]: r["card"] for r in rows}

    async def start_round(self, chat_id: int, user_id: int | None, starter_id: int, lang: str, items: list[str]) -> int:
        """A new round (replacing an unfinished one of the same player or group); its first poll is
        added to the outbox."""

        async def tx(t: Tx) -> int:
            who = "user_id IS NULL" if user_id is None else "user_id = :user_id"
            await t.execute(
                f"UPDATE quiz_rounds SET active = FALSE WHERE chat_id = :chat_id AND {who} AND active = TRUE",
                {"chat_id": chat_id, "user_id": user_id},
            )
            row = await t.fetchrow(
                "INSERT INTO quiz_rounds (chat_id, user_id, lang, items, position, score, wrong, active, created_at, starter_id) "
                "VALUES (:chat_id, :user_id, :lang, :items, 0, 0, '[]', TRUE, :now, :starter) RETURNING id",
                {
                    "chat_id": chat_id,
                    "user_id": user_id,
                    "lang": lang,
                    "items": json.dumps(items),
                    "now": utcnow(),
                    "starter": starter_id,
                },
            )
            assert row is not None
            round_id = int(row["id"])
            await outbox.enqueue(t, f"poll:{round_id}:0", "poll", chat_id, {"round": round_id, "position": 0})
            return round_id

        return await self.db.transaction(tx)

    async def round(self, round_id: int) -> RoundView | None:
        row = await self.db.fetchrow(f"SELECT {ROUND_COLUMNS} FROM quiz_rounds WHERE id = :id", {"id": round_id})
        return _round(row) if row else None

    async def answer_context(self, poll_id: str, user_id: int) -> tuple[PollView | None, str | None]:
        """A quiz poll and the answering player's card for its item, in one read."""
        row = await self.db.fetchrow(
            "SELECT p.poll_id, p.round_id, p.chat_id, p.user_id, p.item_id, p.correct_ids, p.position, p.message_id, c.card "
            "FROM polls p LEFT JOIN quiz_cards c ON c.user_id = :user_id AND c.item_id = p.item_id WHERE p.poll_id = :poll_id",
            {"poll_id": poll_id, "user_id": user_id},
        )
        if row is None:
            return None, None
        return _poll(row), row["card"]

    async def record_answer(
        self, poll: PollView, user_id: int, name: str, correct: bool, card_json: str, update_id: int | None
    ) -> AnswerResult:
        async def tx(t: Tx) -> AnswerResult:
            await ensure_user(t, user_id)
            if self._done is not None and update_id is not None:
                await self._done(t, update_id)
            inserted = await t.execute(
                "INSERT INTO reviews (user_id, chat_id, item_id, correct, reviewed_at, poll_id) "
                "VALUES (:user_id, :chat_id, :item_id, :correct, :now, :poll_id) ON CONFLICT (poll_id, user_id) DO NOTHING",
                {
                    "user_id": user_id,
                    "chat_id": poll.chat_id,
                    "item_id": poll.item_id,
                    "correct": correct,
                    "now": utcnow(),
                    "poll_id": poll.poll_id,
                },
            )
            if not inserted:
                return AnswerResult(False, False)
            await t.execute(
                "INSERT INTO quiz_cards (user_id, item_id, card) VALUES (:user_id, :item_id, :card) "
                "ON CONFLICT (user_id, item_id) DO UPDATE SET card = excluded.card",
                {"user_id": user_id, "item_id": poll.item_id, "card": card_json},
            )
            if poll.user_id is not None:
                return AnswerResult(True, await _advance(t, poll, correct))
            await t.execute(
                "INSERT INTO group_scores (chat_id, user_id, name, score, answered) VALUES (:chat_id, :user_id, :name, :score, 1) "
                "ON CONFLICT (chat_id, user_id) DO UPDATE SET name = excluded.name, "
                "score = group_scores.score + excluded.score, answered = group_scores.answered + 1",
                {"chat_id": poll.chat_id, "user_id": user_id, "name": name[:128], "score": int(correct)},
            )
            everyone = await t.fetchrow(
                "SELECT (SELECT COUNT(DISTINCT r.user_id) FROM reviews r JOIN polls p ON p.poll_id = r.poll_id "
                "WHERE p.round_id = :round_id) AS players, (SELECT COUNT(*) FROM reviews WHERE poll_id = :poll_id) AS answered, "
                "(SELECT COUNT(*) FROM reviews r JOIN quiz_rounds q ON q.id = :round_id WHERE r.poll_id = :poll_id "
                "AND (q.starter_id IS NULL OR r.user_id = q.starter_id)) AS starter",
                {"round_id": poll.round_id, "poll_id": poll.poll_id},
            )
            assert everyone is not None
            all_answered = everyone["players"] == everyone["answered"] and everyone["starter"] > 0
            return AnswerResult(True, all_answered and await _advance(t, poll, None))

        return await self.db.transaction(tx)

    async def poll_sent(
        self,
        work_id: int,
        round_: RoundView,
        poll_id: str,
        message_id: int,
        item_id: str,
        correct_ids: list[int],
        deadline: float | None,
    ) -> None:
        """Telegram accepted a poll: remember it (answers arrive with its id) and finish the work."""

        async def tx(t: Tx) -> None:
            await t.execute(
                "INSERT INTO polls (poll_id, round_id, chat_id, user_id, item_id, correct_ids, position, created_at, message_id) "
                "VALUES (:poll_id, :round_id, :chat_id, :user_id, :item_id, :correct, :position, :now, :message_id) "
                "ON CONFLICT (poll_id) DO NOTHING",
                {
                    "poll_id": poll_id,
                    "round_id": round_.id,
                    "chat_id": round_.chat_id,
                    "user_id": round_.user_id,
                    "item_id": item_id,
                    "correct": json.dumps(correct_ids),
                    "position": round_.position,
                    "now": utcnow(),
                    "message_id": message_id,
                },
            )
            if deadline is not None:
                await t.execute(
                    "UPDATE quiz_rounds SET deadline = :deadline WHERE id = :id AND position = :position",
                    {"deadline": deadline, "id": round_.id, "position": round_.position},
                )
            await outbox.mark_done(t, work_id)

        await self.db.transaction(tx)

    async def expired_group_polls(self, now: float, limit: int = 50) -> list[PollView]:
        """Group rounds whose open poll's time is up."""
        rows = await self.db.fetch(
            "SELECT p.poll_id, p.round_id, p.chat_id, p.user_id, p.item_id, p.correct_ids, p.position, p.message_id "
            "FROM quiz_rounds q JOIN polls p ON p.round_id = q.id AND p.position = q.position "
            "WHERE q.active = TRUE AND q.deadline IS NOT NULL AND q.deadline <= :now LIMIT :limit",
            {"now": now, "limit": limit},
        )
        return [_poll(r) for r in rows]

    async def close_group_poll(self, poll: PollView) -> bool:
        """Time is up for a group poll: move on (once, whichever instance does it first)."""

        async def tx(t: Tx) -> bool:
            return await _advance(t, poll, None)

        return await self.db.transaction(tx)

    async def leaderboard(self, chat_id: int, limit: int = 10) -> list[tuple[str, int]]:
        rows = await self.db.fetch(
            "SELECT name, score FROM group_scores WHERE chat_id = :chat_id ORDER BY score DESC, name LIMIT :limit",
            {"chat_id": chat_id, "limit": limit},
        )
        return [(r["name"], int(r["score"])) for r in rows]

    async def reviews(self, user_id: int) -> list[tuple[str, bool, datetime]]:
        rows = await self.db.fetch(
            "SELECT item_id, correct, reviewed_at FROM reviews WHERE user_id = :u ORDER BY id", {"u": user_id}
        )
        return [(r["item_id"], bool(r["correct"]), r["reviewed_at"]) for r in rows]

    async def count_reviews(self) -> int:
        row = await self.db.fetchrow("SELECT COUNT(*) AS n FROM reviews")
        return int(row["n"]) if row else 0


async def _advance(t: Tx, poll: PollView, correct: bool | None) -> bool:
    """Move a round past the poll's position once (the first caller wins); the next question, or
    the round's end, goes to the outbox; a group's poll is closed."""
    row = await t.fetchrow(
        "UPDATE quiz_rounds SET position = position + 1, score = score + :add, deadline = NULL "
        "WHERE id = :id AND position = :position AND active = TRUE RETURNING position, items, wrong",
        {"add": int(bool(correct)), "id": poll.round_id, "position": poll.position},
    )
    if row is None:
        return False
    items, position = json.loads(row["items"]), int(row["position"])
    if correct is False:
        await t.execute(
            "UPDATE quiz_rounds SET wrong = :wrong WHERE id = :id",
            {"wrong": json.dumps([*json.loads(row["wrong"]), poll.item_id]), "id": poll.round_id},
        )
    if position >= len(items):
        await t.execute("UPDATE quiz_rounds SET active = FALSE WHERE id = :id", {"id": poll.round_id})
        await outbox.enqueue(t, f"summary:{poll.round_id}", "summary", poll.chat_id, {"round": poll.round_id})
    else:
        await outbox.enqueue(
            t, f"poll:{poll.round_id}:{position}", "poll", poll.chat_id, {"round": poll.round_id, "position": position}
        )
    if poll.user_id is None and poll.message_id is not None:
        await outbox.enqueue(t, f"close:{poll.poll_id}", "close", poll.chat_id, {"message_id": poll.message_id})
    return True
