"""Running the extractor over an evaluation corpus (ingest, then the default pipeline)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from willay.config import Settings
from willay.errors import ConfigError, InputError, WillayError
from willay.evaluate.corpus import Corpus, CorpusDoc
from willay.evaluate.predictions import PredDoc
from willay.evaluate.sentences import AlignText
from willay.model import Document

Extractor = Callable[[Document], Document]
#: Builds the clean document of a corpus entry (default :func:`ingest_entry`).
Ingester = Callable[[CorpusDoc], Document]


def _attr(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"{module}.{name} is not available ({exc})") from exc


def ingest_entry(entry: CorpusDoc, settings: Settings | None = None) -> Document:
    """The clean :class:`Document` of a corpus entry, before extraction.

    JSONL records go through ``willay.ingest.document_from_record``; plain files through
    ``willay.ingest.read_inputs`` (so their byline and dateline give the metadata), keeping
    the file stem as the id so that it matches the gold.
    """
    if entry.path is not None:
        read_inputs = _attr("willay.ingest", "read_inputs")
        for item in read_inputs([str(entry.path)], settings or Settings.from_env()):
            if isinstance(item, Exception):
                raise item
            found: Document = item
            found.id = entry.id
            return found
        raise InputError(entry.source, "the reader returned no document")
    document_from_record = _attr("willay.ingest", "document_from_record")
    doc: Document = document_from_record(dict(entry.record), entry.source)
    doc.id = entry.id
    return doc


def document_texts(entries: Iterable[CorpusDoc], settings: Settings | None = None,
                   ingester: Ingester | None = None) -> tuple[dict[str, AlignText], list[str]]:
    """The texts that predicted offsets point into, by id, and warnings.

    Predictions read from a file carry offsets into the text as given (for HTML, the text
    that ingest extracted); ingest is re-run here (it is deterministic) for that text and
    its clean view. Where ingest is not available (one warning) or fails on a document
    (one warning each), the raw corpus text is used.
    """
    texts: dict[str, AlignText] = {}
    warnings: list[str] = []
    available = True
    for entry in entries:
        if available:
            try:
                doc = ingester(entry) if ingester else ingest_entry(entry, settings)
                texts[entry.id] = AlignText.of_document(doc)
                continue
            except ConfigError as exc:
                available = False
                warnings.append(f"offsets checked against the raw corpus text ({exc})")
            except InputError as exc:
                warnings.append(f"{entry.id}: offsets checked against the raw text ({exc})")
        texts[entry.id] = AlignText.plain(entry.text)
    return texts, warnings


def default_extractor() -> Extractor:
    """``willay.extract.pipeline.extract``, or a :class:`ConfigError` when it is missing."""
    extract: Extractor = _attr("willay.extract.pipeline", "extract")
    return extract


def extract_corpus(corpus: Corpus, extractor: Extractor | None = None,
                   settings: Settings | None = None,
                   ids: Iterable[str] | None = None, ingester: Ingester | None = None,
                   ) -> tuple[dict[str, PredDoc], list[str]]:
    """Ingest and extract every corpus document (or those in ``ids``).

    Returns the predictions by document id and one warning per document that failed; a
    failed document has no predictions, so its gold events count as misses.
    """
    run = extractor or default_extractor()
    wanted = set(ids) if ids is not None else None
    preds: dict[str, PredDoc] = {}
    warnings: list[str] = []
    for entry in corpus.docs.values():
        if wanted is not None and entry.id not in wanted:
            continue
        try:
            doc = run(ingester(entry) if ingester else ingest_entry(entry, settings))
        except WillayError as exc:
            warnings.append(f"{entry.id}: not extracted ({exc})")
            continue
        doc.id = entry.id
        pred = PredDoc.from_document(doc)
        if pred.language is None:
            pred.language = entry.lang
        preds[entry.id] = pred
    return preds, warnings
