"""The Python API of ``willay/__init__.py``: lazy imports, ``extract_text`` and ``open``."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import willay
from willay.cli.main import cli
from willay.errors import ConfigError, InputError, NotFoundError, UnknownValueError
from willay.model import Document, EventDate, EventReport
from willay.store import EventSummary, Store
from willay.store.testing import claim, report

TEXT = ("Riot police broke up a sit-in of teachers outside the regional government in Puno, "
        "Peru, on 14 March 2023, detaining 12 people, the Ombudsman's Office said.")


def test_import_is_light_and_names_are_lazy() -> None:
    code = ("import sys, willay; heavy = [m for m in sys.modules if m.startswith(("
            "'willay.', 'sqlalchemy', 'pandas', 'fastapi'))]; print(heavy); "
            "willay.open; print('willay.store.research' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["[]", "True"]
    assert {"extract_text", "open", "Extraction", "Database"} <= set(dir(willay))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        willay.nothing  # type: ignore[attr-defined]  # noqa: B018


def test_extract_text_gives_typed_results_equal_to_the_cli(tmp_path: Path) -> None:
    found = willay.extract_text(TEXT, published="2023-03-15", url="https://example.org/a")
    assert isinstance(found, willay.Extraction) and found.events
    assert all(isinstance(e, EventReport) for e in found.events)
    event = found.events[0]
    assert (event.country, event.admin1) == ("PE", "Puno") and event.arrested is not None
    for span in event.spans():
        assert TEXT[span.start:span.end] == span.quote
    as_dict = found.to_dict()
    assert as_dict["doc"]["published"] == "2023-03-15"
    assert as_dict["doc"]["url"] == "https://example.org/a"
    assert as_dict["events"] == [e.to_dict() for e in found.events]
    assert as_dict["doc"]["text"] == TEXT  # the text as given, which offsets point into
    # The same record through `willay extract --format jsonl` gives the same line.
    record = tmp_path / "one.jsonl"
    record.write_text(json.dumps({"text": TEXT, "published": "2023-03-15",
                                  "url": "https://example.org/a"}) + "\n", encoding="utf-8")
    line = CliRunner().invoke(cli, ["extract", str(record), "--format", "jsonl"]).stdout
    assert json.loads(line) == json.loads(json.dumps(as_dict))
    dated = willay.extract_text(TEXT, published=dt.date(2023, 3, 15), id="note-1", lang="en")
    assert dated.document.id == "note-1" and dated.document.language == "en"
    assert dated.to_dict()["events"][0]["date"] == as_dict["events"][0]["date"]
    with pytest.raises(InputError):
        willay.extract_text("   ")
    # When cleaning skips boilerplate, offsets still point into the text as given.
    trailer = "\n\nSubscribe to our newsletter to get the latest news."
    cleaned = willay.extract_text(TEXT + trailer)
    assert cleaned.text == TEXT + trailer == cleaned.to_dict()["doc"]["text"]
    assert all(cleaned.text[s.start:s.end] == s.quote for e in cleaned.events for s in e.spans())


def _fill(path: Path) -> None:
    """Three fictional events in two regions, built by hand."""
    with Store(f"sqlite:///{path}") as store:
        for n, (town, region, held) in enumerate([("Östervik", "Nordmark", 3),
                                                  ("Lindå", "Sudmark", 7),
                                                  ("Brunn", "Sudmark", None)]):
            text = f"Dockers marched in {town} on {n + 2} May 2031; police held {held}."
            doc = Document(id=f"d{n}", text=text)
            claims = [claim(text, "arrested", held, f"held {held}")] if held else []
            doc.reports = [report(text, doc.id, "e1", "marched", country="SE", admin1=region,
                                  location=town, latitude=60.0 + n, longitude=15.0,
                                  date=EventDate.day(dt.date(2031, 5, n + 2)), claims=claims)]
            store.add_document(doc)


def test_open_queries_and_frames(tmp_path: Path) -> None:
    path = tmp_path / "crisis.db"
    with pytest.raises(NotFoundError, match="no database at"):
        willay.open(str(path))
    assert not path.exists()
    willay.open(str(path), create=True).close()
    _fill(path)
    with willay.open(str(path)) as db:
        assert isinstance(db, willay.Database) and db.stats().events == 3  # a Store method
        every = db.events()
        assert [e.location for e in every] == ["Brunn", "Lindå", "Östervik"]  # newest first
        assert all(isinstance(e, EventSummary) for e in every)
        south = db.events(country="Sweden", admin1="SUDMARK", date_from="2031-05-04")
        assert [e.location for e in south] == ["Brunn"]
        assert len(db.events(limit=2)) == 2
        assert db.events(country="se", order="date_asc").to_dicts()[0]["location"] == "Östervik"
        with pytest.raises(UnknownValueError) as info:
            db.events(admin1="Westmark")
        assert info.value.known == ["Nordmark", "Sudmark"]
        with pytest.raises(ConfigError, match="YYYY-MM-DD"):
            db.events(date_to="May 2031")
        frame = every.to_frame()
        assert list(frame["location"]) == ["Brunn", "Lindå", "Östervik"]
        assert frame["arrested"].tolist()[1:] == [7, 3]
        assert str(frame["date_start"].dtype).startswith("datetime64")
        assert frame["date_start"].dt.day.tolist() == [4, 3, 2]
    with willay.open(f"sqlite:///{path}") as by_url:
        assert len(by_url.events()) == 3


def test_frames_without_pandas_say_what_to_install(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _fill(tmp_path / "c.db")
    monkeypatch.setitem(sys.modules, "pandas", None)
    with willay.open(str(tmp_path / "c.db")) as db, \
            pytest.raises(ConfigError, match=r"pip install 'willay\[frames\]'"):
        db.events().to_frame()
