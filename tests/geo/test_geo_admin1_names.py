"""First-level region names in the country's usual form: English where the country's
languages are not written in Latin script, the GeoNames form elsewhere."""

from __future__ import annotations

import pytest

from willay.geo import sources
from willay.geo.build import _Admin, _short_english
from willay.geo.sources import Subdivision, read_state_names, writes_in_latin


def test_short_english_name_from_the_alternate_names() -> None:
    assert _short_english(["Qarnat", "Qarnat Oblast", "Qarnat Region"]) == "Qarnat"
    assert _short_english(["Wadi Sur Governorate"]) == "Wadi Sur"
    assert _short_english(["Провинция Карнат", "Qarnat"]) is None
    assert _short_english(["Oblast"]) is None
    assert _short_english(["Qarnatskaya Oblast", "Qarnat Region"]) == "Qarnat"


@pytest.mark.parametrize(("country", "latin"), [
    ("PE", True), ("FR", True), ("KE", True), ("CD", True),
    ("SY", False), ("IL", False), ("IN", False), ("BY", False), ("TH", False), ("SD", False),
])
def test_script_of_the_official_languages(country: str, latin: bool) -> None:
    assert writes_in_latin(country) is latin


def test_display_names_follow_the_script_of_the_country() -> None:
    subs = [
        Subdivision("Qaryat al Ḩamrā'", "SY.91", None, ("Hamra Governorate",), 1, None, "SY",
                    "SY-ZZ"),
        Subdivision("Wādī Zarq", "SY.92", None, (), 1, None, "SY", "SY-ZY"),
        Subdivision("Ṭūr Ṣaghīr", "SY.93", None, (), 1, None, "SY", ""),
        Subdivision("Apurímac", "PE.02", None, ("Apurimac Region",), 1, None, "PE", "PE-APU"),
        Subdivision("Wādī Zarq Sharqī", "SY.92.1", None, (), 2, 1, "SY", ""),
    ]
    admin = _Admin(subs, english={"SY-ZY": "Wadi Zarq", "PE-APU": "Apurimac"})
    assert admin.display(0) == "Hamra"          # GeoNames' English alternate name, short
    assert admin.display(1) == "Wadi Zarq"      # the English name of countrystatecity
    assert admin.display(2) == "Ṭūr Ṣaghīr"     # no English name known: GeoNames' form
    assert admin.display(3) == "Apurímac"       # a Latin-script country keeps its own form
    assert admin.display(4) == "Wādī Zarq Sharqī"  # only first-level units are renamed


def test_state_names_of_the_package() -> None:
    names = read_state_names()
    if sources.package_dir("countrystatecity_countries") is None:
        pytest.fail("countrystatecity-countries is a dependency and must be installed")
    assert names["SY-HL"] == "Aleppo"
    assert names["IQ-NI"] == "Nineveh"
    assert all(code[:2].isalpha() and code[2] == "-" for code in names)
