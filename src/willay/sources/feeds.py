"""RSS and Atom feeds: the article links of a fetched feed, in feed order (feedparser)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from willay.errors import FetchError


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: the article URL and what the feed says about it."""

    url: str
    title: str | None = None
    published: str | None = None
    entry_id: str | None = None


def _date(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()


def parse_feed(content: bytes, feed_url: str) -> list[FeedEntry]:
    """The entries of an RSS or Atom document; relative links are resolved on ``feed_url``.

    Entries without a link are dropped; a body that is no feed at all raises FetchError.
    """
    parsed = feedparser.parse(content, response_headers={"content-location": feed_url})
    if not parsed.get("version") and not parsed.entries:
        raise FetchError(f"{feed_url}: not an RSS or Atom feed")
    entries: list[FeedEntry] = []
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        entries.append(
            FeedEntry(
                url=urljoin(feed_url, str(link)),
                title=item.get("title"),
                published=_date(item.get("published_parsed") or item.get("updated_parsed")),
                entry_id=item.get("id"),
            )
        )
    return entries
