"""The output contract: documents, reports and tallies to and from plain JSON-ready dicts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from willay.model.claim import Claim
from willay.model.dates import EventDate
from willay.model.document import Document
from willay.model.event import FIGURE_KINDS, EventReport, Figure, Tally
from willay.model.span import Span


def _spans(spans: list[Span]) -> list[dict[str, Any]]:
    return [s.to_dict() for s in spans]


def report_to_dict(report: EventReport) -> dict[str, Any]:
    """One event of the output contract (DESIGN.md), plus ``confidence`` and precision word."""
    date = report.date
    evidence: dict[str, Any] = {"trigger": report.trigger.to_dict()}
    for key, spans in report.evidence.items():
        if key != "trigger":
            evidence[key] = _spans(spans)
    out: dict[str, Any] = {
        "id": report.id,
        "event_type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "disorder_type": report.disorder_type,
        "tags": list(report.tags),
        "date": date.iso() if date else None,
        "date_end": date.end.isoformat() if date and date.precision == "range" else None,
        "time_precision": date.time_precision if date else None,
        "date_precision": date.precision if date else "unknown",
        "country": report.country,
        "admin1": report.admin1,
        "admin2": report.admin2,
        "location": report.location,
        "latitude": report.latitude,
        "longitude": report.longitude,
        "geo_precision": report.geo_precision,
        "geonameid": report.geonameid,
        "actor1": report.actor1,
        "actor1_type": report.actor1_type,
        "actor2": report.actor2,
        "actor2_type": report.actor2_type,
        "assoc_actors": list(report.assoc_actors),
    }
    for kind in FIGURE_KINDS:
        fig = report.figure(kind)
        out[kind] = fig.to_dict() if fig else None
    out["claims"] = [c.to_dict() for c in report.claims]
    out["modality"] = report.modality
    out["confidence"] = round(report.confidence, 3)
    out["evidence"] = evidence
    return out


def report_from_dict(data: dict[str, Any], doc_id: str) -> EventReport:
    ev = data.get("evidence") or {}
    date = None
    if data.get("date"):
        date = EventDate.parse(data["date"], data.get("date_precision"))
    report = EventReport(
        id=data["id"],
        doc_id=doc_id,
        event_type=data["event_type"],
        sub_event_type=data["sub_event_type"],
        disorder_type=data["disorder_type"],
        trigger=Span.from_dict(ev["trigger"]),
        tags=list(data.get("tags") or []),
        date=date,
        country=data.get("country"),
        admin1=data.get("admin1"),
        admin2=data.get("admin2"),
        location=data.get("location"),
        latitude=data.get("latitude"),
        longitude=data.get("longitude"),
        geo_precision=data.get("geo_precision"),
        geonameid=data.get("geonameid"),
        actor1=data.get("actor1"),
        actor1_type=data.get("actor1_type"),
        actor2=data.get("actor2"),
        actor2_type=data.get("actor2_type"),
        assoc_actors=list(data.get("assoc_actors") or []),
        claims=[Claim.from_dict(c) for c in data.get("claims") or []],
        modality=data.get("modality") or "asserted",
        confidence=float(data.get("confidence") or 0.5),
        evidence={k: [Span.from_dict(s) for s in v] for k, v in ev.items() if k != "trigger"},
    )
    for kind in FIGURE_KINDS:
        setattr(report, kind, Figure.from_dict(data.get(kind)))
    return report


def tally_to_dict(tally: Tally) -> dict[str, Any]:
    return {
        "kind": tally.kind,
        "value": tally.value,
        "low": tally.low,
        "high": tally.high,
        "qualifier": tally.qualifier,
        "as_of": tally.as_of.iso() if tally.as_of else None,
        "since": tally.since.iso() if tally.since else None,
        "country": tally.country,
        "admin1": tally.admin1,
        "scope": tally.scope,
        "reporter": tally.reporter,
        "reporter_class": tally.reporter_class,
        "via": tally.via,
        "evidence": tally.evidence.to_dict(),
    }


def tally_from_dict(data: dict[str, Any], doc_id: str | None = None) -> Tally:
    return Tally(
        kind=data["kind"],
        value=data.get("value"),
        low=data.get("low"),
        high=data.get("high"),
        qualifier=data.get("qualifier") or "exact",
        as_of=EventDate.parse(data.get("as_of")),
        since=EventDate.parse(data.get("since")),
        country=data.get("country"),
        admin1=data.get("admin1"),
        scope=data.get("scope"),
        reporter=data.get("reporter"),
        reporter_class=data.get("reporter_class"),
        via=data.get("via"),
        evidence=Span.from_dict(data["evidence"]),
        doc_id=doc_id,
    )


def document_to_dict(doc: Document, *, text: bool = True) -> dict[str, Any]:
    """One line of ``willay extract --format jsonl``.

    ``doc.text`` is the text every offset points into (the input as given; for HTML, the
    extracted main text); ``text=False`` leaves it out (``--no-text``).
    """
    meta = doc.meta_dict()
    if text:
        meta["text"] = doc.text
    return {
        "doc": meta,
        "events": [report_to_dict(r) for r in doc.reports],
        "tallies": [tally_to_dict(t) for t in doc.tallies],
        "warnings": list(doc.warnings),
    }


def parse_published(value: str | None) -> tuple[dt.date | None, str | None]:
    """``"2023-01-13"`` -> (date, "day"); ``"2022-11"`` -> (1 Nov 2022, "month")."""
    if not value:
        return None, None
    value = value.strip()[:10]
    try:
        parts = value.split("-")
        if len(parts) == 1:
            return dt.date(int(parts[0]), 1, 1), "year"
        if len(parts) == 2:
            return dt.date(int(parts[0]), int(parts[1]), 1), "month"
        return dt.date.fromisoformat(value), "day"
    except ValueError:
        return None, None
