"""Text rendering of an evaluation: the summary table, per-document details, trade-off table."""

from __future__ import annotations

from typing import Any

from willay.evaluate.align import in_region
from willay.evaluate.compare import date_within
from willay.evaluate.gold import GoldEvent
from willay.evaluate.predictions import PredEvent, PredFigure
from willay.evaluate.score import DocResult, Evaluation


def _f(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _prf_row(label: str, data: dict[str, Any]) -> str:
    return (f"{label:<22}{_f(data['precision'])} {_f(data['recall'])} {_f(data['f1'])}"
            f" {data['tp']:5d} {data['fp']:5d} {data['fn']:5d}")


def summary_table(evaluation: Evaluation) -> str:
    """The default output of ``willay evaluate``: overall figures, then one row per language."""
    data = evaluation.to_dict()
    lines = [
        f"documents {data['documents']}, gold events {data['gold_events']}, "
        f"predicted events {data['pred_events']}, min confidence {evaluation.min_confidence:g}",
        "",
        f"{'':<22}{'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
        _prf_row("events (detection)", data["detection"]),
        _prf_row("events (typed)", data["typed"]),
        _prf_row("tallies", data["tallies"]),
        "",
        f"on {data['matched']} matched events{'':<6}accuracy  correct/total",
    ]
    for name, item in data["fields"].items():
        lines.append(f"  {name:<30}{_f(item['accuracy'])}  {item['correct']}/{item['total']}")
    for name, item in data["fields_known"].items():
        lines.append(f"  {name + ' (gold states one)':<30}{_f(item['accuracy'])}  "
                     f"{item['correct']}/{item['total']}")
    attribution = data["attribution"]
    claims = data["claims"]
    as_of = data["tallies"]["as_of"]
    negatives = data["negatives"]
    lines += [
        f"  {'tags (mean Jaccard)':<30}{_f(data['tags_jaccard'])}",
        f"  {'attribution recall':<30}{_f(attribution['recall'])}  "
        f"{attribution['found']}/{attribution['total']}",
        f"  {'claim values P / R':<30}{_f(claims['values']['precision'])} "
        f"{_f(claims['values']['recall'])}  {claims['values']['right']}/"
        f"{claims['values']['predicted']}, {claims['values']['found']}/"
        f"{claims['values']['gold']}",
        f"  {'claim reporters P / R':<30}{_f(claims['reporters']['precision'])} "
        f"{_f(claims['reporters']['recall'])}  {claims['reporters']['right']}/"
        f"{claims['reporters']['predicted']}",
        f"{'tally as_of accuracy':<32}{_f(as_of['accuracy'])}  {as_of['correct']}/{as_of['total']}",
        f"{'negatives without events':<32}{_f(negatives['share'])}  "
        f"{negatives['without_events']}/{negatives['documents']}",
        "",
        f"{'language':<10}{'docs':>5} {'gold':>5} {'pred':>5} {'det F1':>7} {'typed F1':>9}"
        f" {'tally F1':>9} {'neg':>7}",
    ]
    for lang, item in data["by_lang"].items():
        lines.append(
            f"{lang:<10}{item['documents']:5d} {item['gold_events']:5d} {item['pred_events']:5d}"
            f" {_f(item['detection']['f1']):>7} {_f(item['typed']['f1']):>9}"
            f" {_f(item['tallies']['f1']):>9} {_f(item['negatives']['share']):>7}")
    lines += ["", f"{'gold sub-event type':<38}{'gold':>5} {'recall':>7} {'exact':>7}"]
    by_recall = sorted(data["sub_types"].items(),
                       key=lambda kv: (kv[1]["recall"] or 0.0, kv[0]))
    for name, item in by_recall:
        lines.append(f"{name:<38}{item['gold']:5d} {_f(item['recall']):>7}"
                     f" {_f(item['exact_recall']):>7}")
    if data["warnings"]:
        lines += ["", f"warnings ({len(data['warnings'])}):"]
        lines += [f"  {w}" for w in data["warnings"]]
    return "\n".join(lines)


def trade_off_table(rows: list[dict[str, Any]]) -> str:
    """Precision/recall of detection (and typed F1) at each confidence threshold."""
    lines = [f"{'confidence >=':<14}{'pred':>5} {'det P':>7} {'det R':>7} {'det F1':>7}"
             f" {'typed F1':>9}"]
    for row in rows:
        det = row["detection"]
        lines.append(f"{row['threshold']:<14g}{row['pred_events']:5d} {_f(det['precision']):>7}"
                     f" {_f(det['recall']):>7} {_f(det['f1']):>7} {_f(row['typed']['f1']):>9}")
    return "\n".join(lines)


def _figure(fig: PredFigure | None) -> str:
    if fig is None:
        return "null"
    if fig.low is not None and fig.high is not None and fig.low != fig.high:
        return f"{fig.best} [{fig.low}-{fig.high}]"
    return str(fig.best)


def gold_value(event: GoldEvent, name: str) -> str:
    """A gold field as shown in the details."""
    if name == "fatalities":
        if event.fatalities_low is not None or event.fatalities_high is not None:
            return f"{event.fatalities} [{event.fatalities_low}-{event.fatalities_high}]"
        return str(event.fatalities)
    if name in ("date", "date_within"):
        return f"{event.date} ({event.date_precision})"
    if name in ("tags", "attribution"):
        return ", ".join(getattr(event, name)) or "-"
    return str(getattr(event, name))


def pred_value(event: PredEvent, name: str) -> str:
    """A predicted field as shown in the details."""
    if name in ("fatalities", "injured", "arrested"):
        return _figure(getattr(event, name))
    if name in ("date", "date_within"):
        return f"{event.date} ({event.date_precision})"
    if name == "tags":
        return ", ".join(event.tags) or "-"
    if name == "attribution":
        return ", ".join(event.reporters) or "-"
    return str(getattr(event, name))


def _gold_line(event: GoldEvent) -> str:
    place = "/".join(str(v) for v in (event.country, event.admin1, event.location))
    return (f"{event.event_type} / {event.sub_event_type}, {event.date}, {place}, "
            f"trigger {event.trigger!r}")


def _pred_line(event: PredEvent) -> str:
    place = "/".join(str(v) for v in (event.country, event.admin1, event.location))
    quote = event.trigger.quote if event.trigger else None
    return (f"{event.event_type} / {event.sub_event_type}, {event.date}, {place}, "
            f"trigger {quote!r}, confidence {event.confidence:.2f}")


def document_details(result: DocResult) -> str:
    """Gold and predicted events of one document side by side, with the fields that disagree."""
    gold, pred = result.gold, result.pred
    lines = [f"== {gold.id} ({result.lang}): gold {len(gold.events)} events, predicted "
             f"{len(pred.events)}, matched {len(result.matches)}; gold tallies "
             f"{len(gold.tallies)}, predicted {len(pred.tallies)}, matched "
             f"{len(result.tally_matches)}"]
    pair_of = dict(result.matches)
    matched_pred = set(pair_of.values())
    for gi, g in enumerate(gold.events):
        if gi not in pair_of:
            anchor = result.anchors[gi]
            if not anchor.found:
                why = "trigger not in the text"
            elif any(in_region(p, anchor) for p in pred.events):
                why = "the predictions in its sentence matched other gold events better"
            else:
                why = "no predicted trigger in its sentence"
            lines.append(f"  MISS  gold #{gi + 1}: {_gold_line(g)} ({why})")
            continue
        p = pred.events[pair_of[gi]]
        wrong = result.disagreements(gi, pair_of[gi])
        lines.append(f"  MATCH gold #{gi + 1}: {_gold_line(g)}")
        lines.append(f"        pred {p.id}: {_pred_line(p)}")
        if not wrong:
            lines.append("        all fields agree")
        for name in wrong:
            note = ""
            if name == "date" and date_within(g, p):
                note = " (inside the gold period)"
            lines.append(f"        {name:<15} gold {gold_value(g, name):<32} "
                         f"pred {pred_value(p, name)}{note}")
    for pi, p in enumerate(pred.events):
        if pi not in matched_pred:
            lines.append(f"  FALSE pred {p.id}: {_pred_line(p)}")
    matched_gt = {gi for gi, _ in result.tally_matches}
    matched_pt = {pi for _, pi in result.tally_matches}
    for gi, pi in result.tally_matches:
        gt, pt = gold.tallies[gi], pred.tallies[pi]
        mark = "" if gt.as_of == pt.as_of else f" (as_of: gold {gt.as_of}, pred {pt.as_of})"
        lines.append(f"  TALLY {gt.kind} {gt.value} as of {gt.as_of}{mark}")
    for gi, gt in enumerate(gold.tallies):
        if gi not in matched_gt:
            lines.append(f"  TALLY MISS  {gt.kind} {gt.value} as of {gt.as_of}: {gt.scope}")
    for pi, pt in enumerate(pred.tallies):
        if pi not in matched_pt:
            lines.append(f"  TALLY FALSE {pt.kind} {pt.value} as of {pt.as_of}")
    lines += [f"  warning: {w}" for w in result.warnings]
    return "\n".join(lines)


def details(evaluation: Evaluation) -> str:
    """:func:`document_details` for every scored document."""
    return "\n\n".join(document_details(d) for d in evaluation.docs)
