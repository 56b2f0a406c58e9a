"""The store, ``willay show`` and the API keep the text as given and agree with the JSONL.

Real inputs (samples, the seed, dev and dev2 records that start with a storage marker)
are ingested into SQLite; every evidence span read back through the store, the CLI and
the API must quote the same text as the line of ``willay extract`` for that input.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from fastapi.testclient import TestClient

from willay.api.app import create_app
from willay.cli.main import cli
from willay.extract.pipeline import extract
from willay.ingest import read_inputs
from willay.model import Document
from willay.model.serialize import document_to_dict
from willay.store import Store
from willay.store import schema as S
from willay.store.load import ingest
from willay.store.rows import text_hash

REPO = Path(__file__).resolve().parents[2]
Spans = Callable[[dict[str, Any]], Iterator[tuple[str, dict[str, Any]]]]


def _marked_records(path: Path, n: int) -> list[str]:
    """The first ``n`` records of a corpus whose text does not start with its first word."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and json.loads(line)["text"].startswith(" date"):
            out.append(line)
        if len(out) == n:
            break
    return out


@pytest.fixture(scope="module")
def inputs(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("offsets")
    records = folder / "marked.jsonl"
    lines = (_marked_records(shared_dir / "dev" / "corpus.jsonl", 5)
             + _marked_records(shared_dir / "dev2" / "corpus.jsonl", 5))
    assert len(lines) == 10
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(REPO / "samples"), str(shared_dir / "seeds" / "000_eba4030429a9acda.txt"),
            str(records)]


def _docs(paths: list[str]) -> Iterator[Document]:
    for item in read_inputs(paths):
        assert not isinstance(item, Exception), item
        yield item


@pytest.fixture(scope="module")
def expected(inputs: list[str]) -> dict[str, dict[str, Any]]:
    """The ``willay extract`` line of every input, by document id."""
    return {doc.id: json.loads(json.dumps(document_to_dict(extract(doc))))
            for doc in _docs(inputs)}


@pytest.fixture(scope="module")
def db_url(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'offsets.db'}"
    with Store(url) as store:
        summary = ingest(store, read_inputs(inputs), extract)
    assert summary.ok and summary.new == len(list(_docs(inputs)))
    return url


def _span_set(spans: Any) -> set[tuple[int, int, str]]:
    return {(s["start"], s["end"], s["quote"]) for s in spans}


def test_the_store_keeps_the_text_of_the_jsonl(inputs: list[str], db_url: str,
                                               expected: dict[str, dict[str, Any]],
                                               output_spans: Spans) -> None:
    records = [json.loads(line) for line in Path(inputs[-1]).read_text("utf-8").splitlines()]
    with Store(db_url) as store:
        for record in records:  # each starts with " date ...": kept, as given
            assert store.get_document(record["id"]).document.text == record["text"]
        for doc_id, line in expected.items():
            stored = store.get_document(doc_id)
            text = stored.document.text
            assert text == line["doc"]["text"], doc_id
            got = {(e.span.start, e.span.end, e.span.quote) for e in stored.evidence}
            assert got == _span_set(s for _, s in output_spans(line)), doc_id
            assert all(text[s:e] == q for s, e, q in got), doc_id
            assert store.has_content_hash(text_hash(stored.document.clean_view))
            assert all(text[s.start:s.end] == s.quote for s in stored.document.removed)


def test_clean_view_and_content_hash_survive_the_store(inputs: list[str], db_url: str) -> None:
    with Store(db_url) as store:
        for doc in _docs(inputs):
            clean = doc.text  # before extraction: the clean view
            stored = store.get_document(doc.id).document
            assert stored.clean_view == clean, doc.id
            assert store.has_content_hash(text_hash(clean)), doc.id


def test_the_api_and_show_agree_with_the_jsonl(db_url: str, expected: dict[str, dict[str, Any]],
                                               output_spans: Spans) -> None:
    app = create_app(db_url)
    runner = CliRunner()
    try:
        with TestClient(app) as client:
            for doc_id, line in expected.items():
                doc = client.get(f"/api/documents/{doc_id}").json()
                assert doc["text"] == line["doc"]["text"], doc_id
                assert _span_set(doc["highlights"]) == _span_set(
                    s for _, s in output_spans(line)), doc_id
                for cut in doc["removed"]:
                    assert doc["text"][cut["start"]:cut["end"]] == cut["quote"]
            texts = {i: line["doc"]["text"] for i, line in expected.items()}
            page = client.get("/api/events", params={"limit": 500}).json()
            assert page["total"] == len(page["items"]) > 20
            checked = 0
            for summary in page["items"]:
                event = client.get(f"/api/events/{summary['id']}").json()
                for claim in event["claims"]:
                    ev = claim["evidence"]
                    assert texts[claim["doc_id"]][ev["start"]:ev["end"]] == ev["quote"]
                    checked += 1
                shown = runner.invoke(cli, ["show", summary["id"], "--db", db_url,
                                            "--format", "json"])
                assert shown.exit_code == 0, shown.output
                detail = json.loads(shown.output)
                for report in detail["reports"]:
                    text = texts[report["doc_id"]]
                    for _, span in output_spans({"events": [report], "tallies": []}):
                        assert text[span["start"]:span["end"]] == span["quote"]
                        checked += 1
            assert checked > 100
    finally:
        app.state.reader.store.close()


def test_documents_stored_before_keep_their_clean_text(tmp_path: Path, shared_dir: Path) -> None:
    """A row written before the text as given was kept (no ``offsets_into``) holds the
    clean view, and its evidence points into it: it is read back as it is."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    (doc,) = list(_docs([str(shared_dir / "seeds" / "000_eba4030429a9acda.txt")]))
    clean = doc.text
    old = Document(id=doc.id, text=clean, language="en", published=doc.published)
    extract(old)  # a document built from the clean view: spans point into it
    with Store(url) as store:
        store.add_document(old)
    engine = sa.create_engine(url)
    with engine.begin() as conn:  # the row as an earlier version wrote it
        extra = conn.execute(sa.select(S.documents.c.extra)).scalar_one()
        assert extra.pop("offsets_into") == "given"
        conn.execute(sa.update(S.documents).values(extra=extra))
    engine.dispose()
    with Store(url) as store:
        stored = store.get_document(doc.id)
        assert stored.document.text == clean and stored.document.clean_view == clean
        assert stored.evidence
        for ev in stored.evidence:
            assert clean[ev.span.start:ev.span.end] == ev.span.quote
