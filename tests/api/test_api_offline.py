"""The API's offline resources: Swagger UI from a package, country outlines from package data."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from willay.api.app import create_app
from willay.api.reader import MemoryReader


@pytest.fixture
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TestClient:
    monkeypatch.setenv("WILLAY_CACHE_DIR", str(tmp_path / "cache"))
    return TestClient(create_app("memory://", reader=MemoryReader([])))


def test_api_docs_page_uses_local_swagger_ui(client: TestClient) -> None:
    page = client.get("/api/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "<script>" not in page.text and "http" not in page.text.replace(
        "/api/openapi.json", "")  # no inline script, no other host
    bundle = client.get("/vendor/swagger-ui/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and "SwaggerUIBundle" in bundle.text
    assert client.get("/vendor/swagger-ui/swagger-ui.css").status_code == 200
    assert client.get("/static/api-docs.js").status_code == 200
    assert "/api/docs" not in client.get("/api/openapi.json").json()["paths"]


def test_outlines_endpoint(client: TestClient, tmp_path: Path) -> None:
    answer = client.get("/api/outlines")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/geo+json")
    assert len(answer.json()["features"]) > 200
    assert list((tmp_path / "cache").glob("outlines-*.geojson"))
