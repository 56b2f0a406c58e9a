"""Claim: one reported figure (killed, injured, arrested, crowd size), its source and evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from willay.model.span import Span

#: What a figure counts.
CLAIM_KINDS = ("fatalities", "injured", "arrested", "crowd_size", "sites")
#: How the text qualifies a figure.
QUALIFIERS = ("exact", "at_least", "at_most", "about", "vague", "range")
#: Classes of reporters, used by reconciliation to rank sources.
REPORTER_CLASSES = ("government", "health", "ombudsman", "police", "military", "ngo",
                    "organiser", "media", "witness", "judicial", "other")
#: Reporters whose figures are preferred as an event's best figure (DESIGN.md:
#: official health, forensic and ombudsman sources; forensic institutes and morgues are
#: classed ``health``, prosecutors and courts ``judicial``). The one reporter-trust order
#: of the project: extraction and cross-document reconciliation both read it.
OFFICIAL_REPORTER_CLASSES = ("health", "ombudsman", "judicial")


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure as one reporter states it.

    ``value`` is the single number a coder would record (``"at least 17"`` -> 17,
    ``"a dozen"`` -> 12); ``low``/``high`` bound it when the text gives a range or a vague
    word. ``reporter`` is ``None`` when the document states the figure in its own voice.
    ``scope`` is ``"event"`` or ``"cumulative"``.
    """

    kind: str
    value: int | None
    evidence: Span
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    reporter: str | None = None
    reporter_class: str | None = None
    via: str | None = None
    scope: str = "event"
    as_of: dt.date | None = None
    reporter_evidence: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "qualifier": self.qualifier,
            "reporter": self.reporter,
            "reporter_class": self.reporter_class,
            "via": self.via,
            "scope": self.scope,
            "as_of": self.as_of.isoformat() if self.as_of else None,
            "evidence": self.evidence.to_dict(),
            "reporter_evidence": (self.reporter_evidence.to_dict()
                                  if self.reporter_evidence else None),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        rep = data.get("reporter_evidence")
        return cls(
            kind=data["kind"],
            value=data.get("value"),
            low=data.get("low"),
            high=data.get("high"),
            qualifier=data.get("qualifier") or "exact",
            reporter=data.get("reporter"),
            reporter_class=data.get("reporter_class"),
            via=data.get("via"),
            scope=data.get("scope") or "event",
            as_of=dt.date.fromisoformat(data["as_of"]) if data.get("as_of") else None,
            evidence=Span.from_dict(data["evidence"]),
            reporter_evidence=Span.from_dict(rep) if rep else None,
        )
