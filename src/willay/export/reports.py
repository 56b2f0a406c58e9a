"""Unresolved reports as event details, for readers that hold extracted documents, not a store.

:func:`report_detail` gives one report the shape the store gives a merged event (the same
reconciliation of figures as :mod:`willay.resolve`), so every export reads it the same way.
"""

from __future__ import annotations

import datetime as dt

from willay.model import Document, EventReport
from willay.model.event import FIGURE_KINDS
from willay.resolve import ReportRef, ResolveConfig, build_event
from willay.resolve.reconcile import claim_refs
from willay.store import DocumentInfo, EventDetail, EventSummary, FigurePoint


def report_detail(report: EventReport, doc: Document | None, at: dt.datetime) -> EventDetail:
    """``report`` as an event of its own (id = the report id), last changed ``at``."""
    ref = ReportRef(report.id, report, doc.published if doc else None,
                    doc.publisher if doc else None)
    event = build_event(report.id, [ref], ResolveConfig())
    summary = EventSummary(
        id=event.id, event_type=event.event_type, sub_event_type=event.sub_event_type,
        disorder_type=event.disorder_type, tags=list(event.tags), date=event.date,
        country=event.country, admin1=event.admin1, admin2=event.admin2,
        location=event.location, latitude=event.latitude, longitude=event.longitude,
        geo_precision=event.geo_precision, actor1=event.actor1, actor1_type=event.actor1_type,
        actor2=event.actor2, actor2_type=event.actor2_type, fatalities=event.fatalities,
        injured=event.injured, arrested=event.arrested, crowd_size=event.crowd_size,
        confidence=event.confidence, n_reports=1, n_documents=1, updated_at=at)
    figures = {kind: [FigurePoint(kind, c.claim.value, c.claim.low, c.claim.high,
                                  c.claim.qualifier, c.claim.reporter, c.claim.reporter_class,
                                  c.claim.via, c.report_key, c.doc_id, c.publisher,
                                  c.published, c.claim.as_of, c.claim.evidence)
                      for c in claim_refs([ref], kind)]
               for kind in FIGURE_KINDS}
    documents = []
    if doc is not None:
        documents.append(DocumentInfo(doc.id, doc.url, doc.title, doc.publisher, doc.author,
                                      doc.published, doc.language, doc.source, at,
                                      len(doc.reports), len(doc.tallies)))
    return EventDetail(event, summary, figures, [], [], documents, [report.id])
