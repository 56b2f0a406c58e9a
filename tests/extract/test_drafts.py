"""Drafts: the indexes that make merging linear give the answers of a full scan.

The places are fictional (Tamb and Ruel close together in the region Norte of country
XA, Voss in Sur, Quill in XB); the drafts are random combinations of them, of dates and
of event classes, so that every merge rule meets pairs it accepts and pairs it refuses.
"""

from __future__ import annotations

import copy
import datetime as dt
import random

from willay.extract import drafts as D
from willay.model import EventDate, Mention, Place, Span

PLACES = [
    None,
    Place("Tamb", "XA", "populated", "Norte", None, -10.00, -70.00, population=5000),
    Place("Ruel", "XA", "populated", "Norte", None, -10.05, -70.02, population=800),
    Place("Voss", "XA", "populated", "Sur", None, -14.0, -72.0, population=9000),
    Place("Norte", "XA", "admin1", "Norte", None, -10.2, -70.1),
    Place("Sur", "XA", "admin1", "Sur", None, -14.1, -72.1),
    Place("Keld", "XA", "populated", None, None, -10.01, -70.01, population=300),
    Place("Xalia", "XA", "country", None, None, -12.0, -71.0),
    Place("Xalia", "XA", "country", "", None),
    Place("Quill", "XB", "populated", "Oste", None, 5.0, 10.0, population=2000),
]
DAY = dt.date(2024, 3, 1)
DATES = [None, EventDate.day(DAY), EventDate.day(DAY + dt.timedelta(days=1)),
         EventDate.between(DAY, DAY + dt.timedelta(days=2)), EventDate.month(2024, 3)]
CLASSES = ["protest", "blockade", "march", "riot", "death", "arrest", "strike", "curfew"]


def _span(start: int) -> Span:
    return Span(start, start + 4, "word")


def _draft(rng: random.Random, n: int) -> D.Draft:
    heads = [Mention("trigger", _span(rng.randrange(40)), rng.choice(CLASSES), {})
             for _ in range(rng.randrange(1, 3))]
    d = D.Draft(
        sentence=n, paragraph=n // 3, trigger=heads[0],
        classes={str(h.value) for h in heads} | set(rng.sample(CLASSES, rng.randrange(2))),
        tags=set(), place=rng.choice(PLACES), place_spans=[_span(rng.randrange(30))
                                                           for _ in range(rng.randrange(3))],
        date=rng.choice(DATES), date_spans=[], date_inherited=rng.random() < 0.3,
        heads=heads, sentences={n},
        figures=[Mention("figure", _span(rng.randrange(30)), rng.randrange(3), {})
                 for _ in range(rng.randrange(3))],
    )
    d.aggregate = rng.random() < 0.1
    d.list_id = rng.choice([None, None, 1])
    d.headline = rng.random() < 0.1
    d.rank = D.trigger_rank(d, d.headline)
    return d


def _state(drafts: list[D.Draft]) -> list[tuple[object, ...]]:
    return [(d.sentence, d.place, d.date, sorted(d.classes), sorted(d.sentences),
             [(s.start, s.end) for s in d.place_spans], [(m.start, m.value) for m in d.figures],
             [(m.start, m.value) for m in d.heads]) for d in drafts]


def _joins(o: D.Draft, d: D.Draft) -> bool:
    return o is not d and not o.headline and D.same_occurrence(o, d)


RULES = [
    (D.same_event, D.event_keys, D.event_query_keys),
    (_joins, D.occurrence_keys, D.occurrence_query_keys),
    (D.same_blockade, D.blockade_keys, D.blockade_keys),
]


def test_every_pair_a_rule_accepts_shares_a_key() -> None:
    rng = random.Random(11)
    drafts = [_draft(rng, n) for n in range(160)]
    accepted = 0
    for rule, keys, query_keys in RULES:
        for a in drafts:
            for b in drafts:
                if a is not b and rule(a, b):
                    accepted += 1
                    assert set(keys(a)) & set(query_keys(b)), (rule.__name__, a, b)
    assert accepted > 100  # the random drafts do exercise the rules


def test_first_match_with_folds_is_that_of_a_scan_in_order() -> None:
    for seed in range(30):
        rng = random.Random(seed)
        drafts = [_draft(rng, n) for n in range(60)]
        for rule, keys, query_keys in RULES:
            scanned, indexed = copy.deepcopy(drafts), copy.deepcopy(drafts)
            out: list[D.Draft] = []
            for d in scanned:
                target = next((o for o in out if rule(o, d)), None)
                if target is None:
                    out.append(d)
                else:
                    D.fold(target, d)
            kept: list[D.Draft] = []
            index = D.DraftIndex()
            for d in indexed:
                target = index.first(query_keys(d), rule, d)
                if target is None:
                    kept.append(d)
                    index.add(d, keys(d))
                else:
                    D.fold(target, d)
                    index.add(target, keys(target))
            assert _state(out) == _state(kept), (seed, rule.__name__)


def test_holds_and_place_spans_agree_with_list_membership_and_dedupe() -> None:
    rng = random.Random(5)
    for _ in range(100):
        target = _draft(rng, 0)
        reference_spans = list(target.place_spans)
        reference_figures = list(target.figures)
        for n in range(1, 8):
            other = _draft(rng, n)
            other.figures.append(copy.deepcopy(rng.choice(target.figures or other.figures
                                                          or [other.trigger])))
            for f in other.figures:
                assert D.holds(target, "figures", f) == (f in target.figures)
            reference_figures.extend(f for f in other.figures if f not in reference_figures)
            reference_spans = D.dedupe(reference_spans + other.place_spans)
            D.fold(target, other)
            assert target.place_spans == reference_spans
            assert target.figures == reference_figures
        target.figures = target.figures[:1]  # a replaced list is indexed afresh
        assert all(D.holds(target, "figures", f) for f in target.figures)


def test_a_headline_does_not_take_the_place_of_the_aggregate_places_it_sums_up() -> None:
    """A place named in an aggregate statement ("three dead: one in Ruel, ...") gives
    way to an event told at its own place the same day, but not to the headline, which
    reports no event of its own (it only sums the story up)."""
    from willay.extract.merging import _aggregate_place

    def draft(place: Place, n: int, *, headline: bool = False,
              aggregate: bool = False) -> D.Draft:
        head = Mention("trigger", _span(n), "riot", {})
        d = D.Draft(sentence=n, paragraph=n, trigger=head, classes={"riot"}, tags=set(),
                    place=place, place_spans=[], date=EventDate.day(DAY), date_spans=[],
                    heads=[head], sentences={n})
        d.headline, d.aggregate = headline, aggregate
        return d

    tamb, ruel = PLACES[1], PLACES[2]
    assert tamb is not None and ruel is not None
    listed = draft(ruel, 2, aggregate=True)
    for told, dropped in ((draft(tamb, 0, headline=True), False), (draft(tamb, 1), True)):
        days = {(EventDate.day(DAY), "XA"): [told, listed]}
        assert _aggregate_place(listed, days, {"XA": [told, listed]}) is dropped
