"""Database schema: the SQLAlchemy Core tables of the store (only the repository uses them).

Migrations (``willay/store/migrations``) create and change these tables; a test checks that
a migrated database matches this module exactly.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

_ID = 64  # document and event ids (content hashes and ids derived from them)
_KEY = 200  # report keys: "<doc id>:<report id>"

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(_ID), primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("url_hash", sa.String(64), index=True),
    sa.Column("content_hash", sa.String(64), nullable=False, index=True),
    sa.Column("title", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("published_precision", sa.String(8)),
    sa.Column("language", sa.String(16)),
    sa.Column("language_score", sa.Float),
    sa.Column("source", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("extra", sa.JSON, nullable=False),  # warnings, removed spans, raw offsets
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("n_tallies", sa.Integer, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False, index=True),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("key", sa.String(_KEY), primary_key=True),
    sa.Column("report_id", sa.Text, nullable=False),
    sa.Column("doc_id", sa.String(_ID), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("event_type", sa.String(64), nullable=False),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("disorder_type", sa.String(64), nullable=False),
    sa.Column("block", sa.String(_KEY), nullable=False),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("actor1", sa.Text),
    sa.Column("actor2", sa.Text),
    sa.Column("modality", sa.String(16), nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("published", sa.Date),
    sa.Column("data", sa.JSON, nullable=False),  # the report as in the output contract
    sa.Column("event_id", sa.String(_ID), index=True),
    sa.Column("pending", sa.Boolean, nullable=False),
    sa.Index("ix_reports_block_date", "block", "date_start"),
    sa.Index("ix_reports_pending", "pending"),
)

claims = sa.Table(
    "claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_key", sa.String(_KEY), sa.ForeignKey("reports.key", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("doc_id", sa.String(_ID), nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("value", sa.BigInteger),
    sa.Column("low", sa.BigInteger),
    sa.Column("high", sa.BigInteger),
    sa.Column("qualifier", sa.String(16), nullable=False),
    sa.Column("reporter", sa.Text),
    sa.Column("reporter_class", sa.String(16)),
    sa.Column("via", sa.Text),
    sa.Column("scope", sa.String(16), nullable=False),
    sa.Column("as_of", sa.Date),
    sa.Column("published", sa.Date),
    sa.Column("ev_start", sa.Integer, nullable=False),
    sa.Column("ev_end", sa.Integer, nullable=False),
    sa.Column("ev_quote", sa.Text, nullable=False),
    sa.Column("rep_start", sa.Integer),
    sa.Column("rep_end", sa.Integer),
    sa.Column("rep_quote", sa.Text),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(_ID), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("report_key", sa.String(_KEY), index=True),
    sa.Column("field", sa.String(64), nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("quote", sa.Text, nullable=False),
)

tallies = sa.Table(
    "tallies",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(_ID), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("series", sa.String(400), nullable=False, index=True),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("value", sa.BigInteger),
    sa.Column("low", sa.BigInteger),
    sa.Column("high", sa.BigInteger),
    sa.Column("qualifier", sa.String(16), nullable=False),
    sa.Column("as_of", sa.String(32)),
    sa.Column("as_of_date", sa.Date),
    sa.Column("since", sa.String(32)),
    sa.Column("country", sa.String(8), index=True),
    sa.Column("admin1", sa.Text),
    sa.Column("scope", sa.Text),
    sa.Column("reporter", sa.Text),
    sa.Column("reporter_class", sa.String(16)),
    sa.Column("via", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("ev_start", sa.Integer, nullable=False),
    sa.Column("ev_end", sa.Integer, nullable=False),
    sa.Column("ev_quote", sa.Text, nullable=False),
)

#: Prefix of the full-text objects beside ``events``, made by migration r0004 and outside this
#: module: on SQLite the FTS5 table ``events_fts`` (its shadow tables and triggers), on
#: PostgreSQL the GIN indexes ``events_fts_search`` and ``events_fts_actors``.
FTS_PREFIX = "events_fts"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For alembic's comparisons: every object but the full-text ones."""
    return not (name or "").startswith(FTS_PREFIX)


events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String(_ID), primary_key=True),
    sa.Column("block", sa.String(_KEY), nullable=False, index=True),
    sa.Column("event_type", sa.String(64), nullable=False),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("disorder_type", sa.String(64), nullable=False),
    sa.Column("tags", sa.JSON, nullable=False),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("date_precision", sa.String(16)),
    # date_start, or 0001-01-01 when undated: a non-null key for indexed date order
    sa.Column("sort_date", sa.Date, nullable=False),
    # days from date_start to date_end (null when undated): its maximum bounds how far
    # before a date range an overlapping event can start, so date filters stay index ranges
    sa.Column("date_span", sa.Integer),
    sa.Column("country", sa.String(8)),
    sa.Column("admin1", sa.Text),
    sa.Column("admin2", sa.Text),
    sa.Column("location", sa.Text),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("actor1", sa.Text),
    sa.Column("actor1_type", sa.Text),
    sa.Column("actor2", sa.Text),
    sa.Column("actor2_type", sa.Text),
    sa.Column("fatalities_best", sa.BigInteger),
    sa.Column("fatalities_low", sa.BigInteger),
    sa.Column("fatalities_high", sa.BigInteger),
    sa.Column("injured_best", sa.BigInteger),
    sa.Column("arrested_best", sa.BigInteger),
    sa.Column("crowd_size_best", sa.BigInteger),
    sa.Column("figures", sa.JSON, nullable=False),  # kind -> Figure.to_dict()
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("n_documents", sa.Integer, nullable=False),
    sa.Column("search", sa.Text, nullable=False),  # lower-cased words for text search
    sa.Column("data", sa.JSON, nullable=False),  # report keys, provenance
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_events_date", "date_start", "date_end"),
    sa.Index("ix_events_sort", "sort_date", "id"),
    # each exact filter with the date order of the list: a page is one index range, read in
    # order and left after `limit` rows
    sa.Index("ix_events_country_sort", "country", "sort_date", "id"),
    sa.Index("ix_events_admin1_sort", "admin1", "sort_date", "id"),
    sa.Index("ix_events_type_sort", "event_type", "sort_date", "id"),
    sa.Index("ix_events_sub_type_sort", "sub_event_type", "sort_date", "id"),
    sa.Index("ix_events_date_span", "date_span"),
    sa.Index("ix_events_lat_lon", "latitude", "longitude"),
    sa.Index("ix_events_confidence", "confidence"),
    sa.Index("ix_events_actor1", "actor1"),
    sa.Index("ix_events_actor2", "actor2"),
)

revisions = sa.Table(
    "revisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(_ID), nullable=False, index=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_key", sa.String(_KEY), nullable=False, index=True),
    sa.Column("event_id", sa.String(_ID), index=True),
    sa.Column("candidate", sa.String(_KEY)),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("score", sa.Float),
    sa.Column("reasons", sa.JSON, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)

overrides = sa.Table(
    "overrides",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),  # must_link | cannot_link
    sa.Column("a", sa.String(_KEY), nullable=False, index=True),
    sa.Column("b", sa.String(_KEY), nullable=False, index=True),
    sa.Column("note", sa.Text),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
)
