"""Extraction time against document size: does one long text cost more than its length?

Builds English news-like texts of 100 KB, 1 MB and 4.9 MB (just under the 5 MiB input
limit) by repeating the English sample reports (``samples/``) and the founding article
(``../shared/seeds``, when present) paragraph by paragraph, reads each one with the same
reader as ``willay extract`` (cleaning included) and runs the default pipeline over it
in this one process (one core), with no time budget. Prints, per size, the reading and
extraction time (CPU and wall), the microseconds per kilobyte, and the ratio of that
cost to the cost at the smallest size: about 1.0 at every size means time grows
linearly with the text. Usage::

    python benchmarks/bench_size.py [--sizes 100,1000,4900] [--repeat 1]

Timings depend on the machine and its load (medians over ``--repeat`` runs are
printed); nothing here is asserted by tests.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from willay.config import Settings
from willay.errors import InputError
from willay.extract.pipeline import extract
from willay.ingest import read_inputs
from willay.model.document import Document

REPO = Path(__file__).resolve().parent.parent
#: English sample reports (the HTML one is read as HTML, then used as its text).
SAMPLES = ("lima_march.txt", "quito_clash.txt", "cusco_arrest.html")


def base_texts() -> list[str]:
    """The texts repeated to build a long one: samples and the founding article."""
    paths = [REPO / "samples" / name for name in SAMPLES]
    paths += sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    texts = []
    for item in read_inputs([str(p) for p in paths if p.exists()], Settings()):
        if not isinstance(item, InputError):
            texts.append(item.text if item.source and item.source.endswith(".html")
                         else Path(item.source or "").read_text(encoding="utf-8"))
    if not texts:
        raise SystemExit("no sample texts found")
    return texts


def build(texts: list[str], size: int) -> str:
    """Whole paragraphs of ``texts``, in turn, until the text holds ``size`` UTF-8 bytes."""
    paragraphs = [p.strip() for t in texts for p in t.split("\n\n") if p.strip()]
    out: list[str] = []
    used = 0
    k = 0
    while True:
        piece = paragraphs[k % len(paragraphs)] + "\n\n"
        if used + len(piece.encode("utf-8")) > size:
            break
        out.append(piece)
        used += len(piece.encode("utf-8"))
        k += 1
    return "".join(out)


def measure(text: str, folder: Path) -> tuple[float, float, float, Document]:
    """(read CPU s, extract CPU s, extract wall s, document) for one text file."""
    path = folder / "long.txt"
    path.write_text(text, encoding="utf-8")
    cpu = time.process_time()
    item = next(iter(read_inputs([str(path)], Settings())))
    read = time.process_time() - cpu
    if isinstance(item, InputError):
        raise SystemExit(f"cannot read the built text: {item}")
    wall = time.perf_counter()
    cpu = time.process_time()
    doc = extract(item, time_budget=0)
    return read, time.process_time() - cpu, time.perf_counter() - wall, doc


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,4900",
                        help="sizes in kilobytes (1,000 bytes), comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size (median)")
    args = parser.parse_args()
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    texts = base_texts()
    extract(Document(id="warm-up", text="Hundreds of teachers marched in Lima on Monday."))
    print(f"{'size':>10} {'chars':>10} {'read s':>7} {'extract s':>10} {'wall s':>7} "
          f"{'us/KB':>7} {'ratio':>6} {'events':>6}")
    first: float | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            text = build(texts, size)
            runs = [measure(text, Path(tmp)) for _ in range(max(1, args.repeat))]
            read = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            wall = statistics.median(r[2] for r in runs)
            doc = runs[-1][3]
            nbytes = len(text.encode("utf-8"))
            per_kb = cpu / (nbytes / 1000) * 1e6
            first = first if first is not None else per_kb
            print(f"{nbytes:>10,} {len(doc.text):>10,} {read:>7.2f} {cpu:>10.2f} {wall:>7.2f} "
                  f"{per_kb:>7.0f} {per_kb / first:>6.2f} {len(doc.reports):>6}")
    print("ratio: microseconds per KB against the smallest size (1.0 = linear growth)")


if __name__ == "__main__":
    main()
