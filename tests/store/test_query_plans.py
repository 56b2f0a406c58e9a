"""Each documented event filter is served by an index, on SQLite and on PostgreSQL.

The plans are the databases' own (``EXPLAIN QUERY PLAN`` on SQLite, ``EXPLAIN`` on
PostgreSQL with sequential scans turned off, through :meth:`Store.query_plans`), of both
queries a page needs: the page itself and the count, over a few thousand generated events.
No plan may read the whole ``events`` table, with one exception: on SQLite (which keeps no
statistics of value ranges) a page filtered by ``min_confidence`` alone walks the date
index from the newest event and stops after ``limit`` matches, while its count is a search
of ``ix_events_confidence`` (PostgreSQL searches that index for both).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from willay.model import Event, EventDate
from willay.store import EventFilter, Store
from willay.store import schema as S
from willay.store.engine import create_engines
from willay.store.rows import event_row
from willay.store.testing import temporary_postgres_database

N_EVENTS = 4000
PLACES = {"PE": ("Puno", -15.8, -70.0), "BO": ("Oruro", -17.9, -67.1),
          "CO": ("Cauca", 2.4, -76.6), "MX": ("Oaxaca", 17.0, -96.7)}
TYPES = [("Protests", "Peaceful protest"), ("Riots", "Mob violence"),
         ("Violence against civilians", "Attack"), ("Strategic developments", "Arrests"),
         ("Battles", "Armed clash")]

#: One selective value of every filter the API and the store document.
FILTERS = {
    "date_from": EventFilter(date_from=dt.date(2023, 12, 20)),
    "date_to": EventFilter(date_to=dt.date(2021, 1, 10)),
    "date range": EventFilter(date_from=dt.date(2022, 3, 1), date_to=dt.date(2022, 3, 10)),
    "event_type": EventFilter(event_type="Battles"),
    "sub_event_type": EventFilter(sub_event_type="Armed clash"),
    "country": EventFilter(country="mx"),
    "admin1": EventFilter(admin1="Oaxaca 7"),
    "bbox": EventFilter(bbox=(-70.1, -15.9, -69.9, -15.7)),
    "actor": EventFilter(actor="miners"),
    "q": EventFilter(text="village 42"),
    "min_confidence": EventFilter(min_confidence=0.995),
    "after (cursor)": EventFilter(after="2021-01-20~ev-000001"),
    "country + dates + type (the dashboard's)": EventFilter(
        country="PE", date_from=dt.date(2022, 3, 1), date_to=dt.date(2022, 5, 30),
        event_type="Riots"),
}


def _fill(url: str) -> None:
    Store(url).close()
    writer = create_engines(url)[0]
    rng = random.Random(3)
    now = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    rows = []
    for i in range(N_EVENTS):
        country = rng.choice(sorted(PLACES))
        region, lat, lon = PLACES[country]
        event_type, sub_type = rng.choice(TYPES)
        day = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        event = Event(
            id=f"ev-{i:06d}", reports=[], event_type=event_type, sub_event_type=sub_type,
            disorder_type="Demonstrations", tags=[],
            date=EventDate.between(day, day + dt.timedelta(days=rng.choice([0, 0, 0, 2]))),
            country=country, admin1=f"{region} {i % 50}", location=f"Village {i % 500}",
            latitude=lat + rng.uniform(-3, 3), longitude=lon + rng.uniform(-3, 3),
            geo_precision=1, actor1=rng.choice(["Protesters", "Police Forces", "Farmers"]),
            actor2="Miners" if i % 97 == 0 else None,
            confidence=round(rng.uniform(0.3, 1.0), 3))
        row = event_row(event, f"{country}:{i % 31}", [])
        row.update(created_at=now, updated_at=now)
        rows.append(row)
    with writer.begin() as conn:
        conn.execute(sa.insert(S.events), rows)
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("ANALYZE events")
    writer.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('plans')) / 'plans.db'}"
        _fill(url)
        with Store(url) as store:
            yield store
        return
    with temporary_postgres_database() as url:
        _fill(url)
        with Store(url) as store:
            yield store


#: Filters whose page may walk the date index in order (see the module's text).
ORDERED_WALK = {"min_confidence"}


def full_scans(store: Store, plan: list[str]) -> list[str]:
    """The steps of a plan that read the whole events table."""
    if store.backend == "sqlite":
        # "SCAN events" (the table, or all of one of its indexes), not "SEARCH events USING
        # INDEX ... (column=?)" nor the full-text table's "SCAN events_fts VIRTUAL TABLE"
        return [step for step in plan if re.match(r"\s*SCAN events\b(?!_)", step)]
    scans = [step for step in plan if "Seq Scan on events" in step]
    if not any("Index Cond" in step for step in plan):  # a walk of a whole index
        scans.append("no index condition: " + " / ".join(s.strip() for s in plan))
    return scans


@pytest.mark.parametrize("name", sorted(FILTERS))
def test_each_filter_is_an_index_search(filled: Store, name: str) -> None:
    flt = FILTERS[name]
    plans = filled.query_plans(flt, prefer_indexes=True)
    assert filled.list_events(flt), f"{name}: the check needs matching events"
    scans = full_scans(filled, plans["list"])
    if name in ORDERED_WALK and filled.backend == "sqlite":
        scans = [step for step in scans if "USING INDEX ix_events_sort" not in step]
    assert scans == [], (name, plans["list"])
    if flt.after is None:  # a cursor is a page of an unfiltered list: its count is cached
        assert full_scans(filled, plans["count"]) == [], (name, plans["count"])


def test_a_full_scan_is_reported(filled: Store) -> None:
    """The check itself: a query without an index (a column nothing indexes) is caught."""
    with filled._read() as conn, conn.begin():  # a query the store never makes
        if filled.backend == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        query = sa.select(sa.func.count()).select_from(S.events).where(
            S.events.c.admin2 == "nowhere")
        sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        explain = "EXPLAIN QUERY PLAN " if filled.backend == "sqlite" else "EXPLAIN "
        plan = [str(r[-1]) for r in conn.exec_driver_sql(explain + sql)]
    assert full_scans(filled, plan)
