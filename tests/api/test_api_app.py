"""Tests of the REST API over hand-built documents (fictional places) held in memory."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient

from willay.api.app import create_app
from willay.api.reader import MemoryReader
from willay.model import Claim, Document, EventDate, EventReport, Figure, Span, Tally

TEXT = (
    "Valdoria Herald, 14 March 2031\n\n"
    "On 12 March, police fired on marchers in the town of Ostrava Nueva, in the province "
    "of Kelm. Seventeen people were killed, according to the march organisers. The "
    "Regional Health Office said 12 had died and 30 were injured, the Daily Lantern "
    "reported.\n\n"
    "Two days later, mourners held a vigil in Brenn. A reader posted "
    "<script>document.title='pwned'</script> and "
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> in the comments.\n\n"
    "Officials say 40 people have died since February."
)
TOKEN = "a-long-enough-test-token"


def span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span.of(text, start, start + len(quote))


def herald() -> Document:
    """A fictional article with two events, three claims and one tally."""
    doc = Document(id="herald-1", text=TEXT, title="Marchers shot in Ostrava Nueva",
                   publisher="Valdoria Herald", published=dt.date(2031, 3, 14),
                   published_precision="day", language="en")
    claims = [
        Claim("fatalities", 17, span(TEXT, "Seventeen people were killed"),
              reporter="march organisers", reporter_class="organiser",
              reporter_evidence=span(TEXT, "the march organisers")),
        Claim("fatalities", 12, span(TEXT, "12 had died"), reporter="Regional Health Office",
              reporter_class="health", via="Daily Lantern"),
        Claim("injured", 30, span(TEXT, "30 were injured"), reporter="Regional Health Office",
              reporter_class="health", via="Daily Lantern"),
    ]
    shooting = EventReport(
        id="herald-1:0", doc_id=doc.id, event_type="Protests",
        sub_event_type="Excessive force against protesters", disorder_type="Demonstrations",
        trigger=span(TEXT, "police fired on marchers"), tags=["march"],
        date=EventDate.day(dt.date(2031, 3, 12)), country="ZZ", admin1="Kelm",
        location="Ostrava Nueva", latitude=-12.5, longitude=-70.1, geo_precision=1,
        actor1="Protesters (Valdoria)", actor1_type="Protesters",
        actor2="Police Forces of Valdoria", actor2_type="State forces", claims=claims,
        fatalities=Figure(12, 12, 17), injured=Figure(30, 30, 30), confidence=0.9,
        evidence={"date": [span(TEXT, "On 12 March")],
                  "location": [span(TEXT, "Ostrava Nueva")]},
    )
    vigil = EventReport(
        id="herald-1:1", doc_id=doc.id, event_type="Protests", sub_event_type="Peaceful protest",
        disorder_type="Demonstrations", trigger=span(TEXT, "mourners held a vigil"),
        tags=["vigil"], date=EventDate.day(dt.date(2031, 3, 14)), country="ZZ", admin1="Dorn",
        location="Brenn", latitude=-14.0, longitude=-68.0, geo_precision=1,
        actor1="Protesters (Valdoria)", confidence=0.6,
        evidence={"location": [span(TEXT, "Brenn")]},
    )
    doc.reports = [shooting, vigil]
    doc.tallies = [Tally("deaths", 40, span(TEXT, "40 people have died"),
                         as_of=EventDate.day(dt.date(2031, 3, 14)),
                         since=EventDate.month(2031, 2), country="ZZ", reporter="Officials",
                         doc_id=doc.id)]
    return doc


def fake_pipeline(record: dict[str, Any]) -> Document:
    """Stands in for extraction: a document with no events."""
    text = record.get("text") or ""
    if not text.strip():
        from willay.errors import EmptyInputError

        raise EmptyInputError(record.get("id") or "record", "empty text")
    return Document(id=record.get("id") or "new", text=text, title=record.get("title"))


@pytest.fixture()
def reader() -> MemoryReader:
    return MemoryReader([herald()], pipeline=fake_pipeline)


@pytest.fixture()
def client(reader: MemoryReader) -> TestClient:
    return TestClient(create_app("memory://", ingest_token=TOKEN, reader=reader))


def ids(client: TestClient, **params: Any) -> list[str]:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["items"]]


def test_events_listed_newest_first(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert body["total"] == 2
    assert [e["id"] for e in body["items"]] == ["herald-1:1", "herald-1:0"]
    shooting = body["items"][1]
    assert shooting["fatalities"] == {"best": 12, "low": 12, "high": 17, "conservative": None,
                                      "disputed": False, "rule": None}
    assert shooting["latitude"] == -12.5


@pytest.mark.parametrize(("params", "expected"), [
    ({"event_type": "Protests"}, ["herald-1:1", "herald-1:0"]),
    ({"sub_event_type": "Peaceful protest"}, ["herald-1:1"]),
    ({"country": "ZZ", "admin1": "Kelm"}, ["herald-1:0"]),
    ({"country": "zz"}, ["herald-1:1", "herald-1:0"]),
    ({"country": "YY"}, []),
    ({"date_from": "2031-03-13"}, ["herald-1:1"]),
    ({"date_to": "2031-03-12"}, ["herald-1:0"]),
    ({"bbox": "-71,-13,-70,-12"}, ["herald-1:0"]),
    ({"actor": "police forces"}, ["herald-1:0"]),
    ({"q": "brenn"}, ["herald-1:1"]),
    ({"min_confidence": 0.8}, ["herald-1:0"]),
])
def test_event_filters(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    assert ids(client, **params) == expected


def test_pagination(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()
    second = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == 2
    assert [first["items"][0]["id"], second["items"][0]["id"]] == ["herald-1:1", "herald-1:0"]


@pytest.mark.parametrize("params", [
    {"bbox": "1,2,3"}, {"bbox": "0,50,10,40"}, {"date_from": "2031-03-14", "date_to": "2031-03-01"},
    {"limit": 5000}, {"offset": -1}, {"min_confidence": 2}, {"date_from": "yesterday"},
])
def test_bad_filters_are_422(client: TestClient, params: dict[str, Any]) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text


def test_event_detail_has_claims_with_reporters(client: TestClient) -> None:
    r = client.get("/api/events/herald-1:0")
    assert r.status_code == 200
    ev = r.json()
    by_value = {c["value"]: c for c in ev["claims"] if c["kind"] == "fatalities"}
    assert by_value[17]["reporter"] == "march organisers"
    assert by_value[12]["reporter"] == "Regional Health Office"
    assert by_value[12]["via"] == "Daily Lantern"
    assert ev["reports"][0]["doc_title"] == "Marchers shot in Ostrava Nueva"
    for claim in ev["claims"]:
        ev_span = claim["evidence"]
        assert TEXT[ev_span["start"]:ev_span["end"]] == ev_span["quote"]


def test_unknown_event_and_document_are_404(client: TestClient) -> None:
    assert client.get("/api/events/nope").status_code == 404
    r = client.get("/api/documents/nope")
    assert r.status_code == 404
    assert "nope" in r.json()["detail"]


def test_document_highlights_quote_the_text(client: TestClient) -> None:
    doc = client.get("/api/documents/herald-1").json()
    assert doc["text"] == TEXT
    fields = {h["field"] for h in doc["highlights"]}
    assert {"trigger", "date", "location", "claim:fatalities", "claim:injured"} <= fields
    for h in doc["highlights"]:
        assert doc["text"][h["start"]:h["end"]] == h["quote"]
        assert h["event_id"] in ("herald-1:0", "herald-1:1")


def test_tallies_and_places(client: TestClient) -> None:
    series = client.get("/api/tallies", params={"kind": "deaths"}).json()
    assert len(series) == 1
    point = series[0]["points"][0]
    assert (point["value"], point["as_of"], point["reporter"]) == (40, "2031-03-14", "Officials")
    assert client.get("/api/tallies", params={"kind": "injured"}).json() == []
    places = client.get("/api/places", params={"admin1": "Kelm"}).json()
    assert places == [{"country": "ZZ", "admin1": "Kelm", "location": "Ostrava Nueva",
                       "latitude": -12.5, "longitude": -70.1, "events": 1}]


def test_facets(client: TestClient) -> None:
    f = client.get("/api/facets").json()
    assert f["admin1"] == ["Dorn", "Kelm"]
    assert (f["date_min"], f["date_max"]) == ("2031-03-12", "2031-03-14")


def test_exports(client: TestClient) -> None:
    r = client.get("/api/export/events.csv", params={"admin1": "Kelm"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(x["event_id_cnty"], x["fatalities"], x["fatalities_high"]) for x in rows] == [
        ("herald-1:0", "12", "17")]
    geo = client.get("/api/export/events.geojson").json()
    assert geo["type"] == "FeatureCollection"
    assert {f["id"]: f["geometry"]["coordinates"] for f in geo["features"]} == {
        "herald-1:0": [-70.1, -12.5], "herald-1:1": [-68.0, -14.0]}
    lines = client.get("/api/export/events.jsonl").text.splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["herald-1:0", "herald-1:1"]  # date order
    ucdp = list(csv.DictReader(io.StringIO(client.get("/api/export/events.ucdp.csv").text)))
    assert [(x["id"], x["best"], x["low"], x["high"]) for x in ucdp] == [
        ("herald-1:0", "12", "12", "17")]  # the vigil has no death: GED leaves it out
    plover = [json.loads(x) for x in
              client.get("/api/export/events.plover.jsonl").text.splitlines()]
    assert [p["event"] for p in plover] == [["ASSAULT"], ["PROTEST"]]
    # one-sided violence: the police acted on the marchers, whatever the order in the text
    assert [a["actor_text"] for a in plover[0]["source"]] == ["Police Forces of Valdoria"]
    assert [a["actor_text"] for a in plover[0]["recipient"]] == ["Protesters (Valdoria)"]
    assert "police fired on marchers" in plover[0]["event_text"][0]


def test_openapi_documents_every_route(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    expected = {
        "/api/events": "get", "/api/events/{event_id}": "get",
        "/api/documents/{doc_id}": "get", "/api/documents": "post", "/api/tallies": "get",
        "/api/places": "get", "/api/facets": "get", "/api/config": "get",
        "/api/export/events.csv": "get", "/api/export/events.geojson": "get",
        "/api/export/events.jsonl": "get", "/api/export/events.ucdp.csv": "get",
        "/api/export/events.plover.jsonl": "get",
    }
    for path, method in expected.items():
        assert method in paths[path], path
    # Every JSON read endpoint has a typed response model.
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}",
                 "/api/tallies", "/api/places", "/api/facets", "/api/config"):
        content = paths[path]["get"]["responses"]["200"]["content"]["application/json"]
        assert "$ref" in content["schema"] or "items" in content["schema"], path
    for name in ("EventPage", "EventDetail", "DocumentOut", "ClaimOut", "TallySeries"):
        assert name in schema["components"]["schemas"]
    # The ingest endpoint declares its bearer security.
    assert paths["/api/documents"]["post"].get("security")


def test_ingest_needs_the_token(client: TestClient) -> None:
    record = [{"id": "new-1", "text": "Farmers marched in Brenn.", "title": "March"}]
    assert client.post("/api/documents", json=record).status_code == 401
    wrong = {"Authorization": "Bearer wrong-token-wrong-token"}
    assert client.post("/api/documents", json=record, headers=wrong).status_code == 401
    ok = client.post("/api/documents", json=record, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200, ok.text
    assert ok.json() == {"documents": [{"id": "new-1", "title": "March", "reports": 0,
                                        "tallies": 0}], "errors": []}
    assert client.get("/api/documents/new-1").json()["text"] == "Farmers marched in Brenn."


def test_ingest_reports_failed_records(client: TestClient) -> None:
    records = [{"id": "blank", "text": "  "}, {"id": "fine", "text": "A strike in Dorn."}]
    r = client.post("/api/documents", json=records, headers={"Authorization": f"Bearer {TOKEN}"})
    body = r.json()
    assert [d["id"] for d in body["documents"]] == ["fine"]
    assert body["errors"] == ["blank: empty text"]


def test_ingest_off_without_token(reader: MemoryReader) -> None:
    client = TestClient(create_app("memory://", reader=reader))
    r = client.post("/api/documents", json=[{"text": "x"}],
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403
    assert client.get("/api/config").json()["ingest_enabled"] is False


def test_config_reports_tiles(reader: MemoryReader) -> None:
    client = TestClient(create_app("memory://", reader=reader,
                                   tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png"))
    cfg = client.get("/api/config").json()
    assert cfg["tile_url"] == "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    csp = client.get("/").headers["content-security-policy"]
    assert "img-src 'self' data: https://*.tiles.example.org" in csp
