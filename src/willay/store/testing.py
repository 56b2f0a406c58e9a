"""Test support: throw-away PostgreSQL databases and hand-built reports (for any part's tests).

The server is the development one at 127.0.0.1:5432 (trust authentication); its admin
URL can be changed with ``WILLAY_TEST_PG`` (``postgresql+psycopg://user@host:port/postgres``).
When the server cannot be reached the helpers raise :class:`StoreError` with a clear
message: storage tests fail, they never skip.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa

from willay.errors import StoreError
from willay.model import Claim, EventDate, EventReport, Span
from willay.store import schema as S

#: Admin URLs tried in turn when ``WILLAY_TEST_PG`` is not set.
DEFAULT_ADMIN_URLS = (
    "postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
    "postgresql+psycopg://{user}@127.0.0.1:5432/postgres",
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
)


def _admin_engine() -> sa.Engine:
    env = os.environ.get("WILLAY_TEST_PG")
    candidates = [env] if env else [u.format(user=getpass.getuser()) for u in DEFAULT_ADMIN_URLS]
    errors = []
    for url in candidates:
        engine = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
            return engine
        except sa.exc.SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            errors.append(f"{url}: {reason}")
            engine.dispose()
    raise StoreError("PostgreSQL test server unreachable at 127.0.0.1:5432 (start it, or set "
                     "WILLAY_TEST_PG): " + "; ".join(errors))


@contextmanager
def temporary_postgres_database(prefix: str = "willay_test") -> Iterator[str]:
    """Create a uniquely named database, yield its URL, drop it afterwards."""
    admin = _admin_engine()
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))  # name built above, not input
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def clear_tables(url: str) -> None:
    """Empty every table of the store (between tests sharing one database)."""
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                names = ", ".join(t.name for t in S.metadata.sorted_tables)
                conn.execute(sa.text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
            else:
                for table in reversed(S.metadata.sorted_tables):
                    conn.execute(table.delete())
    finally:
        engine.dispose()


def span_of(text: str, quote: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th appearance of ``quote`` in ``text`` (checked)."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.find(quote, start + 1)
        if start < 0:
            raise ValueError(f"{quote!r} not in text")
    return Span.of(text, start, start + len(quote))


def claim(text: str, kind: str, value: int | None, quote: str, *,
          reporter: str | None = None, reporter_class: str | None = None,
          via: str | None = None, qualifier: str = "exact", low: int | None = None,
          high: int | None = None, as_of: dt.date | None = None) -> Claim:
    """A hand-built claim whose evidence is ``quote`` found in ``text``."""
    return Claim(kind=kind, value=value, evidence=span_of(text, quote), low=low, high=high,
                 qualifier=qualifier, reporter=reporter, reporter_class=reporter_class,
                 via=via, as_of=as_of)


def report(text: str, doc_id: str, report_id: str, trigger: str, *,
           event_type: str = "Protests", sub_event_type: str = "Peaceful protest",
           date: EventDate | None = None, country: str | None = None,
           admin1: str | None = None, location: str | None = None,
           latitude: float | None = None, longitude: float | None = None,
           geo_precision: int | None = None, actor1: str | None = None,
           actor2: str | None = None, tags: list[str] | None = None,
           claims: list[Claim] | None = None, confidence: float = 0.7,
           evidence: dict[str, str] | None = None) -> EventReport:
    """A hand-built report: ``trigger`` and each ``evidence`` value are quotes of ``text``."""
    disorder = {"Protests": "Demonstrations", "Riots": "Demonstrations",
                "Strategic developments": "Strategic developments"}.get(
                    event_type, "Political violence")
    return EventReport(
        id=report_id, doc_id=doc_id, event_type=event_type, sub_event_type=sub_event_type,
        disorder_type=disorder, trigger=span_of(text, trigger), tags=list(tags or []),
        date=date, country=country, admin1=admin1, location=location, latitude=latitude,
        longitude=longitude, geo_precision=geo_precision, actor1=actor1, actor2=actor2,
        claims=list(claims or []), confidence=confidence,
        evidence={k: [span_of(text, q)] for k, q in (evidence or {}).items()},
    )


def twin_doc_ids(chars: int = 4, report_id: str = "e1") -> tuple[str, str]:
    """Two document ids whose one-report events get ids sharing their first ``chars`` hex
    digits (found by search, for tests of ambiguous id prefixes)."""
    from willay.resolve.cluster import event_id_for
    from willay.store.rows import report_key

    seen: dict[str, str] = {}
    n = 0
    while True:
        doc_id = f"twin-{n}"
        start = event_id_for([report_key(doc_id, report_id)])[: 3 + chars]
        if start in seen:
            return seen[start], doc_id
        seen[start] = doc_id
        n += 1
