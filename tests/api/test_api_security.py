"""Tests of the security middleware and of the dashboard's static files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from willay.api.app import create_app, static_dir
from willay.api.reader import MemoryReader
from willay.api.security import content_security_policy, tile_origin
from willay.model import Document

TOKEN = "a-long-enough-test-token"


def echo_pipeline(record: dict[str, object]) -> Document:
    return Document(id=str(record.get("id") or "x"), text=str(record.get("text") or ""))


@pytest.fixture()
def client() -> TestClient:
    reader = MemoryReader(pipeline=echo_pipeline)
    return TestClient(create_app("memory://", ingest_token=TOKEN, reader=reader,
                                 max_body_bytes=1000))


def directive(csp: str, name: str) -> str:
    for part in csp.split(";"):
        words = part.split()
        if words and words[0] == name:
            return " ".join(words[1:])
    raise AssertionError(f"no {name} in {csp}")


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/openapi.json", "/static/app.js",
                                  "/api/events/missing"])
def test_every_response_carries_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert directive(csp, "script-src") == "'self'"
    assert "unsafe-inline" not in directive(csp, "script-src")
    assert directive(csp, "default-src") == "'none'"
    assert directive(csp, "frame-ancestors") == "'none'"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


def test_no_remote_images_without_tiles() -> None:
    assert directive(content_security_policy(None), "img-src") == "'self' data:"


@pytest.mark.parametrize(("url", "origin"), [
    ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
    ("http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080"),
    ("file:///tiles/{z}/{x}/{y}.png", None),
    ("https://{a}.example.org/{z}.png", None),
    (None, None),
])
def test_tile_origin(url: str | None, origin: str | None) -> None:
    assert tile_origin(url) == origin


def test_oversized_declared_body_is_413(client: TestClient) -> None:
    big = [{"id": "big", "text": "x" * 5000}]
    r = client.post("/api/documents", json=big, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413
    assert "1000 bytes" in r.json()["detail"]
    assert client.get("/api/documents/big").status_code == 404


def test_oversized_streamed_body_is_413(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'[{"id": "big", "text": "'
        for _ in range(20):
            yield b"y" * 100
        yield b'"}]'

    r = client.post("/api/documents", content=chunks(),
                    headers={"Authorization": f"Bearer {TOKEN}",
                             "Content-Type": "application/json"})
    assert r.status_code == 413
    assert client.get("/api/documents/big").status_code == 404


def test_small_body_passes(client: TestClient) -> None:
    r = client.post("/api/documents", json=[{"id": "ok", "text": "short"}],
                    headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text


def test_too_many_documents_in_one_request(client: TestClient) -> None:
    reader = MemoryReader(pipeline=echo_pipeline)
    roomy = TestClient(create_app("memory://", ingest_token=TOKEN, reader=reader))
    many = [{"id": str(i), "text": "t"} for i in range(101)]
    r = roomy.post("/api/documents", json=many, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 413


def test_dashboard_has_no_inline_script_and_no_remote_assets() -> None:
    html = (static_dir() / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, flags=re.S)
    assert scripts, "the dashboard loads its scripts"
    for attrs, body in scripts:
        assert 'src="/' in attrs and not body.strip()
    assert not re.search(r"\son[a-z]+\s*=", html), "no inline event handlers"
    assert not re.search(r"(src|href)=\"(https?:)?//", html), "no remote assets"


def test_dashboard_scripts_never_insert_html() -> None:
    for path in Path(static_dir()).glob("*.js"):
        code = path.read_text(encoding="utf-8")
        assert "outerHTML" not in code and "insertAdjacentHTML" not in code, path.name
        assert "document.write" not in code and "eval(" not in code, path.name
        # The one innerHTML read is the escaping helper for Leaflet's attribution option.
        assert len(re.findall(r"innerHTML\s*=[^=]", code)) == 0, path.name


def test_index_and_leaflet_are_served(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert client.head("/").status_code == 200
    js = client.get("/vendor/leaflet/leaflet.js")
    assert js.status_code == 200
    assert "Leaflet" in js.text[:2000]
    assert client.get("/vendor/leaflet/leaflet.css").status_code == 200
    assert client.get("/static/charts.js").status_code == 200
