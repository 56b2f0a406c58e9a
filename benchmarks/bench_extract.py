"""Extraction throughput on one core: documents per second and peak memory of ``extract``.

Reads the sample articles (``samples/``) and the founding article (``../shared/seeds``)
with the same readers as ``willay ingest``, repeats them to ``--docs`` documents and runs
the default pipeline over them in this one process (one core), after ``--warmup``
documents (1) that build the pipeline (a language's data loads on its first document;
``--warmup`` of at least the number of distinct documents times the steady state).
Prints documents per second, characters per second,
the mean article length and the peak resident memory. ``--repeat N`` times the run N
times and reports the medians. ``--baseline GITREF`` also times the extractor of another
commit on the same documents (checked out in a temporary git worktree, run in a child
process; the two alternate, one run each per round) and prints the ratio. Usage::

    python benchmarks/bench_extract.py [--docs 3000] [--lang en] [INPUT ...]
    python benchmarks/bench_extract.py --lang en ../shared/dev/corpus.jsonl   # real news
    python benchmarks/bench_extract.py --docs 564 --warmup 141 --repeat 5 --baseline main \
        ../shared/dev2/corpus.jsonl
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

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


def measure(base: list[Document], docs: int) -> dict[str, Any]:
    """Time ``extract`` over ``docs`` documents cycled from ``base`` (pipeline built)."""
    chars = reports = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    for n in range(docs):
        doc = extract(fresh(base[n % len(base)]))
        chars += len(doc.text)
        reports += len(doc.reports)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return {"wall": wall, "cpu": cpu, "chars": chars, "reports": reports,
            "docs_per_s": docs / wall, "docs_per_cpu_s": docs / cpu}


def load(inputs: list[str], lang: str | None) -> list[Document]:
    base = [d for d in read_inputs(inputs, Settings.from_env()) if not isinstance(d, InputError)]
    if lang:
        base = [d for d in base if d.language == lang]
    if not base:
        raise SystemExit(f"no readable documents in {inputs}")
    return base


def child_run(src: Path, args: argparse.Namespace, inputs: list[str]) -> dict[str, Any]:
    """One timed run of this script in a child process that imports willay from ``src``."""
    command = [sys.executable, str(Path(__file__).resolve()), *inputs,
               "--docs", str(args.docs), "--warmup", str(args.warmup), "--json"]
    if args.lang:
        command += ["--lang", args.lang]
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return result


def compare(args: argparse.Namespace, inputs: list[str]) -> None:
    """Alternate runs of this tree's extractor and of ``args.baseline``; print both."""
    with tempfile.TemporaryDirectory(prefix="willay-baseline-") as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "--quiet",
                        str(tree), args.baseline], check=True)
        try:
            runs: dict[str, list[dict[str, Any]]] = {"this tree": [], args.baseline: []}
            for _ in range(args.repeat):
                runs["this tree"].append(child_run(REPO / "src", args, inputs))
                runs[args.baseline].append(child_run(tree / "src", args, inputs))
        finally:
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force",
                            str(tree)], check=True)
    medians = {}
    for name, results in runs.items():
        wall = statistics.median(r["docs_per_s"] for r in results)
        cpu = statistics.median(r["docs_per_cpu_s"] for r in results)
        medians[name] = (wall, cpu)
        print(f"{name}: median of {len(results)} runs: {wall:.1f} docs/s wall, "
              f"{cpu:.1f} docs/s per CPU second; event reports {results[0]['reports']}")
    (wall, cpu), (base_wall, base_cpu) = medians["this tree"], medians[args.baseline]
    print(f"ratio to {args.baseline}: {wall / base_wall:.2f}x wall, "
          f"{cpu / base_cpu:.2f}x per CPU second")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files or directories [samples + seed]")
    parser.add_argument("--docs", type=int, default=3000, help="documents to process")
    parser.add_argument("--lang", default=None,
                        help="keep only documents whose input declares this language (JSONL)")
    parser.add_argument("--warmup", type=int, default=1,
                        help="documents extracted before timing (each language's data is "
                             "loaded on its first document) [1]")
    parser.add_argument("--repeat", type=int, default=1,
                        help="timed runs (medians are reported) [1]")
    parser.add_argument("--baseline", metavar="GITREF", default=None,
                        help="also time the extractor of this commit, alternating runs, and "
                             "print the ratio")
    parser.add_argument("--json", action="store_true",
                        help="print one timed run as a JSON object (used by --baseline)")
    args = parser.parse_args()
    inputs = args.inputs or default_inputs()
    if args.baseline:
        compare(args, [str(Path(i).resolve()) for i in inputs])
        return
    base = load(inputs, args.lang)
    for n in range(max(1, args.warmup)):  # build the pipeline (data files, gazetteer)
        extract(fresh(base[n % len(base)]))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = [measure(base, args.docs) for _ in range(max(1, args.repeat))]
    if args.json:
        print(json.dumps(results[0]))
        return
    wall = statistics.median(r["wall"] for r in results)
    cpu = statistics.median(r["cpu"] for r in results)
    chars, reports = results[0]["chars"], results[0]["reports"]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lengths = [len(d.text) for d in base]
    words = [len(d.text.split()) for d in base]
    print(f"inputs: {len(base)} distinct documents from {', '.join(inputs)}")
    print(f"article length: mean {statistics.mean(lengths):.0f} chars, "
          f"{statistics.mean(words):.0f} words (median {statistics.median(words):.0f})")
    print(f"documents: {args.docs}, event reports: {reports}")
    if len(results) > 1:
        print(f"median of {len(results)} runs:")
    print(f"wall: {wall:.2f} s, cpu: {cpu:.2f} s")
    print(f"throughput: {args.docs / wall:.1f} docs/s wall, {args.docs / cpu:.1f} docs/s per "
          f"CPU second, {chars / wall / 1000:.0f} k chars/s")
    print(f"peak memory: {peak / 1024:.0f} MiB (after warm-up {rss_before / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
