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
    on_warning: Callable[[str, str], None] | None = None,
) -> Iterator[Document]:
    """Read every input and yield its processed document; failures go to ``summary``.

    ``meta`` (``published``, ``url``) goes to :func:`willay.ingest.read_inputs`;
    ``on_warning(source, message)`` hears of each document whose time budget ran out.
    """
    from willay.extract.pipeline import BUDGET_WARNING, extract
    from willay.ingest import read_inputs

    summary = summary if summary is not None else RunSummary()
    settings = settings or Settings.from_env()
    for item in read_inputs(paths, settings, meta=meta):
        if isinstance(item, InputError):
            summary.failed.append((item.source, item.reason))
            if on_error:
                on_error(item.source, item.reason)
            continue
        try:
            doc = filter_confidence(extract(item, settings.time_budget), min_confidence)
        except WillayError as exc:
            source = item.source or item.id
            summary.failed.append((source, str(exc)))
            if on_error:
                on_error(source, str(exc))
            continue
        summary.read += 1
        if on_warning is not None:
            for warning in doc.warnings:
                if warning.startswith(BUDGET_WARNING):
                    on_warning(doc.source or doc.id, warning)
        summary.events += len(doc.reports)
        summary.tallies += len(doc.tallies)
        yield doc
