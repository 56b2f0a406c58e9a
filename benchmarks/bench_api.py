"""Benchmark: filtered event queries of the REST API over a store of generated events.

Fills a SQLite store (or the database given with --db) with N generated events (default
100,000) written straight into the store's ``events`` table with SQLAlchemy Core, then
times ``GET /api/events`` with filters through the whole application stack (middleware,
validation, store query, serialisation) in-process, and prints the median and p95.

    python benchmarks/bench_api.py [--events 100000] [--repeat 200] [--db URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from fastapi.testclient import TestClient

from willay.api.app import create_app
from willay.model import Event, EventDate, Figure
from willay.store import Store
from willay.store import schema as S
from willay.store.engine import create_engines
from willay.store.rows import event_row

COUNTRIES = {  # code: (regions, centre latitude, centre longitude)
    "PE": (["Puno", "Cusco", "Lima", "Arequipa", "Ayacucho", "Apurímac"], -12.0, -75.0),
    "BO": (["La Paz", "Santa Cruz", "Cochabamba", "Oruro"], -17.0, -65.0),
    "BR": (["Distrito Federal", "São Paulo", "Rio de Janeiro", "Bahia"], -15.0, -48.0),
    "CO": (["Bogotá", "Antioquia", "Cauca", "Valle del Cauca"], 4.5, -74.0),
    "CL": (["Santiago Metropolitan", "Valparaíso", "Biobío"], -33.5, -70.6),
    "EC": (["Pichincha", "Guayas", "Azuay"], -1.5, -78.5),
    "AR": (["Buenos Aires", "Córdoba", "Mendoza"], -34.6, -58.4),
    "MX": (["Ciudad de México", "Jalisco", "Oaxaca", "Chiapas"], 19.4, -99.1),
}
TYPES = [
    ("Protests", "Peaceful protest", "Demonstrations"),
    ("Protests", "Protest with intervention", "Demonstrations"),
    ("Protests", "Excessive force against protesters", "Demonstrations"),
    ("Riots", "Violent demonstration", "Demonstrations"),
    ("Violence against civilians", "Attack", "Political violence"),
    ("Strategic developments", "Arrests", "Strategic developments"),
]
ACTORS = ["Protesters (Peru)", "Police Forces of Peru", "Military Forces of Bolivia",
          "CGTP: General Confederation of Workers of Peru", "Rioters (Brazil)",
          "Protesters (Colombia)", "Labour Group (Chile)"]
START = dt.date(2021, 1, 1)


def generated_event(i: int, rng: random.Random) -> Event:
    country = rng.choice(sorted(COUNTRIES))
    regions, lat, lon = COUNTRIES[country]
    event_type, sub_type, disorder = rng.choice(TYPES)
    day = START + dt.timedelta(days=rng.randrange(3 * 365))
    dead = rng.choice([0, 0, 0, 0, 1, 2, 5, 17])
    return Event(
        id=f"bench{i:07d}", reports=[], event_type=event_type, sub_event_type=sub_type,
        disorder_type=disorder, tags=[], date=EventDate.day(day), country=country,
        admin1=rng.choice(regions), location=f"Town {i % 5000}",
        latitude=lat + rng.uniform(-4, 4), longitude=lon + rng.uniform(-4, 4),
        geo_precision=1, actor1=rng.choice(ACTORS), actor2=rng.choice([None, *ACTORS]),
        fatalities=Figure(dead, dead, dead + rng.choice([0, 0, 5])) if dead else None,
        confidence=round(rng.uniform(0.3, 1.0), 2),
    )


def fill(url: str, n: int, seed: int = 7) -> None:
    """Write n generated events into the store's events table (migrated by Store)."""
    Store(url).close()
    writer = create_engines(url)[0]
    rng = random.Random(seed)
    now = dt.datetime.now(dt.UTC)
    batch: list[dict[str, Any]] = []
    with writer.begin() as conn:
        conn.execute(sa.delete(S.events))
        for i in range(n):
            event = generated_event(i, rng)
            row = event_row(event, f"{event.country}:{i % 997}", [])
            row.update(created_at=now, updated_at=now)
            batch.append(row)
            if len(batch) == 5000:
                conn.execute(sa.insert(S.events), batch)
                batch = []
        if batch:
            conn.execute(sa.insert(S.events), batch)
    writer.dispose()


def queries(rng: random.Random) -> dict[str, str]:
    """One filtered query of the kind the dashboard sends."""
    country = rng.choice(sorted(COUNTRIES))
    start = START + dt.timedelta(days=rng.randrange(3 * 365 - 90))
    params = {"country": country, "date_from": start.isoformat(),
              "date_to": (start + dt.timedelta(days=90)).isoformat(), "limit": "100"}
    extra = rng.choice(["type", "region", "confidence", "bbox", "none"])
    if extra == "type":
        params["event_type"] = rng.choice(TYPES)[0]
    elif extra == "region":
        params["admin1"] = rng.choice(COUNTRIES[country][0])
    elif extra == "confidence":
        params["min_confidence"] = "0.6"
    elif extra == "bbox":
        _, lat, lon = COUNTRIES[country]
        params["bbox"] = f"{lon - 2},{lat - 2},{lon + 2},{lat + 2}"
    return params


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary file)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="willay-bench-") as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        t0 = time.perf_counter()
        fill(url, args.events)
        print(f"filled {args.events} events in {time.perf_counter() - t0:.1f} s")
        app = create_app(url)
        rng = random.Random(11)
        times: list[float] = []
        matched: list[int] = []
        with TestClient(app) as client:
            client.get("/api/events", params={"limit": "1"})  # warm-up
            for _ in range(args.repeat):
                params = queries(rng)
                t = time.perf_counter()
                r = client.get("/api/events", params=params)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
                matched.append(r.json()["total"])
            t = time.perf_counter()
            r = client.get("/api/events", params={"limit": "1000"})
            page_ms = (time.perf_counter() - t) * 1000
        app.state.reader.store.close()
        times.sort()
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"GET /api/events with filters over {args.events} events, {args.repeat} queries "
              f"(median {statistics.median(matched):.0f} matching events, first 100 returned)")
        print(f"  median {statistics.median(times):.1f} ms   p95 {p95:.1f} ms   "
              f"max {times[-1]:.1f} ms")
        print(f"GET /api/events?limit=1000 (the map's request, no filter): {page_ms:.1f} ms")


if __name__ == "__main__":
    main()
