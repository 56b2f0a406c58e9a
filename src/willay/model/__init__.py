"""Core typed objects of willay: documents, spans, claims, reports, tallies, places, events.

These modules hold data only: no I/O, no parsing. Every stage of the pipeline takes and
returns these objects; serialisation to the output contract lives in
:mod:`willay.model.serialize`.
"""

from willay.model.claim import OFFICIAL_REPORTER_CLASSES, Claim
from willay.model.dates import EventDate
from willay.model.document import Document, Sentence
from willay.model.event import Event, EventReport, Figure, Tally
from willay.model.mention import Mention
from willay.model.place import Place
from willay.model.span import Span, SpanError

__all__ = [
    "OFFICIAL_REPORTER_CLASSES",
    "Claim",
    "Document",
    "Event",
    "EventDate",
    "EventReport",
    "Figure",
    "Mention",
    "Place",
    "Sentence",
    "Span",
    "SpanError",
    "Tally",
]
