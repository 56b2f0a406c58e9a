"""DocContext: one document's mentions indexed by sentence, and what the whole text says.

The event builder's stages (:mod:`willay.extract.opening`, ``merging``, ``claims``,
``tallies``, ``roles``, ``decide``) all ask the same questions of a document: the heads,
cues, places, dates and figures of sentence ``i``; the sentence at an offset; the country
the article is about, its dateline, the place and the day its main story happened, its
headline. :class:`DocContext` answers them from indexes built once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Any, Protocol

from willay.extract.dates import publication_day
from willay.extract.drafts import compatible, two_days
from willay.extract.lexicon import compile_phrases, data_language
from willay.extract.taxonomy import is_crowd_class
from willay.lang.language import language
from willay.lang.loader import load_shared_data
from willay.model import Claim, Document, EventDate, Mention, Place, Sentence, Span

#: Place features from the finest to the coarsest.
PLACE_RANK = {"site": 0, "populated": 1, "admin3": 2, "admin2": 3, "admin1": 4}
#: A site named after its town among the places of an event ranks after the town: the
#: town is where the event is told, the site a detail of it ("En Bogotá, miles marcharon
#: hasta la plaza de Bolívar"); a site that the town only locates, named first, stays
#: the place ("na avenida Eduardo Mondlane, em Maputo").
SITE_AFTER_TOWN = 1.5
_DATELINE_AFTER = re.compile(r"^[\s,]*(?:[A-Za-z]+,?\s*)?(?:\(|—|–|-|\.-|\d{1,2}\s+\w{3})")


class PlaceLookup(Protocol):
    """What the builder asks the gazetteer (``willay.geo.resolver.Resolver`` answers it)."""

    def country(self, code: str) -> Place | None: ...

    def seat_of(self, region: Place) -> Place | None: ...

    def capital(self, code: str) -> Place | None: ...


@cache
def builder_data(lang: str) -> dict[str, Any]:
    """``<lang>/events.toml`` with every ``patterns`` table compiled into one regex."""
    data = language(data_language(lang)).table("events")
    out: dict[str, Any] = {}
    for key, table in data.items():
        if isinstance(table, dict) and "patterns" in table:
            out[key] = compile_phrases(table["patterns"])
        else:
            out[key] = table
    return out


def lang_regex(lang: str, key: str) -> re.Pattern[str] | None:
    """The compiled ``[key]`` phrases of ``<lang>/events.toml`` (``None`` if absent)."""
    value = builder_data(lang).get(key)
    return value if isinstance(value, re.Pattern) else None


#: The prepositions of "the governor of X" in all languages (``place_rules.toml``).
_OF_WORDS = frozenset(load_shared_data("place_rules")["weak_prepositions"])


class DocContext:
    """Indexes of one document's mentions by sentence, and the document's own context."""

    def __init__(self, doc: Document, places: PlaceLookup) -> None:
        self.doc = doc
        self.geo = places
        self.lang = doc.language or "en"
        self.sents: list[Sentence] = doc.sentences
        self.by_sent: list[dict[str, list[Mention]]] = [{} for _ in self.sents]
        for m in doc.mentions:
            i = doc.sentence_index(m.start)
            if i is not None:
                self.by_sent[i].setdefault(m.kind, []).append(m)
        self.country = _document_country(doc)
        #: Where the names of the people a figure is credited to begin ("Octavio Guzmán"
        #: of "el gobernador del Cauca, Octavio Guzmán, precisó que ...").
        self.reporter_starts = {m.value.reporter_evidence.start for m in doc.mentions
                                if m.kind == "figure" and isinstance(m.value, Claim)
                                and m.value.reporter_evidence is not None}
        #: First-level regions the text names with a designator somewhere ("la provincia
        #: de Bocas del Toro"): their bare name elsewhere is the region too.
        self.named_regions = {(m.value.country, m.value.name) for m in doc.mentions
                              if m.kind == "place" and isinstance(m.value, Place)
                              and m.value.feature == "admin1" and m.attrs.get("designator")}
        self.dateline = self._dateline_place()
        self.main_place = self._main_place()
        self.sole_place = self._sole_place()
        self.headline = self._headline_sentences()
        self.body_rank = self._body_ranks()
        self.story_date = self._story_date()
        self._cues_by_paragraph: dict[int, set[str]] | None = None
        self._phrase_spans: dict[tuple[str, int], list[tuple[int, int]] | None] = {}
        #: Sentences that opened or joined an event (set once the drafts are final).
        self.event_sentences: set[int] = set()
        #: Cause-of-death cues stated in the lede apply to the story's events.
        self.lede_cues = {"nonstate_cause"} & {
            c for i in range(min(3, len(self.sents))) for c in self.cue_names(i)}
        #: The first sentence of the body (and the title) tells an accident or a disaster
        #: (a gas leak, a flood) and no unrest: the story is about it, and what its body
        #: tells again with no doer is part of it.
        lede = [i for i, rank in enumerate(self.body_rank) if rank == 0]
        self.accident_story = any("non_unrest" in self.cue_names(i) for i in lede) and not any(
            self.crowd_actor(i) or "crowd_violence" in self.cue_names(i) or self.doer(i)
            for i in lede)

    # ............................................................ per sentence
    def mentions(self, i: int, kind: str) -> list[Mention]:
        return self.by_sent[i].get(kind, [])

    def heads(self, i: int) -> list[Mention]:
        return [m for m in self.mentions(i, "trigger") if m.attrs.get("role") == "head"]

    def cues(self, i: int) -> list[Mention]:
        return [m for m in self.mentions(i, "trigger") if m.attrs.get("role") == "cue"]

    def cue_names(self, i: int) -> set[str]:
        return {str(m.value) for m in self.cues(i)}

    def places(self, i: int) -> list[Mention]:
        """Place mentions of sentence ``i`` below country level (streets excluded)."""
        out = []
        for m in self.mentions(i, "place"):
            place = m.value
            if not isinstance(place, Place) or place.feature == "country":
                continue
            if m.attrs.get("street") or self._not_a_place(m):
                continue
            out.append(m)
        if len(out) > 1:
            # "BAMAKO (AFP) - ... near Boni": the dateline says where the story was filed
            named = [m for m in out if not self.is_dateline(m)]
            if named:
                out = named
        return out

    def is_dateline(self, m: Mention) -> bool:
        if m.attrs.get("dateline"):
            return True
        return self.dateline is not None and m.span == self.dateline.span

    def _not_a_place(self, m: Mention) -> bool:
        """A name used for a square, a street or a person ("Plaza de Bolívar", "de apellido
        Mosquera"), a city that speaks for its government ("Kinshasa charges"), or the
        office of the person a figure is credited to, just before the name ("el gobernador
        del Cauca, Octavio Guzmán, precisó"), is not the place of an event."""
        if m.attrs.get("speaker"):
            return True  # "which Kinshasa charges": the government speaking
        if self._source_office(m):
            return True  # "el gobernador del Cauca, Octavio Guzmán": the source's office
        before = self.doc.text[max(0, m.start - 25) : m.start]
        for key in ("site_words", "person_words"):
            regex = lang_regex(self.lang, key)
            if regex is not None and regex.search(before + "\u0000") is not None:
                return True
        after = lang_regex(self.lang, "site_after")
        return after is not None and after.match(
            "\u0000" + self.doc.text[m.end : m.end + 25]) is not None

    def _source_office(self, m: Mention) -> bool:
        """A place after "of" ("de", "du", "do") and right before the name of a person a
        figure is credited to: the office of that person ("el gobernador del Cauca,
        Octavio Guzmán"; not "in Dhaka and Chittagong, police said")."""
        name = m.end + 2
        return self.doc.text[m.end:name] == ", " and name in self.reporter_starts \
            and self.doc.text[name:name + 1].isupper() \
            and m.attrs.get("preposition") in _OF_WORDS

    def country_mentions(self, i: int) -> list[Mention]:
        return [m for m in self.mentions(i, "place")
                if isinstance(m.value, Place) and m.value.feature == "country"]

    def event_dates(self, i: int, announced: bool = False) -> list[Mention]:
        """Dates of sentence ``i`` that can date an event (report dates only if ``announced``)."""
        out = []
        for m in self.mentions(i, "date"):
            if m.attrs.get("future") or m.value is None or m.attrs.get("dateline"):
                continue
            if m.attrs.get("speech") and not announced:
                continue
            out.append(m)
        return out

    def day_dates(self, i: int, announced: bool = False) -> list[Mention]:
        """Dates of sentence ``i`` that name a day (a range too when ``announced``, and the
        days an event went on over: "began on Tuesday and continued on Wednesday")."""
        ok = ("day", "approx", "range") if announced else ("day", "approx")
        return [d for d in self.event_dates(i, announced)
                if d.value.precision in ok or d.attrs.get("continued") or _one_night(d)]

    def phrase_spans(self, key: str, i: int) -> list[tuple[int, int]] | None:
        """The ``(start, end)`` offsets, within sentence ``i``'s text, of the ``[key]``
        phrases of ``<lang>/events.toml`` in it, in order (None when the language has no
        such phrases). Read once per sentence and key, however many heads ask."""
        if (key, i) in self._phrase_spans:
            return self._phrase_spans[(key, i)]
        regex = lang_regex(self.lang, key)
        spans = None if regex is None else [g.span() for g in regex.finditer(self.sents[i].text)]
        self._phrase_spans[(key, i)] = spans
        return spans

    def matches(self, key: str, i: int) -> bool:
        regex = lang_regex(self.lang, key)
        return bool(regex is not None and regex.search(self.sents[i].text))

    @staticmethod
    def inside(mentions: Iterable[Mention], span: Span) -> list[Mention]:
        """The mentions whose scope covers the start of ``span``."""
        out = []
        for m in mentions:
            start, end = m.attrs.get("scope") or (m.start, m.end)
            if start <= span.start < max(end, m.end):
                out.append(m)
        return out

    def paragraph_cues(self, i: int) -> set[str]:
        """The cue names of the paragraph of sentence ``i`` and of the paragraphs around it."""
        if self._cues_by_paragraph is None:
            self._cues_by_paragraph = {}
            for j, s in enumerate(self.sents):
                self._cues_by_paragraph.setdefault(s.paragraph, set()).update(self.cue_names(j))
        para = self.sents[i].paragraph
        return {c for p in (para - 1, para, para + 1)
                for c in self._cues_by_paragraph.get(p, ())}

    def doer(self, i: int) -> bool:
        """Sentence ``i`` names an armed group or a security force."""
        return any(m.attrs.get("role") in ("armed", "force") for m in self.mentions(i, "actor"))

    def crowd_actor(self, i: int) -> bool:
        return any(m.attrs.get("role") in ("crowd", "org") for m in self.mentions(i, "actor"))

    def unrest_context(self, i: int) -> bool:
        """A sentence that speaks of protest or unrest (even generically)."""
        return any(is_crowd_class(str(m.value)) or m.value == "change_activity"
                   for m in self.heads(i)) or "crowd_violence" in self.cue_names(i)

    def hedged(self, i: int, heads: list[Mention], *, sourced: bool = True) -> bool:
        """A hedge covers one of the heads; with ``sourced=False``, a hedge that only says
        who reported it ("according to local sources") does not count."""
        hedges = self.mentions(i, "hedge")
        if not sourced:
            hedges = [m for m in hedges if m.attrs.get("cue") != "reported"]
        return any(self.inside(hedges, h.span) for h in heads)

    # ............................................................ offsets
    def sentence_index(self, offset: int) -> int | None:
        """The sentence that holds ``offset`` (``None`` between sentences)."""
        return self.doc.sentence_index(offset)

    def clause(self, offset: int) -> int:
        """The number of the clause of its sentence that ``offset`` falls in."""
        i = self.sentence_index(offset)
        if i is None:
            return -1
        head = self.doc.text[self.sents[i].start:offset]
        return len(re.findall(r"[;:]|,(?!\d)", head))

    def near(self, a: int, b: int) -> bool:
        return self.sents[b].paragraph - self.sents[a].paragraph <= 1 and b - a <= 3

    # ............................................................ places
    def previous_place(self, i: int) -> Mention | None:
        """The finest place of the nearest earlier sentence that names one."""
        for j in range(i - 1, max(-1, i - 3), -1):
            places = self.places(j)
            if places:
                return finest(places, [places[-1]])
        return None

    def country_place(self) -> Place | None:
        if not self.country:
            return None
        return Place(name=self.country_label(self.country), country=self.country,
                     feature="country", geo_precision=3)

    def country_label(self, code: str) -> str:
        place = self.geo.country(code)
        return place.name if place is not None else code

    def town_for_region(self, place: Place | None, spans: list[Span]) -> Place | None:
        """"in Ziguinchor", "de Kidal" name the town, not the region, unless a region word
        is used for it anywhere in the text or its list names a region without such a town."""
        if place is None or place.feature != "admin1" or not spans:
            return place
        mention = next((m for m in self.mentions_at(spans[0].start)
                        if m.kind == "place" and m.span == spans[0]), None)
        if mention is None or (place.country, place.name) in self.named_regions:
            return place
        list_id = mention.attrs.get("list_id")
        town = self.geo.seat_of(place)
        if town is None or (list_id is not None and not self._list_of_seats(mention, list_id)):
            return place
        return town

    def _list_of_seats(self, mention: Mention, list_id: object) -> bool:
        """Every region of the list ``mention`` belongs to gives its name to a town ("Thiès,
        Louga, Diourbel ou Ziguinchor"): the list names towns. One region without such a
        town ("Puebla, Guerrero y Nuevo León") makes it a list of regions."""
        i = self.sentence_index(mention.start)
        members = [m for m in self.places(i) if m.attrs.get("list_id") == list_id] \
            if i is not None else []
        return all(self.geo.seat_of(m.value) is not None for m in members
                   if isinstance(m.value, Place) and m.value.feature == "admin1")

    def mentions_at(self, offset: int) -> list[Mention]:
        i = self.sentence_index(offset)
        if i is None:
            return []
        return [m for ms in self.by_sent[i].values() for m in ms]

    # ............................................................ document context
    def _dateline_place(self) -> Mention | None:
        for m in self.doc.mentions:
            if m.kind != "place" or not isinstance(m.value, Place):
                continue
            if m.start > 600:
                break
            if m.attrs.get("dateline") and m.value.feature != "country":
                return m
            line_start = self.doc.text.rfind("\n", 0, m.start) + 1
            if self.doc.text[line_start:m.start].strip():
                continue
            after = self.doc.text[m.end : m.end + 30]
            if _DATELINE_AFTER.match(after) and m.value.feature != "country":
                return m
        return None

    def _main_place(self) -> Place | None:
        """The place most of the article is about, when one first-level region dominates."""
        places = [m.value for m in self.doc.mentions
                  if m.kind == "place" and isinstance(m.value, Place)
                  and m.value.feature != "country" and not m.attrs.get("street")]
        if not places:
            return None
        regions: dict[tuple[str, str], int] = {}
        for p in places:
            key = (p.country, p.admin1 or p.name)
            regions[key] = regions.get(key, 0) + 1
        top, count = max(sorted(regions.items()), key=lambda kv: kv[1])
        if count < 2 or count * 2 < len(places):
            return None
        inside = [p for p in places if (p.country, p.admin1 or p.name) == top]
        names: dict[str, int] = {}
        for p in inside:
            names[p.name] = names.get(p.name, 0) + 1
        best = max(sorted(names), key=lambda n: names[n])
        chosen = [p for p in inside if p.name == best]
        return min(chosen, key=lambda p: PLACE_RANK.get(p.feature, 5))

    def _sole_place(self) -> Place | None:
        """The one place below the country that the whole article names (its sites aside,
        when they lie in its region): where an event the article tells with no place of
        its own happened ("soldiers are accused of rape ... in the city of Tal Afar")."""
        towns: dict[tuple[str, str | None, str], Place] = {}
        sites: list[Place] = []
        for i in range(len(self.sents)):
            for m in self.places(i):
                place = m.value
                if place.feature == "site":
                    sites.append(place)
                else:
                    towns.setdefault((place.country, place.admin1, place.name), place)
        if len(towns) != 1:
            return None
        (only,) = towns.values()
        region = only.admin1 or only.name
        if any((s.country, s.admin1) != (only.country, region) for s in sites):
            return None
        return only

    def _story_date(self) -> tuple[EventDate, Span] | None:
        """The day the main story happened, when the lede dates it near publication."""
        pub = publication_day(self.doc)
        if pub is None:
            return None
        short: tuple[EventDate, Span] | None = None
        for i, _ in enumerate(self.sents):
            if self.body_rank[i] > 3 or i > 8:
                break  # the lede: the first sentences of the body, past titles and credits
            for m in self.event_dates(i):
                value: EventDate = m.value
                if value.precision not in ("day", "range", "approx"):
                    continue
                if m.start < 40 and m.attrs.get("kind") == "absolute":
                    continue  # a dateline, not the story's day
                if not dt.timedelta(0) <= pub - value.end <= dt.timedelta(days=3):
                    continue
                if value.precision != "range":
                    return value, m.span
                if short is None and (value.end - value.start).days <= 7:
                    short = value, m.span  # a night, a week: unless a day follows
        return short

    def _body_ranks(self) -> list[int]:
        """For each sentence, how many sentences of the body come before it: the title,
        menu lines, photo credits and other lines of fewer than four words or without a
        final stop are not the body, so the lede of a page keeps rank 0 however much
        boilerplate is above it."""
        out: list[int] = []
        seen = 0
        for i, sent in enumerate(self.sents):
            out.append(seen)
            text = sent.text.strip()
            if i in self.headline or len(text.split()) < 4 or text[-1:] not in ".!?\"”»":
                continue
            seen += 1
        return out

    def _headline_sentences(self) -> set[int]:
        """The title (and a subtitle line) at the top of the text."""
        out: set[int] = set()
        title = (self.doc.title or "").strip()
        for i, sent in enumerate(self.sents[:3]):
            text = sent.text.strip()
            is_title = bool(title) and (text == title or title.startswith(text)
                                        or text.startswith(title))
            unpunctuated = i == 0 and bool(text) and text[-1] not in ".!?\"”»"
            if is_title or unpunctuated:
                out.add(i)
        return out


def _one_night(m: Mention) -> bool:
    """A night named by its two days ("dans la nuit de mardi à mercredi", "overnight"):
    as precise as a day."""
    return m.attrs.get("time") == "night" and two_days(m.value)


def finest(places: list[Mention], heads: list[Mention]) -> Mention:
    """The finest place among those of one hierarchy, nearest the heads on ties."""
    anchor = heads[0].start if heads else 0
    nearest = min(places, key=lambda m: abs(m.start - anchor))
    family = [m for m in places if compatible(m.value, nearest.value)]
    towns = [m for m in family if m.value.feature == "populated"]

    def rank(m: Mention) -> tuple[float, int]:
        rank: float = PLACE_RANK.get(m.value.feature, 5)
        if m.value.feature == "site" and any(t.start < m.start and _same_point(t, m)
                                             for t in towns):
            rank = SITE_AFTER_TOWN  # "en Mérida, se reunieron en la plaza Bolívar": the town
        return rank, abs(m.start - anchor)

    return min(family, key=rank)


def _same_point(town: Mention, site: Mention) -> bool:
    """The site lies in this town (a site takes its town's coordinates): not the airport
    of another town named after it ("calles de Zaragoza ... el aeropuerto de Huesca")."""
    return (town.value.latitude, town.value.longitude) == (site.value.latitude,
                                                           site.value.longitude)


def _document_country(doc: Document) -> str | None:
    """The country most places of the article are in (demonyms when it names none)."""
    votes: dict[str, float] = {}
    for m in doc.mentions:
        if m.kind == "place" and isinstance(m.value, Place) and m.value.country:
            weight = 0.5 if m.value.feature == "country" else 1.0
            votes[m.value.country] = votes.get(m.value.country, 0.0) + weight
    if not votes:
        return _demonym_country(doc.text)
    return max(sorted(votes), key=lambda c: votes[c])


def _demonym_country(text: str) -> str | None:
    """With no place named, the country that the article's demonyms point to."""
    from willay.geo.countries import country_words
    from willay.geo.normalize import fold

    words = country_words()
    votes: dict[str, int] = {}
    for match in re.finditer(r"[^\W\d_]+", text):
        found = words.get(fold(match.group(0)))
        if found:
            votes[found[0]] = votes.get(found[0], 0) + 1
    if not votes:
        return None
    return max(sorted(votes), key=lambda c: votes[c])
