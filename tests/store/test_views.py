"""The readable views of migration r0003 (events, claims, documents, tallies) on both backends,
and Datasette opening a store with the metadata willay writes."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from willay.cli.main import cli
from willay.model import Document, EventDate, Tally
from willay.store import Store
from willay.store.datasette import VIEWS, datasette_metadata
from willay.store.testing import claim, report, span_of, temporary_postgres_database

TEXT = ("Harbour Post, 5 June 2032. Dockers blocked the quay of Port Selm on 4 June 2032. "
        "Police said 9 were detained; the dockers' union said 14 were hurt, the Evening Lamp "
        "reported. Since May, 3 people have died in the strikes, officials said.")


def _fill(url: str) -> None:
    doc = Document(id="harbour-1", text=TEXT, publisher="Harbour Post", title="Quay blocked",
                   published=dt.date(2032, 6, 5), url="https://example.org/quay")
    doc.reports = [report(
        TEXT, doc.id, "e1", "blocked the quay", sub_event_type="Peaceful protest",
        date=EventDate.day(dt.date(2032, 6, 4)), country="XQ", admin1="Selmark",
        location="Port Selm", latitude=10.5, longitude=-20.25, actor1="Dockers (Xq)",
        claims=[claim(TEXT, "arrested", 9, "9 were detained", reporter="Police",
                      reporter_class="police"),
                claim(TEXT, "injured", 14, "14 were hurt", reporter="dockers' union",
                      reporter_class="organiser", via="Evening Lamp")])]
    doc.tallies = [Tally("deaths", 3, span_of(TEXT, "3 people have died"), country="XQ",
                         reporter="officials", as_of=EventDate.day(dt.date(2032, 6, 5)))]
    with Store(url) as store:
        store.add_document(doc)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
        ) -> Iterator[str]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("views") / "harbour.db"
        _fill(f"sqlite:///{path}")
        yield f"sqlite:///{path}"
    else:
        with temporary_postgres_database() as pg:
            _fill(pg)
            yield pg


def _rows(url: str, view: str) -> list[dict[str, Any]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(sa.text(f"SELECT * FROM {view}"))]
    finally:
        engine.dispose()


def test_views_read_events_claims_documents_tallies(url: str) -> None:
    [event] = _rows(url, "events_view")
    assert (event["location"], event["admin1"], event["country"]) == ("Port Selm", "Selmark",
                                                                      "XQ")
    assert str(event["date"])[:10] == "2032-06-04" and event["arrested"] == 9
    assert event["injured"] == 14 and event["fatalities"] is None
    assert event["sources"] == "Harbour Post" and json.loads(event["tags"]) == []
    claims = {c["kind"]: c for c in _rows(url, "claims_view")}
    assert claims["injured"]["reporter"] == "dockers' union"
    assert claims["injured"]["via"] == "Evening Lamp"
    for c in claims.values():
        assert c["event_id"] == event["id"] and c["publisher"] == "Harbour Post"
        assert TEXT[c["quote_start"]:c["quote_end"]] == c["quote"]
    [doc] = _rows(url, "documents_view")
    assert doc["title"] == "Quay blocked" and "text" not in doc
    [tally] = _rows(url, "tallies_view")
    assert tally["value"] == 3 and TEXT[tally["quote_start"]:tally["quote_end"]] == tally["quote"]
    columns = {v: set(_rows(url, v)[0]) for v in VIEWS}
    for view, (_title, _text, described, _opts) in VIEWS.items():
        assert set(described) == columns[view], view  # every column described, none stale


def test_datasette_opens_the_store_with_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "harbour.db"
    _fill(f"sqlite:///{path}")
    written = CliRunner().invoke(cli, ["datasette-metadata", "--db", str(path), "-o",
                                       str(tmp_path / "metadata.json"), "--title",
                                       "Port strikes 2032"])
    assert written.exit_code == 0, written.output
    assert f"datasette {path} --metadata" in written.stderr
    meta = json.loads((tmp_path / "metadata.json").read_text("utf-8"))
    assert meta == datasette_metadata("harbour", title="Port strikes 2032")

    from datasette.app import Datasette

    async def read() -> tuple[Any, ...]:
        ds = Datasette([str(path)], metadata=meta)
        rows = await ds.client.get("/harbour/events_view.json?_shape=array")
        claims = await ds.client.get("/harbour/claims_view.json?_shape=array&kind=injured")
        page = await ds.client.get("/harbour/events_view")
        home = await ds.client.get("/")
        return rows, claims, page, home

    rows, claims, page, home = asyncio.run(read())
    assert rows.status_code == 200
    [event] = rows.json()
    assert event["location"] == "Port Selm" and event["arrested"] == 9
    assert claims.json()[0]["reporter"] == "dockers' union"
    assert page.status_code == 200
    assert "people injured, best figure" in page.text  # a column description
    assert "Port strikes 2032" in home.text and "CC BY 4.0" in home.text


def test_datasette_metadata_needs_a_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["datasette-metadata", "--db", str(tmp_path / "no.db"),
                                      "-o", str(tmp_path / "m.json")])
    assert result.exit_code != 0 and "no database at" in result.stderr
    assert not (tmp_path / "m.json").exists() and not (tmp_path / "no.db").exists()
