"""Blocking: the event heads that state no event that happened, and why.

A head is blocked when it is planned or negated, when the sentence speaks of another
context (a flood, a football match, crime rather than unrest), when "protest" is used in
another sense, when a death or a use of force has no crowd around it, when the sentence
speaks of a wave of protests rather than one or of a series ("every Friday"), when it is
a campaign told in the perfect since a time long past ("has been waging an offensive
since June 2014"), when it is what a law, a debate or a vote is about ("a bill to
restrict protests"), when its deaths are only a count over time or places, a tally
(ANNOTATION.md §1.2, §9, §11), or when it is a participle made a noun that names the
victims of an event told already ("those kidnapped").
"""

from __future__ import annotations

import re
from functools import cache

from willay.extract.context import DocContext, builder_data, lang_regex
from willay.extract.modality import clause_break
from willay.extract.taxonomy import demonstration_classes, is_crowd_class
from willay.model import Claim, Mention

#: Measures that one decision takes for several regions at once.
NATIONAL_MEASURES = frozenset({"emergency", "curfew", "use_of_force_decree", "closure"})


def block_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """Why ``head`` (in sentence ``i``) states no event, or ``None`` if it does:
    ``plan``, ``negation``, ``context``, ``no_crowd``, ``generic``, ``topic`` or
    ``reference``."""
    for reason in (_modal_reason, _infinitive_reason, _context_reason, _crowd_reason,
                   _generic_reason, _habitual_reason, _campaign_reason, _topic_reason,
                   _tally_reason, _victims_reason, _told_measure_reason):
        found = reason(ctx, i, head)
        if found is not None:
            return found
    return None


def blocked(ctx: DocContext, i: int, head: Mention) -> bool:
    return block_reason(ctx, i, head) is not None


def _modal_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    for plan in ctx.inside(ctx.mentions(i, "plan"), head.span):
        if plan.value != "announce":
            return "plan"
        # An announced demonstration is a plan, unless the sentence dates it on a day
        # that is not to come ("announced a strike on Monday"); an announced measure is
        # the measure taken.
        if str(head.value) in demonstration_classes() and not ctx.day_dates(i):
            return "plan"
    if ctx.inside(ctx.mentions(i, "negation"), head.span):
        return "negation"
    sent = ctx.sents[i]
    keys = ["prevented", "demanded"]  # what is prevented or asked for did not happen
    if head.value in NATIONAL_MEASURES or head.value == "investigation":
        keys.append("lifted")  # a measure lifted or extended was decided before
    breaks = clause_break(ctx.lang)
    for key in keys:
        for _, g_end in ctx.phrase_spans(key, i) or ():
            if 0 <= head.start - (sent.start + g_end) <= 30 and not breaks.search(
                    ctx.doc.text, sent.start + g_end, head.start):
                return "plan"  # not across a clause: "to demand justice and were beaten"
    for g_start, _ in ctx.phrase_spans("non_occurrence", i) or ():
        if abs(sent.start + g_start - head.start) <= 45:
            return "negation"
    return None


def _infinitive_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """An action in the infinitive is an aim or a threat ("an assault to retake the town",
    "intentaron levantar el bloqueo"), unless an aspect verb says it happened."""
    markers, endings = _infinitive(ctx.lang)
    first = _WORD.match(head.span.quote)
    if first is None:
        return None
    word = first.group().lower()
    before = ctx.doc.text[max(ctx.sents[i].start, head.start - 40) : head.start].lower()
    if markers is not None:  # the words right before the action mark its infinitive or mood
        if not markers.search(before):
            return None
    elif not (endings and word.endswith(endings) and len(word) > 4
              and first.group() == head.span.quote.strip()):  # "couvre-feu" is a noun
        return None
    aspect = lang_regex(ctx.lang, "infinitive_aspect")
    if aspect is not None and aspect.search(before[-25:]):
        return None
    return "plan"


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _infinitive(lang: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The words that mark an infinitive right before an action (one regex), and the
    endings of infinitives, from ``[infinitive]`` of ``<lang>/events.toml``."""
    table = builder_data(lang).get("infinitive") or {}
    markers = sorted((str(m) for m in table.get("markers", [])), key=len, reverse=True)
    regex = None
    if markers:
        body = "|".join(re.escape(m) for m in markers)
        regex = re.compile(rf"(?:^|\W)(?:{body})\s+(?:\w+\s+)?$")
    return regex, tuple(str(e) for e in table.get("endings", []))


def _context_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    cls = str(head.value)
    cues = ctx.cue_names(i)
    if "non_unrest" in cues and not (is_crowd_class(cls) and ctx.crowd_actor(i)):
        return "context"  # a flood, an epidemic; not demonstrators protesting about one
    if ctx.accident_story and not (is_crowd_class(cls) and ctx.crowd_actor(i)) \
            and not ctx.doer(i):
        return "context"  # "the explosion" after a lede's gas explosion is that accident
    if cls in NATIONAL_MEASURES and "non_unrest" in ctx.paragraph_cues(i):
        return "context"  # a flood or epidemic emergency stated in the paragraph
    if cls in ("emergency", "curfew", "closure") and "crime_context" in cues:
        return "context"
    if is_crowd_class(cls) and ctx.matches("other_sense", i):
        return "context"
    action = str(head.attrs.get("action") or cls)  # what was done, whatever it is typed as
    if action not in demonstration_classes() and remembered(ctx, head):
        return "context"  # "a vigil in memory of the murdered councillor", "justice for"
    if cls == "agreement" and not ctx.unrest_context(i) \
            and not (i > 0 and ctx.unrest_context(i - 1)) and not any(
            m.attrs.get("role") in ("armed", "force") for m in ctx.mentions(i, "actor")) \
            and not _ceasefire(ctx, head):
        # a deal that ends no protest and no fighting, told in its sentence or the one
        # before ("... saqueos y desmanes. Los ministros llegaron a un acuerdo ...")
        return "context"
    return None


def _ceasefire(ctx: DocContext, head: Mention) -> bool:
    regex = lang_regex(ctx.lang, "ceasefire")
    return regex is not None and regex.search(head.span.quote) is not None


#: Characters before a death within which a phrase of memory or justice makes it the reason
#: of a gathering.
MEMORIAL_REACH = 160


def remembered(ctx: DocContext, mention: Mention) -> bool:
    """A death named in a phrase of memory or tribute just before it ("a vigil in memory
    of a murdered journalist"): the reason of a gathering, not its toll."""
    regex = lang_regex(ctx.lang, "memorial")
    i = ctx.sentence_index(mention.start)
    if regex is None or i is None:
        return False
    sent = ctx.sents[i]
    start = max(sent.start, mention.start - MEMORIAL_REACH)
    for found in clause_break(ctx.lang).finditer(ctx.doc.text, start, mention.start):
        start = found.end()  # only its own clause ("to demand justice and were beaten")
    return regex.search(ctx.doc.text, start, mention.start) is not None


def _crowd_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """A death or a use of force counts only where there is a crowd."""
    if str(head.value) not in ("death", "force") or head.attrs.get("crowd"):
        return None  # demonstrators are in this sentence or the ones around it
    if "crowd" in ctx.cue_names(i) or ctx.crowd_actor(i):
        return None
    if _crowd_heads(ctx, i):
        return None
    if ctx.body_rank[i] == 0 and i not in ctx.headline \
            and all(h.value in ("death", "force") for h in ctx.heads(i)) \
            and any(_crowd_heads(ctx, j) for j in range(i + 1, min(i + 4, len(ctx.sents)))):
        return None  # a lede's deaths sum up the unrest the sentences after it tell
    if i not in ctx.headline and crowd_story(ctx) \
            and not any(m.attrs.get("role") == "armed" for m in ctx.mentions(i, "actor")):
        return None  # a death in the body of a story of unrest, no armed group named
    return "no_crowd"


def crowd_story(ctx: DocContext) -> bool:
    """The lede (the first two sentences of the body) tells a crowd event."""
    for j, rank in enumerate(ctx.body_rank):
        if rank > 1:
            return False  # body ranks never go down: the lede is behind
        if j not in ctx.headline and _crowd_heads(ctx, j):
            return True
    return False


def _crowd_heads(ctx: DocContext, i: int) -> bool:
    """Sentence ``i`` names a crowd event other than a death or a use of force."""
    return any(is_crowd_class(str(h.value)) and h.value not in ("death", "force")
               for h in ctx.heads(i))


def _generic_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    sent = ctx.sents[i]
    many = ctx.phrase_spans("generic_any", i)
    if many is not None and not ctx.day_dates(i):
        for g_start, g_end in many:
            if sent.start + g_start - 3 <= head.start < sent.start + g_end + 3:
                return "generic"  # many attacks, a wave, a count of cases
    generic = ctx.phrase_spans("generic", i)
    if generic is None or not is_crowd_class(str(head.value)) or ctx.day_dates(i):
        return None
    for g_start, g_end in generic:
        if sent.start + g_start - 3 <= head.start < sent.start + g_end + 12:
            return "generic"
    return None


#: The most characters between a demonstration and the frequency after it that makes it
#: a series ("des manifestations d'une ampleur historique se tiennent chaque week-end"),
#: or between the frequency and a demonstration right after it ("every Friday protests").
HABITUAL_BEFORE = 80
HABITUAL_AFTER = 12


def _habitual_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """A demonstration a frequency of repetition qualifies ("march every Friday", "se
    tiennent chaque week-end") is a series, not one event: the frequency follows it in its
    clause (no comma between) or comes right before it."""
    if not is_crowd_class(str(head.value)):
        return None
    sent = ctx.sents[i]
    at, end = head.start - sent.start, head.end - sent.start
    for h_start, h_end in ctx.phrase_spans("habitual", i) or ():
        if end <= h_start <= end + HABITUAL_BEFORE and _plain(sent.text[end:h_start]):
            return "generic"
        if h_end <= at <= h_end + HABITUAL_AFTER and _plain(sent.text[h_end:at]):
            return "generic"
    return None


#: The most words between a perfect auxiliary and the head it governs ("has been waging
#: a military offensive").
PERFECT_GAP = 3


def _campaign_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """A head in the perfect whose clause says since when it has gone on ("has been waging
    an offensive since June 2014", "has since seized") is a campaign over time, not one
    event, unless the sentence names a day ("have blocked the road since Monday")."""
    perfect = ctx.phrase_spans("perfect", i)
    if not perfect or any((d.value.end - d.value.start).days <= CAMPAIGN_DAYS
                          for d in ctx.day_dates(i, announced=True)):
        return None  # a day, or the days since a recent day: one event that lasted
    sent = ctx.sents[i]
    at = head.start - sent.start
    since = [s for s, _ in ctx.phrase_spans("since", i) or ()]
    for p_start, p_end in perfect:
        gap = sent.text[p_end:at]
        if at < p_end or len(gap.split()) > PERFECT_GAP or not _plain(gap):
            continue
        if any(p_start <= s <= at + SINCE_REACH and not _CLAUSE_END.search(sent.text[p_start:s])
               for s in since):
            return "generic"
    return None


#: The longest stretch of days "since <a day>" that is still one event that lasted.
CAMPAIGN_DAYS = 31
#: The most characters after a head within which "since" says how long it has gone on.
SINCE_REACH = 160
_CLAUSE_END = re.compile(r"[;:.!?]")
_PHRASE_END = re.compile(r"[,;:.!?()\"“”]")


def _plain(text: str) -> bool:
    """Words only: no punctuation that would end a phrase."""
    return _PHRASE_END.search(text) is None


#: The most words (lower-case, no punctuation) between a law, bill, debate or vote and
#: the demonstration it is about ("a ban on *public street* protests").
TOPIC_GAP = 2


def _topic_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """A demonstration named as what a law, a bill, a ban, a debate or a vote is about ("a
    bill to restrict protests", "una ley que sanciona los bloqueos"), or after a
    legislature's deliberation in its clause ("lawmakers debated the strike"), is the
    subject of an institutional act, not an event (ANNOTATION.md §1.2)."""
    if not is_crowd_class(str(head.value)):
        return None
    sent = ctx.sents[i]
    for _, d_end in ctx.phrase_spans("deliberation", i) or ():
        if sent.start + d_end <= head.start and not _CLAUSE_END.search(
                sent.text[d_end:head.start - sent.start]) and not any(
                d_end <= o_start < head.start - sent.start
                for o_start, _ in ctx.phrase_spans("clause_opener", i) or ()):
            return "topic"  # what a legislature debates or votes on
    for _, g_end in ctx.phrase_spans("topic", i) or ():
        gap = ctx.doc.text[sent.start + g_end:head.start]
        if len(gap) > 40 or sent.start + g_end > head.start:
            continue
        words = gap.split()
        if len(words) <= TOPIC_GAP and all(
                w.strip("'’").isalpha() and w[0].islower() for w in words):
            return "topic"
    return None


def _victims_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """"Among those kidnapped are three women", "los detenidos fueron trasladados": a
    participle made a noun names the victims of an event told already."""
    end = head.end - ctx.sents[i].start
    return "reference" if any(e == end for _, e in ctx.phrase_spans("victims_named", i) or ()) \
        else None


def _told_measure_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """A measure named with a definite article and no place of its own ("the curfew
    takes effect at 4 p.m.", "the first use of the term martial law") after the same
    measure was told in an earlier sentence of the body refers back to it: one decision
    is one event."""
    if head.value not in NATIONAL_MEASURES or ctx.places(i):
        return None  # with a place of its own it may say where the measure applies
    regex = lang_regex(ctx.lang, "definite")
    sent = ctx.sents[i]
    if regex is None or not regex.search(ctx.doc.text[max(sent.start, head.start - 40):head.start]):
        return None
    for j in range(i):
        if j in ctx.headline:
            continue  # the headline sums up the story: the body tells the measure itself
        if any(h.value == head.value and not blocked(ctx, j, h) for h in ctx.heads(j)):
            return "reference"
    return None


def _tally_reason(ctx: DocContext, i: int, head: Mention) -> str | None:
    """Deaths told only as a count over time or places ("so far in the strike 46 people
    have died") are a tally (ANNOTATION.md §9), not a death at the event of the sentence."""
    if head.value != "death":
        return None
    deaths = [f for f in ctx.mentions(i, "figure")
              if isinstance(f.value, Claim) and f.value.kind == "fatalities"
              and f.attrs.get("part_place") is None]  # a place's part of a total: its toll
    if deaths and all(f.value.scope != "event" for f in deaths):
        return "generic"
    return None
