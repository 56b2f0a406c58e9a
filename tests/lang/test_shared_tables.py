"""Each shared notion has one table in ``willay/lang`` that every component reads.

Administrative-unit words (``admin_units.toml``) and the conservative readings of vague
quantity words (``<code>/numbers.toml``, ``[conservative]``) were lists in several
modules; these tests check that the modules now hold what the data files say, and that
the tables agree where one component relies on another.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from willay.batch import work
from willay.evaluate import compare
from willay.geo import build, resolver
from willay.geo.normalize import fold, strip_affixes
from willay.lang import loader
from willay.lang.language import language, languages, vague_readings
from willay.lang.loader import LANG_DIR, load_lang_data, load_shared_data, supported_languages
from willay.resolve import ResolveConfig
from willay.resolve.config import VAGUE_NUMBERS

ADMIN = load_shared_data("admin_units")


def test_the_resolver_reads_its_unit_words_from_the_shared_file() -> None:
    assert tuple(ADMIN["resolver"]["admin_words"]) == resolver._ADMIN_WORDS


def test_each_resolver_unit_word_is_one_that_normalize_strips() -> None:
    # the resolver asks for a unit only when the name loses an affix (strip_affixes)
    # and holds one of its words, so each word must be one of normalize's affixes
    for word in ADMIN["resolver"]["admin_words"]:
        assert word == fold(word)
        forms = (f"{word} of sandia", f"{word} de sandia", f"sandia {word}")
        assert any(strip_affixes(f) == "sandia" for f in forms), word


def test_the_build_reads_its_english_unit_words_from_the_shared_file() -> None:
    for word in ADMIN["build"]["english_unit_words"]:
        assert build._short_english([f"Kharkiv {word}"]) == "Kharkiv"
    assert build._short_english(["Kharkiv Township"]) is None


def test_the_evaluation_reads_its_generic_place_words_from_the_shared_file() -> None:
    assert frozenset(ADMIN["evaluate"]["place_generic_words"]) == compare.PLACE_GENERIC_WORDS
    assert compare.same_place("Puno Department", "Puno")
    assert compare.same_place("Departamento de Puno", "Puno")


def test_vague_numbers_are_one_table_built_from_the_language_data() -> None:
    merged: dict[str, int] = {}
    for code in supported_languages():
        for word, value in load_lang_data(code, "numbers").get("conservative", {}).items():
            merged.setdefault(word, value)
    assert dict(VAGUE_NUMBERS) == merged
    assert dict(vague_readings()) == merged
    assert ResolveConfig().vague_numbers == merged
    assert VAGUE_NUMBERS["dozens"] == 12 and VAGUE_NUMBERS["milliers"] == 1000


@pytest.mark.parametrize("code", ["en", "es", "fr", "pt"])
def test_every_language_gives_vague_readings_in_plain_folded_words(code: str) -> None:
    readings = language(code).vague_readings
    assert readings
    for word, value in readings.items():
        assert word == fold(word) and value > 0


def test_the_batch_warms_up_on_the_sample_of_every_language(
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str | None]] = []

    def fake_extract(doc):  # type: ignore[no-untyped-def]
        seen.append((doc.text, doc.language))
        doc.language = next(lang.code for lang in languages() if lang.sample == doc.text)
        return doc

    monkeypatch.setattr("willay.extract.pipeline.extract", fake_extract)
    work.warm_up()
    assert [text for text, _ in seen] == [language(c).sample for c in supported_languages()]
    assert all(lang is None for _, lang in seen)


def _forget_languages() -> None:
    for cached in (loader.lang_dirs, loader.supported_languages, loader._load, language):
        cached.cache_clear()


def test_a_new_language_brings_its_own_vague_readings(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(LANG_DIR / "es", tmp_path / "xx")
    numbers = tmp_path / "xx" / "numbers.toml"
    numbers.write_text(numbers.read_text("utf-8") + '"pachak" = 100\n', "utf-8")
    monkeypatch.setenv("WILLAY_LANG_PATH", str(tmp_path))
    _forget_languages()
    try:
        assert "xx" in supported_languages()
        assert vague_readings()["pachak"] == 100
    finally:
        monkeypatch.delenv("WILLAY_LANG_PATH")
        _forget_languages()


def test_the_evaluation_reads_its_other_words_from_the_shared_file() -> None:
    from willay.evaluate import sentences

    words = load_shared_data("evaluation")
    assert frozenset(words["compare"]["actor_generic_words"]) == compare.ACTOR_GENERIC_WORDS
    assert frozenset(words["compare"]["reporter_stop_words"]) == compare.REPORTER_STOP_WORDS
    assert frozenset(words["sentences"]["abbreviations"]) == sentences.ABBREVIATIONS
    assert compare.same_actor("Police Forces of Peru", "Police")
    assert sentences.simple_sentences("Gen. Ruiz spoke. Then he left.") == [(0, 16), (17, 30)]
