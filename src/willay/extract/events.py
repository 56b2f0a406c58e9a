"""EventBuilder: turn a document's mentions into event reports and tallies.

The builder works sentence by sentence over the mentions that earlier components added
(triggers, places, dates, actors, figures, hedges, plans, negations):

1. a sentence with an event *head* (a protest, a strike, a clash, a decree ...) that is not
   planned, negated or generic opens events: one per named place, or one per place of a
   coordinated list; a sentence with no head but with cues or figures continues the
   event before it;
2. each event gets the nearest event date of its sentence (not a report date, not a
   future date), the narrative date of its paragraph, or the publication month;
3. events of the same document, day and place are merged, and road blockades of one
   region on one day become one event for that region;
4. the crowd events are typed with the decision order of ANNOTATION.md section 3;
5. figures attach to their event as claims; cumulative or aggregate figures and figures
   that belong to no event become tallies.
Every value keeps the spans it came from.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache
from typing import Any, Protocol

from willay.extract.drafts import (
    DEMONSTRATION_CLASSES as _DEMONSTRATION_CLASSES,
)
from willay.extract.drafts import (
    SPECIAL_ORDER as _SPECIAL_ORDER,
)
from willay.extract.drafts import (
    Draft as _Draft,
)
from willay.extract.drafts import (
    DraftIndex as _DraftIndex,
)
from willay.extract.drafts import (
    Pending as _Pending,
)
from willay.extract.drafts import (
    admin1_place as _admin1_place,
)
from willay.extract.drafts import (
    blockade_keys as _blockade_keys,
)
from willay.extract.drafts import (
    compatible as _compatible,
)
from willay.extract.drafts import (
    covered as _covered,
)
from willay.extract.drafts import (
    dedupe as _dedupe,
)
from willay.extract.drafts import (
    distance_km as _distance_km,
)
from willay.extract.drafts import (
    event_keys as _event_keys,
)
from willay.extract.drafts import (
    event_query_keys as _event_query_keys,
)
from willay.extract.drafts import (
    family as _family,
)
from willay.extract.drafts import (
    fold as _fold,
)
from willay.extract.drafts import (
    has_list as _has_list,
)
from willay.extract.drafts import (
    holds as _holds,
)
from willay.extract.drafts import (
    occurrence_keys as _occurrence_keys,
)
from willay.extract.drafts import (
    occurrence_query_keys as _occurrence_query_keys,
)
from willay.extract.drafts import (
    same_blockade as _same_blockade,
)
from willay.extract.drafts import (
    same_event as _same_event,
)
from willay.extract.drafts import (
    same_occurrence as _same_occurrence,
)
from willay.extract.drafts import (
    trigger_rank as _trigger_rank,
)
from willay.extract.lexicon import compile_phrases, data_language
from willay.extract.taxonomy import class_target, disorder_type, is_crowd_class
from willay.lang.loader import load_lang_data
from willay.model import (
    Claim,
    Document,
    EventDate,
    EventReport,
    Figure,
    Mention,
    Place,
    Sentence,
    Span,
    Tally,
)

#: Claim kinds that can become tallies, and the tally kind they become.
TALLY_KINDS = {"fatalities": "deaths", "injured": "injured", "arrested": "arrested"}
#: Figure kinds carried on an event.
EVENT_FIGURES = ("fatalities", "injured", "arrested", "crowd_size")
#: Reporter classes whose figures are preferred for an event's best figure.
PREFERRED_REPORTERS = ("health", "ombudsman", "forensic")
#: Classes that state a national or institutional act: the country is their place.
NATIONAL_CLASSES = frozenset({"emergency", "curfew", "investigation", "use_of_force_decree",
                              "agreement", "change_activity"})
#: Measures that one decision takes for several regions at once.
NATIONAL_MEASURES = frozenset({"emergency", "curfew", "use_of_force_decree", "closure"})
#: Prepositions that introduce a town ("in Ziguinchor", "à Ziguinchor").
CITY_PREPOSITIONS = frozenset({"in", "at", "à", "a", "en", "em", "no", "na", "au"})
#: Classes dated by their decision or announcement: a report date is their date.
ANNOUNCED_CLASSES = frozenset({"emergency", "curfew", "investigation", "use_of_force_decree",
                               "closure"})


# --------------------------------------------------------------------------- data


@cache
def _builder_data(lang: str) -> dict[str, Any]:
    data = load_lang_data(data_language(lang), "events")
    out: dict[str, Any] = {}
    for key, table in data.items():
        if isinstance(table, dict) and "patterns" in table:
            out[key] = compile_phrases(table["patterns"])
        else:
            out[key] = table
    return out


def _regex(lang: str, key: str) -> re.Pattern[str] | None:
    value = _builder_data(lang).get(key)
    return value if isinstance(value, re.Pattern) else None


# --------------------------------------------------------------------------- builder


class PlaceLookup(Protocol):
    """What the builder asks the gazetteer (``willay.geo.resolver.Resolver`` answers it)."""

    def country(self, code: str) -> Place | None: ...

    def seat_of(self, region: Place) -> Place | None: ...

    def capital(self, code: str) -> Place | None: ...


class EventBuilder:
    """Pipeline component: ``doc.mentions`` -> ``doc.reports`` and ``doc.tallies``."""

    name = "willay.EventBuilder.v1"

    def __init__(self, places: PlaceLookup | None = None) -> None:
        self._places = places

    @property
    def places(self) -> PlaceLookup:
        """The gazetteer questions the builder asks (the default resolver unless given)."""
        if self._places is None:
            from willay.geo.resolver import default_resolver

            self._places = default_resolver()
        return self._places

    # .................................................................. entry point
    def __call__(self, doc: Document) -> Document:
        if not doc.sentences:
            return doc
        ctx = _Context(doc, self.places)
        drafts = ctx.open_drafts()
        drafts = ctx.merge_drafts(drafts)
        ctx.attach_orphan_figures(drafts)
        ctx._event_sentences = {s for d in drafts for s in d.sentences}
        claims_used: set[int] = set()
        reports = [ctx.to_report(i, d, claims_used) for i, d in enumerate(drafts)]
        doc.reports = [r for r in reports if r is not None]
        doc.tallies = ctx.tallies(claims_used)
        return doc


class _Context:
    """Indexes of one document's mentions by sentence, and the rules that use them."""

    def __init__(self, doc: Document, places: PlaceLookup) -> None:
        self.doc = doc
        self.geo = places
        self.lang = doc.language or "en"
        self.sents: list[Sentence] = doc.sentences
        self.by_sent: list[dict[str, list[Mention]]] = [{} for _ in self.sents]
        starts = [s.start for s in self.sents]
        for m in doc.mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            if 0 <= i < len(self.sents) and m.start < self.sents[i].end:
                self.by_sent[i].setdefault(m.kind, []).append(m)
        self.country = self._document_country()
        self.dateline = self._dateline_place()
        self.main_place = self._main_place()
        self.story_date = self._story_date()
        self._event_sentences: set[int] = set()
        self._cues_by_paragraph: dict[int, set[str]] | None = None
        self._place_by_span: dict[Span, Mention] | None = None
        self.headline = self._headline_sentences()
        #: Cause-of-death cues stated in the lede apply to the story's events.
        self.lede_cues = {"nonstate_cause"} & {
            c for i in range(min(3, len(self.sents))) for c in self.cue_names(i)}

    # ............................................................ lookups
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
            named = [m for m in out if not self._is_dateline(m)]
            if named:
                out = named
        return out

    def _is_dateline(self, m: Mention) -> bool:
        if m.attrs.get("dateline"):
            return True
        return self.dateline is not None and m.span == self.dateline.span

    def _not_a_place(self, m: Mention) -> bool:
        """A name used for a square, a street or a person ("Plaza de Bolívar", "de apellido
        Mosquera") is not the place of an event."""
        before = self.doc.text[max(0, m.start - 25) : m.start]
        for key in ("site_words", "person_words"):
            regex = _regex(self.lang, key)
            if regex is not None and regex.search(before + "\u0000") is not None:
                return True
        after = _regex(self.lang, "site_after")
        return after is not None and after.match(
            "\u0000" + self.doc.text[m.end : m.end + 25]) is not None

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
        """Dates of sentence ``i`` that name a day (a range too when ``announced``)."""
        ok = ("day", "approx", "range") if announced else ("day", "approx")
        return [d for d in self.event_dates(i, announced) if d.value.precision in ok]

    def matches(self, key: str, i: int) -> bool:
        regex = _regex(self.lang, key)
        return bool(regex is not None and regex.search(self.sents[i].text))

    def inside(self, mentions: Iterable[Mention], span: Span) -> list[Mention]:
        out = []
        for m in mentions:
            start, end = m.attrs.get("scope") or (m.start, m.end)
            if start <= span.start < max(end, m.end):
                out.append(m)
        return out

    # ............................................................ document context
    def _document_country(self) -> str | None:
        votes: dict[str, float] = {}
        for m in self.doc.mentions:
            if m.kind == "place" and isinstance(m.value, Place) and m.value.country:
                weight = 0.5 if m.value.feature == "country" else 1.0
                votes[m.value.country] = votes.get(m.value.country, 0.0) + weight
        if not votes:
            return self._demonym_country()
        return max(sorted(votes), key=lambda c: votes[c])

    def _demonym_country(self) -> str | None:
        """With no place named, the country that the article's demonyms point to."""
        from willay.geo.countries import country_words
        from willay.geo.normalize import fold

        words = country_words()
        votes: dict[str, int] = {}
        for match in re.finditer(r"[^\W\d_]+", self.doc.text):
            found = words.get(fold(match.group(0)))
            if found:
                votes[found[0]] = votes.get(found[0], 0) + 1
        if not votes:
            return None
        return max(sorted(votes), key=lambda c: votes[c])

    def _dateline_place(self) -> Mention | None:
        pattern = re.compile(r"^[\s,]*(?:[A-Za-z]+,?\s*)?(?:\(|—|–|-|\.-|\d{1,2}\s+\w{3})")
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
            if pattern.match(after) and m.value.feature != "country":
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
        rank = {"populated": 0, "site": 1, "admin3": 2, "admin2": 3, "admin1": 4}
        best = max(sorted(names), key=lambda n: names[n])
        chosen = [p for p in inside if p.name == best]
        return min(chosen, key=lambda p: rank.get(p.feature, 5))

    def _story_date(self) -> tuple[EventDate, Span] | None:
        """The day the main story happened, when the lede dates it near publication."""
        pub = self.doc.published
        if pub is None or self.doc.published_precision not in (None, "day"):
            return None
        for i, sent in enumerate(self.sents):
            if sent.paragraph > self.sents[0].paragraph + 2 or i > 6:
                break
            for m in self.event_dates(i):
                value: EventDate = m.value
                if value.precision not in ("day", "range", "approx"):
                    continue
                if m.start < 40 and m.attrs.get("kind") == "absolute":
                    continue  # a dateline, not the story's day
                if dt.timedelta(0) <= pub - value.end <= dt.timedelta(days=3):
                    return value, m.span
        return None

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

    # ............................................................ blocking
    def blocked(self, i: int, head: Mention) -> bool:
        """A head that does not state an event that happened."""
        return self.block_reason(i, head) is not None

    def block_reason(self, i: int, head: Mention) -> str | None:
        """Why a head states no event: a plan, a negation, a generic or other-sense use, a
        non-unrest context, or a death or force with no crowd; ``None`` if it does."""
        cls = str(head.value)
        sent = self.sents[i]
        if self.inside(self.mentions(i, "plan"), head.span):
            return "plan"
        if self.inside(self.mentions(i, "negation"), head.span):
            return "negation"
        non = _regex(self.lang, "non_occurrence")
        if non is not None:
            for g in non.finditer(sent.text):
                if abs(sent.start + g.start() - head.start) <= 45:
                    return "negation"
        cues = self.cue_names(i)
        if "non_unrest" in cues:
            return "context"
        if cls in NATIONAL_MEASURES and "non_unrest" in self._paragraph_cues(i):
            return "context"  # a flood or epidemic emergency stated in the paragraph
        if cls in ("emergency", "curfew", "closure") and "crime_context" in cues:
            return "context"
        if is_crowd_class(cls) and self.matches("other_sense", i):
            return "context"
        if cls in ("death", "force") and not ("crowd" in cues or self._crowd_actor(i) or any(
                is_crowd_class(str(h.value)) and h.value not in ("death", "force")
                for h in self.heads(i))):
            return "no_crowd"
        if cls == "agreement" and not self._unrest_context(i):
            return "context"
        generic = _regex(self.lang, "generic")
        if generic is not None and is_crowd_class(cls) and not self.day_dates(i):
            for g in generic.finditer(sent.text):
                g_start = sent.start + g.start()
                g_end = sent.start + g.end()
                if g_start - 3 <= head.start < g_end + 12:
                    return "generic"
        return None

    def _paragraph_cues(self, i: int) -> set[str]:
        """The cue names of the paragraph of sentence ``i`` and of the paragraphs around it."""
        if self._cues_by_paragraph is None:
            self._cues_by_paragraph = {}
            for j, s in enumerate(self.sents):
                self._cues_by_paragraph.setdefault(s.paragraph, set()).update(self.cue_names(j))
        para = self.sents[i].paragraph
        return {c for p in (para - 1, para, para + 1)
                for c in self._cues_by_paragraph.get(p, ())}

    def _crowd_actor(self, i: int) -> bool:
        return any(m.attrs.get("role") in ("crowd", "org") for m in self.mentions(i, "actor"))

    def _unrest_context(self, i: int) -> bool:
        """A sentence that speaks of protest or unrest (even generically)."""
        return any(is_crowd_class(str(m.value)) for m in self.heads(i)) or \
            "crowd_violence" in self.cue_names(i)

    # ............................................................ opening drafts
    def open_drafts(self) -> list[_Draft]:
        drafts: list[_Draft] = []
        narrative: dict[int, tuple[EventDate, list[Span]]] = {}
        pending: _Pending | None = None
        absorbed: set[int] = set()
        for i in range(len(self.sents)):
            if i in absorbed:
                self._note_narrative(i, narrative)
                continue
            heads = [h for h in self.heads(i) if not self.blocked(i, h)]
            classes = {str(h.value) for h in heads}
            announced = bool(classes & ANNOUNCED_CLASSES)
            dates = self.event_dates(i, announced=announced)
            places = self.places(i)
            if not heads:
                if pending is not None and places and self._near(pending.sentence, i):
                    drafts.extend(self._breakdown(i, pending, places, narrative))
                else:
                    self.continue_last(drafts, i)
                self._note_narrative(i, narrative)
                continue
            if self.matches("background", i) and not self.day_dates(i, announced):
                self._note_narrative(i, narrative)
                continue
            aggregate = self.matches("aggregate", i) and not _has_list(places)
            if aggregate:
                if self.day_dates(i, announced):
                    pending = _Pending(i, heads, dates)
                if not places:
                    self._note_narrative(i, narrative)
                    continue
            groups = self._place_groups(i, heads, places)
            if not groups:
                result = self._placeless_groups(i, heads, drafts, dates, absorbed)
                if result is None:
                    if self.day_dates(i, announced) and any(
                            is_crowd_class(c) for c in classes):
                        pending = _Pending(i, heads, dates)
                    self._note_narrative(i, narrative)
                    continue
                groups = result
            groups = _split_measures(groups)
            for group_heads, place, spans, list_id, inherited in groups:
                place = self._town_for_region(place, spans)
                draft = self._new_draft(i, group_heads, place, spans, dates, narrative)
                draft.place_inherited = inherited
                draft.list_id = list_id
                draft.list_sentence = i if list_id is not None else -1
                draft.groups_in_sentence = len(groups)
                draft.aggregate = aggregate
                drafts.append(draft)
                if i + 1 in absorbed and i + 1 not in draft.sentences:
                    self._absorb(draft, i + 1)  # the one later sentence close enough
            self._note_narrative(i, narrative)
        return drafts

    def _town_for_region(self, place: Place | None, spans: list[Span]) -> Place | None:
        """"in Ziguinchor" names the town, not the region, unless a region word is used."""
        if place is None or place.feature != "admin1" or not spans:
            return place
        if self._place_by_span is None:
            self._place_by_span = {}
            for m in self.doc.mentions:
                if m.kind == "place":
                    self._place_by_span.setdefault(m.span, m)
        mention = self._place_by_span.get(spans[0])
        if mention is None or mention.attrs.get("designator") or mention.attrs.get("list_id"):
            return place
        if str(mention.attrs.get("preposition") or "").lower() not in CITY_PREPOSITIONS:
            return place
        town = self.geo.seat_of(place)
        return town if town is not None else place

    def _near(self, a: int, b: int) -> bool:
        return self.sents[b].paragraph - self.sents[a].paragraph <= 1 and b - a <= 3

    def _note_narrative(self, i: int, narrative: dict[int, tuple[EventDate, list[Span]]]) -> None:
        """An explicit day in a sentence dates the undated events after it in its paragraph."""
        days = self.day_dates(i)
        if days:
            narrative[self.sents[i].paragraph] = (days[-1].value, [days[-1].span])

    def _breakdown(self, i: int, pending: _Pending, places: list[Mention],
                   narrative: dict[int, tuple[EventDate, list[Span]]]) -> list[_Draft]:
        """Places that break down an aggregate statement ("four of the deaths in Mandalay")."""
        out = []
        groups = self._place_groups(pending.sentence, pending.heads, places)
        for group_heads, place, spans, list_id, _inh in groups:
            place = self._town_for_region(place, spans)
            draft = self._new_draft(pending.sentence, group_heads, place, spans,
                                    pending.dates, narrative)
            draft.sentence = i
            draft.paragraph = self.sents[i].paragraph
            draft.list_id = list_id
            draft.list_sentence = i if list_id is not None else -1
            draft.groups_in_sentence = len(groups)
            draft.breakdown = True
            figures = [f for f in self.mentions(i, "figure")
                       if isinstance(f.value, Claim) and f.value.kind == "fatalities"]
            anchor = spans[0] if spans else None
            near = [f for f in figures if anchor is not None and f.end <= anchor.start]
            draft.trigger = Mention("trigger", near[-1].span if near else
                                    (anchor or draft.trigger.span), "breakdown", {"role": "head"})
            draft.figures = [f for f in draft.figures if f.start >= self.sents[i].start]
            self._absorb(draft, i)
            out.append(draft)
        return out

    def _placeless_groups(
        self, i: int, heads: list[Mention], drafts: list[_Draft], dates: list[Mention],
        absorbed: set[int],
    ) -> list[tuple[list[Mention], Place | None, list[Span], Any, bool]] | None:
        """Heads in a sentence that names no place: continue, look ahead, inherit, or go
        to the country, the article's main place or its dateline."""
        sent = self.sents[i]
        classes = {str(h.value) for h in heads}
        last = drafts[-1] if drafts else None
        if (last is not None and not dates and self._close(last, i)
                and not (last.sentence != i and _new_topic(heads, last))):
            self.continue_last(drafts, i)
            return None
        ahead = self._look_ahead(i, classes)
        if ahead is not None:
            absorbed.add(self._sentence_index(ahead.start) or i + 1)
            return [(heads, ahead.value, [ahead.span], None, False)]
        if self.matches("capital_anaphora", i) and self.country:
            capital = self.geo.capital(self.country)
            if capital is not None:
                return [(heads, capital, [], None, True)]
        if self.matches("place_anaphora", i):
            ref = self._previous_place(i)
            if ref is not None:
                return [(heads, ref.value, [ref.span], None, True)]
        explicit = [d for d in dates if d.value.precision in ("day", "approx", "range")]
        modal = self._hedged(i, heads)
        if "closure" in classes and explicit:
            # "the terminal suspended all its operations": the place the story is about
            ref = self._previous_place(i)
            if self.main_place is not None:
                return [(heads, self.main_place, [], None, True)]
            if ref is not None:
                return [(heads, ref.value, [ref.span], None, True)]
        if classes & NATIONAL_CLASSES:
            if not explicit:
                return None
            countries = self.country_mentions(i)
            if countries:
                return [(heads, countries[0].value, [countries[0].span], None, False)]
            return [(heads, self._country_place(), [], None, True)]
        if not explicit or modal or not any(is_crowd_class(c) for c in classes):
            return None
        days = [d for d in explicit if d.value.precision in ("day", "approx")]
        deaths = "death" in classes or any(
            isinstance(f.value, Claim) and f.value.kind == "fatalities"
            and f.value.scope == "event" for f in self.mentions(i, "figure"))
        if deaths:
            if days and not self.matches("background_clause", i):
                countries = self.country_mentions(i)
                if countries:
                    return [(heads, countries[0].value, [countries[0].span], None, False)]
                return [(heads, self._country_place(), [], None, True)]
            return None
        if not days:
            return None
        named = {m.value.country for j in (i - 1, i) if j >= 0
                 for m in self.country_mentions(j)}
        if self.main_place is not None and (not named or self.main_place.country in named):
            return [(heads, self.main_place, [], None, True)]
        if self.dateline is not None and i <= 3 and (
                not named or self.dateline.value.country in named):
            return [(heads, self.dateline.value, [self.dateline.span], None, True)]
        countries = self.country_mentions(i)
        if countries:
            return [(heads, countries[0].value, [countries[0].span], None, False)]
        del sent
        if self.country and classes & {"riot", "clash", "force", "death"}:
            return [(heads, self._country_place(), [], None, True)]
        return None

    def _hedged(self, i: int, heads: list[Mention]) -> bool:
        return any(self.inside(self.mentions(i, "hedge"), h.span) for h in heads)

    def _look_ahead(self, i: int, classes: set[str]) -> Mention | None:
        """The next sentence gives the place of this one ("He was detained at dawn. Police
        took him in the province of X.") when it has no date or event of its own."""
        j = i + 1
        while j < len(self.sents) and j <= i + 2 and self._near(i, j) and not self.places(j):
            if self.day_dates(j):
                return None
            j += 1
        if j >= len(self.sents) or not self._near(i, j):
            return None
        places = self.places(j)
        if not places or self.day_dates(j):
            return None
        other = {str(h.value) for h in self.heads(j) if not self.blocked(j, h)}
        if other and not (other & classes or {_family(c) for c in other} & {
                _family(c) for c in classes}):
            return None
        if len({(p.value.country, p.value.admin1) for p in places}) > 1:
            return None
        return self._finest(places, [])

    def _previous_place(self, i: int) -> Mention | None:
        """The finest place of the nearest earlier sentence that names one."""
        for j in range(i - 1, max(-1, i - 3), -1):
            places = self.places(j)
            if places:
                return self._finest(places, [places[-1]])
        return None

    def _country_place(self) -> Place | None:
        if not self.country:
            return None
        return Place(name=self._country_label(self.country), country=self.country,
                     feature="country", geo_precision=3)

    def _country_label(self, code: str) -> str:
        place = self.geo.country(code)
        return place.name if place is not None else code

    def _close(self, last: _Draft, i: int) -> bool:
        """Sentence ``i`` is near enough to the last sentence of ``last`` to continue it."""
        latest = max(last.sentences | {last.sentence})
        return self.sents[i].paragraph - self.sents[latest].paragraph <= 1 and i - latest <= 4

    def _place_groups(
        self, i: int, heads: list[Mention], places: list[Mention]
    ) -> list[tuple[list[Mention], Place | None, list[Span], Any, bool]]:
        """Split a sentence's heads and places into (heads, place, spans, list) groups:
        one per place of a coordinated list, one per separate region otherwise."""
        if not places:
            return []
        route = _regex(self.lang, "route")
        text = self.doc.text
        lists: dict[Any, list[Mention]] = {}
        for m in places:
            lid = m.attrs.get("list_id")
            if lid is not None:
                lists.setdefault(lid, []).append(m)
        groups: list[tuple[list[Mention], Place | None, list[Span], Any, bool]] = []
        used: set[int] = set()
        for lid, members in list(lists.items()):
            members = [m for m in members if not _contains_any(m.value, places)]
            if len(members) < 2:
                continue
            used.update(id(m) for m in lists[lid])
            before = text[max(self.sents[i].start, members[0].start - 45) : members[0].start]
            if route is not None and route.search(before):
                earlier = [m for m in places if m.end <= members[0].start
                           and members[0].start - m.end < 60]
                first = earlier[-1] if earlier else members[0]
                used.add(id(first))
                groups.append((_heads_near(heads, first), first.value, [first.span], None, False))
                continue
            near = _heads_near(heads, members[0])
            if {str(h.value) for h in near} & NATIONAL_MEASURES and (
                    all(m.value.feature == "admin1" for m in members)
                    or len({m.value.admin1 for m in members}) > 1):
                # a measure covering several regions is one event (admin1 null)
                groups.append((near, self._country_place(), [m.span for m in members],
                               None, False))
                continue
            for m in members:
                groups.append((near, m.value, [m.span], lid, False))
        rest = [m for m in places if id(m) not in used]
        families: list[list[Mention]] = []
        for m in rest:
            for fam in families:
                if _compatible(fam[0].value, m.value):
                    fam.append(m)
                    break
            else:
                families.append([m])
        families = [f for f in families
                    if not any(g[1] is not None and _compatible(g[1], f[0].value) for g in groups)]
        for fam in list(families):
            counted = self._distributive(i, fam)
            if len(counted) >= 2:
                families.remove(fam)
                lid = ("figures", i)
                for m in counted:
                    groups.append((_heads_near(heads, m), m.value, [m.span], lid, False))
        if len(families) == 1 and not groups:
            best = self._finest(families[0], heads)
            return [(heads, best.value, [m.span for m in families[0]], None, False)]
        for fam in families:
            best = self._finest(fam, heads)
            near = [h for h in heads
                    if min(families, key=lambda f: min(abs(h.start - m.start) for m in f)) is fam]
            groups.append((near or _heads_near(heads, best), best.value,
                           [m.span for m in fam], None, False))
        return groups

    def _distributive(self, i: int, places: list[Mention]) -> list[Mention]:
        """Places each with its own figure ("one killed in Rocha Pinto, one in Golf II"):
        separate events even though they lie in one region."""
        figures = self.mentions(i, "figure")
        out = []
        for m in places:
            if m.value.feature not in ("populated", "site", "admin3"):
                continue
            if any(0 <= m.start - f.end <= 8 for f in figures):
                out.append(m)
        return out

    @staticmethod
    def _finest(places: list[Mention], heads: list[Mention]) -> Mention:
        """The finest place among those of one hierarchy, nearest the heads on ties."""
        rank = {"site": 0, "populated": 1, "admin3": 2, "admin2": 3, "admin1": 4}
        anchor = heads[0].start if heads else 0
        nearest = min(places, key=lambda m: abs(m.start - anchor))
        family = [m for m in places if _compatible(m.value, nearest.value)]
        return min(family, key=lambda m: (rank.get(m.value.feature, 5), abs(m.start - anchor)))

    def _new_draft(self, i: int, heads: list[Mention], place: Place | None,
                   place_spans: list[Span], dates: list[Mention],
                   narrative: dict[int, tuple[EventDate, list[Span]]]) -> _Draft:
        sent = self.sents[i]
        head = _main_head(heads)
        if place_spans and not any(not is_crowd_class(str(h.value)) for h in heads):
            anchor = place_spans[0].start
            head = min(heads, key=lambda h: abs(h.start - anchor))
        date: EventDate | None = None
        date_spans: list[Span] = []
        inherited = False
        if dates:
            chosen = min(dates, key=lambda d: abs(d.start - head.start))
            date, date_spans = chosen.value, [chosen.span]
        elif sent.paragraph in narrative:
            date, date_spans = narrative[sent.paragraph]
            inherited = True
        elif self.story_date is not None:
            date, date_spans = self.story_date[0], [self.story_date[1]]
            inherited = True
        draft = _Draft(
            sentence=i, paragraph=sent.paragraph, trigger=head,
            classes={str(h.value) for h in heads},
            tags={t for h in heads for t in h.attrs.get("tags", [])},
            place=place, place_spans=list(place_spans), date=date, date_spans=list(date_spans),
            date_inherited=inherited, heads=list(heads), sentences={i},
        )
        self._absorb(draft, i, own_heads=heads)
        draft.arrest_outside = "arrest" in draft.classes and self.matches("arrest_outside", i)
        if len({p.value.name for p in self.places(i)}) > 1:
            self._drop_foreign_cues(draft, i)
        return draft

    def _drop_foreign_cues(self, draft: _Draft, i: int) -> None:
        """In a sentence about several places ("marched in Bogotá, Medellín and Cali,
        while in Cali clashes ..."), a cue in a clause about another place is not this
        event's."""
        if draft.place is None:
            return
        own = draft.place.name
        for name, spans in list(draft.cues.items()):
            keep = []
            for span in spans:
                if self._sentence_index(span.start) != i:
                    keep.append(span)
                    continue
                clause = self._clause(span.start)
                named = {p.value.name for p in self.places(i) if self._clause(p.start) == clause}
                if not named or own in named:
                    keep.append(span)
            if keep:
                draft.cues[name] = keep
            else:
                del draft.cues[name]

    def _absorb(self, draft: _Draft, i: int, own_heads: list[Mention] | None = None) -> None:
        """Add sentence ``i``'s cues, actors, hedges and figures to ``draft``."""
        for cue in self.cues(i):
            draft.add_cue(str(cue.value), cue.span)
        if own_heads is None:
            for head in self.heads(i):
                if not _holds(draft, "heads", head) and not self.blocked(i, head):
                    draft.classes.add(str(head.value))
                    draft.tags.update(head.attrs.get("tags", []))
                    draft.heads.append(head)
        draft.actors.extend(self.mentions(i, "actor"))
        if i == draft.sentence:
            draft.hedges.extend(self.inside(self.mentions(i, "hedge"), draft.trigger.span))
        draft.figures.extend(f for f in self.mentions(i, "figure")
                             if not _holds(draft, "figures", f))
        draft.sentences.add(i)

    def continue_last(self, drafts: list[_Draft], i: int) -> None:
        """A sentence with no place of its own continues the last event, when close."""
        if not drafts:
            return
        last = drafts[-1]
        if not self._close(last, i) or self.places(i):
            return
        if self.matches("aggregate", i):
            return
        reasons = {self.block_reason(i, h) for h in self.heads(i)}
        if reasons and None not in reasons and reasons - {"no_crowd"}:
            return  # a generic statement about the unrest, not about this event
        own = self.event_dates(i)
        if own and last.date is not None and own[0].value != last.date:
            # the sentence returns to an earlier event of its own day ("Tuesday evening, ...")
            same_day = [d for d in drafts[-4:]
                        if d.date == own[0].value and d.list_id is None
                        and self.sents[i].paragraph - d.paragraph <= 3]
            if same_day:
                self._absorb(same_day[-1], i)
            return
        # a list of places cannot say which place the sentence is about; drafts open in
        # sentence order, so those of the last draft's sentence are the last ones
        first = len(drafts)
        while first > 0 and drafts[first - 1].sentence == last.sentence:
            first -= 1
        for d in drafts[first:]:
            if d.list_id is None:
                self._absorb(d, i)

    # ............................................................ merging
    def merge_drafts(self, drafts: list[_Draft]) -> list[_Draft]:
        for d in drafts:
            if d.sentence in self.headline:
                d.headline = True
            d.rank = _trigger_rank(d, d.headline)
        # (each rule asks only the drafts filed under keys it needs: see DraftIndex)
        out: list[_Draft] = []
        events = _DraftIndex()
        for d in drafts:
            target = events.first(_event_query_keys(d), _same_event, d)
            if target is None:
                out.append(d)
                events.add(d, _event_keys(d))
                continue
            _fold(target, d)
            events.add(target, _event_keys(target))
        # an undated mention or a headline joins the dated event of the same place
        kept: list[_Draft] = []
        occurrences = _DraftIndex()
        for o in out:
            occurrences.add(o, _occurrence_keys(o))
        for d in out:
            if d.date is None or d.headline or (
                    d.date_inherited and d.special_class() in ANNOUNCED_CLASSES):
                target = occurrences.first(_occurrence_query_keys(d), _joins, d)
                if target is not None and (d.headline or target.sentence < d.sentence):
                    _fold(target, d)
                    occurrences.add(target, _occurrence_keys(target))
                    continue
            kept.append(d)
        out = kept
        # blockades of one region on one day: one event for the region
        final: list[_Draft] = []
        blockades = _DraftIndex()
        for d in out:
            target = blockades.first(_blockade_keys(d), _same_blockade, d)
            if target is None:
                final.append(d)
                blockades.add(d, _blockade_keys(d))
                continue
            _fold(target, d)
            if target.place is not None:
                target.place = _admin1_place(target.place)
            blockades.add(target, _blockade_keys(target))
        # a region already covered by a finer event of the same day inside it (only the
        # drafts of the same day and country can cover it)
        same_day: dict[tuple[EventDate | None, str], list[_Draft]] = {}
        for o in final:
            if o.place is not None:
                same_day.setdefault((o.date, o.place.country), []).append(o)
        final = [d for d in final if not (d.place is not None and _covered(
            d, same_day.get((d.date, d.place.country), [])))]
        # a place named in an aggregate statement, when its own events are reported
        same_day = {}
        for o in final:
            if o.place is not None:
                same_day.setdefault((o.date, o.place.country), []).append(o)
        return [d for d in final if not (d.aggregate and d.place is not None and any(
            o is not d and not o.aggregate and o.date == d.date and o.place is not None
            and d.place is not None and _compatible(o.place, d.place)
            and (_distance_km(o.place, d.place) or 0.0) <= 30.0
            for o in same_day.get((d.date, d.place.country), [])))]

    def attach_orphan_figures(self, drafts: list[_Draft]) -> None:
        """Figures stated apart from their event ("the government spokesman said 12
        officers had been hurt") join the event told just before them: the only event of
        the article, or the last one in the same or the previous paragraph. A figure with
        a date of its own, a place of its own, a sum over several places or a disaster
        context joins none."""
        events = [d for d in drafts if d.place is not None and not d.special_class()]
        if not events:
            return
        self._orphan_index(events)
        taken = {id(f) for d in drafts for f in d.figures}
        for m in self.doc.mentions:
            if m.kind != "figure" or id(m) in taken or not isinstance(m.value, Claim):
                continue
            i = self._sentence_index(m.start)
            if i is None or "non_unrest" in self.cue_names(i) or self._aggregate_figure(m):
                continue
            if m.value.scope != "event":
                continue
            target = self._orphan_target(i, events)
            if target is None:
                continue
            names = {p.value.name for p in self.places(i)}
            if names and (target.place is None or target.place.name not in names):
                continue
            own = self.event_dates(i)
            if own and target.date is not None and own[0].value != target.date:
                continue
            target.figures.append(m)

    def _orphan_index(self, events: list[_Draft]) -> None:
        """The first and last sentence of each event, and the events sorted by their last
        sentence (stable, so that events ending in the same sentence keep their order)."""
        self._orphan_first = {id(d): min(d.sentences | {d.sentence}) for d in events}
        last = {id(d): max(d.sentences | {d.sentence}) for d in events}
        self._orphan_last = last
        self._orphan_sorted = sorted(events, key=lambda d: last[id(d)])
        self._orphan_lasts = [last[id(d)] for d in self._orphan_sorted]
        self._orphan_monotone = all(a.paragraph <= b.paragraph
                                    for a, b in itertools.pairwise(self.sents))

    def _orphan_target(self, i: int, events: list[_Draft]) -> _Draft | None:
        if len(events) == 1:
            only = events[0]
            return only if i >= self._orphan_first[id(only)] else None
        para = self.sents[i].paragraph
        last = self._orphan_last
        if not self._orphan_monotone:
            before = [d for d in events if last[id(d)] < i
                      and para - self.sents[last[id(d)]].paragraph <= 1]
            if not before:
                return None
            return max(before, key=lambda d: last[id(d)])
        # the event that ended last before sentence i: with paragraphs in sentence order,
        # it is the only one that can lie in the same or the previous paragraph
        k = bisect.bisect_left(self._orphan_lasts, i)
        if k == 0:
            return None
        latest = self._orphan_lasts[k - 1]
        if para - self.sents[latest].paragraph > 1:
            return None
        return self._orphan_sorted[bisect.bisect_left(self._orphan_lasts, latest)]

    # ............................................................ reports
    def to_report(self, n: int, d: _Draft, claims_used: set[int]) -> EventReport | None:
        if d.place is None:
            return None
        event_type, sub_type = self.type_of(d)
        claims = self.claims_for(d, event_type, sub_type, claims_used)
        report = EventReport(
            id=f"{self.doc.id}:e{n + 1}",
            doc_id=self.doc.id,
            event_type=event_type,
            sub_event_type=sub_type,
            disorder_type=disorder_type(event_type, sub_type),
            trigger=d.trigger.span,
            tags=self.tags_of(d, event_type, sub_type),
            date=d.date if d.date is not None else self._publication_month(),
            country=d.place.country,
            admin1=d.place.admin1 if d.place.feature != "country" else None,
            admin2=d.place.admin2 if d.place.feature not in ("country", "admin1") else None,
            location=d.place.location,
            latitude=d.place.latitude,
            longitude=d.place.longitude,
            geo_precision=d.place.geo_precision,
            geonameid=d.place.geonameid,
            claims=claims,
            published=self.doc.published,
        )
        if d.place.feature == "admin1":
            report.admin1 = d.place.admin1 or d.place.name
        self.set_actors(report, d)
        for kind in EVENT_FIGURES:
            setattr(report, kind, reconcile([c for c in claims if c.kind == kind]))
        report.modality = self.modality(d)
        report.evidence = self.evidence(d, report)
        report.confidence = self.confidence(d, report)
        return report

    def _publication_month(self) -> EventDate | None:
        pub = self.doc.published
        if pub is None:
            return None
        if self.doc.published_precision == "year":
            return EventDate.year(pub.year)
        return EventDate.month(pub.year, pub.month)

    def type_of(self, d: _Draft) -> tuple[str, str]:
        special = d.special_class()
        if special is not None and not (special == "arrest" and d.crowd_classes()):
            target = class_target(special)
            if target is not None:
                if special == "armed_attack" and not self._targets_forces(d):
                    return "Violence against civilians", "Attack"
                return target
        cues = set(d.cues) | self.lede_cues
        deaths = any(isinstance(f.value, Claim) and f.value.kind == "fatalities"
                     and (f.value.value or 0) > 0 and f.value.scope == "event"
                     for f in d.figures)
        if "massacre" in cues:
            return "Protests", "Excessive force against protesters"
        if "crowd_violence" in cues or "riot" in d.classes or "clash" in d.classes:
            return "Riots", "Violent demonstration"
        if ("lethal_force" in cues or deaths or "death" in d.classes) and \
                "nonstate_cause" not in cues:
            return "Protests", "Excessive force against protesters"
        if "intervention" in cues or "force" in d.classes:
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"

    def _targets_forces(self, d: _Draft) -> bool:
        return any(m.attrs.get("role") == "force" for m in d.actors)

    def tags_of(self, d: _Draft, event_type: str, sub_type: str) -> list[str]:
        tags = set(d.tags)
        if "tear_gas" in d.cues:
            tags.add("tear_gas")
        if "airport" in d.cues and ("occupation" in tags or sub_type == "Other"):
            tags.add("airport")
        if event_type != "Protests" and event_type != "Riots":
            tags &= {"state_of_emergency", "curfew", "investigation", "airport", "strike",
                     "road_blockade"}
        return sorted(tags)

    def set_actors(self, report: EventReport, d: _Draft) -> None:
        in_reporter = _covering([c.reporter_evidence for c in report.claims
                                 if c.reporter_evidence])
        actors = [m for m in d.actors if not in_reporter(m.start)]
        trig_sent = self.sents[d.sentence]
        in_sent = [m for m in actors if trig_sent.start <= m.start < trig_sent.end]
        forces = [m for m in actors if m.attrs.get("role") == "force"]
        force_labels = {str(m.value) for m in forces}
        force: Mention | None = forces[0] if forces else None
        force_label: str | None = None
        if force is not None:
            if {"Police", "Military"} <= force_labels or "Security forces" in force_labels:
                force_label = "Security forces"
            else:
                force_label = str(force.value)
        family = report.event_type
        crowd_roles = ("org", "crowd")
        crowd = [m for m in in_sent if m.attrs.get("role") in crowd_roles]
        if family in ("Protests", "Riots"):
            named = [m for m in crowd if m.attrs.get("role") == "org"
                     or str(m.value).endswith("supporters")]
            prev = d.sentence - 1
            if not named and prev >= 0 and \
                    self.sents[prev].paragraph == self.sents[d.sentence].paragraph:
                named = [m for m in self.mentions(prev, "actor")
                         if str(m.value).endswith("supporters")]
            specific = [m for m in crowd if str(m.value) not in ("Protesters",)]
            pick = named[0] if named else (specific[0] if specific else None)
            if report.sub_event_type == "Mob violence":
                report.actor1, report.actor1_type = "Rioters", "Rioters"
            elif pick is not None and str(pick.value) in ("Students",):
                report.actor1, report.actor1_type = "Protesters", "Protesters"
            elif pick is not None:
                report.actor1 = str(pick.value)
                report.actor1_type = str(pick.attrs.get("type") or "Protesters")
                report.evidence.setdefault("actor1", []).append(pick.span)
            else:
                report.actor1, report.actor1_type = "Protesters", "Protesters"
            if force_label is not None and report.sub_event_type != "Peaceful protest":
                report.actor2, report.actor2_type = force_label, "State forces"
                report.evidence.setdefault("actor2", []).extend(m.span for m in forces[:2])
            return
        gov = [m for m in actors if m.attrs.get("role") in ("gov", "judicial")]
        if report.sub_event_type == "Arrests":
            if force_label is not None:
                report.actor1, report.actor1_type = force_label, "State forces"
            orgs = [m for m in actors if m.attrs.get("role") == "org"]
            if orgs:
                report.actor2, report.actor2_type = str(orgs[0].value), "Protesters"
            return
        if family == "Battles":
            armed = [m for m in actors if m.attrs.get("role") == "armed"]
            report.actor1 = str(armed[0].value) if armed else "Unidentified armed group"
            report.actor1_type = "Political militias"
            if force_label is not None:
                report.actor2, report.actor2_type = force_label, "State forces"
            return
        if family == "Violence against civilians":
            armed = [m for m in actors if m.attrs.get("role") in ("armed", "force")]
            if armed:
                report.actor1 = str(armed[0].value)
                report.actor1_type = str(armed[0].attrs.get("type"))
            report.actor2, report.actor2_type = "Civilians", "Civilians"
            return
        if gov:
            judicial = [m for m in gov if m.attrs.get("role") == "judicial"]
            pick = judicial[0] if judicial and "investigation" in d.classes else gov[0]
            label = str(pick.value)
            if "{country}" in label:
                label = label.replace("{country}", self._country_label(report.country or ""))
            report.actor1, report.actor1_type = label, "State forces"
            report.evidence.setdefault("actor1", []).append(pick.span)
            if "investigation" in d.classes:
                targets = [m for m in gov if m.attrs.get("role") == "gov"]
                if targets and pick.attrs.get("role") == "judicial":
                    tlabel = str(targets[0].value).replace(
                        "{country}", self._country_label(report.country or ""))
                    report.actor2, report.actor2_type = tlabel, "State forces"

    def modality(self, d: _Draft) -> str:
        for hedge in d.hedges:
            if hedge.value in ("alleged", "denied"):
                return str(hedge.value)
        if d.hedges:
            return "reported"
        return "asserted"

    def evidence(self, d: _Draft, report: EventReport) -> dict[str, list[Span]]:
        ev = dict(report.evidence)
        if d.date_spans:
            ev["date"] = list(d.date_spans)
        if d.place_spans:
            ev["location"] = _dedupe(d.place_spans)
        ev["triggers"] = _dedupe([d.trigger.span, *(h.span for h in d.heads)])
        cue_spans = [s for spans in d.cues.values() for s in spans]
        if cue_spans and report.sub_event_type != "Peaceful protest":
            ev["sub_event_type"] = _dedupe(cue_spans)[:6]
        for h in d.hedges:
            ev.setdefault("modality", []).append(h.span)
        return ev

    def confidence(self, d: _Draft, report: EventReport) -> float:
        score = 0.45
        if d.place is not None and d.place.feature not in ("country",) and not d.place_inherited:
            score += 0.15
        if d.date is not None and not d.date_inherited:
            score += 0.1
        if len(d.heads) > 1 or d.cues:
            score += 0.1
        if report.claims:
            score += 0.1
        if report.modality != "asserted":
            score -= 0.1
        if d.place_inherited:
            score -= 0.1
        weak = _regex(self.lang, "weak_heads")
        if weak is not None and all(weak.fullmatch(h.span.quote) for h in d.heads):
            score -= 0.15
        return max(0.05, min(0.99, score))

    # ............................................................ figures
    def claims_for(self, d: _Draft, event_type: str, sub_type: str,
                   claims_used: set[int]) -> list[Claim]:
        """The figures of this event: parts summed, cumulative and aggregate ones left to
        the tallies; a measure or an agreement carries no casualty figures."""
        if event_type == "Strategic developments" and sub_type != "Arrests":
            return []
        out: list[Claim] = []
        groups: dict[Any, list[Claim]] = {}
        for m in d.figures:
            claim = m.value
            if not isinstance(claim, Claim) or id(m) in claims_used:
                continue
            if sub_type == "Arrests" and claim.kind != "arrested":
                continue
            in_list = d.list_id is not None and self._sentence_index(m.start) == d.list_sentence
            if in_list:
                if not self._figure_for_list_place(m, d):
                    continue
            elif not self._event_figure(m, d):
                continue
            if self._other_group_figure(m, d):
                continue
            claims_used.add(id(m))
            group = m.attrs.get("group")
            if group is not None:
                groups.setdefault((group, claim.kind), []).append(claim)
                continue
            out.append(claim)
        for parts in groups.values():
            out.append(_sum_claims(self.doc, parts))
        if sub_type == "Arrests" and not any(c.kind == "arrested" for c in out):
            single = _regex(self.lang, "arrest_single")
            for head in d.heads:
                if single is not None and single.fullmatch(head.span.quote):
                    out.append(Claim(kind="arrested", value=1, evidence=head.span))
                    break
        return sorted(out, key=lambda c: c.evidence.start)

    def _event_figure(self, m: Mention, d: _Draft) -> bool:
        """A figure about this one event: not cumulative, not in an aggregate statement,
        and not a part of a larger figure unless the event is that part's place."""
        claim: Claim = m.value
        if claim.scope != "event" or self._aggregate_figure(m):
            return False
        return m.attrs.get("component_of") is None or d.breakdown

    def _other_group_figure(self, m: Mention, d: _Draft) -> bool:
        """In a sentence that opened events at separate places, a figure belongs to the
        event whose place is in its clause ("clashes in Bogotá, three agents were killed in
        an attack in Santander de Quilichao")."""
        i = self._sentence_index(m.start)
        if i is None or i != d.sentence or d.groups_in_sentence < 2 or d.list_id is not None:
            return False
        places = self.places(i)
        if not places or not d.place_spans:
            return False
        clause = self._clause(m.start)
        same = [p for p in places if self._clause(p.start) == clause]
        if not same:
            return False
        return not any(p.span in d.place_spans for p in same)

    def _clause(self, offset: int) -> int:
        i = self._sentence_index(offset)
        if i is None:
            return -1
        sent = self.sents[i]
        head = self.doc.text[sent.start:offset]
        return len(re.findall(r"[;:]|,(?!\d)", head))

    def _figure_for_list_place(self, m: Mention, d: _Draft) -> bool:
        """In a list of places, a figure belongs to the place right after it ("one in
        Rocha Pinto, one in Golf II") or right before it ("Mandalay (4)")."""
        if not d.place_spans:
            return False
        own = d.place_spans[0]
        i = self._sentence_index(m.start)
        if i is None:
            return False
        places = sorted(self.places(i), key=lambda p: p.start)
        after = [p for p in places if p.start >= m.end]
        if after and after[0].span == own and after[0].start - m.end <= 8:
            return True
        clause = self._clause(m.start)
        named = [p for p in places if self._clause(p.start) == clause]
        return bool(named) and d.place is not None and all(
            p.value.name == d.place.name for p in named)

    def _aggregate_figure(self, m: Mention) -> bool:
        aggregate = _regex(self.lang, "aggregate")
        sent = self.doc.sentence_at(m.start)
        if aggregate is None or sent is None:
            return False
        return bool(aggregate.search(sent.text))

    def tallies(self, claims_used: set[int]) -> list[Tally]:
        out: list[Tally] = []
        seen: set[tuple[str, int | None, str | None]] = set()
        for m in self.doc.mentions:
            if m.kind != "figure" or id(m) in claims_used or not isinstance(m.value, Claim):
                continue
            if m.attrs.get("shared_evidence"):
                continue  # a co-reporter's copy of a figure already counted
            claim: Claim = m.value
            kind = TALLY_KINDS.get(claim.kind)
            if kind is None or claim.value is None:
                continue
            cumulative = claim.scope == "cumulative" or self._aggregate_figure(m)
            if not cumulative and (claim.value < 2 or not self._national_count(m)):
                continue
            i = self._sentence_index(m.start)
            if i is not None and "non_unrest" in self._paragraph_cues(i):
                continue  # deaths in a flood or an epidemic are not an unrest tally
            key = (kind, claim.value, claim.reporter)
            if key in seen:
                continue
            seen.add(key)
            out.append(Tally(
                kind=kind, value=claim.value, low=claim.low, high=claim.high,
                qualifier=claim.qualifier, evidence=claim.evidence,
                as_of=self._as_of(m), country=self.country,
                scope=self._scope_text(m), reporter=claim.reporter,
                reporter_class=claim.reporter_class, via=claim.via, doc_id=self.doc.id,
            ))
        return out

    def _national_count(self, m: Mention) -> bool:
        """A figure of no event, in a sentence that names no place below the country:
        a count for the whole country (a national count for one day is a tally)."""
        i = self._sentence_index(m.start)
        return i is not None and not self.places(i) and i not in self._event_sentences

    def _as_of(self, m: Mention) -> EventDate | None:
        i = self._sentence_index(m.start)
        if i is not None:
            for d in self.mentions(i, "date"):
                if d.attrs.get("speech") and d.value is not None:
                    return d.value
        pub = self.doc.published
        if pub is None:
            return None
        if self.doc.published_precision == "month":
            return EventDate.month(pub.year, pub.month)
        return EventDate.day(pub)

    def _scope_text(self, m: Mention) -> str:
        cues = m.attrs.get("scope_cues") or []
        victims = m.attrs.get("victims")
        kind = TALLY_KINDS.get(m.value.kind, m.value.kind)
        parts = [kind]
        if victims:
            parts.append(f"({victims})")
        if cues:
            parts.append("— " + ", ".join(str(c) for c in cues))
        return " ".join(parts)

    def _sentence_index(self, offset: int) -> int | None:
        return self.doc.sentence_index(offset)


# --------------------------------------------------------------------------- helpers


def _joins(o: _Draft, d: _Draft) -> bool:
    """An undated mention or a headline ``d`` joins the dated event ``o`` of its place."""
    return o is not d and not o.headline and _same_occurrence(o, d)


def _covering(spans: list[Span]) -> Callable[[int], bool]:
    """A test of whether an offset lies in any of ``spans`` (``start <= x < end``): a
    binary search over the spans by start, with the furthest end reached so far."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    reach = list(itertools.accumulate((s.end for s in ordered), max))

    def covered(offset: int) -> bool:
        k = bisect.bisect_right(starts, offset)
        return k > 0 and reach[k - 1] > offset

    return covered


def _main_head(heads: list[Mention]) -> Mention:
    """The head that names the event best: a specific class over a generic crowd word."""
    for cls in _SPECIAL_ORDER:
        for h in heads:
            if h.value == cls:
                return h
    priority = ("strike", "blockade", "march", "occupation", "protest", "clash", "riot",
                "force", "funeral", "hunger_strike", "death")
    for cls in priority:
        for h in heads:
            if h.value == cls:
                return h
    return heads[0]


def _split_measures(
    groups: list[tuple[list[Mention], Place | None, list[Span], Any, bool]],
) -> list[tuple[list[Mention], Place | None, list[Span], Any, bool]]:
    """A measure and the unrest it answers ("imposed a curfew after crowds looted shops")
    are two events: the group's heads are split into the measure and the crowd."""
    out = []
    for heads, place, spans, list_id, inherited in groups:
        measure = [h for h in heads if h.value in NATIONAL_MEASURES or h.value == "investigation"]
        crowd = [h for h in heads if h.value in _DEMONSTRATION_CLASSES]
        if measure and crowd:
            out.append((measure, place, spans, list_id, inherited))
            out.append((crowd, place, spans, list_id, inherited))
        else:
            out.append((heads, place, spans, list_id, inherited))
    return out


def _contains_any(place: Place, others: list[Mention]) -> bool:
    """``place`` is a region that contains another place named in the same sentence."""
    if place.feature not in ("admin1", "admin2"):
        return False
    for m in others:
        other: Place = m.value
        if other is place or other.country != place.country:
            continue
        if place.feature == "admin1" and other.feature != "admin1" and \
                other.admin1 == (place.admin1 or place.name):
            return True
        if place.feature == "admin2" and other.feature not in ("admin1", "admin2") and \
                other.admin2 == place.name:
            return True
    return False


def _heads_near(heads: list[Mention], place: Mention) -> list[Mention]:
    """The heads that govern ``place``: the nearest head before it (or after it)."""
    before = [h for h in heads if h.end <= place.start]
    if before:
        return [before[-1]]
    after = [h for h in heads if h.start >= place.end]
    return [after[0]] if after else list(heads)


def _new_topic(heads: list[Mention], last: _Draft) -> bool:
    """Heads of a different family than the last event start their own event (arrests
    after a demonstration belong to it)."""
    classes = {str(h.value) for h in heads}
    special = {c for c in classes if not is_crowd_class(c)}
    if last.crowd_classes() and not last.special_class():
        special -= {"arrest"}
    return bool(special and not special & last.classes)


def _sum_claims(doc: Document, parts: list[Claim]) -> Claim:
    """Parts of one figure ("55 police and 20 protesters injured") as one summed claim."""
    if len(parts) == 1:
        return parts[0]
    start = min(p.evidence.start for p in parts)
    end = max(p.evidence.end for p in parts)
    values = [p.value for p in parts]
    total = sum(v for v in values if v is not None) if all(v is not None for v in values) else None
    first = parts[0]
    return replace(first, value=total, low=None, high=None, evidence=doc.span(start, end),
                   qualifier="at_least" if any(p.qualifier == "at_least" for p in parts)
                   else first.qualifier)


def reconcile(claims: list[Claim]) -> Figure | None:
    """Best/low/high over one document's claims of one kind.

    ``low``/``high`` are the lowest and highest stated values; ``best`` prefers a health,
    ombudsman or forensic reporter, and is otherwise the lowest stated figure (the
    conservative habit of ACLED and of the gold files).
    """
    values = [c for c in claims if c.value is not None]
    if not values:
        return None
    nums = [c.value for c in values if c.value is not None]
    low, high = min(nums), max(nums)
    preferred = [c for c in values if c.reporter_class in PREFERRED_REPORTERS]
    if preferred:
        best = min(c.value for c in preferred if c.value is not None)
        rule = "preferred_reporter"
    else:
        best = low
        rule = "lowest"
    return Figure(best=best, low=low, high=high, conservative=low,
                  disputed=len(set(nums)) > 1, rule=rule)


