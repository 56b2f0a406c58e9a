"""Reconciliation: one merged Event from its reports, figures as low/best/high with their rule.

Rule for ``best`` (DESIGN.md): the most recent figure of an official health, forensic or
ombudsman reporter; otherwise the figure of the most recent report when it gives one value;
otherwise the median of independent reporters (each reporter's latest figure). ``low`` and
``high`` span every claim; ``conservative`` is ACLED's habit (the lowest figure, vague words
read as in :data:`willay.resolve.config.VAGUE_NUMBERS`); ``disputed`` is set when two
reporters give different values. Type, date, place and actors are the most precise and
most agreed values among the reports, and each keeps the evidence it came from.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from willay.model import Claim, Event, Figure, Span
from willay.model.event import FIGURE_KINDS
from willay.resolve.config import ResolveConfig
from willay.resolve.matching import ReportRef, norm

#: Severity order used to break ties between equally supported types (most severe first).
SEVERITY = (
    "Excessive force against protesters", "Mob violence", "Violent demonstration",
    "Attack", "Armed clash", "Abduction/forced disappearance", "Sexual violence",
    "Protest with intervention", "Peaceful protest",
)
_DATE_RANK = MappingProxyType({"day": 0, "approx": 1, "range": 2, "month": 3, "year": 4,
                               "unknown": 5})


@dataclass(frozen=True, slots=True)
class ClaimRef:
    """A claim with the report and time it comes from."""

    claim: Claim
    report_key: str
    doc_id: str
    published: dt.date | None
    publisher: str | None

    @property
    def when(self) -> dt.date | None:
        return self.claim.as_of or self.published

    @property
    def source(self) -> str:
        """Who stands behind the figure: the reporter, else the relaying or publishing outlet."""
        return norm(self.claim.reporter or self.claim.via or self.publisher or self.doc_id)


def claim_refs(refs: Sequence[ReportRef], kind: str) -> list[ClaimRef]:
    """The event-scope claims of one kind, in report-time order (the figure's revisions)."""
    out = [ClaimRef(c, r.key, r.doc_id, r.published, r.publisher)
           for r in refs for c in r.report.claims if c.kind == kind and c.scope == "event"]
    out.sort(key=lambda c: (c.when or dt.date.max, c.published or dt.date.max, c.report_key,
                            c.claim.evidence.start))
    return out


def _vague(claim: Claim, config: ResolveConfig) -> int | None:
    if claim.value is not None:
        return claim.value
    if claim.low is not None:
        return claim.low
    quote = norm(claim.evidence.quote)
    for word, number in sorted(config.vague_numbers.items(), key=lambda kv: -len(kv[0])):
        if word in quote.split() or quote.endswith(word):
            return number
    return None


def reconcile_figure(claims: Sequence[ClaimRef],
                     config: ResolveConfig) -> tuple[Figure | None, ClaimRef | None]:
    """low/best/high over claims (see the module docstring); the claim ``best`` comes from."""
    if not claims:
        return None, None
    conservative_values = [v for v in (_vague(c.claim, config) for c in claims) if v is not None]
    conservative = min(conservative_values) if conservative_values else None
    numeric = [c for c in claims if c.claim.value is not None]
    if not numeric:
        if conservative is None:
            return None, None
        return Figure(None, None, None, conservative, False, "vague words only"), claims[0]
    lows = [c.claim.low if c.claim.low is not None else c.claim.value for c in numeric]
    highs = [c.claim.high if c.claim.high is not None else c.claim.value for c in numeric]
    low = min(v for v in lows if v is not None)
    high = max(v for v in highs if v is not None)
    by_source: dict[str, set[int]] = {}
    for c in numeric:
        assert c.claim.value is not None
        by_source.setdefault(c.source, set()).add(c.claim.value)
    disputed = len({v for values in by_source.values() for v in values}) > 1 and len(by_source) > 1

    def latest(items: list[ClaimRef]) -> list[ClaimRef]:
        dated = [c for c in items if c.when is not None]
        if not dated:
            return []
        top = max(c.when for c in dated if c.when is not None)
        return [c for c in dated if c.when == top]

    chosen: ClaimRef | None = None
    rule = ""
    official = [c for c in numeric if c.claim.reporter_class in config.official_classes]
    if official:
        recent = latest(official) or official
        chosen = max(recent, key=lambda c: (c.claim.value or 0, c.report_key))
        rule = f"official reporter ({chosen.claim.reporter or chosen.claim.reporter_class})"
    else:
        recent = latest(numeric)
        if recent and len({c.claim.value for c in recent}) == 1:
            chosen = min(recent, key=lambda c: (c.report_key, c.claim.evidence.start))
            when = chosen.when.isoformat() if chosen.when else "?"
            who = chosen.claim.reporter or chosen.publisher or "article"
            rule = f"most recent report ({who}, {when})"
    if chosen is not None:
        best = chosen.claim.value
    else:
        latest_by_source: dict[str, ClaimRef] = {}
        for c in numeric:  # claims are in time order: the last one per source wins
            latest_by_source[c.source] = c
        values = sorted(c.claim.value for c in latest_by_source.values()
                        if c.claim.value is not None)
        best = int(statistics.median_low(values))
        chosen = min((c for c in latest_by_source.values() if c.claim.value == best),
                     key=lambda c: c.report_key)
        rule = f"median of {len(values)} independent reporters"
    return Figure(best, low, high, conservative, disputed, rule), chosen


def build_event(event_id: str, refs: Sequence[ReportRef], config: ResolveConfig) -> Event:
    """The merged event of a cluster of reports."""
    ordered = sorted(refs, key=lambda r: r.key)
    reports = [r.report for r in ordered]
    provenance: dict[str, tuple[str, list[Span]]] = {}

    types = Counter((r.report.event_type, r.report.sub_event_type) for r in ordered)
    weight = {t: sum(r.report.confidence for r in ordered
                     if (r.report.event_type, r.report.sub_event_type) == t) for t in types}

    def type_key(t: tuple[str, str]) -> tuple[object, ...]:
        sev = SEVERITY.index(t[1]) if t[1] in SEVERITY else len(SEVERITY)
        return (-types[t], -round(weight[t], 6), sev, t)

    event_type, sub_event_type = min(types, key=type_key)
    chosen_type = (event_type, sub_event_type)
    type_ref = next(r for r in ordered
                    if (r.report.event_type, r.report.sub_event_type) == chosen_type)
    provenance["event_type"] = (type_ref.key, [type_ref.report.trigger])

    dates = Counter(r.report.date for r in ordered if r.report.date is not None)
    date = None
    if dates:
        date = min(dates, key=lambda d: (_DATE_RANK.get(d.precision, 9), -dates[d],
                                         d.end - d.start, d.start))
        src = next(r for r in ordered if r.report.date == date)
        provenance["date"] = (src.key, list(src.report.evidence.get("date", [])))

    def place_of(r: ReportRef) -> tuple[object, ...]:
        rep = r.report
        return (rep.country, rep.admin1, rep.admin2, rep.location, rep.latitude,
                rep.longitude, rep.geo_precision, rep.geonameid)

    places = Counter(place_of(r) for r in ordered if r.report.country)
    place_src: ReportRef | None = None
    if places:
        place = min(places, key=lambda p: (p[3] is None, p[1] is None,
                                           p[6] if p[6] is not None else 9, -places[p],
                                           tuple(str(x) for x in p)))
        place_src = next(r for r in ordered if place_of(r) == place)
        provenance["location"] = (place_src.key,
                                  list(place_src.report.evidence.get("location", [])))
    where = place_src.report if place_src is not None else None

    def actor(slot: str) -> tuple[str | None, str | None]:
        counts = Counter(getattr(r.report, slot) for r in ordered if getattr(r.report, slot))
        if not counts:
            return None, None
        name = min(counts, key=lambda a: (-counts[a], a))
        src = next(r for r in ordered if getattr(r.report, slot) == name)
        provenance[slot] = (src.key, list(src.report.evidence.get(slot, [])))
        return name, getattr(src.report, f"{slot}_type")

    actor1, actor1_type = actor("actor1")
    actor2, actor2_type = actor("actor2")

    figures: dict[str, Figure | None] = {}
    for kind in FIGURE_KINDS:
        figure, chosen = reconcile_figure(claim_refs(ordered, kind), config)
        figures[kind] = figure
        if chosen is not None:
            provenance[kind] = (chosen.report_key, [chosen.claim.evidence])

    miss = 1.0
    for r in ordered:
        miss *= 1.0 - max(0.0, min(1.0, r.report.confidence))
    confidence = round(min(0.99, 1.0 - miss), 4)
    tags = sorted({t for r in ordered for t in r.report.tags})
    return Event(
        id=event_id, reports=reports, event_type=event_type, sub_event_type=sub_event_type,
        disorder_type=type_ref.report.disorder_type, tags=tags, date=date,
        country=where.country if where else None, admin1=where.admin1 if where else None,
        admin2=where.admin2 if where else None, location=where.location if where else None,
        latitude=where.latitude if where else None,
        longitude=where.longitude if where else None,
        geo_precision=where.geo_precision if where else None, actor1=actor1,
        actor1_type=actor1_type, actor2=actor2, actor2_type=actor2_type,
        fatalities=figures["fatalities"], injured=figures["injured"],
        arrested=figures["arrested"], crowd_size=figures["crowd_size"],
        confidence=confidence, provenance=provenance,
    )
