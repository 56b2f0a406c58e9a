"""CLI command ``willay serve``: the REST API and the dashboard over a database."""

from __future__ import annotations

import click

from willay.errors import WillayError


@click.command("serve")
@click.option("--db", "db_url", default=None, metavar="PATH|URL",
              help="Database: a SQLite file path or a URL (default: WILLAY_DB or willay.db). "
              "It must exist unless ingestion is on (--ingest-token-env).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--ingest-token-env", default=None, metavar="NAME",
              help="Environment variable holding the bearer token that POST /api/documents "
              "requires (ingestion is off without it).")
@click.option("--tile-url", envvar="WILLAY_TILE_URL", default=None, metavar="TEMPLATE",
              help="Map tile URL template, e.g. https://tiles.example.org/{z}/{x}/{y}.png "
              "(env WILLAY_TILE_URL; default: no tiles, nothing loaded from elsewhere).")
@click.option("--tile-attribution", envvar="WILLAY_TILE_ATTRIBUTION", default=None,
              help="Attribution text shown with the tiles (env WILLAY_TILE_ATTRIBUTION).")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              envvar="WILLAY_ALLOWED_HOSTS",
              help="Also answer requests for this Host name (repeatable; *.example.org for "
              "sub-domains; env WILLAY_ALLOWED_HOSTS, space-separated). Default: localhost "
              "and the --host address only.")
def serve_command(db_url: str | None, host: str, port: int, ingest_token_env: str | None,
                  tile_url: str | None, tile_attribution: str | None,
                  allow_hosts: tuple[str, ...]) -> None:
    """Serve the REST API (/api, schema at /api/openapi.json) and the dashboard (/)."""
    from willay.api.server import serve, token_from_env
    from willay.store.location import database_url, require_database

    try:
        token = token_from_env(ingest_token_env)
        url = database_url(db_url)
        if token is None:  # nothing can be written: serving a new, empty database is a mistake
            require_database(url)
        click.echo(f"willay: serving {url} on http://{host}:{port}/", err=True)
        serve(url, host=host, port=port, ingest_token=token, tile_url=tile_url,
              tile_attribution=tile_attribution, allow_hosts=allow_hosts)
    except WillayError as exc:
        raise click.ClickException(str(exc)) from None


COMMANDS: list[click.Command] = [serve_command]
