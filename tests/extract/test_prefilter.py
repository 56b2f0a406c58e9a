"""The prefilter skips only scans that cannot match, so the matches stay those of ``re``."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from willay.extract import actors
from willay.extract.lexicon import section_patterns
from willay.extract.modality import ModalityFinder
from willay.extract.prefilter import Prefilter, fold, literal_prefixes, required_literals

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "es", "fr", "pt")


def test_fold_maps_every_character_a_letter_matches_regardless_of_case() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in string.ascii_lowercase + string.ascii_uppercase:
        for match in re.finditer(letter, every, re.IGNORECASE):
            assert fold(match.group()) == letter.lower(), (letter, hex(ord(match.group())))


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?<![\w-])(?:security forces|police)(?![\w])", re.I, {"securi", "police"}),
    (r"(?<![\w-])(?:[Aa]l[- ]Shabaab?|Shebab)(?![\w])", 0,
     {"Al-Sha", "Al Sha", "al-Sha", "al Sha", "Shebab"}),
    (r"(?:the )?march", re.I, {"the ma", "march"}),
    (r"Pol(?i:ice)", 0, {"Pol"}),
    (r"(?i:pol)ice", re.I, {"police"}),
    (r"(?-i:POL)ice", re.I, {"police"}),
    (r"é(?:t)", re.I, None),
    (r"\d+ dead", re.I, None),
    (r"(?P<name>[A-Z]\w+) supporters", 0, None),
    (r"x|\w", 0, None),
])
def test_literal_prefixes(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = literal_prefixes(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?<!\w)\w+'ll \w+(?!\w)", re.I, {"'ll "}),
    (r"(?P<name>[A-Z][\w'-]+) supporters", 0, {" suppo"}),
    (r"(?:the )?march", re.I, {"march"}),
    (r"\d+ (?:dead|killed)", re.I, {" dead", " kille"}),
    (r"\d+\w*", re.I, None),
])
def test_required_literals(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = required_literals(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


def _lexicon_patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = [rx for rx, _, _ in actors.armed_groups()]
    for lang in LANGUAGES:
        out += [rx for rx, *_ in actors._lexicon(lang)]
        out += [cue.regex for cue in ModalityFinder().lexicon(lang).cues]
        for section in ("heads", "cues"):
            out += section_patterns(lang, "triggers", section).values()
    return out


PATTERNS = _lexicon_patterns()
SAMPLES = [p.read_text(encoding="utf-8") for p in sorted((REPO / "samples").glob("*.txt"))]


def _check(text: str) -> None:
    folded = fold(text)
    for rx in PATTERNS:
        scan = Prefilter(rx)
        assert [m.span() for m in scan.finditer(text, folded)] == \
            [m.span() for m in rx.finditer(text)], rx.pattern


def test_most_lexicon_patterns_have_prefixes() -> None:
    with_prefixes = [rx for rx in PATTERNS if literal_prefixes(rx) is not None]
    assert len(with_prefixes) > 0.9 * len(PATTERNS)
    with_literals = [rx for rx in PATTERNS if required_literals(rx) is not None]
    assert len(with_literals) > len(with_prefixes)


@pytest.mark.parametrize("index", range(len(SAMPLES)))
def test_prefiltered_scans_find_what_re_finds_in_the_samples(index: int) -> None:
    text = SAMPLES[index]
    _check(text)
    _check(text.upper())  # "İ", "ſ" and capitals go through fold()
    _check(text.replace("i", "ı").replace("s", "ſ").replace("I", "İ"))


@given(st.lists(st.sampled_from(["police", "Police", "POLİCE", "militarY", "strike", "huelga",
                                 "manifestation", "protest", "ſtrike", "K", "no one", "not",
                                 "à", "-", " ", ".", "\n", "Shabaab", "al-Shabaab", "FARC"]),
                max_size=12))
def test_prefiltered_scans_find_what_re_finds(words: list[str]) -> None:
    _check("".join(words))
