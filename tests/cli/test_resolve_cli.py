"""Tests of ``willay resolve``, ``merge``, ``split`` and ``export`` over a hand-built store."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

from click.testing import CliRunner

from willay.cli.main import cli
from willay.model import Document, EventDate
from willay.store import Store
from willay.store.testing import claim, report

DAY = dt.date(2034, 6, 2)


def build_store(url: str) -> None:
    texts = {
        "n1": "Miners blocked the bridge at Puente Viejo on Friday; 3 were arrested.",
        "n2": "Los mineros bloquearon el puente en Puente Viejo el viernes; 5 detenidos.",
        "n3": "Teachers rallied in Lago Azul on Friday.",
    }
    with Store(url) as store:
        for doc_id, text in texts.items():
            doc = Document(id=doc_id, text=text, url=f"https://example.org/{doc_id}",
                           publisher=f"Outlet {doc_id}",
                           published=DAY + dt.timedelta(days=int(doc_id[1])))
            town = "Lago Azul" if "Lago" in text else "Puente Viejo"
            number = next((n for n in ("3", "5") if f"{n} " in text), None)
            claims = [claim(text, "arrested", int(number), number)] if number else []
            trigger = text.split(" ")[1]
            doc.reports = [report(text, doc_id, "e1", trigger, date=EventDate.day(DAY),
                                  country="XQ", admin1="Este", location=town,
                                  latitude=-1.0 if town == "Lago Azul" else -2.0,
                                  longitude=-60.0, geo_precision=1, tags=["road_blockade"],
                                  claims=claims)]
            store.add_document(doc, resolve=False)


def test_resolve_merge_split_export(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    build_store(url)
    runner = CliRunner()
    first = runner.invoke(cli, ["resolve", "--db", url, "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["reports"] == 3 and json.loads(first.stdout)["events"] == 2
    second = json.loads(runner.invoke(cli, ["resolve", "--db", url, "--json"]).stdout)
    assert second["reports"] == 0 and second["created"] == 0  # idempotent

    rows = [json.loads(x) for x in runner.invoke(cli, ["events", "--db", url, "--format",
                                                       "jsonl"]).stdout.splitlines()]
    bridge = next(r for r in rows if r["location"] == "Puente Viejo")
    lake = next(r for r in rows if r["location"] == "Lago Azul")
    assert bridge["n_reports"] == 2 and bridge["arrested"]["low"] == 3

    split = runner.invoke(cli, ["split", bridge["id"], "n2:e1", "--db", url, "--note", "test"])
    assert split.exit_code == 0, split.output
    assert runner.invoke(cli, ["resolve", "--db", url, "--full"]).exit_code == 0
    assert len(runner.invoke(cli, ["events", "--db", url, "--format", "jsonl"])
               .stdout.splitlines()) == 3
    merged = runner.invoke(cli, ["merge", bridge["id"], lake["id"], "--db", url])
    assert merged.exit_code == 0, merged.output
    merged_id = merged.stdout.strip()
    show = runner.invoke(cli, ["show", merged_id, "--db", url]).stdout
    assert "merge: merged" in show

    acled = runner.invoke(cli, ["export", "--db", url, "--format", "acled"])
    table = list(csv.DictReader(io.StringIO(acled.stdout)))
    assert len(table) == 2 and {"event_id_cnty", "sub_event_type", "fatalities",
                                "fatalities_low", "arrested"} <= set(table[0])
    ucdp = runner.invoke(cli, ["export", "--db", url, "--format", "ucdp"])
    header = next(csv.reader(io.StringIO(ucdp.stdout)))
    assert {"best", "low", "high", "type_of_violence", "deaths_unknown"} <= set(header)
    assert len(list(csv.DictReader(io.StringIO(ucdp.stdout)))) == 0  # no deaths: none in GED
    assert "0 events exported, 2 left out: no death reported" in ucdp.stderr
    geo = json.loads(runner.invoke(cli, ["export", "--db", url, "--format", "geojson"]).stdout)
    assert geo["type"] == "FeatureCollection" and len(geo["features"]) == 2
    assert geo["features"][0]["geometry"]["type"] == "Point"
    for name in ("plover", "polecat"):  # polecat: the older name, still accepted
        lines = runner.invoke(cli, ["export", "--db", url, "--format", name]).stdout
        plover = [json.loads(line) for line in lines.splitlines()]
        assert len(plover) == 2 and plover[0]["event"] == ["PROTEST"]
        assert plover[0]["mode"] == ["obstruct"]  # the road_blockade tag sets the mode
    out = tmp_path / "events.jsonl"
    written = runner.invoke(cli, ["export", "--db", url, "--format", "jsonl", "-o", str(out),
                                  "--country", "XQ"])
    assert "2 events exported" in written.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all(c["evidence"]["quote"] for line in lines for c in line["claims"])
    bad = runner.invoke(cli, ["merge", "ev-a", "ev-b", "--db", url])
    assert bad.exit_code != 0 and "ev-a" in bad.stderr



def test_export_help_says_what_each_format_leaves_out() -> None:
    text = " ".join(CliRunner().invoke(cli, ["export", "--help"]).output.split())
    assert "ucdp writes only events with at least one reported death" in text
    assert "geojson only events with coordinates" in text
    for name in ("acled", "ucdp", "plover", "geojson", "jsonl", "polecat"):
        assert name in text
