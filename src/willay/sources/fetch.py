"""Fetch one URL over HTTP safely: address guard, timeouts, size limit, content type, retries."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from urllib.parse import urljoin

import httpx

from willay import __version__
from willay.config import DEFAULT_MAX_BYTES
from willay.errors import FetchError
from willay.sources.netguard import Resolver, check_url

#: Media types read as web pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Media types read as RSS or Atom feeds.
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
#: Status codes worth another try after a pause.
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def default_user_agent() -> str:
    """The polite User-Agent: names willay, its version and what it does."""
    return f"willay/{__version__} (news event coder; polite, low-rate fetching)"


@dataclass(frozen=True)
class FetchPolicy:
    """How to fetch; every default is the one the CLI uses.

    ``timeout`` is in seconds per request (connect, read, write, pool); ``max_bytes``
    bounds the body; a failed try (timeout, connection error, 429 or 5xx) is retried
    ``retries`` times after ``backoff * 2**n`` seconds (at most ``max_backoff``).
    """

    timeout: float = 20.0
    max_bytes: int = DEFAULT_MAX_BYTES
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = field(default_factory=default_user_agent)


@dataclass(frozen=True)
class FetchResult:
    """A fetched body with where it finally came from."""

    url: str
    final_url: str
    status: int
    content_type: str
    content: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    @property
    def is_feed(self) -> bool:
        return self.content_type in FEED_TYPES


class Fetcher:
    """An HTTP client that applies a :class:`FetchPolicy` to every URL it fetches.

    ``transport`` and ``resolver`` replace the network and the DNS in tests; ``sleep``
    replaces the pause between retries.
    """

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = resolver
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=self.policy.timeout,
            follow_redirects=False,
            headers={"User-Agent": self.policy.user_agent},
            transport=transport,
            trust_env=False,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, accept: tuple[str, ...] = HTML_TYPES + FEED_TYPES) -> FetchResult:
        """Fetch ``url`` (following redirects, each one checked) and return its body.

        Raises :class:`~willay.errors.ForbiddenAddressError` for a non-public address and
        :class:`~willay.errors.FetchError` for everything else that goes wrong.
        """
        current = url
        for _ in range(self.policy.max_redirects + 1):
            check_url(current, allow_private=self.policy.allow_private, resolver=self._resolver)
            status, headers, body = self._get_with_retries(current)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchError(f"{url}: redirect {status} without a Location header")
                current = urljoin(current, location)
                continue
            if status != 200:
                raise FetchError(f"{url}: HTTP status {status}")
            content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if content_type not in accept:
                shown = content_type or "none"
                raise FetchError(f"{url}: unsupported content type {shown!r}")
            return FetchResult(url, current, status, content_type, body)
        raise FetchError(f"{url}: more than {self.policy.max_redirects} redirects")

    def _get_with_retries(self, url: str) -> tuple[int, httpx.Headers, bytes]:
        policy = self.policy
        attempt = 0
        while True:
            try:
                status, headers, body = self._get_once(url)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if attempt >= policy.retries:
                    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
                    raise FetchError(
                        f"{url}: request {kind} after {attempt + 1} tries ({exc})"
                    ) from exc
            else:
                if status not in RETRY_STATUS or attempt >= policy.retries:
                    return status, headers, body
            self._sleep(min(policy.backoff * 2**attempt, policy.max_backoff))
            attempt += 1

    def _get_once(self, url: str) -> tuple[int, httpx.Headers, bytes]:
        limit = self.policy.max_bytes
        with self._client.stream("GET", url) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"{url}: body of {declared} bytes is over the {limit}-byte limit")
            chunks: list[bytes] = []
            size = 0
            if response.status_code == 200:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"{url}: body is over the {limit}-byte limit")
                    chunks.append(chunk)
            return response.status_code, response.headers, b"".join(chunks)


def fetch_url(url: str, policy: FetchPolicy | None = None) -> FetchResult:
    """Fetch one URL with ``policy`` (defaults: public addresses only, 5 MB, 3 retries)."""
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(url)
