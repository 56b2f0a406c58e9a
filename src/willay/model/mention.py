"""Mention: a typed span found by a component (trigger, date, place, actor, number, ...)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from willay.model.span import Span

#: Kinds of mentions the rules backend produces.
MENTION_KINDS = ("trigger", "date", "place", "actor", "number", "reporter", "hedge",
                 "negation", "plan", "boilerplate")


@dataclass(slots=True)
class Mention:
    """A span of the document with a kind, a normalised value and free attributes.

    ``value`` depends on the kind: an :class:`~willay.model.EventDate` for dates, a
    :class:`~willay.model.Place` for places, a label string for triggers and actors.
    """

    kind: str
    span: Span
    value: Any = None
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end
