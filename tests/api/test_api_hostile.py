"""Hostile and careless API requests: no 5xx for a client's mistake, no database URL or
path in any answer, a Host allow-list, exports that fail before their first byte or
visibly (SQLite and PostgreSQL; uvicorn on 127.0.0.1 for the streaming case)."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from test_api_app import TOKEN, herald

from willay.api.app import DATABASE_FAILED, create_app
from willay.api.reader import MemoryReader
from willay.api.security import HostPolicy
from willay.errors import StoreError
from willay.store import Store
from willay.store.testing import clear_tables, temporary_postgres_database

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'hostile.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        Store(url).close()
        clear_tables(url)
    with Store(url) as store:
        store.add_document(herald())
    return url


@pytest.fixture
def client(db_url: str) -> Iterator[TestClient]:
    app = create_app(db_url, ingest_token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.reader.store.close()


def _secret_parts(db_url: str) -> list[str]:
    """What of the database's address must never reach a client."""
    parts = [db_url.split("///", 1)[-1]] if db_url.startswith("sqlite") else \
        [db_url.split("@", 1)[-1], "postgres"]
    return [p for p in parts if p]


def test_client_mistakes_are_4xx_and_name_no_database(client: TestClient, db_url: str) -> None:
    cases: list[tuple[str, str, dict[str, Any], int]] = [
        ("GET", "/api/events?offset=9223372036854775808", {}, 422),
        ("GET", "/api/events?offset=-1", {}, 422),
        ("GET", "/api/events?limit=0", {}, 422),
        ("GET", "/api/events?q=%00", {}, 400),
        ("GET", "/api/events?actor=a%00b", {}, 400),
        ("GET", "/api/events/%00", {}, 400),
        ("GET", "/api/events/no-such-event", {}, 404),
        ("GET", "/api/documents/no-such-document", {}, 404),
        ("GET", "/api/export/events.csv?q=%00", {}, 400),
        ("GET", "/api/events?date_from=2031-02-30", {}, 422),
        ("GET", "/api/events?min_confidence=nan", {}, 422),
        ("GET", "/api/events?bbox=1,2,3", {}, 422),
        ("POST", "/api/documents", {"content": b"\xff\xfe\x00not utf-8",
                                    "headers": {**AUTH, "content-type": "text/plain"}}, 415),
        ("POST", "/api/documents", {"content": b"\xff\xfe\x00not utf-8",
                                    "headers": {**AUTH, "content-type": "application/json"}},
         422),
        ("POST", "/api/documents", {"content": b'{"text": "one"}',
                                    "headers": {**AUTH, "content-type": "application/json"}},
         422),
        ("POST", "/api/documents", {"content": b"[]", "headers": {"content-type":
                                                                   "application/json"}}, 401),
    ]
    for method, url, kwargs, status in cases:
        response = client.request(method, url, **kwargs)
        assert response.status_code == status, (url, response.status_code, response.text)
        for secret in _secret_parts(db_url):
            assert secret not in response.text, (url, response.text)


def test_a_bad_record_and_an_id_collision_are_per_record_errors(client: TestClient) -> None:
    records = [{"id": "herald-1", "text": "Farmers marched through Tarnel on Monday to demand water. "
                                        "Police watched the march from the square."},
               {"text": "Teachers marched in Brenn. \u0000"},
               {"text": "Nurses marched in Brenn on Friday.", "id": "x" * 65}]
    response = client.post("/api/documents", json=records, headers=AUTH)
    assert response.status_code == 200, response.text
    errors = response.json()["errors"]
    assert len(errors) == 3 and response.json()["documents"] == []
    assert "already stored with another text" in errors[0]
    assert "NUL" in errors[1] and "64" in errors[2]


class Failing(MemoryReader):
    """A reader whose database fails, with its URL in the message as the store's are."""

    url = "postgresql+psycopg://willay@db.internal:5432/secret_events"

    def events(self, flt: Any, limit: int, offset: int, order: str = "date") -> Any:
        raise StoreError(f"{self.url}: read failed (connection refused)")

    def iter_events(self, flt: Any) -> Iterator[Any]:
        # a generator, as the store's: it fails when the export starts reading it
        raise StoreError(f"{self.url}: read failed (connection refused)")
        yield

    iter_details = iter_events  # the exports' reader method, where they read details


def test_a_database_failure_is_503_without_its_url(caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(Failing.url, reader=Failing([herald()]))
    with TestClient(app, raise_server_exceptions=False) as c, \
            caplog.at_level(logging.ERROR, logger="willay.api"):
        for url in ("/api/events", "/api/export/events.csv", "/api/export/events.jsonl"):
            response = c.get(url)
            assert response.status_code == 503
            assert response.json() == {"detail": DATABASE_FAILED}
            assert "db.internal" not in response.text
    assert "db.internal" in caplog.text  # the operator can still read why


def test_the_host_allow_list() -> None:
    local = HostPolicy.for_bind("127.0.0.1")
    for host in ("localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST."):
        assert local.allows(host), host
    for host in ("evil.example", "evil.example:8000", "127.0.0.1.nip.io", "10.0.0.5",
                 "localhost.evil.example"):
        assert not local.allows(host), host
    everywhere = HostPolicy.for_bind("0.0.0.0", ["news.example.org", "*.lan.example"])
    for host in ("10.0.0.5:8000", "[fe80::1]", "news.example.org", "a.lan.example:80"):
        assert everywhere.allows(host), host
    assert not everywhere.allows("rebind.attacker.example")
    app = create_app("sqlite://", reader=MemoryReader([herald()]), hosts=local)
    with TestClient(app, base_url="http://127.0.0.1:8000") as c:
        assert c.get("/api/events").status_code == 200
        refused = c.get("/api/events", headers={"Host": "rebind.attacker.example:8000"})
        assert refused.status_code == 400
        assert "--allow-host" in refused.json()["detail"]
        assert refused.headers["x-frame-options"] == "DENY"


class Dying(MemoryReader):
    """A reader whose event stream breaks after its first event."""

    def iter_events(self, flt: Any) -> Iterator[Any]:
        yield from self._dying(super().iter_events(flt))

    def iter_details(self, flt: Any) -> Iterator[Any]:  # where exports read details
        yield from self._dying(super().iter_details(flt))  # type: ignore[misc]

    @staticmethod
    def _dying(events: Iterator[Any]) -> Iterator[Any]:
        yield next(events)
        raise StoreError("sqlite:////srv/willay/events.db: read failed (disk I/O error)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_export_that_breaks_midway_is_seen_as_failed_by_the_client() -> None:
    import uvicorn

    port = _free_port()
    app = create_app("sqlite://", reader=Dying([herald()]))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        assert server.started
        url = f"http://127.0.0.1:{port}/api/export/events.jsonl"
        # an incomplete chunked body, never a clean end
        with pytest.raises(httpx.HTTPError), httpx.stream("GET", url, timeout=30) as response:
            assert response.status_code == 200
            lines = [json.loads(line) for line in response.iter_lines() if line]
            raise AssertionError(f"the broken export ended cleanly with {len(lines)} lines")
    finally:
        server.should_exit = True
        thread.join(30)
