"""Tests of the Language object (willay.lang.language): one per code, data from its folder."""

from __future__ import annotations

import pytest

from willay.errors import ConfigError
from willay.lang.language import (
    Language,
    alternate_name_languages,
    language,
    languages,
    tables,
)
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


def test_text_tables_of_every_language_are_joined() -> None:
    from willay.ingest.meta import date_finder
    from willay.text.segment import load_abbreviations

    assert [code for code, _ in tables("text", "segment")] == list(supported_languages())
    assert [code for code, _ in tables("text", "segment", ["es"])] == ["es"]
    assert tables("text", "no_such_table") == []
    abbreviations = load_abbreviations(None)
    assert {"Sra", "Mme", "Gen"} <= abbreviations.titles
    assert "Mme" not in load_abbreviations(("es",)).titles
    assert date_finder().months["setiembre"] == 9 and date_finder().months["août"] == 8
