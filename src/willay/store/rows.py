"""Rows: model objects to database rows and back (documents, reports, claims, tallies, events)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from willay.model import Document, Event, EventDate, EventReport, Figure, Span, Tally
from willay.model.event import FIGURE_KINDS
from willay.model.offsets import clean_view
from willay.model.serialize import report_from_dict, report_to_dict
from willay.resolve.matching import norm

#: ``sort_date`` of an undated event (first in date order, last in newest-first order).
UNDATED = dt.date(1, 1, 1)


#: ``extra["offsets_into"]`` of documents whose text is the text as given (every document
#: stored since offsets point into the input). Documents stored before have no such key:
#: their text is the clean view, and their evidence offsets point into it.
GIVEN = "given"


def text_hash(text: str) -> str:
    """SHA-256 hex digest of a clean view (the content hash the store checks)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def url_hash(url: str) -> str:
    return hashlib.sha256(url.strip().encode("utf-8")).hexdigest()


def report_key(doc_id: str, report_id: str) -> str:
    """Database-wide id of a report: ``"<doc id>:<report id>"`` (kept as is when the
    report id already starts with its document id and a colon)."""
    if report_id.startswith(f"{doc_id}:"):
        return report_id
    return f"{doc_id}:{report_id}"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def document_row(doc: Document, at: dt.datetime) -> dict[str, Any]:
    return {
        "id": doc.id,
        "url": doc.url,
        "url_hash": url_hash(doc.url) if doc.url else None,
        "content_hash": text_hash(doc.clean_view),
        "title": doc.title,
        "publisher": doc.publisher,
        "author": doc.author,
        "published": doc.published,
        "published_precision": doc.published_precision,
        "language": doc.language,
        "language_score": doc.language_score,
        "source": doc.source,
        "text": doc.text,
        "extra": {
            "warnings": list(doc.warnings),
            "removed": [s.to_dict() for s in doc.removed],
            "raw_offsets": [list(t) for t in doc.raw_offsets],
            "offsets_into": GIVEN,
        },
        "n_reports": len(doc.reports),
        "n_tallies": len(doc.tallies),
        "ingested_at": at,
    }


def document_from_row(row: Any) -> Document:
    """The stored document; its clean view is rebuilt from the text and the offset map
    (documents stored before the text as given was kept hold the clean view as text)."""
    extra = row.extra or {}
    raw_offsets = [(int(a), int(b), int(c)) for a, b, c in extra.get("raw_offsets", [])]
    clean = None
    if extra.get("offsets_into") == GIVEN and raw_offsets:
        clean = clean_view(row.text, raw_offsets)
    return Document(
        id=row.id, text=row.text, url=row.url, title=row.title, publisher=row.publisher,
        author=row.author, published=row.published,
        published_precision=row.published_precision, language=row.language,
        language_score=row.language_score, source=row.source,
        raw_offsets=raw_offsets,
        removed=[Span.from_dict(s) for s in extra.get("removed", [])],
        warnings=list(extra.get("warnings", [])),
        clean_text=clean if clean != row.text else None,
    )


def report_row(doc: Document, report: EventReport, position: int, key: str,
               block: str) -> dict[str, Any]:
    date = report.date
    return {
        "key": key,
        "report_id": report.id,
        "doc_id": doc.id,
        "position": position,
        "event_type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "disorder_type": report.disorder_type,
        "block": block,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else None,
        "country": report.country,
        "admin1": report.admin1,
        "location": report.location,
        "actor1": report.actor1,
        "actor2": report.actor2,
        "modality": report.modality,
        "confidence": float(report.confidence),
        "published": report.published or doc.published,
        "data": report_to_dict(report),
        "event_id": None,
        "pending": True,
    }


def report_from_row(row: Any) -> EventReport:
    report = report_from_dict(row.data, row.doc_id)
    report.published = row.published
    return report


def claim_rows(doc: Document, report: EventReport, key: str) -> list[dict[str, Any]]:
    out = []
    published = report.published or doc.published
    for i, c in enumerate(report.claims):
        rep = c.reporter_evidence
        out.append({
            "report_key": key, "doc_id": doc.id, "position": i, "kind": c.kind,
            "value": c.value, "low": c.low, "high": c.high, "qualifier": c.qualifier,
            "reporter": c.reporter, "reporter_class": c.reporter_class, "via": c.via,
            "scope": c.scope, "as_of": c.as_of, "published": published,
            "ev_start": c.evidence.start, "ev_end": c.evidence.end,
            "ev_quote": c.evidence.quote,
            "rep_start": rep.start if rep else None, "rep_end": rep.end if rep else None,
            "rep_quote": rep.quote if rep else None,
        })
    return out


def evidence_rows(doc: Document, report: EventReport, key: str) -> list[dict[str, Any]]:
    def row(field: str, span: Span) -> dict[str, Any]:
        return {"doc_id": doc.id, "report_key": key, "field": field, "start": span.start,
                "end": span.end, "quote": span.quote}

    out = [row("trigger", report.trigger)]
    for field, spans in report.evidence.items():
        if field != "trigger":
            out.extend(row(field, s) for s in spans)
    for claim in report.claims:
        out.append(row(f"claim:{claim.kind}", claim.evidence))
        if claim.reporter_evidence is not None:
            out.append(row(f"reporter:{claim.kind}", claim.reporter_evidence))
    return out


def tally_series_key(tally: Tally) -> str:
    """Tallies with the same kind, place and starting point (or scope words) form a series."""
    start = tally.since.iso() if tally.since else norm(tally.scope)
    return "|".join([tally.kind, tally.country or "", norm(tally.admin1), start])[:400]


def tally_row(doc: Document, tally: Tally, position: int) -> dict[str, Any]:
    return {
        "doc_id": doc.id, "position": position, "series": tally_series_key(tally),
        "kind": tally.kind, "value": tally.value, "low": tally.low, "high": tally.high,
        "qualifier": tally.qualifier,
        "as_of": tally.as_of.iso() if tally.as_of else None,
        "as_of_date": tally.as_of.end if tally.as_of else doc.published,
        "since": tally.since.iso() if tally.since else None,
        "country": tally.country, "admin1": tally.admin1, "scope": tally.scope,
        "reporter": tally.reporter, "reporter_class": tally.reporter_class, "via": tally.via,
        "published": doc.published,
        "ev_start": tally.evidence.start, "ev_end": tally.evidence.end,
        "ev_quote": tally.evidence.quote,
    }


def tally_from_row(row: Any) -> Tally:
    return Tally(
        kind=row.kind, value=row.value, low=row.low, high=row.high, qualifier=row.qualifier,
        as_of=EventDate.parse(row.as_of), since=EventDate.parse(row.since),
        country=row.country, admin1=row.admin1, scope=row.scope, reporter=row.reporter,
        reporter_class=row.reporter_class, via=row.via,
        evidence=Span(row.ev_start, row.ev_end, row.ev_quote), doc_id=row.doc_id,
    )


def event_row(event: Event, block: str, keys: Sequence[str]) -> dict[str, Any]:
    """The stored columns of a merged event (without timestamps)."""
    date = event.date
    figures = {k: (f.to_dict() if f else None)
               for k in FIGURE_KINDS for f in [getattr(event, k)]}

    def best(kind: str) -> int | None:
        fig: Figure | None = getattr(event, kind)
        return fig.best if fig else None

    fat: Figure | None = event.fatalities
    words = [event.location, event.admin1, event.admin2, event.country, event.actor1,
             event.actor2, event.event_type, event.sub_event_type, *event.tags,
             *(r.trigger.quote for r in event.reports)]
    return {
        "id": event.id,
        "block": block,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "disorder_type": event.disorder_type,
        "tags": list(event.tags),
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else None,
        "sort_date": date.start if date else UNDATED,
        "date_span": (date.end - date.start).days if date else None,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location": event.location,
        "latitude": event.latitude,
        "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "actor1": event.actor1,
        "actor1_type": event.actor1_type,
        "actor2": event.actor2,
        "actor2_type": event.actor2_type,
        "fatalities_best": best("fatalities"),
        "fatalities_low": fat.low if fat else None,
        "fatalities_high": fat.high if fat else None,
        "injured_best": best("injured"),
        "arrested_best": best("arrested"),
        "crowd_size_best": best("crowd_size"),
        "figures": figures,
        "confidence": float(event.confidence),
        "n_reports": len(keys),
        "n_documents": len({r.doc_id for r in event.reports}),
        "search": norm(" ".join(w for w in words if w)),
        "data": {
            "reports": list(keys),
            "provenance": {name: [rid, [s.to_dict() for s in spans]]
                           for name, (rid, spans) in sorted(event.provenance.items())},
        },
    }


def event_date_of(row: Any) -> EventDate | None:
    if row.date_start is None:
        return None
    return EventDate(row.date_start, row.date_end or row.date_start,
                     row.date_precision or "day")


def figures_of(row: Any) -> dict[str, Figure | None]:
    data = row.figures or {}
    return {k: Figure.from_dict(data.get(k)) for k in FIGURE_KINDS}
