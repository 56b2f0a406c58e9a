"""Ingest and text benchmark: throughput of cleaning, segmentation, language id; langid accuracy.

Reads the dev corpus (``../shared/dev/corpus.jsonl``), the founding article and the bundled
samples, repeats them to a few thousand documents and prints documents per second for:
``document_from_record`` (cleaning + metadata), ``Segmenter``, ``LanguageIdentifier`` and
``read_inputs`` over the samples (text, HTML and JSONL). Also prints the accuracy of
language identification on the dev set with its declared ``lang`` removed, on whole
texts and on their first sentence only. Usage::

    python benchmarks/bench_ingest.py [--dev ../shared/dev] [--repeat 100]

Timings depend on the machine and its load; nothing here is asserted by tests.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from willay.ingest import document_from_record, read_inputs
from willay.model.document import Document
from willay.text.langid import LanguageIdentifier
from willay.text.segment import Segmenter

REPO = Path(__file__).resolve().parent.parent


def rate(label: str, items: list[Any], func: Callable[[Any], object], per_item: int = 1) -> None:
    start = time.perf_counter()
    for item in items:
        func(item)
    elapsed = time.perf_counter() - start
    n = len(items) * per_item
    print(f"{label:<44} {n:>6} docs {elapsed:7.3f} s {n / elapsed:>10.0f} docs/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "dev")
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()

    records = [json.loads(line) for line in (args.dev / "corpus.jsonl").open(encoding="utf-8")]
    seed = args.dev.parent / "seeds" / "000_eba4030429a9acda.txt"
    texts = [r["text"] for r in records] + [seed.read_text(encoding="utf-8")]
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"corpus: {len(records)} dev records + the seed, mean {chars:.0f} characters, "
          f"repeated x{args.repeat}")

    many_records = records * args.repeat
    rate("document_from_record (clean + metadata)", many_records,
         lambda r: document_from_record(r, "bench"))

    docs = [document_from_record(r, "bench") for r in records]
    seg = Segmenter()
    many_docs = [Document(id=d.id, text=d.text) for d in docs] * args.repeat
    seg(many_docs[0])  # load the abbreviation data outside the timing
    rate("Segmenter", many_docs, seg)
    seed_doc = Document(id="seed", text=texts[-1])
    rate("Segmenter (seed article, 10 kB)", [seed_doc] * (args.repeat * 10), seg)

    ident = LanguageIdentifier()
    ident.identify("warm up the model with a sentence long enough")
    undeclared = [Document(id=d.id, text=d.text, title=d.title) for d in docs]
    rate("LanguageIdentifier", undeclared * max(1, args.repeat // 10),
         lambda d: ident(Document(id=d.id, text=d.text)))

    samples = REPO / "samples"
    per_dir = len(list(read_inputs([str(samples)])))
    rate("read_inputs(samples) (txt + html + jsonl)", [samples] * max(1, args.repeat // 10),
         lambda p: list(read_inputs([str(p)])), per_dir)

    right: Counter[str] = Counter()
    right_first: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for record, doc in zip(records, docs, strict=True):
        lang = record["lang"]
        total[lang] += 1
        right[lang] += ident.identify(doc.text)[0] == lang
        first = seg.segment(doc.text)[0].text if doc.text else ""
        right_first[lang] += ident.identify(first)[0] == lang
    print("language identification on the dev set (declared lang removed):")
    for lang in sorted(total):
        print(f"  {lang}: whole text {right[lang]}/{total[lang]}, "
              f"first sentence {right_first[lang]}/{total[lang]}")
    print(f"  all: whole text {sum(right.values())}/{sum(total.values())}, "
          f"first sentence {sum(right_first.values())}/{sum(total.values())}")


if __name__ == "__main__":
    main()
