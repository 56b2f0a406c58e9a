"""CSV formula injection: every CSV willay writes neutralises formula-like text the same way."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from click.testing import CliRunner
from fastapi.testclient import TestClient

from willay.api.app import create_app
from willay.api.reader import MemoryReader
from willay.cli.main import cli
from willay.export import write_export
from willay.export.csvsafe import safe_cell
from willay.export.reports import report_detail
from willay.model import Document, EventDate
from willay.store import Store
from willay.store.testing import claim, report

TEXT = "Marchers blocked the road at Brenn on Friday."
PAYLOAD = '=HYPERLINK("http://evil.example","x")'


def hostile_doc() -> Document:
    doc = Document(id="h1", text=TEXT, publisher=PAYLOAD, url="https://evil.example/@SUM(1)",
                   published=dt.date(2031, 6, 7), title="+cmd|' /C calc'!A0")
    rep = report(TEXT, "h1", "e1", "blocked", date=EventDate.day(dt.date(2031, 6, 6)),
                 country="ZZ", admin1="-Kelm", location="@Brenn", latitude=-1.0,
                 longitude=-60.0, geo_precision=1, actor1="-2+3", tags=["road_blockade"])
    rep.actor1_type = "Protesters"
    doc.reports = [rep]
    return doc


def cells(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_safe_cell() -> None:
    assert safe_cell("=1+1") == "'=1+1"
    for lead in ("+", "-", "@", "\t", "\r"):
        assert safe_cell(lead + "x") == "'" + lead + "x"
    assert safe_cell("Villa Roja") == "Villa Roja"
    assert safe_cell(-12.5) == -12.5  # numbers stay numbers
    assert safe_cell(None) == ""


def test_every_csv_neutralises_the_same_cells(tmp_path: Path) -> None:
    doc = hostile_doc()
    url = f"sqlite:///{tmp_path / 'h.db'}"
    with Store(url) as store:
        store.add_document(doc)
    runner = CliRunner()
    acled_cli = cells(runner.invoke(cli, ["export", "--db", url, "--format", "acled"]).stdout)
    client = TestClient(create_app("memory://", reader=MemoryReader([doc])))
    acled_api = cells(client.get("/api/export/events.csv").text)
    for rows in (acled_cli, acled_api):
        (row,) = rows
        assert row["source"] == "'" + PAYLOAD
        assert row["admin1"] == "'-Kelm" and row["location"] == "'@Brenn"
        assert row["willay_actor1"] == "'-2+3"
        assert row["longitude"] == "-60.0"  # a number, not text: unchanged
    assert acled_cli[0]["source"] == acled_api[0]["source"]

    listed = cells(runner.invoke(cli, ["events", "--db", url, "--format", "csv"]).stdout)
    assert listed[0]["location"] == "'@Brenn" and listed[0]["actor1"] == "'-2+3"

    # UCDP: headlines and publishers too (the event is made fatal for GED)
    doc.reports[0].claims = [claim(TEXT, "fatalities", 1, "blocked")]
    out = io.StringIO()
    write_export([report_detail(doc.reports[0], doc, dt.datetime(2031, 6, 7, tzinfo=dt.UTC))],
                 "ucdp", out)
    (row,) = cells(out.getvalue())
    assert row["source_office"] == "'" + PAYLOAD
    assert row["source_headline"] == "'+cmd|' /C calc'!A0"
