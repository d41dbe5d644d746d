"""Durability and fast paths: the update inbox, the outbox of sends, leases on daily tips,
idempotent quiz answers, one vote per user per answer, curator phrasings and counters in the
database; columns nothing reads are dropped.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_table("schema_version")  # alembic_version records the schema now
    op.create_table(
        "inbox",  # every update, stored before Telegram is told it arrived
        sa.Column("bot_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("update_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("received_at", sa.Float, nullable=False),
        sa.Column("state", sa.SmallInteger, nullable=False, server_default="0"),  # 0 to handle, 1 handled
        sa.Column("lease_until", sa.Float, nullable=False),  # another instance may take it over after
    )
    op.create_index("ix_inbox_pending", "inbox", ["state", "lease_until"])
    op.create_table(
        "outbox",  # sends that must happen: the next quiz poll, a round's end, closing a poll
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(128), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("due_at", sa.Float, nullable=False),
        sa.Column("lease_until", sa.Float, nullable=False, server_default="0"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("state", sa.SmallInteger, nullable=False, server_default="0"),  # 0 to do, 1 done, 2 gave up
    )
    op.create_index("ix_outbox_due", "outbox", ["state", "due_at"])
    with op.batch_alter_table("subscriptions") as batch:
        batch.add_column(sa.Column("next_due", sa.Float))  # epoch seconds of the next tip; NULL: compute now
        batch.add_column(sa.Column("lease_until", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("attempts", sa.Integer, nullable=False, server_default="0"))
    op.create_index("ix_subscriptions_due", "subscriptions", ["active", "next_due"])
    with op.batch_alter_table("quiz_cards") as batch:
        batch.drop_column("due")
        batch.drop_column("stability")
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("poll_id", sa.String(64)))
    op.create_index("ux_reviews_poll_user", "reviews", ["poll_id", "user_id"], unique=True)
    op.create_index("ix_reviews_chat", "reviews", ["chat_id", "reviewed_at"])
    with op.batch_alter_table("quiz_rounds") as batch:
        batch.add_column(sa.Column("starter_id", sa.BigInteger))
        batch.add_column(sa.Column("deadline", sa.Float))  # group rounds: when the open poll closes
    op.create_index("ix_quiz_rounds_deadline", "quiz_rounds", ["active", "deadline"])
    with op.batch_alter_table("polls") as batch:
        batch.add_column(sa.Column("message_id", sa.BigInteger))
    op.create_index("ix_polls_round", "polls", ["round_id", "position"])
    with op.batch_alter_table("votes") as batch:
        batch.add_column(sa.Column("chat_id", sa.BigInteger))
        batch.add_column(sa.Column("message_id", sa.BigInteger))
        batch.add_column(sa.Column("voter", sa.String(64)))  # a keyed hash of the user, never the id
    op.create_index("ux_votes_answer_voter", "votes", ["chat_id", "message_id", "voter"], unique=True)
    with op.batch_alter_table("gaps") as batch:
        batch.add_column(sa.Column("dedupe_key", sa.String(64)))
    op.create_index("ux_gaps_dedupe", "gaps", ["dedupe_key"], unique=True)
    op.create_table(
        "phrasings",  # accepted by curators (/gaps), seen by every instance
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entry_id", sa.String(64), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("text", sa.String(512), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.UniqueConstraint("lang", "text"),
    )
    op.create_table(
        "counters",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False, server_default="0"),
    )
