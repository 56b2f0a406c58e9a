"""Each export of the sample reports loads in the tool its users use, with the documented types.

ACLED and UCDP CSV through pandas, GeoJSON through the ``geojson`` package and an RFC 7946
check of our own, PLOVER lines field by field against the specification's names and values.
"""

from __future__ import annotations

import io
import json
import math

import geojson
import pandas as pd
import pytest

from willay.export import export_events
from willay.export.acled import ACLED_COLUMNS
from willay.export.plover import QUAD
from willay.store import Store

ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa",
                 "Northern Africa", "South Asia", "Southeast Asia", "Middle East", "Europe",
                 "Caucasus and Central Asia", "Central America", "South America", "Caribbean",
                 "East Asia", "North America", "Oceania", "Antarctica"}
#: The modes the PLOVER specification lists for each event (0.7b1).
PLOVER_MODES = {
    "PROTEST": {"demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct"},
    "ASSAULT": {"abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
                "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons"},
    "COERCE": {"confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
               "deport", "withhold"},
    "RETREAT": {"withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"},
}


def export_text(url: str, fmt: str) -> str:
    out = io.StringIO()
    with Store(url) as store:
        export_events(store, fmt, out)
    return out.getvalue()


@pytest.fixture(scope="module")
def triggers(samples_store: str) -> set[str]:
    with Store(samples_store) as store:
        return {r.trigger.quote for d in store.iter_events() for r in d.event.reports}


def test_acled_csv_loads_in_pandas_as_acled_fills_it(samples_store: str,
                                                     triggers: set[str]) -> None:
    df = pd.read_csv(io.StringIO(export_text(samples_store, "acled")),
                     parse_dates=["event_date"])
    assert tuple(df.columns[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert len(df) == 11
    for col in ("year", "time_precision", "inter1", "interaction", "iso", "fatalities",
                "geo_precision", "timestamp"):
        assert pd.api.types.is_numeric_dtype(df[col]), col
    assert pd.api.types.is_datetime64_any_dtype(df["event_date"])
    assert set(df["country"]) == {"Peru", "Ecuador", "Brazil", "France"}
    assert set(df["region"]) <= ACLED_REGIONS
    assert set(df.loc[df["country"] == "Peru", "iso"]) == {604}
    assert set(df["inter1"]) <= set(range(1, 9))
    assert set(df["inter2"].dropna()) <= set(range(1, 9))
    # demonstrators are Rioters (5) in riots and Protesters (6) in protests
    riots = df[df["event_type"] == "Riots"]
    assert set(riots["inter1"]) == {5} and all(riots["actor1"].str.startswith("Rioters ("))
    protests = df[df["event_type"] == "Protests"]
    assert 6 in set(protests["inter1"]) and 5 not in set(protests["inter1"])
    for _, row in df.iterrows():
        codes = sorted(int(c) for c in (row["inter1"], row["inter2"]) if not math.isnan(c))
        want = codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)
        assert row["interaction"] == want, row["event_id_cnty"]
        assert row["notes"].endswith(".") and row["notes"] not in triggers
        assert "://" not in str(row["source"])
        assert row["fatalities"] >= 0
    demos = df[df["disorder_type"].str.contains("Demonstrations")]
    assert all(demos["tags"].str.startswith("crowd size="))
    # the clash at a named bridge at the entrance of Andahuaylas: the site, in its province
    andahuaylas = df[df["admin2"] == "Andahuaylas"].iloc[0]
    assert andahuaylas["location"] == "puente Chumbao"
    assert (andahuaylas["fatalities"], andahuaylas["actor2"]) == (3, "Police Forces of Peru")


def test_ucdp_csv_loads_in_pandas_with_fatal_events_only(samples_store: str) -> None:
    df = pd.read_csv(io.StringIO(export_text(samples_store, "ucdp")))
    assert len(df) == 1  # one sample event reports deaths; GED holds no other
    row = df.iloc[0]
    assert row["best"] >= 1 and row["low"] <= row["best"] <= row["high"]
    assert row["best"] == row[["deaths_a", "deaths_b", "deaths_civilians",
                               "deaths_unknown"]].sum()
    assert (row["country"], row["region"]) == ("Peru", "Americas")
    assert row["type_of_violence"] in (1, 2, 3)
    assert 1 <= row["date_prec"] <= 5 and 1 <= row["where_prec"] <= 7
    # the Ombudsman's three deaths and the regional health network's five (the low, high)
    assert row["number_of_sources"] == 1 and row["source_original"].split("; ") == [
        "Defensoría del Pueblo", "Red de Salud de Apurímac"]
    assert row["geom_wkt"] == f"POINT ({row['longitude']} {row['latitude']})"


def test_geojson_is_valid_rfc7946_with_flat_properties(samples_store: str) -> None:
    text = export_text(samples_store, "geojson")
    collection = geojson.loads(text)
    assert collection.is_valid, collection.errors()
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and "crs" not in data  # RFC 7946 §4
    assert len(data["features"]) == 11
    for feature in data["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["id"], str)
        lon, lat = feature["geometry"]["coordinates"]  # RFC 7946 §3.1.1: longitude first
        assert feature["geometry"]["type"] == "Point"
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert all(v is None or isinstance(v, str | int | float | bool) for v in props.values())
        for kind in ("fatalities", "injured", "arrested", "crowd_size"):
            assert {f"{kind}_best", f"{kind}_low", f"{kind}_high"} <= set(props)
    lima = next(f for f in data["features"] if f["properties"]["location"] == "Plaza San Martín")
    assert lima["geometry"]["coordinates"] == [-77.035, -12.052]
    assert lima["properties"]["tags"] == "march; tear_gas"


def test_plover_lines_carry_the_specification_fields(samples_store: str,
                                                     triggers: set[str]) -> None:
    records = [json.loads(line) for line in export_text(samples_store, "plover").splitlines()]
    assert len(records) == 11
    for rec in records:
        assert {"id", "date", "source", "recipient", "event", "mode", "context", "event_loc",
                "event_text", "quad_code", "cite_info"} <= set(rec)
        (event,) = rec["event"]
        assert rec["quad_code"] == QUAD[event]
        assert set(rec["mode"]) <= PLOVER_MODES.get(event, set()), rec["mode"]
        for actor in rec["source"] + rec["recipient"]:
            assert len(actor["code"]) == 3 and actor["actor_text"]
        assert rec["event_text"] and all(t not in triggers and " " in t
                                         for t in rec["event_text"])
        assert rec["event_loc"]["country code"] and rec["event_loc"]["cc3"]
    modes = {r["id"]: r["mode"] for r in records}
    assert ["obstruct"] in modes.values()  # the road blockade near Ilave
    assert any("strike-lim" in m for m in modes.values())  # the metro strike
    assert any(m == ["riot"] for m in modes.values())  # violent demonstrations
