"""Scan a case-insensitive pattern case-sensitively over the folded text, then confirm.

Python's ``re`` tries every alternative of a case-insensitive alternation at every place
it may start: with :data:`re.IGNORECASE` a literal is compared after lowering the text's
character, and the engine cannot skip an alternative by its first character. The same
pattern with its literals folded (:func:`willay.extract.prefilter.fold`: lower case, the
few characters ``re`` matches to an ASCII letter mapped to it) runs case-sensitively
over the folded text, where the engine skips an alternative whose first character
differs, which is several times cheaper for the word lists of the lexicons and dates.
When the pattern opens with lookbehinds and then a literal or alternatives that each
open with one (``(?<![\\w-])(?:police|army)``, the lexicons), the scanner leaves the
lookbehinds out: the engine then skips in C to the characters an alternative opens
with, instead of trying the pattern at every word. The scanner's alternatives are
grouped by their first letters (a tree of letters), since it only says where a match
starts.

:class:`FoldScan` builds that *scanner* once per pattern (at pipeline build) from the
pattern's parse tree. Where the pattern ignores case the scanner is the same pattern on
the folded text; where it does not (a ``(?-i:...)`` section, a case-sensitive pattern)
the scanner ignores case, so it matches wherever the pattern matches and maybe
elsewhere. :meth:`FoldScan.finditer` asks the scanner for the next place it matches and
then matches the pattern itself there, on the text: the matches are those of
``pattern.finditer(text)``, same spans, same groups, same order. A pattern the scanner
cannot mirror exactly (a back reference, a negated case-sensitive class, a match of no
characters, a character whose case folds in context) gets no scanner and is scanned
as before; so does a case-sensitive pattern that opens with no literal (it would not
be faster).
"""

from __future__ import annotations

import re
import re._casefix as _casefix
import re._compiler as _compiler
import re._constants as _sre
import re._parser as _parser
from collections.abc import Iterator
from typing import Any

from willay.extract.prefilter import fold

#: Characters whose case partners ``re`` lists apart (``σ``/``ς``, ``ſ``, ``ı`` ...):
#: besides the ASCII letters that :func:`fold` handles, a pattern with one gets no scanner.
#: None where this Python keeps no such list: then no pattern gets one.
_CASES = getattr(_casefix, "_EXTRA_CASES", None)
_EXTRA = frozenset(_CASES or ())
#: The largest character range of a pattern that is spelt out letter by letter.
_RANGE_LIMIT = 512
#: Flags the scanner cannot mirror.
_UNSUPPORTED_FLAGS = re.ASCII | re.LOCALE


class _Unsupported(Exception):
    """The pattern holds something the scanner cannot mirror."""


def _is_cased(code: int) -> bool:
    char = chr(code)
    return char.lower() != char or char.upper() != char


def _fold_char(code: int) -> int:
    """The character of the folded text where the text has ``code``."""
    if code < 128:
        return ord(chr(code).lower())
    if not _is_cased(code):
        return code
    folded = fold(chr(code))
    if code in _EXTRA or len(folded) != 1 or ord(folded) in _EXTRA:
        raise _Unsupported  # its case folds in context or has partners apart
    return ord(folded)


def _set_items(items: list[tuple[Any, Any]], ignore: bool, negative: bool) -> list[Any]:
    """The items of a character class, folded. A class that is negated (or inside a
    negative assertion) and has cased characters must ignore case to stay exact."""
    negated = negative != any(op is _sre.NEGATE for op, _ in items)
    out: list[Any] = []
    for op, av in items:
        if op is _sre.LITERAL:
            if _is_cased(av) and negated and not ignore:
                raise _Unsupported
            out.append((op, _fold_char(av)))
        elif op is _sre.RANGE:
            low, high = av
            cased = any(_is_cased(c) for c in range(low, high + 1))
            if not cased:
                out.append((op, av))
                continue
            if (negated and not ignore) or high - low > _RANGE_LIMIT:
                raise _Unsupported
            out.extend((_sre.LITERAL, c) for c in sorted({_fold_char(c)
                                                           for c in range(low, high + 1)}))
        elif op in (_sre.NEGATE, _sre.CATEGORY):
            out.append((op, av))
        else:
            raise _Unsupported
    return out


def _walk(seq: Any, ignore: bool, negative: bool) -> None:
    """Fold the literals of a parsed sequence in place.

    ``ignore``: the items match regardless of case; ``negative``: they are inside a
    negative assertion, where a scanner that matches more would match less.
    """
    data = seq.data
    for k, (op, av) in enumerate(data):
        if op in (_sre.LITERAL, _sre.NOT_LITERAL):
            if _is_cased(av) and not ignore and (negative or op is _sre.NOT_LITERAL):
                raise _Unsupported
            data[k] = (op, _fold_char(av))
        elif op is _sre.IN:
            items = _set_items(av, ignore, negative)
            one = {item for item in items if item[0] is _sre.LITERAL}
            # "[Aa]" folds to "a": a literal, which the engine can look for first
            data[k] = one.pop() if len(one) == 1 and len(items) == len(
                [i for i in items if i[0] is _sre.LITERAL]) else (op, items)
        elif op is _sre.BRANCH:
            for alternative in av[1]:
                _walk(alternative, ignore, negative)
        elif op is _sre.SUBPATTERN:
            group, add, delete, body = av
            if (add | delete) & _UNSUPPORTED_FLAGS:
                raise _Unsupported
            local = (ignore or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            _walk(body, local, negative)
            data[k] = (op, (group, add & ~re.IGNORECASE, delete & ~re.IGNORECASE, body))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            _walk(av[2], ignore, negative)
        elif op is _sre.ATOMIC_GROUP:
            _walk(av, ignore, negative)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _walk(av[1], ignore, negative != (op is _sre.ASSERT_NOT))
        elif op not in (_sre.ANY, _sre.AT, _sre.FAILURE, _sre.SUCCESS):
            raise _Unsupported  # back references and conditionals


def _opens_with_literal(item: tuple[Any, Any]) -> bool:
    """The engine can skip to where ``item`` may match: it is a literal, or alternatives
    that each open with one."""
    op, av = item
    if op is _sre.SUBPATTERN:
        return bool(av[3].data) and _opens_with_literal(av[3].data[0])
    if op is _sre.BRANCH:
        return all(alt.data and alt.data[0][0] is _sre.LITERAL for alt in av[1])
    return bool(op is _sre.LITERAL)


def _drop_opening_lookbehinds(seq: Any) -> bool:
    """Drop the lookbehinds that open ``seq`` (``(?<![\\w-])``) when a literal follows
    them: the engine then skips to the places that literal starts, and the pattern
    itself checks the lookbehinds again. Whether they were dropped."""
    data = seq.data
    k = 0
    while k < len(data) and data[k][0] in (_sre.ASSERT, _sre.ASSERT_NOT) and data[k][1][0] < 0:
        k += 1
    if k == 0 or k == len(data) or not _opens_with_literal(data[k]):
        return False
    del data[:k]
    return True


def _factor(seq: Any) -> None:
    """Group the alternatives of the branches in ``seq`` by their first letter, into a
    tree of letters: the engine then compares the next character once per letter rather
    than once per alternative. The scanner only tells where a match starts, and whether
    a match starts somewhere does not depend on the order of alternatives; it would
    inside an atomic group or a possessive repeat, and an empty pass of a repeat
    stops it, so the branches inside those are left alone."""
    for k, (op, av) in enumerate(seq.data):
        if op is _sre.BRANCH:
            seq.data[k] = (op, (None, _grouped(av[1], seq.state)))
        elif op is _sre.SUBPATTERN:
            _factor(av[3])
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[2].getwidth()[0] > 0:
            _factor(av[2])
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _factor(av[1])


def _grouped(alternatives: list[Any], state: Any) -> list[Any]:
    """The alternatives of a branch, those that open with the same letter as one."""
    for alt in alternatives:
        _factor(alt)
    groups: dict[Any, list[Any]] = {}
    for n, alt in enumerate(alternatives):
        first = alt.data[0] if alt.data and alt.data[0][0] is _sre.LITERAL else n
        groups.setdefault(first, []).append(alt)
    out = []
    for first, members in groups.items():
        if len(members) == 1:
            out.extend(members)
            continue
        rests = [_parser.SubPattern(state, list(alt.data[1:])) for alt in members]
        body = _parser.SubPattern(state, [(_sre.BRANCH, (None, _grouped(rests, state)))])
        out.append(_parser.SubPattern(state, [first, (_sre.SUBPATTERN, (None, 0, 0, body))]))
    return out


def scanner(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-sensitive pattern over :func:`fold` of a text that matches wherever
    ``pattern`` matches in the text, or None when there is none to build or it would
    not be faster (a case-sensitive pattern that opens with no literal)."""
    if _CASES is None or not isinstance(pattern.pattern, str) \
            or pattern.flags & _UNSUPPORTED_FLAGS:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return None  # empty matches: finditer's rules for them are not mirrored
        _walk(parsed, bool(pattern.flags & re.IGNORECASE), False)
        if not _drop_opening_lookbehinds(parsed) and not pattern.flags & re.IGNORECASE:
            return None
        parsed.state.flags &= ~re.IGNORECASE
        _factor(parsed)
        compiled: re.Pattern[str] = _compiler.compile(parsed, pattern.flags & ~re.IGNORECASE)
    except Exception:  # _Unsupported, or re's private parser changed: scan as before
        return None
    return compiled


class FoldScan:
    """A pattern with its scanner over the folded text (see the module's docstring)."""

    __slots__ = ("pattern", "scan")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scan = scanner(pattern)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``; ``folded`` is :func:`fold` of ``text``."""
        if folded is None:
            folded = fold(text)
        if self.scan is None or len(folded) != len(text):
            return self.pattern.finditer(text)
        return self._confirmed(self.scan, text, folded)

    def _confirmed(self, scan: re.Pattern[str], text: str,
                   folded: str) -> Iterator[re.Match[str]]:
        search, match = scan.search, self.pattern.match
        pos = 0
        while True:
            candidate = search(folded, pos)
            if candidate is None:
                return
            found = match(text, candidate.start())
            if found is None:
                pos = candidate.start() + 1
                continue
            yield found
            pos = found.end()
