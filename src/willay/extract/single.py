"""One text in, typed results out: the one-call extraction behind ``willay.extract_text``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from willay.model import Document, EventReport, Tally


@dataclass(slots=True)
class Extraction:
    """What willay found in one text: its events and tallies, with their evidence.

    ``to_dict()`` is exactly one line of ``willay extract --format jsonl`` (the output
    contract, with ``doc.text``: the text as given, which every offset points into even
    where cleaning skipped boilerplate).
    """

    document: Document
    events: list[EventReport] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    @property
    def text(self) -> str:
        """The text every evidence offset points into."""
        return self.document.text

    def to_dict(self) -> dict[str, Any]:
        from willay.model.serialize import document_to_dict

        return document_to_dict(self.document)


def extract_text(text: str, *, published: str | dt.date | None = None,
                 url: str | None = None, lang: str | None = None, title: str | None = None,
                 publisher: str | None = None, id: str | None = None,
                 min_confidence: float = 0.0) -> Extraction:
    """Extract the events of one news text.

    ``published`` (``"2023-01-13"`` or a date) anchors relative dates ("two days later");
    ``lang`` (``en``, ``es``, ``pt``, ``fr``) skips language identification; ``id`` names the
    document (default: a hash of its text). Raises :class:`willay.errors.InputError` for an
    empty text. Reports below ``min_confidence`` are dropped.
    """
    from willay.extract.pipeline import extract
    from willay.extract.run import filter_confidence
    from willay.ingest import document_from_record

    if isinstance(published, dt.date):
        published = published.isoformat()
    record = {"text": text, "published": published, "url": url, "lang": lang,
              "title": title, "publisher": publisher, "id": id}
    doc = filter_confidence(extract(document_from_record(
        {k: v for k, v in record.items() if v is not None}, id or "text")), min_confidence)
    return Extraction(document=doc, events=list(doc.reports), tallies=list(doc.tallies),
                      warnings=list(doc.warnings))
