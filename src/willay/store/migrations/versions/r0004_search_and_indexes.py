"""Revision 0004: indexes for a million events, events.date_span, and full-text search.

Revision ID: r0004
Revises: r0003
Create Date: 2026-12-10

- The indexes of the exact filters (country, admin1, event_type, sub_event_type) become
  ``(filter, sort_date, id)``: a filtered page in date order is one index range, read in
  order and left after ``limit`` rows, and a keyset cursor continues it at any depth.
- ``events.date_span`` (days from date_start to date_end, indexed): its maximum bounds how
  long before ``date_from`` an overlapping event can start, so a date filter is a range of
  ``sort_date`` on both sides instead of everything before ``date_to``.
- Full text for ``q`` and ``actor``: on SQLite an FTS5 table ``events_fts`` over the
  columns ``search``, ``actor1`` and ``actor2`` of ``events`` (external content, keyed by
  the events' rowid, kept by three triggers); on PostgreSQL two GIN indexes on
  ``to_tsvector('simple', ...)`` of the same columns. Neither is in ``schema.py``
  (tables of both dialects only); ``schema.include_name`` leaves them out of comparisons.

A later revision that rebuilds ``events`` on SQLite (``op.batch_alter_table`` copies the
table, and the copy numbers its rows anew) must drop the triggers first, and afterwards
create them again and run ``INSERT INTO events_fts(events_fts) VALUES ('rebuild')``.
"""

from __future__ import annotations

from alembic import op

revision = "r0004"
down_revision = "r0003"
branch_labels = None
depends_on = None

_OLD_INDEXES = {
    "ix_events_country_date": ["country", "date_start"],
    "ix_events_admin1_date": ["country", "admin1", "date_start"],
    "ix_events_type_date": ["event_type", "sub_event_type", "date_start"],
    "ix_events_sub_type_date": ["sub_event_type", "date_start"],
}
_NEW_INDEXES = {
    "ix_events_country_sort": ["country", "sort_date", "id"],
    "ix_events_admin1_sort": ["admin1", "sort_date", "id"],
    "ix_events_type_sort": ["event_type", "sort_date", "id"],
    "ix_events_sub_type_sort": ["sub_event_type", "sort_date", "id"],
    "ix_events_date_span": ["date_span"],
}

#: The expressions the PostgreSQL indexes are built on (the store's queries use the same).
PG_SEARCH = "to_tsvector('simple', search)"
PG_ACTORS = "to_tsvector('simple', coalesce(actor1, '') || ' ' || coalesce(actor2, ''))"

_SQLITE_FTS = [
    # remove_diacritics 0: the search column is already without accents, and actors keep
    # theirs, as PostgreSQL's 'simple' configuration does
    """CREATE VIRTUAL TABLE events_fts USING fts5(
        search, actor1, actor2, content='events', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 0')""",
    """CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, search, actor1, actor2)
        VALUES (new.rowid, new.search, new.actor1, new.actor2);
    END""",
    """CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, search, actor1, actor2)
        VALUES ('delete', old.rowid, old.search, old.actor1, old.actor2);
    END""",
    """CREATE TRIGGER events_fts_update AFTER UPDATE OF search, actor1, actor2 ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, search, actor1, actor2)
        VALUES ('delete', old.rowid, old.search, old.actor1, old.actor2);
        INSERT INTO events_fts(rowid, search, actor1, actor2)
        VALUES (new.rowid, new.search, new.actor1, new.actor2);
    END""",
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    import sqlalchemy as sa

    dialect = op.get_bind().dialect.name
    op.add_column("events", sa.Column("date_span", sa.Integer(), nullable=True))
    if dialect == "postgresql":
        op.execute("UPDATE events SET date_span = date_end - date_start "
                   "WHERE date_start IS NOT NULL AND date_end IS NOT NULL")
    else:
        op.execute("UPDATE events SET date_span = "
                   "CAST(julianday(date_end) - julianday(date_start) AS INTEGER) "
                   "WHERE date_start IS NOT NULL AND date_end IS NOT NULL")
    for name in _OLD_INDEXES:
        op.drop_index(name, table_name="events")
    for name, columns in _NEW_INDEXES.items():
        op.create_index(name, "events", columns, unique=False)
    if dialect == "postgresql":
        op.execute(f"CREATE INDEX events_fts_search ON events USING gin ({PG_SEARCH})")
        op.execute(f"CREATE INDEX events_fts_actors ON events USING gin ({PG_ACTORS})")
    else:
        for statement in _SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP INDEX events_fts_search")
        op.execute("DROP INDEX events_fts_actors")
    else:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER events_fts_{trigger}")
        op.execute("DROP TABLE events_fts")
    for name in _NEW_INDEXES:
        op.drop_index(name, table_name="events")
    for name, columns in _OLD_INDEXES.items():
        op.create_index(name, "events", columns, unique=False)
    op.drop_column("events", "date_span")
