"""Countries by language: the data that narrows an ambiguous name in a placeless text."""

from __future__ import annotations

from willay.geo.countries import speaking


def test_the_countries_that_speak_a_language_come_from_cldr() -> None:
    assert {"ES", "MX", "PE", "AR"} <= speaking("es")
    assert {"BR", "MZ", "AO", "PT"} <= speaking("pt")
    assert {"FR", "SN", "CD", "HT"} <= speaking("fr")
    assert "BR" not in speaking("es") and "ES" not in speaking("pt")


def test_a_language_no_country_speaks_gives_none() -> None:
    assert speaking("xx") == frozenset()
