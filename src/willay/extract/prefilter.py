"""Skip a regular-expression scan that cannot match: literal strings checked by substring.

A lexicon pattern such as ``(?<![\\w-])(?:security forces|police)(?![\\w])`` is scanned
over a whole document, trying its alternatives at every word start. Most lexicon
patterns match nowhere in a given document. :class:`Prefilter` reads the pattern once
(at pipeline build) and lists literal strings one of which every match must contain:
the prefixes of the match (``securi``, ``police``) or, when the match opens with no
literal (``\\w+'ll``), the prefixes of what follows one of the pattern's items
(``'ll``). A document that contains none of them, a test done by ``str.__contains__``
in C, needs no scan. When one is found the pattern is scanned as before, so the
matches are exactly those of ``pattern.finditer``.

Case-insensitive patterns are compared against :func:`fold` of the text: the text in
lower case, with the few characters that Python's ``re`` matches to an ASCII letter
without lowering to it (``İ``, ``ı``, ``ſ``, the Kelvin sign) mapped to that letter.
Only ASCII characters enter the strings of a case-insensitive pattern, so a character
of the text that the pattern matches always folds to the string's character.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from collections.abc import Iterator
from typing import Any

#: The longest prefix kept for one alternative (characters).
PREFIX_LENGTH = 6
#: Above this many prefixes a pattern is not worth checking by substring.
MAX_PREFIXES = 64

#: Characters that ``re.IGNORECASE`` matches to an ASCII letter and ``str.lower`` does
#: not lower to it (checked over every code point by tests/extract/test_prefilter.py).
_FOLD = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))
#: The last text folded and its fold: the components of one document share it.
_last_fold: tuple[str, str] = ("", "")


def fold(text: str) -> str:
    """``text`` as the case-insensitive prefixes are compared against it."""
    global _last_fold
    last = _last_fold  # one read: another thread may replace it meanwhile
    if last[0] is text:
        return last[1]
    folded = text
    if not text.isascii():
        for char, letter in _FOLD:
            if char in folded:
                folded = folded.replace(char, letter)
    folded = folded.lower()
    _last_fold = (text, folded)
    return folded


class _TooMany(Exception):
    """The alternatives branch into more prefixes than :data:`MAX_PREFIXES`."""


def _extend(states: list[tuple[str, bool]], chars: list[str]) -> list[tuple[str, bool]]:
    out = [(s + c, True) if is_open else (s, False)
           for s, is_open in states for c in (chars if is_open else [""])]
    if len(out) > MAX_PREFIXES:
        raise _TooMany
    return [(s, is_open and len(s) < PREFIX_LENGTH) for s, is_open in out]


def _close(states: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    return [(s, False) for s, _ in states]


def _chars(op: Any, av: Any, ignorecase: bool, folded: bool) -> list[str] | None:
    """The strings a one-character item appears as in the haystack, or None when they
    are not a short list of literals."""
    if op is _sre.LITERAL:
        items = [av]
    elif op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        items = [a for _, a in av]
    else:
        return None
    chars = [chr(c) for c in items]
    if ignorecase:
        if not folded or not all(c.isascii() for c in chars):
            return None
        return sorted({c.lower() for c in chars})
    return sorted({fold(c) for c in chars}) if folded else chars


def _walk(seq: Any, states: list[tuple[str, bool]], ignorecase: bool,
          folded: bool) -> list[tuple[str, bool]]:
    """Extend the open prefixes in ``states`` by the items of a parsed sequence.

    ``ignorecase``: the items match regardless of case; ``folded``: the prefixes are
    looked for in :func:`fold` of the text rather than in the text.
    """
    for op, av in seq:
        if not any(is_open for _, is_open in states):
            break
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: only narrows where a match may be
        chars = _chars(op, av, ignorecase, folded)
        if chars is not None:
            states = _extend(states, chars)
        elif op is _sre.BRANCH:
            states = _union(_walk(alt, states, ignorecase, folded) for alt in av[1])
        elif op is _sre.SUBPATTERN:
            local = (ignorecase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            states = _walk(av[3], states, local, folded)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            states = _repeat(av, states, ignorecase, folded)
        else:
            states = _close(states)
    return states


def _union(alternatives: Iterator[list[tuple[str, bool]]]) -> list[tuple[str, bool]]:
    states = list(dict.fromkeys(s for alt in alternatives for s in alt))
    if len(states) > MAX_PREFIXES:
        raise _TooMany
    return states


def _repeat(av: Any, states: list[tuple[str, bool]], ignorecase: bool,
            folded: bool) -> list[tuple[str, bool]]:
    """Prefixes through ``X{min,max}``: one pass of ``X``, open after it only when
    ``max`` is 1; without it too when ``min`` is 0."""
    low, high, body = av
    once = _walk(body, states, ignorecase, folded)
    if high != 1:
        once = _close(once)
    return once if low >= 1 else _union(iter([once, states]))


def ignores_case(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` as a whole ignores case (by its flags or a leading ``(?i)``)."""
    return bool(pattern.flags & re.IGNORECASE)


def _prefixes(seq: Any, ignorecase: bool) -> frozenset[str] | None:
    try:
        states = _walk(seq, [("", True)], ignorecase, folded=ignorecase)
    except _TooMany:
        return None
    prefixes = frozenset(s for s, _ in states)
    if not prefixes or "" in prefixes:
        return None
    return prefixes


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which starts every match of ``pattern`` (folded when it ignores case).

    None when some match may start with no such literal (a digit class, ``\\w+``, an
    optional first word) or the alternatives branch into too many prefixes.
    """
    return _prefixes(_parser.parse(pattern.pattern, pattern.flags), ignores_case(pattern))


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which occurs in every match of ``pattern`` (folded when it ignores
    case): the literal prefixes of the pattern from one of its top-level items on, those
    of the item that gives the longest shortest string. ``\\w+'ll`` needs ``'ll``."""
    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    ignorecase = ignores_case(pattern)
    best: frozenset[str] | None = None
    for k in range(len(parsed)):
        found = _prefixes(parsed[k:], ignorecase)
        if found is not None and (best is None or _rank(found) > _rank(best)):
            best = found
    return best


def _rank(strings: frozenset[str]) -> tuple[int, int]:
    """Rarer first: the longer the shortest string, then the fewer strings."""
    return min(map(len, strings)), -len(strings)


class Prefilter:
    """A pattern with the literal strings that decide whether it needs a scan at all."""

    __slots__ = ("ignorecase", "pattern", "prefixes", "scan")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        from willay.extract.foldscan import FoldScan  # it folds as this module does

        self.pattern = pattern
        self.prefixes = required_literals(pattern)
        self.ignorecase = ignores_case(pattern)
        # the scan runs faster case-sensitively over the folded text (see foldscan)
        scan = FoldScan(pattern)
        self.scan = scan if scan.scan is not None else None

    def may_match(self, text: str, folded: str) -> bool:
        """False when ``pattern`` certainly matches nowhere in ``text`` (``folded`` is
        :func:`fold` of it)."""
        if self.prefixes is None:
            return True
        hay = folded if self.ignorecase else text
        return any(map(hay.__contains__, self.prefixes))

    def finditer(self, text: str, folded: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``, or nothing when none of the strings occurs in it."""
        if not self.may_match(text, folded):
            return iter(())
        if self.scan is not None:
            return self.scan.finditer(text, folded)
        return self.pattern.finditer(text)
