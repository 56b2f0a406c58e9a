"""Benchmark: filtered event queries of the REST API over a store of generated events.

Fills a SQLite store (or the database given with --db) with N generated events (default
100,000) written straight into the store's ``events`` table with SQLAlchemy Core, then
times ``GET /api/events`` through the whole application stack (middleware, validation,
store query and count, serialisation) in-process: filtered pages (median and p95), the
map's unfiltered ``limit=1000`` request (median of several), and text searches (``q``).

    python benchmarks/bench_api.py [--events 100000] [--repeat 200] [--db URL]

Each figure is the time of one request as a client sees it. The text searches look for
words of the generated places and actors (``cgtp``, ``rioters``, ``town 42``...).
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


#: Words the text searches look for: rare, common and two-word (a place and its number).
SEARCHES = ["cgtp", "rioters", "military bolivia", "labour", "confederation", "police peru"]


def search_query(rng: random.Random) -> dict[str, str]:
    """One text search, as the dashboard's text box sends it."""
    words = rng.choice([*SEARCHES, f"town {rng.randrange(5000)}"])
    return {"q": words, "limit": "100"}


def _timed(client: TestClient, params: dict[str, str]) -> tuple[float, dict[str, Any]]:
    t = time.perf_counter()
    r = client.get("/api/events", params=params)
    ms = (time.perf_counter() - t) * 1000
    r.raise_for_status()
    return ms, r.json()


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[int(0.95 * (len(ordered) - 1))]


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
        searches: list[float] = []
        found: list[int] = []
        maps: list[float] = []
        with TestClient(app) as client:
            client.get("/api/events", params={"limit": "1"})  # warm-up
            for _ in range(args.repeat):
                ms, body = _timed(client, queries(rng))
                times.append(ms)
                matched.append(body["total"])
            for _ in range(max(1, args.repeat // 4)):
                ms, body = _timed(client, search_query(rng))
                searches.append(ms)
                found.append(body["total"])
            for _ in range(5):
                maps.append(_timed(client, {"limit": "1000"})[0])
        app.state.reader.store.close()
        times.sort()
        print(f"GET /api/events with filters over {args.events} events, {args.repeat} queries "
              f"(median {statistics.median(matched):.0f} matching events, first 100 returned)")
        print(f"  median {statistics.median(times):.1f} ms   p95 {_p95(times):.1f} ms   "
              f"max {times[-1]:.1f} ms")
        print(f"GET /api/events?limit=1000 (the map's request, no filter), 5 times: "
              f"median {statistics.median(maps):.1f} ms   first {maps[0]:.1f} ms")
        print(f"GET /api/events?q=... (text search), {len(searches)} queries "
              f"(median {statistics.median(found):.0f} matching events)")
        print(f"  median {statistics.median(searches):.1f} ms   p95 {_p95(searches):.1f} ms   "
              f"max {max(searches):.1f} ms")


if __name__ == "__main__":
    main()
