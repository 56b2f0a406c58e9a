"""Document: the text, its clean view, metadata and the annotations that components add to it."""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from willay.model.span import Span

if TYPE_CHECKING:
    from willay.model.event import EventReport, Tally
    from willay.model.mention import Mention


def content_id(text: str) -> str:
    """Stable document id from its clean view: the first 16 hex digits of SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Sentence:
    """A sentence of the document's text, with its paragraph number."""

    span: Span
    paragraph: int

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def text(self) -> str:
        return self.span.quote


class SentenceIndex:
    """Which sentence of a list holds a character offset.

    Sentences in text order that do not overlap (what the segmenter gives) are searched by
    bisection; any other list is scanned in order, so the answer is always the first
    sentence that holds the offset.
    """

    __slots__ = ("count", "ordered", "sentences", "starts")

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.count = len(sentences)
        self.starts = [s.start for s in sentences]
        self.ordered = all(s.start <= s.end for s in sentences) and all(
            a.end <= b.start for a, b in itertools.pairwise(sentences))

    def index(self, offset: int) -> int | None:
        """The number of the first sentence with ``start <= offset < end``, or None."""
        if self.ordered:
            i = bisect.bisect_right(self.starts, offset) - 1
            if i >= 0 and offset < self.sentences[i].end:
                return i
            return None
        for i, sent in enumerate(self.sentences):
            if sent.start <= offset < sent.end:
                return i
        return None

    def first_from(self, offset: int) -> int | None:
        """The number of the first sentence with ``start >= offset``, or None."""
        if self.ordered:
            i = bisect.bisect_left(self.starts, offset)
            return i if i < self.count else None
        return next((i for i, s in enumerate(self.sentences) if s.start >= offset), None)


@dataclass(slots=True)
class Document:
    """One article as the pipeline sees it.

    While the components run, ``text`` is the clean view (boilerplate lines, metadata
    lines and markdown markup left out) and ``given_text`` the text as given (for HTML,
    the extracted main text). The last step of the pipeline
    (:func:`willay.model.offsets.to_given_text`) moves every span into the text as given:
    ``text`` becomes that text, ``given_text`` becomes None and ``clean_text`` keeps the
    clean view. Every span of every annotation indexes into ``text``.
    ``raw_offsets`` maps the clean view back to the text as given as
    ``(clean_start, given_start, length)`` triples; ``removed`` holds the spans of the
    text as given that cleaning left out (boilerplate and metadata lines).
    ``published_precision`` is ``"day"``, ``"month"`` or ``"year"`` when only part of the
    publication date is known (``published`` then holds the first day of that period).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_precision: str | None = None
    language: str | None = None
    language_score: float | None = None
    source: str | None = None
    raw_offsets: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[Span] = field(default_factory=list)
    given_text: str | None = None
    clean_text: str | None = None
    # Annotations added by pipeline components.
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    reports: list[EventReport] = field(default_factory=list)
    tallies: list[Tally] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: The lookup over ``sentences``, rebuilt when that list is replaced or grows.
    _sentence_lookup: SentenceIndex | None = field(default=None, init=False, repr=False,
                                                   compare=False)

    @property
    def clean_view(self) -> str:
        """The clean view of the text (``text`` itself while the components run)."""
        return self.clean_text if self.clean_text is not None else self.text

    def span(self, start: int, end: int) -> Span:
        """A span of this document's text (checked)."""
        return Span.of(self.text, start, end)

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]

    def sentence_lookup(self) -> SentenceIndex:
        """The lookup over ``sentences`` (built again when the list was replaced or grew)."""
        lookup = self._sentence_lookup
        if lookup is None or lookup.sentences is not self.sentences or \
                lookup.count != len(self.sentences):
            lookup = self._sentence_lookup = SentenceIndex(self.sentences)
        return lookup

    def sentence_index(self, offset: int) -> int | None:
        """The number of the sentence that holds ``offset`` (None between sentences)."""
        return self.sentence_lookup().index(offset)

    def sentence_at(self, offset: int) -> Sentence | None:
        i = self.sentence_index(offset)
        return None if i is None else self.sentences[i]

    def published_iso(self) -> str | None:
        if self.published is None:
            return None
        if self.published_precision == "year":
            return f"{self.published.year:04d}"
        if self.published_precision == "month":
            return f"{self.published.year:04d}-{self.published.month:02d}"
        return self.published.isoformat()

    def meta_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "publisher": self.publisher,
            "author": self.author,
            "published": self.published_iso(),
            "language": self.language,
        }
