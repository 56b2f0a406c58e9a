"""Run extraction over inputs: read, extract, filter by confidence, report failures."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from willay.config import Settings
from willay.errors import InputError, WillayError
from willay.model import Document


@dataclass
class RunSummary:
    """What a run over many inputs did."""

    read: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    tallies: int = 0

    def line(self) -> str:
        return (f"{self.read} documents read, {len(self.failed)} failed, "
                f"{self.events} events, {self.tallies} tallies")


def filter_confidence(doc: Document, min_confidence: float) -> Document:
    """Drop the reports of ``doc`` whose confidence is below ``min_confidence``."""
    if min_confidence > 0:
        doc.reports = [r for r in doc.reports if r.confidence >= min_confidence]
    return doc


def extract_inputs(
    paths: Iterable[str],
    *,
    settings: Settings | None = None,
    min_confidence: float = 0.0,
    summary: RunSummary | None = None,
    on_error: Callable[[str, str], None] | None = None,
    meta: Mapping[str, Any] | None = None,
) -> Iterator[Document]:
    """Read every input and yield its processed document; failures go to ``summary``.

    ``meta`` (``published``, ``url``) goes to :func:`willay.ingest.read_inputs`.
    """
    from willay.extract.pipeline import extract
    from willay.ingest import read_inputs

    summary = summary if summary is not None else RunSummary()
    for item in read_inputs(paths, settings or Settings.from_env(), meta=meta):
        if isinstance(item, InputError):
            summary.failed.append((item.source, item.reason))
            if on_error:
                on_error(item.source, item.reason)
            continue
        try:
            doc = filter_confidence(extract(item), min_confidence)
        except WillayError as exc:
            source = item.source or item.id
            summary.failed.append((source, str(exc)))
            if on_error:
                on_error(source, str(exc))
            continue
        summary.read += 1
        summary.events += len(doc.reports)
        summary.tallies += len(doc.tallies)
        yield doc
