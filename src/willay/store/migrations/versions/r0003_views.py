"""Revision 0003: readable views for Datasette and SQL users (events, claims, documents, tallies).

Revision ID: r0003
Revises: r0002
Create Date: 2026-12-04

Both dialects get the same four views; only the list of an event's sources is written per
dialect (``group_concat`` on SQLite, ``string_agg`` on PostgreSQL). The views are not in
``schema.py`` (tables only): ``tests/store/test_views.py`` checks them.

A later revision that rebuilds ``events``, ``claims``, ``reports``, ``documents`` or
``tallies`` on SQLite (``op.batch_alter_table`` copies, drops and renames the table) must drop
these views first and create them again afterwards: SQLite refuses to rename a table while a
view refers to a table that is missing.
"""

from __future__ import annotations

from alembic import op

revision = "r0003"
down_revision = "r0002"
branch_labels = None
depends_on = None

VIEWS = ("events_view", "claims_view", "documents_view", "tallies_view")

_SOURCES = {
    "sqlite": """(SELECT group_concat(publisher, '; ') FROM (
                    SELECT DISTINCT d.publisher FROM reports r
                    JOIN documents d ON d.id = r.doc_id
                    WHERE r.event_id = e.id AND d.publisher IS NOT NULL
                    ORDER BY d.publisher))""",
    "postgresql": """(SELECT string_agg(DISTINCT d.publisher, '; ' ORDER BY d.publisher)
                    FROM reports r JOIN documents d ON d.id = r.doc_id
                    WHERE r.event_id = e.id)""",
}

_EVENTS = """
CREATE VIEW events_view AS
SELECT e.id, e.date_start AS date, e.date_end, e.date_precision,
       e.event_type, e.sub_event_type, e.disorder_type, CAST(e.tags AS TEXT) AS tags,
       e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.geo_precision,
       e.actor1, e.actor1_type, e.actor2, e.actor2_type,
       e.fatalities_best AS fatalities, e.fatalities_low, e.fatalities_high,
       e.injured_best AS injured, e.arrested_best AS arrested,
       e.crowd_size_best AS crowd_size, e.confidence, e.n_reports, e.n_documents,
       {sources} AS sources, e.updated_at
FROM events e
"""

_CLAIMS = """
CREATE VIEW claims_view AS
SELECT c.id, r.event_id, c.kind, c.value, c.low, c.high, c.qualifier,
       c.reporter, c.reporter_class, c.via, c.scope, c.as_of,
       c.ev_quote AS quote, c.ev_start AS quote_start, c.ev_end AS quote_end,
       c.doc_id, d.publisher, d.published, d.title, d.url, c.report_key
FROM claims c
JOIN reports r ON r.key = c.report_key
JOIN documents d ON d.id = c.doc_id
"""

_DOCUMENTS = """
CREATE VIEW documents_view AS
SELECT d.id, d.published, d.publisher, d.title, d.author, d.url, d.language,
       d.n_reports, d.n_tallies, d.ingested_at, d.source
FROM documents d
"""

_TALLIES = """
CREATE VIEW tallies_view AS
SELECT t.id, t.kind, t.value, t.low, t.high, t.qualifier, t.as_of_date AS as_of, t.since,
       t.country, t.admin1, t.scope, t.reporter, t.reporter_class, t.via,
       t.ev_quote AS quote, t.ev_start AS quote_start, t.ev_end AS quote_end,
       t.doc_id, d.publisher, d.published, d.title, d.url
FROM tallies t
JOIN documents d ON d.id = t.doc_id
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(_EVENTS.format(sources=_SOURCES.get(dialect, _SOURCES["postgresql"])))
    op.execute(_CLAIMS)
    op.execute(_DOCUMENTS)
    op.execute(_TALLIES)


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
