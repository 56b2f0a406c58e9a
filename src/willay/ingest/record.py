"""JSONL records to Documents: one JSON object per line, as in DESIGN.md.

Fields used: ``id`` (string or integer; else the content hash of the clean view),
``text`` or ``html`` (one is required; ``text`` wins when both are given), ``url``,
``title``, ``publisher``, ``author``, ``published`` (``YYYY-MM-DD``, ``YYYY-MM``,
``YYYY`` or a full ISO timestamp) and ``lang`` (or ``language``). Other fields are
ignored. Record fields win over metadata found in the HTML or guessed from the text;
``defaults`` (the ``--published``/``--url`` options) fill the fields a record leaves empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from willay.errors import EmptyInputError, InputError
from willay.ingest.checks import problem
from willay.ingest.html import document_from_html
from willay.ingest.text import document_from_text
from willay.model.document import Document

_META_FIELDS = ("url", "title", "publisher", "author")


def _record_id(record: dict[str, Any], source: str) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(source, f"field 'id' must be a string or an integer, not {value!r}")
    return str(value)


def document_from_record(record: dict[str, Any], source: str,
                         defaults: Mapping[str, Any] | None = None) -> Document:
    """A Document from one decoded JSONL record; ``source`` names it (``file:line``).

    ``defaults`` gives values for the fields (``published``, ``url``, ...) that the record
    leaves out or empty.

    Raises an :class:`~willay.errors.InputError` subclass naming ``source`` when the record
    has no text, a field of the wrong type, or nothing left after cleaning.
    """
    if not isinstance(record, dict):
        raise InputError(source, f"a record must be a JSON object, not {type(record).__name__}")
    if defaults:
        record = {**record, **{k: v for k, v in defaults.items()
                               if record.get(k) is None or record.get(k) == ""}}
    text = record.get("text")
    html = record.get("html")
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise InputError(source, f"field {key!r} must be a string")
        reason = problem(key, value) if isinstance(value, str) else None
        if reason is not None:  # NUL or a lone surrogate: no store can keep it
            raise InputError(source, reason)
    if not (text and text.strip()) and not (html and html.strip()):
        raise EmptyInputError(source, "record has no 'text' or 'html'")
    meta: dict[str, Any] = {k: record.get(k) for k in _META_FIELDS if record.get(k) is not None}
    for key, value in meta.items():
        if not isinstance(value, str):
            raise InputError(source, f"field {key!r} must be a string, not "
                                     f"{type(value).__name__}")
    meta["id"] = _record_id(record, source)
    meta["published"] = record.get("published")
    meta["language"] = record.get("lang") or record.get("language")
    if text and text.strip():
        return document_from_text(text, source, **meta)
    assert html is not None
    url = meta.pop("url", None)
    return document_from_html(html.encode("utf-8"), source, url=url, **meta)
