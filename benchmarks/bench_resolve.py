"""Benchmark of cross-document resolution: speed on synthetic reports, merge precision/recall.

    python benchmarks/bench_resolve.py                    # 10,000 reports, in memory + SQLite
    python benchmarks/bench_resolve.py --reports 10000 --postgres
    python benchmarks/bench_resolve.py --pairs            # labelled pairs (dev gold + ours)

The synthetic reports come from fictional countries, regions and towns; each event is told
by one to four reports that vary place precision (town or region only), date precision
(day or a two-day range), type (Riots vs Protests) and figures, as outlets do.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from willay.model import Claim, Document, EventDate, EventReport, Span
from willay.resolve import ReportRef, ResolveConfig, build_event, cluster_reports, event_id_for
from willay.resolve.matching import block_key

REPO = Path(__file__).resolve().parent.parent
TYPES = [("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
         ("Protests", "Excessive force against protesters"), ("Riots", "Violent demonstration"),
         ("Strategic developments", "Arrests")]


def synthetic(n_reports: int, seed: int = 7) -> tuple[list[Document], dict[str, int]]:
    """``n_reports`` one-report documents and the true event of each report key."""
    rng = random.Random(seed)
    countries = [f"X{c}" for c in "ABCDE"]
    towns = {(c, f"Region {c}{r}"): [(f"Town {c}{r}{t}", -10 - r - t * 0.2, -70 - t * 0.2)
                                     for t in range(12)] for c in countries for r in range(5)}
    start = dt.date(2030, 1, 1)
    docs: list[Document] = []
    truth: dict[str, int] = {}
    event = 0
    while len(docs) < n_reports:
        event += 1
        country = rng.choice(countries)
        region = f"Region {country}{rng.randrange(5)}"
        town, lat, lon = rng.choice(towns[(country, region)])
        day = start + dt.timedelta(days=rng.randrange(365))
        event_type, sub = rng.choice(TYPES)
        deaths = rng.choice([None, None, 0, 1, 2, 5, 12])
        for k in range(rng.choice([1, 1, 2, 2, 3, 4])):
            if len(docs) >= n_reports:
                break
            region_only = k > 0 and rng.random() < 0.2
            ranged = k > 0 and rng.random() < 0.15
            text = (f"Report {len(docs)}: people gathered in {town}, {region}. "
                    f"{deaths if deaths is not None else 'Several'} died.")
            doc_id = f"s{len(docs):06d}"
            trigger = Span.of(text, text.index("people gathered"), text.index(" in "))
            claims = []
            if deaths is not None:
                figure = deaths + (rng.choice([0, 0, 1, 2]) if k else 0)
                text = text.replace(f"{deaths} died", f"{figure} died")
                quote = f"{figure} died"
                claims.append(Claim("fatalities", figure, Span.of(text, text.index(quote),
                                                                 text.index(quote) + len(quote)),
                                    reporter=rng.choice([None, "Health Office", "Radio"]),
                                    reporter_class=rng.choice([None, "health", "media"])))
            typ, sb = (event_type, sub)
            if event_type == "Protests" and rng.random() < 0.1:
                typ, sb = "Riots", "Violent demonstration"
            date = (EventDate.between(day, day + dt.timedelta(days=1)) if ranged
                    else EventDate.day(day))
            published = day + dt.timedelta(days=1 + k)
            report = EventReport(
                id="e1", doc_id=doc_id, event_type=typ, sub_event_type=sb,
                disorder_type="Demonstrations", trigger=trigger, date=date, country=country,
                admin1=region, location=None if region_only else town,
                latitude=None if region_only else lat, longitude=None if region_only else lon,
                geo_precision=3 if region_only else 1, actor1="Protesters",
                actor2=rng.choice([None, "Police"]), claims=claims, published=published)
            doc = Document(id=doc_id, text=text, published=published,
                           publisher=f"Outlet {rng.randrange(40)}")
            doc.reports = [report]
            docs.append(doc)
            truth[f"{doc_id}:e1"] = event
    return docs, truth


def in_memory(docs: list[Document], config: ResolveConfig) -> tuple[float, dict[str, str]]:
    refs = [ReportRef(f"{d.id}:e1", d.reports[0], d.published, d.publisher) for d in docs]
    t0 = time.perf_counter()
    blocks: dict[str, list[ReportRef]] = {}
    for ref in refs:
        blocks.setdefault(block_key(ref, config), []).append(ref)
    assigned: dict[str, str] = {}
    for block in blocks.values():
        clusters, _ = cluster_reports(block, config)
        for cluster in clusters:
            eid = event_id_for(cluster.keys)
            build_event(eid, cluster.refs, config)
            for key in cluster.keys:
                assigned[key] = eid
    return time.perf_counter() - t0, assigned


def pair_scores(assigned: dict[str, str], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of the clustering against the true events."""
    from collections import Counter
    from itertools import combinations

    predicted = Counter(assigned.values())
    actual = Counter(truth.values())
    both = Counter((assigned[k], truth[k]) for k in truth)
    tp = sum(n * (n - 1) // 2 for n in both.values())
    pp = sum(n * (n - 1) // 2 for n in predicted.values())
    ap = sum(n * (n - 1) // 2 for n in actual.values())
    del combinations
    return (tp / pp if pp else 1.0), (tp / ap if ap else 1.0)


def in_store(docs: list[Document], url: str) -> tuple[float, float, int]:
    from willay.store import Store

    with Store(url) as store:
        t0 = time.perf_counter()
        for doc in docs:
            store.add_document(doc, resolve=False)
        t1 = time.perf_counter()
        store.resolve()
        t2 = time.perf_counter()
        events = store.stats().events
    return t1 - t0, t2 - t1, events


def pairs_report() -> None:
    from willay.resolve.pairs import evaluate_pairs, gold_reports, load_pairs, own_reports

    data = REPO / "tests" / "resolve" / "data"
    dev = REPO.parent / "shared" / "dev"
    if not dev.is_dir():
        sys.exit(f"development set not found at {dev}")
    dev_set = (gold_reports(dev / "corpus.jsonl", dev / "gold.jsonl"),
               load_pairs(data / "dev_pairs.txt"))
    own_set = own_reports(data / "own_reports.jsonl")
    total = [0, 0, 0, 0]
    for name, (refs, pairs) in (("dev gold", dev_set), ("own reports", own_set)):
        s = evaluate_pairs(refs, pairs)
        for i, v in enumerate((s.tp, s.fp, s.fn, s.tn)):
            total[i] += v
        print(f"{name:12s} pairs {len(pairs):4d}  positives {s.tp + s.fn:3d}  "
              f"precision {s.precision:.3f}  recall {s.recall:.3f}  f1 {s.f1:.3f}")
        for error in s.errors:
            print(f"    {error}")
    tp, fp, fn, _ = total
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    print(f"{'all':12s} pairs {sum(total):4d}  positives {tp + fn:3d}  precision {p:.3f}  "
          f"recall {r:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--postgres", action="store_true",
                        help="also run on a temporary PostgreSQL database")
    parser.add_argument("--pairs", action="store_true", help="labelled pairs only")
    args = parser.parse_args()
    if args.pairs:
        pairs_report()
        return
    config = ResolveConfig()
    docs, truth = synthetic(args.reports)
    print(f"{len(docs)} synthetic reports of {len(set(truth.values()))} true events")
    seconds, assigned = in_memory(docs, config)
    precision, recall = pair_scores(assigned, truth)
    print(f"in memory: {seconds:.2f} s ({len(docs) / seconds:,.0f} reports/s), "
          f"{len(set(assigned.values()))} events; pairwise precision {precision:.3f}, "
          f"recall {recall:.3f}")
    with tempfile.TemporaryDirectory() as tmp:
        add, res, events = in_store(docs, f"sqlite:///{Path(tmp) / 'bench.db'}")
        print(f"SQLite: store {len(docs)} documents {add:.1f} s ({len(docs) / add:,.0f}/s), "
              f"resolve {res:.1f} s ({len(docs) / res:,.0f} reports/s), {events} events")
    if args.postgres:
        from willay.store.testing import temporary_postgres_database

        with temporary_postgres_database("willay_bench") as url:
            add, res, events = in_store(docs, url)
            print(f"PostgreSQL: store {len(docs)} documents {add:.1f} s "
                  f"({len(docs) / add:,.0f}/s), resolve {res:.1f} s "
                  f"({len(docs) / res:,.0f} reports/s), {events} events")


if __name__ == "__main__":
    main()
