"""The feed watcher: a feed and pages served on 127.0.0.1 are ingested once, never twice."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sources_httpd import Site

from willay.cli.main import cli
from willay.errors import ConfigError
from willay.sources.fetch import Fetcher, FetchPolicy
from willay.sources.watch import PollReport, Watcher, parse_interval
from willay.store import Store

STORIES = {
    "/news/1": ("Miners block the road to Vado",
                "Hundreds of miners blocked the main road to Vado on Monday, demanding the "
                "reopening of the Lomas mine. Police arrested four people, the union said."),
    "/news/2": ("Teachers strike in Ribera",
                "Teachers in Ribera began an indefinite strike on Tuesday over unpaid wages. "
                "Schools across the province stayed closed, the teachers' union said."),
    "/news/3": ("Students march in Quenta",
                "About two thousand students marched through Quenta on Wednesday against "
                "higher tuition fees. The march ended peacefully, organisers said."),
}


def html(title: str, text: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text}</p></article></body></html>")


def rss(links: list[str]) -> str:
    items = "".join(
        f"<item><title>item {n}</title><link>{link}</link>"
        "<pubDate>Wed, 04 Mar 2026 09:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Valle</title>'
            f"<link>http://valle.test/</link>{items}</channel></rss>")


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        for path, (title, text) in STORIES.items():
            running.add(path, html(title, text))
        # The same article under a second URL: skipped by its content hash.
        running.add("/news/1?ref=feed", html(*STORIES["/news/1"]))
        running.add("/files/scan.pdf", b"%PDF-1.4", content_type="application/pdf")
        links = [*STORIES, "/news/1?ref=feed", "/files/scan.pdf"]
        running.add("/feed.xml", rss(links), content_type="application/rss+xml")
        yield running


def test_a_feed_is_ingested_once(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    with Store(db) as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        watcher = Watcher([site.url("/feed.xml")], store, fetcher)
        first = watcher.poll_once()
        assert first.entries == 5
        assert first.ingested == 3
        assert first.seen_content == 1
        assert len(first.failures) == 1 and "unsupported content type" in first.failures[0]
        assert store.stats().documents == 3
        assert all(store.has_url(site.url(path)) for path in STORIES)

        second = watcher.poll_once()
        assert second.ingested == 0
        assert second.seen_url == 4
        assert store.stats().documents == 3
    assert site.hits["/news/1"] == 1
    assert site.hits["/news/1?ref=feed"] == 1
    assert site.hits["/feed.xml"] == 2


def test_a_new_watcher_on_the_same_database_adds_nothing(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'watch.db'}"
    for _ in range(2):
        with Store(db) as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
            Watcher([site.url("/feed.xml")], store, fetcher).poll_once()
    with Store(db) as store:
        assert store.stats().documents == 3
    assert site.hits["/news/2"] == 1


def test_watch_command_polls_once(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    result = CliRunner().invoke(
        cli, ["watch", site.url("/feed.xml"), "--once", "--allow-private", "--db", db]
    )
    assert result.exit_code == 0, result.output
    assert "stopped after 1 polls" in result.output
    with Store(db) as store:
        assert store.stats().documents == 3


def test_watch_command_refuses_loopback_without_allow_private(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'refused.db'}"
    feed = site.url("/feed.xml")
    result = CliRunner().invoke(cli, ["watch", feed, "--once", "--db", db])
    assert result.exit_code == 0, result.output
    assert "refused" in result.output and "loopback address 127.0.0.1" in result.output
    assert site.hits["/feed.xml"] == 0
    with Store(db) as store:
        assert store.stats().documents == 0


def test_fetch_command_prints_the_output_contract(site: Site) -> None:
    result = CliRunner().invoke(cli, ["fetch", site.url("/news/2"), "--allow-private"])
    assert result.exit_code == 0, result.output
    assert '"url": "' + site.url("/news/2") + '"' in result.output


def test_the_loop_stops_when_asked_and_on_ctrl_c(site: Site, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'loop.db'}"
    stop = threading.Event()
    seen: list[PollReport] = []

    def after_poll(report: PollReport) -> None:
        seen.append(report)
        if len(seen) == 2:
            stop.set()

    def interrupt(report: PollReport) -> None:
        raise KeyboardInterrupt

    with Store(db) as store, Fetcher(FetchPolicy(allow_private=True)) as fetcher:
        watcher = Watcher([site.url("/feed.xml")], store, fetcher)
        assert watcher.run(0.01, stop=stop, on_poll=after_poll) == 2
        assert [r.ingested for r in seen] == [3, 0]
        assert watcher.run(0.01, on_poll=interrupt) == 1


@pytest.mark.parametrize(("text", "seconds"), [("15m", 900.0), ("90s", 90.0), ("2h", 7200.0),
                                               ("1d", 86400.0), ("45", 45.0)])
def test_intervals(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["soon", "0s", "-5m", "15 minutes"])
def test_bad_intervals(text: str) -> None:
    with pytest.raises(ConfigError, match="interval"):
        parse_interval(text)
