"""Input readers: paths (files, directories, ``-`` for standard input) to Documents or errors.

:func:`read_inputs` never raises for one bad input: it yields an
:class:`~willay.errors.InputError` (naming the file, or ``file:line`` for a JSONL line)
and goes on with the others. Files are read by extension:

- ``.txt``, ``.text``, ``.md``: plain text (UTF-8, a BOM is allowed);
- ``.html``, ``.htm``: HTML (the declared charset is honoured);
- ``.jsonl``: one record per line (see :mod:`willay.ingest.record`);
- any other file named explicitly, and standard input: sniffed (HTML if it starts with
  a tag, JSONL if its first line is a JSON object, else plain text).

Directories are walked recursively in sorted order; hidden files, files with other
extensions and documentation files (``README*``, ``LICENSE*``, ``CHANGELOG*``) are
skipped there (name one explicitly to read it). A text or HTML file whose stem looks like an id
(``000_eba4030429a9acda``, see :data:`~willay.ingest.text.ID_STEM`) keeps it as the
document id; other inputs without an id get the content hash of their clean view.

``meta`` (``published``, ``url``: the ``--published`` and ``--url`` options) is metadata
given by the caller: it wins over what a text or HTML input says of itself, and fills
only the fields that a JSONL record leaves empty (a record's own values win).
"""

from __future__ import annotations

import codecs
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from willay.config import Settings
from willay.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
)
from willay.ingest.html import document_from_html
from willay.ingest.record import document_from_record
from willay.ingest.text import document_from_text, id_from_source
from willay.model.document import Document

TEXT_EXTENSIONS = frozenset({".txt", ".text", ".md"})
HTML_EXTENSIONS = frozenset({".html", ".htm"})
JSONL_EXTENSIONS = frozenset({".jsonl"})
#: Name used for standard input in errors and ``Document.source``.
STDIN_NAME = "<stdin>"

#: Leading bytes of common binary formats, with the name used in errors.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF (WebP/WAV) file"),
    (b"\x7fELF", "an executable"),
)
_SNIFF = 8192
#: Name starts of documentation files that directory walks skip.
_DOC_FILES = ("README", "LICENSE", "CHANGELOG")


def check_bytes(raw: bytes, source: str) -> None:
    """Raise EmptyInputError or BinaryInputError when ``raw`` is not text worth reading."""
    if not raw.strip():
        raise EmptyInputError(source, "empty input")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise BinaryInputError(source, f"binary data ({what}), not text")
    head = raw[:_SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or utf16_without_bom(raw):
        return
    nul = head.find(b"\x00")
    if nul >= 0:
        raise BinaryInputError(source, f"binary data (NUL byte at offset {nul}), not text")


def utf16_without_bom(raw: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for UTF-16 text without a byte-order mark.

    Text in a Latin script written as UTF-16 has a zero byte in most of its pairs, all
    on the same side (the high byte of each character); the whole text must decode.
    """
    head = raw[:_SNIFF]
    if len(head) < 4 or len(raw) % 2:
        return None
    pairs = len(head) // 2
    for encoding, side in (("utf-16-le", 1), ("utf-16-be", 0)):
        zeros = head[side::2].count(0)
        other = head[1 - side::2].count(0)
        if zeros * 10 >= pairs * 6 and other * 20 <= pairs:
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def decode_text(raw: bytes, source: str) -> str:
    """Plain-text bytes as str: UTF-8 (with or without BOM), or UTF-16 with a BOM or
    without one (see :func:`utf16_without_bom`)."""
    bomless = None if raw.startswith(codecs.BOM_UTF8) else utf16_without_bom(raw)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif bomless:
        encoding = bomless
    elif raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingError(source, f"not valid UTF-8 at byte {exc.start}") from exc


def sniff_kind(raw: bytes) -> str:
    """``"html"``, ``"jsonl"`` or ``"text"`` for bytes of unknown type."""
    head = raw[:_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article",
                        b"<p>", b"<div", b"<meta", b"<!--")):
        return "html"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


def _too_large(size: int, source: str, settings: Settings) -> TooLargeError | None:
    if size > settings.max_bytes:
        return TooLargeError(
            source, f"{size} bytes is over the limit of {settings.max_bytes} (WILLAY_MAX_BYTES)"
        )
    return None


def _document(raw: bytes, kind: str, source: str, doc_id: str | None,
              meta: Mapping[str, Any] | None = None) -> Document:
    """One text or HTML document from bytes (raises InputError); ``meta`` wins over the
    metadata found in the input."""
    check_bytes(raw, source)
    given = dict(meta or {})
    if kind == "html":
        return document_from_html(raw, source, url=given.pop("url", None), id=doc_id, **given)
    return document_from_text(decode_text(raw, source), source, id=doc_id, **given)


def _read_jsonl_lines(
    lines: Iterable[bytes], name: str, settings: Settings,
    meta: Mapping[str, Any] | None = None,
) -> Iterator[Document | InputError]:
    seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen = True
        source = f"{name}:{number}"
        error = _too_large(len(line), source, settings)
        if error:
            yield error
            continue
        try:
            check_bytes(line, source)
            text = decode_text(line, source)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(
                    source, f"not valid JSON ({exc.msg} at column {exc.colno})"
                ) from exc
            yield document_from_record(record, source, defaults=meta)
        except InputError as exc:
            yield exc
    if not seen:
        yield EmptyInputError(name, "empty input")


def read_bytes(
    raw: bytes, name: str, kind: str | None = None, settings: Settings | None = None,
    meta: Mapping[str, Any] | None = None,
) -> Iterator[Document | InputError]:
    """Documents or errors from bytes already in memory (``kind`` sniffed when None)."""
    settings = settings or Settings.from_env()
    kind = kind or sniff_kind(raw)
    if kind == "jsonl":
        yield from _read_jsonl_lines(raw.splitlines(keepends=True), name, settings, meta)
        return
    error = _too_large(len(raw), name, settings)
    if error:
        yield error
        return
    try:
        yield _document(raw, kind, name, None, meta)
    except InputError as exc:
        yield exc


def _kind_of(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_EXTENSIONS:
        return "text"
    if suffix in HTML_EXTENSIONS:
        return "html"
    if suffix in JSONL_EXTENSIONS:
        return "jsonl"
    return None


def read_file(
    path: Path, settings: Settings, kind: str | None = None,
    meta: Mapping[str, Any] | None = None,
) -> Iterator[Document | InputError]:
    """Documents or errors from one file (``kind`` from the extension, else sniffed)."""
    source = str(path)
    kind = kind or _kind_of(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # a named pipe, socket or device would block or never end: not read
            yield InputError(source, f"not a regular file ({_file_type(status.st_mode)}); "
                                     "pipe its content to '-' to read it")
            return
        size = status.st_size
        if kind == "jsonl":
            with path.open("rb") as handle:
                yield from _read_jsonl_lines(handle, source, settings, meta)
            return
        error = _too_large(size, source, settings)
        if error:
            yield error
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    if kind is None:
        kind = sniff_kind(raw)
        if kind == "jsonl":
            yield from read_bytes(raw, source, "jsonl", settings, meta)
            return
    try:
        yield _document(raw, kind, source, id_from_source(source), meta)
    except InputError as exc:
        yield exc


def _file_type(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a plain file"


def walk(directory: Path) -> list[Path]:
    """Readable input files under ``directory``, recursively, in sorted order."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(root) / name
            if (
                not name.startswith(".")
                and not name.upper().startswith(_DOC_FILES)
                and _kind_of(path) is not None
            ):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    settings: Settings | None = None,
    stdin: BinaryIO | None = None,
    meta: Mapping[str, Any] | None = None,
) -> Iterator[Document | InputError]:
    """Documents (or one InputError per bad input) from files, directories and ``-``.

    ``stdin`` replaces standard input for ``-`` (tests pass a ``BytesIO``); ``meta``
    (``published``, ``url``) is metadata given by the caller (see the module docstring).
    """
    settings = settings or Settings.from_env()
    for item in paths:
        name = os.fspath(item)
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            raw = stream.read(settings.max_bytes + 1)
            if len(raw) > settings.max_bytes and sniff_kind(raw) != "jsonl":
                yield TooLargeError(
                    STDIN_NAME, f"over the limit of {settings.max_bytes} bytes (WILLAY_MAX_BYTES)"
                )
                continue
            raw += stream.read()
            yield from read_bytes(raw, STDIN_NAME, None, settings, meta)
            continue
        path = Path(name)
        if path.is_dir():
            for file in walk(path):
                yield from read_file(file, settings, meta=meta)
        elif path.exists():
            yield from read_file(path, settings, meta=meta)
        else:
            yield InputError(name, "no such file or directory")
