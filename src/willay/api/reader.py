"""The read interface the API serves from, and an in-memory implementation over documents.

:class:`Reader` is what :func:`willay.api.app.create_app` needs; the store-backed reader
(:mod:`willay.api.store_reader`) and :class:`MemoryReader` (documents already extracted,
for tests and for serving a JSONL extraction without a database) both implement it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from willay.api.convert import (
    document_out,
    report_detail,
    report_highlights,
    report_summary,
    tally_out,
)
from willay.api.query import EventFilter
from willay.api.schemas import (
    DocumentOut,
    EventDetail,
    EventPage,
    EventSummary,
    FacetCount,
    FacetCountsOut,
    FacetsOut,
    IngestedDocument,
    IngestOut,
    PlaceOut,
    TallyOut,
    TallySeries,
)
from willay.errors import ConfigError, InputError, NotFoundError
from willay.model import Document, EventReport
from willay.store.records import ORDERS, parse_cursor

#: The filters that the dashboard lists values of, with counts (``Store.FACET_FIELDS``).
FACET_FIELDS = ("event_type", "sub_event_type", "country", "admin1")

if TYPE_CHECKING:
    from willay.store import EventDetail as StoredEvent


class Reader(Protocol):
    """Read access to stored events, documents and tallies, plus ingestion."""

    def events(self, flt: EventFilter, limit: int, offset: int,
               after: str | None = None, order: str = "date") -> EventPage:
        """A page of matching events, newest first or in ``order`` (one of the store's
        ``ORDERS``): ``offset`` events skipped, or (newest first only) those after the
        cursor ``after`` (the ``next_cursor`` of the previous page)."""
        ...

    def iter_events(self, flt: EventFilter) -> Iterator[EventSummary]: ...

    def iter_details(self, flt: EventFilter) -> Iterator[StoredEvent]:
        """Matching events with everything behind them, in date order (for the exports)."""
        ...

    def document_text(self, doc_id: str) -> str | None:
        """The text a document's evidence offsets point into (``None`` when unknown)."""
        ...

    def event(self, event_id: str) -> EventDetail: ...

    def document(self, doc_id: str) -> DocumentOut: ...

    def tallies(self, kind: str | None, country: str | None) -> list[TallySeries]: ...

    def places(self, flt: EventFilter) -> list[PlaceOut]: ...

    def facets(self) -> FacetsOut: ...

    def facet_counts(self, flt: EventFilter) -> FacetCountsOut:
        """Each filter list's values with the number of events that choosing them gives."""
        ...

    def ingest(self, records: Sequence[dict[str, Any]]) -> IngestOut: ...


def sort_key(event: EventSummary) -> tuple[str, str]:
    """Events are listed newest first, then by id, in every reader (undated ones last, as
    the store's ``sort_date`` of 0001-01-01 puts them)."""
    return (event.date_start or "0001-01-01", event.id)


def _order_value(event: EventSummary, key: str) -> float | str | None:
    if key in ("fatalities", "injured", "arrested"):
        figure = getattr(event, key)
        return figure.best if figure is not None else None
    if key == "source":
        return min(event.sources) if event.sources else None
    if key == "reports":
        return event.n_reports
    return event.confidence


def ordered(events: Iterable[EventSummary], order: str = "date") -> list[EventSummary]:
    """Events in one of the store's ``ORDERS``, as the store sorts them: unknown values last,
    ties newest first."""
    if order not in ORDERS:
        raise ConfigError(f"order {order!r}: use one of {', '.join(ORDERS)}")
    newest = sorted(events, key=sort_key, reverse=True)
    if order in ("date", "date_asc"):
        return newest if order == "date" else newest[::-1]
    key = order.removesuffix("_asc")
    known: list[tuple[Any, EventSummary]] = [
        (v, e) for e in newest if (v := _order_value(e, key)) is not None]
    known.sort(key=lambda ve: ve[0], reverse=not order.endswith("_asc"))
    return [e for _, e in known] + [e for e in newest if _order_value(e, key) is None]


def page(items: list[EventSummary], flt: EventFilter, limit: int, offset: int,
         after: str | None = None, order: str = "date") -> EventPage:
    chosen = ordered((e for e in items if flt.matches(e)), order)
    total = len(chosen)
    if after is not None:
        if order != "date":
            raise ConfigError("a cursor (after) continues the newest-first list only")
        day, event_id = parse_cursor(after)
        chosen = [e for e in chosen if sort_key(e) < (day.isoformat(), event_id)]
    items = chosen[offset:offset + limit]
    cursor = None
    if len(items) == limit and items and order == "date":
        day_text, last_id = sort_key(items[-1])
        cursor = f"{day_text}~{last_id}"
    return EventPage(total=total, limit=limit, offset=offset, items=items, next_cursor=cursor)


def facet_counts_of(events: Sequence[EventSummary], flt: EventFilter) -> FacetCountsOut:
    """Facet counts in memory, with the store's meaning (``Store.facet_counts``)."""
    fields: dict[str, list[FacetCount]] = {}
    for name in FACET_FIELDS:
        cleared: dict[str, Any] = {name: None}
        other = replace(flt, **cleared)
        counts = Counter(str(getattr(e, name)) for e in events
                         if getattr(e, name) and other.matches(e))
        fields[name] = [FacetCount(value=v, count=n)
                        for v, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return FacetCountsOut(total=sum(1 for e in events if flt.matches(e)), **fields)


def places_of(events: Iterable[EventSummary]) -> list[PlaceOut]:
    """Distinct places of events with coordinates, most events first."""
    counts: Counter[tuple[str | None, str | None, str | None, float, float]] = Counter()
    for e in events:
        if e.latitude is not None and e.longitude is not None:
            counts[(e.country, e.admin1, e.location, e.latitude, e.longitude)] += 1
    return [PlaceOut(country=c, admin1=a, location=loc, latitude=lat, longitude=lon, events=n)
            for (c, a, loc, lat, lon), n in counts.most_common()]


def series_of(points: Iterable[TallyOut]) -> list[TallySeries]:
    """Group tallies by kind and area; each series ordered by as-of date."""
    groups: dict[tuple[str, str | None, str | None], list[TallyOut]] = {}
    for p in points:
        groups.setdefault((p.kind, p.country, p.admin1), []).append(p)
    return [TallySeries(kind=k, country=c, admin1=a,
                        points=sorted(v, key=lambda t: (t.as_of or "", t.value or 0)))
            for (k, c, a), v in sorted(groups.items(),
                                       key=lambda kv: tuple(x or "" for x in kv[0]))]


class MemoryReader:
    """A :class:`Reader` over extracted documents held in memory; each report is an event."""

    def __init__(self, docs: Iterable[Document] = (),
                 pipeline: Callable[[dict[str, Any]], Document] | None = None) -> None:
        self._pipeline = pipeline
        self._docs: dict[str, Document] = {}
        self._reports: dict[str, EventReport] = {}
        self._summaries: dict[str, EventSummary] = {}
        self._added: dict[str, dt.datetime] = {}
        self.add(docs)

    def add(self, docs: Iterable[Document]) -> None:
        at = dt.datetime.now(dt.UTC)
        for doc in docs:
            self._docs[doc.id] = doc
            for report in doc.reports:
                self._reports[report.id] = report
                summary = report_summary(report)
                if doc.publisher:
                    summary.sources = [doc.publisher]
                self._summaries[report.id] = summary
                self._added[report.id] = at

    def events(self, flt: EventFilter, limit: int, offset: int,
               after: str | None = None, order: str = "date") -> EventPage:
        return page(list(self._summaries.values()), flt, limit, offset, after, order)

    def iter_events(self, flt: EventFilter) -> Iterator[EventSummary]:
        return iter(page(list(self._summaries.values()), flt, len(self._summaries), 0).items)

    def iter_details(self, flt: EventFilter) -> Iterator[StoredEvent]:
        from willay.export.reports import report_detail

        chosen = sorted((e for e in self._summaries.values() if flt.matches(e)), key=sort_key)
        for summary in chosen:
            report = self._reports[summary.id]
            yield report_detail(report, self._docs.get(report.doc_id), self._added[report.id])

    def document_text(self, doc_id: str) -> str | None:
        doc = self._docs.get(doc_id)
        return doc.text if doc is not None else None

    def event(self, event_id: str) -> EventDetail:
        report = self._reports.get(event_id)
        if report is None:
            raise NotFoundError(f"event {event_id!r} not found")
        return report_detail(report, self._docs.get(report.doc_id))

    def document(self, doc_id: str) -> DocumentOut:
        doc = self._docs.get(doc_id)
        if doc is None:
            raise NotFoundError(f"document {doc_id!r} not found")
        highlights = [h for r in doc.reports for h in report_highlights(r, r.id)]
        return document_out(doc, highlights)

    def tallies(self, kind: str | None, country: str | None) -> list[TallySeries]:
        points = []
        for doc in self._docs.values():
            for tally in doc.tallies:
                if (kind is None or tally.kind == kind) and (country is None
                                                             or tally.country == country):
                    out = tally_out(tally)
                    points.append(out if out.doc_id else out.model_copy(update={"doc_id": doc.id}))
        return series_of(points)

    def places(self, flt: EventFilter) -> list[PlaceOut]:
        return places_of(e for e in self._summaries.values() if flt.matches(e))

    def facets(self) -> FacetsOut:
        events = list(self._summaries.values())
        dates = sorted(e.date_start for e in events if e.date_start)
        return FacetsOut(
            event_types=sorted({e.event_type for e in events}),
            sub_event_types=sorted({e.sub_event_type for e in events}),
            countries=sorted({e.country for e in events if e.country}),
            admin1=sorted({e.admin1 for e in events if e.admin1}),
            date_min=dates[0] if dates else None,
            date_max=dates[-1] if dates else None,
        )

    def facet_counts(self, flt: EventFilter) -> FacetCountsOut:
        return facet_counts_of(list(self._summaries.values()), flt)

    def ingest(self, records: Sequence[dict[str, Any]]) -> IngestOut:
        """Extract JSONL-style records with the reader's pipeline and hold the results."""
        if self._pipeline is None:
            raise ConfigError("this reader has no extraction pipeline: ingestion is off")
        done: list[IngestedDocument] = []
        errors: list[str] = []
        for i, record in enumerate(records):
            try:
                doc = self._pipeline(record)
            except InputError as exc:
                errors.append(str(exc))
                continue
            except ValueError as exc:
                errors.append(f"record {i}: {exc}")
                continue
            self.add([doc])
            done.append(IngestedDocument(id=doc.id, title=doc.title, reports=len(doc.reports),
                                         tallies=len(doc.tallies)))
        return IngestOut(documents=done, errors=errors)
