"""Security middleware: a Host allow-list, Content-Security-Policy and other headers, and a
request size limit.

Pure ASGI (no buffering of responses): headers are added to every response; a request
whose ``Host`` is not allowed is answered 400 (a page on another site that rebinds its
DNS name to this address cannot read the dashboard); a URL holding a NUL character is
answered 400 (no database takes it); a request whose declared or streamed body exceeds
``max_body_bytes`` is answered 413 before the application reads it all.
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: Largest request body accepted by default (bytes): a long article in JSON fits easily.
DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024


def tile_origin(tile_url: str | None) -> str | None:
    """The ``scheme://host[:port]`` of a tile URL template, for the CSP ``img-src`` list.

    ``https://{s}.tile.example.org/{z}/{x}/{y}.png`` gives ``https://*.tile.example.org``
    (Leaflet's ``{s}`` sub-domain placeholder becomes a wildcard).
    """
    if not tile_url:
        return None
    parts = urlsplit(tile_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc
    if host.startswith("{s}."):
        host = "*." + host[4:]
    if "{" in host or "}" in host:
        return None
    return f"{parts.scheme}://{host}"


def content_security_policy(tile_url: str | None = None) -> str:
    """The CSP of every response: scripts and styles from this origin only, no inline script.

    Inline ``style`` *attributes* are allowed (``style-src-attr``) because Leaflet positions
    its panes with them; scripts never run inline, ``eval`` is off, and nothing is framed.
    """
    img = ["'self'", "data:"]
    origin = tile_origin(tile_url)
    if origin:
        img.append(origin)
    directives = [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src " + " ".join(img),
        "connect-src 'self'",
        "font-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ]
    return "; ".join(directives)


#: Host names always served by default: this machine.
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
#: Bind addresses that listen on every interface.
WILDCARD_BINDS = frozenset({"0.0.0.0", "::", ""})


class HostPolicy:
    """Which ``Host`` headers are served: names (``news.example.org``), sub-domain patterns
    (``*.example.org``) and, with ``any_ip``, every IP address literal (a DNS-rebinding
    page always comes with a name of its own, never with an address)."""

    def __init__(self, hosts: Iterable[str], *, any_ip: bool = False) -> None:
        self.names = {_host_name(h) for h in hosts if not h.startswith("*.")}
        self.suffixes = tuple(h[1:].lower() for h in hosts if h.startswith("*."))
        self.any_ip = any_ip

    @classmethod
    def for_bind(cls, bind: str, extra: Iterable[str] = ()) -> HostPolicy:
        """The default: localhost, the bind address, and ``extra``; every IP literal too
        when the server listens on all interfaces."""
        return cls([*LOCAL_HOSTS, bind, *extra], any_ip=bind.strip("[]") in WILDCARD_BINDS)

    def allows(self, host_header: str) -> bool:
        name = _host_name(host_header, strip_port=True)
        if name in self.names or any(name.endswith(s) for s in self.suffixes):
            return True
        if self.any_ip:
            try:
                ipaddress.ip_address(name)
            except ValueError:
                return False
            return True
        return False


def _host_name(host: str, strip_port: bool = False) -> str:
    """``host`` lower-cased, without port, brackets or final dot."""
    host = host.strip().lower()
    if strip_port:
        if host.startswith("["):
            host = host[1:].split("]", 1)[0]
        elif host.count(":") == 1:
            host = host.split(":", 1)[0]
    return host.strip("[]").rstrip(".")


class SecurityMiddleware:
    """Checks the Host and the URL, adds security headers to every HTTP response and
    rejects oversized request bodies. ``hosts`` None serves every Host (an application
    embedded elsewhere); :func:`willay.api.server.serve` always passes a policy."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
                 tile_url: str | None = None, hosts: HostPolicy | None = None) -> None:
        self.app = app
        self.hosts = hosts
        self.max_body_bytes = max_body_bytes
        self.headers: list[tuple[bytes, bytes]] = [
            (b"content-security-policy", content_security_policy(tile_url).encode("latin-1")),
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"permissions-policy", b"geolocation=(), camera=(), microphone=()"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        host = _header(scope, b"host")
        if self.hosts is not None and host is not None and not self.hosts.allows(host):
            shown = host[:100]
            await self._refuse(send, 400, f"host {shown!r} is not served here (the operator "
                                          f"can allow it: willay serve --allow-host NAME)")
            return
        if "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"").lower():
            await self._refuse(send, 400, "a NUL character in the URL")
            return

        declared = _content_length(scope)
        if declared is not None and declared > self.max_body_bytes:
            await self._too_large(send)
            return

        received = 0
        over_limit = False
        replaced = False

        async def limited_receive() -> Message:
            nonlocal received, over_limit
            if over_limit:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    over_limit = True
                    return {"type": "http.disconnect"}
            return message

        async def send_with_headers(message: Message) -> None:
            nonlocal replaced
            if over_limit:
                # The application saw a disconnect; answer 413 once, drop what it sends.
                if not replaced:
                    replaced = True
                    await self._too_large(send)
                return
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except Exception:
            if not over_limit:
                raise
            if not replaced:
                replaced = True
                await self._too_large(send)

    async def _too_large(self, send: Send) -> None:
        await self._refuse(send, 413, f"request body over the limit of {self.max_body_bytes} "
                                      "bytes")

    async def _refuse(self, send: Send, status: int, detail: str) -> None:
        body = json.dumps({"detail": detail}).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *self.headers,
        ]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def _content_length(scope: Scope) -> int | None:
    value = _header(scope, b"content-length")
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None
