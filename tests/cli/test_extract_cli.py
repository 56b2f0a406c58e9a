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


#: Plain text as a user may pipe it: leading blanks, no date line, a Windows line end.
STDIN_REPORT = "  \n   Teachers marched in Cusco on Monday to demand higher wages.\r\n"


def test_stdin_output_carries_the_input_exactly_and_warns_without_an_anchor() -> None:
    result = CliRunner().invoke(cli, ["extract", "-"], input=STDIN_REPORT)
    assert result.exit_code == 0, result.stderr
    (line,) = lines_of(result.stdout)
    assert line["doc"]["text"] == STDIN_REPORT
    assert line["doc"]["published"] is None and line["events"]
    for event in line["events"]:
        trigger = event["evidence"]["trigger"]
        assert STDIN_REPORT[trigger["start"]:trigger["end"]] == trigger["quote"]
        assert event["date"] is None
    assert any("relative dates not anchored" in w and "--published" in w and "Monday" in w
               for w in line["warnings"]), line["warnings"]


def test_published_and_url_anchor_plain_text_input() -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "2023-01-13",
                                      "--url", "https://news.example/cusco"],
                                input=STDIN_REPORT)
    assert result.exit_code == 0, result.stderr
    (line,) = lines_of(result.stdout)
    assert line["doc"]["published"] == "2023-01-13"
    assert line["doc"]["url"] == "https://news.example/cusco"
    assert [e["date"] for e in line["events"]] == ["2023-01-09"]
    assert not any("not anchored" in w for w in line["warnings"])


def test_no_text_leaves_the_text_out(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(good_input(tmp_path)), "--no-text"])
    assert result.exit_code == 0, result.stderr
    (line,) = lines_of(result.stdout)
    assert "text" not in line["doc"] and line["events"]


def test_jsonl_records_keep_their_own_published_and_url(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "two.jsonl", [
        {"id": "own", "text": STDIN_REPORT, "published": "2023-02-10",
         "url": "https://news.example/own"},
        {"id": "bare", "text": STDIN_REPORT},
    ])
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2023-01-13",
                                      "--url", "https://news.example/given"])
    assert result.exit_code == 0, result.stderr
    by_id = {line["doc"]["id"]: line["doc"] for line in lines_of(result.stdout)}
    assert (by_id["own"]["published"], by_id["own"]["url"]) == (
        "2023-02-10", "https://news.example/own")
    assert (by_id["bare"]["published"], by_id["bare"]["url"]) == (
        "2023-01-13", "https://news.example/given")


def test_published_wins_over_the_date_line_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "march.txt"
    path.write_text("March 3, 2023\n\nTeachers marched in Cusco on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2023-03-10"])
    assert result.exit_code == 0, result.stderr
    (line,) = lines_of(result.stdout)
    assert line["doc"]["published"] == "2023-03-10"
    assert line["doc"]["text"] == path.read_text(encoding="utf-8")


def test_a_bad_published_date_is_refused() -> None:
    result = CliRunner().invoke(cli, ["extract", "-", "--published", "13/01/2023"],
                                input=STDIN_REPORT)
    assert result.exit_code == 2 and "--published" in result.output


def test_html_output_carries_the_extracted_text_and_takes_the_given_url() -> None:
    page = Path(__file__).resolve().parents[2] / "samples" / "cusco_arrest.html"
    result = CliRunner().invoke(cli, ["extract", str(page), "--url", "https://news.example/c"])
    assert result.exit_code == 0, result.stderr
    (line,) = lines_of(result.stdout)
    text = line["doc"]["text"]
    assert line["doc"]["url"] == "https://news.example/c"
    assert "<" not in text and "Ccama" in text and line["events"]
    for event in line["events"]:
        for claim in event["claims"]:
            span = claim["evidence"]
            assert text[span["start"]:span["end"]] == span["quote"]
