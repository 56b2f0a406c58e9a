"""Name folding: accents, case, punctuation and administrative affixes."""

from __future__ import annotations

import pytest

from willay.geo.normalize import display_name, fold, is_latin, keys, strip_affixes


@pytest.mark.parametrize(("name", "folded"), [
    ("Apurímac", "apurimac"),
    ("Bačka Palanka", "backa palanka"),
    ("Sainte-Soline", "sainte soline"),
    ("Côtes-d’Armor", "cotes d armor"),
    ("  San   Román ", "san roman"),
    ("Łódź", "lodz"),
])
def test_fold(name: str, folded: str) -> None:
    assert fold(name) == folded


@pytest.mark.parametrize(("folded", "stripped"), [
    ("provincia de san roman", "san roman"),
    ("departamento de lima", "lima"),
    ("the province of norvale", "norvale"),
    ("lima region", "lima"),
    ("sistan and baluchestan province", "sistan and baluchestan"),
    ("municipalidad metropolitana de lima", "lima"),
    ("juliaca", "juliaca"),
    ("province", "province"),  # nothing would be left
])
def test_strip_affixes(folded: str, stripped: str) -> None:
    assert strip_affixes(folded) == stripped


def test_keys_hold_both_forms() -> None:
    assert keys("Provincia de Sandia") == {"provincia de sandia", "sandia"}
    assert keys("") == set()


def test_display_name_keeps_accents() -> None:
    assert display_name("Provincia de San Román") == "San Román"
    assert display_name("Ostwick") == "Ostwick"


def test_is_latin() -> None:
    assert is_latin("Nouvelle-Aquitaine")
    assert not is_latin("Лима")
