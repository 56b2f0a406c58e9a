"""Tests of read_inputs: file kinds, directories, standard input and bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from willay.config import Settings
from willay.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
)
from willay.ingest import read_inputs
from willay.ingest.readers import sniff_kind
from willay.model.document import Document

TEXT = "Nurses March in Ostrava\n\nNurses marched through Ostrava on Friday. They asked for pay."
HTML = (
    "<html><head><title>Bus strike</title></head><body><article><p>Bus drivers in Tarnel "
    "stopped work on Monday morning to demand a new contract, the union said.</p><p>The "
    "city hall said talks would resume on Thursday.</p></article></body></html>"
)


def records(n: int) -> str:
    return "".join(
        json.dumps({"id": f"r{i}", "text": f"Record {i}: students marched in Pella."}) + "\n"
        for i in range(n)
    )


def results(paths: list[str], **kw: object) -> list[Document | InputError]:
    return list(read_inputs(paths, **kw))  # type: ignore[arg-type]


def test_files_by_extension(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text(TEXT.replace("Ostrava", "Brill"), encoding="utf-8")
    (tmp_path / "c.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(records(2), encoding="utf-8")
    out = results([str(tmp_path / n) for n in ("a.txt", "b.md", "c.htm", "d.jsonl")])
    assert all(isinstance(d, Document) for d in out)
    docs = [d for d in out if isinstance(d, Document)]
    assert [d.source for d in docs] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.md"), str(tmp_path / "c.htm"),
        f"{tmp_path / 'd.jsonl'}:1", f"{tmp_path / 'd.jsonl'}:2",
    ]
    assert docs[0].title == "Nurses March in Ostrava"
    assert "Bus drivers in Tarnel" in docs[2].text
    assert [d.id for d in docs[3:]] == ["r0", "r1"]


def test_directory_is_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta text. " + TEXT, encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text("Alpha text. " + TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Top text. " + TEXT, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "README.md").write_text(TEXT, encoding="utf-8")
    out = results([str(tmp_path)])
    names = [Path(d.source or "").relative_to(tmp_path).as_posix() for d in out]
    assert names == ["a.txt", "b/a.txt", "b/z.txt"]
    assert results([str(tmp_path)]) == out  # deterministic, ids included


def test_file_stem_that_looks_like_an_id_is_the_id(tmp_path: Path) -> None:
    (tmp_path / "007_0123456789abcdef.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    out = results([str(tmp_path / "007_0123456789abcdef.txt"), str(tmp_path / "story.txt")])
    assert isinstance(out[0], Document) and out[0].id == "007_0123456789abcdef"
    assert isinstance(out[1], Document) and len(out[1].id) == 16 and out[1].id != "story"


def test_bad_files_yield_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    bad = {
        "empty.txt": (b"", EmptyInputError, "empty input"),
        "blank.txt": (b" \n \n", EmptyInputError, "empty input"),
        "nul.txt": (b"text\x00more", BinaryInputError, "NUL byte at offset 4"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00rest", BinaryInputError, "PNG image"),
        "latin.txt": ("Años de protesta".encode("latin-1"), EncodingError,
                      "not valid UTF-8 at byte 1"),
        "cut.html": (b"<html><head><title>x</title></head><body><div", EmptyInputError,
                     "no article text"),
        "big.txt": (b"x" * 300, TooLargeError, "300 bytes is over the limit of 200"),
    }
    for name, (data, _, _) in bad.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("Miners marched in Sol.", encoding="utf-8")
    out = results([str(tmp_path)], settings=Settings(max_bytes=200))
    by_source = {item.source if isinstance(item, InputError) else "doc": item for item in out}
    assert isinstance(by_source.pop("doc"), Document)
    assert len(by_source) == len(bad)
    for name, (_, error, message) in bad.items():
        err = by_source[str(tmp_path / name)]
        assert type(err) is error, name
        assert message in str(err), (name, str(err))
        assert str(err).startswith(str(tmp_path / name) + ": ")
        assert "\n" not in str(err)


def test_utf16_and_utf8_bom_text(tmp_path: Path) -> None:
    (tmp_path / "u16.txt").write_bytes(TEXT.encode("utf-16"))
    (tmp_path / "bom.txt").write_bytes(TEXT.encode("utf-8-sig"))
    out = results([str(tmp_path / "u16.txt"), str(tmp_path / "bom.txt")])
    assert all(isinstance(d, Document) and d.title == "Nurses March in Ostrava" for d in out)


def test_bad_jsonl_lines_name_file_and_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "ok1", "text": "Farmers marched in Kell."}),
        "{not json",
        "",
        json.dumps({"id": "nothing"}),
        json.dumps({"id": "big", "text": "y" * 400}),
        json.dumps({"id": "ok2", "text": "Farmers marched in Dell."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = results([str(path)], settings=Settings(max_bytes=300))
    assert [d.id for d in out if isinstance(d, Document)] == ["ok1", "ok2"]
    errors = [e for e in out if isinstance(e, InputError)]
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:4", f"{path}:5"]
    assert "not valid JSON" in str(errors[0])
    assert isinstance(errors[1], EmptyInputError)
    assert isinstance(errors[2], TooLargeError)


def test_empty_jsonl_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "e.jsonl").write_text("\n\n", encoding="utf-8")
    out = results([str(tmp_path / "e.jsonl"), str(tmp_path / "nope.txt")])
    assert isinstance(out[0], EmptyInputError)
    assert type(out[1]) is InputError
    assert str(out[1]) == f"{tmp_path / 'nope.txt'}: no such file or directory"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (HTML.encode(), "html"),
        (b"  <!DOCTYPE html><html></html>", "html"),
        (records(2).encode(), "jsonl"),
        (TEXT.encode(), "text"),
        (b"{not json at all", "text"),
    ],
)
def test_sniff_kind(data: bytes, kind: str) -> None:
    assert sniff_kind(data) == kind


def test_standard_input_text_html_and_jsonl() -> None:
    out = results(["-"], stdin=io.BytesIO(TEXT.encode()))
    assert isinstance(out[0], Document) and out[0].source == "<stdin>"
    out = results(["-"], stdin=io.BytesIO(HTML.encode()))
    assert isinstance(out[0], Document) and "Tarnel" in out[0].text
    out = results(["-"], stdin=io.BytesIO(records(3).encode()))
    assert [d.source for d in out] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]


def test_standard_input_errors() -> None:
    out = results(["-"], stdin=io.BytesIO(b""))
    assert isinstance(out[0], EmptyInputError) and out[0].source == "<stdin>"
    out = results(["-"], stdin=io.BytesIO(b"z" * 50), settings=Settings(max_bytes=10))
    assert isinstance(out[0], TooLargeError)


def test_seed_file(seed_path: Path) -> None:
    (doc,) = results([str(seed_path)])
    assert isinstance(doc, Document)
    assert doc.id == "000_eba4030429a9acda"
    assert doc.published is not None and doc.published.isoformat() == "2023-01-13"


# ----------------------------------------------------------------- careless and hostile input
def test_a_named_pipe_in_a_folder_is_an_error_not_a_wait(tmp_path: Path) -> None:
    import os
    import threading

    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")  # nobody ever writes to it
    box: list[list[Document | InputError]] = []
    reader = threading.Thread(
        target=lambda: box.append(list(read_inputs([tmp_path, tmp_path / "b.txt"], Settings()))),
        daemon=True)
    reader.start()
    reader.join(60)  # a bound on the test, not a timing claim
    assert not reader.is_alive(), "reading blocked on the named pipe"
    docs = [d for d in box[0] if isinstance(d, Document)]
    errors = [str(e) for e in box[0] if isinstance(e, InputError)]
    assert len(docs) == 1
    assert len(errors) == 2 and all("a named pipe" in e and "b.txt" in e for e in errors)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(TEXT.encode(encoding))
    (doc,) = read_inputs([path], Settings())
    assert isinstance(doc, Document), doc
    assert "Nurses marched through Ostrava" in doc.text


def test_real_binary_with_nul_bytes_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(bytes(range(256)) * 8)
    (error,) = read_inputs([path], Settings())
    assert isinstance(error, BinaryInputError)


@pytest.mark.parametrize(("record", "message"), [
    ({"id": "x" * 65, "text": TEXT}, "'id' is 65 characters long (at most 64)"),
    ({"id": "a\nb", "text": TEXT}, "'id' holds a control character"),
    ({"text": TEXT + "\u0000"}, "'text' holds a NUL character"),
    ({"text": TEXT, "title": "Nurses\u0000"}, "'title' holds a NUL character"),
    ({"text": TEXT + " \ud83d"}, "'text' holds a lone surrogate (U+D83D"),
    ({"id": "\udc00", "text": TEXT}, "'id' holds a lone surrogate"),
    ({"text": TEXT, "lang": "e" * 17}, "'language' is longer than 16"),
])
def test_every_store_gets_the_same_checked_records(tmp_path: Path, record: dict[str, str],
                                                   message: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")  # \u escapes in the file
    (error,) = read_inputs([path], Settings())
    assert isinstance(error, InputError), error
    assert str(error).startswith(f"{path}:1: ") and message in str(error)
    assert "\n" not in str(error)


def test_an_id_of_64_characters_and_an_integer_id_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x" * 64, "text": TEXT}) + "\n"
                    + json.dumps({"id": 7, "text": TEXT}) + "\n", encoding="utf-8")
    assert [d.id for d in read_inputs([path], Settings())] == ["x" * 64, "7"]


def test_credentials_are_dropped_from_urls(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": TEXT, "url": "https://ana:pw@news.example/a?x=1"})
                    + "\n", encoding="utf-8")
    (doc,) = read_inputs([path], Settings())
    assert isinstance(doc, Document)
    assert doc.url == "https://news.example/a?x=1"
