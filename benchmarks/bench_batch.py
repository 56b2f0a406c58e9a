"""Dask batch: speed-up from 1 to 2 workers, peak memory per worker, ingest rates into the stores.

Builds a WARC.gz of ``--docs`` HTML pages from the sample articles and the founding
article (each copy gets a numbered last paragraph, so every page is a distinct
document), then runs ``willay.batch.run_batch`` on it:

1. to partitioned JSONL with 1 worker and with 2 workers (throughput, speed-up, peak
   memory per worker; the clock starts once the cluster is up);
2. into SQLite and into PostgreSQL with 2 workers (end to end, merging included);
3. ``Store.add_document`` alone on already extracted documents (the ingest rate of each
   store), then one ``Store.resolve``.

PostgreSQL runs in a database created for the run and dropped afterwards (``--pg`` names
the server's maintenance database; ``--no-pg`` skips it). Usage::

    python benchmarks/bench_batch.py [--docs 2000] [--partition-size 25]
"""

from __future__ import annotations

import argparse
import dataclasses
import html
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
        self.started = 0.0
        self.last = 0.0
        self.documents = 0

    def start(self, plan: Plan, todo: list[Partition]) -> None:
        self.started = self.last = time.perf_counter()

    def advance(self, result: PartitionResult, written: Written) -> None:
        self.last = time.perf_counter()
        self.documents += result.read

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
    print(f"{name}: {summary.documents_read} docs, {clock.rate:.1f} docs/s while processing, "
          f"{summary.docs_per_second:.1f} docs/s overall ({summary.seconds:.1f} s with start-up), "
          f"{len(summary.failures)} failed, {summary.reports} reports, "
          f"peak MiB per worker: {peaks}")


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
        _, one = run("jsonl, 1 worker ", warc, BatchOptions(workers=1, out_dir=root / "o1",
                                                             partition_size=size))
        _, two = run("jsonl, 2 workers", warc, BatchOptions(workers=2, out_dir=root / "o2",
                                                             partition_size=size))
        if one.rate > 0:
            print(f"speed-up 1 -> 2 workers: {two.rate / one.rate:.2f}x")
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
