"""The API hammer: malformed parameters, paths, bodies and content types, generated with
a fixed seed, never get a 5xx, on SQLite and on PostgreSQL, and no answer names the
database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import example, given
from hypothesis import strategies as st
from test_api_app import TOKEN, herald

from willay.api.app import create_app
from willay.store import Store
from willay.store.testing import clear_tables, temporary_postgres_database

PARAMS = ["date_from", "date_to", "event_type", "sub_event_type", "country", "admin1", "bbox",
          "actor", "q", "min_confidence", "limit", "offset", "kind", "order"]
NASTY = ["", " ", "%00", "\x00", "'", '"', "\\", "%", "_", "*", "'; DROP TABLE events; --",
         "<script>", "\ud800", "\uffff", "9" * 30, "-1", "0", "1e309", "nan", "inf", "-0",
         "2031-02-30", "0000-01-01", "9999-12-31", "1,2,3,4", "-181,-91,181,91", "ZZ",
         "é" * 300, "a" * 5000, "Protests", "null", "[]", "{}", "true"]
values = st.one_of(st.sampled_from(NASTY), st.text(max_size=30),
                   st.integers(min_value=-(2**70), max_value=2**70).map(str),
                   st.floats(allow_nan=True, allow_infinity=True).map(str))
queries = st.dictionaries(st.sampled_from(PARAMS), values, max_size=5)
paths = st.sampled_from(["/api/events", "/api/places", "/api/facets", "/api/tallies",
                         "/api/export/events.csv", "/api/export/events.geojson",
                         "/api/export/events.jsonl", "/api/config", "/api/health"])
ids = st.one_of(st.sampled_from(NASTY), st.text(min_size=1, max_size=80))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=4),
    max_leaves=10)
records = st.lists(st.fixed_dictionaries({}, optional={
    "id": json_values, "text": st.one_of(st.sampled_from(NASTY), json_values),
    "html": json_values, "url": json_values, "title": json_values, "published": json_values,
    "lang": json_values}), max_size=3)
bodies = st.one_of(
    records.map(lambda r: json.dumps(r).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.sampled_from([b"", b"[", b"[{}]", b'[{"text": "\\ud800"}]', b'[{"text": "a\\u0000"}]',
                     b"\xff\xfe\x00", b'[{"text": "Police killed 99999999999999999999 '
                     b'protesters in Lima on Monday."}]']),
)
content_types = st.sampled_from(["application/json", "application/json; charset=latin-1",
                                 "text/plain", "application/x-www-form-urlencoded",
                                 "multipart/form-data; boundary=x", "", "application/xml"])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hammered(request: pytest.FixtureRequest,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('hammer') / 'h.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        Store(url).close()
        clear_tables(url)
    with Store(url) as store:
        store.add_document(herald())
    app = create_app(url, ingest_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, url
    app.state.reader.store.close()


def check(response: Any, url: str) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    secret = url.split("///", 1)[-1] if url.startswith("sqlite") else url.split("@", 1)[-1]
    assert secret not in response.text


@given(paths, queries)
@example("/api/events", {"offset": str(2**63)})
@example("/api/export/events.csv", {"q": "\x00"})
def test_any_parameters_get_no_server_error(hammered: tuple[TestClient, str], path: str,
                                            query: dict[str, str]) -> None:
    client, url = hammered
    # encoded by hand: any bytes, even those of a lone surrogate, go on the wire
    encoded = "&".join(f"{quote(k)}={quote(v.encode('utf-8', 'surrogatepass'), safe='')}"
                       for k, v in query.items())
    check(client.get(f"{path}?{encoded}"), url)


@given(st.sampled_from(["events", "documents"]), ids)
def test_any_id_gets_no_server_error(hammered: tuple[TestClient, str], kind: str,
                                     item: str) -> None:
    client, url = hammered
    check(client.get(f"/api/{kind}/" + quote(item.encode("utf-8", "surrogatepass"),
                                            safe="")), url)


@given(bodies, content_types, st.booleans())
def test_any_body_gets_no_server_error(hammered: tuple[TestClient, str], body: bytes,
                                       content_type: str, authorised: bool) -> None:
    client, url = hammered
    headers = {"content-type": content_type} if content_type else {}
    if authorised:
        headers["Authorization"] = f"Bearer {TOKEN}"
    check(client.post("/api/documents", content=body, headers=headers), url)


def test_a_large_post_is_answered(hammered: tuple[TestClient, str]) -> None:
    """A 1 MB article posted to the API is extracted in linear time and stored."""
    client, url = hammered
    text = Path(__file__).resolve().parents[2].joinpath("samples", "lima_march.txt").read_text()
    body = json.dumps([{"id": "long-post", "text": (text + "\n\n") * (900_000 // len(text))}])
    response = client.post("/api/documents", content=body.encode(),
                           headers={"content-type": "application/json",
                                    "Authorization": f"Bearer {TOKEN}"})
    check(response, url)
    assert response.status_code == 200 and response.json()["errors"] == []
