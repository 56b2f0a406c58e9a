"""Tests of JSONL records to Documents (records written here)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from willay.errors import EmptyInputError, InputError
from willay.ingest import document_from_record
from willay.model.document import content_id

TEXT = "Taxi drivers blocked the ring road of Karsk on Tuesday. Police watched."


def test_fields_are_used() -> None:
    doc = document_from_record(
        {"id": "k1", "text": TEXT, "url": "https://n.example/k1", "title": "Taxi strike",
         "published": "2024-02", "lang": "en", "author": "A. Writer", "extra": [1, 2]},
        "in.jsonl:1",
    )
    assert (doc.id, doc.url, doc.title, doc.author, doc.language) == (
        "k1", "https://n.example/k1", "Taxi strike", "A. Writer", "en")
    assert (doc.published, doc.published_precision) == (dt.date(2024, 2, 1), "month")
    assert doc.text == TEXT
    assert doc.source == "in.jsonl:1"


def test_integer_id_and_missing_id() -> None:
    assert document_from_record({"id": 7, "text": TEXT}, "s").id == "7"
    doc = document_from_record({"text": TEXT}, "s")
    assert doc.id == content_id(TEXT)


def test_timestamp_published() -> None:
    doc = document_from_record({"text": TEXT, "published": "2024-02-03T10:00:00Z"}, "s")
    assert (doc.published, doc.published_precision) == (dt.date(2024, 2, 3), "day")


def test_html_record_with_record_fields_winning() -> None:
    html = (
        "<html lang='fr'><head><title>Grève à Brenne</title></head><body><article>"
        "<p>Les cheminots de Brenne ont cessé le travail lundi pour protester contre la "
        "fermeture de la ligne régionale, selon le syndicat.</p>"
        "<p>La préfecture a compté environ 400 manifestants devant la gare.</p>"
        "</article></body></html>"
    )
    doc = document_from_record(
        {"id": "h", "html": html, "published": "2024-04-08", "title": "Given title"}, "s:3"
    )
    assert doc.id == "h"
    assert doc.title == "Given title"
    assert doc.published == dt.date(2024, 4, 8)
    assert doc.language == "fr"
    assert "400 manifestants" in doc.text


@pytest.mark.parametrize(
    ("record", "error", "message"),
    [
        ({"id": "x"}, EmptyInputError, r"^f\.jsonl:4: record has no 'text' or 'html'$"),
        ({"text": "  "}, EmptyInputError, r"^f\.jsonl:4: record has no"),
        ({"text": 5}, InputError, r"^f\.jsonl:4: field 'text' must be a string$"),
        ({"text": TEXT, "id": [1]}, InputError, r"^f\.jsonl:4: field 'id' must be"),
        ({"text": TEXT, "title": 3}, InputError, r"^f\.jsonl:4: field 'title' must be a string"),
        ({"text": TEXT, "published": "soon"}, InputError, r"bad published date 'soon'"),
        ([1, 2], InputError, r"^f\.jsonl:4: a record must be a JSON object, not list$"),
    ],
)
def test_bad_records(record: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        document_from_record(record, "f.jsonl:4")  # type: ignore[arg-type]


def test_dev_corpus_records_keep_every_gold_trigger(dev_dir: Path) -> None:
    gold = {}
    for line in (dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        gold[item["id"]] = item
    lines = (dev_dir / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(gold)
    for number, line in enumerate(lines, start=1):
        record = json.loads(line)
        doc = document_from_record(record, f"corpus.jsonl:{number}")
        assert doc.id == record["id"]
        assert doc.language == record["lang"]
        for event in gold[record["id"]]["events"]:
            assert event["trigger"] in doc.text, (record["id"], event["trigger"])


def test_defaults_fill_only_what_a_record_leaves_empty() -> None:
    given = {"published": "2024-03-01", "url": "https://n.example/given"}
    own = document_from_record({"text": TEXT, "published": "2024-02-20",
                                "url": "https://n.example/own"}, "in.jsonl:1", defaults=given)
    assert (own.published, own.url) == (dt.date(2024, 2, 20), "https://n.example/own")
    empty = document_from_record({"text": TEXT, "published": "", "url": None}, "in.jsonl:2",
                                 defaults=given)
    assert (empty.published, empty.url) == (dt.date(2024, 3, 1), "https://n.example/given")


def test_the_record_text_is_kept_exactly_as_given() -> None:
    text = "\n  " + TEXT + "  \r\n"
    doc = document_from_record({"text": text}, "in.jsonl:1")
    assert doc.given_text == text and doc.text == TEXT
    assert doc.id == content_id(TEXT), "the id is still the hash of the clean view"
