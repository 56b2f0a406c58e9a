"""Response and request models of the REST API (pydantic), as published in its OpenAPI schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class SpanOut(BaseModel):
    """Evidence: ``text[start:end] == quote`` in the document's text (the input as given)."""

    start: int
    end: int
    quote: str


class FigureOut(BaseModel):
    """A reconciled figure over an event's claims."""

    best: int | None = None
    low: int | None = None
    high: int | None = None
    conservative: int | None = None
    disputed: bool = False
    rule: str | None = None


class ClaimOut(BaseModel):
    """One reported figure with its reporter, relay and evidence."""

    kind: str
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    reporter: str | None = Field(default=None, description="null: the document's own voice")
    reporter_class: str | None = None
    via: str | None = None
    scope: str = "event"
    as_of: str | None = None
    doc_id: str | None = None
    report_id: str | None = None
    publisher: str | None = Field(default=None, description="the outlet of the document")
    published: str | None = None
    evidence: SpanOut
    reporter_evidence: SpanOut | None = None


class EventSummary(BaseModel):
    """One event as listed, mapped and exported."""

    id: str
    event_type: str
    sub_event_type: str
    disorder_type: str | None = None
    tags: list[str] = []
    date: str | None = Field(default=None,
                              description="ISO date at its precision (2023-01-09, 2023-01)")
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: FigureOut | None = None
    injured: FigureOut | None = None
    arrested: FigureOut | None = None
    confidence: float | None = None
    n_reports: int = 1
    sources: list[str] = Field(default=[], description="publishers of the event's articles")


class EventPage(BaseModel):
    """A page of events matching the filters."""

    total: int
    limit: int
    offset: int
    items: list[EventSummary]
    #: pass as ``after`` for the next page (``None`` on the last page): as fast at any
    #: depth, where ``offset`` walks every event before it
    next_cursor: str | None = None


class ReportOut(BaseModel):
    """One document's account of the event."""

    id: str
    doc_id: str
    doc_title: str | None = None
    publisher: str | None = None
    published: str | None = None
    event_type: str
    sub_event_type: str
    date: str | None = None
    location: str | None = None
    modality: str = "asserted"
    confidence: float | None = None
    trigger: SpanOut
    claims: list[ClaimOut] = []
    evidence: dict[str, list[SpanOut]] = {}


class RevisionOut(BaseModel):
    """A change of the merged event (create, update, merge, split, ...), oldest first."""

    at: str | None = None
    action: str
    summary: str
    data: dict[str, Any] = {}


class EventDetail(EventSummary):
    """One event with its reports, claims, evidence and revisions."""

    actor1_type: str | None = None
    actor2_type: str | None = None
    assoc_actors: list[str] = []
    crowd_size: FigureOut | None = None
    modality: str | None = None
    reports: list[ReportOut] = []
    claims: list[ClaimOut] = []
    revisions: list[RevisionOut] = []


class Highlight(BaseModel):
    """A span of the document to highlight, with what it supports."""

    start: int
    end: int
    quote: str
    field: str = Field(description="trigger, date, location, actor1, claim:fatalities, ...")
    report_id: str
    event_id: str | None = None


class DocumentOut(BaseModel):
    """A stored document: metadata, its text as given and the spans to highlight."""

    id: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    text: str
    highlights: list[Highlight] = []
    removed: list[SpanOut] = Field(
        default=[], description="Parts of the text that cleaning skipped (boilerplate, byline "
                                "and date lines): no evidence comes from them.")


class TallyOut(BaseModel):
    """A cumulative count (never added to events), one point of a time series."""

    doc_id: str | None = None
    kind: str
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = None
    as_of: str | None = None
    since: str | None = None
    country: str | None = None
    admin1: str | None = None
    scope: str | None = None
    reporter: str | None = None
    via: str | None = None
    evidence: SpanOut | None = None


class TallySeries(BaseModel):
    """Tallies of one kind and area ordered by their as-of date."""

    kind: str
    country: str | None = None
    admin1: str | None = None
    points: list[TallyOut]


class PlaceOut(BaseModel):
    """A place where events happened, with how many."""

    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    events: int


class FacetsOut(BaseModel):
    """Values present in the store, for the dashboard's filter lists."""

    event_types: list[str]
    sub_event_types: list[str]
    countries: list[str]
    admin1: list[str]
    date_min: str | None = None
    date_max: str | None = None


class FacetCount(BaseModel):
    """One value of a filter and the number of events the filters match with it chosen."""

    value: str
    count: int


class FacetCountsOut(BaseModel):
    """Counts beside each filter list, Datasette-style: a value's count is the ``total`` of
    ``/api/events`` with the same filters and that value chosen for its field."""

    total: int = Field(description="events matching the filters as given")
    event_type: list[FacetCount]
    sub_event_type: list[FacetCount]
    country: list[FacetCount]
    admin1: list[FacetCount]


class ConfigOut(BaseModel):
    """What the dashboard needs to know about the server."""

    tile_url: str | None = Field(default=None, description="operator's tile URL template, or null")
    tile_attribution: str | None = None
    ingest_enabled: bool
    version: str


class IngestIn(BaseModel):
    """One document to ingest, as a JSONL input line of DESIGN.md."""

    id: str | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None


class IngestedDocument(BaseModel):
    id: str
    title: str | None = None
    reports: int
    tallies: int


class IngestOut(BaseModel):
    """What an ingest request stored, and the inputs that failed (one line each)."""

    documents: list[IngestedDocument]
    errors: list[str]
