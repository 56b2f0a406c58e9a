"""Ingest: files, directories, JSONL records, HTML and standard input to Documents.

Public API::

    read_inputs(paths, settings=None) -> Iterator[Document | InputError]
    document_from_record(record, source) -> Document
    document_from_text(raw, source, **meta) -> Document
    document_from_html(raw, source, url=None, **meta) -> Document
"""

from willay.ingest.html import document_from_html
from willay.ingest.readers import read_inputs
from willay.ingest.record import document_from_record
from willay.ingest.text import document_from_text

__all__ = ["document_from_html", "document_from_record", "document_from_text", "read_inputs"]
