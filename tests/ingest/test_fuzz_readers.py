"""Property-based tests of the readers: any bytes, any record, any file name give a
Document that every store can hold, or one one-line InputError, and nothing else."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from willay.config import Settings
from willay.errors import InputError
from willay.ingest import document_from_record, read_inputs
from willay.ingest.checks import MAX_ID_LENGTH
from willay.ingest.readers import read_bytes
from willay.model.document import Document

SETTINGS = Settings(max_bytes=20_000)
#: Pieces that make the readers take their different paths: markup, JSON, BOMs, NUL,
#: lone surrogates, control characters, news words.
PIECES = ["<html>", "<p>", "</p>", "<div>" * 3, "<meta charset=latin-1>", "<!--", "{", "}",
          '"text": ', '"id": ', "\n", "\r\n", "\t", "\x00", "\ufeff", "\ud800", "\x1b",
          "By Ana Quispe", "LIMA (Reuters) -", "12 de marzo de 2023", "**", "__", "[x](#)",
          "Protesters marched in Lima on Monday; police detained 12.", "é", "世界", "🙂"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)),
                 max_size=30).map("".join)
raw_bytes = st.one_of(
    st.binary(max_size=400),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    texts.map(lambda t: t.encode("utf-16-le", "surrogatepass")),
    texts.map(lambda t: t.encode("latin-1", "replace")),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)
records = st.fixed_dictionaries({}, optional={
    "id": st.one_of(json_values, st.text(min_size=60, max_size=70)),
    "text": st.one_of(texts, json_values), "html": st.one_of(texts, json_values),
    "url": st.one_of(texts, st.just("http://user:pw@news.example/a"), json_values),
    "title": json_values, "published": st.one_of(texts, json_values, st.just("2023-02-30")),
    "lang": json_values, "publisher": json_values, "author": json_values,
})


def holdable(item: Document | InputError) -> None:
    """A document every store can keep, or a one-line error naming its source."""
    if isinstance(item, InputError):
        assert "\n" not in str(item) and str(item).startswith(item.source)
        return
    assert isinstance(item, Document)
    assert item.text.strip()
    assert 0 < len(item.id) <= MAX_ID_LENGTH
    for value in (item.id, item.text, item.url, item.title, item.publisher, item.author,
                  item.language):
        if value is not None:
            assert "\x00" not in value
            value.encode("utf-8")  # no lone surrogate
    assert item.url is None or "pw@" not in item.url
    for start, length in [(o[0], o[2]) for o in item.raw_offsets]:
        assert 0 <= start <= start + length <= len(item.text)


@given(raw_bytes, st.sampled_from([None, "text", "html", "jsonl"]))
@example(b"\xff\xfe" + "Marcha en Lima.".encode("utf-16-le"), None)
@example(b"<div>" * 3000 + b"<p>Marcha en Lima.</p>", "html")
def test_any_bytes_give_documents_or_one_line_errors(raw: bytes, kind: str | None) -> None:
    for item in read_bytes(raw, "fuzz.in", kind, SETTINGS):
        holdable(item)


@given(records)
@example({"id": "7", "text": "Teachers marched. \ud83d"})
@example({"id": 10**30, "text": "Teachers marched in Lima."})
def test_any_record_gives_a_document_or_one_line_error(record: dict[str, Any]) -> None:
    try:
        doc = document_from_record(record, "fuzz.jsonl:1")
    except InputError as exc:
        holdable(exc)
        return
    holdable(doc)


@given(st.lists(records, min_size=1, max_size=4))
def test_a_jsonl_file_of_any_records_reads_line_by_line(tmp_path_factory: Any,
                                                        rows: list[dict[str, Any]]) -> None:
    path: Path = tmp_path_factory.mktemp("fuzz") / "rows.jsonl"
    lines = [json.dumps(r, ensure_ascii=True, allow_nan=True) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path], SETTINGS))
    assert len(items) == len(rows)
    for item in items:
        holdable(item)
