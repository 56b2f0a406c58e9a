"""Running the API and dashboard with uvicorn, with settings read from the environment."""

from __future__ import annotations

import os
from collections.abc import Sequence

from willay.api.app import create_app
from willay.api.security import HostPolicy
from willay.errors import ConfigError


def token_from_env(name: str | None) -> str | None:
    """The ingest token held in environment variable ``name`` (``None``: ingestion off)."""
    if not name:
        return None
    value = os.environ.get(name)
    if not value:
        raise ConfigError(f"--ingest-token-env {name}: the environment variable is unset or empty")
    if len(value) < 16:
        raise ConfigError(f"--ingest-token-env {name}: the token must have at least 16 characters")
    return value


def serve(db_url: str, *, host: str = "127.0.0.1", port: int = 8000,
          ingest_token: str | None = None, tile_url: str | None = None,
          tile_attribution: str | None = None, allow_hosts: Sequence[str] = ()) -> None:
    """Serve the REST API and the dashboard until interrupted.

    Requests are answered only for the ``Host`` names localhost, 127.0.0.1, ::1, the
    bind address ``host`` and ``allow_hosts`` (``*.example.org`` for sub-domains); with
    ``host`` 0.0.0.0 or ::, every IP address as well.
    """
    import uvicorn

    if not 0 < port < 65536:
        raise ConfigError(f"--port {port}: expected 1..65535")
    for name in allow_hosts:
        if not name.strip() or any(c in name for c in "/ \t@"):
            raise ConfigError(f"--allow-host {name!r}: expected a host name such as "
                              "news.example.org or *.example.org")
    app = create_app(db_url, ingest_token=ingest_token, tile_url=tile_url,
                     tile_attribution=tile_attribution,
                     hosts=HostPolicy.for_bind(host, allow_hosts))
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False,
                server_header=False)
