"""Alignment: the sentence of the gold trigger, then a one-to-one matching."""

from __future__ import annotations

from willay.evaluate.align import GoldAnchor, align_events, in_region, max_weight_matching
from willay.evaluate.gold import GoldEvent
from willay.evaluate.predictions import PredEvent
from willay.model import Span

TEXT = ("Strikes began in Valdoria, Montemar and Ostrava on Monday. "
        "Police dispersed a march in Ostrava.")
S1 = (0, TEXT.index(" Police"))
S2 = (TEXT.index("Police"), len(TEXT))


def anchor_for(phrase: str) -> GoldAnchor:
    start = TEXT.find(phrase)
    region = S1 if start < S1[1] else S2
    return GoldAnchor(start, start + len(phrase), *region)


def g(admin1: str, trigger: str = "Strikes began", event_type: str = "Protests") -> GoldEvent:
    return GoldEvent(event_type=event_type, sub_event_type="Peaceful protest", trigger=trigger,
                     admin1=admin1)


def p(pid: str, phrase: str, admin1: str | None, event_type: str = "Protests") -> PredEvent:
    start = TEXT.find(phrase)
    return PredEvent(id=pid, event_type=event_type, sub_event_type="Peaceful protest",
                     trigger=Span(start, start + len(phrase), phrase), admin1=admin1)


def test_hungarian_maximises_total_weight() -> None:
    assert max_weight_matching([[5, 4], [4, 1]]) == [(0, 1), (1, 0)]  # 8 beats 6
    assert max_weight_matching([[0, 0], [0, 3]]) == [(1, 1)]  # zero weight is no pair
    assert max_weight_matching([[1, 2, 3]]) == [(0, 2)]
    assert max_weight_matching([]) == []


def test_prediction_outside_the_sentence_does_not_match() -> None:
    anchor = anchor_for("Strikes began")
    assert in_region(p("a", "began in Valdoria", "Valdoria"), anchor)
    assert not in_region(p("b", "dispersed a march", "Ostrava"), anchor)
    assert align_events([g("Valdoria")], [anchor], [p("b", "dispersed", "Ostrava")]) == []


def test_shared_sentence_prefers_the_same_region() -> None:
    golds = [g("Valdoria"), g("Montemar"), g("Ostrava")]
    anchors = [anchor_for("Strikes began")] * 3
    preds = [p("o", "Strikes began", "Ostrava"), p("v", "Strikes began", "Valdoria"),
             p("m", "Strikes began", "Montemar")]
    assert align_events(golds, anchors, preds) == [(0, 1), (1, 2), (2, 0)]


def test_one_to_one_leaves_extra_predictions_unmatched() -> None:
    golds = [g("Valdoria")]
    preds = [p("x", "Strikes began", "Montemar"), p("y", "Strikes began", "Valdoria")]
    assert align_events(golds, [anchor_for("Strikes began")], preds) == [(0, 1)]


def test_typed_alignment_needs_the_same_event_type() -> None:
    golds = [g("Ostrava", "dispersed a march", "Protests")]
    preds = [p("r", "dispersed a march", "Ostrava", "Riots")]
    anchors = [anchor_for("dispersed a march")]
    assert align_events(golds, anchors, preds) == [(0, 0)]
    assert align_events(golds, anchors, preds, same_type=True) == []


def test_gold_trigger_not_found_matches_nothing() -> None:
    missing = GoldAnchor(-1, -1, -1, -1)
    assert align_events([g("Valdoria")], [missing], [p("a", "Strikes", "Valdoria")]) == []


def test_same_place_outweighs_same_type() -> None:
    golds = [g("Ostrava", "Strikes began")]
    preds = [p("t", "Strikes began", "Montemar"), p("r", "Strikes began", "Ostrava", "Riots")]
    assert align_events(golds, [anchor_for("Strikes began")], preds) == [(0, 1)]
