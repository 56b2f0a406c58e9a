"""Exports of merged events: ACLED and UCDP GED CSV, PLOVER JSON lines, GeoJSON, JSON lines.

One module per format (:mod:`~willay.export.acled`, :mod:`~willay.export.ucdp`,
:mod:`~willay.export.plover`, :mod:`~willay.export.geojson`), the rules they share in
:mod:`~willay.export.view` and :mod:`~willay.export.roles`, CSV cells neutralised in
:mod:`~willay.export.csvsafe`. The CLI (``willay export``) and the API (``/api/export/...``)
both stream :meth:`Export.chunks`; :func:`export_events` reads the store.

Formats and what they leave out:

- ``acled``: every event; ACLED ids, ``admin3`` and regime years of state forces are never
  known to willay;
- ``ucdp``: fatal events only (GED holds only events with at least one death);
- ``plover``: every event (``polecat`` is an older name of the same format);
- ``geojson``: events with coordinates only;
- ``jsonl``: every event with everything (reports, evidence, claims, revisions, decisions).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TextIO

from willay.errors import ConfigError, NotFoundError
from willay.export import acled, geojson, plover, ucdp
from willay.export.csvsafe import csv_chunks, safe_cell
from willay.export.view import EventView, TextLookup, Viewer
from willay.store import EventDetail, EventFilter, Store

FORMATS = ("acled", "ucdp", "plover", "geojson", "jsonl")
#: Other names accepted for a format.
ALIASES = {"polecat": "plover"}
#: The media type and file suffix of each format.
MEDIA_TYPES = {"acled": ("text/csv", "acled.csv"), "ucdp": ("text/csv", "ucdp.csv"),
               "plover": ("application/x-ndjson", "plover.jsonl"),
               "geojson": ("application/geo+json", "geojson"),
               "jsonl": ("application/x-ndjson", "jsonl")}
#: Why a format leaves events out (formats that keep every event are absent).
LEFT_OUT = {"ucdp": ucdp.LEFT_OUT, "geojson": geojson.LEFT_OUT}

__all__ = [
    "ALIASES",
    "FORMATS",
    "LEFT_OUT",
    "MEDIA_TYPES",
    "EventView",
    "Export",
    "ExportResult",
    "Viewer",
    "csv_chunks",
    "export_events",
    "format_name",
    "safe_cell",
    "store_texts",
    "write_export",
]


def format_name(fmt: str) -> str:
    """The canonical name of ``fmt`` (aliases resolved); :class:`ConfigError` if unknown."""
    name = ALIASES.get(fmt, fmt)
    if name not in FORMATS:
        raise ConfigError(f"export format {fmt!r}: use one of {', '.join(FORMATS)}")
    return name


@dataclass(frozen=True, slots=True)
class ExportResult:
    """How many events were written, how many left out, and why."""

    written: int
    left_out: int = 0
    reason: str | None = None

    def message(self) -> str:
        text = f"{self.written} events exported"
        if self.left_out:
            text += f", {self.left_out} left out: {self.reason}"
        return text


class Export:
    """One export in format ``fmt``; :meth:`chunks` streams it and counts what it wrote.

    ``texts`` reads a document's text by id, for the evidence sentences of PLOVER's
    ``event_text`` (without it, the event's summary sentence stands in).
    """

    def __init__(self, fmt: str, *, texts: TextLookup | None = None) -> None:
        self.fmt = format_name(fmt)
        self.viewer = Viewer(texts)
        self.written = 0
        self.left_out = 0

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.fmt][0]

    @property
    def filename(self) -> str:
        return "events." + MEDIA_TYPES[self.fmt][1]

    def result(self) -> ExportResult:
        return ExportResult(self.written, self.left_out, LEFT_OUT.get(self.fmt))

    def _views(self, details: Iterable[EventDetail],
               keep: Callable[[EventView], bool] | None = None) -> Iterator[EventView]:
        for detail in details:
            view = self.viewer.view(detail)
            if keep is not None and not keep(view):
                self.left_out += 1
                continue
            self.written += 1
            yield view

    def chunks(self, details: Iterable[EventDetail]) -> Iterator[str]:
        """The export as text chunks (a header, one chunk per event, a footer)."""
        if self.fmt == "acled":
            yield from csv_chunks(acled.COLUMNS, (acled.row(v) for v in self._views(details)))
        elif self.fmt == "ucdp":
            yield from csv_chunks(ucdp.COLUMNS,
                                  (ucdp.row(v) for v in self._views(details, ucdp.keep)))
        elif self.fmt == "plover":
            for view in self._views(details):
                yield json.dumps(plover.record(view), ensure_ascii=False) + "\n"
        elif self.fmt == "geojson":
            yield '{"type": "FeatureCollection", "features": ['
            for view in self._views(details, geojson.keep):
                sep = ",\n" if self.written > 1 else "\n"
                yield sep + json.dumps(geojson.feature(view), ensure_ascii=False)
            yield "\n]}\n"
        else:
            for detail in details:
                self.written += 1
                yield json.dumps(detail.to_dict(), ensure_ascii=False) + "\n"

    def write(self, details: Iterable[EventDetail], out: TextIO) -> ExportResult:
        for chunk in self.chunks(details):
            out.write(chunk)
        return self.result()


def write_export(details: Iterable[EventDetail], fmt: str, out: TextIO, *,
                 texts: TextLookup | None = None) -> ExportResult:
    """Write events in ``fmt`` (one of :data:`FORMATS` or an alias) to ``out``."""
    return Export(fmt, texts=texts).write(details, out)


def store_texts(store: Store) -> TextLookup:
    """Read documents' texts from ``store`` (``None`` for a document that is gone)."""

    def text(doc_id: str) -> str | None:
        try:
            return store.get_document(doc_id).document.text
        except NotFoundError:
            return None

    return text


def export_events(store: Store, fmt: str, out: TextIO,
                  filters: EventFilter | None = None) -> ExportResult:
    """Export every event of ``store`` matching ``filters`` (in date order) to ``out``."""
    export = Export(fmt, texts=store_texts(store))
    return export.write(store.iter_events(filters), out)
