"""Hostile and broken servers: a slow drip, a missing page, an address opened by name.

The servers listen on 127.0.0.1 (port 0) and are reached with ``--allow-host
127.0.0.1`` or ``allow_private``; every fetch runs in a thread joined with a generous
bound, so a fetcher that does not stop fails the test instead of hanging it.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from sources_httpd import Site

from willay.cli.main import cli
from willay.errors import ConfigError, FetchError, ForbiddenAddressError
from willay.sources.fetch import Fetcher, FetchPolicy
from willay.sources.netguard import check_url, forbidden_reason
from willay.sources.pages import fetch_document
from willay.sources.watch import Watcher
from willay.store import Store

PAGE = ("<html><head><title>Vado</title></head><body><article><p>Hundreds of farmers "
        "marched in Vado on Monday against the new water tariff, the union said.</p>"
        "</article></body></html>")
#: Longest a test waits for a fetch that should stop by its deadline (not a timing claim).
BOUND = 60.0


class DripServer:
    """Answers every connection by writing ``head`` slowly, then the body one byte per
    ``interval`` seconds, for as long as the client listens."""

    def __init__(self, head: bytes, body: bytes, interval: float, drip_head: bool) -> None:
        self.head, self.body, self.interval, self.drip_head = head, body, interval, drip_head
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        self.connections = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/slow"

    def serve(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(4096)
                data = (self.head if self.drip_head else b"") + self.body * 1000
                if not self.drip_head:
                    conn.sendall(self.head)
                for i in range(len(data)):
                    if self.stop.wait(self.interval):
                        return
                    conn.sendall(data[i:i + 1])
            except OSError:
                return

    def __enter__(self) -> DripServer:
        threading.Thread(target=self.serve, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.sock.close()


def run_bounded(func: Callable[[], object]) -> BaseException | object:
    """``func()`` in a thread, joined within :data:`BOUND`; its result or exception."""
    box: list[object] = []

    def target() -> None:
        try:
            box.append(func())
        except BaseException as exc:  # handed back to the test
            box.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(BOUND)
    assert not thread.is_alive(), "the fetch did not stop by its deadline"
    return box[0]


@pytest.mark.parametrize("drip_head", [False, True], ids=["body", "headers"])
def test_a_dripping_server_is_dropped_at_the_deadline(drip_head: bool) -> None:
    # a head of 3 KB dripped at 20 bytes a second would take minutes without a deadline
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n"
            b"X-Pad: " + b"a" * 3000 + b"\r\n\r\n")
    policy = FetchPolicy(allow_hosts=frozenset({"127.0.0.1"}), timeout=5, deadline=1.5,
                         retries=3)
    with DripServer(head, b"<p>slow</p>", 0.05, drip_head) as server, \
            Fetcher(policy, sleep=lambda s: None) as fetcher:
        started = time.monotonic()
        outcome = run_bounded(lambda: fetcher.fetch(server.url))
        spent = time.monotonic() - started
    assert isinstance(outcome, FetchError), outcome
    assert "deadline of 1.5 s" in str(outcome)
    assert not outcome.permanent  # a slow server may be quick at the next poll
    assert spent < BOUND


def test_the_deadline_also_bounds_retries(tmp_path: Path) -> None:
    ticks = iter(range(0, 1000, 7))
    with Site() as site:
        url = site.add("/down", PAGE, fail_first=100)
        policy = FetchPolicy(allow_private=True, deadline=20, retries=10, backoff=1)
        with Fetcher(policy, sleep=lambda s: None, clock=lambda: float(next(ticks))) as f, \
                pytest.raises(FetchError, match="deadline of 20 s"):
            f.fetch(url)
        assert site.hits["/down"] < 10


def test_allow_host_opens_that_host_only() -> None:
    addresses = {"feed.lan": ["192.168.1.20"], "metadata.lan": ["169.254.169.254"]}

    def resolver(host: str, port: int) -> list[str]:
        return addresses[host]

    opened = frozenset({"feed.lan", "127.0.0.1"})
    assert check_url("http://feed.lan/rss", allow_private=False, resolver=resolver,
                     allow_hosts=opened) == ["192.168.1.20"]
    assert check_url("http://127.0.0.1:8000/", allow_private=False, allow_hosts=opened)
    for url in ("http://metadata.lan/latest", "http://169.254.169.254/latest",
                "http://[::1]/", "http://127.0.0.2/"):
        with pytest.raises(ForbiddenAddressError, match="--allow-host"):
            check_url(url, allow_private=False, resolver=resolver, allow_hosts=opened)
    # names are compared as hosts: case, brackets and a final dot do not matter
    policy = FetchPolicy(allow_hosts=frozenset({"FEED.lan.", "[::1]"}))
    assert policy.allow_hosts == {"feed.lan", "::1"}


def test_a_redirect_from_an_opened_host_to_another_private_one_is_refused() -> None:
    addresses = {"feed.lan": ["192.168.1.20"], "metadata.lan": ["169.254.169.254"]}
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://metadata.lan/keys"})

    fetcher = Fetcher(FetchPolicy(allow_hosts=frozenset({"feed.lan"})),
                      transport=httpx.MockTransport(handler),
                      resolver=lambda host, port: addresses[host])
    with fetcher, pytest.raises(ForbiddenAddressError, match=r"169\.254\.169\.254"):
        fetcher.fetch("http://feed.lan/story")
    assert sent == ["http://feed.lan/story"]


@pytest.mark.parametrize(("address", "reason"), [
    ("2002:7f00:1::", "6to4"),          # 6to4 of 127.0.0.1
    ("2002:a00:1::1", "6to4"),          # 6to4 of 10.0.0.1
    ("fec0::1", "site-local"),
    ("64:ff9b::a9fe:a9fe", "NAT64"),    # NAT64 of 169.254.169.254
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"),
])
def test_ipv6_ranges_that_carry_or_reach_private_addresses_are_refused(
        address: str, reason: str) -> None:
    assert forbidden_reason(ipaddress.ip_address(address)) == reason


def test_bad_policies_are_one_line_errors() -> None:
    for kwargs in ({"timeout": 0}, {"deadline": -1}, {"deadline": float("nan")},
                   {"max_bytes": 0}, {"retries": -1}):
        with pytest.raises(ConfigError):
            FetchPolicy(**kwargs)  # type: ignore[arg-type]


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def test_which_failures_are_permanent(site: Site) -> None:
    site.add("/page", PAGE)
    site.add("/gone", PAGE, status=410)
    site.add("/busy", PAGE, status=429)
    site.add("/scan.pdf", b"%PDF-1.4", content_type="application/pdf")
    site.add("/down", PAGE, fail_first=100)
    outcomes = {}
    with Fetcher(FetchPolicy(allow_private=True, retries=0)) as fetcher:
        for path in ("/missing", "/gone", "/busy", "/scan.pdf", "/down"):
            with pytest.raises(FetchError) as caught:
                fetcher.fetch(site.url(path))
            outcomes[path] = caught.value.permanent
        with pytest.raises(FetchError) as caught:
            fetcher.fetch("http://[::1")
        assert caught.value.permanent
    assert outcomes == {"/missing": True, "/gone": True, "/busy": False, "/scan.pdf": True,
                        "/down": False}


def _rss(links: list[str]) -> str:
    items = "".join(f"<item><title>t{n}</title><link>{link}</link></item>"
                    for n, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>c</title>{items}</channel></rss>'


def test_watch_remembers_permanent_failures_and_retries_the_others(site: Site,
                                                                    tmp_path: Path) -> None:
    site.add("/news/ok", PAGE)
    site.add("/scan.pdf", b"%PDF-1.4", content_type="application/pdf")
    site.add("/news/flaky", PAGE.replace("Vado", "Ribera"), fail_first=1)
    links = ["/news/ok", "/news/missing", "/scan.pdf", "/news/flaky"]
    site.add("/feed.xml", _rss([site.url(p) for p in links]),
             content_type="application/rss+xml")
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, \
            Fetcher(FetchPolicy(allow_private=True, retries=0)) as fetcher:
        watcher = Watcher([site.url("/feed.xml")], store, fetcher)
        first = watcher.poll_once()
        second = watcher.poll_once()
        third = watcher.poll_once()
    assert first.ingested == 1 and len(first.failures) == 3
    assert second.ingested == 1 and second.failures == []  # the 503 was retried
    assert third.ingested == 0 and third.failures == []
    assert site.hits["/news/missing"] == 1 and site.hits["/scan.pdf"] == 1
    assert site.hits["/news/flaky"] == 2


def test_credentials_in_a_url_are_not_stored(site: Site, tmp_path: Path) -> None:
    site.add("/news/1", PAGE)
    url = site.url("/news/1").replace("http://", "http://editor:s3cret@")
    with Fetcher(FetchPolicy(allow_hosts=frozenset({"127.0.0.1"}))) as fetcher:
        doc = fetch_document(url, fetcher)
    assert doc.url == site.url("/news/1") and doc.source == site.url("/news/1")
    with Store(f"sqlite:///{tmp_path / 'c.db'}") as store:
        store.add_document(doc)
        assert store.has_url(site.url("/news/1"))


def test_fetch_command_takes_allow_host_and_deadline(site: Site) -> None:
    url = site.add("/news/1", PAGE)
    refused = CliRunner().invoke(cli, ["fetch", url])
    assert refused.exit_code == 1 and "--allow-host 127.0.0.1" in refused.output
    result = CliRunner().invoke(cli, ["fetch", url, "--allow-host", "127.0.0.1",
                                      "--deadline", "30"])
    assert result.exit_code == 0, result.output
    assert '"events"' in result.output
    bad = CliRunner().invoke(cli, ["fetch", url, "--deadline", "0"])
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_watch_finds_a_stored_url_that_carried_credentials(site: Site, tmp_path: Path) -> None:
    site.add("/news/ok", PAGE)
    link = site.url("/news/ok").replace("http://", "http://reader:pw@")
    site.add("/feed.xml", _rss([link]), content_type="application/rss+xml")
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store, \
            Fetcher(FetchPolicy(allow_hosts=frozenset({"127.0.0.1"}))) as fetcher:
        watcher = Watcher([site.url("/feed.xml")], store, fetcher)
        assert watcher.poll_once().ingested == 1
        assert watcher.poll_once().seen_url == 1
    assert site.hits["/news/ok"] == 1
