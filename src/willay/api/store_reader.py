"""The API's reader over :class:`willay.store.Store`: every query goes through the store's
public methods (one query layer, one filter type: :class:`willay.store.EventFilter`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from willay.api.convert import claim_out, figure_out, removed_spans, report_out, span_out
from willay.api.query import EventFilter
from willay.api.reader import places_of
from willay.api.schemas import (
    ClaimOut,
    DocumentOut,
    EventDetail,
    EventPage,
    EventSummary,
    FacetCount,
    FacetCountsOut,
    FacetsOut,
    Highlight,
    IngestedDocument,
    IngestOut,
    PlaceOut,
    RevisionOut,
    SpanOut,
    TallyOut,
    TallySeries,
)
from willay.errors import ConflictError, InputError, NotFoundError
from willay.model.event import FIGURE_KINDS
from willay.store import EventDetail as StoreDetail
from willay.store import EventSummary as StoreSummary
from willay.store import Store

#: Rows fetched per query when exporting every matching event (the store's page maximum).
EXPORT_BATCH = 10_000


def _iso(value: dt.date | dt.datetime | str | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()


def summary_out(s: StoreSummary) -> EventSummary:
    """The store's event row as the API's summary."""
    date = s.date
    return EventSummary(
        id=s.id, event_type=s.event_type, sub_event_type=s.sub_event_type,
        disorder_type=s.disorder_type, tags=list(s.tags or []),
        date=date.iso() if date else None,
        date_start=date.start.isoformat() if date else None,
        date_end=date.end.isoformat() if date else None,
        date_precision=date.precision if date else None,
        country=s.country, admin1=s.admin1, admin2=s.admin2, location=s.location,
        latitude=s.latitude, longitude=s.longitude, geo_precision=s.geo_precision,
        actor1=s.actor1, actor2=s.actor2, fatalities=figure_out(s.fatalities),
        injured=figure_out(s.injured), arrested=figure_out(s.arrested),
        confidence=s.confidence, n_reports=s.n_reports,
    )


def store_filter(flt: EventFilter, limit: int = 100, offset: int = 0,
                 after: str | None = None) -> EventFilter:
    """The API's filter with a page: the same type, the page fields set."""
    return dataclasses.replace(flt, limit=limit, offset=offset, order="date", after=after)


class StoreReader:
    """A :class:`~willay.api.reader.Reader` backed by the store at ``db_url``."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.store = Store(db_url)

    def events(self, flt: EventFilter, limit: int, offset: int,
               after: str | None = None, order: str = "date") -> EventPage:
        sf = dataclasses.replace(store_filter(flt, limit, offset, after), order=order)
        found = self.store.list_events(sf)
        items = self._with_sources([summary_out(s) for s in found])
        if offset == 0 and after is None and len(items) < limit:
            total = len(items)  # the whole list is on this page
        else:
            total = self.store.count_events(sf)  # kept per filter until the events change
        cursor = (self.store.next_cursor(found) if len(found) == limit and order == "date"
                  else None)
        return EventPage(total=total, limit=limit, offset=offset, items=items,
                         next_cursor=cursor)

    def _with_sources(self, items: list[EventSummary]) -> list[EventSummary]:
        sources = self.store.event_sources([e.id for e in items])
        for e in items:
            e.sources = sources.get(e.id, [])
        return items

    def facet_counts(self, flt: EventFilter) -> FacetCountsOut:
        sf = store_filter(flt)
        counts = self.store.facet_counts(sf)
        return FacetCountsOut(
            total=self.store.count_events(sf),
            **{name: [FacetCount(value=v, count=n) for v, n in pairs]
               for name, pairs in counts.items()})

    def iter_events(self, flt: EventFilter) -> Iterator[EventSummary]:
        after: str | None = None
        while True:  # keyset pages: each costs the same however deep
            batch = self.store.list_events(store_filter(flt, EXPORT_BATCH, 0, after))
            for s in batch:
                yield summary_out(s)
            if len(batch) < EXPORT_BATCH:
                return
            after = self.store.next_cursor(batch)

    def iter_details(self, flt: EventFilter) -> Iterator[StoreDetail]:
        return self.store.iter_events(store_filter(flt))

    def document_text(self, doc_id: str) -> str | None:
        try:
            return self.store.get_document(doc_id).document.text
        except NotFoundError:
            return None

    def event(self, event_id: str) -> EventDetail:
        detail = self.store.get_event(event_id)
        event = detail.event
        infos = {d.id: d for d in detail.documents}
        keys = detail.report_keys or [r.id for r in event.reports]
        reports = []
        for key, r in zip(keys, event.reports, strict=True):
            info = infos.get(r.doc_id)
            update: dict[str, Any] = {"id": key}
            if info is not None:
                update.update(doc_title=info.title, publisher=info.publisher,
                              published=_iso(info.published))
            reports.append(report_out(r).model_copy(update=update))
        claims: list[ClaimOut] = []
        for kind in FIGURE_KINDS:
            for p in detail.figures.get(kind, []):
                claims.append(ClaimOut(
                    kind=p.kind, value=p.value, low=p.low, high=p.high, qualifier=p.qualifier,
                    reporter=p.reporter, reporter_class=p.reporter_class, via=p.via,
                    as_of=_iso(p.as_of), doc_id=p.doc_id, report_id=p.report_id,
                    publisher=p.publisher, published=_iso(p.published),
                    evidence=span_out(p.evidence)))
        if not claims:  # a store without figure points: the reports' own claims
            claims = [claim_out(c, r) for r in event.reports for c in r.claims]
        revisions = [RevisionOut(at=_iso(rev.at), action=rev.action, summary=rev.summary,
                                 data=dict(rev.data)) for rev in detail.revisions]
        modalities = sorted({r.modality for r in event.reports})
        return EventDetail(
            **summary_out(detail.summary).model_dump(), actor1_type=event.actor1_type,
            actor2_type=event.actor2_type, crowd_size=figure_out(event.crowd_size),
            modality=", ".join(modalities) or None, reports=reports, claims=claims,
            revisions=revisions,
        )

    def document(self, doc_id: str) -> DocumentOut:
        stored = self.store.get_document(doc_id)
        doc = stored.document
        highlights = [
            Highlight(start=ev.span.start, end=ev.span.end, quote=ev.span.quote, field=ev.field,
                      report_id=ev.report_id or "",
                      event_id=stored.events.get(ev.report_id) if ev.report_id else None)
            for ev in stored.evidence
        ]
        return DocumentOut(
            id=doc.id, url=doc.url, title=doc.title, publisher=doc.publisher,
            author=doc.author, published=doc.published_iso(), language=doc.language,
            text=doc.text, highlights=sorted(highlights, key=lambda h: (h.start, -h.end)),
            removed=[span_out(s) for s in removed_spans(doc)],
        )

    def tallies(self, kind: str | None, country: str | None) -> list[TallySeries]:
        out = []
        for series in self.store.list_tallies(kind=kind, country=country):
            points = [
                TallyOut(doc_id=p.doc_id, kind=series.kind, value=p.value, low=p.low,
                         high=p.high, qualifier=p.qualifier,
                         as_of=_iso(p.as_of) or _iso(p.published), since=_iso(p.since),
                         country=series.country, admin1=series.admin1, scope=series.scope,
                         reporter=p.reporter, via=p.via,
                         evidence=SpanOut(**p.evidence.to_dict()))
                for p in series.points
            ]
            out.append(TallySeries(kind=series.kind, country=series.country,
                                   admin1=series.admin1, points=points))
        return out

    def places(self, flt: EventFilter) -> list[PlaceOut]:
        return places_of(self.iter_events(flt))

    def facets(self) -> FacetsOut:
        found = self.store.facets()
        return FacetsOut(
            event_types=found["event_types"], sub_event_types=found["sub_event_types"],
            countries=found["countries"], admin1=found["admin1"],
            date_min=_iso(found["date_min"]), date_max=_iso(found["date_max"]),
        )

    def ingest(self, records: Sequence[dict[str, Any]]) -> IngestOut:
        """Ingest JSONL-style records through the library path of ``willay ingest``."""
        from willay.extract.pipeline import extract
        from willay.ingest import document_from_record

        done: list[IngestedDocument] = []
        errors: list[str] = []
        for i, record in enumerate(records):
            try:
                doc = extract(document_from_record(record, f"request[{i}]"))
            except InputError as exc:
                errors.append(str(exc))
                continue
            try:
                result = self.store.add_document(doc)
            except ConflictError:  # the stored source may be a server path: not named
                errors.append(f"request[{i}]: id {doc.id!r} is already stored with another "
                              "text")
                continue
            except InputError as exc:  # e.g. a figure too large for any store
                errors.append(f"request[{i}]: {exc.reason}")
                continue
            done.append(IngestedDocument(id=result.doc_id, title=doc.title,
                                         reports=result.reports, tallies=result.tallies))
        return IngestOut(documents=done, errors=errors)
