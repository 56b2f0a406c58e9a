"""Merging: drafts of one document that speak of the same event become one.

Drafts at the same place, day and family merge; an undated mention or a headline joins
the dated event it restates; road blockades of one region on one day become one event
for the region; a region already covered by a finer event of the same day is dropped,
and so is a place named in an aggregate statement when its own events are reported; a
region's violent event or measure joins the one finer event of its class inside it.
An event named with a demonstrative ("this attack") joins the one told before it, and
the lede's act of violence the one the body tells next in detail.
Figures stated apart from their event join the event told just before them.
"""

from __future__ import annotations

import bisect
import itertools
import re

from willay.extract.blocking import NATIONAL_MEASURES
from willay.extract.claims import aggregate_figure, names_place, part_place, placed_at
from willay.extract.context import DocContext, lang_regex
from willay.extract.drafts import (
    Draft,
    DraftIndex,
    admin1_place,
    blockade_keys,
    compatible,
    covered,
    distance_km,
    event_keys,
    event_query_keys,
    fold,
    holds,
    kind_group,
    occurrence_keys,
    occurrence_query_keys,
    pure_blockade,
    restates,
    same_blockade,
    same_event,
    same_occurrence,
    takes_in,
    trigger_rank,
    within,
)
from willay.extract.figures import load_figure_lexicon
from willay.extract.opening import ANNOUNCED_CLASSES
from willay.model import Claim, EventDate, Mention, Place


def merge_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """The drafts of a document with the same events merged.

    Each rule asks only the drafts filed under the keys it needs
    (:class:`~willay.extract.drafts.DraftIndex`), so merging stays linear in practice.
    """
    for d in drafts:
        if d.sentence in ctx.headline:
            d.headline = True
        d.rank = trigger_rank(d, d.headline)
    out: list[Draft] = []
    events = DraftIndex()
    for d in drafts:
        target = events.first(event_query_keys(d), same_event, d)
        if target is None:
            out.append(d)
            events.add(d, event_keys(d))
            continue
        fold(target, d)
        events.add(target, event_keys(target))
    out = _join_lede(ctx, _join_references(ctx, _join_restatements(out)))
    final: list[Draft] = []
    blockades = DraftIndex()
    for d in out:
        target = blockades.first(blockade_keys(d), same_blockade, d)
        if target is None:
            final.append(d)
            blockades.add(d, blockade_keys(d))
            continue
        fold(target, d)
        if target.place is not None:
            target.place = admin1_place(target.place)
        blockades.add(target, blockade_keys(target))
    days = _same_day(final)
    final = [d for d in final if not (d.place is not None and covered(
        d, days.get((d.date, d.place.country), [])))]
    final = _fold_region_summaries(final)
    periods = [o for o in final if o.date is not None and o.date.precision == "range"]
    final = [d for d in final if not (d.place is not None and covered(d, _spanning(d, periods)))]
    days = _same_day(final)
    countries: dict[str, list[Draft]] = {}
    for o in final:
        if o.place is not None:
            countries.setdefault(o.place.country, []).append(o)
    kept = []
    for d in final:
        if not _aggregate_place(d, days, countries):
            kept.append(d)
        elif d.place is not None:
            _carry_on(ctx, d, countries.get(d.place.country, []))
    return kept


def _carry_on(ctx: DocContext, d: Draft, others: list[Draft]) -> None:
    """An aggregate statement that tells the event going on at its place over a period
    ("the clashes went on in Nanterre and in several towns overnight", after the clashes
    in Nanterre that evening): the event at that place lasted the period."""
    if d.date is None or d.date.precision != "range" or not d.date_spans:
        return
    at = d.date_spans[0].start
    if not any(m.kind == "date" and m.start == at and m.attrs.get("continues")
               for m in ctx.mentions_at(at)):
        return
    for o in others:
        if o is not d and not o.aggregate and o.place is not None and d.place is not None \
                and o.place.name == d.place.name and within(d.date, o.date) \
                and kind_group(o.special_class()) == kind_group(d.special_class()):
            o.date, o.date_spans = d.date, list(d.date_spans)


def _fold_region_summaries(drafts: list[Draft]) -> list[Draft]:
    """A region's event ("clashed in the Amhara region", residents said on Wednesday) that
    meets in time the one event of that kind told finer inside the region ("near Debre
    Tabor on Tuesday and Wednesday") sums it up: it joins that event, figures and sources
    with it. So does an undated mention of the region."""
    by_country: dict[str, list[Draft]] = {}
    for o in drafts:
        if o.place is not None:
            by_country.setdefault(o.place.country, []).append(o)
    kept: list[Draft] = []
    for d in drafts:
        inner = _inner_events(d, by_country.get(d.place.country, []) if d.place else [])
        if len(inner) == 1:
            fold(inner[0], d)
            continue
        kept.append(d)
    return kept


def _inner_events(d: Draft, others: list[Draft]) -> list[Draft]:
    """The finer events of ``d``'s class inside its region, at a time that meets its own
    (any time, when ``d`` gives none)."""
    if d.place is None or d.place.feature != "admin1" or d.list_id is not None \
            or d.breakdown or d.special_class() is None:
        return []  # crowd events of a region are told apart by their own words
    found = []
    for o in others:
        if o is d or o.place is None or o.date is None or o.date == d.date:
            continue
        if o.place.feature not in ("populated", "site", "admin3") or \
                o.place.admin1 != (d.place.admin1 or d.place.name):
            continue
        if o.special_class() != d.special_class() or pure_blockade(o) != pure_blockade(d):
            continue
        if d.date is None or (d.date.start <= o.date.end and o.date.start <= d.date.end):
            found.append(o)
    return found


def _spanning(d: Draft, periods: list[Draft]) -> list[Draft]:
    """The events of a period ("killed so far": from the story's day to publication) that
    take in the day of ``d``: finer ones among them cover it as one of that day would."""
    if d.date is None or d.date.precision != "day":
        return []
    return [o for o in periods if o.date is not None and takes_in(o.date, d.date)]


def _same_day(drafts: list[Draft]) -> dict[tuple[EventDate | None, str], list[Draft]]:
    out: dict[tuple[EventDate | None, str], list[Draft]] = {}
    for o in drafts:
        if o.place is not None:
            out.setdefault((o.date, o.place.country), []).append(o)
    return out


def _joins(o: Draft, d: Draft) -> bool:
    """A summary or an undated mention ``d`` joins the event ``o`` it speaks of."""
    if o is d or o.headline or _summary(o) or _list_member_elsewhere(o, d):
        return False
    return restates(o, d) if _summary(d) else same_occurrence(o, d)


def _list_member_elsewhere(o: Draft, d: Draft) -> bool:
    """``d`` is one place of a coordinated list of the body ("between Bignona, Yeumbeul
    and Colobane") and ``o`` is at another place: the list names its places apart, one
    event each. A headline's list sums up the body and joins it."""
    return d.list_id is not None and not d.headline and o.place is not None \
        and d.place is not None and o.place.name != d.place.name


def _joins_same_class(o: Draft, d: Draft) -> bool:
    return o.special_class() == d.special_class() and _joins(o, d)


def _join_restatements(drafts: list[Draft]) -> list[Draft]:
    """A headline, an event told with no place of its own or with only its country, and an
    undated mention join the event of the body that they restate."""
    kept: list[Draft] = []
    occurrences = DraftIndex()
    for o in drafts:
        occurrences.add(o, occurrence_keys(o))
    for d in drafts:
        target = _restated(d, occurrences)
        if target is not None:
            fold(target, d)
            occurrences.add(target, occurrence_keys(target))
            continue
        kept.append(d)
    return kept


def _join_references(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """An event named with a demonstrative ("cette attaque", "these clashes", "esos
    enfrentamientos") is the one told before it: it joins the nearest event of its kind
    told in an earlier sentence, whose kind and place it keeps (a place of another region
    named with the anaphor, a reporter's, does not move it)."""
    kept: list[Draft] = []
    for d in drafts:
        target = _antecedent(ctx, d, kept)
        if target is None:
            kept.append(d)
            continue
        place, classes = target.place, set(target.classes)
        fold(target, d)
        target.classes = classes  # the anaphor names the kind of event already told
        if place is not None and target.place is not None \
                and not compatible(place, target.place):
            target.place = place
    return kept


def _join_lede(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """The lede's act of violence and the next event told, an act of violence of the
    same day in the same region in the next paragraph, are one event: the lede sums up
    what the body then details at its finer place ("killed five in Macomia district on
    Tuesday" / "they were attacked on the Pangane road at 13.00"). A word that sets the
    next one apart ("in a separate attack", ``[another_event]``) keeps two events."""
    if len(drafts) < 2:
        return drafts
    first = min(drafts, key=lambda o: o.sentence)
    later = [o for o in drafts if o.sentence > first.sentence]
    if not later or not _lede_violence(ctx, first):
        return drafts
    body = min(later, key=lambda o: o.sentence)
    if not _details(ctx, first, body):
        return drafts
    place = body.place
    fold(body, first)
    body.place = place
    return [o for o in drafts if o is not first]


def _lede_violence(ctx: DocContext, d: Draft) -> bool:
    """``d`` is an act of violence told in the lede with a date of its own."""
    return (not d.headline and ctx.body_rank[d.sentence] == 0 and d.place is not None
            and kind_group(d.special_class()) == "violence"
            and d.date is not None and not d.date_inherited)


def _details(ctx: DocContext, lede: Draft, body: Draft) -> bool:
    """``body``, told next, details the act of violence of the ``lede``."""
    if kind_group(body.special_class()) != "violence" or body.date != lede.date:
        return False
    if lede.place is None or body.place is None or not compatible(lede.place, body.place) \
            or not lede.place.admin1 or body.place.admin1 not in (None, lede.place.admin1):
        return False
    if ctx.sents[body.sentence].paragraph - ctx.sents[lede.sentence].paragraph > 1:
        return False
    return not ctx.matches("another_event", body.sentence)


def _antecedent(ctx: DocContext, d: Draft, told: list[Draft]) -> Draft | None:
    """The event told before that ``d`` names again with a demonstrative, if any."""
    regex = lang_regex(ctx.lang, "demonstrative")
    head = d.trigger
    i = ctx.sentence_index(head.start)
    if regex is None or i is None or d.headline:
        return None
    if not regex.search(ctx.doc.text[max(ctx.sents[i].start, head.start - 30):head.start]):
        return None
    if any((ctx.sentence_index(h.start) or 0) < i for h in d.heads):
        return None  # it also holds a telling of its own before the anaphor
    kinds = {kind_group(d.special_class())}
    found = None
    for o in told:
        before = [j for j in o.sentences | {o.sentence} if j < i]
        if o.headline or o.place is None or not before:
            continue
        if kind_group(o.special_class()) not in kinds and \
                {kind_group(o.special_class())} | kinds != {None, "arrest"}:
            continue
        if found is None or max(before) >= found[0]:
            found = (max(before), o)
    return found[1] if found else None


#: Classes of one-off deeds that a text may place only by its country when it restates
#: them ("A ceasefire has been signed," the negotiator said): a deal or a change of course
#: is made at one place, unlike a national measure, whose place is the country.
_DEEDS = frozenset({"violence", "agreement", "change_activity"})


def _summary(d: Draft) -> bool:
    """``d`` sums up an event told better elsewhere: a headline, an act of violence, a
    deal or a change of course placed only by the story or by its country, or a measure
    that the text places nowhere ("I hereby impose a curfew on all parts of the State")."""
    if d.headline or d.place is None:
        return d.headline
    if d.place_inherited and not d.place_spans and d.place.feature == "country" and \
            d.special_class() in NATIONAL_MEASURES:
        return True  # a measure the text places nowhere: the one told with its place
    return kind_group(d.special_class()) in _DEEDS and (
        d.place_inherited or d.place.feature == "country")


def _restated(d: Draft, occurrences: DraftIndex) -> Draft | None:
    """The event of the document that ``d`` restates, if any."""
    if _summary(d) and d.place is not None:
        keys = [("any", d.place.country)]
        target = occurrences.first(keys, _joins_same_class, d)  # the very same class first
        return target or occurrences.first(keys, _joins, d)
    if d.date is None or (d.date_inherited and d.special_class() in ANNOUNCED_CLASSES):
        target = occurrences.first(occurrence_query_keys(d), _joins, d)
        if target is not None and (target.sentence <= d.sentence + 1 or d.sentence <= 2):
            return target  # told before it or right after it, or summed up in the lede
    elif d.date_inherited and d.place is not None and not d.place_inherited:
        return occurrences.first(occurrence_query_keys(d), _retold, d)
    return None


def _retold(o: Draft, d: Draft) -> bool:
    """``d``, dated only by the story, tells again at its own place the event ``o`` told
    before it there with a date of its own ("a clash near Lekka on August 28" / "the
    fighting broke out near Lekka village")."""
    return (max(o.sentences | {o.sentence}) < min(d.sentences | {d.sentence})
            and o.date is not None and not o.date_inherited
            and not o.headline and o.place is not None and d.place is not None
            and o.place.name == d.place.name and _joins(o, d))


def _aggregate_place(d: Draft, days: dict[tuple[EventDate | None, str], list[Draft]],
                     countries: dict[str, list[Draft]]) -> bool:
    """A place named in an aggregate statement, when its own events are reported: on
    the same day, or within the statement's period ("the clashes went on in Nanterre and
    in several towns overnight" after the clashes told in Nanterre that evening). A
    headline reports no event of its own: the body's places it sums up stay."""
    if not d.aggregate or d.place is None:
        return False
    same_day = days.get((d.date, d.place.country), [])
    others = same_day + [o for o in countries.get(d.place.country, [])
                         if o.date != d.date and within(d.date, o.date)]
    return any(o is not d and not o.aggregate and not o.headline and o.place is not None
               and compatible(o.place, d.place)
               and (distance_km(o.place, d.place) or 0.0) <= 30.0
               for o in others)


#: Sentences after an event's last one within which a figure may join it whatever the
#: paragraphs: wire copy sets each sentence in a paragraph of its own, so two sentences
#: on are as near as the next paragraph.
NEAR_SENTENCES = 2
#: Marks that close a full sentence (a heading line has none).
_STOPS = frozenset('.!?"”»')
#: how many sentences apart a person's death told by name and the event naming them may be
NAMED_SENTENCES = 3
_WORD = re.compile(r"\w+")
#: Classes of events that carry no casualty figure (measures, agreements, closures):
#: a figure stated after one belongs to the violence or crowd event told before it.
_NO_FIGURES = frozenset({"emergency", "curfew", "use_of_force_decree", "investigation",
                         "agreement", "change_activity", "closure", "hq",
                         "territory_transfer", "property_destruction"})


def attach_orphan_figures(ctx: DocContext, drafts: list[Draft]) -> None:
    """Figures stated apart from their event ("the government spokesman said 12
    officers had been hurt") join the event told just before them: the only event of
    the article, or the last one in the same or the previous paragraph. A figure with
    a date of its own, a place of its own, a sum over several places or a disaster
    context joins none."""
    events = [d for d in drafts if d.place is not None
              and d.special_class() not in _NO_FIGURES]
    if not events:
        return
    index = _OrphanIndex(ctx, events)
    _attach_parts(ctx, events, index)
    taken = {id(f) for d in drafts for f in d.figures}
    for m in ctx.doc.mentions:
        if m.kind != "figure" or id(m) in taken or not isinstance(m.value, Claim):
            continue
        i = ctx.sentence_index(m.start)
        if i is None or not _orphan_may_join(ctx, m, m.value, i, len(events) == 1):
            continue
        target = index.target(i)
        if target is None:
            _join_named(ctx, m, i, events)
            continue
        if target.special_class() is not None:
            # damage or violence told after a demonstration at the same place is the
            # crowd's (ANNOTATION.md section 2): its figures join the demonstration
            crowd = index.crowd_before(target)
            target = crowd or target
        if _fits(ctx, i, target):
            if m.value.scope != "event":
                m.attrs["running"] = True  # the only event's count up to now
            target.figures.append(m)
            continue
        # inside the stretches of several events, the toll is that of the one whose
        # place its sentence names ("cien heridos en la T1 de El Prat" amid the
        # airport's siege and a march in another town told around it)
        others = [d for d in index.within(i) if d is not target and _fits(ctx, i, d)]
        if len(others) == 1 and ctx.places(i):
            others[0].figures.append(m)


def _join_named(ctx: DocContext, m: Mention, i: int, events: list[Draft]) -> None:
    """The death (or arrest) of a person told by name apart from any event joins the
    event whose own sentence names that person, within :data:`NAMED_SENTENCES` sentences
    either way ("Fabiane Lirpa, 33, died on Monday. [...] Fabiane was beaten on
    Saturday by a mob"): the same person named twice. The day may differ (a victim who
    died later); the place may not."""
    name = m.attrs.get("named")
    if not name:
        return
    words = {w for w in name.split() if w[:1].isupper() and len(w) > 2}
    found = [d for d in events
             if abs(d.sentence - i) <= NAMED_SENTENCES and d.sentence != i
             and _same_place(ctx.places(i), d)
             and words & set(_WORD.findall(ctx.sents[d.sentence].text))]
    if len(found) == 1:
        found[0].figures.append(m)


def _attach_parts(ctx: DocContext, events: list[Draft], index: _OrphanIndex) -> None:
    """A part of a total told for a place ("otro en El Prat") joins the event at that
    place told in the same or the previous paragraph."""
    for m in ctx.doc.mentions:
        if m.kind != "figure" or m.attrs.get("part_place") is None:
            continue
        place = part_place(ctx, m)
        i = ctx.sentence_index(m.start)
        if place is None or i is None:
            continue
        for d in events:
            if placed_at(d, place) and index.first[id(d)] <= i + 1 \
                    and index.near(index.last[id(d)], i, d) and not holds(d, "figures", m):
                d.figures.append(m)


def _orphan_may_join(ctx: DocContext, m: Mention, claim: Claim, i: int,
                     only: bool = False) -> bool:
    """The figure ``m`` (its ``claim``, in sentence ``i``) may join an event told before
    it: not in a disaster context, no sum over places, an event figure not hedged as a
    rumour ("there were reports that"), not the victims a protest is about (an earlier
    event's). When the article tells ``only`` one event, a running count ("so far", "hasta
    el momento") is that event's count up to now."""
    running = only and _running_count(ctx, m, i)
    if "non_unrest" in ctx.cue_names(i) or (aggregate_figure(ctx, m) and not running):
        return False
    if claim.scope != "event" and not running:
        return False
    if ctx.inside(ctx.mentions(i, "hedge"), m.span):
        return False
    return not m.attrs.get("cause")


def _running_count(ctx: DocContext, m: Mention, i: int) -> bool:
    """A figure of sentence ``i`` whose only cumulative cues say "up to now" (``[scope]
    running``), none of them followed by a wider frame ("so far in the strike"): no
    period, no sum over places."""
    cues = m.attrs.get("scope_cues") or []
    lex = load_figure_lexicon(ctx.lang)
    text = ctx.sents[i].text
    aggregate = lang_regex(ctx.lang, "aggregate")
    sums = [] if aggregate is None else [h.group(0) for h in aggregate.finditer(text)]
    if not cues or not all(str(c).lower() in lex.running for c in [*cues, *sums]):
        return False
    low = text.lower()
    for cue in cues:
        at = low.find(str(cue).lower())
        after = _WORD.findall(low[at + len(str(cue)):]) if at >= 0 else []
        if after and after[0] in lex.running_frames:
            return False
    return True


def _fits(ctx: DocContext, i: int, target: Draft) -> bool:
    """A figure of sentence ``i`` fits ``target``: no place of its own, and no day of its
    own other than the event's ("overnight" or "since" name no other day)."""
    if not _same_place(ctx.places(i), target):
        return False
    own = [d for d in ctx.event_dates(i) if d.value.precision in ("day", "month", "year")]
    return not (own and target.date is not None and own[0].value != target.date)


def _same_place(places: list[Mention], target: Draft) -> bool:
    """A sentence with no place, or one naming the event's place or only the region it
    lies in ("el secretario de Seguridad de Sinaloa" of an event in Culiacán)."""
    if not places:
        return True
    if target.place is None:
        return False
    return any(names_place(target.place, p) for p in places) \
        or all(_region_of(target.place, p) for p in places)


def _region_of(place: Place, m: Mention) -> bool:
    """The place mention ``m`` names the first-level region ``place`` lies in."""
    region = m.value
    return region.feature == "admin1" and place.feature != "admin1" \
        and region.country == place.country and region.admin1 == place.admin1



class _OrphanIndex:
    """The events of a document by their last sentence, to find the one told just before
    a sentence: the only event of the article, or the last one in the same or the
    previous paragraph."""

    def __init__(self, ctx: DocContext, events: list[Draft]) -> None:
        self.ctx = ctx
        self.events = events
        self.first = {id(d): min(d.sentences | {d.sentence}) for d in events}
        self.last = {id(d): max(d.sentences | {d.sentence}) for d in events}
        self.ordered = sorted(events, key=lambda d: self.last[id(d)])
        self.lasts = [self.last[id(d)] for d in self.ordered]
        self.monotone = all(a.paragraph <= b.paragraph
                            for a, b in itertools.pairwise(ctx.sents))

    def crowd_before(self, d: Draft) -> Draft | None:
        """The demonstration at the place of ``d`` told before it, in its paragraph or the
        one before."""
        if d.place is None:
            return None
        para = self.ctx.sents[self.first[id(d)]].paragraph
        found = None
        for o in self.events:
            if o is d or o.special_class() is not None or o.place is None \
                    or o.place.name != d.place.name or self.first[id(o)] > self.first[id(d)]:
                continue
            if para - self.ctx.sents[self.last[id(o)]].paragraph <= 1:
                found = o if found is None or self.last[id(o)] > self.last[id(found)] else found
        return found

    def near(self, last: int, i: int, d: Draft) -> bool:
        """Sentence ``i`` lies in the paragraph of sentence ``last`` (the last of ``d``) or
        the next one; or it is a full sentence at most :data:`NEAR_SENTENCES` sentences
        after it, and the sentences between tell no other event (they have no event
        word, or ``d`` took their figures)."""
        ctx = self.ctx
        if ctx.sents[i].paragraph - ctx.sents[last].paragraph <= 1:
            return True
        if i - last > NEAR_SENTENCES or ctx.sents[i].text.rstrip()[-1:] not in _STOPS:
            return False
        told = {ctx.sentence_index(f.start) for f in d.figures}
        return all(not ctx.heads(k) or k in told for k in range(last + 1, i))

    def within(self, i: int) -> list[Draft]:
        """The events whose stretch of sentences holds sentence ``i`` inside it."""
        return [d for d in self.events if self.first[id(d)] < i < self.last[id(d)]]

    def target(self, i: int) -> Draft | None:
        within = self.within(i)
        if within:  # a sentence inside an event's own stretch that it did not take
            return max(within, key=lambda d: self.first[id(d)])
        if len(self.events) == 1:
            only = self.events[0]
            if i < self.first[id(only)]:
                return None
            if only.special_class() is not None and not self.near(self.last[id(only)], i, only):
                return None  # violence told once, a figure paragraphs later: the wave's
            return only
        if not self.monotone:
            before = [d for d in self.events if self.last[id(d)] < i
                      and self.near(self.last[id(d)], i, d)]
            return max(before, key=lambda d: self.last[id(d)]) if before else None
        # with paragraphs in sentence order, the event that ended last before sentence i
        # is the only one that can lie in the same or the previous paragraph
        k = bisect.bisect_left(self.lasts, i)
        if k == 0:
            return None
        latest = self.lasts[k - 1]
        found = self.ordered[bisect.bisect_left(self.lasts, latest)]
        return found if self.near(latest, i, found) else None
