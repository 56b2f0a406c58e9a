"""Matching: blocking keys and the scored comparison of two reports, with reasons."""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass, field

from willay.geo.distance import km
from willay.model import EventReport
from willay.resolve.config import ResolveConfig

#: Evidence fields that name victims or sites (shared names are strong evidence).
NAME_FIELDS = ("victim", "victims", "site", "sites")


@dataclass(frozen=True, slots=True)
class ReportRef:
    """A stored report with what resolution needs about its document.

    ``key`` is unique across the database (``"<doc id>:<report id>"``).
    """

    key: str
    report: EventReport
    published: dt.date | None = None
    publisher: str | None = None

    @property
    def doc_id(self) -> str:
        return self.report.doc_id


@dataclass(slots=True)
class Score:
    """The score of a pair, its reasons, and ``blocked`` when the pair can never merge."""

    value: float = 0.0
    reasons: list[str] = field(default_factory=list)
    blocked: str | None = None

    def add(self, weight: float, reason: str) -> None:
        self.value += weight
        self.reasons.append(f"{reason} ({weight:+.2f})")


def norm(text: str | None) -> str:
    """Lower-case, accents removed, spaces collapsed: ``"Juliaca "`` == ``"juliaca"``."""
    if not text:
        return ""
    return _norm(text)


@functools.lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def block_key(ref: ReportRef, config: ResolveConfig) -> str:
    """Reports are compared only within a block: same country and event family, dated.

    A report without a country or a date cannot be matched safely and forms a block alone.
    """
    report = ref.report
    if not report.country or report.date is None:
        return f"~{ref.key}"
    return f"{report.country}|{config.family(report.event_type)}"


def _km(a: EventReport, b: EventReport) -> float | None:
    return km(a, b)


def date_gap_days(a: EventReport, b: EventReport) -> int | None:
    """Days between the two date ranges (0 when they overlap), ``None`` if one is undated."""
    if a.date is None or b.date is None:
        return None
    if a.date.end < b.date.start:
        return (b.date.start - a.date.end).days
    if b.date.end < a.date.start:
        return (a.date.start - b.date.end).days
    return 0


def _fatalities(report: EventReport) -> int | None:
    if report.fatalities is not None and report.fatalities.best is not None:
        return report.fatalities.best
    values = [c.value for c in report.claims
              if c.kind == "fatalities" and c.scope == "event" and c.value is not None]
    return max(values) if values else None


def _names(report: EventReport) -> set[str]:
    out: set[str] = set()
    for key in NAME_FIELDS:
        for span in report.evidence.get(key, []):
            if norm(span.quote):
                out.add(norm(span.quote))
    return out


def _actors(report: EventReport) -> set[str]:
    names = {norm(report.actor1), norm(report.actor2)} | {norm(a) for a in report.assoc_actors}
    names.discard("")
    return names


def _place(a: EventReport, b: EventReport, config: ResolveConfig, score: Score) -> None:
    loc_a, loc_b = norm(a.location), norm(b.location)
    adm_a, adm_b = norm(a.admin1), norm(b.admin1)
    if adm_a and adm_b and adm_a != adm_b:
        score.blocked = f"different regions: {a.admin1} / {b.admin1}"
        return
    if a.geonameid is not None and a.geonameid == b.geonameid:
        score.add(config.w_same_geonameid, f"same place id {a.geonameid}")
        return
    if loc_a and loc_a == loc_b:
        score.add(config.w_same_location, f"same place {a.location}")
        return
    km = _km(a, b)
    if loc_a and loc_b:
        if km is not None and km <= config.near_km:
            score.add(config.w_near, f"{a.location} and {b.location} {km:.1f} km apart")
            return
        if loc_a in (norm(b.admin2), adm_b) or loc_b in (norm(a.admin2), adm_a):
            score.add(config.w_region_only, f"{a.location} / {b.location} nested places")
            return
        apart = f", {km:.0f} km apart" if km is not None else ""
        score.blocked = f"different places: {a.location} / {b.location}{apart}"
        return
    if adm_a and adm_a == adm_b:
        if loc_a or loc_b:
            score.add(config.w_region_only, f"one side names only the region {a.admin1}")
        else:
            score.add(config.w_same_region, f"same region {a.admin1}")
        return
    score.reasons.append("place known only at country level")


def _date(a: EventReport, b: EventReport, config: ResolveConfig, score: Score) -> None:
    gap = date_gap_days(a, b)
    if gap is None:
        score.blocked = "undated report"
        return
    if gap > config.date_window_days:
        score.blocked = f"dates {gap} days apart"
        return
    assert a.date is not None and b.date is not None
    both_days = a.date.precision == "day" and b.date.precision == "day"
    if both_days and a.date.start == b.date.start:
        score.add(config.w_same_day, f"same day {a.date.iso()}")
    elif gap == 0:
        score.add(config.w_date_overlap, f"dates overlap ({a.date.iso()} / {b.date.iso()})")
    elif both_days:
        score.blocked = f"different days: {a.date.iso()} / {b.date.iso()}"
    else:
        score.add(config.w_dates_apart, f"dates {gap} day(s) apart")


def score_pair(a: ReportRef, b: ReportRef, config: ResolveConfig) -> Score:
    """How strongly two reports look like accounts of one event, with the reasons why."""
    score = Score()
    ra, rb = a.report, b.report
    if a.doc_id == b.doc_id:
        score.blocked = "same document (the extractor keeps its events apart)"
        return score
    if config.family(ra.event_type) != config.family(rb.event_type):
        score.blocked = f"different families: {ra.event_type} / {rb.event_type}"
        return score
    if ra.country and rb.country and ra.country != rb.country:
        score.blocked = f"different countries: {ra.country} / {rb.country}"
        return score
    _date(ra, rb, config, score)
    if score.blocked:
        return score
    _place(ra, rb, config, score)
    if score.blocked:
        return score
    if ra.sub_event_type == rb.sub_event_type and ra.event_type == rb.event_type:
        score.add(config.w_same_sub_type, f"same type {ra.sub_event_type}")
    elif ra.event_type == rb.event_type:
        score.add(config.w_same_type, f"same event type {ra.event_type}")
    else:
        score.add(config.w_same_family, f"compatible types {ra.event_type} / {rb.event_type}")
    shared_actors = sorted(_actors(ra) & _actors(rb))[:2]
    for actor in shared_actors:
        score.add(config.w_shared_actor, f"shared actor {actor}")
    shared_tags = sorted(set(ra.tags) & set(rb.tags))[:2]
    for tag in shared_tags:
        score.add(config.w_shared_tag, f"shared tag {tag}")
    shared_names = sorted(_names(ra) & _names(rb))
    if shared_names:
        score.add(config.w_shared_name, f"shared name {shared_names[0]}")
    fa, fb = _fatalities(ra), _fatalities(rb)
    if fa is not None and fb is not None:
        lo, hi = sorted((fa, fb))
        if (lo == 0) != (hi == 0) or (lo > 0 and hi / lo > config.figure_factor):
            score.add(config.w_figures_incompatible, f"fatalities {fa} / {fb} far apart")
        else:
            score.add(config.w_figures_compatible, f"fatalities {fa} / {fb} compatible")
    return score
