"""Safe fetching: address guard, redirects, retries, size and type limits (servers on 127.0.0.1)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

import httpx
import pytest
from sources_httpd import Site

from willay import __version__
from willay.errors import FetchError, ForbiddenAddressError
from willay.sources.fetch import Fetcher, FetchPolicy, default_user_agent, fetch_url
from willay.sources.netguard import check_url, forbidden_reason

PAGE = "<html><head><title>Vado</title></head><body><p>Farmers marched in Vado.</p></body></html>"


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as running:
        yield running


def local(**kwargs: object) -> FetchPolicy:
    """A policy for the test servers: loopback allowed explicitly, no real waiting."""
    return FetchPolicy(allow_private=True, **kwargs)  # type: ignore[arg-type]


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.url}")


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.9", "private"),
        ("172.16.5.5", "private"),
        ("169.254.169.254", "link-local"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "not globally routable"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:10.0.0.1", "private"),
    ],
)
def test_non_public_addresses_are_named(address: str, reason: str) -> None:
    got = forbidden_reason(ipaddress.ip_address(address))
    assert got is not None
    assert reason in got or got in {"private", "reserved"}


def test_public_address_is_allowed() -> None:
    assert forbidden_reason(ipaddress.ip_address("93.184.216.34")) is None
    assert forbidden_reason(ipaddress.ip_address("2606:4700::1111")) is None


def test_loopback_url_is_refused_with_a_clear_message(site: Site) -> None:
    url = site.add("/a", PAGE)
    with Fetcher(FetchPolicy()) as fetcher, pytest.raises(ForbiddenAddressError) as caught:
        fetcher.fetch(url)
    message = str(caught.value)
    assert message.startswith(url)
    assert "loopback address 127.0.0.1" in message
    assert "--allow-host 127.0.0.1" in message
    assert "\n" not in message
    assert site.hits["/a"] == 0


def test_every_resolved_address_is_checked() -> None:
    def resolver(host: str, port: int) -> list[str]:
        return ["93.184.216.34", "10.0.0.7"]

    with pytest.raises(ForbiddenAddressError, match=r"private address 10\.0\.0\.7"):
        check_url("http://news.invalid/a", allow_private=False, resolver=resolver)
    fetcher = Fetcher(FetchPolicy(), transport=httpx.MockTransport(no_network), resolver=resolver)
    with fetcher, pytest.raises(ForbiddenAddressError):
        fetcher.fetch("https://news.invalid/a")


def test_redirect_to_a_private_host_is_refused() -> None:
    addresses = {"news.invalid": ["93.184.216.34"], "intranet.invalid": ["192.168.1.5"]}
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(302, headers={"Location": "http://intranet.invalid/admin"})

    fetcher = Fetcher(
        FetchPolicy(),
        transport=httpx.MockTransport(handler),
        resolver=lambda host, port: addresses[host],
    )
    with fetcher, pytest.raises(ForbiddenAddressError, match=r"192\.168\.1\.5"):
        fetcher.fetch("http://news.invalid/story")
    assert sent == ["http://news.invalid/story"]


def test_other_schemes_are_refused() -> None:
    with pytest.raises(FetchError, match="only http and https"):
        check_url("file:///etc/hosts", allow_private=True)


def test_page_is_fetched_with_a_polite_user_agent(site: Site) -> None:
    url = site.add("/story", PAGE)
    result = fetch_url(url, local())
    assert result.content == PAGE.encode()
    assert result.is_html and result.status == 200 and result.final_url == url
    assert site.user_agents == [default_user_agent()]
    assert f"willay/{__version__}" in site.user_agents[0]


def test_redirects_are_followed_and_checked(site: Site) -> None:
    target = site.add("/new", PAGE)
    start = site.add("/old", "", status=301, headers={"Location": "/new"})
    result = fetch_url(start, local())
    assert result.final_url == target
    assert site.hits["/old"] == 1 and site.hits["/new"] == 1


def test_server_errors_are_retried_with_exponential_backoff(site: Site) -> None:
    url = site.add("/flaky", PAGE, fail_first=2)
    pauses: list[float] = []
    with Fetcher(local(backoff=0.5), sleep=pauses.append) as fetcher:
        result = fetcher.fetch(url)
    assert result.content == PAGE.encode()
    assert site.hits["/flaky"] == 3
    assert pauses == [0.5, 1.0]


def test_retries_give_up_with_the_status(site: Site) -> None:
    url = site.add("/down", PAGE, fail_first=10)
    pauses: list[float] = []
    with Fetcher(local(retries=2), sleep=pauses.append) as fetcher, pytest.raises(
        FetchError, match="HTTP status 503"
    ):
        fetcher.fetch(url)
    assert site.hits["/down"] == 3
    assert len(pauses) == 2


def test_timeouts_are_retried_then_reported(site: Site) -> None:
    url = site.add("/slow", PAGE, delay=1.0)
    with Fetcher(local(timeout=0.2, retries=1), sleep=lambda s: None) as fetcher, pytest.raises(
        FetchError, match="timed out after 2 tries"
    ):
        fetcher.fetch(url)


def test_body_over_the_size_limit_is_refused(site: Site) -> None:
    url = site.add("/big", "<p>" + "x" * 5000 + "</p>")
    with pytest.raises(FetchError, match="over the 1000-byte limit"):
        fetch_url(url, local(max_bytes=1000))


def test_unsupported_content_type_is_refused(site: Site) -> None:
    url = site.add("/photo.png", b"\x89PNG\r\n", content_type="image/png")
    with pytest.raises(FetchError, match="unsupported content type 'image/png'"):
        fetch_url(url, local())


def test_not_found_is_an_error(site: Site) -> None:
    with pytest.raises(FetchError, match="HTTP status 404"):
        fetch_url(site.url("/missing"), local())
