"""Drafts: events being assembled from a document's sentences, and the rules that merge them.

A :class:`Draft` collects what one or more sentences say about one event (its heads,
cues, place, date, actors and figures); :mod:`willay.extract.events` opens drafts and
turns them into reports. The functions here decide when two drafts of one document are
the same event (same place, day and family), how one is folded into the other, and when
a draft is already covered by a finer one.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from willay.extract.sites import same_site
from willay.extract.taxonomy import (
    class_target,
    demonstration_classes,
    is_crowd_class,
    special_order,
    yielding_classes,
)
from willay.geo.distance import km
from willay.geo.normalize import fold as fold_name
from willay.model import EventDate, Mention, Place, Span


@dataclass
class Draft:
    """An event being assembled from one or more sentences of the document."""

    sentence: int
    paragraph: int
    trigger: Mention
    classes: set[str]
    tags: set[str]
    place: Place | None
    place_spans: list[Span]
    date: EventDate | None
    date_spans: list[Span]
    date_inherited: bool = False
    #: the date is a night named by its two days ("la nuit du jeudi 9 à vendredi 10")
    named_night: bool = False
    place_inherited: bool = False
    cues: dict[str, list[Span]] = field(default_factory=dict)
    figures: list[Mention] = field(default_factory=list)
    actors: list[Mention] = field(default_factory=list)
    heads: list[Mention] = field(default_factory=list)
    hedges: list[Mention] = field(default_factory=list)
    sentences: set[int] = field(default_factory=set)
    list_id: Any = None
    headline: bool = False
    breakdown: bool = False
    aggregate: bool = False
    rank: tuple[int, int] = (0, 0)
    arrest_outside: bool = False
    list_sentence: int = -1
    groups_in_sentence: int = 1
    #: Lookups over the growing lists of this draft (see :func:`holds`); not compared.
    lookups: dict[str, _Lookup] = field(default_factory=dict, repr=False, compare=False)

    def crowd_classes(self) -> set[str]:
        return {c for c in self.classes if is_crowd_class(c)}

    def special_class(self) -> str | None:
        """The most specific non-crowd class of this draft, if any. Violence that happens
        within a demonstration (an abduction of police, damage) is the crowd's violence."""
        crowd = bool(self.classes & demonstration_classes())
        for cls in special_order():
            if (cls in self.classes and not (crowd and cls in yielding_classes())) or (
                    cls == "arrest" and cls in self.classes and self.arrest_outside):
                return cls
        return None

    def add_cue(self, name: str, span: Span) -> None:
        self.cues.setdefault(name, []).append(span)


class _Lookup:
    """The items of one list of a draft, by span, indexed up to ``done``."""

    __slots__ = ("by_span", "done", "items", "unique")

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.done = 0
        self.by_span: dict[tuple[int, int], list[Any]] = {}
        #: Whether no two items of ``items`` share a span (true of the lists dedupe made).
        self.unique = False


def _lookup(draft: Draft, name: str) -> _Lookup:
    """The lookup of ``draft.<name>``, caught up with what was appended to the list since.

    A list that was replaced (or shortened) is indexed afresh, so the lookup always
    describes the list the draft holds now.
    """
    items = getattr(draft, name)
    found = draft.lookups.get(name)
    if found is None or found.items is not items or found.done > len(items):
        found = draft.lookups[name] = _Lookup(items)
    if found.done < len(items):
        for item in items[found.done:]:
            found.by_span.setdefault((item.start, item.end), []).append(item)
        found.done = len(items)
    return found


def holds(draft: Draft, name: str, mention: Mention) -> bool:
    """``mention in draft.<name>`` for a list of mentions, without rescanning the list:
    equal mentions have equal spans, so only the items of the same span are compared."""
    same = _lookup(draft, name).by_span.get((mention.start, mention.end), ())
    return any(item is mention or item == mention for item in same)


@dataclass
class Pending:
    """A placeless aggregate statement whose places may follow ("... in several cities.
    Four of the deaths were in Mandalay.")."""

    sentence: int
    heads: list[Mention]
    dates: list[Mention]


def has_list(places: list[Mention]) -> bool:
    ids = [m.attrs.get("list_id") for m in places if m.attrs.get("list_id") is not None]
    return any(ids.count(x) >= 2 for x in set(ids))


def family(cls: str) -> str:
    target = class_target(cls)
    return "crowd" if target is None else target[0]


def compatible(a: Place, b: Place) -> bool:
    if a.country != b.country:
        return False
    return not (a.admin1 and b.admin1 and a.admin1 != b.admin1)


def distance_km(a: Place, b: Place) -> float | None:
    return km(a, b)


def same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return False
    if a.country != b.country:
        return False
    if a.feature == "country" or b.feature == "country":
        return a.feature == b.feature
    if (a.admin1 or a.name) != (b.admin1 or b.name):
        return False
    if a.name == b.name or a.location is None or b.location is None:
        return a.name == b.name or (a.location is None) == (b.location is None)
    dist = distance_km(a, b)
    return dist is not None and dist <= 12.0


def sites_apart(a: Draft, b: Draft) -> bool:
    """Two named sites of one town ("Largo da Batata", "Avenida Paulista") are two events
    (ANNOTATION.md §5 allows a site as the location), unless one of them is a march's (a
    march goes from one site to another: "marched along avenida El Sol to the plaza de
    Armas") or a death's (a death near a square during the day's protests is told of
    them)."""
    return a.place is not None and b.place is not None and two_sites(a.place, b.place) \
        and not {"march", "death"} & (a.classes | b.classes)


def two_sites(a: Place, b: Place) -> bool:
    """Two named sites of different names ("Largo da Batata" and "Avenida Paulista") are
    two places: a site has its town's coordinates, so how far apart they lie says nothing.
    Names that share a word of their own are one site written two ways."""
    return a.feature == b.feature == "site" and not same_site(a.name, b.name)


def same_event(a: Draft, b: Draft) -> bool:
    if a.list_id is not None and a.list_id == b.list_id and a.sentence == b.sentence:
        return False
    if a.aggregate != b.aggregate or blockade_apart(a, b):
        return False
    kinds = {kind_group(a.special_class()), kind_group(b.special_class())}
    if len(kinds) > 1 and kinds != {None, "arrest"}:
        return False  # arrests at a demonstration's place and day belong to it
    if not same_place(a.place, b.place) or _listed_apart(a, b) or sites_apart(a, b):
        return False
    if a.date != b.date:
        return within(a.date, b.date) or within(b.date, a.date)
    return True


def _listed_apart(a: Draft, b: Draft) -> bool:
    """Two towns of different names, one of them named in a coordinated list ("à
    Asnières, Colombes, Suresnes"), are two places however near: the writer listed the
    towns as the places of separate events. A city far larger than a listed place beside
    it may contain it (Lekki, a district of Lagos), so the two may still be one."""
    if a.list_id is None and b.list_id is None:
        return False
    if a.place is None or b.place is None or a.place.name == b.place.name:
        return False
    if not a.place.feature == b.place.feature == "populated":
        return False
    if a.list_id is not None and b.list_id is not None:
        return True
    listed, other = (a.place, b.place) if a.list_id is not None else (b.place, a.place)
    return other.population < 10 * max(listed.population, 1)


def within(outer: EventDate | None, inner: EventDate | None) -> bool:
    """A range that contains a day ("a night of clashes" and "on Tuesday")."""
    if outer is None or inner is None or outer.precision != "range":
        return False
    return inner.precision == "day" and outer.start <= inner.start <= outer.end


def kind_group(cls: str | None) -> str | None:
    """What two classes must share for their drafts to be one event: violence of any
    kind (explosions, battles, violence against civilians: one attack told with several
    words), a crowd (``None``), or the strategic class itself."""
    target = class_target(cls) if cls is not None else None
    if target is not None and target[0] in VIOLENCE_TYPES:
        return "violence"
    return cls


#: ACLED event types of organised violence.
VIOLENCE_TYPES = frozenset({"Battles", "Explosions/Remote violence",
                            "Violence against civilians"})


def restates(a: Draft, b: Draft) -> bool:
    """The headline ``b`` restates the event ``a`` of the body: the same kind of event,
    at the same place or at a region or country that holds it, on a compatible day."""
    kinds = (kind_group(a.special_class()), kind_group(b.special_class()))
    if a.aggregate or (kinds[0] != kinds[1] and not (
            kinds == (None, "violence") and deadly(a))):
        return False  # a headline's "massacre" may restate a deadly demonstration
    if a.place is None or b.place is None or a.place.country != b.place.country:
        return False
    if not b.place_inherited and not compatible(a.place, b.place) \
            and not _region_namesake(b.place, a.place):
        return False  # a headline names the region, the city or the country of the event
    if a.date is None or b.date is None or b.date_inherited or a.date == b.date:
        return True
    return within(a.date, b.date) or within(b.date, a.date) or \
        a.date.start <= b.date.start <= a.date.end or b.date.start <= a.date.start <= b.date.end


def _region_namesake(town: Place, body: Place) -> bool:
    """A headline's "Santa Cruz" (the city, seat of the department of that name) may name
    the department of the event told in the body (Montero, Santa Cruz)."""
    return (town.feature == "populated" and town.admin1 is not None
            and fold_name(town.name) == fold_name(town.admin1) and body.admin1 == town.admin1)


def same_occurrence(a: Draft, b: Draft) -> bool:
    """``b`` (undated or a headline) speaks of the event ``a`` at a compatible place."""
    if kind_group(a.special_class()) != kind_group(b.special_class()) or \
            blockade_apart(a, b) or a.aggregate or sites_apart(a, b):
        return False
    return same_occurrence_place(a, b)


def same_occurrence_place(a: Draft, b: Draft) -> bool:
    """The places of ``a`` and ``b`` are one place (or the same region or country)."""
    if a.place is None or b.place is None or not compatible(a.place, b.place):
        return False
    if pure_blockade(b):
        return False
    if a.place.feature == "country" or b.place.feature == "country":
        return a.place.feature == b.place.feature
    if a.place.location is None or b.place.location is None:
        return a.place.location is None and b.place.location is None
    if a.place.name == b.place.name:
        return True
    dist = distance_km(a.place, b.place)
    return dist is not None and dist <= 15.0


def deadly(d: Draft) -> bool:
    """People were killed (or lethal force used) in the event of ``d``."""
    return "death" in d.classes or bool({"lethal_force", "massacre"} & set(d.cues)) or any(
        getattr(f.value, "kind", None) == "fatalities" and getattr(f.value, "value", None) != 0
        for f in d.figures)  # "no deaths were reported" says no one was killed


def violent(d: Draft) -> bool:
    return bool(d.classes & {"force", "death", "riot", "clash"}
                or {"crowd_violence", "lethal_force", "massacre"} & set(d.cues))


def blockade_apart(a: Draft, b: Draft) -> bool:
    """A road blockade and a violent event at the same place are told apart. An act of
    organised violence is no blockade, whatever roads it closed ("shootouts across the
    city, roads blocked" and "the first shootout" are one battle)."""
    if kind_group(a.special_class()) == kind_group(b.special_class()) == "violence":
        return False
    return (pure_blockade(a) and violent(b) and not violent(a)) or \
        (pure_blockade(b) and violent(a) and not violent(b))


def pure_blockade(d: Draft) -> bool:
    return "blockade" in d.classes and not (d.crowd_classes() - {"blockade", "protest", "strike"})


def same_blockade(a: Draft, b: Draft) -> bool:
    if "blockade" not in a.classes or "blockade" not in b.classes:
        return False
    if a.crowd_classes() - {"blockade", "protest", "strike"} or \
            b.crowd_classes() - {"blockade", "protest", "strike"}:
        return False
    if a.place is None or b.place is None or a.place.country != b.place.country:
        return False
    if not a.place.admin1 or a.place.admin1 != b.place.admin1:
        return False
    if (_site_of_list(a) and _site_of_list(b)) or sites_apart(a, b):
        return False  # named sites of a town, each its own event ("the bridge, the ring road")
    return a.date == b.date and a.date is not None and a.date.precision == "day"


def _site_of_list(d: Draft) -> bool:
    return isinstance(d.list_id, tuple) and d.list_id[:1] == ("sites",)


def trigger_rank(d: Draft, headline: bool) -> tuple[int, int]:
    """How well a draft's own sentence states the event: own date, own place, not a title."""
    score = 0
    if d.date is not None and not d.date_inherited:
        score += 2
    if not d.place_inherited and d.place_spans:
        score += 1
    if headline:
        score -= 3
    return score, -d.sentence


def fold(target: Draft, other: Draft) -> None:
    if other.rank > target.rank:
        target.trigger, other.trigger = other.trigger, target.trigger
        target.sentence, other.sentence = other.sentence, target.sentence
        target.rank, other.rank = other.rank, target.rank
        target.paragraph = min(target.paragraph, other.paragraph)
        target.headline = other.headline and target.headline
    target.classes |= other.classes
    target.tags |= other.tags
    for name, spans in other.cues.items():
        for s in spans:
            target.add_cue(name, s)
    target.figures.extend(f for f in other.figures if not holds(target, "figures", f))
    target.actors.extend(other.actors)
    target.heads.extend(h for h in other.heads if not holds(target, "heads", h))
    target.hedges.extend(other.hedges)
    target.sentences |= other.sentences
    add_place_spans(target, other.place_spans)
    if other.place_inherited and not target.place_inherited:
        pass  # a place borrowed from the story never replaces one the text gives
    elif target.place is not None and other.place is not None:
        rank = {"site": 0, "populated": 1, "admin3": 2, "admin2": 3, "admin1": 4, "country": 5}
        mine, theirs = rank.get(target.place.feature, 5), rank.get(other.place.feature, 5)
        if theirs < mine or (theirs == mine == 1 and other.place.population
                             < target.place.population):
            target.place = other.place
    if target.date is None or (target.date_inherited and not other.date_inherited
                               and other.date is not None) or _day_in_period(other, target) \
            or _night_of_day(other, target):
        target.date, target.date_spans = other.date, other.date_spans
        target.named_night = other.named_night


def _night_of_day(night: Draft, day: Draft) -> bool:
    """One telling dates the event by a day ("vendredi"), the other, with a date of its
    own, by a night or two days that take it in ("dans la nuit du jeudi 9 à vendredi
    10"): the two days are the event's."""
    return night.named_night and two_days(night.date) and within(night.date, day.date)


def two_days(date: EventDate | None) -> bool:
    """A period of two days running (a night named by its two days)."""
    return date is not None and date.precision == "range" and (date.end - date.start).days == 1


def takes_in(outer: EventDate, inner: EventDate) -> bool:
    """``outer`` runs over all of ``inner``."""
    return outer.start <= inner.start and inner.end <= outer.end


def _day_in_period(day: Draft, period: Draft) -> bool:
    """One telling dates the event by a period of three days or more ("every weekend
    since 9 August"), the other by a day inside it ("this Sunday"): the day is the
    event's."""
    a, b = day.date, period.date
    if a is None or b is None or day.date_inherited or a.precision != "day":
        return False
    return b.precision == "range" and (b.end - b.start).days >= 2 and within(b, a)


def admin1_place(place: Place) -> Place:
    if place.feature == "admin1" or not place.admin1:
        return place
    return replace(place, name=place.admin1, feature="admin1", admin2=None,
                   geo_precision=3, latitude=place.latitude, longitude=place.longitude)


def covered(d: Draft, drafts: list[Draft]) -> bool:
    """A region or city already covered by a finer event of the same day inside it (or of
    a period that takes in its day). A
    region named in a list is skipped too (ANNOTATION.md section 2: a listed place already
    covered by a more specific event of the same day in the same text). A region's violent
    crowd is not covered by a peaceful protest in one of its towns: the town's event does
    not tell the violence."""
    if d.place is None or d.place.feature not in ("admin2", "admin1", "populated"):
        return False
    for o in drafts:
        if o is d or o.place is None or o.place.country != d.place.country:
            continue
        if o.date != d.date and not (o.date is not None and d.date is not None
                                     and takes_in(o.date, d.date)):
            continue
        if o.special_class() != d.special_class() or (
                pure_blockade(o) != pure_blockade(d) and not _blockade_within(d, o)):
            continue
        if violent(d) and not violent(o):
            continue
        if d.place.feature == "admin2" and o.place.admin2 == d.place.name and \
                o.place.feature in ("populated", "site", "admin3"):
            return d.list_id is not None
        region = d.place.admin1 or d.place.name
        finer = o.place.feature in ("populated", "site", "admin3")
        if d.place.feature == "admin1" and finer \
                and o.place.admin1 == region and not d.breakdown:
            return True
    return False


def _blockade_within(region: Draft, finer: Draft) -> bool:
    """A region's road blockade and a finer event that blocks a road too, turned violent:
    the region's blockade is the finer one told by its region."""
    return pure_blockade(region) and "blockade" in finer.classes


def add_place_spans(target: Draft, spans: list[Span]) -> None:
    """``target.place_spans = dedupe(target.place_spans + spans)``, in time that does not
    grow with what the target already holds: once deduplicated, the target's own list is
    extended in place (it is never shared)."""
    lookup = target.lookups.get("place_spans")
    if lookup is None or lookup.items is not target.place_spans or not lookup.unique or \
            lookup.done != len(target.place_spans):
        target.place_spans = dedupe(target.place_spans + spans)
        lookup = _lookup(target, "place_spans")
        lookup.unique = True
        return
    for s in spans:
        key = (s.start, s.end)
        if key not in lookup.by_span:
            lookup.by_span[key] = [s]
            target.place_spans.append(s)
    lookup.done = len(target.place_spans)


def dedupe(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for s in spans:
        if (s.start, s.end) not in seen:
            seen.add((s.start, s.end))
            out.append(s)
    return out


class DraftIndex:
    """Drafts filed under keys, in the order they were filed, to find the first of them
    that a rule accepts without asking every draft.

    Each ``*_keys`` function below files a draft under keys that every draft the rule
    can accept shares with the one asked about (the ``*_query_keys``), so asking only
    the drafts filed under those keys, in filing order, gives the same first draft as a
    scan of them all. A draft that changed (by a fold) is filed again under its new keys,
    keeping its place in the order; entries under stale keys stay, and the rule, asked
    again, turns them down.
    """

    def __init__(self) -> None:
        self._place: dict[int, int] = {}
        self._lists: dict[Hashable, list[tuple[int, Draft]]] = {}

    def add(self, draft: Draft, keys: Iterable[Hashable]) -> None:
        place = self._place.setdefault(id(draft), len(self._place))
        for key in keys:
            entries = self._lists.setdefault(key, [])
            if not entries or entries[-1][0] < place:
                entries.append((place, draft))
                continue
            i = bisect.bisect_left(entries, place, key=lambda e: e[0])
            if i == len(entries) or entries[i][0] != place:
                entries.insert(i, (place, draft))

    def first(self, keys: Iterable[Hashable], rule: Callable[[Draft, Draft], bool],
              draft: Draft) -> Draft | None:
        """The first filed draft ``o`` under ``keys`` with ``rule(o, draft)``."""
        lists = [self._lists[k] for k in dict.fromkeys(keys) if k in self._lists]
        seen: set[int] = set()
        for place, other in heapq.merge(*lists, key=lambda e: e[0]):
            if place in seen:
                continue
            seen.add(place)
            if rule(other, draft):
                return other
        return None


def place_key(place: Place | None) -> Hashable:
    """What :func:`same_place` needs equal: the country, and the region or the name (or
    only the country, for the country itself)."""
    if place is None:
        return None
    if place.feature == "country":
        return ("country", place.country)
    return ("place", place.country, place.admin1 or place.name)


def event_keys(d: Draft) -> list[Hashable]:
    """Keys of a draft for :func:`same_event`: its place and date, and whether the date
    is a range or a day (:func:`within` pairs the two)."""
    key = place_key(d.place)
    if key is None:
        return []
    out: list[Hashable] = [("date", key, d.date)]
    if d.date is not None and d.date.precision in ("range", "day"):
        out.append((d.date.precision, key))
    return out


def event_query_keys(d: Draft) -> list[Hashable]:
    """The keys under which the drafts :func:`same_event` may pair with ``d`` are filed."""
    key = place_key(d.place)
    if key is None:
        return []
    out: list[Hashable] = [("date", key, d.date)]
    if d.date is not None and d.date.precision == "day":
        out.append(("range", key))  # a range that holds this day
    elif d.date is not None and d.date.precision == "range":
        out.append(("day", key))  # a day inside this range
    return out


def occurrence_keys(d: Draft) -> list[Hashable]:
    """Keys of a draft for :func:`same_occurrence`: country, and region when known."""
    if d.place is None:
        return []
    if d.place.feature == "country":
        return [("country", d.place.country), ("any", d.place.country)]
    return [("region", d.place.country, d.place.admin1 or None), ("any", d.place.country)]


def occurrence_query_keys(d: Draft) -> list[Hashable]:
    """The keys of the drafts whose place is :func:`compatible` with that of ``d``."""
    if d.place is None:
        return []
    if d.place.feature == "country":
        return [("country", d.place.country)]
    if d.place.admin1:
        return [("region", d.place.country, d.place.admin1),
                ("region", d.place.country, None)]
    return [("any", d.place.country)]


def blockade_keys(d: Draft) -> list[Hashable]:
    """Keys of a draft for :func:`same_blockade` (asked and filed alike)."""
    if "blockade" not in d.classes or d.place is None or not d.place.admin1 or \
            d.date is None or d.date.precision != "day":
        return []
    return [(d.place.country, d.place.admin1, d.date)]
