"""EventBuilder: turn a document's mentions into event reports and tallies.

The builder runs typed stages over one :class:`~willay.extract.context.DocContext`
(the document's mentions indexed by sentence and what the whole text says):

1. :mod:`~willay.extract.opening` opens drafts: a sentence with unblocked event heads
   (:mod:`~willay.extract.blocking`) opens one :class:`~willay.extract.drafts.Draft` per
   place group (:mod:`~willay.extract.groups`), dated by its sentence, its paragraph or
   the main story; other sentences add their cues, actors and figures to the event
   before them;
2. :mod:`~willay.extract.merging` merges drafts of the same event and attaches figures
   stated apart from their event;
3. for each draft, :mod:`~willay.extract.decide` gives the ACLED type by the decision
   tables of ``taxonomy.toml``, :mod:`~willay.extract.claims` the figures that belong to
   it, :mod:`~willay.extract.roles` its actors; this module assembles the report with its
   evidence, modality and confidence;
4. :mod:`~willay.extract.tallies` turns the figures no event took into tallies.
Every value keeps the spans it came from.
"""

from __future__ import annotations

import datetime as dt

from willay.extract.claims import claims_for, reconcile
from willay.extract.context import DocContext, PlaceLookup, lang_regex
from willay.extract.dates import publication_day
from willay.extract.decide import tags_of, type_of
from willay.extract.drafts import Draft, dedupe
from willay.extract.merging import attach_orphan_figures, merge_drafts
from willay.extract.opening import Opener
from willay.extract.roles import set_actors
from willay.extract.tallies import tallies
from willay.extract.taxonomy import disorder_type
from willay.model import Document, EventDate, EventReport, Mention, Place, Span

#: Days before publication within which a story's dated events make it a story of
#: the last days (see :func:`_undated`).
RECENT_DAYS = 3
#: Figure kinds carried on an event.
EVENT_FIGURES = ("fatalities", "injured", "arrested", "crowd_size")

__all__ = ["EventBuilder", "PlaceLookup", "reconcile"]


class EventBuilder:
    """Pipeline component: ``doc.mentions`` -> ``doc.reports`` and ``doc.tallies``."""

    name = "willay.EventBuilder.v1"

    def __init__(self, places: PlaceLookup | None = None) -> None:
        self._places = places

    @property
    def places(self) -> PlaceLookup:
        """The gazetteer questions the builder asks (the default resolver unless given)."""
        if self._places is None:
            from willay.geo.resolver import default_resolver

            self._places = default_resolver()
        return self._places

    def __call__(self, doc: Document) -> Document:
        if not doc.sentences:
            return doc
        ctx = DocContext(doc, self.places)
        drafts = merge_drafts(ctx, Opener(ctx).run())
        attach_orphan_figures(ctx, drafts)
        ctx.event_sentences = {s for d in drafts for s in d.sentences}
        claims_used: set[int] = set()
        reports = [to_report(ctx, i, d, claims_used) for i, d in enumerate(drafts)]
        doc.reports = [r for r in reports if r is not None]
        doc.tallies = tallies(ctx, claims_used)
        return doc


def to_report(ctx: DocContext, n: int, d: Draft, claims_used: set[int]) -> EventReport | None:
    """The report of one draft (``None`` when it has no place)."""
    if d.place is None:
        return None
    event_type, sub_type = type_of(ctx, d)
    claims = claims_for(ctx, d, event_type, sub_type, claims_used)
    place = d.place
    report = EventReport(
        id=f"{ctx.doc.id}:e{n + 1}",
        doc_id=ctx.doc.id,
        event_type=event_type,
        sub_event_type=sub_type,
        disorder_type=disorder_type(event_type, sub_type),
        trigger=d.trigger.span,
        tags=tags_of(d, event_type, sub_type),
        date=d.date if d.date is not None else _undated(ctx.doc),
        country=place.country or None,
        admin1=place.admin1 if place.feature != "country" else None,
        admin2=place.admin2 if place.feature not in ("country", "admin1") else None,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        geonameid=place.geonameid,
        claims=claims,
        published=ctx.doc.published,
    )
    if place.feature == "admin1":
        report.admin1 = place.admin1 or place.name
    region = _story_region(ctx, place)
    if region is not None:
        report.admin1 = region.value.admin1
        report.evidence = {**report.evidence, "admin1": [region.span]}
    set_actors(ctx, report, d)
    for kind in EVENT_FIGURES:
        setattr(report, kind, reconcile([c for c in claims if c.kind == kind]))
    report.modality = modality(d)
    report.evidence = evidence(d, report)
    report.confidence = confidence(ctx, d, report)
    return report


def _story_region(ctx: DocContext, place: Place) -> Mention | None:
    """A town or site the gazetteer lacks (no region known) lies in the one first-level
    region that every place the article names in its country is in ("Kin Seik" in a
    story whose places are all in Rakhine): the first mention of that region's places,
    as its evidence. ``None`` when the article's places span several regions."""
    if place.admin1 or place.feature not in ("populated", "site") or not place.country:
        return None
    found = [m for m in ctx.doc.mentions if m.kind == "place" and isinstance(m.value, Place)
             and m.value.country == place.country and m.value.feature != "country"
             and m.value.admin1 is not None]
    if not found or len({m.value.admin1 for m in found}) != 1:
        return None
    return found[0]


def _undated(doc: Document) -> EventDate | None:
    """The date of an event nothing in the text dates.

    In a story about the last days (no event date of the text ends more than
    ``RECENT_DAYS`` before publication) it is bounded only by publication: the day
    before it to its day (the page's day, or the day read from its text). Otherwise it
    is the publication month (or year).
    """
    day = publication_day(doc)
    if day is not None and not _dates_back(doc, day - dt.timedelta(days=RECENT_DAYS)):
        return EventDate.between(day - dt.timedelta(days=1), day)
    pub = doc.published
    if pub is None:
        return None
    if doc.published_precision == "year":
        return EventDate.year(pub.year)
    return EventDate.month(pub.year, pub.month)


def _dates_back(doc: Document, before: dt.date) -> bool:
    """Whether the text dates an event (not a report or future date) before ``before``."""
    for m in doc.mentions:
        if m.kind != "date" or not isinstance(m.value, EventDate):
            continue
        if m.attrs.get("speech") or m.attrs.get("future") or m.attrs.get("dateline"):
            continue
        if m.value.end < before:
            return True
    return False


def modality(d: Draft) -> str:
    for hedge in d.hedges:
        if hedge.value in ("alleged", "denied"):
            return str(hedge.value)
    return "reported" if d.hedges else "asserted"


def evidence(d: Draft, report: EventReport) -> dict[str, list[Span]]:
    ev = dict(report.evidence)
    if d.date_spans:
        ev["date"] = list(d.date_spans)
    if d.place_spans:
        ev["location"] = dedupe(d.place_spans)
    ev["triggers"] = dedupe([d.trigger.span, *(h.span for h in d.heads)])
    cue_spans = [s for spans in d.cues.values() for s in spans]
    if cue_spans and report.sub_event_type != "Peaceful protest":
        ev["sub_event_type"] = dedupe(cue_spans)[:6]
    for h in d.hedges:
        ev.setdefault("modality", []).append(h.span)
    return ev


def confidence(ctx: DocContext, d: Draft, report: EventReport) -> float:
    score = 0.45
    if d.place is not None and d.place.feature not in ("country", "unknown") \
            and not d.place_inherited:
        score += 0.15
    if d.place is not None and d.place.feature == "unknown":
        score -= 0.1  # no place at all
    if d.date is not None and not d.date_inherited:
        score += 0.1
    if len(d.heads) > 1 or d.cues:
        score += 0.1
    if report.claims:
        score += 0.1
    if report.modality != "asserted":
        score -= 0.1
    if d.place_inherited:
        score -= 0.1
    weak = lang_regex(ctx.lang, "weak_heads")
    if weak is not None and all(weak.fullmatch(h.span.quote) for h in d.heads):
        score -= 0.15
    return max(0.05, min(0.99, score))
