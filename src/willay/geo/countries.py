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
                out.setdefault(fold(word), (code, "demonym"))
    return out


def country_of(word: str) -> tuple[str, str] | None:
    """(code, kind) when ``word`` is a country name or demonym we know, else ``None``."""
    return country_words().get(fold(word))
