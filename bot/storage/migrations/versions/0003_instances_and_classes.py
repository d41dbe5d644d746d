"""Instances announce themselves (a heartbeat), so the claims of one that died are taken over
within seconds, not when their lease runs out; the class view for teachers: what a group asked,
and each group's teacher settings; each student's questions per day (counts only).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "instances",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("seen_at", sa.Float, nullable=False),
    )
    for table in ("inbox", "outbox", "subscriptions"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("owner", sa.String(32)))  # the instance holding the lease
    op.create_table(
        "group_asks",  # a question answered with an entry in a group (no user): the class view
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("chat_id", sa.BigInteger, nullable=False),
        sa.Column("entry_id", sa.String(64), nullable=False),
        sa.Column("asked_at", sa.Float, nullable=False),
        sa.Column("dedupe_key", sa.String(64), unique=True),
    )
    op.create_index("ix_group_asks_chat", "group_asks", ["chat_id", "asked_at"])
    op.create_table(
        "user_days",  # how many questions a student asked each day (for /stats; never the texts)
        sa.Column("user_id", sa.BigInteger, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, autoincrement=False),
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("questions", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "class_settings",
        sa.Column("chat_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("teacher_id", sa.BigInteger),  # who receives the weekly digest
        sa.Column("names", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("weekly", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("next_digest", sa.Float),
        sa.Column("lease_until", sa.Float, nullable=False, server_default="0"),
        sa.Column("owner", sa.String(32)),
    )
