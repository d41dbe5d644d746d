"""The database: SQLAlchemy 2 (async), SQLite (aiosqlite) by default, PostgreSQL (asyncpg) the same.

Everything a user did lives here, so nothing is lost when the process restarts and several
processes can share one PostgreSQL database. Schema versions are applied by `migrate()`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    delete,
    event,
    func,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.settings import async_database_url

SCHEMA_VERSION = 1


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True), int: BigInteger}


class SchemaVersion(Base):
    __tablename__ = "schema_version"
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    language: Mapped[str | None] = mapped_column(String(2))
    time_zone: Mapped[str] = mapped_column(String(64), default="Asia/Almaty")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Subscription(Base):
    __tablename__ = "subscriptions"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    chat_id: Mapped[int]
    time: Mapped[str] = mapped_column(String(5))  # HH:MM in the zone
    time_zone: Mapped[str] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(2), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_sent: Mapped[date | None] = mapped_column(Date)  # local date of the last claimed tip


class TipSeen(Base):
    __tablename__ = "tips_seen"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    tip_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class QuizCard(Base):
    __tablename__ = "quiz_cards"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False)
    item_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    card: Mapped[str] = mapped_column(Text)  # fsrs Card as JSON
    due: Mapped[datetime]
    stability: Mapped[float] = mapped_column(Float, default=0.0)


class Review(Base):
    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int]
    item_id: Mapped[str] = mapped_column(String(64))
    correct: Mapped[bool] = mapped_column(Boolean)
    reviewed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Round(Base):
    __tablename__ = "quiz_rounds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chat_id: Mapped[int] = mapped_column(index=True)
    user_id: Mapped[int | None]  # the player (None for a group round)
    lang: Mapped[str] = mapped_column(String(2))
    items: Mapped[list] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer, default=0)  # index of the poll now open
    score: Mapped[int] = mapped_column(Integer, default=0)
    wrong: Mapped[list] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Poll(Base):
    __tablename__ = "polls"
    poll_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("quiz_rounds.id", ondelete="CASCADE"))
    chat_id: Mapped[int]
    user_id: Mapped[int | None]
    item_id: Mapped[str] = mapped_column(String(64))
    correct_ids: Mapped[list] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class GroupScore(Base):
    __tablename__ = "group_scores"
    chat_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(128))
    score: Mapped[int] = mapped_column(Integer, default=0)
    answered: Mapped[int] = mapped_column(Integer, default=0)


class Vote(Base):
    """A 👍/👎 on an answer: the entry and the verdict, never who voted or what they asked."""

    __tablename__ = "votes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(String(64))
    helpful: Mapped[bool] = mapped_column(Boolean)
    lang: Mapped[str] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Gap(Base):
    """A question the bot could not answer well, kept without any user identity."""

    __tablename__ = "gaps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    question: Mapped[str] = mapped_column(String(512))
    lang: Mapped[str] = mapped_column(String(2))
    entry_id: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float] = mapped_column(Float)
    kind: Mapped[str] = mapped_column(String(16))  # unmatched | low | downvote
    dismissed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


@dataclass(frozen=True)
class SubscriptionView:
    user_id: int
    chat_id: int
    time: str
    time_zone: str
    lang: str
    active: bool
    last_sent: date | None


class Storage:
    def __init__(self, url: str):
        self.url = async_database_url(url)
        kwargs: dict = {}
        if self.url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs.update(pool_pre_ping=True, pool_size=5, max_overflow=5)
        self.engine: AsyncEngine = create_async_engine(self.url, **kwargs)
        if self.url.startswith("sqlite"):
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.session = async_sessionmaker(self.engine, expire_on_commit=False)
        self._languages: dict[int, tuple[str | None, float]] = {}

    async def migrate(self) -> None:
        """Create or upgrade the schema to SCHEMA_VERSION (idempotent, safe to run from several processes)."""
        async with self.engine.begin() as conn:
            await conn.run_sync(Base.metadata.create_all)
        async with self.session.begin() as s:
            current = await s.scalar(select(func.max(SchemaVersion.version)))
            for version in range((current or 0) + 1, SCHEMA_VERSION + 1):
                s.add(SchemaVersion(version=version))

    async def close(self) -> None:
        await self.engine.dispose()

    async def ping(self) -> bool:
        try:
            async with self.session() as s:
                await s.scalar(select(1))
            return True
        except Exception:
            return False

    # -- users -----------------------------------------------------------------------
    LANGUAGE_TTL = 60.0  # seconds another instance's /language change may take to show here

    async def language(self, user_id: int) -> str | None:
        """The user's chosen language; read on nearly every update, so kept briefly in memory."""
        cached = self._languages.get(user_id)
        if cached is not None and time.monotonic() - cached[1] < self.LANGUAGE_TTL:
            return cached[0]
        async with self.session() as s:
            lang = await s.scalar(select(User.language).where(User.id == user_id))
        if len(self._languages) > 100_000:
            self._languages.clear()
        self._languages[user_id] = (lang, time.monotonic())
        return lang

    async def ensure_user(self, user_id: int) -> None:
        async with self.session.begin() as s:
            await _ensure_user(s, user_id)

    async def set_language(self, user_id: int, lang: str) -> None:
        await self.ensure_user(user_id)
        async with self.session.begin() as s:
            await s.execute(update(User).where(User.id == user_id).values(language=lang))
        self._languages.pop(user_id, None)

    async def time_zone(self, user_id: int) -> str:
        async with self.session() as s:
            return await s.scalar(select(User.time_zone).where(User.id == user_id)) or "Asia/Almaty"

    async def count_users(self) -> int:
        async with self.session() as s:
            return await s.scalar(select(func.count()).select_from(User)) or 0

    # -- feedback and gaps -------------------------------------------------------------
    async def record_vote(self, entry_id: str, helpful: bool, lang: str) -> None:
        async with self.session.begin() as s:
            s.add(Vote(entry_id=entry_id, helpful=helpful, lang=lang))

    async def votes(self) -> list[tuple[str, bool]]:
        async with self.session() as s:
            return [(v.entry_id, v.helpful) for v in await s.scalars(select(Vote))]

    async def record_gap(self, question: str, lang: str, entry_id: str | None, score: float, kind: str) -> None:
        async with self.session.begin() as s:
            s.add(Gap(question=question[:512], lang=lang, entry_id=entry_id, score=score, kind=kind))

    async def gaps(self, since: datetime | None = None) -> list[Gap]:
        query = select(Gap).where(Gap.dismissed.is_(False)).order_by(Gap.id)
        if since is not None:
            query = query.where(Gap.created_at >= since)
        async with self.session() as s:
            return list(await s.scalars(query))

    async def dismiss_gaps(self, ids: list[int]) -> None:
        async with self.session.begin() as s:
            await s.execute(update(Gap).where(Gap.id.in_(ids)).values(dismissed=True))

    async def purge_gaps(self, retention_days: int, now: datetime | None = None) -> int:
        cutoff = (now or utcnow()) - timedelta(days=retention_days)
        async with self.session.begin() as s:
            result = await s.execute(delete(Gap).where(Gap.created_at < cutoff))
            return result.rowcount or 0

    # -- subscriptions -------------------------------------------------------------------
    async def subscribe(self, user_id: int, chat_id: int, time: str, time_zone: str, lang: str) -> None:
        await self.ensure_user(user_id)
        async with self.session.begin() as s:
            sub = await s.get(Subscription, user_id)
            if sub is None:
                s.add(Subscription(user_id=user_id, chat_id=chat_id, time=time, time_zone=time_zone, lang=lang, active=True))
            else:
                sub.chat_id, sub.time, sub.time_zone, sub.lang, sub.active = chat_id, time, time_zone, lang, True
            await s.execute(update(User).where(User.id == user_id).values(time_zone=time_zone))

    async def unsubscribe(self, user_id: int) -> bool:
        """True when a subscription was active."""
        async with self.session.begin() as s:
            result = await s.execute(
                update(Subscription).where(Subscription.user_id == user_id, Subscription.active.is_(True)).values(active=False)
            )
            return bool(result.rowcount)

    async def subscription(self, user_id: int) -> SubscriptionView | None:
        async with self.session() as s:
            sub = await s.get(Subscription, user_id)
            return _view(sub) if sub else None

    async def count_subscribers(self) -> int:
        async with self.session() as s:
            return await s.scalar(select(func.count()).select_from(Subscription).where(Subscription.active.is_(True))) or 0

    async def active_subscriptions(self) -> list[SubscriptionView]:
        async with self.session() as s:
            return [_view(x) for x in await s.scalars(select(Subscription).where(Subscription.active.is_(True)))]

    async def claim_daily_tip(self, user_id: int, local_day: date) -> list[str] | None:
        """Atomically claim today's tip for a subscriber. Exactly one caller per day gets the
        tips the user has seen (to pick the next one); every other caller gets None.

        A single conditional UPDATE: whichever process or job runs it first flips
        `last_sent` to today; every other attempt (another instance, a re-run after a
        restart) matches no row. Works the same on SQLite and PostgreSQL.
        """
        async with self.session.begin() as s:
            result = await s.execute(
                update(Subscription)
                .where(
                    Subscription.user_id == user_id,
                    Subscription.active.is_(True),
                    (Subscription.last_sent.is_(None)) | (Subscription.last_sent < local_day),
                )
                .values(last_sent=local_day)
            )
            if result.rowcount != 1:
                return None
            return list(await s.scalars(select(TipSeen.tip_id).where(TipSeen.user_id == user_id)))

    async def release_daily_tip(self, user_id: int, previous: date | None) -> None:
        """Undo a claim whose send failed for a reason worth retrying."""
        async with self.session.begin() as s:
            await s.execute(update(Subscription).where(Subscription.user_id == user_id).values(last_sent=previous))

    # -- tips ------------------------------------------------------------------------------
    async def seen_tips(self, user_id: int) -> list[str]:
        async with self.session() as s:
            rows = await s.scalars(select(TipSeen.tip_id).where(TipSeen.user_id == user_id))
            return list(rows)

    async def mark_tip_seen(self, user_id: int, tip_id: str) -> None:
        async with self.session.begin() as s:
            await _ensure_user(s, user_id)
            if await s.get(TipSeen, (user_id, tip_id)) is None:
                s.add(TipSeen(user_id=user_id, tip_id=tip_id))

    async def reset_tips(self, user_id: int) -> None:
        async with self.session.begin() as s:
            await s.execute(delete(TipSeen).where(TipSeen.user_id == user_id))

    # -- quiz --------------------------------------------------------------------------------
    async def cards(self, user_id: int) -> dict[str, str]:
        async with self.session() as s:
            return {c.item_id: c.card for c in await s.scalars(select(QuizCard).where(QuizCard.user_id == user_id))}

    async def save_review(
        self, user_id: int, chat_id: int, item_id: str, correct: bool, card_json: str, due: datetime, stability: float
    ) -> None:
        async with self.session.begin() as s:
            await self._save_review(s, user_id, chat_id, item_id, correct, card_json, due, stability)

    @staticmethod
    async def _save_review(s, user_id, chat_id, item_id, correct, card_json, due, stability) -> None:
        await _ensure_user(s, user_id)
        card = await s.get(QuizCard, (user_id, item_id))
        if card is None:
            s.add(QuizCard(user_id=user_id, item_id=item_id, card=card_json, due=due, stability=stability))
        else:
            card.card, card.due, card.stability = card_json, due, stability
        s.add(Review(user_id=user_id, chat_id=chat_id, item_id=item_id, correct=correct))

    async def poll_and_card(self, poll_id: str, user_id: int) -> tuple[Poll | None, str | None]:
        """A quiz poll and the answering user's card for its item, in one round trip."""
        async with self.session() as s:
            poll = await s.get(Poll, poll_id)
            if poll is None:
                return None, None
            card = await s.get(QuizCard, (user_id, poll.item_id))
            return poll, card.card if card else None

    async def record_answer(
        self, poll: Poll, user_id: int, name: str, correct: bool, card_json: str, due: datetime, stability: float
    ) -> Round | None:
        """One quiz answer in one transaction: the review and card; in a group the member's
        score; in a private round the move to the next question (returned, None if another
        answer moved it already)."""
        async with self.session.begin() as s:
            await self._save_review(s, user_id, poll.chat_id, poll.item_id, correct, card_json, due, stability)
            if poll.user_id is None:
                row = await s.get(GroupScore, (poll.chat_id, user_id))
                if row is None:
                    s.add(GroupScore(chat_id=poll.chat_id, user_id=user_id, name=name[:128], score=int(correct), answered=1))
                else:
                    row.name, row.score, row.answered = name[:128], row.score + int(correct), row.answered + 1
                return None
            return await self._advance(s, poll.round_id, poll.position, correct, poll.item_id)

    async def reviews(self, user_id: int) -> list[Review]:
        async with self.session() as s:
            return list(await s.scalars(select(Review).where(Review.user_id == user_id).order_by(Review.id)))

    async def count_reviews(self) -> int:
        async with self.session() as s:
            return await s.scalar(select(func.count()).select_from(Review)) or 0

    async def start_round(self, chat_id: int, user_id: int | None, lang: str, items: list[str]) -> int:
        async with self.session.begin() as s:
            query = update(Round).where(Round.chat_id == chat_id, Round.active.is_(True))
            if user_id is not None:
                query = query.where(Round.user_id == user_id)
            await s.execute(query.values(active=False))  # a new round replaces an unfinished one
            round_ = Round(chat_id=chat_id, user_id=user_id, lang=lang, items=items, wrong=[])
            s.add(round_)
            await s.flush()
            return round_.id

    async def get_round(self, round_id: int) -> Round | None:
        async with self.session() as s:
            return await s.get(Round, round_id)

    async def save_poll(self, poll_id: str, round_id: int, chat_id: int, user_id: int | None, item_id: str, correct_ids: list[int], position: int) -> None:
        async with self.session.begin() as s:
            s.add(Poll(poll_id=poll_id, round_id=round_id, chat_id=chat_id, user_id=user_id, item_id=item_id, correct_ids=correct_ids, position=position))

    async def get_poll(self, poll_id: str) -> Poll | None:
        async with self.session() as s:
            return await s.get(Poll, poll_id)

    async def advance_round(self, round_id: int, from_position: int, correct: bool | None, item_id: str) -> Round | None:
        """Move a round past `from_position` once (the first answer wins); None if already moved.

        `correct` None means nobody's answer is scored here (group rounds score per member).
        """
        async with self.session.begin() as s:
            return await self._advance(s, round_id, from_position, correct, item_id)

    @staticmethod
    async def _advance(s, round_id: int, from_position: int, correct: bool | None, item_id: str) -> Round | None:
        values: dict = {"position": from_position + 1}
        if correct is True:
            values["score"] = Round.score + 1
        result = await s.execute(
            update(Round).where(Round.id == round_id, Round.position == from_position, Round.active.is_(True)).values(**values)
        )
        if result.rowcount != 1:
            return None
        round_ = await s.get(Round, round_id, populate_existing=True)
        if correct is False:
            round_.wrong = [*round_.wrong, item_id]
        if round_.position >= len(round_.items):
            round_.active = False
        return round_

    async def leaderboard(self, chat_id: int, limit: int = 10) -> list[tuple[str, int]]:
        async with self.session() as s:
            rows = await s.scalars(
                select(GroupScore).where(GroupScore.chat_id == chat_id).order_by(GroupScore.score.desc(), GroupScore.name).limit(limit)
            )
            return [(r.name, r.score) for r in rows]

    # -- data controls ------------------------------------------------------------------------
    async def export_user(self, user_id: int) -> dict:
        async with self.session() as s:
            user = await s.get(User, user_id)
            sub = await s.get(Subscription, user_id)
            tips = await s.scalars(select(TipSeen).where(TipSeen.user_id == user_id))
            cards = await s.scalars(select(QuizCard).where(QuizCard.user_id == user_id))
            reviews = await s.scalars(select(Review).where(Review.user_id == user_id).order_by(Review.id))
            scores = await s.scalars(select(GroupScore).where(GroupScore.user_id == user_id))
            return {
                "user_id": user_id,
                "language": user.language if user else None,
                "time_zone": user.time_zone if user else None,
                "subscription": (
                    {"time": sub.time, "time_zone": sub.time_zone, "active": sub.active, "chat_id": sub.chat_id} if sub else None
                ),
                "tips_seen": [{"tip": t.tip_id, "at": t.seen_at.isoformat()} for t in tips],
                "quiz_cards": [{"item": c.item_id, "due": c.due.isoformat(), "card": json.loads(c.card)} for c in cards],
                "quiz_answers": [
                    {"item": r.item_id, "correct": r.correct, "chat_id": r.chat_id, "at": r.reviewed_at.isoformat()} for r in reviews
                ],
                "group_scores": [{"chat_id": g.chat_id, "name": g.name, "score": g.score} for g in scores],
            }

    async def forget_user(self, user_id: int) -> None:
        async with self.session.begin() as s:
            for model in (Review, QuizCard, TipSeen, Subscription, GroupScore):
                await s.execute(delete(model).where(model.user_id == user_id))
            await s.execute(delete(Poll).where(Poll.user_id == user_id))
            await s.execute(delete(Round).where(Round.user_id == user_id))
            await s.execute(delete(User).where(User.id == user_id))
        self._languages.pop(user_id, None)


async def _ensure_user(s, user_id: int) -> None:
    """The user's row, inside the caller's transaction (rows that refer to it need it first)."""
    if await s.get(User, user_id) is None:
        s.add(User(id=user_id))
        await s.flush()


def _view(sub: Subscription) -> SubscriptionView:
    return SubscriptionView(sub.user_id, sub.chat_id, sub.time, sub.time_zone, sub.lang, sub.active, sub.last_sent)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes, one fsync per checkpoint
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()
