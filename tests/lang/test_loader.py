"""Tests of the per-language data loader."""

from __future__ import annotations

import pytest

from willay.errors import ConfigError
from willay.lang.loader import lang_path, load_lang_data, supported_languages


def test_supported_languages_lists_the_four_data_directories() -> None:
    langs = supported_languages()
    assert set(langs) >= {"en", "es", "fr", "pt"}
    assert list(langs) == sorted(langs)
    assert all(not code.startswith("_") for code in langs)


def test_load_lang_data_reads_and_caches_a_file() -> None:
    data = load_lang_data("es", "dates")
    assert data["months"]["enero"] == 1
    assert load_lang_data("es", "dates") is data


def test_every_language_has_dates_and_hedges() -> None:
    for lang in ("en", "es", "fr", "pt"):
        assert lang_path(lang, "dates").is_file()
        assert load_lang_data(lang, "dates")["weekdays"]
        assert load_lang_data(lang, "hedges")["hedge"]["reported"]


def test_unknown_language_is_a_config_error_naming_it() -> None:
    with pytest.raises(ConfigError, match="xx"):
        load_lang_data("xx", "dates")


def test_missing_file_is_a_config_error_naming_it() -> None:
    with pytest.raises(ConfigError, match=r"en/nosuchfile\.toml"):
        load_lang_data("en", "nosuchfile")


def test_path_like_names_are_refused() -> None:
    with pytest.raises(ConfigError):
        load_lang_data("../en", "dates")
    with pytest.raises(ConfigError):
        load_lang_data("en", "../en/dates")


def test_language_identifier_supports_the_languages_with_data() -> None:
    from willay.text.langid import LanguageIdentifier

    assert LanguageIdentifier().supported == supported_languages()
