"""Feed entries from RSS and Atom documents written here."""

from __future__ import annotations

import pytest

from willay.errors import FetchError
from willay.sources.feeds import parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valle Gazette</title><link>http://gazette.test/</link>
<item><title>Teachers strike in Lomas</title><link>http://gazette.test/a/1</link>
<guid isPermaLink="false">urn:gazette:1</guid>
<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>No link here</title><description>skipped</description></item>
<item><title>Relative</title><link>/a/2</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ribera Daily</title>
<id>urn:ribera</id><updated>2026-04-01T00:00:00Z</updated>
<entry><title>Road blocked near Ribera</title><id>urn:ribera:7</id>
<link href="http://ribera.test/news/7"/><updated>2026-04-01T08:30:00Z</updated></entry>
</feed>"""


def test_rss_items_with_links_in_order() -> None:
    entries = parse_feed(RSS, "http://gazette.test/feed.xml")
    assert [e.url for e in entries] == ["http://gazette.test/a/1", "http://gazette.test/a/2"]
    first = entries[0]
    assert first.title == "Teachers strike in Lomas"
    assert first.published == "2026-03-03"
    assert first.entry_id == "urn:gazette:1"


def test_atom_entries() -> None:
    (entry,) = parse_feed(ATOM, "http://ribera.test/atom")
    assert entry.url == "http://ribera.test/news/7"
    assert entry.published == "2026-04-01"


def test_a_body_that_is_no_feed_is_an_error() -> None:
    with pytest.raises(FetchError, match=r"http://x.test/f: not an RSS or Atom feed"):
        parse_feed(b"hello world", "http://x.test/f")
