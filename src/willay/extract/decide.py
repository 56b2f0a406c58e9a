"""Decide: an event's ACLED type and tags from the classes and cues of its draft.

The decision tables are data (``willay/lang/taxonomy.toml``): a draft with a non-crowd
class takes the type of the first class of ``special_order`` it has; a crowd event is
typed by the ``[[crowd_order]]`` rules (ANNOTATION.md §3), read over the draft's cues,
its classes and whether it has a fatality figure.
"""

from __future__ import annotations

import re
from functools import cache

from willay.extract.blocking import crowd_story, remembered
from willay.extract.context import DocContext
from willay.extract.drafts import Draft
from willay.extract.lexicon import data_language
from willay.extract.taxonomy import (
    class_target,
    crowd_head_order,
    crowd_type,
    demonstration_classes,
    special_order,
    unfought_rule,
)
from willay.lang.language import language
from willay.model import Claim, Mention

#: Tags kept on events outside the protest family.
STATE_TAGS = frozenset({"state_of_emergency", "curfew", "investigation", "airport", "strike",
                        "road_blockade"})


def type_of(ctx: DocContext, d: Draft) -> tuple[str, str]:
    """``(event_type, sub_event_type)`` of a draft."""
    special = d.special_class()
    if special is not None and not (special == "arrest" and (
            _demonstration(ctx, d) or _at_demonstrations(d))):
        target = class_target(_unfought(d, special))
        if target is not None:
            return target
    return crowd_type(crowd_features(ctx, d))


def _unfought(d: Draft, special: str) -> str:
    """A place taken while its holders withdrew, with no fighting in the event ("fell to
    the rebels after the troops retreated"), is handed over, not won in battle."""
    rule = unfought_rule()
    if special in rule["taken"] and rule["withdrawal"] in d.classes \
            and not d.classes & set(rule["fighting"]):
        return str(rule["withdrawal"])
    return special


def _demonstration(ctx: DocContext, d: Draft) -> bool:
    """Arrests told with a demonstration are its intervention: a demonstration class, or
    force or a death with demonstrators named ("dispersed the protesters who tried to
    gather") or in a story whose lede tells a crowd event ("thousands laid siege to the
    airport ... the chaos at the airport left a hundred injured"); force named alone
    ("a new wave of repression") is no demonstration."""
    return bool(d.classes & demonstration_classes()) or bool(
        d.crowd_classes() and ("crowd" in d.cues or crowd_story(ctx)))


def _at_demonstrations(d: Draft) -> bool:
    """Detentions told among demonstrations (the frames saw demonstrators in the sentence,
    the two before it or the one after): people held at the protest, not a raid."""
    arrests = [h for h in d.heads if h.value == "arrest"]
    return bool(arrests) and not d.arrest_outside and all(
        h.attrs.get("crowd") for h in arrests) and set(d.classes) <= {"arrest"}


def crowd_features(ctx: DocContext, d: Draft) -> set[str]:
    """What the crowd decision order reads: cues, classes, ``deaths`` (a fatality figure of
    the event), ``force_harmed`` (security forces hurt or killed, by a figure of the event)
    and ``arrests`` (detentions stated where the event is)."""
    sent = ctx.sents[d.sentence]
    features = set(d.cues) | ctx.lede_cues | d.classes
    if "nonstate_cause" in d.cues and not any(
            sent.start <= span.start < sent.end for span in d.cues["nonstate_cause"]):
        features.discard("nonstate_cause")  # another account of the death: not a retyping
    if any(h.value == "arrest" and sent.start <= h.start < sent.end for h in d.heads):
        features.add("arrests")  # people detained at the demonstration itself
    if any(isinstance(f.value, Claim) and f.value.kind == "fatalities"
           and (f.value.value or 0) > 0 and f.value.scope == "event"
           and not remembered(ctx, f) for f in d.figures):
        features.add("deaths")
    if any(_forces_harmed(ctx, f) for f in d.figures):
        features.add("force_harmed")  # police hurt at a demonstration: its crowd fought
    return features


def _forces_harmed(ctx: DocContext, f: Mention) -> bool:
    """A figure of the event that counts security forces hurt or killed, named after its
    number ("five police officers were injured"; not "the police said the man died")."""
    claim = f.value
    if not (isinstance(claim, Claim) and claim.kind in ("injured", "fatalities")
            and (claim.value or 0) > 0 and claim.scope == "event"
            and f.attrs.get("victims") in FORCE_VICTIMS):
        return False
    number = f.attrs.get("number_span")
    if not number:
        return False
    if claim.value == 1 and len(ctx.doc.text[number[1]:f.end].split()) > 3:
        return False  # one person named far from the verb: "the police said the man died"
    counted = ctx.doc.text[number[0]:f.end].lower()
    return _force_words(ctx.lang).search(counted) is not None


@cache
def _force_words(lang: str) -> re.Pattern[str]:
    """The words of ``figures.toml`` [victims] that name security forces, as one regex."""
    victims = language(data_language(lang)).table("figures").get("victims", {})
    words = sorted({str(w).lower() for group in FORCE_VICTIMS for w in victims.get(group, [])},
                   key=len, reverse=True)
    body = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


#: Victim groups of figures (``figures.toml`` [victims]) that are security forces.
FORCE_VICTIMS = frozenset({"police", "military", "security_forces"})


def tags_of(d: Draft, event_type: str, sub_type: str) -> list[str]:
    tags = set(d.tags)
    if "tear_gas" in d.cues:
        tags.add("tear_gas")
    if "airport" in d.cues and ("occupation" in tags or sub_type == "Other"):
        tags.add("airport")
    if event_type not in ("Protests", "Riots"):
        tags &= STATE_TAGS
    return sorted(tags)


def main_head(heads: list[Mention]) -> Mention:
    """The head that names the event best: a specific class over a generic crowd word."""
    for order in (special_order(), crowd_head_order()):
        for cls in order:
            for h in heads:
                if h.value == cls:
                    return h
    return heads[0]
