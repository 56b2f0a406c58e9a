"""Tests that the bundled sample reports ingest cleanly and keep the properties others rely on."""

from __future__ import annotations

from pathlib import Path

from willay.ingest import read_inputs
from willay.model.document import Document
from willay.text.langid import LanguageIdentifier

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def sample_docs() -> list[Document]:
    out = list(read_inputs([str(SAMPLES)]))
    assert all(isinstance(d, Document) for d in out), out
    return [d for d in out if isinstance(d, Document)]


def test_samples_ingest_in_three_forms_with_distinct_dates() -> None:
    docs = sample_docs()
    assert 6 <= len(docs) <= 10
    suffixes = {Path((d.source or "").split(":")[0]).suffix for d in docs}
    assert suffixes == {".txt", ".html", ".jsonl"}
    dates = [d.published for d in docs]
    assert None not in dates
    assert len(set(dates)) == len(docs)
    assert len({d.id for d in docs}) == len(docs)
    for doc in docs:
        assert doc.title, doc.source
        if not (doc.source or "").split(":")[0].endswith(".jsonl"):
            assert doc.author, doc.source
        assert 100 <= len(doc.text.split()) <= 320, doc.source


def test_samples_cover_four_languages() -> None:
    ident = LanguageIdentifier()
    langs = {ident(d).language for d in sample_docs()}
    assert langs == {"en", "es", "pt", "fr"}


def test_one_sample_body_holds_markup_looking_text() -> None:
    marked = [d for d in sample_docs() if "<script>" in d.text and "onerror=" in d.text]
    assert len(marked) == 1


def test_sample_boilerplate_is_removed() -> None:
    for doc in sample_docs():
        for gone in ("Follow us", "Síguenos", "Copyright", "Lee también", "Note to readers"):
            assert gone not in doc.text, (doc.source, gone)
