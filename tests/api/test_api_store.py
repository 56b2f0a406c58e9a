"""Tests of the API over a real SQLite store filled with a hand-built document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_app import TEXT, herald

from willay.api.app import create_app
from willay.store import Store


@pytest.fixture()
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'api.db'}"
    with Store(url) as store:
        store.add_document(herald())
    return url


@pytest.fixture()
def client(db_url: str) -> Iterator[TestClient]:
    app = create_app(db_url)
    with TestClient(app) as c:
        yield c
    app.state.reader.store.close()


def test_events_from_the_store(client: TestClient) -> None:
    page = client.get("/api/events").json()
    assert page["total"] == 2
    assert [e["location"] for e in page["items"]] == ["Brenn", "Ostrava Nueva"]
    assert client.get("/api/events", params={"admin1": "Kelm"}).json()["total"] == 1
    assert client.get("/api/events", params={"country": "zz", "limit": 1}).json()["total"] == 2
    assert client.get("/api/events", params={"bbox": "-69,-15,-67,-13"}).json()["total"] == 1
    assert client.get("/api/events", params={"actor": "police"}).json()["total"] == 1
    assert client.get("/api/events", params={"date_from": "2031-03-13"}).json()["total"] == 1


def test_event_detail_and_document_from_the_store(client: TestClient) -> None:
    shooting = client.get("/api/events", params={"admin1": "Kelm"}).json()["items"][0]
    assert (shooting["fatalities"]["low"], shooting["fatalities"]["high"]) == (12, 17)
    ev = client.get(f"/api/events/{shooting['id']}").json()
    fatal = {c["value"]: c["reporter"] for c in ev["claims"] if c["kind"] == "fatalities"}
    assert fatal == {17: "march organisers", 12: "Regional Health Office"}
    assert ev["revisions"] and ev["revisions"][0]["action"] == "create"
    doc = client.get(f"/api/documents/{ev['reports'][0]['doc_id']}").json()
    assert doc["text"] == TEXT
    mine = [h for h in doc["highlights"] if h["event_id"] == shooting["id"]]
    quotes = {h["quote"] for h in mine}
    for claim in ev["claims"]:
        assert claim["evidence"]["quote"] in quotes
    for h in doc["highlights"]:
        assert TEXT[h["start"]:h["end"]] == h["quote"]


def test_tallies_facets_places_exports_from_the_store(client: TestClient) -> None:
    series = client.get("/api/tallies", params={"kind": "deaths"}).json()
    assert [(p["value"], p["reporter"]) for s in series for p in s["points"]] == [
        (40, "Officials")]
    facets = client.get("/api/facets").json()
    assert facets["admin1"] == ["Dorn", "Kelm"]
    assert facets["countries"] == ["ZZ"]
    places = client.get("/api/places").json()
    assert {p["location"] for p in places} == {"Brenn", "Ostrava Nueva"}
    lines = client.get("/api/export/events.jsonl").text.splitlines()
    assert len(lines) == 2
    assert client.get("/api/events/unknown").status_code == 404


def test_pages_follow_the_cursor(client: TestClient) -> None:
    """``next_cursor`` of a full page is the ``after`` of the next; deep offsets are refused
    with a pointer to it; a cursor that is not one is a 422 naming it."""
    first = client.get("/api/events", params={"limit": 1}).json()
    assert first["next_cursor"] and first["total"] == 2
    second = client.get("/api/events", params={"limit": 1,
                                                "after": first["next_cursor"]}).json()
    by_offset = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert second["items"] == by_offset["items"] and second["total"] == 2
    last = client.get("/api/events", params={"limit": 1, "after": second["next_cursor"]})
    assert last.json()["items"] == [] and last.json()["next_cursor"] is None
    whole = client.get("/api/events").json()
    assert whole["next_cursor"] is None and len(whole["items"]) == 2
    bad = client.get("/api/events", params={"after": "tomorrow"})
    assert bad.status_code == 422 and "cursor" in bad.text
    deep = client.get("/api/events", params={"offset": 10_001})
    assert deep.status_code == 422
    assert client.get("/api/events", params={"offset": 10_000}).json()["items"] == []


def test_text_search_through_the_store(client: TestClient) -> None:
    def found(**params: str) -> list[str]:
        return [e["location"] for e in client.get("/api/events", params=params).json()["items"]]

    assert found(q="brenn") == ["Brenn"]
    assert found(q="BRE") == ["Brenn"]  # the start of a word
    assert found(q="renn") == []  # not its middle
    assert found(actor="police forces") == ["Ostrava Nueva"]
