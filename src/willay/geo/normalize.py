"""Name folding for gazetteer keys: accents, case, punctuation and administrative affixes."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Letters that Unicode decomposition does not reduce to ASCII.
_SPECIAL = str.maketrans({
    "ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "æ": "ae",
    "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
    "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'", "´": "'",
    "–": " ", "—": " ", "-": " ", "‐": " ", "/": " ", ".": " ", ",": " ", "(": " ", ")": " ",
    "\u00a0": " ",
})
_SPACES = re.compile(r"\s+")

#: Words that introduce an administrative unit before its name ("Provincia de Sandia").
_PREFIXES = re.compile(
    r"^(?:(?:the\s+)?(?:province|department|region|district|state|county|municipality|"
    r"governorate|division|prefecture|city|town|village|canton|commune|parish)\s+of\s+|"
    r"(?:la\s+|el\s+)?(?:municipalidad\s+metropolitana|region\s+metropolitana|provincia|"
    r"departamento|region|distrito|municipio|municipalidad|"
    r"estado|comuna|ciudad|parroquia|canton|corregimiento|partido)\s+(?:de(?:l)?\s+(?:la\s+|los\s+|las\s+)?)?|"
    r"(?:la\s+|le\s+|l')?(?:province|departement|region|commune|prefecture|ville|"
    r"wilaya|municipalite)\s+(?:de\s+(?:la\s+)?|d'|du\s+|des\s+)|"
    r"(?:o\s+|a\s+)?(?:estado|municipio|provincia|distrito|cidade|regiao)\s+(?:de|do|da|dos|das)\s+|"
    r"daerah\s+|kabupaten\s+|kota\s+|mkoa\s+wa\s+|wilayat\s+)",
)
#: Words that follow a name to say what kind of unit it is ("Lima Region").
_SUFFIXES = re.compile(
    r"\s+(?:province|department|region|district|state|county|municipality|governorate|"
    r"division|prefecture|oblast|krai|kraj|okrug|voivodeship|canton|parish|"
    r"metropolitan\s+municipality|city\s+municipality|municipal\s+district|"
    r"special\s+capital\s+region|capital\s+district|territory|sheng|shi|zizhiqu|"
    r"ili|vilayeti|ostan|eyalet|muang|changwat|regency|city|local\s+government\s+area|lga)$",
)


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
    out = _PREFIXES.sub("", folded, count=1)
    out = _SUFFIXES.sub("", out, count=1)
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
