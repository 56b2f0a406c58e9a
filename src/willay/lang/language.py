"""Language: one object per language code, the way components reach that language's data.

A :class:`Language` stands for one data folder ``<code>/`` (see
:mod:`willay.lang.loader`): it reads the folder's tables through the loader (so each file
is parsed once per process) and answers the questions that several components ask of a
language: which code a library knows it by, its vague quantity words, a short text of
it. :func:`language` gives the object of a code (one per code per process);
:func:`languages` gives those of every supported language, in code order. The object
holds no words of its own: everything comes from the folder's files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache, cached_property
from types import MappingProxyType
from typing import Any

from willay.errors import ConfigError
from willay.lang.loader import (
    lang_dir,
    lang_path,
    library_code,
    load_lang_data,
    supported_languages,
)


class Language:
    """The data of one language code (a folder ``<code>/`` of TOML files)."""

    def __init__(self, code: str) -> None:
        if lang_dir(code) is None:
            raise ConfigError(f"unsupported language {code!r}: no data folder {code}/")
        self.code = code

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def table(self, name: str) -> dict[str, Any]:
        """The parsed file ``<code>/<name>.toml`` (cached by the loader; do not mutate it).

        A missing or malformed file is a :class:`~willay.errors.ConfigError` naming it.
        """
        return load_lang_data(self.code, name)

    def library(self, library: str) -> str:
        """The code under which ``library`` (``"text2num"``, ``"simplemma"``, ``"cldr"``)
        knows this language (``language.toml``, ``[libraries]``)."""
        return library_code(self.code, library)

    @cached_property
    def vague_readings(self) -> Mapping[str, int]:
        """ACLED's conservative number for each vague quantity word of the language
        (``numbers.toml``, ``[conservative]``; empty when the file has no such table)."""
        table = self.table("numbers").get("conservative", {})
        out: dict[str, int] = {}
        for word, value in table.items():
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ConfigError(f"language data {self.code}/numbers.toml: conservative."
                                  f"{word} must be a whole number, not {value!r}")
            out[word] = value
        return MappingProxyType(out)

    @cached_property
    def alternate_name_languages(self) -> tuple[str, ...]:
        """The GeoNames alternate-name languages kept for texts in this language
        (``language.toml``, ``[gazetteer] alternate_names``; the code itself without it)."""
        try:
            value = self.table("language").get("gazetteer", {}).get(
                "alternate_names", [self.code])
        except ConfigError:
            return (self.code,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"language data {self.code}/language.toml: "
                              f"gazetteer.alternate_names must be a list of codes, not {value!r}")
        return tuple(value)

    @cached_property
    def sample(self) -> str | None:
        """A short sentence in the language (``language.toml``, ``sample``), or None."""
        try:
            value = self.table("language").get("sample")
        except ConfigError:
            return None
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"language data {self.code}/language.toml: sample must be "
                              f"a string, not {value!r}")
        return value or None


@cache
def language(code: str) -> Language:
    """The :class:`Language` of ``code`` (one object per code per process).

    Raises :class:`~willay.errors.ConfigError` when no data folder has the code.
    """
    return Language(code)


def languages() -> tuple[Language, ...]:
    """The :class:`Language` of every supported language, in code order."""
    return tuple(language(code) for code in supported_languages())


def alternate_name_languages() -> frozenset[str]:
    """The GeoNames alternate-name languages kept for any supported language."""
    return frozenset(code for lang in languages() for code in lang.alternate_name_languages)


def tables(name: str, section: str,
           codes: Iterable[str] | None = None) -> list[tuple[str, Mapping[str, Any]]]:
    """``(code, table)`` for the ``[section]`` of ``<code>/<name>.toml`` of every supported
    language (only those of ``codes`` when given), in code order: what a component that
    reads all languages at once (cleaning, segmentation) joins. A language without the
    file or the table is left out."""
    wanted = None if codes is None else set(codes)
    out: list[tuple[str, Mapping[str, Any]]] = []
    for lang in languages():
        if wanted is not None and lang.code not in wanted:
            continue
        if not lang_path(lang.code, name).is_file():
            continue
        table = lang.table(name).get(section)
        if table is not None:
            out.append((lang.code, table))
    return out


def vague_readings() -> Mapping[str, int]:
    """The vague quantity words of every supported language with ACLED's conservative
    number for each, one table (a word listed by two languages keeps the first one's)."""
    out: dict[str, int] = {}
    for lang in languages():
        for word, value in lang.vague_readings.items():
            out.setdefault(word, value)
    return MappingProxyType(out)
