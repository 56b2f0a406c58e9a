"""Claims: which figures of a document belong to an event, and the event's best figure.

A figure joins an event when it is about that one event: not cumulative, not in an
aggregate statement over several places, not a part of a larger figure, in the clause of
the event's own place when its sentence opened events at several places, next to the
event's place in a list ("one in Rocha Pinto, one in Golf II"). Parts of one figure are
summed. :func:`reconcile` gives best/low/high over one document's claims of one kind.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from willay.extract.context import DocContext, lang_regex
from willay.extract.decide import FORCE_VICTIMS
from willay.extract.drafts import Draft
from willay.extract.figures import CASUALTY_KINDS, load_figure_lexicon
from willay.extract.numbers import load_grammar, tokenize
from willay.extract.reporters import load_lexicon
from willay.model import Claim, Document, Figure, Mention, Place

#: Strategic developments that carry figures: the people held, the people a device
#: that went off on its handlers killed or wounded (ANNOTATION.md sections 3 and 7).
FIGURED_DEVELOPMENTS = frozenset({"Arrests", "Disrupted weapons use"})


def claims_for(ctx: DocContext, d: Draft, event_type: str, sub_type: str,
               claims_used: set[int]) -> list[Claim]:
    """The figures of this event: parts summed, cumulative and aggregate ones left to
    the tallies; a measure or an agreement carries no casualty figures, but explosives
    that go off in their handlers' hands (a disrupted weapons use) may kill or wound."""
    if event_type == "Strategic developments" and sub_type not in FIGURED_DEVELOPMENTS:
        return []
    out: list[Claim] = []
    groups: dict[Any, list[Claim]] = {}
    victims: dict[int, str | None] = {}
    additive: set[int] = set()
    one: set[int] = set()
    with_companions: set[int] = set()
    for m in d.figures:
        claim = m.value
        if not isinstance(claim, Claim) or id(m) in claims_used:
            continue
        if sub_type == "Arrests" and claim.kind != "arrested":
            continue
        if not _belongs(ctx, m, d):
            continue
        claims_used.add(id(m))
        group = m.attrs.get("group")
        if group is not None:
            groups.setdefault((group, claim.kind), []).append(claim)
            continue
        victims[id(claim)] = m.attrs.get("victims")
        if m.attrs.get("additive"):
            additive.add(id(claim))
        if m.attrs.get("possessed"):
            one.add(id(claim))
        if m.attrs.get("companions"):
            with_companions.add(id(claim))
        out.append(claim)
    for parts in groups.values():
        out.append(sum_claims(ctx.doc, parts))
    stated = _stated_parts(d)
    out = [c for c in out if not _partial_count(c, out, victims, stated)]
    out = _without_named_ones(out, one)
    out = _without_ones_of_groups(out, with_companions)
    out = _add_more(ctx.doc, sorted(out, key=lambda c: c.evidence.start), additive)
    out = _sum_breakdown(ctx.doc, out, victims)
    out = _sum_sides(ctx, d, out, victims)
    if sub_type == "Arrests" and not any(c.kind == "arrested" for c in out):
        single = lang_regex(ctx.lang, "arrest_single")
        for head in d.heads:
            if single is not None and single.fullmatch(head.span.quote):
                out.append(Claim(kind="arrested", value=1, evidence=head.span))
                break
    return sorted(out, key=lambda c: c.evidence.start)


def _without_named_ones(claims: list[Claim], one: set[int]) -> list[Claim]:
    """"his death" (the claims of ``one``) beside a count of its kind the event states is
    one of its victims, not a rival count."""
    counted = {c.kind for c in claims if c.value and id(c) not in one}
    return [c for c in claims if id(c) not in one or c.kind not in counted]


def _without_ones_of_groups(claims: list[Claim], groups: set[int]) -> list[Claim]:
    """One person counted beside a count of that person with the people told with them
    ("arrestaron al dirigente" / "fue arrestado junto a su esposa y su hijo", the claims
    of ``groups``) is part of the larger count, not a rival one."""
    kinds = {c.kind for c in claims if id(c) in groups}
    return [c for c in claims
            if id(c) in groups or c.kind not in kinds or c.value != 1 or c.low is not None]


def _add_more(doc: Document, claims: list[Claim], additive: set[int]) -> list[Claim]:
    """A figure told as more victims ("His driver was also killed") is added to the
    figure of its kind told last before it (whose reporter it keeps), instead of
    standing as a rival count. When the added victims have a reporter of their own
    ("His driver was also killed, the official said"), that reporter vouches for the
    summed toll too: the sum stands once more in their name, a second source of the
    same figure, not a rival one."""
    out: list[Claim] = []
    for c in claims:
        base = next((i for i in range(len(out) - 1, -1, -1)
                     if out[i].kind == c.kind and out[i].value is not None), None) \
            if id(c) in additive and c.value is not None else None
        if base is None:
            out.append(c)
            continue
        first = out[base]
        out[base] = summed = _sum_two(doc, first, c)
        if first.reporter and c.reporter and c.reporter != first.reporter:
            out.append(replace(summed, reporter=c.reporter, reporter_class=c.reporter_class,
                               reporter_evidence=c.reporter_evidence, via=c.via))
    return out


def _sum_sides(ctx: DocContext, d: Draft, claims: list[Claim],
               victims: dict[int, str | None]) -> list[Claim]:
    """One person of the security forces and one person outside them, each told with an
    indefinite "one" ("um agente ... foi morto", "disparado fatalmente contra um jovem"),
    are two people: when every claim of a kind is such a one, the sides add up (one each;
    a person told twice on one side stays one)."""
    new_person = _new_persons(ctx, d)
    for kind in CASUALTY_KINDS:
        mine = [c for c in claims if c.kind == kind and c.value is not None]
        if len(mine) < 2 or not all(c.value == 1 and id(c) in new_person
                                    and victims.get(id(c)) is not None for c in mine):
            continue
        forces = [c for c in mine if victims.get(id(c)) in FORCE_VICTIMS]
        others = [c for c in mine if victims.get(id(c)) not in FORCE_VICTIMS]
        if forces and others:
            kept = [c for c in claims if not any(c is p for p in mine)]
            claims = sorted([*kept, _sum_two(ctx.doc, forces[0], others[0])],
                            key=lambda c: c.evidence.start)
    return claims


def _new_persons(ctx: DocContext, d: Draft) -> set[int]:
    """The claims of the event's figures whose counted phrase opens with an indefinite
    "one" (``one_words``: "um agente", "a young man")."""
    one_words = load_grammar(ctx.lang).one_words
    out: set[int] = set()
    for m in d.figures:
        number = m.attrs.get("number_span")
        words = ctx.doc.text[number[0]:number[1]].split() if number else []
        if words and words[0].lower() in one_words:
            out.add(id(m.value))
    return out


def _sum_two(doc: Document, a: Claim, b: Claim) -> Claim:
    """``a`` and ``b`` summed, with the reporter of the earlier one that has one."""
    first, second = sorted((a, b), key=lambda c: c.evidence.start)
    return replace(sum_claims(doc, [first, second]),
                   reporter=first.reporter or second.reporter,
                   reporter_class=first.reporter_class or second.reporter_class,
                   reporter_evidence=first.reporter_evidence or second.reporter_evidence)


def _sum_breakdown(doc: Document, claims: list[Claim],
                   victims: dict[int, str | None]) -> list[Claim]:
    """Counts of separate groups of victims that add up to a total of their kind
    ("Six were killed ... at least five rebels ... one government soldier") are its
    breakdown, not rival figures: they stand as one summed claim, of the reporter who
    gave the parts."""
    for total in claims:
        if total.value is None or victims.get(id(total)) not in (None, "people"):
            continue
        parts = [c for c in claims if c is not total and c.kind == total.kind
                 and c.value is not None and victims.get(id(c)) not in (None, "people")]
        groups = {victims.get(id(c)) for c in parts}
        if len(parts) >= 2 and len(groups) == len(parts) \
                and sum(c.value for c in parts if c.value is not None) == total.value:
            kept = [c for c in claims if not any(c is p for p in parts)]
            return sorted([*kept, sum_claims(doc, parts)], key=lambda c: c.evidence.start)
    return claims


def _stated_parts(d: Draft) -> set[tuple[str, int | None, str | None]]:
    """``(kind, value, victims)`` of the figures stated as parts of another ("19 heridos,
    entre ellos los 14 policías")."""
    return {(m.value.kind, m.value.value, m.attrs.get("victims")) for m in d.figures
            if isinstance(m.value, Claim) and m.attrs.get("component_of") is not None}


def _partial_count(c: Claim, claims: list[Claim], victims: dict[int, str | None],
                   parts: set[tuple[str, int | None, str | None]]) -> bool:
    """A count that a larger figure of the event names as its part ("cifró en 14 los
    policías heridos ... reportó 19 heridos, entre ellos los 14 policías"): a part of
    the total, not a rival figure for it."""
    if c.value is None or (c.kind, c.value, victims.get(id(c))) not in parts:
        return False
    return any(o is not c and o.kind == c.kind and o.value is not None and o.value > c.value
               for o in claims)


def part_place(ctx: DocContext, m: Mention) -> Mention | None:
    """The place a part of a total is told for ("otro en El Prat"), as a place mention."""
    offset = m.attrs.get("part_place")
    i = ctx.sentence_index(offset) if offset is not None else None
    if i is None:
        return None
    return next((p for p in ctx.places(i) if p.start == offset), None)


def placed_at(d: Draft, place: Mention) -> bool:
    """The event ``d`` is at ``place`` (its own mention, the same name, or a site the
    gazetteer puts in that town)."""
    return d.place is not None and (place.span in d.place_spans or names_place(d.place, place))


def names_place(place: Place, m: Mention) -> bool:
    """The place mention ``m`` names ``place``: the same name, the town of a site the
    gazetteer puts in it, or the town a site is named after ("El Prat" for "aeropuerto
    de El Prat", "El Prat airport")."""
    town = m.value
    if town.name == place.name or site_in(place, town):
        return True
    named = m.span.quote
    return place.feature == "site" and town.feature == "populated" \
        and place.country == town.country \
        and (place.name.endswith(" " + named) or place.name.startswith(named + " "))


def site_in(site: Place, town: Place) -> bool:
    """``site`` is a named site the gazetteer places in ``town`` (at its coordinates): a
    sentence naming the town speaks of the site's place ("estación de Policía" in
    Bogotá; "Solamente en Bogotá, hubo 379 heridos")."""
    return site.feature == "site" and town.feature == "populated" \
        and site.country == town.country and site.admin1 == town.admin1 \
        and site.latitude is not None and site.latitude == town.latitude \
        and site.longitude == town.longitude


def broken_down(ctx: DocContext, m: Mention) -> bool:
    """A total told again place by place ("tres detenidos. Uno en Barcelona, otro en El
    Prat y otro en Mataró"): a count over several places, each part its place's."""
    span = m.attrs.get("number_span")
    return span is not None and any(
        f.attrs.get("part_place") is not None and f.attrs.get("component_of") == span
        for f in ctx.doc.mentions if f.kind == "figure")


def _belongs(ctx: DocContext, m: Mention, d: Draft) -> bool:
    if m.attrs.get("share"):
        return True  # the place's own share of a count (opening.Opener._share_figure)
    if m.attrs.get("part_place") is not None:
        place = part_place(ctx, m)
        return place is not None and placed_at(d, place)
    if broken_down(ctx, m):
        return False
    if m.attrs.get("cause") and d.special_class() is None:
        return False  # "protesting against the death of two youths": not the protest's toll
    i = ctx.sentence_index(m.start)
    if i != d.sentence and m.value.reporter is None and i is not None and any(
            not _impersonal_report(ctx, h) for h in ctx.inside(ctx.mentions(i, "hedge"), m.span)):
        return False  # an unattributed rumour told apart from the event
    in_list = d.list_id is not None and ctx.sentence_index(m.start) == d.list_sentence
    if in_list:
        if m.value.scope != "event" or not _figure_for_list_place(ctx, m, d):
            return False  # a count over the whole list is a tally
    elif not _event_figure(ctx, m, d):
        return False
    return not _other_group_figure(ctx, m, d)


def _impersonal_report(ctx: DocContext, hedge: Mention) -> bool:
    """A hedge that is an impersonal report ("Se reportaron más de 100 detenidos", "on a
    recensé"): it states a figure, unlike a rumour ("there were reports that")."""
    words = tokenize(hedge.span.quote)
    return bool(words) and words[0].low in load_lexicon(ctx.lang).impersonal


def _event_figure(ctx: DocContext, m: Mention, d: Draft) -> bool:
    """A figure about this one event: not cumulative, not in an aggregate statement,
    and not a part of a larger figure unless the event is that part's place."""
    claim: Claim = m.value
    if m.attrs.get("running"):
        return True  # a count "so far" of the article's only event (attach_orphan_figures)
    if claim.scope != "event" or aggregate_figure(ctx, m):
        return False
    return m.attrs.get("component_of") is None or d.breakdown


def _other_group_figure(ctx: DocContext, m: Mention, d: Draft) -> bool:
    """In a sentence that opened events at separate places, a figure belongs to the
    event whose place is in its clause ("clashes in Bogotá, three agents were killed in
    an attack in Santander de Quilichao")."""
    i = ctx.sentence_index(m.start)
    if i is None or i != d.sentence or d.groups_in_sentence < 2 or d.list_id is not None:
        return False
    places = ctx.places(i)
    if not places or not d.place_spans:
        return False
    # a count told with its verb left out opens a clause ("murieron en Bogotá y tres
    # más en Soacha")
    gaps = [f.start for f in ctx.mentions(i, "figure") if f.attrs.get("gapped")]

    def clause(offset: int) -> tuple[int, int]:
        return ctx.clause(offset), sum(1 for g in gaps if g <= offset)

    own = clause(m.start)
    same = [p for p in places if clause(p.start) == own]
    if not same:
        return False
    return not any(p.span in d.place_spans for p in same)


def _figure_for_list_place(ctx: DocContext, m: Mention, d: Draft) -> bool:
    """In a list of places, a figure belongs to the place right after it ("one in
    Rocha Pinto, one in Golf II") or right before it ("Mandalay (4)"). A figure before
    the list is the first place's only when another figure of its kind stands inside the
    list: one figure before a list ("seven dead between Bignona, Yeumbeul and
    Colobane") counts over all its places."""
    if not d.place_spans:
        return False
    own = d.place_spans[0]
    i = ctx.sentence_index(m.start)
    if i is None:
        return False
    places = sorted(ctx.places(i), key=lambda p: p.start)
    after = [p for p in places if p.start >= m.end]
    if after and after[0].span == own and after[0].start - m.end <= 8:
        return _each_place_counted(ctx, m, d, places, i)
    clause = ctx.clause(m.start)
    named = [p for p in places if ctx.clause(p.start) == clause]
    if d.list_id is not None and any(p.attrs.get("list_id") == d.list_id for p in named):
        # the commas of the list cut clauses: its other members are named beside it
        named += [p for p in places if p.attrs.get("list_id") == d.list_id and p not in named]
    return bool(named) and d.place is not None and all(
        p.value.name == d.place.name for p in named)


def _each_place_counted(ctx: DocContext, m: Mention, d: Draft, places: list[Mention],
                        i: int) -> bool:
    """A figure right before the place of ``d`` is that place's: unless the place opens
    the list and no other figure of the kind stands inside the list (then the figure
    counts over the whole list)."""
    own = d.place_spans[0]
    listed = [p for p in places if p.attrs.get("list_id") == d.list_id]
    return not listed or listed[0].span != own or any(
        f is not m and f.value.kind == m.value.kind and own.end <= f.start < listed[-1].end
        for f in ctx.mentions(i, "figure"))


def aggregate_figure(ctx: DocContext, m: Mention, tolls: bool = False) -> bool:
    """A figure in a sentence that sums over several places ("across the country").

    A toll noun alone ("bilan", "balanço") keeps a figure off no event: the toll of one
    event is told with the same words; ``tolls=True`` counts it (a toll that no event
    took is the story's, a tally)."""
    aggregate = lang_regex(ctx.lang, "aggregate")
    i = ctx.sentence_index(m.start)
    if aggregate is None or i is None:
        return False
    nouns = load_figure_lexicon(ctx.lang).tolls
    return any(tolls or not nouns.match_at(tokenize(hit.group(0)), 0)
               for hit in aggregate.finditer(ctx.sents[i].text))


def sum_claims(doc: Document, parts: list[Claim]) -> Claim:
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

    ``low``/``high`` are the lowest and highest stated values and ``best`` is the lowest
    (ANNOTATION.md section 7: the lowest stated figure, ACLED's conservative habit; a rival
    or revised figure of another reporter widens the range). Vague claims ("dozens") have
    no value and give no figure of their own.
    """
    values = [c for c in claims if c.value is not None]
    if any(c.value for c in values):
        values = [c for c in values if c.value]  # "no deaths" beside a stated toll
    if not values:
        return None
    nums = [c.value for c in values if c.value is not None]
    low, high = min(nums), max(nums)
    return Figure(best=low, low=low, high=high, conservative=low,
                  disputed=len(set(nums)) > 1, rule="lowest")
