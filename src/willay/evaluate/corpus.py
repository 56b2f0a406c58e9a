"""Reading an evaluation corpus: JSONL records, plain-text or HTML files, or a directory of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from willay.errors import InputError

#: File suffixes read as one document each (the id is the file stem).
FILE_SUFFIXES = MappingProxyType({".txt": "text", ".html": "html", ".htm": "html"})


@dataclass(slots=True)
class CorpusDoc:
    """One input document of the corpus, as an input record of DESIGN.md.

    ``record`` is what :func:`willay.ingest.document_from_record` takes: ``id``, ``text`` or
    ``html``, and optionally ``url``, ``title``, ``published`` and ``lang``. For plain files
    the record holds only ``id`` and the content, so the publication date comes from the
    document itself (byline, dateline).
    """

    id: str
    record: dict[str, Any]
    source: str
    path: Path | None = None  # set for a plain .txt/.html file, None for a JSONL record

    @property
    def text(self) -> str:
        """The raw text (or HTML) of the record."""
        return str(self.record.get("text") or self.record.get("html") or "")

    @property
    def lang(self) -> str | None:
        value = self.record.get("lang")
        return str(value) if value else None


@dataclass(slots=True)
class Corpus:
    """Corpus documents by id, in reading order."""

    docs: dict[str, CorpusDoc] = field(default_factory=dict)

    def add(self, doc: CorpusDoc) -> None:
        if doc.id in self.docs:
            raise InputError(doc.source, f"duplicate document id {doc.id!r}")
        self.docs[doc.id] = doc

    def __len__(self) -> int:
        return len(self.docs)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read corpus file ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "corpus file is not UTF-8") from exc


def _read_jsonl(path: Path, corpus: Corpus) -> None:
    for number, line in enumerate(_read_text(path).splitlines(), start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(source, f"bad JSON ({exc.msg})") from exc
        if not isinstance(record, dict) or "id" not in record:
            raise InputError(source, "corpus record without an id")
        if not (record.get("text") or record.get("html")):
            raise InputError(source, "corpus record without text or html")
        record["id"] = str(record["id"])
        corpus.add(CorpusDoc(id=record["id"], record=record, source=source))


def _read_file(path: Path, corpus: Corpus) -> None:
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        _read_jsonl(path, corpus)
    elif suffix in FILE_SUFFIXES:
        record: dict[str, Any] = {"id": path.stem, FILE_SUFFIXES[suffix]: _read_text(path)}
        corpus.add(CorpusDoc(id=path.stem, record=record, source=str(path), path=path))
    else:
        raise InputError(str(path), "corpus files must be .jsonl, .txt or .html")


def load_corpus(*paths: str | Path) -> Corpus:
    """Read corpus files (.jsonl, .txt, .html) and directories of them.

    A directory is read one level deep and its ``*.gold.jsonl`` files are skipped, so the
    folder that holds a text and its gold can be given as the corpus.
    """
    corpus = Corpus()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            members = sorted(p for p in path.iterdir()
                             if p.is_file() and p.suffix.lower() in {".jsonl", *FILE_SUFFIXES}
                             and not p.name.endswith(".gold.jsonl"))
            for member in members:
                _read_file(member, corpus)
        elif path.exists():
            _read_file(path, corpus)
        else:
            raise InputError(str(path), "corpus path does not exist")
    if not corpus.docs:
        raise InputError(", ".join(str(p) for p in paths), "corpus has no documents")
    return corpus
