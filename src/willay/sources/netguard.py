"""Address guard: refuse URLs whose host resolves to private, loopback or non-public addresses."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from willay.errors import FetchError, ForbiddenAddressError

#: ``resolver(host, port) -> addresses``; the default asks the system resolver.
Resolver = Callable[[str, int], list[str]]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def forbidden_reason(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched without ``allow_private``, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return forbidden_reason(address.ipv4_mapped)
    checks = (
        ("loopback", address.is_loopback),
        ("private", address.is_private),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("unspecified", address.is_unspecified),
        ("not globally routable", not address.is_global),
    )
    for name, hit in checks:
        if hit:
            return name
    return None


def check_url(url: str, *, allow_private: bool, resolver: Resolver | None = None) -> list[str]:
    """Resolve the host of ``url`` and return its addresses; refuse non-public ones.

    Every resolved address is checked: one private address among public ones is enough
    to refuse, since the connection may use any of them.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: the URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"{url}: bad port ({exc})") from exc
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = (resolver or system_resolver)(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"{url}: cannot resolve host {host!r} ({exc})") from exc
    if not addresses:
        raise FetchError(f"{url}: host {host!r} resolves to no address")
    if allow_private:
        return addresses
    for text in addresses:
        reason = forbidden_reason(ipaddress.ip_address(text.split("%", 1)[0]))
        if reason:
            raise ForbiddenAddressError(
                f"{url}: refused, host {host!r} resolves to {reason} address {text} "
                "(use --allow-private to fetch it anyway)"
            )
    return addresses
