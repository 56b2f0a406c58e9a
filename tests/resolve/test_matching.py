"""Tests of blocking and pair scoring (willay.resolve.matching), on fictional places."""

from __future__ import annotations

import datetime as dt

from willay.model import EventDate
from willay.resolve import ReportRef, ResolveConfig, block_key, score_pair
from willay.resolve.matching import norm
from willay.store.testing import claim, report

D = dt.date(2033, 4, 11)
CFG = ResolveConfig()


def ref(doc: str, text: str, trigger: str, **kw: object) -> ReportRef:
    kw.setdefault("date", EventDate.day(D))
    kw.setdefault("country", "XQ")
    kw.setdefault("admin1", "Norte")
    return ReportRef(f"{doc}:e1", report(text, doc, "e1", trigger, **kw))  # type: ignore[arg-type]


def test_same_town_same_day_merges_with_reasons() -> None:
    a = ref("a", "Police fired on marchers in San Aurelio.", "fired on marchers",
            location="San Aurelio", sub_event_type="Excessive force against protesters")
    b = ref("b", "La policía disparó contra manifestantes en San Aurelio.", "disparó",
            location="san aurelio", sub_event_type="Excessive force against protesters")
    score = score_pair(a, b, CFG)
    assert score.blocked is None
    assert score.value >= CFG.merge_threshold
    assert any("same place" in r for r in score.reasons)
    assert any("same day" in r for r in score.reasons)


def test_neighbouring_towns_same_day_stay_apart() -> None:
    a = ref("a", "A march in San Aurelio.", "A march", location="San Aurelio",
            latitude=-15.00, longitude=-70.00)
    b = ref("b", "A march in Villa Esperanza.", "A march", location="Villa Esperanza",
            latitude=-15.07, longitude=-70.02)
    score = score_pair(a, b, CFG)
    assert score.blocked is not None and "different places" in score.blocked


def test_near_sites_of_one_town_merge() -> None:
    a = ref("a", "A march in San Aurelio.", "A march", location="San Aurelio",
            latitude=-15.000, longitude=-70.000)
    b = ref("b", "A rally on Plaza Mayor.", "A rally", location="Plaza Mayor",
            latitude=-15.004, longitude=-70.003)
    score = score_pair(a, b, CFG)
    assert score.blocked is None and score.value >= CFG.merge_threshold


def test_region_only_report_is_compatible_with_a_town() -> None:
    a = ref("a", "Police killed marchers in San Aurelio.", "killed marchers",
            location="San Aurelio", sub_event_type="Excessive force against protesters")
    b = ref("b", "Deaths at the march in Norte region.", "Deaths at the march",
            sub_event_type="Excessive force against protesters")
    score = score_pair(a, b, CFG)
    assert score.blocked is None and score.value >= CFG.merge_threshold
    assert any("only the region" in r for r in score.reasons)


def test_different_days_or_regions_or_families_do_not_merge() -> None:
    base = ref("a", "A march in San Aurelio.", "A march", location="San Aurelio")
    next_day = ref("b", "A march in San Aurelio.", "A march", location="San Aurelio",
                   date=EventDate.day(D + dt.timedelta(days=1)))
    assert "different days" in (score_pair(base, next_day, CFG).blocked or "")
    month = ref("f", "A march in San Aurelio.", "A march", location="San Aurelio",
                date=EventDate.between(D + dt.timedelta(days=1), D + dt.timedelta(days=2)))
    assert score_pair(base, month, CFG).value < CFG.merge_threshold
    far = ref("c", "A march in San Aurelio.", "A march", location="San Aurelio",
              date=EventDate.day(D + dt.timedelta(days=9)))
    assert score_pair(base, far, CFG).blocked == "dates 9 days apart"
    other_region = ref("d", "A march in Sur.", "A march", admin1="Sur")
    assert "different regions" in (score_pair(base, other_region, CFG).blocked or "")
    decree = ref("e", "A curfew in San Aurelio.", "A curfew", location="San Aurelio",
                 event_type="Strategic developments", sub_event_type="Other")
    assert "different families" in (score_pair(base, decree, CFG).blocked or "")
    same_doc = ReportRef("a:e2", report("A march in San Aurelio.", "a", "e2", "A march",
                                        date=EventDate.day(D), country="XQ",
                                        location="San Aurelio"))
    assert "same document" in (score_pair(base, same_doc, CFG).blocked or "")


def test_incompatible_figures_lower_the_score() -> None:
    text = "Police killed 2 in San Aurelio. Police killed 40 in San Aurelio."
    a = ref("a", text, "Police killed 2", location="San Aurelio",
            claims=[claim(text, "fatalities", 2, "killed 2")])
    b = ref("b", text, "Police killed 40", location="San Aurelio",
            claims=[claim(text, "fatalities", 40, "killed 40")])
    c = ref("c", text, "Police killed 2", location="San Aurelio",
            claims=[claim(text, "fatalities", 2, "killed 2")])
    assert score_pair(a, b, CFG).value < score_pair(a, c, CFG).value


def test_block_keys_and_normalisation() -> None:
    dated = ref("a", "A march.", "A march")
    assert block_key(dated, CFG) == "XQ|demonstrations"
    riot = ref("b", "A riot.", "A riot", event_type="Riots",
               sub_event_type="Violent demonstration")
    assert block_key(riot, CFG) == block_key(dated, CFG)
    undated = ref("c", "A march.", "A march", date=None)
    assert block_key(undated, CFG) == "~c:e1"
    assert norm("  Apurímac  Región ") == "apurimac region"
