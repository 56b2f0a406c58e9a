"""Revision 0002: events.sort_date, a non-null date key with an index for date-ordered pages.

Revision ID: r0002
Revises: r0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("sort_date", sa.Date(), nullable=True))
    events = sa.table("events", sa.column("date_start", sa.Date),
                      sa.column("sort_date", sa.Date))
    op.execute(events.update().values(
        sort_date=sa.func.coalesce(events.c.date_start, sa.literal(dt.date(1, 1, 1), sa.Date))))
    with op.batch_alter_table("events") as batch:
        batch.alter_column("sort_date", existing_type=sa.Date(), nullable=False)
    op.create_index("ix_events_sort", "events", ["sort_date", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_events_sort", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("sort_date")
