"""Tests of ``willay extract``: the JSONL output contract, the table, the confidence filter
and one-line errors for bad inputs, over files written to a temporary directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from willay.cli.main import cli

#: Keys of the output contract (DESIGN.md); the output may add a few of its own.
DOC_KEYS = {"id", "url", "title", "publisher", "author", "published", "language"}
EVENT_KEYS = {
    "id", "event_type", "sub_event_type", "disorder_type", "tags",
    "date", "date_end", "time_precision",
    "country", "admin1", "admin2", "location",
    "latitude", "longitude", "geo_precision",
    "actor1", "actor1_type", "actor2", "actor2_type", "assoc_actors",
    "fatalities", "injured", "arrested", "crowd_size",
    "claims", "modality", "evidence",
}
CLAIM_KEYS = {"kind", "value", "low", "high", "qualifier", "reporter", "reporter_class",
              "via", "scope", "as_of", "evidence"}
TALLY_KEYS = {"kind", "value", "low", "high", "as_of", "since", "country", "admin1",
              "scope", "reporter", "evidence"}

REPORT = ("Two protesters died in clashes with police in Juliaca on Monday, the regional "
          "health office said; police reported 12 officers injured. Teachers marched in "
          "Cusco on Tuesday. At least 48 people have died since December, the Ombudsman "
          "said.")


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def good_input(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "reports.jsonl", [
        {"id": "juliaca-1", "text": REPORT, "published": "2023-01-13", "lang": "en",
         "url": "https://example.org/juliaca", "title": "Deaths in Juliaca"},
    ])


def lines_of(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_jsonl_prints_the_output_contract(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(good_input(tmp_path)),
                                      "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = lines_of(result.stdout)
    assert len(lines) == 1
    line = lines[0]
    assert set(line) == {"doc", "events", "tallies", "warnings"}
    assert set(line["doc"]) >= DOC_KEYS
    assert line["doc"]["id"] == "juliaca-1" and line["doc"]["published"] == "2023-01-13"
    assert len(line["events"]) >= 2
    for event in line["events"]:
        assert set(event) >= EVENT_KEYS, EVENT_KEYS - set(event)
        assert {"start", "end", "quote"} <= set(event["evidence"]["trigger"])
        assert REPORT[event["evidence"]["trigger"]["start"]:
                      event["evidence"]["trigger"]["end"]] == \
            event["evidence"]["trigger"]["quote"]
        for claim in event["claims"]:
            assert set(claim) >= CLAIM_KEYS, CLAIM_KEYS - set(claim)
        for kind in ("fatalities", "injured", "arrested", "crowd_size"):
            assert event[kind] is None or {"best", "low", "high"} <= set(event[kind])
    juliaca = [e for e in line["events"] if e["location"] == "Juliaca"]
    assert len(juliaca) == 1 and juliaca[0]["fatalities"]["best"] == 2
    assert line["tallies"], "the 48 deaths since December are a tally"
    for tally in line["tallies"]:
        assert set(tally) >= TALLY_KEYS, TALLY_KEYS - set(tally)


def test_table_prints_a_table(tmp_path: Path) -> None:
    # wide enough that rich does not fold the place names
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        cli, ["extract", str(good_input(tmp_path)), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "events" in out and "tallies" in out
    assert "Juliaca" in out and "Cusco" in out
    assert not out.lstrip().startswith("{"), "a table, not JSON"


def test_min_confidence_drops_events(tmp_path: Path) -> None:
    path = str(good_input(tmp_path))
    every = lines_of(CliRunner().invoke(cli, ["extract", path]).stdout)[0]["events"]
    assert every and all(e["confidence"] < 0.99 for e in every)
    result = CliRunner().invoke(cli, ["extract", path, "--min-confidence", "0.99"])
    assert result.exit_code == 0, result.stderr
    kept = lines_of(result.stdout)
    assert len(kept) == 1 and kept[0]["events"] == []
    assert kept[0]["tallies"], "the filter drops events, not tallies"


def test_a_directory_with_bad_files_reports_them_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "inbox_of_field_reports_from_the_southern_departments"
    folder.mkdir()
    (folder / "a_good.txt").write_text(
        "Teachers marched in Cusco on Tuesday to demand higher wages.\n", encoding="utf-8")
    (folder / "b_empty.txt").write_text("", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = CliRunner().invoke(cli, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 1
    lines = lines_of(result.stdout)
    assert len(lines) == 1
    assert set(lines[0]) == {"doc", "events", "tallies", "warnings"}
    errors = result.stderr.splitlines()
    for name, reason in (("b_empty.txt", "empty"), ("c_binary.txt", "binary")):
        named = [line for line in errors if name in line]
        assert len(named) == 1, (name, result.stderr)
        # one line per bad file (however long its path): the reason is on the line
        # that names the file
        assert "error" in named[0].lower() and reason in named[0].lower(), result.stderr
    assert "a_good.txt" not in result.stderr
