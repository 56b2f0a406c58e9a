"""Merging: drafts of one document that speak of the same event become one.

Drafts at the same place, day and family merge; an undated mention or a headline joins
the dated event it restates; road blockades of one region on one day become one event
for the region; a region already covered by a finer event of the same day is dropped,
and so is a place named in an aggregate statement when its own events are reported.
Figures stated apart from their event join the event told just before them.
"""

from __future__ import annotations

from willay.extract.claims import aggregate_figure
from willay.extract.context import DocContext
from willay.extract.drafts import (
    Draft,
    admin1_place,
    compatible,
    covered,
    distance_km,
    fold,
    same_blockade,
    same_event,
    same_occurrence,
    trigger_rank,
)
from willay.extract.opening import ANNOUNCED_CLASSES
from willay.model import Claim


def merge_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """The drafts of a document with the same events merged."""
    for d in drafts:
        if d.sentence in ctx.headline:
            d.headline = True
        d.rank = trigger_rank(d, d.headline)
    out: list[Draft] = []
    for d in drafts:
        target = next((o for o in out if same_event(o, d)), None)
        if target is None:
            out.append(d)
        else:
            fold(target, d)
    out = _join_restatements(out)
    final: list[Draft] = []
    for d in out:
        target = next((o for o in final if same_blockade(o, d)), None)
        if target is None:
            final.append(d)
            continue
        fold(target, d)
        if target.place is not None:
            target.place = admin1_place(target.place)
    final = [d for d in final if not covered(d, final)]
    return [d for d in final if not _aggregate_place(d, final)]


def _join_restatements(drafts: list[Draft]) -> list[Draft]:
    """An undated mention or a headline joins the dated event of the same place."""
    kept: list[Draft] = []
    for d in drafts:
        if d.date is None or d.headline or (
                d.date_inherited and d.special_class() in ANNOUNCED_CLASSES):
            target = next((o for o in drafts if o is not d and not o.headline
                           and same_occurrence(o, d)), None)
            if target is not None and (d.headline or target.sentence < d.sentence):
                fold(target, d)
                continue
        kept.append(d)
    return kept


def _aggregate_place(d: Draft, drafts: list[Draft]) -> bool:
    """A place named in an aggregate statement, when its own events are reported."""
    return d.aggregate and any(
        o is not d and not o.aggregate and o.date == d.date and o.place is not None
        and d.place is not None and compatible(o.place, d.place)
        and (distance_km(o.place, d.place) or 0.0) <= 30.0 for o in drafts)


def attach_orphan_figures(ctx: DocContext, drafts: list[Draft]) -> None:
    """Figures stated apart from their event ("the government spokesman said 12
    officers had been hurt") join the event told just before them: the only event of
    the article, or the last one in the same or the previous paragraph. A figure with
    a date of its own, a place of its own, a sum over several places or a disaster
    context joins none."""
    events = [d for d in drafts if d.place is not None and not d.special_class()]
    if not events:
        return
    taken = {id(f) for d in drafts for f in d.figures}
    for m in ctx.doc.mentions:
        if m.kind != "figure" or id(m) in taken or not isinstance(m.value, Claim):
            continue
        i = ctx.sentence_index(m.start)
        if i is None or "non_unrest" in ctx.cue_names(i) or aggregate_figure(ctx, m):
            continue
        if m.value.scope != "event":
            continue
        target = _orphan_target(ctx, i, events)
        if target is None:
            continue
        names = {p.value.name for p in ctx.places(i)}
        if names and (target.place is None or target.place.name not in names):
            continue
        own = ctx.event_dates(i)
        if own and target.date is not None and own[0].value != target.date:
            continue
        target.figures.append(m)


def _orphan_target(ctx: DocContext, i: int, events: list[Draft]) -> Draft | None:
    if len(events) == 1:
        only = events[0]
        return only if i >= min(only.sentences | {only.sentence}) else None
    para = ctx.sents[i].paragraph
    before = [d for d in events if max(d.sentences | {d.sentence}) < i
              and para - ctx.sents[max(d.sentences | {d.sentence})].paragraph <= 1]
    if not before:
        return None
    return max(before, key=lambda d: max(d.sentences | {d.sentence}))
