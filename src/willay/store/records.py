"""Records the store returns and accepts: typed, read-only views with JSON-ready ``to_dict``."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from willay.errors import ConfigError
from willay.model import Document, Event, EventDate, Figure, Span
from willay.model.event import FIGURE_KINDS

#: Largest page ``list_events`` returns.
MAX_LIMIT = 10_000
#: Deepest offset of a page: further pages are empty, and larger numbers would overflow
#: the databases' integers (a client asking for 2**63 gets an empty page, not an error).
MAX_OFFSET = 1_000_000_000
#: Deepest offset the API serves (a deep offset walks every event before it); deeper
#: pages follow ``next_cursor`` (``after=``), which costs the same at any depth.
MAX_API_OFFSET = 10_000
#: Orders of the event list: a bare name puts the largest (newest, last in the alphabet) first,
#: ``_asc`` the smallest; ``reports`` counts the reports merged into an event, ``source`` is
#: the first publisher of its articles. Unknown values come last either way.
ORDERS = ("date", "date_asc", "confidence", "confidence_asc", "fatalities", "fatalities_asc",
          "injured", "injured_asc", "arrested", "arrested_asc", "reports", "reports_asc",
          "source", "source_asc")


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class BBox(NamedTuple):
    """A bounding box in degrees: west, south, east, north (east < west crosses 180°)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, value: str) -> BBox:
        """``"-80,-20,-65,-5"`` -> BBox; a clear error naming the value otherwise."""
        parts = value.split(",")
        try:
            west, south, east, north = (float(p) for p in parts)
        except ValueError:
            raise ConfigError(
                f"bbox {value!r}: expected west,south,east,north in degrees") from None
        return cls.of((west, south, east, north), value)

    @classmethod
    def of(cls, box: tuple[float, float, float, float], given: object = None) -> BBox:
        """A checked box from four numbers (``given`` names it in the error)."""
        west, south, east, north = (float(v) for v in box)
        if not (-90 <= south <= north <= 90 and -180 <= west <= 180 and -180 <= east <= 180):
            raise ConfigError(f"bbox {given if given is not None else box!r}: out of range or "
                              "south > north")
        return cls(west, south, east, north)

    def contains(self, lon: float, lat: float) -> bool:
        if not self.south <= lat <= self.north:
            return False
        if self.west <= self.east:
            return self.west <= lon <= self.east
        return lon >= self.west or lon <= self.east


def words_of(text: str | None) -> list[str]:
    """The words of a search, as both full-text indexes cut them: runs of letters and digits,
    lower-cased (``"Town-42 (Puno)"`` -> ``["town", "42", "puno"]``)."""
    return _WORD.findall((text or "").lower())


_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the event list, the exports, the API and the dashboard filter on (one type for
    the store and the API); every field is optional.

    ``date_from``/``date_to`` select events whose date range overlaps them; types and places
    match exactly (``country`` as an ISO code, any case); ``bbox`` is a :class:`BBox` (a
    ``(west, south, east, north)`` tuple is taken as one). ``text`` (the API's ``q``) and
    ``actor`` are full-text searches: every word given but the last must be a word of the
    event's search text (places, actors, types, tags, trigger words) or of its actors, and
    the last must begin one (``"puerto lum"``), in any order and any case; ``text`` also
    ignores accents.

    ``limit``/``offset``/``order`` choose the page; ``after`` (a cursor from
    :meth:`Store.next_cursor`) continues a date-ordered list after the last event seen,
    which stays fast at any depth where ``offset`` does not.
    """

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    country: str | None = None
    admin1: str | None = None
    bbox: BBox | tuple[float, float, float, float] | None = None
    actor: str | None = None
    text: str | None = None
    min_confidence: float | None = None
    event_ids: tuple[str, ...] | None = None
    limit: int = 100
    offset: int = 0
    order: str = "date"
    after: str | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ConfigError(f"date_from {self.date_from} is after date_to {self.date_to}")
        if self.min_confidence is not None and not 0 <= self.min_confidence <= 1:
            raise ConfigError(f"min_confidence {self.min_confidence}: expected 0..1")
        if self.bbox is not None and not isinstance(self.bbox, BBox):
            object.__setattr__(self, "bbox", BBox.of(self.bbox))

    @property
    def q(self) -> str | None:
        """The API's name of :attr:`text`."""
        return self.text

    def matching(self) -> EventFilter:
        """The filter without its page (limit, offset, order, cursor): what a count needs."""
        return replace(self, limit=0, offset=0, order="date", after=None)

    def matches(self, event: Any) -> bool:
        """The in-memory meaning of the filter, on any event record with the summary's
        fields (the store's query implements the same)."""
        box = self.bbox
        checks = (
            self._dates_match(event),
            not self.event_type or event.event_type == self.event_type,
            not self.sub_event_type or event.sub_event_type == self.sub_event_type,
            not self.country or (event.country or "").upper() == self.country.upper(),
            not self.admin1 or event.admin1 == self.admin1,
            box is None or (event.latitude is not None and event.longitude is not None
                            and BBox(*box).contains(event.longitude, event.latitude)),
            not self.actor or _begins_words(words_of(self.actor), event.actor1, event.actor2),
            not self.text or _begins_words(
                text_words(self.text), *(_fold(v) for v in (
                    event.location, event.admin1, getattr(event, "admin2", None),
                    event.country, event.actor1, event.actor2, event.event_type,
                    event.sub_event_type, *(getattr(event, "tags", None) or ())))),
            self.min_confidence is None
            or (event.confidence is not None and event.confidence >= self.min_confidence),
            self.event_ids is None or event.id in self.event_ids,
        )
        return all(checks)

    def _dates_match(self, event: Any) -> bool:
        if self.date_from is None and self.date_to is None:
            return True
        start, end = _span_of(event)
        if start is None:
            return False
        if self.date_from and (end or start) < self.date_from:
            return False
        return not (self.date_to and start > self.date_to)


def _span_of(event: Any) -> tuple[dt.date | None, dt.date | None]:
    date = getattr(event, "date", None)
    if isinstance(date, EventDate):
        return date.start, date.end

    def day(value: Any) -> dt.date | None:
        if value is None or isinstance(value, dt.date):
            return value
        return dt.date.fromisoformat(str(value)[:10])

    return day(getattr(event, "date_start", None)), day(getattr(event, "date_end", None))


def _fold(text: str | None) -> str:
    """Lower case without accents (what the search column holds)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def parse_cursor(cursor: str) -> tuple[dt.date, str]:
    """``"2023-01-09~ev-1a2b"`` -> (date, event id); a clear error otherwise."""
    day, sep, event_id = cursor.partition("~")
    try:
        if not sep or not event_id:
            raise ValueError
        return dt.date.fromisoformat(day), event_id
    except ValueError:
        raise ConfigError(f"cursor {cursor[:80]!r}: expected the next_cursor of a "
                          "previous page") from None


def text_words(text: str | None) -> list[str]:
    """The words of a text search (``q``), folded as the search column is: no accents."""
    return words_of(_fold(text))


def _begins_words(wanted: list[str], *values: str | None) -> bool:
    """Every wanted word but the last is a word of the values; the last begins one."""
    have = {w for v in values for w in words_of(v)}
    if not wanted or not all(w in have for w in wanted[:-1]):
        return False
    return any(h.startswith(wanted[-1]) for h in have)


@dataclass(frozen=True, slots=True)
class AddResult:
    """What :meth:`Store.add_document` did."""

    doc_id: str
    new: bool
    reports: int = 0
    claims: int = 0
    tallies: int = 0
    events: list[str] = field(default_factory=list)
    #: why the new reports were left pending (``willay resolve`` retries), else ``None``
    resolve_error: str | None = None
    #: the id was stored with another text and the document was skipped: why
    conflict: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "new": self.new, "reports": self.reports,
                "claims": self.claims, "tallies": self.tallies, "events": list(self.events),
                "resolve_error": self.resolve_error, "conflict": self.conflict}


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A stored document's metadata."""

    id: str
    url: str | None
    title: str | None
    publisher: str | None
    author: str | None
    published: dt.date | None
    language: str | None
    source: str | None
    ingested_at: dt.datetime
    n_reports: int
    n_tallies: int

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "title": self.title,
                "publisher": self.publisher, "author": self.author,
                "published": _iso(self.published), "language": self.language,
                "source": self.source, "ingested_at": _iso(self.ingested_at),
                "n_reports": self.n_reports, "n_tallies": self.n_tallies}


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    """One evidence span of a document: the field and report it supports."""

    report_id: str | None
    field: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"report_id": self.report_id, "field": self.field, **self.span.to_dict()}


@dataclass(slots=True)
class StoredDocument:
    """A document read back from the store, with its evidence and the events of its reports."""

    document: Document
    info: DocumentInfo
    evidence: list[EvidenceSpan]
    events: dict[str, str | None]  # report id -> event id

    def to_dict(self) -> dict[str, Any]:
        from willay.model.serialize import document_to_dict

        out = document_to_dict(self.document)
        out["info"] = self.info.to_dict()
        out["evidence"] = [e.to_dict() for e in self.evidence]
        out["report_events"] = dict(self.events)
        return out


def _date_fields(date: EventDate | None) -> dict[str, Any]:
    if date is None:
        return {"date": None, "date_end": None, "date_precision": "unknown",
                "time_precision": None}
    return {"date": date.iso(), "date_start": date.start.isoformat(),
            "date_end": date.end.isoformat(), "date_precision": date.precision,
            "time_precision": date.time_precision}


@dataclass(frozen=True, slots=True)
class EventSummary:
    """One row of the event table."""

    id: str
    event_type: str
    sub_event_type: str
    disorder_type: str
    tags: list[str]
    date: EventDate | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    actor1: str | None
    actor1_type: str | None
    actor2: str | None
    actor2_type: str | None
    fatalities: Figure | None
    injured: Figure | None
    arrested: Figure | None
    crowd_size: Figure | None
    confidence: float
    n_reports: int
    n_documents: int
    updated_at: dt.datetime

    def figure(self, kind: str) -> Figure | None:
        value: Figure | None = getattr(self, kind)
        return value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "event_type": self.event_type, "sub_event_type": self.sub_event_type,
            "disorder_type": self.disorder_type, "tags": list(self.tags),
        }
        out.update(_date_fields(self.date))
        out.update({
            "country": self.country, "admin1": self.admin1, "admin2": self.admin2,
            "location": self.location, "latitude": self.latitude, "longitude": self.longitude,
            "geo_precision": self.geo_precision, "actor1": self.actor1,
            "actor1_type": self.actor1_type, "actor2": self.actor2,
            "actor2_type": self.actor2_type,
        })
        for kind in FIGURE_KINDS:
            fig = self.figure(kind)
            out[kind] = fig.to_dict() if fig else None
        out.update({"confidence": round(self.confidence, 3), "n_reports": self.n_reports,
                    "n_documents": self.n_documents, "updated_at": _iso(self.updated_at)})
        return out


@dataclass(frozen=True, slots=True)
class FigurePoint:
    """One claimed figure of an event, placed in time (for revisions of figures)."""

    kind: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    reporter: str | None
    reporter_class: str | None
    via: str | None
    report_id: str
    doc_id: str
    publisher: str | None
    published: dt.date | None
    as_of: dt.date | None
    evidence: Span

    @property
    def when(self) -> dt.date | None:
        return self.as_of or self.published

    def label(self) -> str:
        """``"12 on 2023-01-09 (Health Network via Telesur)"``."""
        who = self.reporter or self.publisher or "the article"
        if self.via and self.via != who:
            who = f"{who} via {self.via}"
        number = self.value if self.value is not None else self.evidence.quote
        when = f" on {self.when.isoformat()}" if self.when else ""
        return f"{number}{when} ({who})"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "low": self.low, "high": self.high,
                "qualifier": self.qualifier, "reporter": self.reporter,
                "reporter_class": self.reporter_class, "via": self.via,
                "report_id": self.report_id, "doc_id": self.doc_id,
                "publisher": self.publisher, "published": _iso(self.published),
                "as_of": _iso(self.as_of), "evidence": self.evidence.to_dict(),
                "label": self.label()}


@dataclass(frozen=True, slots=True)
class Revision:
    """One change in an event's history; never overwritten."""

    id: int
    event_id: str
    at: dt.datetime
    action: str  # create | update | merge | split | absorbed | retire
    summary: str
    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "event_id": self.event_id, "at": _iso(self.at),
                "action": self.action, "summary": self.summary, "data": self.data}


@dataclass(frozen=True, slots=True)
class Decision:
    """One logged resolution decision: a report attached to an event or starting one."""

    report_id: str
    event_id: str | None
    candidate: str | None
    decision: str  # attach | new | manual
    score: float | None
    reasons: list[str]
    at: dt.datetime

    def to_dict(self) -> dict[str, Any]:
        return {"report_id": self.report_id, "event_id": self.event_id,
                "candidate": self.candidate, "decision": self.decision,
                "score": None if self.score is None else round(self.score, 3),
                "reasons": list(self.reasons), "at": _iso(self.at)}


@dataclass(slots=True)
class EventDetail:
    """An event with everything behind it: reports, claims, evidence, history."""

    event: Event
    summary: EventSummary
    figures: dict[str, list[FigurePoint]]
    revisions: list[Revision]
    decisions: list[Decision]
    documents: list[DocumentInfo]
    report_keys: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.event.id

    def to_dict(self) -> dict[str, Any]:
        from willay.model.serialize import report_to_dict

        out = self.summary.to_dict()
        out["provenance"] = {
            name: {"report_id": rid, "evidence": [s.to_dict() for s in spans]}
            for name, (rid, spans) in self.event.provenance.items()
        }
        reports = []
        for key, report in zip(self.report_keys, self.event.reports, strict=True):
            item = report_to_dict(report)
            item["report_id"] = key
            item["doc_id"] = report.doc_id
            reports.append(item)
        out["reports"] = reports
        out["claims"] = [
            p.to_dict() for kind in FIGURE_KINDS for p in self.figures.get(kind, [])
        ]
        out["revisions"] = [r.to_dict() for r in self.revisions]
        out["decisions"] = [d.to_dict() for d in self.decisions]
        out["documents"] = [d.to_dict() for d in self.documents]
        return out


@dataclass(frozen=True, slots=True)
class TallyPoint:
    """One value of a tally series, with who gave it and where."""

    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    as_of: str | None
    since: str | None
    reporter: str | None
    reporter_class: str | None
    via: str | None
    doc_id: str
    published: dt.date | None
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "low": self.low, "high": self.high,
                "qualifier": self.qualifier, "as_of": self.as_of, "since": self.since,
                "reporter": self.reporter, "reporter_class": self.reporter_class,
                "via": self.via, "doc_id": self.doc_id, "published": _iso(self.published),
                "evidence": self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class TallySeries:
    """Cumulative tallies with the same scope, in date order; never added to events."""

    key: str
    kind: str
    country: str | None
    admin1: str | None
    scope: str | None
    points: list[TallyPoint]

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "kind": self.kind, "country": self.country,
                "admin1": self.admin1, "scope": self.scope,
                "points": [p.to_dict() for p in self.points]}


@dataclass(frozen=True, slots=True)
class StoreStats:
    """Row counts of the store."""

    documents: int
    reports: int
    claims: int
    tallies: int
    events: int
    pending: int

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "reports": self.reports, "claims": self.claims,
                "tallies": self.tallies, "events": self.events, "pending": self.pending}
