"""Resolver: ranking with reasons, context, hints and refusals, on a fictional gazetteer."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.errors import GazetteerError
from willay.geo.build import PlaceRow, write_index
from willay.geo.index import Gazetteer
from willay.geo.resolver import Resolver


def fictional_rows() -> list[PlaceRow]:
    """Arcadia (XA) and Borduria (XB): invented places that exercise each rule."""
    def town(name: str, admin1: str, pop: int = 0, country: str = "XA",
             admin2: str | None = None, aliases: tuple[str, ...] = (), capital: bool = False,
             source: str = "test") -> PlaceRow:
        return PlaceRow(name, country, "populated", admin1, admin2, 1.0, 2.0, None, pop, source,
                        list(aliases), capital)

    return [
        PlaceRow("Arcadia", "XA", "country", None, None, None, None, 1, 0, "test", ["Arcadie"]),
        PlaceRow("Borduria", "XB", "country", None, None, None, None, 2, 0, "test"),
        PlaceRow("Peru", "PE", "country", None, None, None, None, 3, 0, "test", ["Perú"]),
        PlaceRow("Norvale", "XA", "admin1", "Norvale", None, None, None, 10, 0, "test",
                 ["Norvale Province"]),
        PlaceRow("Sudmark", "XA", "admin1", "Sudmark", None, None, None, 11, 0, "test"),
        PlaceRow("Ostwick", "XA", "admin2", "Norvale", "Ostwick", None, None, 12, 0, "test"),
        town("Norvale", "Norvale", 50_000, admin2="Ostwick"),
        town("Esterby", "Norvale", 500, admin2="Ostwick"),
        town("Esterby", "Sudmark", 400),
        town("Grandport", "Norvale", 2_000_000, capital=True, aliases=("Grand Port",)),
        town("Grandport", "Bordmark", 3_000, country="XB"),
        town("Quill", "Sudmark", 800),
        town("Velloso", "Sudmark", 2_000),
        town("Tamb", "Sudmark"),
        town("Ruel", "Sudmark"),
        town("Voss", "Sudmark"),
        town("Voss", "Norvale", source="postal"),
        town("Lowhill", "Norvale", 30_000),
        town("Lowhill", "Bordmark", 20_000, country="XB"),
        PlaceRow("Plaza Libertad", "XA", "site", "Norvale", "Ostwick", 1.0, 2.0, None, 0, "test"),
    ]


@pytest.fixture(scope="module")
def resolver(tmp_path_factory: pytest.TempPathFactory) -> Resolver:
    path = tmp_path_factory.mktemp("gaz") / "fictional.sqlite"
    write_index(fictional_rows(), path, {"build_version": "test"})
    return Resolver(Gazetteer(path))


def test_is_known_folds_accents_and_affixes(resolver: Resolver) -> None:
    assert resolver.is_known("ESTERBY")
    assert resolver.is_known("Provincia de Norvale")
    assert not resolver.is_known("Atlantis")
    assert not resolver.is_known("")


def test_unknown_name_has_no_candidates(resolver: Resolver) -> None:
    assert resolver.candidates("Atlantis") == []
    assert resolver.resolve("Atlantis") is None


def test_candidates_are_ranked_with_reasons(resolver: Resolver) -> None:
    ranked = resolver.candidates("Grandport")
    assert [c.place.country for c in ranked] == ["XA", "XB"]
    assert ranked[0].score > ranked[1].score
    assert any("national capital" in r for r in ranked[0].reasons)
    assert any(r.startswith("population") for r in ranked[0].reasons)


def test_population_is_the_last_resort(resolver: Resolver) -> None:
    place = resolver.resolve("Grandport")
    assert place is not None and place.country == "XA" and place.admin1 == "Norvale"
    assert place.geo_precision == 1 and place.location == "Grandport"


def test_ambiguous_name_is_not_guessed(resolver: Resolver) -> None:
    assert len(resolver.candidates("Esterby")) == 2
    assert resolver.resolve("Esterby") is None


def test_region_named_nearby_breaks_the_tie(resolver: Resolver) -> None:
    place = resolver.resolve("Esterby", context=["Sudmark"])
    assert place is not None and place.admin1 == "Sudmark"
    place = resolver.resolve("Esterby", context=["Ostwick"])
    assert place is not None and place.admin1 == "Norvale" and place.admin2 == "Ostwick"


def test_admin1_hint(resolver: Resolver) -> None:
    place = resolver.resolve("Esterby", admin1="Sudmark")
    assert place is not None and place.admin1 == "Sudmark"


def test_country_hint_outweighs_small_population_gaps(resolver: Resolver) -> None:
    assert resolver.resolve("Lowhill") is None  # two similar towns in two countries
    place = resolver.resolve("Lowhill", country="XB")
    assert place is not None and place.country == "XB"


def test_neighbours_lift_places_in_their_region(resolver: Resolver) -> None:
    # "Voss" is a named village in Sudmark and a postal locality in Norvale
    place = resolver.resolve("Voss", country="XA", neighbours=["Tamb", "Ruel"])
    assert place is not None and place.admin1 == "Sudmark"


def test_region_and_town_of_one_name(resolver: Resolver) -> None:
    # a region and its mid-sized town of the same name: the region unless a town is asked for
    region = resolver.resolve("Norvale", country="XA")
    assert region is not None and region.feature == "admin1"
    assert region.location is None and region.geo_precision == 3
    town = resolver.resolve("Norvale", country="XA", prefer="populated")
    assert town is not None and town.feature == "populated" and town.admin1 == "Norvale"
    named = resolver.resolve("the province of Norvale", country="XA")
    assert named is not None and named.feature == "admin1"


def test_alternate_names(resolver: Resolver) -> None:
    ranked = resolver.candidates("Grand Port")
    assert ranked and ranked[0].place.name == "Grandport"
    assert any(r.startswith("alternate name") for r in ranked[0].reasons)


def test_country_and_admin1_lookups(resolver: Resolver) -> None:
    country = resolver.country("xa")
    assert country is not None and country.name == "Arcadia" and country.feature == "country"
    assert resolver.country("QQ") is None
    region = resolver.admin1("norvale province", "XA")
    assert region is not None and region.name == "Norvale" and region.feature == "admin1"
    assert resolver.admin1("Norvale", "XB") is None


def test_missing_or_broken_index_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="not found"):
        Gazetteer(tmp_path / "absent.sqlite")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(GazetteerError, match="not a gazetteer index"):
        Gazetteer(broken)
