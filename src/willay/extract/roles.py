"""Roles: actor1 and actor2 of an event from the actors of its sentences (ANNOTATION.md §6).

For protests and riots actor1 is the crowd (a named organisation or group when the text
names one) and actor2 the force that faced it; for arrests the force and who was held;
for battles the armed group and the state force; for violence against civilians the
perpetrator and ``Civilians``; for measures the government body that took them.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from willay.extract.context import DocContext
from willay.extract.drafts import Draft
from willay.model import EventReport, Mention, Span

#: Actor roles that make a crowd's actor1.
CROWD_ROLES = ("org", "crowd")


def set_actors(ctx: DocContext, report: EventReport, d: Draft) -> None:
    """Fill ``actor1``/``actor2`` (with types and evidence) of ``report``."""
    in_reporter = _covering([c.reporter_evidence for c in report.claims
                             if c.reporter_evidence])
    actors = [m for m in d.actors if not in_reporter(m.start)]
    forces = [m for m in actors if m.attrs.get("role") == "force"]
    force_label = _force_label(forces)
    family = report.event_type
    if family in ("Protests", "Riots"):
        _crowd_actors(ctx, report, d, actors, forces, force_label)
    elif report.sub_event_type == "Arrests":
        if force_label is not None:
            report.actor1, report.actor1_type = force_label, "State forces"
        orgs = [m for m in actors if m.attrs.get("role") == "org"]
        if orgs:
            report.actor2, report.actor2_type = str(orgs[0].value), "Protesters"
    elif family == "Battles":
        armed = [m for m in actors if m.attrs.get("role") == "armed"]
        report.actor1 = str(armed[0].value) if armed else "Unidentified armed group"
        report.actor1_type = "Political militias"
        if force_label is not None:
            report.actor2, report.actor2_type = force_label, "State forces"
    elif family == "Violence against civilians":
        armed = [m for m in actors if m.attrs.get("role") in ("armed", "force")]
        if armed:
            report.actor1 = str(armed[0].value)
            report.actor1_type = str(armed[0].attrs.get("type"))
        report.actor2, report.actor2_type = "Civilians", "Civilians"
    else:
        _state_actors(ctx, report, d, actors)


def _covering(spans: list[Span]) -> Callable[[int], bool]:
    """A test of whether an offset lies in any of ``spans`` (``start <= x < end``): a
    binary search over the spans by start, with the furthest end reached so far."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(itertools.accumulate((s.end for s in ordered), max))

    def covered(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset)
        return k > 0 and reach[k - 1] > offset

    return covered


def _force_label(forces: list[Mention]) -> str | None:
    """One label for the state forces of an event ("Security forces" for police and army)."""
    if not forces:
        return None
    labels = {str(m.value) for m in forces}
    if {"Police", "Military"} <= labels or "Security forces" in labels:
        return "Security forces"
    return str(forces[0].value)


def _crowd_actors(ctx: DocContext, report: EventReport, d: Draft, actors: list[Mention],
                  forces: list[Mention], force_label: str | None) -> None:
    sent = ctx.sents[d.sentence]
    crowd = [m for m in actors if sent.start <= m.start < sent.end
             and m.attrs.get("role") in CROWD_ROLES]
    named = [m for m in crowd
             if m.attrs.get("role") == "org" or str(m.value).endswith("supporters")]
    prev = d.sentence - 1
    if not named and prev >= 0 and ctx.sents[prev].paragraph == sent.paragraph:
        named = [m for m in ctx.mentions(prev, "actor") if str(m.value).endswith("supporters")]
    specific = [m for m in crowd if str(m.value) not in ("Protesters",)]
    pick = named[0] if named else (specific[0] if specific else None)
    if report.sub_event_type == "Mob violence":
        report.actor1, report.actor1_type = "Rioters", "Rioters"
    elif pick is not None and str(pick.value) in ("Students",):
        report.actor1, report.actor1_type = "Protesters", "Protesters"
    elif pick is not None:
        report.actor1 = str(pick.value)
        report.actor1_type = str(pick.attrs.get("type") or "Protesters")
        report.evidence.setdefault("actor1", []).append(pick.span)
    else:
        report.actor1, report.actor1_type = "Protesters", "Protesters"
    if force_label is not None and report.sub_event_type != "Peaceful protest":
        report.actor2, report.actor2_type = force_label, "State forces"
        report.evidence.setdefault("actor2", []).extend(m.span for m in forces[:2])


def _state_actors(ctx: DocContext, report: EventReport, d: Draft,
                  actors: list[Mention]) -> None:
    """The government body behind a measure, and the one an investigation targets."""
    gov = [m for m in actors if m.attrs.get("role") in ("gov", "judicial")]
    if not gov:
        return
    judicial = [m for m in gov if m.attrs.get("role") == "judicial"]
    pick = judicial[0] if judicial and "investigation" in d.classes else gov[0]
    country = ctx.country_label(report.country or "")
    report.actor1 = str(pick.value).replace("{country}", country)
    report.actor1_type = "State forces"
    report.evidence.setdefault("actor1", []).append(pick.span)
    if "investigation" in d.classes:
        targets = [m for m in gov if m.attrs.get("role") == "gov"]
        if targets and pick.attrs.get("role") == "judicial":
            report.actor2 = str(targets[0].value).replace("{country}", country)
            report.actor2_type = "State forces"
