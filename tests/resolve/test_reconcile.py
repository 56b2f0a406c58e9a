"""Tests of figure reconciliation and field choice (willay.resolve.reconcile)."""

from __future__ import annotations

import datetime as dt

from willay.model import EventDate
from willay.resolve import ReportRef, ResolveConfig, build_event, reconcile_figure
from willay.resolve.reconcile import claim_refs
from willay.store.testing import claim, report

CFG = ResolveConfig()
D = dt.date(2033, 4, 10)
TEXT = ("At least 12 died, the Health Network said. Radio Sur counted 17 dead. "
        "The Ombudsman said 18 were killed. Dozens died, witnesses said. 15 died, an NGO said.")


def ref(doc: str, published_days: int, *claims_: tuple[str, int | None, str, str | None,
                                                      str | None], **kw: object) -> ReportRef:
    made = [claim(TEXT, kind, value, quote, reporter=who, reporter_class=cls,
                  qualifier="vague" if value is None else "exact")
            for kind, value, quote, who, cls in claims_]
    kw.setdefault("date", EventDate.day(D))
    rep = report(TEXT, doc, "e1", "died", claims=made, country="XQ", **kw)  # type: ignore[arg-type]
    return ReportRef(f"{doc}:e1", rep, D + dt.timedelta(days=published_days), f"Outlet {doc}")


def test_official_reporter_first_then_its_latest_figure() -> None:
    refs = [ref("a", 1, ("fatalities", 12, "At least 12", "Health Network", "health")),
            ref("b", 2, ("fatalities", 17, "counted 17", "Radio Sur", "media")),
            ref("c", 5, ("fatalities", 18, "18 were killed", "Ombudsman", "ombudsman"))]
    figure, chosen = reconcile_figure(claim_refs(refs, "fatalities"), CFG)
    assert figure is not None and chosen is not None
    assert (figure.best, figure.low, figure.high) == (18, 12, 18)
    assert figure.conservative == 12 and figure.disputed
    assert chosen.claim.reporter == "Ombudsman"
    assert [c.claim.value for c in claim_refs(refs, "fatalities")] == [12, 17, 18]


def test_most_recent_report_without_officials() -> None:
    refs = [ref("a", 1, ("fatalities", 17, "counted 17", "Radio Sur", "media")),
            ref("b", 3, ("fatalities", 15, "15 died", "NGO", "ngo"))]
    figure, _ = reconcile_figure(claim_refs(refs, "fatalities"), CFG)
    assert figure is not None and figure.best == 15 and "most recent" in (figure.rule or "")


def test_median_of_independent_reporters_when_the_latest_disagree() -> None:
    refs = [ref("a", 2, ("fatalities", 17, "counted 17", "Radio Sur", "media"),
                ("fatalities", 15, "15 died", "NGO", "ngo")),
            ref("b", 1, ("fatalities", 12, "At least 12", "Witnesses", "witness"))]
    figure, _ = reconcile_figure(claim_refs(refs, "fatalities"), CFG)
    assert figure is not None and figure.best == 15
    assert figure.rule == "median of 3 independent reporters"


def test_vague_words_give_the_conservative_figure_only() -> None:
    refs = [ref("a", 1, ("fatalities", None, "Dozens died", "witnesses", "witness"))]
    figure, _ = reconcile_figure(claim_refs(refs, "fatalities"), CFG)
    assert figure is not None and figure.best is None and figure.conservative == 12


def test_agreeing_reporters_are_not_disputed() -> None:
    refs = [ref("a", 1, ("fatalities", 17, "counted 17", "Radio Sur", "media")),
            ref("b", 2, ("fatalities", 17, "counted 17", "Outlet B", "media"))]
    figure, _ = reconcile_figure(claim_refs(refs, "fatalities"), CFG)
    assert figure is not None and not figure.disputed and figure.best == 17


def test_merged_fields_are_the_most_precise_and_keep_evidence() -> None:
    town = ref("a", 1, location="San Aurelio", admin1="Norte", geo_precision=1,
               evidence={"location": "Radio Sur"}, sub_event_type="Peaceful protest")
    region = ref("b", 2, admin1="Norte", date=EventDate.month(2033, 4),
                 sub_event_type="Peaceful protest")
    third = ref("c", 3, location="San Aurelio", admin1="Norte", geo_precision=1,
                sub_event_type="Excessive force against protesters")
    event = build_event("ev-x", [region, third, town], CFG)
    assert event.location == "San Aurelio" and event.admin1 == "Norte"
    assert event.date == EventDate.day(D)
    assert event.sub_event_type == "Peaceful protest"  # two reports against one
    assert event.provenance["location"][0] == "a:e1"
    assert event.provenance["location"][1][0].quote == "Radio Sur"
    assert event.provenance["event_type"][1][0].quote == "died"
    assert [r.doc_id for r in event.reports] == ["a", "b", "c"]
