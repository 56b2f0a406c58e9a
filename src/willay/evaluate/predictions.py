"""Predictions to score: output-contract records, read from JSONL or built from documents."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from willay.errors import InputError
from willay.evaluate.sentences import AlignText
from willay.model import Document, Span
from willay.model.offsets import to_given_text
from willay.model.serialize import document_to_dict

#: Claim kinds whose reporters count for attribution (ANNOTATION.md section 8).
ATTRIBUTED_KINDS = ("fatalities", "injured", "arrested")
#: Tally kinds of the output contract mapped to the gold's words.
TALLY_KIND_ALIASES = MappingProxyType({
    "fatalities": "deaths", "killed": "deaths", "deaths": "deaths", "injured": "injured",
    "arrested": "arrested",
})


@dataclass(frozen=True, slots=True)
class PredFigure:
    """A predicted figure: ``best`` with its ``low``/``high`` over the claims."""

    best: int | None
    low: int | None = None
    high: int | None = None

    @classmethod
    def from_value(cls, data: Any) -> PredFigure | None:
        if data is None:
            return None
        if isinstance(data, int | float):
            return cls(int(data))
        if isinstance(data, dict):
            best, low, high = data.get("best"), data.get("low"), data.get("high")
            if best is None and low is None and high is None:
                return None
            return cls(best, low, high)
        raise TypeError(f"figure must be a number or an object, not {type(data).__name__}")


@dataclass(slots=True)
class PredEvent:
    """One predicted event, reduced to what scoring looks at."""

    id: str
    event_type: str
    sub_event_type: str
    trigger: Span | None
    #: Every trigger span merged into the event (``evidence.triggers``), the main one included.
    triggers: tuple[Span, ...] = ()
    tags: tuple[str, ...] = ()
    date: str | None = None
    date_precision: str | None = None
    country: str | None = None
    admin1: str | None = None
    location: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    fatalities: PredFigure | None = None
    injured: PredFigure | None = None
    arrested: PredFigure | None = None
    reporters: tuple[str, ...] = ()
    #: ``(kind, value, low, high, reporter)`` of every casualty or arrest claim.
    claims: tuple[tuple[str, int | None, int | None, int | None, str | None], ...] = ()
    confidence: float = 1.0

    @classmethod
    def from_dict(cls, data: dict[str, Any], index: int = 0) -> PredEvent:
        evidence = data.get("evidence") or {}
        trig = evidence.get("trigger")
        if isinstance(trig, list):  # tolerate a list of spans: the first one is the trigger
            trig = trig[0] if trig else None
        reporters: list[str] = []
        claims: list[tuple[str, int | None, int | None, int | None, str | None]] = []
        for claim in data.get("claims") or ():
            if claim.get("kind") not in ATTRIBUTED_KINDS:
                continue
            claims.append((str(claim["kind"]), claim.get("value"), claim.get("low"),
                           claim.get("high"), claim.get("reporter")))
            for key in ("reporter", "via"):
                name = claim.get(key)
                if name and name not in reporters:
                    reporters.append(str(name))
        confidence = data.get("confidence")
        return cls(
            id=str(data.get("id") or f"event-{index}"),
            event_type=str(data.get("event_type") or ""),
            sub_event_type=str(data.get("sub_event_type") or ""),
            trigger=Span.from_dict(trig) if trig else None,
            triggers=tuple(Span.from_dict(s) for s in evidence.get("triggers") or ()
                           if isinstance(s, dict)),
            tags=tuple(data.get("tags") or ()),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            country=data.get("country"),
            admin1=data.get("admin1"),
            location=data.get("location"),
            actor1=data.get("actor1"),
            actor2=data.get("actor2"),
            fatalities=PredFigure.from_value(data.get("fatalities")),
            injured=PredFigure.from_value(data.get("injured")),
            arrested=PredFigure.from_value(data.get("arrested")),
            reporters=tuple(reporters),
            claims=tuple(claims),
            confidence=1.0 if confidence is None else float(confidence),
        )


@dataclass(frozen=True, slots=True)
class PredTally:
    """One predicted tally: kind (in the gold's words), value and as-of date."""

    kind: str
    value: int | None
    as_of: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PredTally:
        kind = str(data.get("kind") or "")
        return cls(kind=TALLY_KIND_ALIASES.get(kind, kind), value=data.get("value"),
                   as_of=data.get("as_of"))


@dataclass(slots=True)
class PredDoc:
    """The predictions for one document, with the text its offsets point into.

    ``text`` (and ``view``, the text with its sentences and clean view) is ``None`` when
    the predictions come from a file: the scorer then rebuilds the text from the corpus
    (see :func:`willay.evaluate.runner.document_texts`).
    """

    id: str
    events: list[PredEvent] = field(default_factory=list)
    tallies: list[PredTally] = field(default_factory=list)
    language: str | None = None
    text: str | None = None
    view: AlignText | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any], text: str | None = None) -> PredDoc:
        """Read one line of the output contract (``{"doc": ..., "events": ..., ...}``)."""
        meta = data.get("doc") or {}
        doc_id = meta.get("id", data.get("id"))
        if doc_id is None:
            raise KeyError("doc.id")
        return cls(
            id=str(doc_id),
            events=[PredEvent.from_dict(e, i) for i, e in enumerate(data.get("events") or ())],
            tallies=[PredTally.from_dict(t) for t in data.get("tallies") or ()],
            language=meta.get("language"),
            text=text,
        )

    @classmethod
    def from_document(cls, doc: Document) -> PredDoc:
        """The predictions of an extracted document (through the output contract), with
        offsets into its text as given."""
        doc = to_given_text(doc)  # an extractor that skipped the pipeline's last step
        pred = cls.from_dict(document_to_dict(doc, text=False), text=doc.text)
        pred.view = AlignText.of_document(doc)
        return pred

    def above(self, min_confidence: float) -> PredDoc:
        """A copy keeping only the events with ``confidence >= min_confidence``."""
        kept = [e for e in self.events if e.confidence >= min_confidence]
        return PredDoc(self.id, kept, list(self.tallies), self.language, self.text, self.view)


def load_predictions(path: str | Path) -> dict[str, PredDoc]:
    """Read a JSONL file of the output contract (``willay extract --format jsonl``)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read predictions ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), "predictions file is not UTF-8") from exc
    preds: dict[str, PredDoc] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = PredDoc.from_dict(json.loads(line))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(f"{path}:{number}", f"bad prediction record ({exc})") from exc
        preds[doc.id] = doc
    return preds
