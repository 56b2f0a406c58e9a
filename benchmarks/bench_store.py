"""Benchmark of the store: ingest rate (documents/s) and filtered event queries over 100,000 events.

    python benchmarks/bench_store.py                       # SQLite
    python benchmarks/bench_store.py --postgres            # SQLite and a temporary PostgreSQL DB
    python benchmarks/bench_store.py --docs 2000 --events 100000

Ingest stores synthetic one-report documents through ``Store.add_document`` with
resolution on (what ``willay ingest`` does after extraction). The query part fills the
``events`` table with synthetic rows in bulk and times ``list_events`` (a page of 100) and
``count_events`` for each filter of the HTTP API; each figure is the median of 5 runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_resolve import synthetic

from willay.store import EventFilter, Store
from willay.store import schema as S

FILTERS: dict[str, EventFilter] = {
    "no filter (newest page)": EventFilter(),
    "date range (1 month)": EventFilter(date_from=dt.date(2030, 3, 1),
                                        date_to=dt.date(2030, 3, 31)),
    "country + admin1": EventFilter(country="XC", admin1="Region XC2"),
    "type + sub-type": EventFilter(event_type="Protests",
                                   sub_event_type="Excessive force against protesters"),
    "bounding box": EventFilter(bbox=(-71.0, -12.5, -70.0, -11.5)),
    "actor": EventFilter(actor="teachers"),
    "text search": EventFilter(text="town xc21"),
    "min confidence 0.9": EventFilter(min_confidence=0.9),
    "combined (country, dates, type, conf.)": EventFilter(
        country="XB", date_from=dt.date(2030, 6, 1), date_to=dt.date(2030, 8, 31),
        event_type="Protests", min_confidence=0.5),
    "page 500 (offset 50,000)": EventFilter(offset=50_000),
}


def ingest_rate(url: str, n: int) -> float:
    docs, _ = synthetic(n, seed=11)
    with Store(url) as store:
        t0 = time.perf_counter()
        for doc in docs:
            store.add_document(doc)
        return n / (time.perf_counter() - t0)


def fill_events(url: str, n: int) -> None:
    rng = random.Random(5)
    subs = [("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
            ("Protests", "Excessive force against protesters"),
            ("Riots", "Violent demonstration"), ("Strategic developments", "Arrests")]
    actors = ["Protesters", "Teachers", "Miners", "Police", "Students", "Farmers"]
    now = dt.datetime.now(dt.UTC)
    with Store(url) as store:
        del store  # migrated
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        rows = []
        for i in range(n):
            c = "XABCDE"[1 + i % 5]
            region = rng.randrange(5)
            town = rng.randrange(12)
            day = dt.date(2030, 1, 1) + dt.timedelta(days=rng.randrange(730))
            typ, sub = rng.choice(subs)
            a1, a2 = rng.choice(actors), rng.choice([None, "Police"])
            location = f"Town X{c}{region}{town}"
            rows.append({
                "id": f"ev-{i:08d}", "block": f"X{c}|demonstrations", "event_type": typ,
                "sub_event_type": sub, "disorder_type": "Demonstrations", "tags": [],
                "date_start": day, "date_end": day, "date_precision": "day", "sort_date": day,
                "country": f"X{c}", "admin1": f"Region X{c}{region}", "admin2": None,
                "location": location, "latitude": -10 - region - town * 0.2,
                "longitude": -70 - town * 0.2, "geo_precision": 1, "actor1": a1,
                "actor1_type": None, "actor2": a2, "actor2_type": None,
                "fatalities_best": None, "fatalities_low": None, "fatalities_high": None,
                "injured_best": None, "arrested_best": None, "crowd_size_best": None,
                "figures": {}, "confidence": round(rng.random(), 3), "n_reports": 1,
                "n_documents": 1,
                "search": f"{location} region x{c}{region} x{c} {a1} {a2 or ''} {typ} {sub}"
                          .lower(),
                "data": {"reports": []}, "created_at": now, "updated_at": now,
            })
            if len(rows) == 5000:
                conn.execute(S.events.insert(), rows)
                rows = []
        if rows:
            conn.execute(S.events.insert(), rows)
        if engine.dialect.name == "postgresql":
            conn.execute(sa.text("ANALYZE events"))
        else:
            conn.execute(sa.text("ANALYZE"))
    engine.dispose()


def query_times(url: str) -> None:
    with Store(url) as store:
        for name, flt in FILTERS.items():
            page_ms, count_ms = [], []
            found = total = 0
            for _ in range(5):
                t0 = time.perf_counter()
                found = len(store.list_events(flt))
                t1 = time.perf_counter()
                total = store.count_events(flt)
                t2 = time.perf_counter()
                page_ms.append((t1 - t0) * 1000)
                count_ms.append((t2 - t1) * 1000)
            print(f"  {name:40s} page {statistics.median(page_ms):7.1f} ms "
                  f"({found:3d} rows)   count {statistics.median(count_ms):7.1f} ms "
                  f"({total:,} events)")


def run(label: str, ingest_url: str, query_url: str, docs: int, events: int) -> None:
    rate = ingest_rate(ingest_url, docs)
    print(f"{label}: ingest with resolution {docs} documents: {rate:,.0f} documents/s")
    t0 = time.perf_counter()
    fill_events(query_url, events)
    print(f"{label}: {events:,} events loaded in bulk in {time.perf_counter() - t0:.1f} s; "
          "queries:")
    query_times(query_url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run("SQLite", f"sqlite:///{Path(tmp) / 'ingest.db'}",
            f"sqlite:///{Path(tmp) / 'query.db'}", args.docs, args.events)
    if args.postgres:
        from willay.store.testing import temporary_postgres_database

        with temporary_postgres_database("willay_bench") as a, \
                temporary_postgres_database("willay_bench") as b:
            run("PostgreSQL", a, b, args.docs, args.events)


if __name__ == "__main__":
    main()
