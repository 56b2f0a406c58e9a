"""EventReport (one document's account of one event), Tally, Figure and the merged Event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from willay.model.claim import Claim
from willay.model.dates import EventDate
from willay.model.span import Span

FIGURE_KINDS = ("fatalities", "injured", "arrested", "crowd_size")


@dataclass(frozen=True, slots=True)
class Figure:
    """A reconciled figure: ``best`` with the ``low``/``high`` range over its claims."""

    best: int | None
    low: int | None
    high: int | None
    conservative: int | None = None
    disputed: bool = False
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"best": self.best, "low": self.low, "high": self.high}
        if self.conservative is not None:
            out["conservative"] = self.conservative
        if self.disputed:
            out["disputed"] = True
        if self.rule:
            out["rule"] = self.rule
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Figure | None:
        if not data:
            return None
        return cls(data.get("best"), data.get("low"), data.get("high"),
                   data.get("conservative"), bool(data.get("disputed")), data.get("rule"))


@dataclass(slots=True)
class EventReport:
    """What one document says about one event. Every coded value has evidence spans.

    ``evidence`` maps a field name (``trigger``, ``date``, ``location``, ``actor1``,
    ``actor2``, ``type``, ...) to the spans that support it.
    """

    id: str
    doc_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    trigger: Span
    tags: list[str] = field(default_factory=list)
    date: EventDate | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    geonameid: int | None = None
    actor1: str | None = None
    actor1_type: str | None = None
    actor2: str | None = None
    actor2_type: str | None = None
    assoc_actors: list[str] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    fatalities: Figure | None = None
    injured: Figure | None = None
    arrested: Figure | None = None
    crowd_size: Figure | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    published: dt.date | None = None
    notes: list[str] = field(default_factory=list)

    def figure(self, kind: str) -> Figure | None:
        value: Figure | None = getattr(self, kind)
        return value

    def to_dict(self) -> dict[str, Any]:
        """The event as in the output contract (``willay.model.serialize.report_to_dict``)."""
        from willay.model.serialize import report_to_dict

        return report_to_dict(self)

    def spans(self) -> list[Span]:
        """Every evidence span of this report (trigger, fields and claims)."""
        out = [self.trigger]
        for spans in self.evidence.values():
            out.extend(spans)
        for claim in self.claims:
            out.append(claim.evidence)
            if claim.reporter_evidence is not None:
                out.append(claim.reporter_evidence)
        return out


@dataclass(slots=True)
class Tally:
    """A figure covering more than one event: never added to an event's fields."""

    kind: str  # deaths | injured | arrested
    value: int | None
    evidence: Span
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    as_of: EventDate | None = None
    since: EventDate | None = None
    country: str | None = None
    admin1: str | None = None
    scope: str | None = None
    reporter: str | None = None
    reporter_class: str | None = None
    via: str | None = None
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The tally as in the output contract (``willay.model.serialize.tally_to_dict``)."""
        from willay.model.serialize import tally_to_dict

        return tally_to_dict(self)


@dataclass(slots=True)
class Event:
    """An event merged from one or more reports across documents (see :mod:`willay.resolve`)."""

    id: str
    reports: list[EventReport]
    event_type: str
    sub_event_type: str
    disorder_type: str
    tags: list[str] = field(default_factory=list)
    date: EventDate | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor1_type: str | None = None
    actor2: str | None = None
    actor2_type: str | None = None
    fatalities: Figure | None = None
    injured: Figure | None = None
    arrested: Figure | None = None
    crowd_size: Figure | None = None
    confidence: float = 0.5
    # field name -> (report id, spans) that the chosen value comes from
    provenance: dict[str, tuple[str, list[Span]]] = field(default_factory=dict)

    @property
    def claims(self) -> list[Claim]:
        return [c for r in self.reports for c in r.claims]
