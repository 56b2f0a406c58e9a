"""Opening drafts: the events a document's sentences state, one draft per place and head.

Sentence by sentence: a sentence with unblocked heads opens one draft per place group
(:mod:`willay.extract.groups`); a sentence with heads but no place continues the last
event, takes the place of the next sentence, of the one before, of the article or its
dateline, or the country; a sentence with no head but places may break down an
aggregate statement ("four of the deaths were in Mandalay"); any other sentence adds its
cues, actors and figures to the event before it. Each draft gets the nearest event date
of its sentence, the narrative date of its paragraph, or the day of the main story.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from willay.extract.blocking import NATIONAL_MEASURES, block_reason, blocked
from willay.extract.context import DocContext, finest, lang_regex
from willay.extract.dates import publication_day
from willay.extract.drafts import Draft, Pending, family, has_list, holds, within
from willay.extract.groups import PlaceGroup, place_groups, split_measures
from willay.extract.numbers import parse_numbers
from willay.extract.taxonomy import is_crowd_class
from willay.model import Claim, EventDate, Mention, Span
from willay.model.place import NOWHERE

#: Classes that state a national or institutional act: the country is their place.
NATIONAL_CLASSES = frozenset({"emergency", "curfew", "investigation", "use_of_force_decree",
                              "agreement", "change_activity"})
#: Classes dated by their decision or announcement: a report date is their date.
ANNOUNCED_CLASSES = frozenset({"emergency", "curfew", "investigation", "use_of_force_decree",
                               "closure"})
#: The narrative date of each paragraph: the last explicit day stated in it so far.
Narrative = dict[int, tuple[EventDate, list[Span]]]


class Opener:
    """Walks the sentences of one document and opens its drafts."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.drafts: list[Draft] = []
        self.narrative: Narrative = {}
        #: the day each paragraph closes on, when it can carry on into the next paragraph
        self.closing: dict[int, tuple[EventDate, list[Span]] | None] = {}
        self.pending: Pending | None = None
        self.absorbed: set[int] = set()
        #: sentence -> the later sentence its look-ahead read the place from
        self.ahead_of: dict[int, int] = {}

    def run(self) -> list[Draft]:
        for i in range(len(self.ctx.sents)):
            if i not in self.absorbed:
                self._sentence(i)
            self._note_narrative(i)
        return self.drafts

    # ............................................................ one sentence
    def _sentence(self, i: int) -> None:
        ctx = self.ctx
        told = ctx.heads(i)
        heads = [h for h in told if not blocked(ctx, i, h)]
        places = ctx.places(i)
        if not heads and told:
            self._date_measure_told_again(i, told)
        if not heads:
            pending = self.pending if self.pending is not None and places \
                and ctx.near(self.pending.sentence, i) else self._shared_out(i, places)
            if pending is not None:
                self.drafts.extend(self._breakdown(i, pending, places, pending is not self.pending))
            else:
                continue_last(ctx, self.drafts, i)
            return
        announced = bool({str(h.value) for h in heads} & ANNOUNCED_CLASSES)
        dates = ctx.event_dates(i, announced=announced)
        if ctx.matches("background", i) and not ctx.day_dates(i, announced):
            return
        heads, aggregate = _aggregate_heads(ctx, i, heads, places)
        if aggregate:
            if ctx.day_dates(i, announced):
                self.pending = Pending(i, heads, dates)
            if not places:
                return
        groups = place_groups(ctx, i, heads, places)
        if not groups:
            found = self._placeless(i, heads, dates)
            if found is None:
                if ctx.day_dates(i, announced) and any(is_crowd_class(str(h.value))
                                                       for h in heads):
                    self.pending = Pending(i, heads, dates)
                return
            groups = found
        groups = split_measures(groups, ctx)
        for group in groups:
            self._open(i, group, dates, len(groups), aggregate)

    def _date_measure_told_again(self, i: int, told: list[Mention]) -> None:
        """A measure told again with its day ("the prime minister declared Sunday that
        the state of emergency was effective"): the one day dates the measure of that
        class told before it with no day of its own."""
        ctx = self.ctx
        classes = {str(h.value) for h in told if str(h.value) in NATIONAL_MEASURES
                   and block_reason(ctx, i, h) == "reference"}
        days = [d for d in ctx.event_dates(i, announced=True) if d.value.precision == "day"]
        if not classes or len(days) != 1:
            return
        target = next((d for d in reversed(self.drafts) if d.classes & classes), None)
        if target is None or not (target.date is None or target.date_inherited
                                  or target.date.precision in ("month", "year")):
            return
        target.date, target.date_spans = days[0].value, [days[0].span]
        target.date_inherited = False

    def _open(self, i: int, group: PlaceGroup, dates: list[Mention], n_groups: int,
              aggregate: bool) -> None:
        place = self.ctx.town_for_region(group.place, group.spans)
        draft = new_draft(self.ctx, i, group.heads, place, group.spans, dates,
                          self._narrative_at(i))
        draft.place_inherited = group.inherited
        draft.list_id = group.list_id
        draft.list_sentence = i if group.list_id is not None else -1
        draft.groups_in_sentence = n_groups
        draft.aggregate = aggregate
        self.drafts.append(draft)
        j = self.ahead_of.get(i)
        if j is not None and j not in draft.sentences:
            # the later sentence the place was read from: its words join the event, but
            # the story does not go on from it (it does not stretch what continues the event)
            absorb(self.ctx, draft, j)
            draft.sentences.discard(j)

    def _note_narrative(self, i: int) -> None:
        """An explicit day in a sentence dates the undated events after it in its paragraph."""
        days = self.ctx.day_dates(i)
        if days:
            self.narrative[self.ctx.sents[i].paragraph] = (days[-1].value, [days[-1].span])
            self.closing[self.ctx.sents[i].paragraph] = _closing_day(self.ctx, days[-1])

    def _narrative_at(self, i: int) -> Narrative:
        """The narrative dates for an event of sentence ``i``: a paragraph that states no
        day of its own goes on from the day (or the night named by its two days) on which
        the events of the body paragraph before it closed, when that day is the story's
        (at most three days before publication), not from the story's first day; the
        lede is the story's own day already."""
        para = self.ctx.sents[i].paragraph
        if para in self.narrative:
            return self.narrative
        before = self._paragraph_before(i)
        if before is None or before == self._lede_paragraph:
            return self.narrative  # the lede's day is the story's day (ctx.story_date)
        closing = self.closing.get(before)
        if closing is None or not any(d.paragraph == before for d in self.drafts):
            return self.narrative
        return {**self.narrative, para: closing}

    def _paragraph_before(self, i: int) -> int | None:
        """The paragraph of the last body sentence before the paragraph of sentence ``i``
        (past headings and captions, which are not the body)."""
        ctx = self.ctx
        j = i
        while j > 0 and ctx.sents[j - 1].paragraph == ctx.sents[i].paragraph:
            j -= 1
        rank = ctx.body_rank
        for k in range(j - 1, -1, -1):
            if rank[k + 1] > rank[k]:
                return ctx.sents[k].paragraph
        return None

    @functools.cached_property
    def _lede_paragraph(self) -> int | None:
        """The paragraph of the first sentence of the body (its day is the story's)."""
        rank = self.ctx.body_rank
        for k in range(len(rank) - 1):
            if rank[k + 1] > rank[k]:
                return self.ctx.sents[k].paragraph
        return None

    # ............................................................ breakdowns
    def _shared_out(self, i: int, places: list[Mention]) -> Pending | None:
        """A sentence with no event of its own that shares a count out over places ("Uno
        en Barcelona, otro en El Prat y otro en Mataró") right after the event it counts:
        that event, to break down by place."""
        if i == 0 or not self._shares(places):
            return None
        ctx = self.ctx
        last = self.drafts[-1] if self.drafts else None
        if last is not None and i - max(last.sentences | {last.sentence}) <= 1:
            return Pending(last.sentence, last.heads, ctx.event_dates(last.sentence))
        heads = [h for h in ctx.heads(i - 1) if not blocked(ctx, i - 1, h)]
        # the sentence before tells the event with no place of its own
        return Pending(i - 1, heads, ctx.event_dates(i - 1)) if heads else None

    def _shares(self, places: list[Mention]) -> bool:
        """Two places or more, each right after its share of a count ("one in X, two in
        Y")."""
        return len(places) >= 2 and all(self._share(m.start) is not None for m in places)

    def _share(self, at: int) -> Span | None:
        """The word of the share of a count right before the place at offset ``at``
        ("otro" in "otro en Mataró")."""
        shares = lang_regex(self.ctx.lang, "distribution")
        found = None if shares is None else shares.search(self.ctx.doc.text, max(0, at - 25), at)
        if found is None:
            return None
        word = found.group(0).split()[0]
        return Span(found.start(), found.start() + len(word), word)

    def _breakdown(self, i: int, pending: Pending, places: list[Mention],
                   shared: bool = False) -> list[Draft]:
        """Places that break down an aggregate statement ("four of the deaths in Mandalay");
        ``shared``: each place has its own share of the count, so its own event."""
        ctx = self.ctx
        out = []
        if shared:
            first = {m.value.name: m for m in reversed(places)}  # one event per place
            groups = [PlaceGroup(pending.heads, m.value, [m.span], ("shares", i))
                      for m in places if first[m.value.name] is m]
        else:
            groups = place_groups(ctx, pending.sentence, pending.heads, places)
        for group in groups:
            place = ctx.town_for_region(group.place, group.spans)
            draft = new_draft(ctx, pending.sentence, group.heads, place, group.spans,
                              pending.dates, self.narrative)
            draft.sentence = i
            draft.paragraph = ctx.sents[i].paragraph
            draft.list_id = group.list_id
            draft.list_sentence = i if group.list_id is not None else -1
            draft.groups_in_sentence = len(groups)
            draft.breakdown = True
            figures = [f for f in ctx.mentions(i, "figure")
                       if isinstance(f.value, Claim) and f.value.kind == "fatalities"
                       and f.value.value != 0]
            anchor = group.spans[0] if group.spans else None
            near = [f.span for f in figures if anchor is not None and f.end <= anchor.start]
            share = self._share(group.spans[0].start) if shared and group.spans else None
            draft.trigger = Mention("trigger", near[-1] if near else share or anchor
                                    or draft.trigger.span, "breakdown", {"role": "head"})
            draft.figures = [f for f in draft.figures if f.start >= ctx.sents[i].start]
            absorb(ctx, draft, i)
            if share is not None:
                draft.figures.extend(self._share_figure(pending, i, share))
            out.append(draft)
        return out

    def _share_figure(self, pending: Pending, i: int, share: Span) -> list[Mention]:
        """The figure of a place's share ("otro en Mataró": one of the three arrests told
        before): the kind and the reporter of the count it shares out, its own value."""
        ctx = self.ctx
        if any(f.start < share.end and share.start < f.end for f in ctx.mentions(i, "figure")):
            return []  # the figure finder read the share already (a part of a total)
        counted = [f for j in range(pending.sentence, i) for f in ctx.mentions(j, "figure")
                   if isinstance(f.value, Claim) and f.value.value
                   and f.value.kind in ("fatalities", "injured", "arrested")]
        if not counted:
            return []
        whole: Claim = counted[-1].value
        found = parse_numbers(ctx.doc.text, share.start, share.end, ctx.lang)
        value = found[0].value if found else 1  # "otro", "another": one more
        if value is None or whole.value is None or value > whole.value:
            return []
        claim = replace(whole, value=value, low=None, high=None, qualifier="exact",
                        evidence=share)
        return [Mention("figure", share, claim, {"share": True})]

    # ............................................................ heads with no place
    def _placeless(self, i: int, heads: list[Mention],
                   dates: list[Mention]) -> list[PlaceGroup] | None:
        """Heads in a sentence that names no place: continue, look ahead, inherit, or go
        to the country, the article's main place or its dateline."""
        ctx = self.ctx
        classes = {str(h.value) for h in heads}
        last = self.drafts[-1] if self.drafts else None
        if (last is not None and not dates and close_to(ctx, last, i)
                and not (last.sentence != i and new_topic(heads, last))):
            continue_last(ctx, self.drafts, i)
            return None
        ahead = self._look_ahead(i, classes)
        if ahead is not None:
            j = ctx.sentence_index(ahead.start) or i + 1
            self.absorbed.add(j)
            self.ahead_of[i] = j
            return [PlaceGroup(heads, ahead.value, [ahead.span])]
        if "agreement" in classes and last is not None and last.place is not None \
                and max(last.sentences | {last.sentence}) == i - 1 \
                and family("agreement") not in {family(c) for c in last.classes} \
                and _same_time(last.date, dates):
            # a deal told right after the event it ends ("Los camioneros bloquearon la
            # carretera ... Los ministros llegaron a un acuerdo"): at that event's place
            return [PlaceGroup(heads, last.place, [], None, True)]
        found = _anaphora_groups(ctx, i, heads, classes, dates)
        if found is not None:
            return found or None
        if any(not is_crowd_class(c) for c in classes):
            return _story_groups(ctx, i, heads, dates) or None
        return _dated_groups(ctx, i, heads, classes, dates) or None

    def _look_ahead(self, i: int, classes: set[str]) -> Mention | None:
        """The next sentence gives the place of this one ("He was detained at dawn. Police
        took him in the province of X.") when it has no date or event of its own."""
        ctx = self.ctx
        j = i + 1
        while j < len(ctx.sents) and j <= i + 2 and ctx.near(i, j) and not ctx.places(j):
            if ctx.day_dates(j):
                return None
            j += 1
        if j >= len(ctx.sents) or not ctx.near(i, j):
            return None
        places = ctx.places(j)
        if not places or ctx.day_dates(j) or has_list(places) or self._shares(places):
            return None  # a list of places, or a count shared out over places, opens
            # events of its own
        other = {str(h.value) for h in ctx.heads(j) if not blocked(ctx, j, h)}
        if other and not (other & classes or {family(c) for c in other} & {
                family(c) for c in classes}):
            return None
        if len({(p.value.country, p.value.admin1) for p in places}) > 1:
            return None
        return finest(places, [])


def _same_time(date: EventDate | None, dates: list[Mention]) -> bool:
    """The sentence's own dates, if any, can be the time of an event dated ``date`` ("A
    previous stoppage ended in January after an agreement" is not the deal that ends the
    blockade told before it)."""
    if not dates or date is None:
        return True
    return any(d.value == date or within(date, d.value) or within(d.value, date)
               for d in dates)


def _aggregate_heads(ctx: DocContext, i: int, heads: list[Mention],
                     places: list[Mention]) -> tuple[list[Mention], bool]:
    """The heads that open events, and whether the sentence states an aggregate of many
    local events ("protests across the country"). "Nationwide" is the reach of a
    national measure, not a sum of local events; and in "a nationwide state of emergency
    following days of riots" (no place named) the measure told first stands, the unrest
    after it being its reason, told as an aggregate."""
    measures = [h for h in heads if str(h.value) in NATIONAL_CLASSES]
    aggregate = ctx.matches("aggregate", i) and not has_list(places) \
        and len(measures) < len(heads)
    if aggregate and measures and not places and all(
            h.start > measures[0].start for h in heads if h not in measures):
        return measures, False
    return heads, aggregate


def _anaphora_groups(ctx: DocContext, i: int, heads: list[Mention], classes: set[str],
                     dates: list[Mention]) -> list[PlaceGroup] | None:
    """"The capital", "the city", a closure at the story's place, a national measure.
    ``[]`` says the heads are settled with no event; ``None`` that other rules decide."""
    if ctx.matches("capital_anaphora", i) and ctx.country:
        capital = ctx.geo.capital(ctx.country)
        if capital is not None:
            return [PlaceGroup(heads, capital, [], None, True)]
    if ctx.matches("place_anaphora", i):
        ref = ctx.previous_place(i)
        if ref is not None:
            return [PlaceGroup(heads, ref.value, [ref.span], None, True)]
    explicit = [d for d in dates if d.value.precision in ("day", "approx", "range")]
    if "closure" in classes and explicit:
        # "the terminal suspended all its operations": the place the story is about
        ref = ctx.previous_place(i)
        if ctx.main_place is not None:
            return [PlaceGroup(heads, ctx.main_place, [], None, True)]
        if ref is not None:
            return [PlaceGroup(heads, ref.value, [ref.span], None, True)]
    if classes & NATIONAL_CLASSES:
        measure = bool(classes & {"emergency", "curfew", "use_of_force_decree"})
        if not explicit and (not measure or ctx.body_rank[i] > 1 or dates
                             or ctx.hedged(i, heads)):
            return []  # an undated measure after the lede is background (§1.4)
        return _country_groups(ctx, i, heads)
    return None


def _story_groups(ctx: DocContext, i: int, heads: list[Mention],
                  dates: list[Mention]) -> list[PlaceGroup]:
    """Violence or a development stated with no place of its own (an event with no
    place is still an event, ANNOTATION.md §1.3): the place of the sentence before it in
    its paragraph, the place the article is about, its dateline, the one place it names,
    or the country.

    Not for an earlier event mentioned in passing (dated well before the story: it needs
    a place of its own, §1.4), nor for crime outside any conflict; an arrest takes only
    the place of the sentence before it."""
    if ctx.hedged(i, heads, sourced=False) or _long_before(ctx, dates):
        return []
    if ctx.hedged(i, heads) and (ctx.country or i > 2):
        return []  # a story's relayed aside; a brief "according to local sources" stands
    if not dates and i > 2:
        return []  # a passing mention with neither its own place nor its own time (§1.4)
    if "crime_context" in ctx.cue_names(i) and not any(
            m.attrs.get("role") == "armed" for m in ctx.mentions(i, "actor")):
        return []
    for j in range(i - 1, max(-1, i - 3), -1):
        if ctx.sents[j].paragraph != ctx.sents[i].paragraph:
            break
        places = ctx.places(j)
        if places:
            ref = finest(places, [places[-1]])
            return [PlaceGroup(heads, ref.value, [ref.span], None, True)]
    if {str(h.value) for h in heads} <= {"arrest"}:
        return []
    if ctx.main_place is not None:
        return [PlaceGroup(heads, ctx.main_place, [], None, True)]
    if ctx.dateline is not None:
        return [PlaceGroup(heads, ctx.dateline.value, [ctx.dateline.span], None, True)]
    sole = ctx.sole_place
    countries = ctx.country_mentions(i)
    if sole is not None and sole.country == (countries[0].value.country if countries
                                             else ctx.country):
        # the article names one place only: the story it tells with no place is there
        return [PlaceGroup(heads, sole, [], None, True)]
    return _country_groups(ctx, i, heads)


def _long_before(ctx: DocContext, dates: list[Mention]) -> bool:
    """The sentence dates its event two months or more before the publication."""
    pub = ctx.doc.published
    if pub is None or not dates:
        return False
    return all((pub - d.value.end).days >= 60 for d in dates)


def _dated_groups(ctx: DocContext, i: int, heads: list[Mention], classes: set[str],
                  dates: list[Mention]) -> list[PlaceGroup] | None:
    """A dated crowd event with no place: the story's place, its dateline or the country."""
    explicit = [d for d in dates if d.value.precision in ("day", "approx", "range")]
    if not any(is_crowd_class(c) for c in classes):
        return []
    deaths = "death" in classes or any(
        isinstance(f.value, Claim) and f.value.kind == "fatalities" and f.value.value != 0
        and f.value.scope == "event" for f in ctx.mentions(i, "figure"))
    if not dates and deaths and ctx.body_rank[i] == 0 and not ctx.hedged(
            i, heads, sourced=False) and not ctx.matches("background_clause", i):
        # a lede that tells a death at a demonstration: an event even with no date and
        # no place that can be known (ANNOTATION.md §1.3)
        return _country_groups(ctx, i, heads)
    if not explicit or ctx.hedged(i, heads):
        return []
    days = [d for d in explicit
            if d.value.precision in ("day", "approx") or d.attrs.get("continued")]
    if deaths:
        if days and not ctx.matches("background_clause", i):
            return _country_groups(ctx, i, heads)
        return []
    return _where_the_story_is(ctx, i, heads, classes) if days else []


def _where_the_story_is(ctx: DocContext, i: int, heads: list[Mention],
                        classes: set[str]) -> list[PlaceGroup]:
    """The article's main place or dateline (when in the country the sentence names), the
    country the sentence names, or, for violence, the article's country."""
    named = {m.value.country for j in (i - 1, i) if j >= 0 for m in ctx.country_mentions(j)}
    if ctx.main_place is not None and (not named or ctx.main_place.country in named):
        return [PlaceGroup(heads, ctx.main_place, [], None, True)]
    if ctx.dateline is not None and i <= 3 and (
            not named or ctx.dateline.value.country in named):
        return [PlaceGroup(heads, ctx.dateline.value, [ctx.dateline.span], None, True)]
    countries = ctx.country_mentions(i)
    if countries:
        return [PlaceGroup(heads, countries[0].value, [countries[0].span])]
    if classes & {"riot", "clash", "force", "death"} or i <= 2:
        # violence anywhere, or what a story opens with: "Manifestantes ocupam a
        # Avenida Paulista neste domingo" is an event whose place no gazetteer knows
        return _country_groups(ctx, i, heads)
    return []


def _country_groups(ctx: DocContext, i: int, heads: list[Mention]) -> list[PlaceGroup]:
    """The country the sentence names, or the article's; for a brief that names neither
    (nor a place that can be known) but names who acted, no place at all: still an event,
    with every place field null (ANNOTATION.md §1.3)."""
    countries = ctx.country_mentions(i)
    if countries:
        return [PlaceGroup(heads, countries[0].value, [countries[0].span])]
    if ctx.country:
        return [PlaceGroup(heads, ctx.country_place(), [], None, True)]
    if i <= 2 and ctx.mentions(i, "actor"):
        return [PlaceGroup(heads, NOWHERE, [], None, False)]
    return []


# ---------------------------------------------------------------- drafts and sentences


def new_draft(ctx: DocContext, i: int, heads: list[Mention], place: object,
              place_spans: list[Span], dates: list[Mention], narrative: Narrative) -> Draft:
    """A draft opened by ``heads`` of sentence ``i`` at ``place``, with its date."""
    from willay.extract.decide import main_head

    sent = ctx.sents[i]
    head = main_head(heads)
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
    elif ctx.story_date is not None:
        date, date_spans = ctx.story_date[0], [ctx.story_date[1]]
        inherited = True
    if inherited and date is not None:
        date = _up_to_now(ctx, i, date)
    draft = Draft(
        sentence=i, paragraph=sent.paragraph, trigger=head,
        classes={str(h.value) for h in heads},
        tags={t for h in heads for t in h.attrs.get("tags", [])},
        place=place,  # type: ignore[arg-type]
        place_spans=list(place_spans), date=date, date_spans=list(date_spans),
        date_inherited=inherited, heads=list(heads), sentences={i},
    )
    draft.named_night = bool(dates) and _named_night(chosen)
    absorb(ctx, draft, i, own_heads=heads)
    draft.arrest_outside = "arrest" in draft.classes and ctx.matches("arrest_outside", i)
    if len({p.value.name for p in ctx.places(i)}) > 1:
        _drop_foreign_cues(ctx, draft, i)
    return draft


def _closing_day(ctx: DocContext, day: Mention) -> tuple[EventDate, list[Span]] | None:
    """The last day a paragraph states, when the next paragraph can go on from it: a day
    or a night named by its days (not one guessed from publication, "overnight"), at most
    three days before publication (an earlier day is background, not the story)."""
    value: EventDate = day.value
    pub = publication_day(ctx.doc)
    if day.attrs.get("kind") == "night" or pub is None or not 0 <= (pub - value.end).days <= 3:
        return None
    return value, [day.span]


def _up_to_now(ctx: DocContext, i: int, date: EventDate) -> EventDate:
    """A count told up to the present ("were killed so far", "hasta el momento", `[up_to_now]`)
    and dated only by its paragraph or the story runs from that day to publication; so
    does the sentence that breaks down such a count told with no place just before it
    in its paragraph ("Four were killed so far. One each in A, B, C and D")."""
    if date.precision not in ("day", "range", "approx"):
        return date
    before = i - 1
    if not ctx.matches("up_to_now", i) and not (
            before >= 0 and ctx.sents[before].paragraph == ctx.sents[i].paragraph
            and not ctx.places(before) and ctx.matches("up_to_now", before)):
        return date
    pub = publication_day(ctx.doc)
    if pub is None or not 0 < (pub - date.start).days <= 7:
        return date
    return EventDate.between(date.start, pub)


def _drop_foreign_cues(ctx: DocContext, draft: Draft, i: int) -> None:
    """In a sentence about several places ("marched in Bogotá, Medellín and Cali,
    while in Cali clashes ..."), a cue in a clause about another place is not this
    event's."""
    if draft.place is None:
        return
    own = draft.place.name
    for name, spans in list(draft.cues.items()):
        keep = []
        for span in spans:
            if ctx.sentence_index(span.start) != i:
                keep.append(span)
                continue
            clause = ctx.clause(span.start)
            named = {p.value.name for p in ctx.places(i) if ctx.clause(p.start) == clause}
            if not named or own in named:
                keep.append(span)
        if keep:
            draft.cues[name] = keep
        else:
            del draft.cues[name]


def absorb(ctx: DocContext, draft: Draft, i: int, own_heads: list[Mention] | None = None) -> None:
    """Add sentence ``i``'s cues, actors, hedges and figures to ``draft``."""
    for cue in ctx.cues(i):
        draft.add_cue(str(cue.value), cue.span)
    if own_heads is None:
        for head in ctx.heads(i):
            if not holds(draft, "heads", head) and not blocked(ctx, i, head):
                draft.classes.add(str(head.value))
                draft.tags.update(head.attrs.get("tags", []))
                draft.heads.append(head)
    draft.actors.extend(ctx.mentions(i, "actor"))
    if i == draft.sentence:
        draft.hedges.extend(ctx.inside(ctx.mentions(i, "hedge"), draft.trigger.span))
    draft.figures.extend(f for f in ctx.mentions(i, "figure") if not holds(draft, "figures", f))
    draft.sentences.add(i)


def close_to(ctx: DocContext, last: Draft, i: int) -> bool:
    """Sentence ``i`` is near enough to the last sentence of ``last`` to continue it."""
    latest = max(last.sentences | {last.sentence})
    return ctx.sents[i].paragraph - ctx.sents[latest].paragraph <= 1 and i - latest <= 4


def continue_last(ctx: DocContext, drafts: list[Draft], i: int) -> None:
    """A sentence with no place of its own continues the last event, when close."""
    if not drafts:
        return
    last = drafts[-1]
    if not close_to(ctx, last, i) or ctx.places(i) or ctx.matches("aggregate", i):
        return
    reasons = {block_reason(ctx, i, h) for h in ctx.heads(i)}
    if reasons and None not in reasons and reasons - {"no_crowd"}:
        return  # a generic statement about the unrest, not about this event
    own = ctx.event_dates(i)
    if own and _states_when(ctx, last, i, own[0]):
        # "L'attaque a eu lieu dans la nuit du jeudi 9 à vendredi 10": the period the text
        # gives the event it just told, which only the story dated
        absorb(ctx, last, i)
        last.date, last.date_spans, last.date_inherited = own[0].value, [own[0].span], False
        last.named_night = _named_night(own[0])
        return
    if own and last.date is not None and own[0].value != last.date:
        # the sentence returns to an earlier event of its own day ("Tuesday evening, ...")
        same_day = [d for d in drafts[-4:]
                    if d.date == own[0].value and d.list_id is None
                    and ctx.sents[i].paragraph - d.paragraph <= 3]
        if same_day:
            absorb(ctx, same_day[-1], i)
        return
    # a list of places cannot say which place the sentence is about; drafts open in
    # sentence order, so those of the last draft's sentence are the last ones
    first = len(drafts)
    while first > 0 and drafts[first - 1].sentence == last.sentence:
        first -= 1
    for d in drafts[first:]:
        if d.list_id is None:
            absorb(ctx, d, i)


def _named_night(m: Mention) -> bool:
    """A night named by its two days ("dans la nuit du jeudi 9 à vendredi 10", "the night
    from Tuesday to Wednesday"), not one guessed from publication ("overnight")."""
    return m.attrs.get("kind") == "range" and m.attrs.get("time") == "night"


def _states_when(ctx: DocContext, last: Draft, i: int, own: Mention) -> bool:
    """Sentence ``i``, in the paragraph of ``last``, gives a short period (a night, two
    days) that takes in the day ``last`` took only from the story or its paragraph."""
    date, value = last.date, own.value
    return (date is not None and last.date_inherited and _named_night(own)
            and isinstance(value, EventDate)
            and value.precision == "range" and (value.end - value.start).days <= 2
            and value.start <= date.start and date.end <= value.end
            and ctx.sents[i].paragraph == last.paragraph)


def new_topic(heads: list[Mention], last: Draft) -> bool:
    """Heads of a different family than the last event start their own event (arrests
    after a demonstration belong to it)."""
    classes = {str(h.value) for h in heads}
    special = {c for c in classes if not is_crowd_class(c)}
    if last.crowd_classes() and not last.special_class():
        special -= {"arrest"}
    return bool(special and not special & last.classes)
