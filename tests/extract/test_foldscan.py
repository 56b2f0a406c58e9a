"""A folded scan finds exactly what ``re`` finds: same spans, groups and order."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from willay.extract import actors
from willay.extract.dates import DateFinder
from willay.extract.foldscan import FoldScan, scanner
from willay.extract.lexicon import section_patterns
from willay.extract.modality import ModalityFinder
from willay.extract.prefilter import fold

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "es", "fr", "pt")
EVERY = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)


def _patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = [rx for rx, _, _ in actors.armed_groups()]
    dates = DateFinder()
    for lang in LANGUAGES:
        out += [rx for _, _, rx in dates.grammar(lang).patterns]
        out += dates.grammar(lang).night
        out += [rx for rx, *_ in actors._lexicon(lang)]
        out += [cue.regex for cue in ModalityFinder().lexicon(lang).cues]
        for section in ("heads", "cues"):
            out += section_patterns(lang, "triggers", section).values()
    return out


PATTERNS = _patterns()


def _check(text: str, patterns: list[re.Pattern[str]] = PATTERNS) -> None:
    folded = fold(text)
    for rx in patterns:
        expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in FoldScan(rx).finditer(text, folded)] == \
            expected, rx.pattern


def test_folding_keeps_every_character_class() -> None:
    """``\\w``, ``\\d``, ``\\s`` and ``\\b`` read the folded text as they read the text."""
    folded = fold(EVERY)
    assert len(folded) == len(EVERY)
    for category in (r"\w", r"\d", r"\s"):
        rx = re.compile(category)
        assert [m.start() for m in rx.finditer(EVERY)] == \
            [m.start() for m in rx.finditer(folded)], category


def test_a_letter_folds_from_exactly_the_characters_re_matches_to_it() -> None:
    folded = fold(EVERY)
    for letter in string.ascii_lowercase:
        matched = {m.start() for m in re.finditer(letter, EVERY, re.IGNORECASE)}
        assert matched == {i for i, ch in enumerate(folded) if ch == letter}, letter


def test_the_accented_letters_of_the_patterns_fold_from_what_re_matches_to_them() -> None:
    letters = {ch for rx in PATTERNS for ch in rx.pattern if not ch.isascii() and ch.isalpha()}
    assert letters  # "é", "ñ", "ç", "ã" ...
    folded = fold(EVERY)
    for letter in sorted(letters):
        target = fold(letter)
        matched = {m.start() for m in re.finditer(re.escape(letter), EVERY, re.IGNORECASE)}
        assert matched == {i for i, ch in enumerate(folded) if ch == target}, letter


def test_most_patterns_get_a_scanner() -> None:
    assert sum(scanner(rx) is not None for rx in PATTERNS) > 0.95 * len(PATTERNS)


@pytest.mark.parametrize(("pattern", "flags", "built"), [
    (r"(?<![\w-])(?:security forces|police)(?![\w])", re.I, True),
    (r"(?<!\w)(?-i:May|June) \d+", re.I, True),  # case-sensitive: confirmed on the text
    (r"(?!(?-i:May))\w+", re.I, False),  # case-sensitive inside a negative assertion
    (r"[^A-Z]+", 0, False),  # a negated case-sensitive class
    (r"[^a-z]+x", re.I, True),
    (r"(\w)\1", re.I, False),  # a back reference
    (r"(?:x)?", re.I, False),  # it matches nothing
    (r"(?a:\w+)", re.I, False),
    (r"σ", re.I, False),  # "Σ" folds to "σ" or "ς" as the word goes on
    (r"(?<![\w-])(?:FARC|[Aa]l[- ]Shabaab)(?![\w])", 0, True),  # opens with literals
    (r"(?P<name>[A-Z]\w+) supporters", 0, False),  # case-sensitive, no literal first
])
def test_scanner_built_where_it_is_exact(pattern: str, flags: int, built: bool) -> None:
    assert (scanner(re.compile(pattern, flags)) is not None) == built


SMALL = [re.compile(p, f) for p, f in [
    (r"(?<![\w-])(?:security forces|police|militar\w*)(?![\w])", re.I),
    (r"(?<!\w)(?-i:May|June) (?P<day>\d+)", re.I),
    (r"[^a-z ]+k", re.I),
    (r"[A-Z][a-z]+ (?i:said)", 0),
    (r"(?i)(?<=\s)s[a-zé]+", 0),
    (r"(?:el|la|los)\s+(?P<d>\d{1,2})(?!\d)", re.I),
    (r"[ſK]\w", re.I),
    (r"é+\b", re.I),
    (r"(?<![\w-])(?:FARC|[Aa]l[- ]Shabaab|Sendero)(?![\w])", 0),
    (r"(?<=\s)(?<!el )(?:police|polic[ií]a)s?\b", re.I),
    # alternatives that share letters are grouped in the scanner, not in the pattern
    (r"(?<!\w)(?:po|pol|police|polis|p)(?:ic|i)?e\b", re.I),
    (r"(?>a|ab)c", re.I),  # an atomic group: its order matters, it is left alone
    (r"(?:a|ab)*?c", re.I),
    (r"(?:(?:e|el)\s+)?(?:la|las|los|l)\s+\d", re.I),
]]


@given(st.lists(st.sampled_from(["police", "Police", "POLİCE", "militarY", "Security forces",
                                 "May", "MAY", "may", "June", "12", "3", "ſ", "K", "k", "ı",
                                 "İ", "Σ", "σ", "ς", "é", "É", "ß", "ẞ", "said", "SAID", "el",
                                 "La", "los", "-", " ", ".", "\n", "\u00a0", "FARC", "farc",
                                 "al-Shabaab", "Al Shabaab", "policía", "POLICÍA", "Sendero",
                                 "ab", "abc", "pol", "polie", "pe", "pice", "poe"]),
                max_size=14))
def test_folded_scans_find_what_re_finds(words: list[str]) -> None:
    _check("".join(words), SMALL)
    _check("".join(words), PATTERNS[::7])


@pytest.mark.parametrize("path", sorted((REPO / "samples").glob("*.txt")), ids=lambda p: p.name)
def test_folded_scans_find_what_re_finds_in_the_samples(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    _check(text)
    _check(text.upper())
    _check(text.replace("i", "ı").replace("s", "ſ").replace("I", "İ"))
