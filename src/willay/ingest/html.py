"""HTML to Document: decoding by the declared charset, main text and metadata by trafilatura.

Decoding: a byte-order mark, else the charset declared in a ``<meta>`` tag of the first
4 KiB, else UTF-8; bytes invalid in that encoding are an
:class:`~willay.errors.EncodingError` naming the byte offset. Extraction: trafilatura
gives the main text and the metadata (title, author, date, sitename as publisher, URL
from the canonical/og tags); readability-lxml is the fallback when trafilatura finds no
text. The language is the ``<html lang>`` attribute when present (kept as declared).
The extracted text then goes through the plain-text path (boilerplate lines, metadata
guesses for what the page did not declare), so ``raw_offsets`` and ``removed`` refer to
the text extracted from the page, not to the HTML bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

import lxml.html
from lxml import etree

from willay.errors import EmptyInputError, EncodingError, InputError
from willay.ingest.text import document_from_text
from willay.model.document import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SNIFF_BYTES = 4096
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Paragraph-like elements whose text becomes one line in the readability fallback.
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td")


def declared_charset(raw: bytes) -> str | None:
    """The encoding named by a BOM or a ``<meta charset>`` tag, if it is a known codec."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    m = _META_CHARSET.search(raw[:_SNIFF_BYTES])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_html(raw: bytes, source: str) -> str:
    """HTML bytes as text, in the declared charset or UTF-8 (strict)."""
    charset = declared_charset(raw) or "utf-8"
    try:
        return raw.decode(charset)
    except UnicodeDecodeError as exc:
        raise EncodingError(
            source, f"not valid {charset} (declared or default) at byte {exc.start}"
        ) from exc


@dataclass
class PageMeta:
    """Metadata read from the page itself."""

    title: str | None = None
    author: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None


def _html_lang(html: str) -> str | None:
    m = re.search(r"<html\b[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", html,
                  re.I)
    return m.group(1).lower() if m else None


def _trafilatura(html: Any, url: str | None) -> tuple[str, PageMeta]:
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return "", PageMeta()
    data: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    meta = PageMeta(
        title=data.get("title"),
        author=data.get("author"),
        published=data.get("date"),
        publisher=data.get("sitename"),
        url=data.get("url"),
    )
    return data.get("text") or "", meta


def _readability(html: str) -> tuple[str, PageMeta]:
    from readability import Document as Readable

    try:  # readability logs a traceback for unparsable pages: check they parse first
        lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", PageMeta()
    try:
        readable = Readable(html)
        summary = readable.summary(html_partial=True)
        title = readable.short_title() or None
    except Exception:  # readability raises bare Exceptions on unparsable input
        return "", PageMeta()
    try:
        tree = lxml.html.fromstring(summary)
    except (etree.ParserError, ValueError):
        return "", PageMeta()
    lines = []
    for el in tree.iter(*_BLOCKS):
        text = " ".join(el.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines), PageMeta(title=title)


#: Depth of nesting past which the HTML parser (libxml2) drops elements; a page parsed
#: again with its "huge" option may nest up to :data:`MAX_DEPTH` elements.
PARSER_DEPTH = 255
MAX_DEPTH = 2000


class TooDeepError(ValueError):
    """A page nested deeper than :data:`MAX_DEPTH` elements."""


def _depth(tree: Any) -> int:
    """The deepest nesting of elements in a parsed page (one pass, no recursion)."""
    depth = deepest = 0
    for event, _el in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _deep_page(html: str, url: str | None) -> tuple[str, PageMeta]:
    """A page nested deeper than the parser's default limit: parsed again without that
    limit and given to trafilatura as a tree; deeper than :data:`MAX_DEPTH` is refused."""
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return "", PageMeta()
    depth = _depth(tree)
    if depth < PARSER_DEPTH:
        return "", PageMeta()
    if depth >= MAX_DEPTH:
        raise TooDeepError(f"elements nested more than {MAX_DEPTH} deep: the page cannot "
                           "be read")
    return _trafilatura(tree, url)


def extract_html(html: str, url: str | None = None) -> tuple[str, PageMeta]:
    """Main text and page metadata: trafilatura first, readability-lxml when it finds
    nothing, and a parse without the depth limit for a page nested too deep for both."""
    text, meta = _trafilatura(html, url)
    if not text.strip():
        text, fallback = _readability(html)
        meta.title = meta.title or fallback.title
    if not text.strip():
        text, deep = _deep_page(html, url)
        if text.strip():
            meta = deep
    meta.language = _html_lang(html)
    return text, meta


def document_from_html(
    raw: bytes, source: str, url: str | None = None, **meta: Any
) -> Document:
    """A Document from HTML bytes; ``url`` and keyword ``meta`` win over the page's own.

    ``meta`` takes the keys of :func:`~willay.ingest.text.document_from_text` (``id``,
    ``title``, ``published``, ``language`` ...). Raises
    :class:`~willay.errors.EncodingError` for bytes invalid in the page's charset and
    :class:`~willay.errors.EmptyInputError` when no article text can be found (empty or
    truncated HTML).
    """
    html = decode_html(raw, source)
    if not html.strip():
        raise EmptyInputError(source, "empty HTML")
    try:
        text, page = extract_html(html, url)
    except TooDeepError as exc:
        raise InputError(source, str(exc)) from exc
    except (ValueError, etree.LxmlError) as exc:  # parser failures on malformed pages
        raise InputError(source, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from exc
    if not text.strip():
        raise EmptyInputError(source, "no article text found in the HTML (empty or truncated?)")
    found = {
        "url": url or page.url,
        "title": page.title,
        "author": page.author,
        "publisher": page.publisher,
        "published": page.published,
        "language": page.language,
    }
    given = {k: v for k, v in meta.items() if v is not None}
    if "lang" in given:
        given["language"] = given.pop("lang")
    return document_from_text(text, source, **{**found, **given})
