"""PlaceEchoes: a name a document introduces as a place is that place wherever it recurs.

(And a word the document also writes in lower case is a common word, not such a name.)

A place the gazetteer lacks is found only where the text introduces it ("the village of
Sanakadougou", "caserío El Carmelo": ``unlisted`` place mentions). A report names it that
way once and then uses the bare name ("... killed twelve in Sanakadougou"), often in the
lede, before the introduction. This component adds a place mention with the same value at
every other occurrence of the introduced name in the document, unless the occurrence is
part of a longer name (a capitalised word right before or after it) or already inside
another place mention.

An unlisted name that the same text also writes in lower case ("This region is key ...",
"this") is a common word the capital of a sentence start made look like a name: its
mention is dropped.
"""

from __future__ import annotations

import bisect
import re

from willay.model import Document, Mention, Span


class PlaceEchoes:
    """Pipeline component: unlisted place names -> a place mention at each recurrence."""

    name = "willay.PlaceEchoes.v1"

    def __call__(self, doc: Document) -> Document:
        introduced: dict[str, Mention] = {}
        common: set[int] = set()
        for n, m in enumerate(doc.mentions):
            if m.kind == "place" and m.attrs.get("unlisted") and m.span.quote:
                if _written_lower(doc.text, m.span.quote):
                    common.add(n)
                else:
                    introduced.setdefault(m.span.quote, m)
        if common:
            doc.mentions = [m for n, m in enumerate(doc.mentions) if n not in common]
        if not introduced:
            return doc
        taken = sorted((m.start, m.end) for m in doc.mentions if m.kind == "place")
        starts = [s for s, _ in taken]
        added = []
        for name, first in introduced.items():
            for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
                if _inside(taken, starts, hit.start(), hit.end()) or _longer_name(
                        doc.text, hit.start(), hit.end()):
                    continue
                attrs = dict(first.attrs)
                attrs["echo"] = True
                added.append(Mention("place", Span(hit.start(), hit.end(), hit.group()),
                                     first.value, attrs))
        if added:
            doc.mentions.extend(added)
            doc.mentions.sort(key=lambda m: (m.start, m.end))
        return doc


def _written_lower(text: str, name: str) -> bool:
    """The text also writes ``name`` in lower case, as a word of its own."""
    low = name.lower()
    return low != name and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text) is not None


def _inside(taken: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """The span overlaps a place mention already there."""
    i = bisect.bisect_right(starts, end) - 1
    while i >= 0 and taken[i][0] > start - 200:  # no place name is that long
        if taken[i][0] < end and start < taken[i][1]:
            return True
        i -= 1
    return False


_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+(\w+)")


def _longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word joins the name on either side ("Sanakadougou Road")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _WORD_AFTER.search(text[end:end + 40])
    if after is not None and after.group(1)[:1].isupper():
        return True
    if before is None or not before.group(1)[:1].isupper():
        return False
    # a capitalised word that opens a sentence is not part of the name
    head = text[max(0, before.start() - 3):before.start()].rstrip()
    return not (head == "" or head.endswith((".", "!", "?", ":", "\n")))
