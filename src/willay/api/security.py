"""Security middleware: Content-Security-Policy and other headers, and a request size limit.

Pure ASGI (no buffering of responses): headers are added to every response, and a request
whose declared or streamed body exceeds ``max_body_bytes`` is answered 413 before the
application reads it all.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
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


class SecurityMiddleware:
    """Adds security headers to every HTTP response and rejects oversized request bodies."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
                 tile_url: str | None = None) -> None:
        self.app = app
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
        body = json.dumps(
            {"detail": f"request body over the limit of {self.max_body_bytes} bytes"}
        ).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *self.headers,
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _content_length(scope: Scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
