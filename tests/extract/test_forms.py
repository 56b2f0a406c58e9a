"""Inflected forms of lemmas from simplemma's dictionaries, cached on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from willay.extract import forms


@pytest.mark.parametrize(("lang", "lemma", "wanted"), [
    ("en", "say", {"say", "says", "said", "saying"}),
    ("es", "decir", {"decir", "dijo", "dicen", "dijeron", "dirá"}),
    ("fr", "indiquer", {"indique", "indiqué", "indiquent", "indiquait"}),
    ("pt", "dizer", {"disse", "diz", "disseram", "dirá"}),
])
def test_every_form_of_a_lemma(lang: str, lemma: str, wanted: set[str]) -> None:
    got = set(forms.all_forms(lang, [lemma]))
    assert wanted <= got
    assert "muerto" not in got and "morts" not in got


def test_an_unknown_lemma_is_its_own_form() -> None:
    assert forms.all_forms("es", ["lirpear"]) == ("lirpear",)


def test_forms_are_kept_in_the_cache_directory(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WILLAY_CACHE_DIR", str(tmp_path))
    forms.inflected_forms.cache_clear()
    first = forms.inflected_forms("pt", ("informar",))
    files = list((tmp_path / "forms").glob("pt-*.json"))
    assert len(files) == 1
    assert "informou" in first["informar"]
    # a second process reads the file instead of the dictionary
    files[0].write_text('{"informar": ["informar", "lirpou"]}', "utf-8")
    forms.inflected_forms.cache_clear()
    assert forms.inflected_forms("pt", ("informar",)) == {"informar": ("informar", "lirpou")}
    forms.inflected_forms.cache_clear()
