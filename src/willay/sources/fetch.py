"""Fetch one URL over HTTP safely: address guard, timeouts, size limit, content type, retries."""

from __future__ import annotations

import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import urljoin

import httpcore
import httpx

from willay import __version__
from willay.config import DEFAULT_MAX_BYTES
from willay.errors import ConfigError, FetchError
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
#: Client-error statuses that may change by themselves (not a permanent failure).
TRY_AGAIN = frozenset({408, 409, 423, 425, 429})


def default_user_agent() -> str:
    """The polite User-Agent: names willay, its version and what it does."""
    return f"willay/{__version__} (news event coder; polite, low-rate fetching)"


@dataclass(frozen=True)
class FetchPolicy:
    """How to fetch; every default is the one the CLI uses.

    ``timeout`` is in seconds per network operation (connect, each read, write, pool);
    ``deadline`` bounds the whole fetch of one URL (redirects, retries, pauses and the
    reading of the body, so a server that sends a byte every few seconds cannot hold the
    fetcher); ``max_bytes`` bounds the body; a failed try (timeout, connection error,
    429 or 5xx) is retried ``retries`` times after ``backoff * 2**n`` seconds (at most
    ``max_backoff``). ``allow_private`` lifts the address guard for every host,
    ``allow_hosts`` only for the hosts it names (see
    :func:`~willay.sources.netguard.check_url`).
    """

    timeout: float = 20.0
    deadline: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    retries: int = 3
    backoff: float = 1.0
    max_backoff: float = 30.0
    max_redirects: int = 5
    allow_private: bool = False
    allow_hosts: frozenset[str] = frozenset()
    user_agent: str = field(default_factory=default_user_agent)

    def __post_init__(self) -> None:
        from willay.sources.netguard import normalize_host

        object.__setattr__(self, "allow_hosts",
                           frozenset(normalize_host(h) for h in self.allow_hosts))
        for name in ("timeout", "deadline"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and 0 < value < float("inf")):
                raise ConfigError(f"{name} must be a positive number of seconds, not {value!r}")
        if not (isinstance(self.max_bytes, int) and self.max_bytes > 0):
            raise ConfigError(f"max_bytes must be a positive number, not {self.max_bytes!r}")
        if not (isinstance(self.retries, int) and self.retries >= 0):
            raise ConfigError(f"retries must be 0 or more, not {self.retries!r}")


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


class _Deadline:
    """The deadline of the fetch under way (None between fetches), read by the sockets."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.at: float | None = None

    def bound(self, timeout: float | None, error: type[Exception]) -> float | None:
        """``timeout`` cut to what is left of the deadline; ``error`` once none is left."""
        if self.at is None:
            return timeout
        left = self.at - self.clock()
        if left <= 0:
            raise error("fetch deadline reached")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A socket whose every read and write ends by the fetch deadline, so that a server
    dripping its headers or body byte by byte cannot hold the fetcher."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: _Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._deadline.bound(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._deadline.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(ssl_context, server_hostname,
                                        self._deadline.bound(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's socket backend with :class:`_DeadlineStream` sockets."""

    def __init__(self, deadline: _Deadline) -> None:
        self._backend = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        stream = self._backend.connect_tcp(
            host, port, self._deadline.bound(timeout, httpcore.ConnectTimeout),
            local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None
                            ) -> httpcore.NetworkStream:
        stream = self._backend.connect_unix_socket(
            path, self._deadline.bound(timeout, httpcore.ConnectTimeout), socket_options)
        return _DeadlineStream(stream, self._deadline)

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _deadline_transport(deadline: _Deadline) -> httpx.BaseTransport:
    """httpx's transport over :class:`_DeadlineBackend` sockets (no proxy, system CAs)."""
    transport = httpx.HTTPTransport(trust_env=False)
    transport._pool = httpcore.ConnectionPool(  # the pool httpx builds, with our sockets
        ssl_context=httpx.create_ssl_context(trust_env=False),
        max_connections=10, max_keepalive_connections=10, keepalive_expiry=5.0,
        network_backend=_DeadlineBackend(deadline))
    return transport


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
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = resolver
        self._sleep = sleep
        self._clock = clock
        self._deadline = _Deadline(clock)
        self._client = httpx.Client(
            timeout=self.policy.timeout,
            follow_redirects=False,
            headers={"User-Agent": self.policy.user_agent},
            transport=transport or _deadline_transport(self._deadline),
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
        policy = self.policy
        deadline = self._clock() + policy.deadline
        self._deadline.at = deadline
        try:
            return self._fetch(url, accept, deadline)
        finally:
            self._deadline.at = None

    def _fetch(self, url: str, accept: tuple[str, ...], deadline: float) -> FetchResult:
        policy = self.policy
        current = url
        for _ in range(policy.max_redirects + 1):
            check_url(current, allow_private=policy.allow_private, resolver=self._resolver,
                      allow_hosts=policy.allow_hosts)
            status, headers, body = self._get_with_retries(current, url, deadline)
            if status in (301, 302, 303, 307, 308):
                location = headers.get("location")
                if not location:
                    raise FetchError(f"{url}: redirect {status} without a Location header",
                                     permanent=True)
                current = urljoin(current, location)
                continue
            if status != 200:
                raise FetchError(f"{url}: HTTP status {status}",
                                 permanent=400 <= status < 500 and status not in TRY_AGAIN)
            content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
            if content_type not in accept:
                shown = content_type or "none"
                raise FetchError(f"{url}: unsupported content type {shown!r}", permanent=True)
            return FetchResult(url, current, status, content_type, body)
        raise FetchError(f"{url}: more than {policy.max_redirects} redirects", permanent=True)

    def _left(self, url: str, deadline: float) -> float:
        """Seconds left before ``deadline``; FetchError once it has passed."""
        left = deadline - self._clock()
        if left <= 0:
            raise FetchError(f"{url}: not fetched within the deadline of "
                             f"{self.policy.deadline:g} s")
        return left

    def _get_with_retries(self, current: str, url: str,
                          deadline: float) -> tuple[int, httpx.Headers, bytes]:
        policy = self.policy
        attempt = 0
        while True:
            try:
                status, headers, body = self._get_once(current, url, deadline)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                self._left(url, deadline)
                if attempt >= policy.retries:
                    kind = "timed out" if isinstance(exc, httpx.TimeoutException) else "failed"
                    raise FetchError(
                        f"{url}: request {kind} after {attempt + 1} tries ({exc})"
                    ) from exc
            else:
                if status not in RETRY_STATUS or attempt >= policy.retries:
                    return status, headers, body
            pause = min(policy.backoff * 2**attempt, policy.max_backoff)
            if pause >= self._left(url, deadline):
                raise FetchError(f"{url}: not fetched within the deadline of "
                                 f"{policy.deadline:g} s (gave up after {attempt + 1} tries)")
            self._sleep(pause)
            attempt += 1

    def _get_once(self, current: str, url: str,
                  deadline: float) -> tuple[int, httpx.Headers, bytes]:
        limit = self.policy.max_bytes
        # no single wait may outlast the deadline either
        timeout = httpx.Timeout(min(self.policy.timeout, self._left(url, deadline)))
        with self._client.stream("GET", current, timeout=timeout) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise FetchError(f"{url}: body of {declared} bytes is over the {limit}-byte "
                                 "limit", permanent=True)
            chunks: list[bytes] = []
            size = 0
            if response.status_code == 200:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(f"{url}: body is over the {limit}-byte limit",
                                         permanent=True)
                    chunks.append(chunk)
                    self._left(url, deadline)
            return response.status_code, response.headers, b"".join(chunks)


def fetch_url(url: str, policy: FetchPolicy | None = None) -> FetchResult:
    """Fetch one URL with ``policy`` (defaults: public addresses only, 5 MB, 3 retries)."""
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(url)
