"""Field comparison rules: when a predicted value counts as the gold value."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from willay.evaluate.gold import GoldEvent
from willay.evaluate.predictions import PredEvent, PredFigure
from willay.lang.loader import load_shared_data
from willay.model import EventDate

#: Generic words dropped from place names before comparing ("Puno Department" = "Puno")
#: (``willay/lang/admin_units.toml``, ``[evaluate]``).
PLACE_GENERIC_WORDS = frozenset(
    load_shared_data("admin_units")["evaluate"]["place_generic_words"])
#: ``(country, admin1 name) -> ids`` of the country's first-level units that carry the name
#: (any spelling the gazetteer knows). See :func:`same_admin1`.
Admin1Units = Callable[[str, str], frozenset[int]]
_admin1_units: Admin1Units | None = None
_COMPARE_WORDS = load_shared_data("evaluation")["compare"]
#: Words dropped from actor labels ("Police Forces of Peru" = "Police")
#: (``willay/lang/evaluation.toml``).
ACTOR_GENERIC_WORDS = frozenset(_COMPARE_WORDS["actor_generic_words"])
#: Articles and possessive markers dropped from reporter names before head matching.
REPORTER_STOP_WORDS = frozenset(_COMPARE_WORDS["reporter_stop_words"])


def fold(text: str) -> str:
    """Lower case without accents (``"Apurímac"`` -> ``"apurimac"``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    # "L'Ariana" -> "l ariana" (an elided article); "Ma'rib", "N’Djamena" -> one word
    folded = re.sub(r"\b([ld])['’](?=\w)", r"\1 ", fold(text))
    return re.findall(r"[\w.]+", re.sub(r"(?<=\w)['’](?=\w)", "", folded).replace(
        "'", " ").replace("’", " "))


def place_key(name: str | None) -> str | None:
    """A place name for comparison: folded, generic words and punctuation removed."""
    if name is None or not name.strip():
        return None
    words = [w.strip(".") for w in _words(name)]
    words = [w for w in words if w and w not in PLACE_GENERIC_WORDS
             and w.replace(".", "") not in PLACE_GENERIC_WORDS]
    if not words:  # a name made only of generic words keeps them
        words = [w.strip(".") for w in _words(name)]
    return " ".join(words)


def same_place(gold: str | None, pred: str | None) -> bool:
    """Names equal case- and accent-insensitively, ignoring generic words; both null is right."""
    return place_key(gold) == place_key(pred)


@contextmanager
def admin1_names(lookup: Admin1Units | None) -> Iterator[None]:
    """Within the block, :func:`same_admin1` also accepts two names of one first-level unit."""
    global _admin1_units
    saved, _admin1_units = _admin1_units, lookup
    try:
        yield
    finally:
        _admin1_units = saved


def current_admin1_names() -> Admin1Units | None:
    """The lookup that :func:`admin1_names` set (``None`` outside such a block)."""
    return _admin1_units


def same_admin1(gold: str | None, pred: str | None, country: str | None) -> bool:
    """:func:`same_place`, or two names of the same first-level unit of the gold country.

    "North Kivu" and "Nord-Kivu", "Catalonia" and "Cataluña", "Nineveh" and "Nīnawá" name one
    unit each in English and in the country's form. The names come from the lookup set with
    :func:`admin1_names` (the evaluator's is the gazetteer's); each name must denote exactly
    one unit of the country, so a name shared by two units ("Buenos Aires": the province
    and the autonomous city) only matches itself. Without a lookup: :func:`same_place`.
    """
    if same_place(gold, pred):
        return True
    if gold is None or pred is None or not country or _admin1_units is None:
        return False
    units = _admin1_units(country.upper(), gold)
    return len(units) == 1 and _admin1_units(country.upper(), pred) == units


def actor_keys(label: str | None) -> set[str]:
    """The comparable forms of an actor label.

    ``"Police Forces of Peru"`` -> {"police"}; ``"Protesters (Peru)"`` -> {"protester"};
    ``"CGTP: General Confederation of Workers of Peru"`` -> {"cgtp", "general confederation
    of worker"}. A final "of <one word>" (a country) and plural ``s`` are dropped.
    """
    if label is None or not label.strip():
        return set()
    text = re.sub(r"\([^)]*\)", " ", fold(label))
    keys: set[str] = set()
    for part in text.split(":"):
        part = re.sub(r"\s+of\s+(?:the\s+)?\w+$", "", part.strip())  # "... of Peru"
        words = [w.rstrip("s") if len(w) > 3 else w for w in re.findall(r"\w+", part)]
        words = [w for w in words if w not in ACTOR_GENERIC_WORDS]
        if words:
            keys.add(" ".join(words))
    return keys


def same_actor(gold: str | None, pred: str | None) -> bool:
    """Actors agree when a comparable form is shared; both null is right."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return bool(actor_keys(gold) & actor_keys(pred))


def reporter_words(name: str) -> list[str]:
    """A reporter's name as folded words without articles and possessives."""
    return [w for w in re.findall(r"\w+", fold(name)) if w not in REPORTER_STOP_WORDS]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return n > 0 and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def same_reporter(gold: str, pred: str) -> bool:
    """Head matching: one name's words appear, in order, inside the other's.

    ``"Health Network"`` matches ``"the regional Health Network"``; ``"Ombudsman"``
    matches ``"Peru's Ombudsman"``.
    """
    g, p = reporter_words(gold), reporter_words(pred)
    return _contains(p, g) or _contains(g, p)


def _interval(value: str | None, precision: str | None) -> EventDate | None:
    try:
        return EventDate.parse(value, precision)
    except ValueError:
        return None


def same_date(gold: GoldEvent, pred: PredEvent) -> bool:
    """Strict date rule: the same ISO value at the same granularity; both null is right.

    A day equals a day (``approx`` days compare as days); a month equals the same month;
    a range equals a range with the same two ends. A day inside a gold month or range is
    *not* right here (see :func:`date_within`).
    """
    g, p = _interval(gold.date, gold.date_precision), _interval(pred.date, pred.date_precision)
    if g is None or p is None:
        return g is None and p is None
    g_kind = "range" if g.precision == "range" else g.precision
    p_kind = "range" if p.precision == "range" else p.precision
    g_kind = "day" if g_kind == "approx" else g_kind
    p_kind = "day" if p_kind == "approx" else p_kind
    return g_kind == p_kind and g.start == p.start and g.end == p.end


def date_within(gold: GoldEvent, pred: PredEvent) -> bool:
    """Lenient date rule: the predicted period lies inside the gold period; both null is right."""
    g, p = _interval(gold.date, gold.date_precision), _interval(pred.date, pred.date_precision)
    if g is None or p is None:
        return g is None and p is None
    return g.start <= p.start and p.end <= g.end


def fatalities_right(gold: GoldEvent, pred: PredFigure | None) -> bool:
    """A predicted best inside the gold [low, high] (or equal to the single figure).

    Gold null with no predicted figure is right; a prediction against gold null is wrong.
    """
    best = pred.best if pred is not None else None
    if gold.fatalities is None and gold.fatalities_low is None:
        return best is None
    if best is None:
        return False
    stated = [v for v in (gold.fatalities, gold.fatalities_low, gold.fatalities_high)
              if v is not None]
    low = gold.fatalities_low if gold.fatalities_low is not None else min(stated)
    high = gold.fatalities_high if gold.fatalities_high is not None else max(stated)
    return low <= best <= high


def count_right(gold: int | None, pred: PredFigure | None) -> bool:
    """Injured/arrested: the predicted best, or its low when reporters disagree, equals gold.

    Gold keeps the lowest stated figure (ANNOTATION.md section 7), which is the predicted
    ``low`` when several claims were reconciled. Both null is right.
    """
    if gold is None:
        return pred is None or pred.best is None
    if pred is None:
        return False
    return gold in (pred.best, pred.low)


def tags_jaccard(gold: tuple[str, ...], pred: tuple[str, ...]) -> float:
    """|gold ∩ pred| / |gold ∪ pred| over tag sets; two empty lists give 1.0."""
    g, p = set(gold), set(pred)
    if not g and not p:
        return 1.0
    return len(g & p) / len(g | p)


def attribution_found(gold: GoldEvent, pred: PredEvent) -> int:
    """How many gold attribution names are among the predicted reporters (or relays)."""
    return sum(1 for name in gold.attribution
               if any(same_reporter(name, rep) for rep in pred.reporters))


#: Figure kinds whose accuracy is also reported over the events where gold states one.
FIGURE_FIELDS = ("fatalities", "injured", "arrested")


def gold_figure_values(gold: GoldEvent) -> set[tuple[str, int]]:
    """The ``(kind, value)`` figures a gold event states: its fatalities with their low and
    high, and its injured and arrested counts."""
    out = {("fatalities", v) for v in (gold.fatalities, gold.fatalities_low,
                                       gold.fatalities_high) if v is not None}
    out |= {(kind, v) for kind, v in (("injured", gold.injured), ("arrested", gold.arrested))
            if v is not None}
    return out


def claim_agreement(gold: GoldEvent, pred: PredEvent) -> dict[str, int]:
    """Claim-level counts of one matched pair: predicted claim values that gold states
    (``value_ok`` of ``value_pred``), gold figures that some claim states (``value_found``
    of ``value_gold``), and predicted reporters or relays that gold credits
    (``reporter_ok`` of ``reporter_pred``).

    Gold keeps only the lowest injured and arrested figure (ANNOTATION.md section 7), so a
    rival higher claim of those kinds counts against value precision.
    """
    gold_values = gold_figure_values(gold)
    pred_values = {(kind, value) for kind, value, _low, _high, _rep in pred.claims
                   if value is not None}
    names = list(pred.reporters)
    return {
        "value_pred": len(pred_values),
        "value_ok": len(pred_values & gold_values),
        "value_gold": len(gold_values),
        "value_found": len(gold_values & pred_values),
        "reporter_pred": len(names),
        "reporter_ok": sum(1 for name in names
                           if any(same_reporter(g, name) for g in gold.attribution)),
    }


def field_agreement(gold: GoldEvent, pred: PredEvent) -> dict[str, bool]:
    """Per-field agreement of a matched pair (tags and attribution are counted apart)."""
    return {
        "event_type": gold.event_type == pred.event_type,
        "sub_event_type": gold.sub_event_type == pred.sub_event_type,
        "date": same_date(gold, pred),
        "date_within": date_within(gold, pred),
        "country": (gold.country or "").upper() == (pred.country or "").upper(),
        "admin1": same_admin1(gold.admin1, pred.admin1, gold.country),
        "location": same_place(gold.location, pred.location),
        "actor1": same_actor(gold.actor1, pred.actor1),
        "actor2": same_actor(gold.actor2, pred.actor2),
        "fatalities": fatalities_right(gold, pred.fatalities),
        "injured": count_right(gold.injured, pred.injured),
        "arrested": count_right(gold.arrested, pred.arrested),
        "tags": set(gold.tags) == set(pred.tags),
    }


#: Fields scored as accuracy on matched pairs, in report order.
FIELDS = ("event_type", "sub_event_type", "date", "date_within", "country", "admin1",
          "location", "actor1", "actor2", "fatalities", "injured", "arrested", "tags")
