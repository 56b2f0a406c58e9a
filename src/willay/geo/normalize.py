"""Name folding for gazetteer keys: accents, case, punctuation and administrative affixes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from willay.lang.loader import load_shared_data

#: Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "æ": "ae",
    "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'",
    "–": " ", "—": " ", "-": " ", "‐": " ", "/": " ", ".": " ", ",": " ", "(": " ", ")": " ",
    "\u00a0": " ",
})
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _affixes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The administrative prefix and suffix patterns (``willay/lang/admin_units.toml``):
    words that introduce a unit before its name ("Provincia de Sandia") and words that
    follow a name to say what kind of unit it is ("Lima Region")."""
    table = load_shared_data("admin_units")["normalize"]
    return re.compile("".join(table["prefixes"])), re.compile("".join(table["suffixes"]))


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Lower-cased, accent-free, punctuation-free form of a name ("Apurímac" -> "apurimac")."""
    text = unicodedata.normalize("NFKD", name.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("'", " ")
    return _SPACES.sub(" ", text).strip()


def strip_affixes(folded: str) -> str:
    """A folded name without its administrative prefix or suffix.

    "provincia de sandia" -> "sandia", "lima region" -> "lima".

    Returns the input unchanged when nothing would be left.
    """
    prefixes, suffixes = _affixes()
    out = prefixes.sub("", folded, count=1)
    out = suffixes.sub("", out, count=1)
    return out if out else folded


def keys(name: str) -> set[str]:
    """Every lookup key of a gazetteer name: its folded form and its form without affixes."""
    folded = fold(name)
    if not folded:
        return set()
    return {folded, strip_affixes(folded)} - {""}


def display_name(name: str) -> str:
    """A name without its administrative prefix, keeping accents and case.

    "Provincia de San Román" -> "San Román".
    """
    stripped = strip_affixes(fold(name))
    if stripped == fold(name):
        return name
    # Keep the original spelling of the remaining words: cut the same number of words.
    words = name.split()
    want = len(stripped.split())
    folded_words = fold(name).split()
    if len(words) == len(folded_words):
        for start in range(len(words) - want + 1):
            if " ".join(folded_words[start : start + want]) == stripped:
                return " ".join(words[start : start + want])
    return name


def is_latin(name: str) -> bool:
    """True when every letter of the name is Latin script (other scripts are skipped)."""
    if name.isascii():
        return True
    return all(not (ch.isalpha() and "LATIN" not in unicodedata.name(ch, "")) for ch in name)
