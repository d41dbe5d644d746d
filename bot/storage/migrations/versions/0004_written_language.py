"""The language a student's questions are written in (Russian or Kazakh, as the last question
whose own words said so; never the text): a bare term such as "демократия" is spelled alike in
both and is answered in the language the student has been writing.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("written_language", sa.String(2)))
