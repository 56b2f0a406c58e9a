"""Tests of the store's migrations: idempotent, matching the schema module, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from willay.errors import StoreError
from willay.store import Store
from willay.store import schema as S
from willay.store.engine import head_revision
from willay.store.testing import temporary_postgres_database


def _context(conn: sa.Connection) -> MigrationContext:
    """A comparison context that leaves out the full-text objects (not in schema.py)."""
    return MigrationContext.configure(conn, opts={"include_name": S.include_name})


def _check(url: str) -> None:
    Store(url).close()
    Store(url).close()  # a second open is a no-op
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            context = _context(conn)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, S.metadata) == []
    finally:
        engine.dispose()


def test_sqlite_migrates_to_the_schema(tmp_path: Path) -> None:
    _check(f"sqlite:///{tmp_path / 'm.db'}")


def test_postgres_migrates_to_the_schema() -> None:
    with temporary_postgres_database() as url:
        _check(url)


def test_bad_urls_give_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unsupported database"):
        Store("mysql://x@localhost/db")
    with pytest.raises(StoreError, match="not a database URL"):
        Store("not a url")
    with pytest.raises(StoreError, match="does not exist"):
        Store(f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    with pytest.raises(StoreError, match=r"\*\*\*.*cannot open") as info:
        Store("postgresql+psycopg://me:secret@127.0.0.1:1/none")
    assert "secret" not in str(info.value) and "\n" not in str(info.value)


def _upgrade_from_first_revision(url: str) -> None:
    """A database left at r0001 with an event in it is brought to head, data kept."""
    import datetime as dt

    from alembic import command

    from willay.store.engine import _alembic_config

    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            command.upgrade(_alembic_config(conn), "r0001")
            now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
            conn.execute(sa.text(
                "INSERT INTO events (id, block, event_type, sub_event_type, disorder_type, "
                "tags, date_start, figures, confidence, n_reports, n_documents, search, data, "
                "created_at, updated_at) VALUES ('ev-old', 'b', 'Protests', 'Peaceful protest',"
                " 'Demonstrations', '[]', :day, '{}', 0.5, 1, 1, '', '{}', :now, :now)"),
                {"day": dt.date(2030, 5, 1), "now": now})
        with Store(url) as store:
            assert [e.id for e in store.list_events()] == ["ev-old"]
        with engine.connect() as conn:
            day = conn.execute(sa.text("SELECT sort_date FROM events")).scalar_one()
            assert str(day)[:10] == "2030-05-01"
            assert compare_metadata(_context(conn), S.metadata) == []
    finally:
        engine.dispose()


def test_upgrade_keeps_data_sqlite(tmp_path: Path) -> None:
    _upgrade_from_first_revision(f"sqlite:///{tmp_path / 'old.db'}")


def test_upgrade_keeps_data_postgres() -> None:
    with temporary_postgres_database() as url:
        _upgrade_from_first_revision(url)


def test_in_memory_database_works() -> None:
    with Store("sqlite://") as store:
        assert store.stats().documents == 0 and store.list_events() == []
