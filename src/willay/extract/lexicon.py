"""Compile per-language phrase lists from the TOML data files into word-bounded regexes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from willay.extract.prefilter import Prefilter
from willay.lang.language import language
from willay.lang.loader import supported_languages

#: Language used when a document's language has no data directory.
FALLBACK_LANGUAGE = "en"


def data_language(lang: str | None) -> str:
    """The language whose data files describe ``lang`` (the fallback when unsupported)."""
    if lang and lang in supported_languages():
        return lang
    return FALLBACK_LANGUAGE


def compile_phrases(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of ``patterns``, bounded by non-word characters.

    Longer alternatives are tried first so that "general strike" wins over "strike".
    """
    items = sorted({p for p in patterns if p}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(f"(?:{p})" for p in items)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", re.IGNORECASE)


@cache
def section_patterns(lang: str, name: str, section: str) -> dict[str, re.Pattern[str]]:
    """``{key: regex}`` for every table ``[section.key]`` with a ``patterns`` list."""
    data = language(data_language(lang)).table(name).get(section, {})
    out: dict[str, re.Pattern[str]] = {}
    for key, table in data.items():
        regex = compile_phrases(table.get("patterns", []))
        if regex is not None:
            out[key] = regex
    return out


@cache
def section_prefilters(lang: str, name: str, section: str) -> dict[str, Prefilter]:
    """:func:`section_patterns` with the prefilter that skips a scan that cannot match."""
    return {key: Prefilter(rx) for key, rx in section_patterns(lang, name, section).items()}


@cache
def section_table(lang: str, name: str, section: str) -> dict[str, dict[str, object]]:
    """The raw tables of ``[section.*]`` (for keys other than ``patterns``)."""
    data: dict[str, dict[str, object]] = language(data_language(lang)).table(name).get(section, {})
    return data
