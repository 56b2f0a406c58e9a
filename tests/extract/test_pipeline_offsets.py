"""Every evidence span of the output quotes the text the user gave (real corpora and samples).

For plain text (files, JSONL ``text``) the output's ``doc.text`` must be the input exactly
as given; for HTML it is the extracted main text. Every span of every event (trigger,
field evidence, claims, reporters) and of every tally must satisfy
``text[start:end] == quote`` in that text, read from the JSONL line itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from willay.extract.pipeline import extract
from willay.ingest import document_from_record, read_inputs
from willay.model.serialize import document_to_dict

REPO = Path(__file__).resolve().parents[2]
#: Corpora under ../shared, by name (dev2's folders hold the same records as its top level).
CORPORA = ("dev/corpus.jsonl", "dev2/corpus.jsonl", "dev2/latam/corpus.jsonl",
           "dev2/short/corpus.jsonl", "dev2/violence/corpus.jsonl", "dev2/world/corpus.jsonl")


@cache
def _record_line(record_json: str) -> str:
    """The output line of one JSONL record (cached: dev2's folders repeat its records)."""
    doc = extract(document_from_record(json.loads(record_json), "corpus.jsonl"))
    return json.dumps(document_to_dict(doc), ensure_ascii=False)


Spans = Callable[[dict[str, Any]], Iterator[tuple[str, dict[str, Any]]]]


def check_line(line: dict[str, Any], given: str | None,
               output_spans: Spans) -> tuple[int, list[str]]:
    """Spans checked and failures of one output line; ``given`` is the input text (None
    for HTML, whose extracted text the line must carry)."""
    text = line["doc"].get("text")
    failures: list[str] = []
    if not isinstance(text, str):
        return 0, [f"{line['doc']['id']}: no doc.text in the output"]
    if given is not None and text != given:
        failures.append(f"{line['doc']['id']}: doc.text is not the input as given")
    n = 0
    for where, span in output_spans(line):
        n += 1
        if text[span["start"]:span["end"]] != span["quote"]:
            failures.append(f"{line['doc']['id']} {where}: {span['quote']!r} but the text "
                            f"has {text[span['start']:span['end']]!r}")
    return n, failures


@pytest.mark.parametrize("name", CORPORA)
def test_corpus_evidence_quotes_the_input_text(name: str, shared_dir: Path,
                                               output_spans: Spans) -> None:
    path = shared_dir / name
    checked, failures, cleaned = 0, [], 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        record = json.loads(raw)
        line = json.loads(_record_line(json.dumps(record, sort_keys=True)))
        n, bad = check_line(line, record.get("text"), output_spans)
        checked += n
        failures.extend(bad)
        cleaned += record.get("text", "").strip() != record.get("text", "")
    assert not failures, f"{len(failures)} of {checked} spans: " + "; ".join(failures[:5])
    assert checked > 100, f"only {checked} spans checked in {name}"
    assert cleaned > 0, "the corpus has inputs that cleaning changes (leading markers)"


def test_samples_and_seed_evidence_quotes_the_input_text(shared_dir: Path,
                                                        output_spans: Spans) -> None:
    files = sorted((REPO / "samples").glob("*.txt")) + sorted((shared_dir / "seeds").glob("*.txt"))
    html = sorted((REPO / "samples").glob("*.html"))
    jsonl = sorted((REPO / "samples").glob("*.jsonl"))
    assert files and html and jsonl
    checked, failures = 0, []
    for path in files + html:
        given = path.read_bytes().decode("utf-8") if path.suffix == ".txt" else None
        for doc in read_inputs([path]):
            assert not isinstance(doc, Exception), doc
            line = json.loads(json.dumps(document_to_dict(extract(doc))))
            n, bad = check_line(line, given, output_spans)
            checked += n
            failures.extend(f"{path.name}: {b}" for b in bad)
    for path in jsonl:
        for raw in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(raw)
            line = json.loads(_record_line(json.dumps(record, sort_keys=True)))
            n, bad = check_line(line, record.get("text"), output_spans)
            checked += n
            failures.extend(f"{path.name}: {b}" for b in bad)
    assert not failures, f"{len(failures)} of {checked} spans: " + "; ".join(failures[:5])
    assert checked > 100


def test_a_leading_marker_and_boilerplate_stay_in_the_text(shared_dir: Path) -> None:
    """The seed starts with boilerplate that cleaning drops: the output keeps it, and no
    span points into it."""
    seed = shared_dir / "seeds" / "000_eba4030429a9acda.txt"
    (doc,) = list(read_inputs([seed]))
    assert not isinstance(doc, Exception)
    extract(doc)
    assert doc.text == seed.read_bytes().decode("utf-8")
    assert doc.clean_text is not None and len(doc.clean_text) < len(doc.text)
    assert doc.removed and all(doc.text[s.start:s.end] == s.quote for s in doc.removed)
    for report in doc.reports:
        for span in report.spans():
            assert not any(span.overlaps(cut) for cut in doc.removed), span
