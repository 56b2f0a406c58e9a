"""Benchmark of the gazetteer: build, load, lookup latency, memory and dev-set coverage.

Run from the repository root::

    python benchmarks/bench_geo.py            # uses (and builds if missing) the cached index
    python benchmarks/bench_geo.py --build    # also times a full rebuild

Prints figures; asserts nothing (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from willay.geo.resolver import Resolver

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "dev"


def _rss_mb() -> float:
    try:
        import psutil

        return float(psutil.Process(os.getpid()).memory_info().rss) / 2**20
    except ImportError:  # fall back to the peak
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn: Callable[[str], object], items: list[str]) -> tuple[float, float]:
    times = []
    for item in items:
        t0 = time.perf_counter()
        fn(item)
        times.append(time.perf_counter() - t0)
    times.sort()
    return statistics.mean(times) * 1e6, times[int(len(times) * 0.99) - 1] * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="time a full rebuild first")
    parser.add_argument("--names", type=int, default=2000, help="names to look up")
    parser.add_argument("--dev", type=Path, default=DEV, help="dev set directory")
    args = parser.parse_args()

    from willay.config import Settings
    from willay.geo import build
    from willay.geo.coverage import location_coverage
    from willay.geo.index import Gazetteer
    from willay.geo.resolver import Resolver

    cache = Settings.from_env().cache_dir
    if args.build:
        t0 = time.perf_counter()
        path = build.build(cache, force=True)
        print(f"build: {time.perf_counter() - t0:.1f} s "
              f"(peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    else:
        path = build.build(cache)
    print(f"index: {path.name}, {path.stat().st_size / 2**20:.0f} MB on disk")

    rss0 = _rss_mb()
    t0 = time.perf_counter()
    resolver = Resolver(Gazetteer(path))
    resolver.resolve("Juliaca")
    print(f"load + first lookup: {(time.perf_counter() - t0) * 1000:.1f} ms")

    with sqlite3.connect(path) as con:
        total = con.execute("SELECT count(*) FROM place").fetchone()[0]
        step = max(1, total // args.names)
        names = [r[0] for r in con.execute(
            "SELECT name FROM place WHERE id % ? = 0 ORDER BY id LIMIT ?", (step, args.names))]
    print(f"places: {total:,}; looking up {len(names)} names spread over the index")
    for label, fn in (("is_known", resolver.is_known),
                      ("resolve (cold)", resolver.resolve),
                      ("resolve (same names again)", resolver.resolve),
                      ("resolve country=PE", lambda n: resolver.resolve(n, country="PE"))):
        mean, p99 = _timed(fn, names)
        print(f"  {label:28s} mean {mean:7.1f} us   p99 {p99:7.1f} us")
    rss = _rss_mb()
    print(f"memory: RSS {rss:.0f} MB after lookups ({rss - rss0:+.0f} MB for the index)")

    gold = args.dev / "gold.jsonl"
    if gold.is_file():
        for use_country in (True, False):
            report = location_coverage(gold, resolver, use_country=use_country)
            hint = "with" if use_country else "without"
            print(f"dev gold locations {hint} the gold country as a hint: "
                  f"{report.admin1_ok}/{report.total} admin1 right, "
                  f"{report.country_ok}/{report.total} country right")
        _finder(args.dev, resolver)
    return 0


def _finder(dev: Path, resolver: Resolver) -> None:
    """PlaceFinder over the dev corpus: speed, and gold events whose place it finds."""
    from willay.extract.places import PlaceFinder
    from willay.geo.normalize import fold
    from willay.model.document import Document

    segment = None
    try:
        from willay.text.segment import Segmenter

        segment = Segmenter()
    except ImportError:
        pass
    finder = PlaceFinder(resolver)
    gold = {json.loads(line)["id"]: json.loads(line)
            for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line}
    docs = [json.loads(line) for line in (dev / "corpus.jsonl").read_text(encoding="utf-8")
            .splitlines() if line]
    found = total = 0
    elapsed = 0.0
    for record in docs:
        doc = Document(id=record["id"], text=record["text"], language=record["lang"])
        if segment is not None:
            segment(doc)
        t0 = time.perf_counter()
        finder(doc)
        elapsed += time.perf_counter() - t0
        places = {(m.value.country, fold(m.value.admin1 or ""), fold(m.value.name))
                  for m in doc.mentions_of("place")}
        for event in gold[record["id"]]["events"]:
            if not event["location"]:
                continue
            total += 1
            key = (event["country"], fold(event["admin1"] or ""), fold(event["location"]))
            found += key in places
    print(f"PlaceFinder on {len(docs)} dev documents: {len(docs) / elapsed:.0f} docs/s; "
          f"gold location found with its country and admin1 in {found}/{total} events")


if __name__ == "__main__":
    sys.exit(main())
