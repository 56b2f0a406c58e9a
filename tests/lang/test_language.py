"""Tests of the Language object (willay.lang.language): one per code, data from its folder."""

from __future__ import annotations

import pytest

from willay.errors import ConfigError
from willay.lang.language import Language, alternate_name_languages, language, languages
from willay.lang.loader import load_lang_data, supported_languages


def test_one_object_per_code_for_every_supported_language() -> None:
    assert [lang.code for lang in languages()] == list(supported_languages())
    assert language("es") is language("es")
    assert repr(language("fr")) == "Language('fr')"


def test_an_unknown_code_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="'zz'"):
        Language("zz")


def test_tables_come_from_the_loader() -> None:
    assert language("es").table("dates") is load_lang_data("es", "dates")
    assert language("pt").library("text2num") == "pt"


def test_samples_and_alternate_name_languages() -> None:
    for lang in languages():
        assert lang.sample and lang.code in lang.alternate_name_languages
    assert {"qu", "ay"} <= set(language("es").alternate_name_languages)
    assert {"en", "es", "fr", "pt", "qu", "ay"} <= alternate_name_languages()
