"""The evaluation entry points: predictions from a file or from an extractor, and the CLI."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from willay.cli.evaluate import evaluate_command
from willay.errors import ConfigError
from willay.evaluate import CorpusDoc, evaluate, prepare
from willay.model import Document, EventReport, Span

TEXT = ("Farmers blocked the bridge at Valdoria on Monday. "
        "Dockers struck in Montemar on Tuesday.")
GOLD = [
    {"id": "v1", "events": [
        {"event_type": "Protests", "sub_event_type": "Peaceful protest", "tags": [],
         "date": None, "date_precision": "unknown", "country": "VA", "admin1": "Valdoria",
         "location": "Valdoria", "actor1": "Protesters", "actor2": None, "fatalities": None,
         "fatalities_low": None, "fatalities_high": None, "injured": None, "arrested": None,
         "attribution": [], "trigger": "blocked the bridge"},
        {"event_type": "Protests", "sub_event_type": "Peaceful protest", "tags": ["strike"],
         "date": None, "date_precision": "unknown", "country": "VA", "admin1": "Montemar",
         "location": "Montemar", "actor1": "Protesters", "actor2": None, "fatalities": None,
         "fatalities_low": None, "fatalities_high": None, "injured": None, "arrested": None,
         "attribution": [], "trigger": "Dockers struck"}],
     "tallies": []},
    {"id": "v2", "events": [], "tallies": []},
]
CORPUS = [{"id": "v1", "lang": "en", "text": TEXT},
          {"id": "v2", "lang": "es", "text": "El paro subió al 9 por ciento en Valdoria."}]


def event(phrase: str, admin1: str, confidence: float) -> dict[str, object]:
    start = TEXT.index(phrase)
    return {"id": phrase[:4], "event_type": "Protests", "sub_event_type": "Peaceful protest",
            "country": "VA", "admin1": admin1, "location": admin1, "actor1": "Protesters",
            "confidence": confidence, "tags": [],
            "evidence": {"trigger": {"start": start, "end": start + len(phrase),
                                     "quote": phrase}}}


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, Path]:
    def write(name: str, lines: Sequence[object]) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
        return path

    preds = [{"doc": {"id": "v1"}, "events": [event("blocked", "Valdoria", 0.9),
                                               event("struck", "Montemar", 0.3)],
              "tallies": []},
             {"doc": {"id": "v2"}, "events": [event("Farmers", "Valdoria", 0.2)],
              "tallies": []}]
    return {"gold": write("gold.jsonl", GOLD), "corpus": write("corpus.jsonl", CORPUS),
            "pred": write("pred.jsonl", preds)}


def plain(entry: CorpusDoc) -> Document:
    return Document(id=entry.id, text=entry.text)


def fake_extractor(doc: Document) -> Document:
    """Finds "blocked" only, so the strike is a miss."""
    start = doc.text.find("blocked")
    if start >= 0:
        doc.reports.append(EventReport(
            id="x1", doc_id=doc.id, event_type="Protests", sub_event_type="Peaceful protest",
            disorder_type="Demonstrations", trigger=Span(start, start + 7, "blocked"),
            country="VA", admin1="Valdoria", location="Valdoria", actor1="Protesters",
            confidence=0.7))
    return doc


def test_predictions_from_file(files: dict[str, Path]) -> None:
    evalset = prepare(files["gold"], files["corpus"], files["pred"], ingester=plain)
    out = evalset.score().to_dict()
    assert out["detection"]["tp"] == 2 and out["detection"]["fp"] == 1
    assert out["negatives"]["share"] == 0.0
    assert out["by_lang"]["es"]["negatives"]["documents"] == 1
    high = evalset.score(0.5).to_dict()
    assert high["detection"]["recall"] == 0.5 and high["negatives"]["share"] == 1.0
    rows = evalset.trade_off([0.0, 0.5, 1.0])
    assert [r["pred_events"] for r in rows] == [3, 1, 0]


def test_predictions_from_an_extractor(files: dict[str, Path]) -> None:
    out = evaluate(files["gold"], files["corpus"], extractor=fake_extractor,
                   ingester=plain).to_dict()
    assert out["detection"]["tp"] == 1 and out["detection"]["fn"] == 1
    assert out["fields"]["admin1"]["accuracy"] == 1.0
    assert out["negatives"]["share"] == 1.0


def test_selecting_documents(files: dict[str, Path]) -> None:
    out = evaluate(files["gold"], files["corpus"], files["pred"], ids=["v2"],
                   ingester=plain).to_dict()
    assert out["documents"] == 1 and out["gold_events"] == 0
    with pytest.raises(ConfigError, match="v9"):
        prepare(files["gold"], files["corpus"], files["pred"], ids=["v9"], ingester=plain)


def test_gold_document_missing_from_corpus(files: dict[str, Path], tmp_path: Path) -> None:
    small = tmp_path / "small.jsonl"
    small.write_text(json.dumps(CORPUS[0]) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="v2"):
        prepare(files["gold"], small, files["pred"], ingester=plain)


def test_cli_table_details_json_and_thresholds(files: dict[str, Path]) -> None:
    args = ["--gold", str(files["gold"]), "--corpus", str(files["corpus"]),
            "--pred", str(files["pred"])]
    runner = CliRunner()
    table = runner.invoke(evaluate_command, args)
    assert table.exit_code == 0, table.output
    assert "events (detection)" in table.output and "negatives without events" in table.output
    detail = runner.invoke(evaluate_command, [*args, "--details", "--doc", "v2"])
    assert detail.exit_code == 0, detail.output
    assert "FALSE pred Farm" in detail.output and "== v1" not in detail.output
    report = runner.invoke(evaluate_command, [*args, "--format", "json", "--min-confidence",
                                              "0.5", "--thresholds", "0,0.5", "--details"])
    data = json.loads(report.output)
    assert data["details"][0]["missed"] == [{"gold": 1, "trigger": "Dockers struck"}]
    assert data["details"][1]["false"] == []
    assert data["min_confidence"] == 0.5 and data["pred_events"] == 1
    assert [row["threshold"] for row in data["trade_off"]] == [0.0, 0.5]
    trade = runner.invoke(evaluate_command, [*args, "--thresholds", "0,0.5"])
    assert "confidence >=" in trade.output


def test_cli_errors_are_one_line(files: dict[str, Path], tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(evaluate_command, ["--gold", str(tmp_path / "none.jsonl"),
                                               "--corpus", str(files["corpus"])])
    assert missing.exit_code != 0 and "none.jsonl" in missing.output
    bad = runner.invoke(evaluate_command, ["--gold", str(files["gold"]), "--corpus",
                                           str(files["corpus"]), "--thresholds", "a,b"])
    assert bad.exit_code != 0 and "comma-separated" in bad.output


def test_ingest_keeps_the_corpus_id_and_reads_the_dateline(tmp_path: Path) -> None:
    from willay.evaluate import load_corpus
    from willay.evaluate.runner import document_texts, ingest_entry

    path = tmp_path / "0_feedc0ffee123456.txt"
    path.write_text("Dockers strike in Montemar\n\nBy Ana Lobo\n\nMarch 14, 2031\n\n"
                    "Dockers struck in Montemar on Tuesday, the union said.\n",
                    encoding="utf-8")
    entry = load_corpus(path).docs["0_feedc0ffee123456"]
    doc = ingest_entry(entry)
    assert doc.id == "0_feedc0ffee123456"
    assert doc.published is not None and doc.published.isoformat() == "2031-03-14"
    assert "Dockers struck in Montemar" in doc.text
    record = CorpusDoc(id="v9", record={"id": "v9", "text": TEXT, "published": "2031-03-12"},
                       source="corpus.jsonl:1")
    texts, warnings = document_texts([record])
    assert texts["v9"].find("blocked the bridge")[0] >= 0 and warnings == []


#: A record whose "Read also" list repeats the headline of the body: cleaning drops the
#: list, so the gold trigger's sentence is the body's, while the first occurrence of the
#: phrase in the text as given is in the list.
MARKED = (" date 2031-03-16 \nRead also:\nDockers struck in Montemar\n\n"
          "Dockers struck in Montemar on Tuesday, the union said.\n")
MARKED_GOLD = {"id": "m1", "events": [{**GOLD[0]["events"][1]}], "tallies": []}


def strike_extractor(doc: Document) -> Document:
    """Stands in for the pipeline: one strike on the clean view, as components see it."""
    start = doc.text.index("Dockers struck")
    doc.reports = [EventReport("m1:e1", doc.id, "Protests", "Peaceful protest",
                               "Demonstrations", trigger=doc.span(start, start + 14),
                               country="VA", admin1="Montemar", location="Montemar",
                               actor1="Protesters")]
    return doc


def test_alignment_reads_the_text_as_given_through_its_clean_view(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(MARKED_GOLD) + "\n", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "m1", "lang": "en", "text": MARKED}) + "\n",
                      encoding="utf-8")
    ran = evaluate(gold, corpus, extractor=strike_extractor).to_dict()
    assert ran["detection"]["tp"] == 1 and not ran["warnings"], ran["warnings"]
    body = MARKED.rindex("Dockers struck")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc": {"id": "m1"}, "events": [{
        "id": "e1", "event_type": "Protests", "sub_event_type": "Peaceful protest",
        "country": "VA", "admin1": "Montemar", "location": "Montemar", "confidence": 0.9,
        "evidence": {"trigger": {"start": body, "end": body + 14,
                                 "quote": "Dockers struck"}}}], "tallies": []}) + "\n",
        encoding="utf-8")
    read = evaluate(gold, corpus, pred).to_dict()
    assert read["detection"]["tp"] == 1 and not read["warnings"], read["warnings"]
