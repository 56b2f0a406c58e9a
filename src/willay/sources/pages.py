"""Web pages to documents: fetch an article URL and read it with the HTML reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

from willay.sources.fetch import HTML_TYPES, Fetcher

if TYPE_CHECKING:
    from willay.model.document import Document


def fetch_document(url: str, fetcher: Fetcher) -> Document:
    """The :class:`Document` of the article at ``url`` (its ``url`` and ``source`` are ``url``).

    Raises FetchError (network, status, type, address) or InputError (unreadable page).
    """
    from willay.ingest import document_from_html

    page = fetcher.fetch(url, accept=HTML_TYPES)
    return document_from_html(page.content, source=url, url=url)
