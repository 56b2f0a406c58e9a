"""Conversion of willay's model objects (documents, reports, claims, tallies) to API models."""

from __future__ import annotations

from typing import Any

from willay.api.schemas import (
    ClaimOut,
    DocumentOut,
    EventDetail,
    EventSummary,
    FigureOut,
    Highlight,
    ReportOut,
    SpanOut,
    TallyOut,
)
from willay.model import Claim, Document, EventReport, Figure, Span, Tally
from willay.model.dates import EventDate


def span_out(span: Span) -> SpanOut:
    return SpanOut(start=span.start, end=span.end, quote=span.quote)


def figure_out(figure: Figure | None) -> FigureOut | None:
    if figure is None:
        return None
    return FigureOut(best=figure.best, low=figure.low, high=figure.high,
                     conservative=figure.conservative, disputed=figure.disputed,
                     rule=figure.rule)


def claim_out(claim: Claim, report: EventReport | None = None) -> ClaimOut:
    return ClaimOut(
        kind=claim.kind, value=claim.value, low=claim.low, high=claim.high,
        qualifier=claim.qualifier, reporter=claim.reporter,
        reporter_class=claim.reporter_class, via=claim.via, scope=claim.scope,
        as_of=claim.as_of.isoformat() if claim.as_of else None,
        doc_id=report.doc_id if report else None,
        report_id=report.id if report else None,
        evidence=span_out(claim.evidence),
        reporter_evidence=span_out(claim.reporter_evidence) if claim.reporter_evidence else None,
    )


def _date_fields(date: EventDate | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "date_start": None, "date_end": None, "date_precision": None}
    return {"date": date.iso(), "date_start": date.start.isoformat(),
            "date_end": date.end.isoformat(), "date_precision": date.precision}


def report_summary(report: EventReport) -> EventSummary:
    """An unmerged report shown as an event of its own (before resolution has run)."""
    return EventSummary(
        id=report.id, event_type=report.event_type, sub_event_type=report.sub_event_type,
        disorder_type=report.disorder_type, tags=list(report.tags), **_date_fields(report.date),
        country=report.country, admin1=report.admin1, admin2=report.admin2,
        location=report.location, latitude=report.latitude, longitude=report.longitude,
        geo_precision=report.geo_precision, actor1=report.actor1, actor2=report.actor2,
        fatalities=figure_out(report.fatalities), injured=figure_out(report.injured),
        arrested=figure_out(report.arrested), confidence=report.confidence, n_reports=1,
    )


def report_out(report: EventReport, doc: Document | None = None) -> ReportOut:
    return ReportOut(
        id=report.id, doc_id=report.doc_id,
        doc_title=doc.title if doc else None,
        publisher=doc.publisher if doc else None,
        published=doc.published_iso() if doc else None,
        event_type=report.event_type, sub_event_type=report.sub_event_type,
        date=report.date.iso() if report.date else None, location=report.location,
        modality=report.modality, confidence=report.confidence,
        trigger=span_out(report.trigger),
        claims=[claim_out(c, report) for c in report.claims],
        evidence={k: [span_out(s) for s in v] for k, v in report.evidence.items()},
    )


def report_detail(report: EventReport, doc: Document | None = None) -> EventDetail:
    """One unmerged report as the detail of an event."""
    summary = report_summary(report)
    return EventDetail(
        **summary.model_dump(),
        actor1_type=report.actor1_type, actor2_type=report.actor2_type,
        assoc_actors=list(report.assoc_actors), crowd_size=figure_out(report.crowd_size),
        modality=report.modality, reports=[report_out(report, doc)],
        claims=[claim_out(c, report) for c in report.claims], revisions=[],
    )


def report_highlights(report: EventReport, event_id: str | None = None) -> list[Highlight]:
    """Every evidence span of a report, labelled with the field it supports."""
    out = [Highlight(**span_out(report.trigger).model_dump(), field="trigger",
                     report_id=report.id, event_id=event_id)]
    for key, spans in report.evidence.items():
        if key == "trigger":
            continue
        for span in spans:
            out.append(Highlight(**span_out(span).model_dump(), field=key,
                                 report_id=report.id, event_id=event_id))
    for claim in report.claims:
        out.append(Highlight(**span_out(claim.evidence).model_dump(), field=f"claim:{claim.kind}",
                             report_id=report.id, event_id=event_id))
        if claim.reporter_evidence is not None:
            out.append(Highlight(**span_out(claim.reporter_evidence).model_dump(),
                                 field=f"reporter:{claim.kind}", report_id=report.id,
                                 event_id=event_id))
    return out


def document_out(doc: Document, highlights: list[Highlight]) -> DocumentOut:
    ordered = sorted(highlights, key=lambda h: (h.start, -h.end, h.field))
    return DocumentOut(
        id=doc.id, url=doc.url, title=doc.title, publisher=doc.publisher, author=doc.author,
        published=doc.published_iso(), language=doc.language, text=doc.text,
        highlights=ordered, removed=[span_out(s) for s in removed_spans(doc)],
    )


def removed_spans(doc: Document) -> list[Span]:
    """The spans that cleaning skipped, when they point into ``doc.text`` (documents stored
    before the text as given was kept hold the clean view: their spans point elsewhere)."""
    if doc.given_text is not None or any(doc.text[s.start:s.end] != s.quote
                                         for s in doc.removed):
        return []
    return list(doc.removed)


def tally_out(tally: Tally) -> TallyOut:
    return TallyOut(
        doc_id=tally.doc_id, kind=tally.kind, value=tally.value, low=tally.low,
        high=tally.high, qualifier=tally.qualifier,
        as_of=tally.as_of.start.isoformat() if tally.as_of else None,
        since=tally.since.start.isoformat() if tally.since else None,
        country=tally.country, admin1=tally.admin1, scope=tally.scope,
        reporter=tally.reporter, via=tally.via, evidence=span_out(tally.evidence),
    )
