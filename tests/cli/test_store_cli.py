"""Tests of ``willay ingest``, ``willay events`` and ``willay show`` (real readers, a stand-in
extractor, SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from willay.cli.main import cli
from willay.model import Document, EventDate
from willay.store import Store
from willay.store.testing import claim, clear_tables, report, temporary_postgres_database

TEXTS = {
    "alta.txt": "Residents marched in Alta Mira on 3 March 2034; police detained 6.",
    "bajo.txt": "Residents marched in Bajo Rio on 3 March 2034 without incident.",
}


def fake_extract(doc: Document) -> Document:
    """Stands in for the extraction pipeline: one report per text, built by hand."""
    town = "Alta Mira" if "Alta Mira" in doc.text else "Bajo Rio"
    claims = [claim(doc.text, "arrested", 6, "detained 6", reporter=None)] \
        if "detained 6" in doc.text else []
    doc.reports = [report(doc.text, doc.id, "e1", "marched", date=EventDate.day(
        dt.date(2034, 3, 3)), country="XQ", admin1="Oeste", location=town,
        actor1="Residents", claims=claims, evidence={"location": town,
                                                     "date": "3 March 2034"})]
    return doc


@pytest.fixture
def stand_in_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("willay.extract.pipeline")
    module.extract = fake_extract  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "willay.extract.pipeline", module)


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    with temporary_postgres_database() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'cli.db'}"
    url: str = request.getfixturevalue("postgres_url")
    Store(url).close()  # migrated, so that the tables can be emptied between tests
    clear_tables(url)
    return url


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    return folder


def test_ingest_events_show(stand_in_pipeline: None, inputs: Path, db: str) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(inputs), "--db", db])
    assert first.exit_code == 1  # the binary file failed ...
    errors = [line for line in first.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "broken.txt" in errors[0]
    assert "documents read: 2, new: 2, already present: 0, failed: 1" in first.stderr
    again = runner.invoke(cli, ["ingest", str(inputs / "alta.txt"), str(inputs / "bajo.txt"),
                                "--db", db])
    assert again.exit_code == 0, again.output
    assert "new: 0, already present: 2" in again.stderr

    listed = runner.invoke(cli, ["events", "--db", db, "--format", "jsonl"])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["location"] for r in rows} == {"Alta Mira", "Bajo Rio"}
    filtered = runner.invoke(cli, ["events", "--db", db, "--format", "csv", "-q", "alta"])
    table = list(csv.DictReader(io.StringIO(filtered.stdout)))
    assert [r["location"] for r in table] == ["Alta Mira"] and table[0]["arrested"] == "6"
    shown = runner.invoke(cli, ["events", "--db", db])
    assert "Alta Mira" in shown.stdout and "2 of 2 events" in shown.stdout

    alta = next(r["id"] for r in rows if r["location"] == "Alta Mira")
    show = runner.invoke(cli, ["show", alta, "--db", db])
    assert show.exit_code == 0, show.output
    assert '"3 March 2034"' in show.stdout and '"Alta Mira"' in show.stdout
    assert '"detained 6"' in show.stdout and "history:" in show.stdout
    as_json = json.loads(runner.invoke(cli, ["show", alta, "--db", db, "--format", "json"])
                         .stdout)
    assert as_json["arrested"]["best"] == 6 and as_json["revisions"][0]["action"] == "create"
    missing = runner.invoke(cli, ["show", "ev-none", "--db", db])
    assert missing.exit_code != 0 and "ev-none" in missing.stderr


def test_database_from_environment(stand_in_pipeline: None, inputs: Path,
                                   tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    runner = CliRunner(env={"WILLAY_DB": url})
    assert runner.invoke(cli, ["ingest", str(inputs / "alta.txt")]).exit_code == 0
    assert "Alta Mira" in runner.invoke(cli, ["events", "--format", "jsonl"]).stdout


def test_bad_database_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["events", "--db", "mysql://nobody@nowhere/x"])
    assert result.exit_code != 0
    assert result.stderr.strip().count("\n") == 0 and "unsupported database" in result.stderr



def test_ingest_takes_published_and_url_for_stdin(stand_in_pipeline: None,
                                                  tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'stdin.db'}"
    given = "\n  Residents marched in Alta Mira on 3 March 2034; police detained 6.\r\n"
    result = CliRunner().invoke(cli, ["ingest", "-", "--db", db, "--published", "2034-03-04",
                                      "--url", "https://news.example/alta"], input=given)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        (info,) = store.list_documents()
        doc = store.get_document(info.id).document
    assert doc.text == given, "the store keeps the input exactly as given"
    assert doc.published == dt.date(2034, 3, 4) and doc.url == "https://news.example/alta"


def test_ingest_reports_id_collisions_by_the_chosen_rule(stand_in_pipeline: None,
                                                         tmp_path: Path, db: str) -> None:
    # the same file name (an id-like stem) in two folders, and JSONL ids 7 and "7"
    for folder, text in (("one", TEXTS["alta.txt"]), ("two", TEXTS["bajo.txt"])):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "note_0123456789abcdef.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ids.jsonl").write_text(
        json.dumps({"id": 7, "text": TEXTS["alta.txt"]}) + "\n"
        + json.dumps({"id": "7", "text": TEXTS["bajo.txt"]}) + "\n", encoding="utf-8")
    inputs = [str(tmp_path / "one"), str(tmp_path / "two"), str(tmp_path / "ids.jsonl")]
    runner = CliRunner()
    failed = runner.invoke(cli, ["ingest", *inputs, "--db", db])
    assert failed.exit_code == 1
    assert "new: 2" in failed.stderr and "failed: 2" in failed.stderr
    assert f"{tmp_path / 'one' / 'note_0123456789abcdef.txt'}" in failed.stderr
    assert f"{tmp_path / 'two' / 'note_0123456789abcdef.txt'}" in failed.stderr
    assert f"{tmp_path / 'ids.jsonl'}:1" in failed.stderr
    assert "--on-conflict" in failed.stderr
    skipped = runner.invoke(cli, ["ingest", *inputs, "--db", db, "--on-conflict", "skip"])
    assert skipped.exit_code == 0, skipped.output
    assert "already present: 2, skipped: 2, failed: 0" in skipped.stderr
    kept = runner.invoke(cli, ["ingest", *inputs, "--db", db, "--on-conflict", "new-version"])
    assert kept.exit_code == 0, kept.output
    assert "new: 2, already present: 2" in kept.stderr
    with Store(db) as store:
        assert store.stats().documents == 4
        ids = sorted(d.id for d in store.list_documents())
    assert ids[0] == "7" and ids[1].startswith("7~")
    assert ids[2] == "note_0123456789abcdef" and ids[3].startswith("note_0123456789abcdef~")
