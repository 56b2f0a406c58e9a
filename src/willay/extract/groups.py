"""Place groups: which heads of a sentence go with which of its places.

A sentence that names several places opens one event per place of a coordinated list
("marches in Lima, Cusco and Puno"), one per separate region otherwise, one per place
that has its own figure ("one killed in Rocha Pinto, one in Golf II"); a route between
places is one event at its first place, and a measure over several regions one national
event. :func:`place_groups` returns these as :class:`PlaceGroup` objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from willay.extract.blocking import NATIONAL_MEASURES
from willay.extract.context import DocContext, finest, lang_regex
from willay.extract.drafts import compatible, distance_km
from willay.extract.taxonomy import demonstration_classes
from willay.model import Mention, Place, Span


@dataclass(slots=True)
class PlaceGroup:
    """Heads of one sentence that state one event at one place.

    ``spans`` are the evidence of the place; ``list_id`` names the coordinated list the
    place belongs to (its events stay apart); ``inherited`` says the place comes from
    another sentence or from the document rather than from this sentence.
    """

    heads: list[Mention]
    place: Place | None
    spans: list[Span] = field(default_factory=list)
    list_id: Any = None
    inherited: bool = False


def place_groups(ctx: DocContext, i: int, heads: list[Mention],
                 places: list[Mention]) -> list[PlaceGroup]:
    """Split sentence ``i``'s heads and places into groups (empty when it names none)."""
    if not places:
        return []
    places = _without_landmarks(ctx, places)
    groups: list[PlaceGroup] = []
    used: set[int] = set()
    for lid, members in _lists(places).items():
        _list_groups(ctx, i, heads, places, lid, members, groups, used)
    heads, spare = _beside_measures(heads, groups)
    families = _families([m for m in places if id(m) not in used], groups,
                         spare_nationwide=spare)
    for fam in list(families):
        sites = _sites(fam)
        if len(sites) >= 2:  # "in two places: Largo da Batata ... and Avenida Paulista"
            families.remove(fam)
            groups.extend(PlaceGroup(heads_near(heads, m), m.value, [m.span], ("sites", i))
                          for m in sites)
            continue
        counted = _distributive(ctx, i, fam)
        if len(counted) >= 2:
            families.remove(fam)
            lid = ("figures", i)
            groups.extend(PlaceGroup(heads_near(heads, m), m.value, [m.span], lid)
                          for m in counted)
    if len(families) == 1 and not groups:
        best = finest(families[0], heads)
        return [PlaceGroup(heads, best.value, [m.span for m in families[0]])]
    for fam in families:
        best = finest(fam, heads)
        near = [h for h in heads
                if min(families, key=lambda f: min(abs(h.start - m.start) for m in f)) is fam]
        groups.append(PlaceGroup(near or heads_near(heads, best), best.value,
                                 [m.span for m in fam]))
    return groups


def _without_landmarks(ctx: DocContext, places: list[Mention]) -> list[Mention]:
    """The places that are not landmarks of another place of the sentence ("in Taza,
    south of Kirkuk"; a coordinated list is never a landmark). The sentence's first place
    is a landmark only after a bearing or a distance ("700 km south of Santiago, in
    Arauco"): "near X" named first is where the event is."""
    locator = lang_regex(ctx.lang, "locator")
    if locator is None or len(places) < 2:
        return places
    bearing = lang_regex(ctx.lang, "bearing")
    kept = []
    for k, m in enumerate(places):
        before = ctx.doc.text[max(0, m.start - 30) : m.start]
        found = locator.search(before)
        tail = before[found.end():] if found else ""
        first_ok = k > 0 or (found is not None and bearing is not None
                             and bearing.fullmatch(found.group()) is not None)
        if first_ok and found and m.attrs.get("list_id") is None and len(tail.strip()) <= 4 \
                and (m.value.country, m.value.admin1) != (None, None):
            continue
        kept.append(m)
    return kept or places


def _lists(places: list[Mention]) -> dict[Any, list[Mention]]:
    lists: dict[Any, list[Mention]] = {}
    for m in places:
        lid = m.attrs.get("list_id")
        if lid is not None:
            lists.setdefault(lid, []).append(m)
    return lists


def _list_groups(ctx: DocContext, i: int, heads: list[Mention], places: list[Mention],
                 lid: Any, listed: list[Mention], groups: list[PlaceGroup],
                 used: set[int]) -> None:
    """The groups of one coordinated list of places: a route, a national measure, or one
    event per place."""
    members = [m for m in listed if not _contains_any(m.value, places)]
    if len(members) < 2:
        return
    used.update(id(m) for m in listed)
    route = lang_regex(ctx.lang, "route")
    before = ctx.doc.text[max(ctx.sents[i].start, members[0].start - 45) : members[0].start]
    if route is not None and _route_cue(ctx, route, before, len(members)):
        earlier = [m for m in places if m.end <= members[0].start
                   and members[0].start - m.end < 60]
        first = earlier[-1] if earlier else members[0]
        used.add(id(first))
        groups.append(PlaceGroup(heads_near(heads, first), first.value, [first.span]))
        return
    near = _clause_heads(ctx, heads, members[0])
    if {str(h.value) for h in near} & NATIONAL_MEASURES and (
            all(m.value.feature == "admin1" for m in members)
            or len({m.value.admin1 for m in members}) > 1):
        # a measure covering several regions is one event (admin1 null)
        groups.append(PlaceGroup(near, ctx.country_place(), [m.span for m in members]))
        return
    groups.extend(PlaceGroup(near, m.value, [m.span], lid) for m in members)


def _families(rest: list[Mention], groups: list[PlaceGroup], *,
              spare_nationwide: bool = False) -> list[list[Mention]]:
    """Places of one hierarchy together, leaving out those a list group already covers (a
    measure's group over several regions, with ``spare_nationwide``, covers none)."""
    families: list[list[Mention]] = []
    for m in rest:
        for fam in families:
            if compatible(fam[0].value, m.value) and not _towns_apart(fam, m):
                fam.append(m)
                break
        else:
            families.append([m])
    return [f for f in families
            if not any(g.place is not None and not (spare_nationwide and _nationwide(g))
                       and compatible(g.place, f[0].value) for g in groups)]


def _beside_measures(heads: list[Mention],
                     groups: list[PlaceGroup]) -> tuple[list[Mention], bool]:
    """The heads of a measure over several regions are its own: the other heads go to the
    places named apart from its list ("En Lima ... marcharon ... un toque de queda en todo
    Lima y Callao": the march is in Lima). Returns the heads left for those places and
    whether there are such heads."""
    measured = {id(h) for g in groups if _nationwide(g) for h in g.heads}
    free = [h for h in heads if id(h) not in measured]
    if measured and free:
        return free, True
    return heads, False


def _nationwide(group: PlaceGroup) -> bool:
    """The group of a measure over a list of regions, placed in the country."""
    return group.place is not None and group.place.feature == "country" \
        and len(group.spans) >= 2


#: Kilometres between two towns of one region beyond which neither holds the other.
TOWNS_APART_KM = 30.0


def _towns_apart(family: list[Mention], mention: Mention) -> bool:
    """Two towns of one region far apart ("stormed the headquarters in Rawalpindi and the
    residence in Lahore"): separate places, not one place and its neighbourhood."""
    place: Place = mention.value
    if place.feature not in ("populated", "admin3") or not _located(mention):
        return False
    for m in family:
        other: Place = m.value
        if other.feature in ("populated", "admin3") and other.name != place.name \
                and _located(m):
            dist = distance_km(other, place)
            if dist is not None and dist > TOWNS_APART_KM:
                return True
    return False


#: Prepositions before a name that make it a name's complement, not where something is
#: ("the Ayotzinapa school", "la Escuela Normal de Ayotzinapa").
_GENITIVES = frozenset({"of", "de", "del", "do", "da", "dos", "das", "du", "des", "d"})


def _located(m: Mention) -> bool:
    """The name stands after a preposition of place ("in Lahore", "à Gomel")."""
    prep = str(m.attrs.get("preposition") or "").lower()
    return bool(prep) and prep not in _GENITIVES


def _sites(places: list[Mention]) -> list[Mention]:
    """The named sites of a town among ``places``, one per name."""
    out: dict[str, Mention] = {}
    for m in places:
        if m.attrs.get("site"):
            out.setdefault(m.value.name, m)
    return list(out.values())


def _distributive(ctx: DocContext, i: int, places: list[Mention]) -> list[Mention]:
    """Places each with its own figure ("one killed in Rocha Pinto, one in Golf II"):
    separate events even though they lie in one region."""
    figures = ctx.mentions(i, "figure")
    out = []
    for m in places:
        if m.value.feature not in ("populated", "site", "admin3"):
            continue
        if any(0 <= m.start - f.end <= 8 for f in figures):
            out.append(m)
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


def _route_cue(ctx: DocContext, route: re.Pattern[str], before: str, members: int) -> bool:
    """A route word before a list of places ("between Puno and Arequipa", "Puno's
    connection points with Arequipa, Cusco and Madre de Dios"). A bare "between" has two
    ends: before three places or more it lists them."""
    cues = list(route.finditer(before))
    if not cues:
        return False
    two_ends = lang_regex(ctx.lang, "route_two_ends")
    return members == 2 or two_ends is None or two_ends.fullmatch(cues[-1].group(0)) is None


def _clause_heads(ctx: DocContext, heads: list[Mention], first: Mention) -> list[Mention]:
    """The heads that govern a list of places: every head before the list in its clause
    ("the clashes left seven dead between A, B and C": the clashes and the deaths), else
    the nearest head."""
    clause = ctx.clause(first.start)
    before = [h for h in heads if h.end <= first.start and ctx.clause(h.start) == clause]
    return before or heads_near(heads, first)


def heads_near(heads: list[Mention], place: Mention) -> list[Mention]:
    """The heads that govern ``place``: the nearest head before it (or after it)."""
    before = [h for h in heads if h.end <= place.start]
    if before:
        return [before[-1]]
    after = [h for h in heads if h.start >= place.end]
    return [after[0]] if after else list(heads)


def split_measures(groups: list[PlaceGroup], ctx: DocContext) -> list[PlaceGroup]:
    """A measure and the unrest it answers ("imposed a curfew after crowds looted shops")
    are two events: the group's heads are split into the measure and the crowd. Unrest
    named by a bare noun after "after the" ("a curfew after the riots") is the measure's
    known cause, not a second event."""
    out = []
    for g in groups:
        measure = [h for h in g.heads
                   if h.value in NATIONAL_MEASURES or h.value == "investigation"]
        crowd = [h for h in g.heads if h.value in demonstration_classes()]
        if measure and crowd:
            back = lang_regex(ctx.lang, "back_reference")
            told = [h for h in crowd if back is not None and back.search(
                ctx.doc.text[max(0, h.start - 25):h.start])]
            if told and len(told) == len(crowd):
                out.append(PlaceGroup(measure, g.place, g.spans, g.list_id, g.inherited))
                continue
        if measure and crowd:
            out.append(PlaceGroup(measure, g.place, g.spans, g.list_id, g.inherited))
            out.append(PlaceGroup(crowd, g.place, g.spans, g.list_id, g.inherited))
        else:
            out.append(g)
    return out
