"""Checks on a document as the reader hands it out: what every store can hold, the same way.

SQLite stores text that PostgreSQL refuses (a NUL character, an id longer than its
column), and a lone surrogate (from a JSON ``\\ud800`` escape) cannot even be encoded.
The reader refuses such a document with an :class:`~willay.errors.InputError` naming the
source and the field, so that ``extract``, ``ingest``, the API and ``watch`` accept the
same inputs whatever the database. A URL keeps no user name or password: credentials
in ``http://user:pw@host/...`` are dropped before the document is stored or served.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from willay.errors import InputError
from willay.model.document import Document

#: Longest document id (the ``documents.id`` column of the store).
MAX_ID_LENGTH = 64
#: Longest language code (the ``documents.language`` column of the store).
MAX_LANGUAGE_LENGTH = 16
#: Fields of a document that are free text.
_TEXT_FIELDS = ("id", "text", "url", "title", "publisher", "author", "language", "source")
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def strip_credentials(url: str) -> str:
    """``url`` without the ``user:password@`` part of its host, if it has one."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def problem(field: str, value: str) -> str | None:
    """Why ``value`` cannot be stored as ``field`` (None when it can)."""
    nul = value.find("\x00")
    if nul >= 0:
        return f"field {field!r} holds a NUL character (at offset {nul}): not text"
    bad = _SURROGATE.search(value)
    if bad:
        return (f"field {field!r} holds a lone surrogate (U+{ord(bad.group(0)):04X} at offset "
                f"{bad.start()}): not valid Unicode text")
    if field == "id":
        if len(value) > MAX_ID_LENGTH:
            return f"field 'id' is {len(value)} characters long (at most {MAX_ID_LENGTH})"
        if _CONTROL.search(value):
            return "field 'id' holds a control character"
    if field == "language" and len(value) > MAX_LANGUAGE_LENGTH:
        return f"field 'language' is longer than {MAX_LANGUAGE_LENGTH} characters"
    return None


def checked_document(doc: Document, source: str) -> Document:
    """``doc`` with credentials dropped from its URLs; raises InputError naming ``source``
    when a field holds what a store cannot keep (see :func:`problem`)."""
    for field in _TEXT_FIELDS:
        value = getattr(doc, field)
        if isinstance(value, str):
            reason = problem(field, value)
            if reason is not None:
                raise InputError(_printable(source), reason)
    if doc.url:
        doc.url = strip_credentials(doc.url)
    if doc.source and "://" in doc.source:
        doc.source = strip_credentials(doc.source)
    return doc


def _printable(source: str) -> str:
    """A source name safe to print in a one-line error."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("?", source))
