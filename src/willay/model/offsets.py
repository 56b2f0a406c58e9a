"""Offset map: clean-view offsets back to the text as given, and the stage that applies it.

Cleaning (:mod:`willay.text.clean`) builds the clean view only from slices of the text as
given, recorded as ``(clean_start, given_start, length)`` blocks (``Document.raw_offsets``).
Every clean character therefore has one given character, in the same order, and a clean
range ``[start, end)`` maps to the given range from the first to the last of its characters
(markup or boilerplate that the clean view skipped inside the range is then part of it).
The map keeps order and disjointness: two ranges that overlap in the clean view overlap in
the text as given, and two that do not, do not.

:func:`to_given_text` is the last step of every pipeline run: it moves every span of a
document (sentences, mentions, report evidence, claims, reporter evidence, tallies) into the
text as given and makes that text ``Document.text``, keeping the clean view as
``Document.clean_text``.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from typing import Any

from willay.model.claim import Claim
from willay.model.document import Document
from willay.model.span import Span

#: Mention attributes that hold ``(start, end)`` offsets of the clean view (the clause a
#: hedge governs, a figure's number, the figure a component belongs to): mapped with the
#: mention. A component that keeps offsets in a new attribute adds its name here.
OFFSET_ATTRS = ("scope", "number_span", "component_of")


class OffsetMap:
    """Maps offsets of a clean view to the text it was cut from.

    ``blocks`` are ``(clean_start, given_start, length)`` triples in clean order, covering
    the clean view without gaps; an empty list means that the two texts are the same.
    """

    __slots__ = ("_clean", "_given", "_length", "_size")

    def __init__(self, blocks: Sequence[tuple[int, int, int]], clean_length: int) -> None:
        ordered = sorted(blocks)
        self._clean = [c for c, _, _ in ordered]
        self._given = [g for _, g, _ in ordered]
        self._length = [n for _, _, n in ordered]
        self._size = clean_length
        covered = sum(self._length)
        if ordered and covered != clean_length:
            raise ValueError(f"offset map covers {covered} of {clean_length} clean characters")

    @property
    def identity(self) -> bool:
        """Whether the clean view is the text as given (no block, or one block at 0)."""
        return not self._clean or (
            len(self._clean) == 1 and self._clean[0] == 0 and self._given[0] == 0
        )

    def char(self, offset: int) -> int:
        """Given offset of the clean character at ``offset``."""
        if not 0 <= offset < self._size:
            raise ValueError(f"offset {offset} outside a clean text of length {self._size}")
        if not self._clean:
            return offset
        i = bisect.bisect_right(self._clean, offset) - 1
        return self._given[i] + offset - self._clean[i]

    def range(self, start: int, end: int) -> tuple[int, int]:
        """Given ``(start, end)`` of the clean range ``[start, end)``.

        A non-empty range runs from its first to its last character; an empty one sits
        before the given character of ``start`` (after the last one at the end of the text).
        """
        if not 0 <= start <= end <= self._size:
            raise ValueError(f"range [{start}, {end}) outside a clean text of length "
                             f"{self._size}")
        if start < end:
            return self.char(start), self.char(end - 1) + 1
        point = self.char(start) if start < self._size else (
            self.char(start - 1) + 1 if start > 0 else 0)
        return point, point

    def span(self, span: Span, given: str) -> Span:
        """``span`` of the clean view as a span of ``given`` (its quote taken from there)."""
        start, end = self.range(span.start, span.end)
        return Span.of(given, start, end)


def clean_view(given: str, blocks: Sequence[tuple[int, int, int]]) -> str:
    """The clean view rebuilt from the text as given and its offset map."""
    return "".join(given[g : g + n] for _, g, n in sorted(blocks))


def offset_map(doc: Document) -> OffsetMap:
    """The map from ``doc``'s clean view to its text as given."""
    return OffsetMap(doc.raw_offsets, len(doc.clean_view))


def to_given_text(doc: Document) -> Document:
    """Move every span of ``doc`` into the text as given and make it ``doc.text``.

    Does nothing when ``doc.text`` already is the text as given (``doc.given_text`` is
    None: mapped before, read back from the store, or built by hand from a text).
    """
    given = doc.given_text
    if given is None:
        return doc
    clean = doc.text
    omap = OffsetMap(doc.raw_offsets, len(clean))
    if omap.identity and given == clean:
        doc.text, doc.given_text = given, None
        return doc

    def span(s: Span) -> Span:
        return omap.span(s, given)

    def claim(c: Claim) -> Claim:
        rep = c.reporter_evidence
        return dataclasses.replace(c, evidence=span(c.evidence),
                                   reporter_evidence=span(rep) if rep is not None else None)

    def value(v: Any) -> Any:
        if isinstance(v, Span):
            return span(v)
        if isinstance(v, Claim):
            return claim(v)
        return v

    for sent in doc.sentences:
        sent.span = span(sent.span)
    for mention in doc.mentions:
        mention.span = span(mention.span)
        mention.value = value(mention.value)
        for key in OFFSET_ATTRS:
            pair = mention.attrs.get(key)
            if isinstance(pair, tuple) and len(pair) == 2 and all(
                    isinstance(x, int) for x in pair):
                mention.attrs[key] = omap.range(*pair)
    for report in doc.reports:
        report.trigger = span(report.trigger)
        report.evidence = {k: [span(s) for s in v] for k, v in report.evidence.items()}
        report.claims = [claim(c) for c in report.claims]
    for tally in doc.tallies:
        tally.evidence = span(tally.evidence)
    doc.clean_text = clean
    doc.text = given
    doc.given_text = None
    return doc
