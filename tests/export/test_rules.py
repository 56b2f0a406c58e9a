"""The export rules on hand-built events in fictional places: roles, ACLED codes, GED, PLOVER."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from willay.errors import ConfigError
from willay.export import Export, format_name, write_export
from willay.export.acled import crowd_tag
from willay.export.acled import row as acled_row
from willay.export.plover import event_and_modes
from willay.export.plover import record as plover_record
from willay.export.reports import report_detail
from willay.export.roles import inter_code, interaction, roles
from willay.export.ucdp import date_prec, where_prec
from willay.export.ucdp import row as ucdp_row
from willay.export.view import Viewer, date_phrase, source_of
from willay.model import Document, EventDate, Figure
from willay.store import DocumentInfo, EventDetail
from willay.store.testing import claim, report

AT = dt.datetime(2031, 5, 2, 12, 0, tzinfo=dt.UTC)
TEXT = ("Villa Roja, 1 May. Police fired on marchers in Villa Roja on Thursday, killing "
        "four people, the Ombudsman said. A second march went ahead in the evening.")


def detail(*, sub: str = "Excessive force against protesters", event_type: str = "Protests",
           actors: tuple[tuple[str | None, str | None], ...] = (
               ("Protesters", "Protesters"), ("Police", "State forces")),
           fatal: bool = True, publisher: str | None = "Valdoria Herald",
           url: str | None = None, tags: list[str] | None = None,
           country: str | None = "BO") -> EventDetail:
    claims = [claim(TEXT, "fatalities", 4, "killing four people", reporter="Ombudsman",
                    reporter_class="ombudsman")] if fatal else []
    rep = report(TEXT, "d1", "e1", "fired on marchers", event_type=event_type,
                 sub_event_type=sub, date=EventDate.day(dt.date(2031, 5, 1)),
                 country=country, admin1="Kelm", location="Villa Roja", latitude=-16.5,
                 longitude=-68.1, geo_precision=1, tags=tags, claims=claims)
    (rep.actor1, rep.actor1_type), (rep.actor2, rep.actor2_type) = actors
    doc = Document(id="d1", text=TEXT, publisher=publisher, url=url,
                   published=dt.date(2031, 5, 2), title="Four killed in Villa Roja")
    doc.reports = [rep]
    return report_detail(rep, doc, AT)


def test_demonstrators_are_rioters_in_riots_and_protesters_in_protests() -> None:
    assert inter_code("Protesters", "Riots") == 5
    assert inter_code("Rioters", "Protests") == 6
    assert inter_code("Organisation", "Protests") == 6  # the crowd of a demonstration
    assert inter_code("Organisation", "Strategic developments") is None  # not one of the 8
    assert inter_code("State forces", "Riots") == 1
    assert inter_code("Civilians", "Violence against civilians") == 7


def test_one_sided_violence_puts_the_perpetrator_first_whatever_the_text_order() -> None:
    who = roles("Excessive force against protesters", "Protests",
                [("Protesters", "Protesters"), ("Police", "State forces")], "BO")
    assert who.one_sided
    assert [p.acled_name for p in who.source] == ["Police Forces of Bolivia"]
    assert [p.acled_name for p in who.target] == ["Protesters (Bolivia)"]
    first, second = who.acled_pair
    assert first is not None and second is not None
    assert (first.inter, second.inter, interaction(first, second)) == (1, 6, 16)
    attack = roles("Attack", "Violence against civilians",
                   [("Villagers", "Civilians"), ("Unidentified armed group", None)], "BO")
    assert [p.name for p in attack.source] == ["Unidentified armed group"]
    assert [(p.acled_name, p.assoc) for p in attack.target] == [
        ("Civilians (Bolivia)", ("Villagers",))]


def test_a_crowd_named_by_its_group_keeps_the_group_as_associated_actor() -> None:
    who = roles("Peaceful protest", "Protests", [("Teachers' union", "Organisation")], "BO")
    (crowd,) = who.source
    assert (crowd.acled_name, crowd.assoc, crowd.inter) == (
        "Protesters (Bolivia)", ("Teachers' union",), 6)
    assert interaction(crowd, None) == 60  # sole protester action
    unknown = roles("Other", "Strategic developments", [("Teachers' union", "Organisation")],
                    "BO")
    assert interaction(unknown.source[0], None) is None  # unknown type: no code, no guess


def test_acled_row_fills_the_codebook_columns() -> None:
    view = Viewer().view(detail())
    row = acled_row(view)
    assert (row["country"], row["iso"], row["region"]) == ("Bolivia", 68, "South America")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]) == (
        "Police Forces of Bolivia", 1, "Protesters (Bolivia)", 6, 16)
    assert row["civilian_targeting"] is None  # protesters are not civilians in ACLED
    assert row["fatalities"] == 4 and row["tags"] == "crowd size=no report"
    assert row["source"] == "Valdoria Herald"
    assert row["notes"] == ("On 1 May 2031, in Villa Roja, Kelm, Bolivia: excessive force "
                            "against protesters by Police Forces of Bolivia against Protesters "
                            "(Bolivia). 4 killed.")
    vac = acled_row(Viewer().view(detail(sub="Attack", event_type="Violence against civilians",
                                         actors=(("Villagers", "Civilians"),
                                                 ("Gunmen", "Political militias")))))
    assert vac["civilian_targeting"] == "Civilian targeting"
    assert (vac["actor1"], vac["inter1"], vac["interaction"]) == ("Gunmen", 3, 37)


def test_crowd_size_tag_says_what_was_reported() -> None:
    assert crowd_tag(None) == "crowd size=no report"
    assert crowd_tag(Figure(300, 300, 300)) == "crowd size=300"
    assert crowd_tag(Figure(6500, 6500, 15000)) == "crowd size=between 6500 and 15000"


def test_source_is_a_name_never_an_address() -> None:
    def info(publisher: str | None, url: str | None) -> DocumentInfo:
        return DocumentInfo("d", url, None, publisher, None, None, None, None, AT, 1, 0)

    assert source_of(info("Valdoria Herald", "https://herald.example/x")).name == "Valdoria Herald"
    assert source_of(info(None, "https://www.reuters.com/world/x")).name == "Reuters"
    assert source_of(info(None, "https://herald.example/a/b?c=1")).name == "herald.example"
    assert source_of(info(None, None)).name is None
    known = source_of(info(None, "https://larepublica.pe/x"))
    assert (known.scale("PE"), known.scale("BO")) == ("National", "International")


def test_ucdp_keeps_fatal_events_only_and_says_what_it_left_out() -> None:
    out = io.StringIO()
    result = write_export([detail(), detail(fatal=False)], "ucdp", out)
    assert (result.written, result.left_out) == (1, 1)
    assert "UCDP GED holds only fatal events" in result.message()
    row = ucdp_row(Viewer().view(detail()))
    assert (row["type_of_violence"], row["side_a"], row["side_b"]) == (
        3, "Government of Bolivia", "Civilians")
    assert (row["best"], row["deaths_unknown"], row["deaths_civilians"]) == (4, 4, 0)
    assert row["source_original"] == "Ombudsman" and row["where_prec"] == 1
    clash = Viewer().view(detail(sub="Armed clash", event_type="Battles",
                                 actors=(("Army", "State forces"), ("Rebels", "Rebel groups"))))
    assert ucdp_row(clash)["type_of_violence"] == 1
    assert where_prec(Viewer().view(detail())) == 1


@pytest.mark.parametrize(("date", "prec"), [
    (EventDate.day(dt.date(2031, 5, 1)), 1),
    (EventDate.between(dt.date(2031, 5, 1), dt.date(2031, 5, 4)), 2),
    (EventDate.between(dt.date(2031, 5, 1), dt.date(2031, 5, 7)), 3),
    (EventDate.month(2031, 5), 4),
    (EventDate.year(2031), 5),
])
def test_ged_date_precision(date: EventDate, prec: int) -> None:
    assert date_prec(date) == prec


def test_date_phrases() -> None:
    assert date_phrase(EventDate.between(dt.date(2031, 5, 1), dt.date(2031, 5, 4))) == (
        "Between 1 and 4 May 2031")
    assert date_phrase(EventDate.month(2031, 5)) == "In May 2031"
    assert date_phrase(None) == "On an unknown date"


def test_plover_strike_and_blockade_tags_set_the_mode() -> None:
    assert event_and_modes("Peaceful protest", ["strike"]) == ("PROTEST", ["strike-lim"])
    assert event_and_modes("Peaceful protest", ["road_blockade", "march"]) == (
        "PROTEST", ["obstruct", "demo"])
    assert event_and_modes("Peaceful protest", []) == ("PROTEST", ["demo"])
    assert event_and_modes("Violent demonstration", ["march"]) == ("PROTEST", ["riot"])
    assert event_and_modes("Other", ["curfew"]) == ("COERCE", ["curfew"])
    assert event_and_modes("Other", ["investigation"]) == ("ACCUSE", [])


def test_plover_record_who_acted_on_whom_and_its_sentence() -> None:
    texts = {"d1": TEXT}
    rec = plover_record(Viewer(texts.get).view(detail()))
    assert (rec["event"], rec["quad_code"]) == (["ASSAULT"], 4)
    assert [(a["actor_text"], a["sector"], a["code"]) for a in rec["source"]] == [
        ("Police", "COP", "BOL")]
    assert [a["actor_text"] for a in rec["recipient"]] == ["Protesters"]
    assert rec["event_text"] == ["Police fired on marchers in Villa Roja on Thursday, killing "
                                 "four people, the Ombudsman said."]
    assert rec["dead"] == 4
    # without the article's text the summary sentence stands in, never the trigger word
    assert plover_record(Viewer().view(detail()))["event_text"][0].startswith("On 1 May 2031")


def test_format_names() -> None:
    assert format_name("polecat") == "plover"
    assert Export("polecat").fmt == "plover"
    with pytest.raises(ConfigError, match="export format 'xml'"):
        format_name("xml")
