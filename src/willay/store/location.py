"""Database locations: a plain path or a URL as the user gives it, and whether the file exists."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from willay.config import Settings
from willay.errors import NotFoundError


def database_url(value: str | None = None) -> str:
    """The SQLAlchemy URL for ``value``: a URL (``sqlite:///x.db``, ``postgresql+psycopg://...``)
    as it is, a plain path (``willay.db``, ``~/crisis/peru.db``) as a SQLite file, ``None``
    as the configured database (``WILLAY_DB``, which may itself be a path)."""
    text = (value or Settings.from_env().db_url).strip()
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; ``None`` for in-memory SQLite, other backends or bad URLs."""
    try:
        parsed = make_url(url)
    except Exception:  # the store reports a URL it cannot parse, in one line
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def require_database(url: str) -> None:
    """Raise :class:`NotFoundError` when ``url`` names a SQLite file that does not exist.

    Commands that only read call this first, so that a mistyped path or a folder without a
    database gets a clear message instead of a new, empty database.
    """
    path = sqlite_file(url)
    if path is not None and not path.is_file():
        raise NotFoundError(f"no database at {path}; run `willay ingest PATH... --db {path}` "
                            "first")
