"""The feed watcher: poll feeds, skip what the store holds, fetch, extract and store the rest."""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from willay.errors import (
    ConfigError,
    FetchError,
    ForbiddenAddressError,
    InputError,
    WillayError,
)
from willay.ingest.checks import strip_credentials
from willay.model.serialize import parse_published
from willay.sources.feeds import FeedEntry, parse_feed
from willay.sources.fetch import FEED_TYPES, Fetcher
from willay.sources.pages import fetch_document

if TYPE_CHECKING:
    from willay.model.document import Document
    from willay.store import Store

LOG = logging.getLogger("willay.sources.watch")

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = MappingProxyType({"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0})


def parse_interval(text: str) -> float:
    """``"15m"`` -> 900.0 seconds; units s, m, h, d (none = seconds); at least one second."""
    match = _INTERVAL.match(text.lower())
    if not match:
        raise ConfigError(f"{text!r}: not an interval (examples: 90s, 15m, 2h)")
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)]
    if seconds < 1:
        raise ConfigError(f"{text!r}: the interval must be at least one second")
    return seconds


@dataclass
class PollReport:
    """What one poll of every feed did."""

    feeds: int = 0
    entries: int = 0
    seen_url: int = 0
    seen_content: int = 0
    ingested: int = 0
    reports: int = 0
    tallies: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.feeds} feeds, {self.entries} entries: {self.ingested} ingested "
            f"({self.reports} event reports, {self.tallies} tallies), "
            f"{self.seen_url} seen by URL, {self.seen_content} seen by content, "
            f"{len(self.failures)} failed"
        )


def _default_process(doc: Document) -> Document:
    from willay.extract.pipeline import extract

    return extract(doc)


class Watcher:
    """Polls feeds and ingests their new articles into a store.

    An article is skipped when the store holds its URL or a document with the same
    clean view (SHA-256 of that view: the same article under another URL). URLs whose
    page can never be read are remembered for the life of the watcher so that they are
    not fetched at every poll: a refused address, a missing page (404, 410 and other
    client errors but 408/429), another type than HTML, a body over the size limit, too
    many redirects, an unreadable or empty page, and a page whose extraction fails.
    Timeouts, connection errors, the fetch deadline, server errors (5xx) and failures to
    store are retried at the next poll.
    """

    def __init__(
        self,
        feeds: Sequence[str],
        store: Store,
        fetcher: Fetcher,
        *,
        process: Callable[[Document], Document] | None = None,
        log: logging.Logger | None = None,
    ) -> None:
        self.feeds = list(feeds)
        self.store = store
        self.fetcher = fetcher
        self.process = process or _default_process
        self.log = log or LOG
        self._dead_urls: set[str] = set()
        self._duplicate_urls: set[str] = set()

    def poll_once(self) -> PollReport:
        """Poll every feed once and ingest what is new."""
        report = PollReport()
        for feed_url in self.feeds:
            report.feeds += 1
            try:
                feed = self.fetcher.fetch(feed_url, accept=FEED_TYPES)
                entries = parse_feed(feed.content, feed.final_url)
            except WillayError as exc:
                report.failures.append(str(exc))
                self.log.warning("feed failed: %s", exc)
                continue
            report.entries += len(entries)
            for entry in entries:
                self._handle(entry, report)
        self.log.info("poll: %s", report.line())
        return report

    def _handle(self, entry: FeedEntry, report: PollReport) -> None:
        from willay.store import text_hash

        url = entry.url
        # stored URLs keep no credentials: compare without them
        if url in self._duplicate_urls or self.store.has_url(strip_credentials(url)):
            report.seen_url += 1
            return
        if url in self._dead_urls:
            return
        try:
            doc = fetch_document(url, self.fetcher)
        except (ForbiddenAddressError, InputError) as exc:
            self._give_up(url, exc, report)
            return
        except FetchError as exc:
            if exc.permanent:
                self._give_up(url, exc, report)
                return
            report.failures.append(str(exc))
            self.log.warning("will retry: %s", exc)
            return
        if self.store.has_content_hash(text_hash(doc.clean_view)):
            self._duplicate_urls.add(url)
            report.seen_content += 1
            self.log.info("same text as a stored document: %s", url)
            return
        if doc.published is None and entry.published:
            doc.published, doc.published_precision = parse_published(entry.published)
        if doc.title is None and entry.title:
            doc.title = entry.title
        try:
            doc = self.process(doc)
        except WillayError as exc:
            self._give_up(url, exc, report)  # the same page would fail the same way
            return
        try:
            added = self.store.add_document(doc)
        except InputError as exc:  # the store refuses this document for good
            self._give_up(url, exc, report)
            return
        except WillayError as exc:
            report.failures.append(str(exc))
            self.log.warning("failed, will retry: %s", exc)
            return
        report.ingested += 1
        report.reports += added.reports
        report.tallies += added.tallies
        self.log.info("ingested %s (%d event reports): %s", added.doc_id, added.reports, url)

    def _give_up(self, url: str, exc: WillayError, report: PollReport) -> None:
        self._dead_urls.add(url)
        report.failures.append(str(exc))
        self.log.warning("skipped for good: %s", exc)

    def run(
        self,
        every: float,
        *,
        once: bool = False,
        stop: threading.Event | None = None,
        on_poll: Callable[[PollReport], None] | None = None,
    ) -> int:
        """Poll every ``every`` seconds until ``stop`` is set (or once); returns the polls made.

        Ctrl-C (KeyboardInterrupt) between or during polls ends the loop cleanly: what a
        poll stored stays stored, and the next run goes on from there.
        """
        stop = stop or threading.Event()
        polls = 0
        try:
            while not stop.is_set():
                result = self.poll_once()
                polls += 1
                if on_poll is not None:
                    on_poll(result)
                if once or stop.wait(every):
                    break
        except KeyboardInterrupt:
            self.log.info("interrupted after %d polls", polls)
        return polls
