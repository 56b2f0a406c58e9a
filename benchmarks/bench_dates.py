"""Date and modality finders on the dev set: a proxy accuracy figure and throughput.

For each gold event of ``../shared/dev`` whose trigger sentence holds at least one date
mention, count it as a hit when one of the (non-speech) date values in that sentence
equals the gold date (ISO string at the gold precision). Also times the component over
the corpus. Usage::

    python benchmarks/bench_dates.py [--dev ../shared/dev] [--repeat 20] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from willay.extract.dates import DateFinder
from willay.extract.modality import ModalityFinder
from willay.model import Document
from willay.model.serialize import parse_published
from willay.text.segment import Segmenter

REPO = Path(__file__).resolve().parent.parent


def load(dev: Path) -> tuple[list[dict], dict[str, dict]]:
    corpus = [json.loads(line) for line in (dev / "corpus.jsonl").open(encoding="utf-8")]
    gold = {}
    for line in (dev / "gold.jsonl").open(encoding="utf-8"):
        rec = json.loads(line)
        gold[rec["id"]] = rec
    return corpus, gold


def document(rec: dict) -> Document:
    pub, prec = parse_published(rec.get("published"))
    return Document(id=rec["id"], text=rec["text"], published=pub, published_precision=prec,
                    language=rec.get("lang"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "dev")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    corpus, gold = load(args.dev)
    seg, finder = Segmenter(), DateFinder()
    finder.grammar("en")  # compile outside the timed loop
    with_date: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for rec in corpus:
        doc = finder(seg(document(rec)))
        lang = rec.get("lang") or "en"
        for ev in gold[rec["id"]]["events"]:
            events[lang] += 1
            pos = doc.text.find(ev["trigger"])
            sent = doc.sentence_at(pos) if pos >= 0 else None
            if sent is None:
                continue
            ms = [m for m in doc.mentions_of("date") if sent.start <= m.start < sent.end]
            if not ms:
                continue
            with_date[lang] += 1
            values = {m.value.iso() for m in ms if m.value is not None
                      and not m.attrs.get("speech")}
            ok = ev["date"] in values
            hits[lang] += ok
            if args.verbose and not ok:
                print(f"MISS {rec['id']} gold={ev['date']} got={sorted(values)} "
                      f"{[m.span.quote for m in ms]}")
    print("lang  events  with-date  hits  proxy")
    for lang in sorted(events):
        n = with_date[lang]
        share = f"{hits[lang] / n:.2f}" if n else "-"
        print(f"{lang:4}  {events[lang]:6}  {n:9}  {hits[lang]:4}  {share}")
    n = sum(with_date.values())
    print(f"all   {sum(events.values()):6}  {n:9}  {sum(hits.values()):4}  "
          f"{sum(hits.values()) / n:.2f}")
    docs = [seg(document(rec)) for rec in corpus]
    chars = sum(len(d.text) for d in docs)
    start = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            finder.find(d)
    elapsed = time.perf_counter() - start
    total = len(docs) * args.repeat
    print(f"DateFinder: {total / elapsed:.0f} docs/s, {chars * args.repeat / elapsed / 1e6:.2f} "
          f"M chars/s ({total} documents, {elapsed:.2f} s)")
    modality = ModalityFinder()
    start = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            modality.find(d)
    elapsed = time.perf_counter() - start
    print(f"ModalityFinder: {total / elapsed:.0f} docs/s, "
          f"{chars * args.repeat / elapsed / 1e6:.2f} M chars/s ({total} documents, "
          f"{elapsed:.2f} s)")
    # One long document without sentences: both components must stay linear.
    seed = args.dev.parent / "seeds" / "000_eba4030429a9acda.txt"
    long_doc = Document(id="long", text=seed.read_text(encoding="utf-8") * 100,
                        published=parse_published("2023-01-13")[0], language="en")
    for name, component in (("DateFinder", finder), ("ModalityFinder", modality)):
        start = time.perf_counter()
        component.find(long_doc)
        print(f"{name} on one {len(long_doc.text) / 1e6:.2f} M-character document: "
              f"{time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main()
