"""Figures benchmark: how many gold figures, attributions and tallies the figure finder recovers.

Runs segmentation and :class:`willay.extract.figures.FigureFinder` alone (no event builder)
over ``../shared/dev`` and the seed (or another set of ``../shared`` with ``--set``, e.g.
``dev2``), and prints, per language and in total:

- figure recall: for each gold event value of ``fatalities``/``injured``/``arrested``, is
  there a figure mention of the same kind and value in the document (a group of parts
  counts by its sum: "55 policías y 20 manifestantes heridos" = 75);
- attribution recall: for each name in a gold event's ``attribution``, is it some claim's
  reporter (exact: same words ignoring case and accents; loose: one contains the other);
- tally recall: for each gold tally, is there a cumulative-scope claim of the same kind and
  value (and, looser, any claim of that kind and value);
- figures found in the negative documents (they should be none);
- throughput of segmentation plus figures (documents per second over ``--repeat`` passes).

Usage: ``python benchmarks/bench_figures.py [--shared PATH] [--set dev|dev2] [--verbose]
[--repeat N]``.
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from willay.extract.figures import FigureFinder
from willay.model.claim import Claim
from willay.model.document import Document
from willay.model.serialize import parse_published
from willay.text.segment import Segmenter

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
KINDS = {"fatalities": "fatalities", "injured": "injured", "arrested": "arrested"}
TALLY_KINDS = {"deaths": "fatalities", "injured": "injured", "arrested": "arrested"}


def fold(text: str) -> str:
    """Lowercase without accents or punctuation, for comparing names."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in norm if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in kept).split())


def load(shared: Path, name: str = "dev") -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(corpus record, gold record) pairs of a set of ``shared`` (``dev`` with the seed,
    or another folder with ``corpus.jsonl`` and ``gold.jsonl``)."""
    pairs = []
    folder = shared / name
    gold = {json.loads(line)["id"]: json.loads(line)
            for line in (folder / "gold.jsonl").read_text("utf-8").splitlines() if line}
    for line in (folder / "corpus.jsonl").read_text("utf-8").splitlines():
        if line:
            rec = json.loads(line)
            pairs.append((rec, gold[rec["id"]]))
    if name != "dev":
        return pairs
    seed_dir = shared / "seeds"
    for path in sorted(seed_dir.glob("*.txt")):
        gold_path = path.with_suffix(".gold.jsonl")
        seed_gold = json.loads(gold_path.read_text("utf-8").splitlines()[0])
        rec = {"id": path.stem, "lang": "en", "published": "2023-01-13",
               "text": path.read_text("utf-8")}
        pairs.append((rec, seed_gold))
    return pairs


def run(rec: dict[str, Any], segmenter: Segmenter, finder: FigureFinder) -> list[Any]:
    published, precision = parse_published(rec.get("published"))
    doc = Document(id=rec["id"], text=rec["text"], language=rec["lang"], published=published,
                   published_precision=precision)
    finder(segmenter(doc))
    return doc.mentions_of("figure")


def values_of(figures: list[Any]) -> dict[str, set[int]]:
    """Every value stated per kind, group sums included."""
    out: dict[str, set[int]] = defaultdict(set)
    groups: dict[tuple[str, str], int] = defaultdict(int)
    for m in figures:
        claim: Claim = m.value
        if claim.value is not None:
            out[claim.kind].add(claim.value)
            if m.attrs.get("group"):
                groups[(m.attrs["group"], claim.kind)] += claim.value
    for (_, kind), total in groups.items():
        out[kind].add(total)
    return out


def tick(stats: dict[str, dict[str, list[int]]], lang: str, row: str, hit: bool) -> None:
    """Add one try (and one hit when ``hit``) to ``row`` of ``lang`` and of "all"."""
    for key in (lang, "all"):
        stats[key][row][0] += hit
        stats[key][row][1] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--set", default="dev", dest="name",
                        help="folder of --shared to read (dev, with the seed; or dev2)")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--repeat", type=int, default=20,
                        help="passes over the documents for the throughput figure")
    args = parser.parse_args()
    segmenter, finder = Segmenter(), FigureFinder()
    stats: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    negatives = [0, 0]  # documents, figures
    for rec, gold in load(args.shared, args.name):
        lang = rec["lang"]
        figures = run(rec, segmenter, finder)
        values = values_of(figures)
        cumulative = values_of([m for m in figures if m.value.scope == "cumulative"])
        reporters = [m.value.reporter for m in figures if m.value.reporter]
        if not gold["events"] and not gold["tallies"]:
            negatives[0] += 1
            negatives[1] += len(figures)
        for ev in gold["events"]:
            for field, kind in KINDS.items():
                if ev.get(field) is None:
                    continue
                wanted = {ev[field]}
                if field == "fatalities":
                    wanted |= {v for v in (ev.get("fatalities_low"),
                                           ev.get("fatalities_high")) if v is not None}
                hit = bool(wanted & values[kind])
                tick(stats, lang, f"figure {field}", hit)
                if not hit and args.verbose:
                    print(f"miss figure {rec['id']} {field}={ev[field]}")
            for name in ev.get("attribution") or []:
                exact = any(fold(r) == fold(name) for r in reporters)
                loose = exact or any(fold(name) in fold(r) or fold(r) in fold(name)
                                     for r in reporters if fold(r))
                tick(stats, lang, "attribution exact", exact)
                tick(stats, lang, "attribution loose", loose)
                if not loose and args.verbose:
                    print(f"miss attribution {rec['id']} {name!r} (have {reporters})")
        for tally in gold["tallies"]:
            tally_kind = TALLY_KINDS.get(tally["kind"])
            if tally_kind is None or tally["value"] is None:
                continue
            as_cumulative = tally["value"] in cumulative[tally_kind]
            as_any = tally["value"] in values[tally_kind]
            tick(stats, lang, "tally as cumulative", as_cumulative)
            tick(stats, lang, "tally as any claim", as_any)
            if not as_cumulative and args.verbose:
                print(f"miss tally {rec['id']} {tally['kind']}={tally['value']} "
                      f"(any claim: {as_any})")
    rows = sorted({name for per in stats.values() for name in per})
    langs = [k for k in ("en", "es", "pt", "fr") if k in stats] + ["all"]
    print(f"{'measure':24}" + "".join(f"{lang:>12}" for lang in langs))
    for row in rows:
        cells = []
        for lang in langs:
            got, total = stats[lang].get(row, [0, 0])
            cells.append(f"{got}/{total}" if total else "-")
        print(f"{row:24}" + "".join(f"{c:>12}" for c in cells))
    print(f"negative documents: {negatives[0]}, figure mentions in them: {negatives[1]}")
    records = [rec for rec, _ in load(args.shared, args.name)]
    started = time.perf_counter()
    for _ in range(args.repeat):
        for rec in records:
            run(rec, segmenter, finder)
    elapsed = time.perf_counter() - started
    count = args.repeat * len(records)
    print(f"throughput: {count} documents in {elapsed:.2f} s = {count / elapsed:.0f} docs/s "
          "(segmenter + figures)")


if __name__ == "__main__":
    main()
