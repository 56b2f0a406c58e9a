"""The evaluation entry point: load gold and corpus, get predictions, score them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from willay.config import Settings
from willay.errors import ConfigError
from willay.evaluate.compare import Admin1Units, admin1_names
from willay.evaluate.corpus import Corpus, load_corpus
from willay.evaluate.gold import GoldSet, load_gold
from willay.evaluate.predictions import PredDoc, load_predictions
from willay.evaluate.runner import Extractor, Ingester, document_texts, extract_corpus
from willay.evaluate.score import Evaluation, score_document
from willay.evaluate.sentences import AlignText


@dataclass(slots=True)
class EvalSet:
    """Gold, predictions and texts of the documents under evaluation, ready to score.

    Scoring is cheap once predictions exist, so one set can be scored at several
    confidence thresholds.
    """

    gold: GoldSet
    preds: dict[str, PredDoc]
    texts: dict[str, AlignText]
    langs: dict[str, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: Names of first-level units for :func:`~willay.evaluate.compare.same_admin1`; ``None``:
    #: admin1 compared by name only.
    admin1_units: Admin1Units | None = None

    def score(self, min_confidence: float = 0.0) -> Evaluation:
        """Score every gold document, dropping predicted events below ``min_confidence``."""
        results = []
        with admin1_names(self.admin1_units):
            for doc_id, gold in self.gold.docs.items():
                pred = self.preds.get(doc_id) or PredDoc(id=doc_id)
                results.append(score_document(gold, pred.above(min_confidence),
                                              self.texts[doc_id], self.langs.get(doc_id)))
        return Evaluation(results, min_confidence=min_confidence, warnings=list(self.warnings))

    def trade_off(self, thresholds: Iterable[float]) -> list[dict[str, Any]]:
        """Detection and typed precision/recall/F1 at each confidence threshold."""
        rows = []
        for threshold in thresholds:
            figures = self.score(threshold).overall().to_dict()
            rows.append({"threshold": threshold, "pred_events": figures["pred_events"],
                         "detection": figures["detection"], "typed": figures["typed"]})
        return rows


def _select(gold: GoldSet, corpus: Corpus, ids: Sequence[str] | None) -> GoldSet:
    if ids:
        unknown = [i for i in ids if i not in gold.docs]
        if unknown:
            raise ConfigError(f"--doc: not in the gold file: {', '.join(unknown)}")
        gold = GoldSet({i: gold.docs[i] for i in gold.docs if i in set(ids)})
    missing = [i for i in gold.docs if i not in corpus.docs]
    if missing:
        raise ConfigError(f"gold documents not in the corpus: {', '.join(missing[:10])}")
    return gold


def prepare(gold_path: str | Path, corpus_paths: str | Path | Sequence[str | Path],
            pred_path: str | Path | None = None, *, extractor: Extractor | None = None,
            ids: Sequence[str] | None = None, settings: Settings | None = None,
            ingester: Ingester | None = None) -> EvalSet:
    """Load gold and corpus and get predictions: from ``pred_path`` or by running the extractor.

    ``extractor`` defaults to ``willay.extract.pipeline.extract`` and ``ingester`` to
    :func:`~willay.evaluate.runner.ingest_entry` (``willay.ingest``). Corpus documents that
    have no gold are ignored with a warning; gold documents missing from the corpus are an
    error.
    """
    paths = [corpus_paths] if isinstance(corpus_paths, str | Path) else list(corpus_paths)
    gold = load_gold(gold_path)
    corpus = load_corpus(*paths)
    gold = _select(gold, corpus, ids)
    warnings = [f"{i}: in the corpus but not in the gold, ignored"
                for i in corpus.docs if i not in gold.docs and not ids]
    if pred_path is not None:
        preds = load_predictions(pred_path)
        warnings.extend(f"{doc_id}: no predictions in {pred_path}"
                        for doc_id in gold.docs if doc_id not in preds)
        texts, text_warnings = document_texts((corpus.docs[i] for i in gold.docs), settings,
                                              ingester)
        warnings.extend(text_warnings)
    else:
        preds, run_warnings = extract_corpus(corpus, extractor, settings, ids=list(gold.docs),
                                             ingester=ingester)
        warnings.extend(run_warnings)
        texts = {}
        for doc_id in gold.docs:
            pred = preds.get(doc_id)
            if pred is not None and pred.view is not None:
                texts[doc_id] = pred.view
            else:
                texts[doc_id] = AlignText.plain(corpus.docs[doc_id].text)
    langs = {doc_id: corpus.docs[doc_id].lang or (preds[doc_id].language
                                                  if doc_id in preds else None)
             for doc_id in gold.docs}
    return EvalSet(gold=gold, preds=preds, texts=texts, langs=langs, warnings=warnings,
                   admin1_units=gazetteer_admin1_units(warnings))


def gazetteer_admin1_units(warnings: list[str]) -> Admin1Units:
    """The gazetteer's first-level units by name, opened on first use; where no gazetteer
    can be opened, no unit (admin1 compared by name only) and a warning in ``warnings``."""
    from willay.errors import GazetteerError

    state: dict[str, Any] = {}

    def lookup(country: str, name: str) -> frozenset[int]:
        if "resolver" not in state:
            try:
                from willay.geo.resolver import default_resolver

                state["resolver"] = default_resolver()
            except GazetteerError as exc:
                state["resolver"] = None
                warnings.append(f"admin1 compared by name only: {exc}")
        resolver = state["resolver"]
        return resolver.admin1_units(name, country) if resolver is not None else frozenset()

    return lookup


def evaluate(gold_path: str | Path, corpus_paths: str | Path | Sequence[str | Path],
             pred_path: str | Path | None = None, *, extractor: Extractor | None = None,
             ids: Sequence[str] | None = None, min_confidence: float = 0.0,
             settings: Settings | None = None, ingester: Ingester | None = None) -> Evaluation:
    """Score predictions (from ``pred_path`` or the extractor) against a gold file."""
    return prepare(gold_path, corpus_paths, pred_path, extractor=extractor, ids=ids,
                   settings=settings, ingester=ingester).score(min_confidence)
