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

#: IPv6 ranges refused by name, whatever the Python version says of them: 6to4 and the
#: NAT64 prefixes carry an IPv4 address (a private one, as likely as any), site-local is
#: the deprecated private range, Teredo tunnels through relays.
_NAMED_RANGES = (
    ("6to4", ipaddress.ip_network("2002::/16")),
    ("site-local", ipaddress.ip_network("fec0::/10")),
    ("NAT64", ipaddress.ip_network("64:ff9b::/96")),
    ("NAT64", ipaddress.ip_network("64:ff9b:1::/48")),
    ("Teredo", ipaddress.ip_network("2001::/32")),
)


def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for ``host`` (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


def forbidden_reason(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched without ``allow_private``, or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return forbidden_reason(address.ipv4_mapped)
        for name, network in _NAMED_RANGES:
            if address in network:
                return name
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


def normalize_host(host: str) -> str:
    """A host as compared with ``--allow-host``: lower case, no brackets or final dot, an
    IP address in its canonical form."""
    host = host.strip().strip("[]").rstrip(".").lower()
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return host


def check_url(url: str, *, allow_private: bool, resolver: Resolver | None = None,
              allow_hosts: frozenset[str] = frozenset()) -> list[str]:
    """Resolve the host of ``url`` and return its addresses; refuse non-public ones.

    Every resolved address is checked: one private address among public ones is enough
    to refuse, since the connection may use any of them. A host named in
    ``allow_hosts`` (see :func:`normalize_host`) may resolve to any address; every other
    host is still checked (``allow_private`` lifts the check for all hosts).
    """
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise FetchError(f"{url}: not a valid URL ({exc})", permanent=True) from exc
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched", permanent=True)
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: the URL has no host", permanent=True)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"{url}: bad port ({exc})", permanent=True) from exc
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addresses = (resolver or system_resolver)(host, port)
        except (OSError, UnicodeError) as exc:
            raise FetchError(f"{url}: cannot resolve host {host!r} ({exc})") from exc
    if not addresses:
        raise FetchError(f"{url}: host {host!r} resolves to no address")
    if allow_private or normalize_host(host) in allow_hosts:
        return addresses
    for text in addresses:
        reason = forbidden_reason(ipaddress.ip_address(text.split("%", 1)[0]))
        if reason:
            raise ForbiddenAddressError(
                f"{url}: refused, host {host!r} resolves to {reason} address {text} "
                f"(use --allow-host {host} to fetch from this host anyway)"
            )
    return addresses
