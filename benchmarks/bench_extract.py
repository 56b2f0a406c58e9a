"""Extraction throughput on one core: documents per second and peak memory of ``extract``.

Reads the sample articles (``samples/``) and the founding article (``../shared/seeds``)
with the same readers as ``willay ingest``, repeats them to ``--docs`` documents and runs
the default pipeline over them in this one process (one core), after one warm-up
document that builds the pipeline. Prints documents per second, characters per second,
the mean article length and the peak resident memory. Usage::

    python benchmarks/bench_extract.py [--docs 3000] [--lang en] [INPUT ...]
    python benchmarks/bench_extract.py --lang en ../shared/dev/corpus.jsonl   # real news
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import time
from pathlib import Path

from willay.config import Settings
from willay.errors import InputError
from willay.extract.pipeline import extract
from willay.ingest import read_inputs
from willay.model.document import Document

REPO = Path(__file__).resolve().parent.parent


def default_inputs() -> list[str]:
    inputs = [str(REPO / "samples")] if (REPO / "samples").is_dir() else []
    seeds = REPO.parent / "shared" / "seeds"
    inputs += [str(p) for p in sorted(seeds.glob("*.txt"))]
    return inputs


def fresh(doc: Document) -> Document:
    """A copy of ``doc`` without annotations, as the reader gave it."""
    return dataclasses.replace(doc, sentences=[], mentions=[], reports=[], tallies=[],
                               warnings=list(doc.warnings))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files or directories [samples + seed]")
    parser.add_argument("--docs", type=int, default=3000, help="documents to process")
    parser.add_argument("--lang", default=None,
                        help="keep only documents whose input declares this language (JSONL)")
    args = parser.parse_args()
    inputs = args.inputs or default_inputs()
    base = [d for d in read_inputs(inputs, Settings.from_env()) if not isinstance(d, InputError)]
    if args.lang:
        base = [d for d in base if d.language == args.lang]
    if not base:
        raise SystemExit(f"no readable documents in {inputs}")
    extract(fresh(base[0]))  # build the pipeline (data files, gazetteer) once
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    chars = reports = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for n in range(args.docs):
        doc = extract(fresh(base[n % len(base)]))
        chars += len(doc.text)
        reports += len(doc.reports)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lengths = [len(d.text) for d in base]
    words = [len(d.text.split()) for d in base]
    print(f"inputs: {len(base)} distinct documents from {', '.join(inputs)}")
    print(f"article length: mean {statistics.mean(lengths):.0f} chars, "
          f"{statistics.mean(words):.0f} words (median {statistics.median(words):.0f})")
    print(f"documents: {args.docs}, event reports: {reports}")
    print(f"wall: {wall:.2f} s, cpu: {cpu:.2f} s")
    print(f"throughput: {args.docs / wall:.1f} docs/s wall, {args.docs / cpu:.1f} docs/s per "
          f"CPU second, {chars / wall / 1000:.0f} k chars/s")
    print(f"peak memory: {peak / 1024:.0f} MiB (after warm-up {rss_before / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
