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
from typing import Any

import pytest
from click.testing import CliRunner

from willay.cli.main import cli
from willay.model import Document, EventDate
from willay.store import Store
from willay.store.testing import (
    claim,
    clear_tables,
    report,
    temporary_postgres_database,
    twin_doc_ids,
)

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


# -- a forgiving CLI: values as people type them, paths, prefixes, plain output -------------
ANDES = {
    "juliaca": ("Police cleared the square in Juliaca on 9 January 2023; dozens were hurt.",
                "cleared the square", "Protests", "Excessive force against protesters", "Puno",
                "Juliaca", "dozens"),
    "abancay": ("Farmers blocked the bridge at Abancay on 10 January 2023.",
                "blocked the bridge", "Protests", "Peaceful protest", "Apurímac", "Abancay",
                None),
    "ilave": ("Marchers gathered in Ilave on 11 January 2023 in a long, peaceful, well-ordered "
              "column that the regional newspapers described at great length.",
              "Marchers gathered", "Protests", "Peaceful protest", "Puno",
              "Ilave, beside the long road that runs along the lake shore to the border", None),
}


def _andes_store(url: str) -> dict[str, str]:
    """Three events in Peru (real region names: the lookups are data), by hand; returns
    location -> event id."""
    with Store(url) as store:
        for doc_id, (text, trigger, etype, sub, admin1, town, vague) in ANDES.items():
            doc = Document(id=doc_id, text=text, publisher="Andes Wire",
                           published=dt.date(2023, 1, 12))
            claims = [claim(text, "injured", None, vague, qualifier="vague")] if vague else []
            doc.reports = [report(text, doc_id, "e1", trigger, event_type=etype,
                                  sub_event_type=sub, date=EventDate.day(dt.date(2023, 1, 9)),
                                  country="PE", admin1=admin1, location=town,
                                  actor1="Protesters (Peru)", claims=claims)]
            store.add_document(doc)
        return {e.location or "": e.id for e in store.list_events()}


def _add_twins(url: str) -> list[str]:
    """Two events whose ids share their first 4 hex digits; returns their ids."""
    with Store(url) as store:
        out = []
        for doc_id in twin_doc_ids(4):
            text = f"Miners marched in Tarn Vale on 2 June 2033 ({doc_id})."
            doc = Document(id=doc_id, text=text)
            doc.reports = [report(text, doc_id, "e1", "marched", country="XQ",
                                  location=f"Tarn Vale {doc_id}")]
            out.extend(store.add_document(doc).events)
        return out


def _ids(result: Any) -> set[str]:
    assert result.exit_code == 0, result.output
    return {json.loads(line)["id"] for line in result.stdout.splitlines()}


def test_filters_ignore_case_and_accents(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'andes.db'}"
    ids = _andes_store(url)
    run = CliRunner().invoke
    every = set(ids.values())
    assert _ids(run(cli, ["events", "--db", url, "--format", "jsonl", "--type", "protests"])) \
        == every
    puno = {ids["Juliaca"], ids[ANDES["ilave"][5]]}
    assert _ids(run(cli, ["events", "--db", url, "--format", "jsonl", "--admin1", "puno"])) == puno
    assert _ids(run(cli, ["events", "--db", url, "--format", "jsonl", "--admin1",
                          "Apurimac"])) == {ids["Abancay"]}
    assert _ids(run(cli, ["events", "--db", url, "--format", "jsonl", "--sub-type",
                          "EXCESSIVE force against Protesters"])) == {ids["Juliaca"]}
    for country in ("Peru", "pe", "Perú", "PER", "pérou"):
        assert _ids(run(cli, ["events", "--db", url, "--format", "jsonl", "--country",
                              country])) == every, country
    exported = run(cli, ["export", "--db", url, "--format", "jsonl", "--admin1", "APURÍMAC"])
    assert exported.exit_code == 0 and len(exported.stdout.splitlines()) == 1


def test_unknown_values_are_answered_with_the_known_ones(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'andes.db'}"
    _andes_store(url)
    run = CliRunner().invoke
    region = run(cli, ["events", "--db", url, "--admin1", "Cusco"])
    assert region.exit_code == 2 and not region.stdout
    assert "no admin1 'Cusco' in the database; known: Apurímac, Puno" in region.stderr
    country = run(cli, ["events", "--db", url, "--country", "Bolivia"])
    assert country.exit_code == 2 and "no country 'Bolivia' (BO)" in country.stderr
    assert "known: PE (Peru)" in country.stderr
    kind = run(cli, ["events", "--db", url, "--type", "Riot"])
    assert kind.exit_code == 2 and "known: Protests" in kind.stderr
    export = run(cli, ["export", "--db", url, "--country", "Narnia"])
    assert export.exit_code == 2 and "not a country code or name we know" in export.stderr


def test_reading_commands_never_create_a_database(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WILLAY_DB", raising=False)
    run = CliRunner().invoke
    for args in (["events"], ["show", "ev-1"], ["export"], ["resolve"],
                 ["merge", "ev-1", "ev-2"], ["events", "--db", "elsewhere.db"],
                 ["events", "--db", f"sqlite:///{tmp_path / 'url.db'}"]):
        result = run(cli, args)
        assert result.exit_code != 0, args
        assert "no database at" in result.stderr and "willay ingest" in result.stderr, args
    assert list(tmp_path.iterdir()) == []


def test_db_accepts_a_plain_path(stand_in_pipeline: None, inputs: Path, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke
    assert run(cli, ["ingest", str(inputs / "alta.txt"), "--db", "willay.db"]).exit_code == 0
    assert (tmp_path / "willay.db").is_file()
    listed = run(cli, ["events", "--db", "willay.db", "--format", "jsonl"])
    assert listed.exit_code == 0 and "Alta Mira" in listed.stdout
    by_url = run(cli, ["events", "--db", f"sqlite:///{tmp_path / 'willay.db'}", "--format",
                       "jsonl"])
    assert by_url.stdout == listed.stdout
    from_env = CliRunner(env={"WILLAY_DB": str(tmp_path / "willay.db")}).invoke(
        cli, ["events", "--format", "jsonl"])
    assert from_env.stdout == listed.stdout


def test_piped_table_is_plain_and_uncut(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'andes.db'}"
    ids = _andes_store(url)
    long_place = ANDES["ilave"][5]
    table = CliRunner().invoke(cli, ["events", "--db", url])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    assert lines[0] == "3 of 3 events" and lines[1].split() == [
        "id", "date", "type", "place", "actors", "killed", "injured", "arrested", "reports"]
    row = next(line for line in lines if line.startswith(ids[long_place]))
    assert long_place in row and len(row) > 120  # one line, nothing folded or cut
    assert not any(ch in table.stdout for ch in "│┃━─┏")  # no box drawing
    tsv = CliRunner().invoke(cli, ["events", "--db", url, "--format", "tsv"])
    rows = [line.split("\t") for line in tsv.stdout.splitlines()]
    header = rows[0]
    assert header[:3] == ["id", "date", "date_end"] and len(rows) == 4
    assert all(len(r) == len(header) for r in rows)
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_id[ids[long_place]]["location"] == long_place
    assert by_id[ids["Abancay"]]["admin1"] == "Apurímac"


def test_show_takes_unique_prefixes_and_never_prints_none(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'andes.db'}"
    ids = _andes_store(url)
    run = CliRunner().invoke
    juliaca = ids["Juliaca"]
    others = [i for i in ids.values() if i != juliaca]
    # the shortest start of the id that no other event shares, with and without "ev-"
    n = next(k for k in range(7, 20) if not any(o.startswith(juliaca[:k]) for o in others))
    for given in (juliaca[:n], juliaca[3:n], juliaca):
        shown = run(cli, ["show", given, "--db", url])
        assert shown.exit_code == 0, (given, shown.output)
        assert shown.stdout.startswith(f"event {juliaca}")
    text = run(cli, ["show", juliaca[:n], "--db", url]).stdout
    assert "None" not in text and "best unknown, conservative 12" in text
    twins = _add_twins(url)
    ambiguous = run(cli, ["show", twins[0][:7], "--db", url])
    assert ambiguous.exit_code != 0 and "ambiguous" in ambiguous.stderr
    assert all(i in ambiguous.stderr for i in twins)
    assert run(cli, ["show", "ev-a", "--db", url]).exit_code != 0  # too short for a prefix
    missing = run(cli, ["show", "ev-zzzz", "--db", url])
    assert missing.exit_code != 0 and "ev-zzzz: not in" in missing.stderr
    merged = run(cli, ["merge", juliaca[:n], others[0], "--db", url])
    assert merged.exit_code == 0, merged.output
