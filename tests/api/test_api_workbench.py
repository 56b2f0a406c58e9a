"""The API behind the dashboard's workbench: event orders for the sortable table, each event's
sources, and facet counts that equal the event list's totals (in memory and in a store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from willay.errors import StoreError
from willay.store import Store
from willay.store.records import ORDERS, EventFilter

FACETS = ("event_type", "sub_event_type", "country", "admin1")


@pytest.fixture(scope="module", params=["memory", "sqlite"])
def client(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[TestClient]:
    from conftest import research_app

    app = research_app(request.param, tmp_path_factory.mktemp("db"))
    with TestClient(app) as c:
        yield c


def _all(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    page = client.get("/api/events", params={"limit": 1000, **params}).json()
    assert page["total"] == len(page["items"])
    items: list[dict[str, Any]] = page["items"]
    return items


def _value(event: dict[str, Any], key: str) -> Any:
    if key in ("fatalities", "injured", "arrested"):
        return event[key]["best"] if event[key] else None
    if key == "source":
        return min(event["sources"]) if event["sources"] else None
    return event["n_reports"] if key == "reports" else event["confidence"]


@pytest.mark.parametrize("order", [o for o in ORDERS if not o.startswith("date")])
def test_orders_sort_every_matching_event(client: TestClient, order: str) -> None:
    newest = _all(client)
    key, ascending = order.removesuffix("_asc"), order.endswith("_asc")
    known = [e for e in newest if _value(e, key) is not None]
    unknown = [e for e in newest if _value(e, key) is None]
    # one sorted run of the known values (ties newest first), then the unknown ones
    expected = sorted(known, key=lambda e: _value(e, key), reverse=not ascending) + unknown
    got = _all(client, order=order)
    assert [e["id"] for e in got] == [e["id"] for e in expected]
    # pages of the table follow the same order over every event, not within one page
    pages = [client.get("/api/events", params={"order": order, "limit": 25, "offset": o})
             .json()["items"] for o in (0, 25, 50)]
    assert [e["id"] for p in pages for e in p] == [e["id"] for e in expected]
    # filters still apply
    kelm = _all(client, order=order, admin1="Kelm")
    assert [e["id"] for e in kelm] == [e["id"] for e in expected if e["admin1"] == "Kelm"]


def test_orders_put_unknown_figures_last_both_ways(client: TestClient) -> None:
    for order in ("injured", "injured_asc", "arrested", "arrested_asc"):
        values = [_value(e, order.removesuffix("_asc")) for e in _all(client, order=order)]
        first_unknown = values.index(None)
        assert all(v is None for v in values[first_unknown:])
        known = values[:first_unknown]
        assert known == sorted(known, reverse=not order.endswith("_asc")) and len(known) > 40


def test_date_order_is_the_default_and_bad_orders_are_refused(client: TestClient) -> None:
    assert _all(client) == _all(client, order="date")
    assert _all(client, order="date_asc") == _all(client)[::-1]
    r = client.get("/api/events", params={"order": "injured; drop table events"})
    assert r.status_code == 422 and "use one of" in r.json()["detail"]
    first = client.get("/api/events", params={"limit": 10}).json()
    assert first["next_cursor"]
    assert client.get("/api/events", params={"limit": 10, "order": "injured"}
                      ).json()["next_cursor"] is None  # other orders page by offset
    r = client.get("/api/events", params={"after": first["next_cursor"], "order": "injured"})
    assert r.status_code == 422 and "newest-first list only" in r.json()["detail"]


def test_events_name_their_sources(client: TestClient) -> None:
    events = _all(client)
    assert {s for e in events for s in e["sources"]} == {
        "Kelm Bulletin", "Andes Courier", "Coastal Post", "Regional Wire"}
    town5 = [e for e in events if e["location"] == "Town 5"]
    if len(town5) == 1:  # the store merged the two reports of Town 5
        assert town5[0]["sources"] == ["Kelm Bulletin", "Regional Wire"]
        assert town5[0]["n_reports"] == 2
        assert _all(client, order="reports")[0]["location"] == "Town 5"
    else:
        assert sorted(e["sources"][0] for e in town5) == ["Kelm Bulletin", "Regional Wire"]


@pytest.mark.parametrize("filters", [
    {}, {"country": "XB"}, {"country": "XB", "event_type": "Protests"},
    {"admin1": "Kelm", "min_confidence": 0.7}, {"q": "Town 1", "sub_event_type": "Riots"},
    {"date_from": "2035-02-01", "date_to": "2035-03-15", "country": "xc"},
])
def test_facet_counts_equal_the_event_totals(client: TestClient, filters: dict[str, Any]
                                             ) -> None:
    counts = client.get("/api/facets/counts", params=filters).json()
    total = client.get("/api/events", params={**filters, "limit": 1}).json()["total"]
    assert counts["total"] == total
    values = client.get("/api/facets").json()
    lists = {"event_type": "event_types", "sub_event_type": "sub_event_types",
             "country": "countries", "admin1": "admin1"}
    for field in FACETS:
        got = {c["value"]: c["count"] for c in counts[field]}
        assert set(got) <= set(values[lists[field]])
        assert [c["count"] for c in counts[field]] == sorted(got.values(), reverse=True)
        for value in values[lists[field]]:
            chosen = {**filters, field: value}
            want = client.get("/api/events", params={**chosen, "limit": 1}).json()["total"]
            assert got.get(value, 0) == want, (field, value)


def test_facet_counts_are_in_the_openapi_document(client: TestClient) -> None:
    doc = client.get("/api/openapi.json").json()
    assert "/api/facets/counts" in doc["paths"]
    params = {p["name"]: p for p in doc["paths"]["/api/events"]["get"]["parameters"]}
    assert params["order"]["schema"]["enum"] == list(ORDERS)


def test_store_facet_counts_and_sources(tmp_path: Path) -> None:
    from conftest import research_documents

    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        for doc in research_documents(per_doc=4):
            store.add_document(doc)
        counts = store.facet_counts(EventFilter(country="XA"), ("country", "admin1"))
        assert dict(counts["country"]) == {"XA": 4, "XB": 4, "XC": 4}
        assert sum(n for _, n in counts["admin1"]) == store.count_events(
            EventFilter(country="XA"))
        with pytest.raises(StoreError, match="not one of"):
            store.facet_counts(EventFilter(), ("location",))
        ids = [e.id for e in store.list_events(EventFilter(order="source_asc"))]
        sources = store.event_sources(ids)
        assert [min(sources[i]) for i in ids] == sorted(min(sources[i]) for i in ids)
        assert store.event_sources([]) == {}
