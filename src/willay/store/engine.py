"""Engines and migrations: open a database URL (SQLite or PostgreSQL) and bring it to head.

SQLite files run in WAL mode with a busy timeout, and write transactions begin with
``BEGIN IMMEDIATE`` so that concurrent writers queue instead of failing midway.
Migrations run under a lock (SQLite: the write lock; PostgreSQL: an advisory lock), so
two processes opening a new database at once migrate it exactly once.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL, Engine, make_url

from willay.errors import StoreError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: Seconds a SQLite connection waits for another writer before giving up.
SQLITE_BUSY_TIMEOUT = 60.0
#: Bytes of a SQLite file read through a memory map, and KiB of page cache per connection.
SQLITE_MMAP_BYTES = 1 << 30
SQLITE_CACHE_KIB = 65_536
#: Key of the PostgreSQL advisory lock held while migrating ("willay" in ASCII).
PG_MIGRATION_LOCK = 0x77696C6C6179
#: Key of the PostgreSQL advisory lock held while resolving reports into events.
PG_RESOLVE_LOCK = 0x77696C6C6180


def safe_url(url: str | URL) -> str:
    """The URL as text with any password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # a URL SQLAlchemy cannot parse is shown as given
        return str(url)


def parse_url(url: str) -> URL:
    """Parse and check a database URL; ``postgresql://`` is read as ``postgresql+psycopg://``."""
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise StoreError(f"{url}: not a database URL ({exc})") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"{safe_url(parsed)}: unsupported database (use sqlite:/// or "
                         "postgresql+psycopg://)")
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _sqlite_engine(url: URL, *, immediate: bool) -> Engine:
    database = url.database or ""
    if database and database != ":memory:":
        parent = Path(database).expanduser().resolve().parent
        if not parent.is_dir():
            raise StoreError(f"{safe_url(url)}: folder {parent} does not exist")
    in_memory = not database or database == ":memory:"
    if in_memory:  # one shared connection, or every connection would see its own database
        engine = sa.create_engine(url, poolclass=sa.pool.StaticPool,
                                  connect_args={"check_same_thread": False})
    else:
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(SQLITE_BUSY_TIMEOUT * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if database and database != ":memory:":
            _set_wal(cursor)
            cursor.execute("PRAGMA synchronous = NORMAL")
            # pages read through a memory map and a larger page cache: the row lookups of
            # an index range cost no system call each (a store of a million events is ~1 GB)
            cursor.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
            cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _set_wal(cursor: Any) -> None:
    """Switch a SQLite file to WAL. Changing the journal mode needs the file to itself and
    SQLite does not always wait for it, so two processes opening a new file at once retry."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def create_engines(url: str) -> tuple[Engine, Engine]:
    """(writer, reader) engines for a URL; on PostgreSQL both are the same engine."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            engine = _sqlite_engine(parsed, immediate=True)
            return engine, engine
        return _sqlite_engine(parsed, immediate=True), _sqlite_engine(parsed, immediate=False)
    engine = sa.create_engine(parsed, pool_pre_ping=True)
    return engine, engine


def _alembic_config(connection: sa.Connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest revision of the shipped migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    if head is None:
        raise StoreError("no migrations shipped with willay.store")
    return head


def current_revision(connection: sa.Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the database to the newest schema; a no-op when it is already there."""
    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT
    while True:
        try:
            _migrate_once(engine)
            return
        except StoreError as exc:
            # a new SQLite file being set up by another process at the same moment
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _migrate_once(engine: Engine) -> None:
    head = head_revision()
    where = safe_url(engine.url)
    try:
        with engine.connect() as conn:
            if current_revision(conn) == head:
                return
        with engine.begin() as conn:  # SQLite: BEGIN IMMEDIATE holds the write lock
            if conn.dialect.name == "postgresql":
                conn.execute(sa.select(sa.func.pg_advisory_xact_lock(PG_MIGRATION_LOCK)))
            if current_revision(conn) != head:
                command.upgrade(_alembic_config(conn), "head")
    except StoreError:
        raise
    except Exception as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{where}: cannot open or migrate the database ({message})") from exc
