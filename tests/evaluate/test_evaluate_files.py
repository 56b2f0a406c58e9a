"""Reading gold, corpus and prediction files, with one-line errors naming the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from willay.errors import InputError
from willay.evaluate.corpus import load_corpus
from willay.evaluate.gold import load_gold
from willay.evaluate.predictions import load_predictions

GOLD_LINE = {
    "id": "v1",
    "events": [{"event_type": "Protests", "sub_event_type": "Peaceful protest", "tags": [],
                "date": "2031-03", "date_precision": "month", "country": "VA",
                "admin1": "Valdoria", "location": None, "actor1": "Protesters", "actor2": None,
                "fatalities": None, "fatalities_low": None, "fatalities_high": None,
                "injured": None, "arrested": None, "attribution": [], "trigger": "marched"}],
    "tallies": [{"kind": "deaths", "value": 3, "as_of": "2031-03", "scope": "x", "source": None}],
}


def write(path: Path, lines: list[object]) -> Path:
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def test_gold_file_is_read(tmp_path: Path) -> None:
    gold = load_gold(write(tmp_path / "g.jsonl", [GOLD_LINE, {"id": "v2", "events": [],
                                                               "tallies": []}]))
    assert list(gold.docs) == ["v1", "v2"]
    assert gold.docs["v1"].events[0].admin1 == "Valdoria"
    assert gold.docs["v1"].tallies[0].value == 3
    assert gold.docs["v2"].is_negative and not gold.docs["v1"].is_negative


def test_bad_gold_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(GOLD_LINE) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"g\.jsonl:2"):
        load_gold(path)
    write(path, [GOLD_LINE, GOLD_LINE])
    with pytest.raises(InputError, match="duplicate"):
        load_gold(path)
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


def test_corpus_from_jsonl_txt_and_directory(tmp_path: Path) -> None:
    write(tmp_path / "c.jsonl", [{"id": "v1", "text": "They marched.", "lang": "en"}])
    (tmp_path / "7_abc.txt").write_text("Marchers in Montemar.", encoding="utf-8")
    write(tmp_path / "7_abc.gold.jsonl", [GOLD_LINE])  # skipped in a folder
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.docs) == ["7_abc", "v1"]
    assert corpus.docs["v1"].lang == "en" and corpus.docs["v1"].path is None
    assert corpus.docs["7_abc"].text == "Marchers in Montemar."
    assert corpus.docs["7_abc"].path == tmp_path / "7_abc.txt"
    single = load_corpus(tmp_path / "7_abc.txt")
    assert list(single.docs) == ["7_abc"]


def test_bad_corpus_inputs(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="without text"):
        load_corpus(write(tmp_path / "c.jsonl", [{"id": "v1"}]))
    with pytest.raises(InputError, match="does not exist"):
        load_corpus(tmp_path / "nothing.jsonl")
    (tmp_path / "x.csv").write_text("a,b", encoding="utf-8")
    with pytest.raises(InputError, match=r"\.jsonl, \.txt or \.html"):
        load_corpus(tmp_path / "x.csv")
    write(tmp_path / "d.jsonl", [{"id": "v1", "text": "a"}, {"id": "v1", "text": "b"}])
    with pytest.raises(InputError, match="duplicate"):
        load_corpus(tmp_path / "d.jsonl")


def test_predictions_file_of_the_output_contract(tmp_path: Path) -> None:
    line = {"doc": {"id": "v1", "language": "es"},
            "events": [{"id": "e1", "event_type": "Protests",
                        "sub_event_type": "Peaceful protest", "confidence": 0.4,
                        "fatalities": {"best": 2, "low": 1, "high": 2},
                        "claims": [{"kind": "fatalities", "reporter": "Health Office",
                                    "via": None},
                                   {"kind": "crowd_size", "reporter": "Organisers"}],
                        "evidence": {"trigger": {"start": 5, "end": 12, "quote": "marched"}}}],
            "tallies": [{"kind": "fatalities", "value": 3, "as_of": "2031-03-02"}],
            "warnings": []}
    preds = load_predictions(write(tmp_path / "p.jsonl", [line]))
    doc = preds["v1"]
    assert doc.language == "es"
    event = doc.events[0]
    assert event.trigger is not None and event.trigger.quote == "marched"
    assert event.fatalities is not None and event.fatalities.low == 1
    assert event.reporters == ("Health Office",)  # crowd-size reporters do not count
    assert doc.tallies[0].kind == "deaths"
    with pytest.raises(InputError, match=r"p2\.jsonl:1"):
        load_predictions(write(tmp_path / "p2.jsonl", [{"events": []}]))
