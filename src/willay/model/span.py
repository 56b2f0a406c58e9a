"""Span: a piece of evidence, character offsets into a document's text plus the quote."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class SpanError(ValueError):
    """A span whose offsets do not reproduce its quote."""


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` of ``Document.text`` and the text it covers.

    The invariant ``text[start:end] == quote`` is checked when a span is built with
    :meth:`of` and can be re-checked against any text with :meth:`verify`.
    """

    start: int
    end: int
    quote: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        if not 0 <= start <= end <= len(text):
            raise SpanError(f"span [{start}, {end}) outside text of length {len(text)}")
        return cls(start, end, text[start:end])

    def verify(self, text: str) -> None:
        if text[self.start : self.end] != self.quote:
            raise SpanError(
                f"span [{self.start}, {self.end}) quotes {self.quote!r} "
                f"but the text there is {text[self.start:self.end]!r}"
            )

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "quote": self.quote}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]), str(data["quote"]))
