"""Scoring on hand-built gold and predictions: each figure can go wrong on its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from willay.evaluate.gold import GoldDoc, GoldEvent, GoldTally
from willay.evaluate.predictions import PredDoc, PredEvent, PredFigure, PredTally
from willay.evaluate.score import Evaluation, check_trigger, prf, score_document
from willay.model import Claim, Document, EventDate, EventReport, Figure, Span, Tally

# An invented report about fictional places.
TEXT = (
    "Farmers blocked the bridge at Valdoria on Monday. "
    "In Montemar, two marchers died when soldiers fired on a rally, the Coastal Health "
    "Office said. "
    "Officials say 40 people have died since March."
)


def span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(start, start + len(phrase), phrase)


BLOCKADE = GoldEvent(
    event_type="Protests", sub_event_type="Peaceful protest", trigger="blocked the bridge",
    tags=("road_blockade",), date="2031-03-10", date_precision="day", country="VA",
    admin1="Valdoria", location="Valdoria", actor1="Protesters")
KILLING = GoldEvent(
    event_type="Protests", sub_event_type="Excessive force against protesters",
    trigger="two marchers died", tags=("march",), date="2031-03-10", date_precision="day",
    country="VA", admin1="Montemar", location="Montemar", actor1="Protesters",
    actor2="Military", fatalities=2, attribution=("Coastal Health Office",))
GOLD = GoldDoc("t1", (BLOCKADE, KILLING), (GoldTally("deaths", 40, "2031-03-11"),))


def pred_blockade(**kw: object) -> PredEvent:
    base: dict[str, object] = dict(
        id="b", event_type="Protests", sub_event_type="Peaceful protest",
        trigger=span("blocked the bridge"), tags=("road_blockade",), date="2031-03-10",
        date_precision="day", country="VA", admin1="Valdoria", location="Valdoria",
        actor1="Protesters (Valdoria)", confidence=0.9)
    base.update(kw)
    return PredEvent(**base)  # type: ignore[arg-type]


def pred_killing(**kw: object) -> PredEvent:
    base: dict[str, object] = dict(
        id="k", event_type="Protests", sub_event_type="Excessive force against protesters",
        trigger=span("marchers died"), tags=("march",), date="2031-03-10",
        date_precision="day", country="VA", admin1="Montemar Province", location="Montemar",
        actor1="Protesters", actor2="Military Forces of Valdoria", fatalities=PredFigure(2),
        reporters=("the Coastal Health Office",), confidence=0.6)
    base.update(kw)
    return PredEvent(**base)  # type: ignore[arg-type]


def figures(gold: GoldDoc, pred: PredDoc, lang: str = "en") -> dict[str, Any]:
    return Evaluation([score_document(gold, pred, TEXT, lang)]).to_dict()


def test_perfect_prediction_scores_one_everywhere() -> None:
    pred = PredDoc("t1", [pred_blockade(), pred_killing()], [PredTally("deaths", 40, "2031-03-11")])
    out = figures(GOLD, pred)
    assert out["detection"]["f1"] == 1.0
    assert out["typed"]["f1"] == 1.0
    assert all(item["accuracy"] == 1.0 for item in out["fields"].values())
    assert out["attribution"]["recall"] == 1.0
    assert out["tallies"]["f1"] == 1.0
    assert out["tallies"]["as_of"]["accuracy"] == 1.0


def test_missed_and_false_events_lower_recall_and_precision() -> None:
    # The killing is missed; an event is predicted in the tally's sentence.
    false_event = pred_blockade(id="f", trigger=span("40 people have died"))
    out = figures(GOLD, PredDoc("t1", [pred_blockade(), false_event]))
    assert out["detection"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5,
                                "f1": 0.5}


def test_prediction_in_another_sentence_is_not_a_match() -> None:
    moved = pred_killing(trigger=span("Farmers"))
    out = figures(GOLD, PredDoc("t1", [moved]))
    assert out["detection"]["tp"] == 1  # it matches the blockade's sentence instead
    assert out["fields"]["admin1"]["accuracy"] == 0.0
    assert out["detection"]["fn"] == 1


def test_typed_score_needs_the_event_type() -> None:
    riot = pred_killing(event_type="Riots", sub_event_type="Violent demonstration")
    out = figures(GOLD, PredDoc("t1", [pred_blockade(), riot]))
    assert out["detection"]["f1"] == 1.0
    assert out["typed"]["tp"] == 1
    assert out["fields"]["event_type"]["accuracy"] == 0.5
    assert out["fields"]["sub_event_type"]["accuracy"] == 0.5


@pytest.mark.parametrize(("field", "changes"), [
    ("date", {"date": "2031-03-09"}),
    ("country", {"country": "MO"}),
    ("admin1", {"admin1": "Ostrava"}),
    ("location", {"location": "Port Ostrava"}),
    ("actor1", {"actor1": "Rioters"}),
    ("actor2", {"actor2": "Police"}),
    ("fatalities", {"fatalities": PredFigure(3)}),
    ("injured", {"injured": PredFigure(5)}),
    ("arrested", {"arrested": PredFigure(1)}),
    ("tags", {"tags": ("march", "tear_gas")}),
])
def test_each_field_can_be_wrong(field: str, changes: dict[str, object]) -> None:
    out = figures(GOLD, PredDoc("t1", [pred_blockade(), pred_killing(**changes)]))
    fields = out["fields"]
    assert fields[field]["correct"] == 1 and fields[field]["total"] == 2
    others = [name for name, item in fields.items()
              if item["correct"] != 2 and name not in (field, "date_within")]
    assert others == []


def test_tags_jaccard_is_partial_credit() -> None:
    out = figures(GOLD, PredDoc("t1", [pred_blockade(), pred_killing(tags=("march", "vigil"))]))
    assert out["tags_jaccard"] == 0.75


def test_attribution_recall_counts_gold_names() -> None:
    out = figures(GOLD, PredDoc("t1", [pred_blockade(), pred_killing(reporters=("Army",))]))
    assert out["attribution"] == {"found": 0, "total": 1, "recall": 0.0}


def test_tallies_match_kind_and_value_then_check_as_of() -> None:
    wrong_kind = PredDoc("t1", [], [PredTally("injured", 40, "2031-03-11")])
    assert figures(GOLD, wrong_kind)["tallies"]["f1"] == 0.0
    wrong_value = PredDoc("t1", [], [PredTally("deaths", 41, "2031-03-11")])
    assert figures(GOLD, wrong_value)["tallies"]["tp"] == 0
    late = PredDoc("t1", [], [PredTally("deaths", 40, "2031-03")])
    out = figures(GOLD, late)["tallies"]
    assert out["tp"] == 1 and out["as_of"]["accuracy"] == 0.0


def test_negatives_share_counts_documents_without_events() -> None:
    negative = GoldDoc("n1")
    clean = score_document(negative, PredDoc("n1"), TEXT, "es")
    noisy = score_document(negative, PredDoc("n1", [pred_blockade()]), TEXT, "fr")
    out = Evaluation([clean, noisy]).to_dict()
    assert out["negatives"] == {"documents": 2, "without_events": 1, "share": 0.5}
    assert out["by_lang"]["es"]["negatives"]["share"] == 1.0
    assert out["by_lang"]["fr"]["negatives"]["share"] == 0.0
    assert out["detection"]["precision"] == 0.0


def test_figures_per_language() -> None:
    good = score_document(GOLD, PredDoc("t1", [pred_blockade(), pred_killing()]), TEXT, "en")
    bad = score_document(GOLD, PredDoc("t1", []), TEXT, "es")
    out = Evaluation([good, bad]).to_dict()
    assert out["by_lang"]["en"]["detection"]["f1"] == 1.0
    assert out["by_lang"]["es"]["detection"]["recall"] == 0.0
    assert out["detection"]["recall"] == 0.5


def test_min_confidence_drops_events() -> None:
    pred = PredDoc("t1", [pred_blockade(), pred_killing()]).above(0.7)
    assert [e.id for e in pred.events] == ["b"]


def test_trigger_with_wrong_offsets_is_moved_or_dropped() -> None:
    shifted = pred_blockade(trigger=Span(3, 3 + len("blocked the bridge"), "blocked the bridge"))
    event, warning = check_trigger(shifted, TEXT, "t1")
    assert event.trigger == span("blocked the bridge") and warning
    absent = pred_blockade(trigger=Span(0, 5, "Sheep"))
    event, warning = check_trigger(absent, TEXT, "t1")
    assert event.trigger is None and warning


def test_gold_trigger_missing_from_text_is_a_warned_miss() -> None:
    gold = GoldDoc("t2", (GoldEvent("Protests", "Peaceful protest", "not in this text"),))
    result = score_document(gold, PredDoc("t2", [pred_blockade()]), TEXT, "en")
    assert result.counts.detected == 0
    assert any("not in the text" in w for w in result.warnings)


def test_prf_edge_cases() -> None:
    assert prf(0, 0, 0)["f1"] is None
    assert prf(0, 0, 3)["precision"] is None and prf(0, 0, 3)["f1"] == 0.0
    assert prf(3, 1, 0)["precision"] == 0.75


def test_predictions_from_model_objects() -> None:
    doc = Document(id="t1", text=TEXT, language="en", published=dt.date(2031, 3, 11))
    trigger = span("marchers died")
    claim = Claim(kind="fatalities", value=2, evidence=span("two"), reporter="Health Office",
                  via="Radio Sur")
    doc.reports.append(EventReport(
        id="r1", doc_id="t1", event_type="Protests",
        sub_event_type="Excessive force against protesters",
        disorder_type="Demonstrations", trigger=trigger, date=EventDate.day(dt.date(2031, 3, 10)),
        country="VA", admin1="Montemar", location="Montemar", actor1="Protesters",
        actor2="Military", claims=[claim], fatalities=Figure(2, 2, 2), confidence=0.8,
        tags=["march"]))
    doc.tallies.append(Tally(kind="deaths", value=40, evidence=span("40 people"),
                             as_of=EventDate.day(dt.date(2031, 3, 11))))
    pred = PredDoc.from_document(doc)
    assert pred.text == TEXT and pred.language == "en"
    assert pred.events[0].reporters == ("Health Office", "Radio Sur")
    out = figures(GoldDoc("t1", (KILLING,), GOLD.tallies), pred)
    assert out["detection"]["f1"] == 1.0
    assert out["fields"]["date"]["accuracy"] == 1.0
    assert out["fields"]["fatalities"]["accuracy"] == 1.0
    assert out["attribution"]["recall"] == 1.0  # "Health Office" is a head of the gold name
    assert out["tallies"]["as_of"]["accuracy"] == 1.0


def test_details_show_disagreements_misses_and_false_events() -> None:
    from willay.evaluate.render import document_details

    wrong_day = pred_killing(date="2031-03", date_precision="month", admin1="Ostrava")
    extra = pred_blockade(id="x", trigger=span("40 people have died"))
    result = score_document(GOLD, PredDoc("t1", [wrong_day, extra]), TEXT, "en")
    text = document_details(result)
    assert "MISS  gold #1" in text and "no predicted trigger in its sentence" in text
    assert "MATCH gold #2" in text
    assert "admin1          gold Montemar" in text and "pred Ostrava" in text
    assert "date            gold 2031-03-10 (day)" in text
    assert "(inside the gold period)" not in text  # a month is wider than the gold day
    assert "FALSE pred x" in text
    assert "TALLY MISS  deaths 40" in text


def test_figures_scored_where_gold_states_one() -> None:
    # the blockade has no gold figure: it counts in "fatalities" but not in "fields_known"
    pred = PredDoc("t1", [pred_blockade(), pred_killing(fatalities=PredFigure(3))])
    out = figures(GOLD, pred)
    assert out["fields"]["fatalities"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert out["fields_known"]["fatalities"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert out["fields_known"]["injured"]["total"] == 0


def test_claim_values_and_reporters_have_precision_and_recall() -> None:
    claims = (("fatalities", 2, None, None, "Coastal Health Office"),
              ("fatalities", 5, None, None, "Radio Sur"))
    killing = pred_killing(claims=claims, reporters=("Coastal Health Office", "Radio Sur"))
    out = figures(GOLD, PredDoc("t1", [pred_blockade(), killing]))
    assert out["claims"]["values"] == {"precision": 0.5, "recall": 1.0, "predicted": 2,
                                       "right": 1, "gold": 1, "found": 1}
    assert out["claims"]["reporters"]["precision"] == 0.5
    assert out["claims"]["reporters"]["recall"] == 1.0


def test_recall_per_gold_sub_event_type() -> None:
    retyped = pred_killing(event_type="Riots", sub_event_type="Violent demonstration")
    out = figures(GOLD, PredDoc("t1", [retyped]))
    assert out["sub_types"]["Peaceful protest"] == {
        "gold": 1, "detected": 0, "recall": 0.0, "exact": 0, "exact_recall": 0.0}
    assert out["sub_types"]["Excessive force against protesters"]["recall"] == 1.0
    assert out["sub_types"]["Excessive force against protesters"]["exact_recall"] == 0.0
    from willay.evaluate.render import summary_table

    table = summary_table(Evaluation([score_document(GOLD, PredDoc("t1", [retyped]), TEXT)]))
    assert "claim values P / R" in table
    assert table.index("Peaceful protest") < table.index("Excessive force against protesters")
