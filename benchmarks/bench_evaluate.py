"""Evaluation: speed of the scorer alone, and figures and time of a full evaluation.

1. Scorer only: perfect predictions are built in memory from the dev gold (each gold
   event becomes a prediction whose trigger is the gold trigger), and the whole set is
   scored ``--repeat`` times; prints documents scored per second.
2. Full evaluation (when ``willay.extract.pipeline`` is available): ingest, extract and
   score the seed article and the dev set once each; prints the headline figures and the
   seconds taken. Usage::

    python benchmarks/bench_evaluate.py [--shared ../shared] [--repeat 50]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from willay.errors import ConfigError
from willay.evaluate import GoldSet, PredDoc, PredEvent, PredFigure, PredTally, evaluate
from willay.evaluate.api import EvalSet
from willay.evaluate.corpus import load_corpus
from willay.evaluate.gold import load_gold
from willay.model import Span

REPO = Path(__file__).resolve().parent.parent


def perfect_predictions(gold: GoldSet, texts: dict[str, str]) -> dict[str, PredDoc]:
    preds = {}
    for doc_id, doc in gold.docs.items():
        text = texts[doc_id]
        events = []
        for i, g in enumerate(doc.events):
            start = text.find(g.trigger)
            fat = (PredFigure(g.fatalities, g.fatalities_low, g.fatalities_high)
                   if g.fatalities is not None else None)
            events.append(PredEvent(
                id=f"e{i}", event_type=g.event_type, sub_event_type=g.sub_event_type,
                trigger=Span(start, start + len(g.trigger), g.trigger), tags=g.tags,
                date=g.date, date_precision=g.date_precision, country=g.country,
                admin1=g.admin1, location=g.location, actor1=g.actor1, actor2=g.actor2,
                fatalities=fat,
                injured=PredFigure(g.injured) if g.injured is not None else None,
                arrested=PredFigure(g.arrested) if g.arrested is not None else None,
                reporters=g.attribution, confidence=(i % 10) / 10))
        tallies = [PredTally(t.kind, t.value, t.as_of) for t in doc.tallies]
        preds[doc_id] = PredDoc(doc_id, events, tallies, text=text)
    return preds


def bench_scorer(shared: Path, repeat: int) -> None:
    gold = load_gold(shared / "dev" / "gold.jsonl")
    corpus = load_corpus(shared / "dev" / "corpus.jsonl")
    texts = {i: corpus.docs[i].text for i in gold.docs}
    preds = perfect_predictions(gold, texts)
    langs = {i: corpus.docs[i].lang for i in gold.docs}
    start = time.perf_counter()
    for _ in range(repeat):
        evaluation = EvalSet(gold, preds, texts, langs).score()  # fresh: sentences re-cut
    seconds = time.perf_counter() - start
    f1 = evaluation.to_dict()["detection"]["f1"]
    docs = len(gold) * repeat
    print(f"scorer: {docs} documents in {seconds:.2f} s = {docs / seconds:.0f} docs/s "
          f"(perfect predictions, detection F1 {f1})")


def bench_full(shared: Path) -> None:
    datasets = {
        "seed": (shared / "seeds" / "000_eba4030429a9acda.gold.jsonl",
                 shared / "seeds" / "000_eba4030429a9acda.txt"),
        "dev": (shared / "dev" / "gold.jsonl", shared / "dev" / "corpus.jsonl"),
    }
    for name, (gold_path, corpus_path) in datasets.items():
        start = time.perf_counter()
        try:
            report = evaluate(gold_path, corpus_path).to_dict()
        except ConfigError as exc:
            print(f"{name}: extractor not available ({exc})")
            return
        seconds = time.perf_counter() - start
        det, typed, tallies = report["detection"], report["typed"], report["tallies"]
        print(f"{name}: {report['documents']} documents in {seconds:.2f} s; detection "
              f"P {det['precision']} R {det['recall']} F1 {det['f1']}; typed F1 "
              f"{typed['f1']}; tallies F1 {tallies['f1']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    bench_scorer(args.shared, args.repeat)
    bench_full(args.shared)


if __name__ == "__main__":
    main()
