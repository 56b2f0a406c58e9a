"""Country words: country names and demonym adjectives in en/es/pt/fr, mapped to ISO codes."""

from __future__ import annotations

from functools import lru_cache

from willay.geo.normalize import fold
from willay.geo.sources import read_csv


@lru_cache(maxsize=1)
def country_words() -> dict[str, tuple[str, str]]:
    """Folded word -> (ISO code, "name" or "demonym"), from ``data/countries.csv``."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_csv("countries.csv"):
        code = row["code"]
        for name in row["names"].split("|"):
            if name:
                out.setdefault(fold(name), (code, "name"))
        for word in row["demonyms"].split("|"):
            if word:
                for form in _plurals(fold(word)):
                    out.setdefault(form, (code, "demonym"))
    return out


def _plurals(word: str) -> tuple[str, ...]:
    """A demonym and its plural ("malienne" -> "maliennes", "Peruvian" -> "Peruvians",
    "francês" -> "franceses"); words already in -s stay as they are in the other cases."""
    if word.endswith("s"):
        return (word, word + "es") if word.endswith("es") and len(word) > 4 else (word,)
    return (word, word + "s")


def country_of(word: str) -> tuple[str, str] | None:
    """(code, kind) when ``word`` is a country name or demonym we know, else ``None``."""
    return country_words().get(fold(word))


@lru_cache(maxsize=8)
def speaking(lang: str) -> frozenset[str]:
    """The countries where ``lang`` is an official or de facto official language (Unicode
    CLDR's data as babel ships it): "es" -> AR, BO, ..., VE."""
    from babel.core import get_global
    from babel.languages import get_official_languages

    return frozenset(str(t) for t in get_global("territory_languages")
                     if lang in get_official_languages(t, de_facto=True))
