"""Dask batch: speed-up from 1 to 2 workers, start-up, peak memory per worker, ingest rates.

Builds a WARC.gz of ``--docs`` HTML pages from the sample articles and the founding
article (each copy gets a numbered last paragraph, so every page is a distinct
document), then runs ``willay.batch.run_batch`` on it:

1. to partitioned JSONL with 1 worker and with 2 workers, ``--repeat`` times each,
   alternating (the medians are reported, with the load average of the machine): the
   wall-clock time of the whole run (cluster start included), the rate while
   processing (the clock starts once the workers are warm), the time to the first
   written partition, the peak resident memory of each worker process, and the
   speed-up from 1 to 2 workers in wall-clock time and while processing;
2. into SQLite and into PostgreSQL with 2 workers (end to end, merging included);
3. ``Store.add_document`` alone on already extracted documents (the ingest rate of each
   store), then one ``Store.resolve``.

PostgreSQL runs in a database created for the run and dropped afterwards (``--pg`` names
the server's maintenance database; ``--no-pg`` skips it). Usage::

    python benchmarks/bench_batch.py [--docs 2000] [--partition-size 25] [--repeat 3]
        [--jsonl-only] [--no-pg]
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import os
import statistics
import tempfile
import time
import uuid
from io import BytesIO
from pathlib import Path

import sqlalchemy as sa
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from willay.batch.plan import Partition, Plan
from willay.batch.runner import BatchOptions, BatchSummary, run_batch
from willay.batch.sinks import Written
from willay.batch.work import PartitionResult
from willay.config import Settings
from willay.errors import InputError
from willay.extract.pipeline import extract
from willay.ingest import read_inputs
from willay.model.document import Document
from willay.store import Store

REPO = Path(__file__).resolve().parent.parent
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


class Clock:
    """A BatchProgress that notes when processing starts and when the last partition lands."""

    def __init__(self) -> None:
        self.begun = time.perf_counter()  # the call of run_batch
        self.first: float | None = None  # seconds from ``begun`` to the first partition
        self.started = 0.0
        self.last = 0.0
        self.documents = 0

    def start(self, plan: Plan, todo: list[Partition]) -> None:
        self.started = self.last = time.perf_counter()

    def advance(self, result: PartitionResult, written: Written) -> None:
        self.last = time.perf_counter()
        self.documents += result.read
        if self.first is None:
            self.first = self.last - self.begun

    @property
    def rate(self) -> float:
        spent = self.last - self.started
        return self.documents / spent if spent > 0 else 0.0


def base_documents() -> list[Document]:
    inputs = [str(REPO / "samples")] if (REPO / "samples").is_dir() else []
    inputs += [str(p) for p in sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))]
    docs = [d for d in read_inputs(inputs, Settings.from_env()) if not isinstance(d, InputError)]
    if not docs:
        raise SystemExit(f"no readable documents in {inputs}")
    return docs


def page(doc: Document, n: int) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in doc.text.split("\n") if p.strip())
    published = doc.published.isoformat() if doc.published else ""
    return (
        f"<!DOCTYPE html><html lang=\"en\"><head><title>{html.escape(doc.title or 'Report')}"
        f"</title><meta property=\"article:published_time\" content=\"{published}\"></head>"
        f"<body><article>{paragraphs}<p>Archive copy number {n}.</p></article></body></html>"
    ).encode()


def write_warc(path: Path, docs: list[Document], count: int) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(count):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"http://archive.test/{n}", "response",
                payload=BytesIO(page(docs[n % len(docs)], n)), http_headers=headers))


def report(name: str, summary: BatchSummary, clock: Clock) -> None:
    peaks = ", ".join(f"{v / 2**20:.0f}" for _, v in sorted(summary.peak_rss.items()))
    alone = ", ".join(f"{v / 2**20:.0f}" for _, v in sorted(summary.unique.items()))
    first = f"{clock.first:.1f} s" if clock.first is not None else "-"
    print(f"{name}: {summary.documents_read} docs, {clock.rate:.1f} docs/s while processing, "
          f"{summary.docs_per_second:.1f} docs/s overall ({summary.seconds:.1f} s with start-up), "
          f"first partition after {first}, {len(summary.failures)} failed, "
          f"{summary.reports} reports, peak MiB per worker: {peaks} (held alone: {alone})",
          flush=True)


def load() -> str:
    return "/".join(f"{v:.2f}" for v in os.getloadavg())


def compare(warc: Path, root: Path, size: int, repeat: int) -> None:
    """1 and 2 workers to JSONL, alternating, ``repeat`` times; medians and speed-ups."""
    runs: dict[int, list[tuple[BatchSummary, Clock]]] = {1: [], 2: []}
    outputs: dict[int, Path] = {}
    for n in range(repeat):
        for workers in (1, 2):
            out = root / f"o{workers}-{n}"
            runs[workers].append(run(f"jsonl, {workers} worker{'s' if workers > 1 else ' '} "
                                     f"(run {n + 1}, load {load()})", warc,
                                     BatchOptions(workers=workers, out_dir=out,
                                                  partition_size=size)))
            outputs[workers] = out
    names = sorted(p.name for p in outputs[1].iterdir())
    same = names == sorted(p.name for p in outputs[2].iterdir()) and all(
        (outputs[1] / name).read_bytes() == (outputs[2] / name).read_bytes() for name in names)
    wall = {w: statistics.median(s.seconds for s, _ in r) for w, r in runs.items()}
    rate = {w: statistics.median(c.rate for _, c in r) for w, r in runs.items()}
    first = {w: statistics.median(c.first or 0.0 for _, c in r)
             for w, r in runs.items()}
    peak = {w: max(v for s, _ in r for v in s.peak_rss.values()) / 2**20
            for w, r in runs.items()}
    alone = {w: max((v for s, _ in r for v in s.unique.values()), default=0) / 2**20
             for w, r in runs.items()}
    for w in (1, 2):
        print(f"median of {repeat}, {w} worker(s): {wall[w]:.1f} s wall-clock, "
              f"{rate[w]:.1f} docs/s while processing, first partition after {first[w]:.1f} s, "
              f"highest peak per worker {peak[w]:.0f} MiB, of which held alone "
              f"{alone[w]:.0f} MiB")
    ratios = sorted(r1[0].seconds / r2[0].seconds for r1, r2 in zip(runs[1], runs[2], strict=True))
    print(f"speed-up 1 -> 2 workers: {wall[1] / wall[2]:.2f}x wall-clock (per pair: "
          f"{', '.join(f'{r:.2f}' for r in ratios)}), {rate[2] / rate[1]:.2f}x while "
          f"processing; output identical: {same}; load average now {load()} "
          f"on {os.cpu_count()} cores")


def run(name: str, warc: Path, options: BatchOptions) -> tuple[BatchSummary, Clock]:
    clock = Clock()
    summary = run_batch([str(warc)], options, clock)
    report(name, summary, clock)
    return summary, clock


def ingest_rate(name: str, url: str, docs: list[Document]) -> None:
    with Store(url) as store:
        started = time.perf_counter()
        for doc in docs:
            store.add_document(doc, resolve=False)
        added = time.perf_counter() - started
        started = time.perf_counter()
        store.resolve()
        resolved = time.perf_counter() - started
        events = store.stats().events
    print(f"ingest {name}: {len(docs) / added:.1f} docs/s add_document "
          f"({len(docs)} docs in {added:.1f} s), resolve {resolved:.1f} s -> {events} events")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--partition-size", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3, help="runs of 1 and 2 workers each")
    parser.add_argument("--jsonl-only", action="store_true",
                        help="only the 1 and 2 worker comparison (no stores, no ingest)")
    parser.add_argument("--pg", default=PG_ADMIN, help="PostgreSQL maintenance database URL")
    parser.add_argument("--no-pg", action="store_true", help="skip PostgreSQL")
    args = parser.parse_args()
    base = base_documents()
    with tempfile.TemporaryDirectory(prefix="willay-bench-") as tmp:
        root = Path(tmp)
        warc = root / "bench.warc.gz"
        write_warc(warc, base, args.docs)
        print(f"corpus: {args.docs} pages from {len(base)} articles, "
              f"{warc.stat().st_size / 2**20:.1f} MiB WARC.gz")
        size = args.partition_size
        compare(warc, root, size, max(1, args.repeat))
        if args.jsonl_only:
            return
        run("sqlite, 2 workers", warc, BatchOptions(
            workers=2, db_url=f"sqlite:///{root / 'b.db'}", partition_size=size))

        docs = [extract(dataclasses.replace(base[n % len(base)],
                                            text=base[n % len(base)].text + f"\nCopy {n}.",
                                            id=f"bench{n:06d}", sentences=[], mentions=[],
                                            reports=[], tallies=[]))
                for n in range(min(args.docs, 1000))]
        ingest_rate("sqlite", f"sqlite:///{root / 'ingest.db'}", docs)
        if args.no_pg:
            return
        admin = sa.create_engine(args.pg, isolation_level="AUTOCOMMIT")
        names = [f"willay_bench_{uuid.uuid4().hex[:8]}" for _ in range(2)]
        base_url = args.pg.rsplit("/", 1)[0]
        try:
            with admin.connect() as conn:
                for name in names:
                    conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
            run("postgresql, 2 workers", warc, BatchOptions(
                workers=2, db_url=f"{base_url}/{names[0]}", partition_size=size))
            ingest_rate("postgresql", f"{base_url}/{names[1]}", docs)
        finally:
            with admin.connect() as conn:
                for name in names:
                    conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


if __name__ == "__main__":
    main()
