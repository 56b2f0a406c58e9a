"""One stored event as every export sees it: country, roles, sources, notes, evidence sentences.

The formats (:mod:`willay.export.acled`, ``ucdp``, ``plover``, ``geojson``) read an
:class:`EventView` built from the store's :class:`~willay.store.EventDetail`, so each rule
(who acted on whom, what the source of a row is called, the summary sentence) is written
once. :class:`Viewer` builds the views; given a way to read a document's text it also finds
the sentence of each report's trigger.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from willay.export.roles import Party, Roles, roles
from willay.export.tables import Country, Outlet, country, host_of, outlet
from willay.model import EventDate, Figure
from willay.store import DocumentInfo, EventDetail, EventSummary
from willay.text.segment import Segmenter

#: ``doc id -> the text the stored offsets point into`` (``None`` when unknown).
TextLookup = Callable[[str], str | None]

#: ACLED's ``source_scale`` words for an outlet's reach, smallest first.
_SCALES = ("Local", "Subnational", "National", "Regional", "International")


@dataclass(frozen=True, slots=True)
class Source:
    """One document behind an event, as a source of a row."""

    info: DocumentInfo
    name: str | None  # publisher, else the known outlet of its address, else the host
    outlet: Outlet | None

    def scale(self, event_country: str | None) -> str | None:
        """ACLED's source scale of this source for an event in ``event_country``."""
        if self.outlet is None:
            return None
        reach = self.outlet.reach.capitalize()
        if reach in ("International", "Regional"):
            return reach
        if self.outlet.country and event_country and self.outlet.country != event_country:
            return "International"
        return reach if reach in _SCALES else None


@dataclass(frozen=True, slots=True)
class EventView:
    """An event with what the export formats derive from it."""

    detail: EventDetail
    country: Country | None
    roles: Roles
    sources: tuple[Source, ...]
    sentences: tuple[str, ...]
    notes: str

    @property
    def summary(self) -> EventSummary:
        return self.detail.summary

    @property
    def source_names(self) -> list[str]:
        return list(dict.fromkeys(s.name for s in self.sources if s.name))

    @property
    def source_scale(self) -> str | None:
        """ACLED's ``source_scale`` over all sources; ``None`` when one of them is unknown."""
        scales = [s.scale(self.summary.country) for s in self.sources]
        if not scales or any(s is None for s in scales):
            return None
        return "-".join(s for s in _SCALES if s in scales)

    @property
    def urls(self) -> list[str]:
        return list(dict.fromkeys(s.info.url for s in self.sources if s.info.url))

    @property
    def fatal(self) -> bool:
        """At least one death in the best, low, high or conservative figure."""
        fig = self.summary.fatalities
        if fig is None:
            return False
        return any(v is not None and v > 0
                   for v in (fig.best, fig.low, fig.high, fig.conservative))


def source_of(info: DocumentInfo) -> Source:
    """A document as a source: its publisher's name, never a full web address."""
    known = outlet(info.publisher, info.url)
    name = info.publisher or (known.name if known else None) or host_of(info.url)
    return Source(info, name, known)


def date_phrase(date: EventDate | None) -> str:
    """``On 9 January 2023``, ``Between 4 and 6 January 2023``, ``In January 2023``, ..."""
    if date is None or date.precision == "unknown":
        return "On an unknown date"

    def day(d: dt.date, month: bool = True, year: bool = True) -> str:
        text = str(d.day)
        if month:
            text += d.strftime(" %B")
        if year:
            text += f" {d.year}"
        return text

    if date.precision == "month":
        return f"In {date.start.strftime('%B')} {date.start.year}"
    if date.precision == "year":
        return f"In {date.start.year}"
    if date.precision == "range" and date.start != date.end:
        same_year = date.start.year == date.end.year
        same_month = same_year and date.start.month == date.end.month
        first = day(date.start, month=not same_month, year=not same_year)
        return f"Between {first} and {day(date.end)}"
    prefix = "Around" if date.precision == "approx" else "On"
    return f"{prefix} {day(date.start)}"


def place_phrase(e: EventSummary, where: Country | None) -> str:
    parts = [e.location, e.admin2 if e.admin2 != e.location else None, e.admin1,
             where.acled_name if where else e.country]
    names = list(dict.fromkeys(p for p in parts if p))
    return "in " + ", ".join(names) if names else "at an unknown place"


def figure_phrase(fig: Figure | None, word: str) -> str | None:
    """``12 killed``, ``12 to 17 killed (best estimate 12)``, ``at least 10 injured``."""
    if fig is None:
        return None
    if fig.low is not None and fig.high is not None and fig.low != fig.high:
        best = f" (best estimate {fig.best})" if fig.best is not None else ""
        return f"{fig.low} to {fig.high} {word}{best}"
    if fig.best is not None:
        return f"{fig.best} {word}"
    if fig.conservative is not None:
        return f"at least {fig.conservative} {word}"
    return None


def _names(parties: tuple[Party, ...]) -> str:
    return " and ".join(p.acled_name for p in parties)


def notes_of(e: EventSummary, where: Country | None, who: Roles) -> str:
    """The event told in one English sentence (ACLED's ``notes``), then its figures.

    e.g. ``On 28 September 2025, in Andahuaylas, Apurímac, Peru: violent demonstration by
    Rioters (Peru) with Police Forces of Peru (road blockade). 3 killed; 14 injured.``
    """
    what = e.sub_event_type[:1].lower() + e.sub_event_type[1:]
    if who.source:
        what += f" by {_names(who.source)}"
    if who.target:
        what += (" against " if who.one_sided else " with ") + _names(who.target)
    elif who.one_sided and not who.source:
        what += " (no perpetrator named)"
    if e.tags:
        what += " (" + ", ".join(t.replace("_", " ") for t in e.tags) + ")"
    text = f"{date_phrase(e.date)}, {place_phrase(e, where)}: {what}."
    figures = [figure_phrase(e.fatalities, "killed"), figure_phrase(e.injured, "injured"),
               figure_phrase(e.arrested, "arrested")]
    shown = [f for f in figures if f]
    if shown:
        text += " " + "; ".join(shown) + "."
    return text


class Viewer:
    """Builds :class:`EventView` objects; ``texts`` reads a document's text (optional).

    With ``texts``, each report's trigger sentence becomes evidence text (PLOVER's
    ``event_text``); the sentences of the last ``cache`` documents are kept.
    """

    def __init__(self, texts: TextLookup | None = None, *, cache: int = 256) -> None:
        self._texts = texts
        self._cache = cache
        self._sentences: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
        self._segmenter: Segmenter | None = None

    def _doc_sentences(self, doc_id: str) -> list[tuple[int, int, str]]:
        if doc_id in self._sentences:
            self._sentences.move_to_end(doc_id)
            return self._sentences[doc_id]
        text = self._texts(doc_id) if self._texts is not None else None
        found: list[tuple[int, int, str]] = []
        if text:
            if self._segmenter is None:
                self._segmenter = Segmenter()
            found = [(s.start, s.end, s.span.quote) for s in self._segmenter.segment(text)]
        self._sentences[doc_id] = found
        if len(self._sentences) > self._cache:
            self._sentences.popitem(last=False)
        return found

    def sentences(self, detail: EventDetail) -> tuple[str, ...]:
        """The sentence of each report's trigger, in report order, without repeats."""
        out: list[str] = []
        for report in detail.event.reports:
            trigger = report.trigger
            for start, end, quote in self._doc_sentences(report.doc_id):
                if start <= trigger.start and trigger.end <= end:
                    # the stored offsets still point into this text: the quote is there
                    here = quote[trigger.start - start:trigger.end - start]
                    if here == trigger.quote and quote not in out:
                        out.append(quote)
                    break
        return tuple(out)

    def view(self, detail: EventDetail) -> EventView:
        e = detail.summary
        where = country(e.country)
        actors = [(e.actor1, e.actor1_type), (e.actor2, e.actor2_type)]
        assoc = list(dict.fromkeys(a for r in detail.event.reports for a in r.assoc_actors))
        who = roles(e.sub_event_type, e.event_type,
                    [(n, t) for n, t in actors if n], e.country, assoc)
        sources = tuple(source_of(info) for info in detail.documents)
        return EventView(detail, where, who, sources, self.sentences(detail),
                         notes_of(e, where, who))
