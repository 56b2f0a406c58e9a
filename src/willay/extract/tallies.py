"""Tallies: the figures that cover more than one event (ANNOTATION.md §9).

A figure no event took becomes a tally when it is cumulative ("since December", "so
far"), when it sums over several places ("across the country"), or when it counts for
the whole country in a sentence that names no place below the country. Copies of one
figure from co-reporters, restatements of an event's own figure, single deaths and
disaster counts are not tallies; one figure told twice is one tally.
"""

from __future__ import annotations

from willay.extract.claims import aggregate_figure, broken_down
from willay.extract.context import DocContext
from willay.extract.drafts import has_list
from willay.extract.figures import load_figure_lexicon
from willay.model import Claim, EventDate, Mention, Tally

#: Claim kinds that can become tallies, and the tally kind they become.
TALLY_KINDS = {"fatalities": "deaths", "injured": "injured", "arrested": "arrested"}


def tallies(ctx: DocContext, claims_used: set[int]) -> list[Tally]:
    """The tallies of a document, from the figures no event took (``claims_used``)."""
    out: list[Tally] = []
    chosen: dict[tuple[str, int | None], Mention] = {}
    # the figures events took: an event-scope figure stated again apart (a headline, a
    # summary) is that event's, not a count for the country
    taken = {(m.value.kind, m.value.value) for m in ctx.doc.mentions
             if id(m) in claims_used and isinstance(m.value, Claim)}
    for m in ctx.doc.mentions:
        if not _candidate(ctx, m, claims_used):
            continue
        if (m.value.scope == "event" or _known_total(ctx, m)) \
                and (m.value.kind, m.value.value) in taken \
                and not aggregate_figure(ctx, m, tolls=True):
            continue
        # one figure told twice (a headline and its story) is one tally: the attributed
        # statement of it when there is one
        key = (TALLY_KINDS[m.value.kind], m.value.value)
        if key not in chosen or (chosen[key].value.reporter is None and m.value.reporter):
            chosen[key] = m
    for m in sorted(chosen.values(), key=lambda x: x.start):
        claim: Claim = m.value
        kind = TALLY_KINDS[claim.kind]
        out.append(Tally(
            kind=kind, value=claim.value, low=claim.low, high=claim.high,
            qualifier=claim.qualifier, evidence=claim.evidence,
            as_of=_as_of(ctx, m), country=ctx.country,
            scope=_scope_text(m), reporter=claim.reporter,
            reporter_class=claim.reporter_class, via=claim.via, doc_id=ctx.doc.id,
        ))
    return out


def _candidate(ctx: DocContext, m: Mention, claims_used: set[int]) -> bool:
    if m.kind != "figure" or id(m) in claims_used or not isinstance(m.value, Claim):
        return False
    if m.attrs.get("shared_evidence") or m.attrs.get("restates"):
        return False  # a co-reporter's copy of a figure already counted, or it told again
    claim: Claim = m.value
    if TALLY_KINDS.get(claim.kind) is None or claim.value is None:
        return False
    if m.attrs.get("component_of") is not None and claim.value < 2:
        return False  # "dont une femme enceinte": one person named in a total
    cumulative = claim.scope == "cumulative" or aggregate_figure(ctx, m, tolls=True)
    if not cumulative and (claim.value < 2 or not (
            _national_count(ctx, m) or _list_count(ctx, m) or broken_down(ctx, m))):
        return False
    i = ctx.sentence_index(m.start)
    # deaths in a flood or an epidemic are not an unrest tally
    return not (ctx.accident_story or (i is not None and "non_unrest" in ctx.paragraph_cues(i)))


def _known_total(ctx: DocContext, m: Mention) -> bool:
    """A figure whose only cumulative cue is its definite article ("les 22 victimes"): a
    total the reader already knows, which an event that took the same count told."""
    cues = m.attrs.get("scope_cues") or []
    definite = load_figure_lexicon(ctx.lang).definite
    return bool(cues) and all(str(c).lower() in definite for c in cues)


def _list_count(ctx: DocContext, m: Mention) -> bool:
    """A figure no event took, in a sentence that lists several places ("seven dead
    between Bignona, Yeumbeul and Colobane"): a count over all of them (ANNOTATION.md
    section 9)."""
    i = ctx.sentence_index(m.start)
    return i is not None and has_list(ctx.places(i))


def _national_count(ctx: DocContext, m: Mention) -> bool:
    """A figure of no event, in a sentence that names no place below the country:
    a count for the whole country (a national count for one day is a tally)."""
    i = ctx.sentence_index(m.start)
    return i is not None and not ctx.places(i) and i not in ctx.event_sentences


def _as_of(ctx: DocContext, m: Mention) -> EventDate | None:
    i = ctx.sentence_index(m.start)
    if i is not None:
        for d in ctx.mentions(i, "date"):
            if d.attrs.get("speech") and d.value is not None:
                return d.value
    pub = ctx.doc.published
    if pub is None:
        return None
    if ctx.doc.published_precision == "month":
        return EventDate.month(pub.year, pub.month)
    return EventDate.day(pub)


def _scope_text(m: Mention) -> str:
    cues = m.attrs.get("scope_cues") or []
    victims = m.attrs.get("victims")
    kind = TALLY_KINDS.get(m.value.kind, m.value.kind)
    parts = [kind]
    if victims:
        parts.append(f"({victims})")
    if cues:
        parts.append("— " + ", ".join(str(c) for c in cues))
    return " ".join(parts)
