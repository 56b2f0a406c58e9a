"""Plain text to Document: boilerplate removal, metadata guessed from the text, stable id.

Metadata passed by the caller (JSONL fields, HTML meta tags) wins over what the text
suggests; the text only fills the gaps. The document id is the ``id`` given by the
caller, else ``content_id`` of the clean view, so the same input always gives the same
id. A dateline's day (``La Paz, 3 ago (EFE).-``) refines a publication month given by
the caller. The file readers pass a file's stem as the id when it looks like one
(:func:`id_from_source`).

The Document keeps the text exactly as given (``given_text``) beside the clean view that
the pipeline's components read (``text``); the pipeline's last step maps every span back
and makes the text as given ``Document.text`` (:mod:`willay.model.offsets`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import PurePath
from typing import Any

from willay.errors import EmptyInputError, InputError
from willay.ingest.checks import checked_document
from willay.ingest.meta import text_metadata
from willay.model.document import Document, content_id
from willay.model.serialize import parse_published
from willay.text.clean import clean_text

#: A file stem taken as the document id: ends in 16 to 64 hex digits, optionally after a
#: prefix and "_" or "-" (``000_eba4030429a9acda``, ``d0c5f00d1e2a3b4c``).
ID_STEM = re.compile(r"^(?:[A-Za-z0-9]{1,32}[_-])?[0-9a-f]{16,64}$")

#: Metadata keys accepted by :func:`document_from_text` (``lang`` is an alias of
#: ``language``).
META_KEYS = frozenset(
    {"id", "url", "title", "publisher", "author", "published", "published_precision",
     "language", "lang"}
)


def id_from_source(source: str) -> str | None:
    """The stem of a file name when it looks like an id (see :data:`ID_STEM`), else None."""
    stem = PurePath(source).stem
    return stem if ID_STEM.match(stem) else None


def _published(value: Any, source: str) -> tuple[dt.date | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if isinstance(value, str):
        date, precision = parse_published(value)
        if date is None:
            raise InputError(source, f"bad published date {value!r} (want YYYY-MM-DD or YYYY-MM)")
        return date, precision
    raise InputError(source, f"bad published date {value!r} (want a string)")


def _text_field(meta: dict[str, Any], key: str, source: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(source, f"field {key!r} must be a string, not {type(value).__name__}")
    value = value.strip()
    return value or None


def document_from_text(raw: str, source: str, **meta: Any) -> Document:
    """A Document from plain text; keyword ``meta`` (see :data:`META_KEYS`) wins over guesses.

    Raises :class:`~willay.errors.EmptyInputError` when nothing is left after cleaning and
    :class:`~willay.errors.InputError` for a bad metadata value.
    """
    unknown = set(meta) - META_KEYS
    if unknown:
        raise TypeError(f"unknown metadata keys: {', '.join(sorted(unknown))}")
    if not raw.strip():
        raise EmptyInputError(source, "empty input")
    checked_document(Document(id="-", text=raw), source)  # NUL, lone surrogates
    guessed = text_metadata(raw)
    clean = clean_text(raw, drop=guessed.consumed)
    if not clean.text.strip():
        raise EmptyInputError(source, "no article text left after removing boilerplate")
    published, precision = _published(meta.get("published"), source)
    if published is None:
        published, precision = guessed.published, guessed.published_precision
    elif meta.get("published_precision"):
        precision = str(meta["published_precision"])
    if published is not None and precision == "month" and guessed.dateline_day:
        month, day = guessed.dateline_day
        if month == published.month and day <= calendar.monthrange(published.year, month)[1]:
            published, precision = published.replace(day=day), "day"
    language = _text_field(meta, "language", source) or _text_field(meta, "lang", source)
    doc_id = _text_field(meta, "id", source) or content_id(clean.text)
    return checked_document(Document(
        id=doc_id,
        text=clean.text,
        url=_text_field(meta, "url", source),
        title=_text_field(meta, "title", source) or guessed.title,
        publisher=_text_field(meta, "publisher", source) or guessed.publisher,
        author=_text_field(meta, "author", source) or guessed.author,
        published=published,
        published_precision=precision,
        language=language.lower() if language else None,
        source=source,
        raw_offsets=clean.raw_offsets,
        removed=clean.removed,
        given_text=raw,
    ), source)
