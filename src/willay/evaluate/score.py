"""Scoring: per-document alignment results and their sums into precision, recall and accuracy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from willay.evaluate.align import GoldAnchor, align_events, max_weight_matching
from willay.evaluate.compare import (
    FIELDS,
    FIGURE_FIELDS,
    Admin1Units,
    admin1_names,
    attribution_found,
    claim_agreement,
    current_admin1_names,
    field_agreement,
    tags_jaccard,
)
from willay.evaluate.gold import GoldDoc, GoldTally
from willay.evaluate.predictions import PredDoc, PredEvent, PredTally
from willay.evaluate.sentences import AlignText, sentence_region
from willay.model import Span


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 with their counts; an empty side gives ``None``."""
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    return {"tp": tp, "fp": fp, "fn": fn, "precision": _r(precision), "recall": _r(recall),
            "f1": _r(f1)}


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _ratio(part: float, whole: int) -> float | None:
    return _r(part / whole) if whole else None


@dataclass(slots=True)
class Counts:
    """Additive counts behind every figure of a report."""

    documents: int = 0
    gold_events: int = 0
    pred_events: int = 0
    detected: int = 0  # matched pairs (detection)
    typed: int = 0  # matched pairs with the same event type (typed alignment)
    field_correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    tags_jaccard: float = 0.0
    attribution_found: int = 0
    attribution_total: int = 0
    #: Figure accuracy over the matched events whose gold states that figure.
    figure_known_correct: dict[str, int] = field(default_factory=dict)
    figure_known_total: dict[str, int] = field(default_factory=dict)
    #: Claim-level counts over matched events (see ``compare.claim_agreement``).
    claim_counts: dict[str, int] = field(default_factory=dict)
    #: Per gold sub-event type: gold events, detected ones, detected with the same sub-type.
    subtype_gold: dict[str, int] = field(default_factory=dict)
    subtype_detected: dict[str, int] = field(default_factory=dict)
    subtype_exact: dict[str, int] = field(default_factory=dict)
    gold_tallies: int = 0
    pred_tallies: int = 0
    tallies_matched: int = 0
    tallies_as_of: int = 0
    negatives: int = 0
    negatives_clean: int = 0

    def add(self, other: Counts) -> None:
        for item in fields(self):
            name = item.name
            mine = getattr(self, name)
            if isinstance(mine, dict):
                for key, value in getattr(other, name).items():
                    mine[key] = mine.get(key, 0) + value
            else:
                setattr(self, name, mine + getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        """The figures of the output report (``--format json``)."""
        matched = self.detected
        return {
            "documents": self.documents,
            "gold_events": self.gold_events,
            "pred_events": self.pred_events,
            "detection": prf(self.detected, self.pred_events - self.detected,
                             self.gold_events - self.detected),
            "typed": prf(self.typed, self.pred_events - self.typed,
                         self.gold_events - self.typed),
            "matched": matched,
            "fields": {name: {"correct": self.field_correct.get(name, 0), "total": matched,
                              "accuracy": _ratio(self.field_correct.get(name, 0), matched)}
                       for name in FIELDS},
            "fields_known": {
                name: {"correct": self.figure_known_correct.get(name, 0),
                       "total": self.figure_known_total.get(name, 0),
                       "accuracy": _ratio(self.figure_known_correct.get(name, 0),
                                          self.figure_known_total.get(name, 0))}
                for name in FIGURE_FIELDS},
            "claims": self._claims_dict(),
            "sub_types": {
                name: {"gold": total, "detected": self.subtype_detected.get(name, 0),
                       "recall": _ratio(self.subtype_detected.get(name, 0), total),
                       "exact": self.subtype_exact.get(name, 0),
                       "exact_recall": _ratio(self.subtype_exact.get(name, 0), total)}
                for name, total in sorted(self.subtype_gold.items())},
            "tags_jaccard": _ratio(self.tags_jaccard, matched),
            "attribution": {"found": self.attribution_found, "total": self.attribution_total,
                            "recall": _ratio(self.attribution_found, self.attribution_total)},
            "tallies": {**prf(self.tallies_matched, self.pred_tallies - self.tallies_matched,
                              self.gold_tallies - self.tallies_matched),
                        "as_of": {"correct": self.tallies_as_of, "total": self.tallies_matched,
                                  "accuracy": _ratio(self.tallies_as_of,
                                                     self.tallies_matched)}},
            "negatives": {"documents": self.negatives, "without_events": self.negatives_clean,
                          "share": _ratio(self.negatives_clean, self.negatives)},
        }


    def _claims_dict(self) -> dict[str, Any]:
        c = self.claim_counts
        return {
            "values": {"precision": _ratio(c.get("value_ok", 0), c.get("value_pred", 0)),
                       "recall": _ratio(c.get("value_found", 0), c.get("value_gold", 0)),
                       "predicted": c.get("value_pred", 0), "right": c.get("value_ok", 0),
                       "gold": c.get("value_gold", 0), "found": c.get("value_found", 0)},
            "reporters": {"precision": _ratio(c.get("reporter_ok", 0),
                                              c.get("reporter_pred", 0)),
                          "recall": _ratio(self.attribution_found, self.attribution_total),
                          "predicted": c.get("reporter_pred", 0),
                          "right": c.get("reporter_ok", 0)},
        }


@dataclass(slots=True)
class DocResult:
    """Everything scoring found in one document: anchors, pairs and their disagreements."""

    gold: GoldDoc
    pred: PredDoc
    lang: str
    anchors: list[GoldAnchor]
    matches: list[tuple[int, int]]
    typed_matches: list[tuple[int, int]]
    tally_matches: list[tuple[int, int]]
    counts: Counts
    warnings: list[str] = field(default_factory=list)
    #: The admin1 names in force when the document was scored (for :meth:`disagreements`).
    admin1_units: Admin1Units | None = None

    def disagreements(self, gi: int, pi: int) -> list[str]:
        """The fields on which matched gold event ``gi`` and prediction ``pi`` disagree."""
        with admin1_names(self.admin1_units):
            agree = field_agreement(self.gold.events[gi], self.pred.events[pi])
        out = [name for name in FIELDS if name != "date_within" and not agree[name]]
        g = self.gold.events[gi]
        if attribution_found(g, self.pred.events[pi]) < len(g.attribution):
            out.append("attribution")
        return out


    def to_dict(self) -> dict[str, Any]:
        """Per-document details as data (``--details --format json``)."""
        pair_of = dict(self.matches)
        matched = set(pair_of.values())
        tally_of = dict(self.tally_matches)
        return {
            "id": self.gold.id,
            "lang": self.lang,
            "matches": [{"gold": gi, "trigger": self.gold.events[gi].trigger,
                         "pred": self.pred.events[pi].id,
                         "disagree": self.disagreements(gi, pi)}
                        for gi, pi in self.matches],
            "missed": [{"gold": gi, "trigger": g.trigger}
                       for gi, g in enumerate(self.gold.events) if gi not in pair_of],
            "false": [p.id for pi, p in enumerate(self.pred.events) if pi not in matched],
            "tallies_missed": [{"kind": t.kind, "value": t.value}
                               for gi, t in enumerate(self.gold.tallies) if gi not in tally_of],
            "tallies_false": [{"kind": t.kind, "value": t.value}
                              for pi, t in enumerate(self.pred.tallies)
                              if pi not in set(tally_of.values())],
            "warnings": list(self.warnings),
        }


def anchor_gold(gold: GoldDoc, view: AlignText) -> tuple[list[GoldAnchor], list[str]]:
    """Locate each gold trigger (first occurrence, see :meth:`AlignText.find`) and its
    sentence region."""
    anchors: list[GoldAnchor] = []
    warnings: list[str] = []
    bounds = list(view.bounds)
    for event in gold.events:
        start, end = view.find(event.trigger)
        if start < 0:
            warnings.append(f"{gold.id}: gold trigger not in the text: {event.trigger!r}")
            anchors.append(GoldAnchor(-1, -1, -1, -1))
            continue
        region = sentence_region(bounds, start, end)
        anchors.append(GoldAnchor(start, end, region[0], region[1]))
    return anchors, warnings


def check_trigger(event: PredEvent, text: str, doc_id: str) -> tuple[PredEvent, str | None]:
    """The event with its trigger verified against ``text`` (or moved to its nearest quote).

    Returns a warning when the quote is not where its offsets say; the event then keeps a
    trigger only if the quote occurs elsewhere in the text.
    """
    trig = event.trigger
    if trig is None:
        return event, f"{doc_id}: predicted event {event.id} has no trigger evidence"
    if text[trig.start:trig.end] == trig.quote:
        return event, None
    hits = [m.start() for m in re.finditer(re.escape(trig.quote), text)] if trig.quote else []
    if not hits:
        return replace(event, trigger=None), (
            f"{doc_id}: trigger of {event.id} not in the text: {trig.quote!r}")
    best = min(hits, key=lambda h: abs(h - trig.start))
    moved = Span(best, best + len(trig.quote), trig.quote)
    return replace(event, trigger=moved), (
        f"{doc_id}: trigger of {event.id} moved from {trig.start} to {best}")


def _tally_matches(gold: tuple[GoldTally, ...], pred: list[PredTally]) -> list[tuple[int, int]]:
    weights = [[(2 + (g.as_of == p.as_of)) if g.kind == p.kind and g.value == p.value
                and g.value is not None else 0 for p in pred] for g in gold]
    return max_weight_matching(weights) if gold and pred else []


def score_document(gold: GoldDoc, pred: PredDoc, text: str | AlignText,
                   lang: str | None = None,
                   bounds: list[tuple[int, int]] | None = None) -> DocResult:
    """Align and count one document. ``text`` is the text the predicted offsets point into
    (an :class:`AlignText` carries its sentences and clean view; ``bounds`` are the
    sentences of a plain ``text``)."""
    view = text if isinstance(text, AlignText) else AlignText.plain(text, bounds)
    text = view.text
    warnings: list[str] = []
    checked: list[PredEvent] = []
    for event in pred.events:
        event, warning = check_trigger(event, text, gold.id)
        checked.append(event)
        if warning:
            warnings.append(warning)
    pred = replace(pred, events=checked, text=text)
    anchors, anchor_warnings = anchor_gold(gold, view)
    warnings.extend(anchor_warnings)
    gold_events = list(gold.events)
    matches = align_events(gold_events, anchors, checked)
    typed = align_events(gold_events, anchors, checked, same_type=True)
    tallies = _tally_matches(gold.tallies, pred.tallies)

    counts = Counts(documents=1, gold_events=len(gold_events), pred_events=len(checked),
                    detected=len(matches), typed=len(typed))
    for gi, pi in matches:
        g, p = gold_events[gi], checked[pi]
        for name, ok in field_agreement(g, p).items():
            counts.field_correct[name] += int(ok)
        counts.tags_jaccard += tags_jaccard(g.tags, p.tags)
        counts.attribution_total += len(g.attribution)
        counts.attribution_found += attribution_found(g, p)
        agree = field_agreement(g, p)
        for name in FIGURE_FIELDS:
            if getattr(g, name) is not None:
                counts.figure_known_total[name] = counts.figure_known_total.get(name, 0) + 1
                counts.figure_known_correct[name] = (
                    counts.figure_known_correct.get(name, 0) + int(agree[name]))
        for key, value in claim_agreement(g, p).items():
            counts.claim_counts[key] = counts.claim_counts.get(key, 0) + value
    for g in gold_events:
        counts.subtype_gold[g.sub_event_type] = counts.subtype_gold.get(g.sub_event_type, 0) + 1
    for gi, pi in matches:
        sub = gold_events[gi].sub_event_type
        counts.subtype_detected[sub] = counts.subtype_detected.get(sub, 0) + 1
        if checked[pi].sub_event_type == sub:
            counts.subtype_exact[sub] = counts.subtype_exact.get(sub, 0) + 1
    counts.gold_tallies = len(gold.tallies)
    counts.pred_tallies = len(pred.tallies)
    counts.tallies_matched = len(tallies)
    counts.tallies_as_of = sum(1 for gi, pi in tallies
                               if gold.tallies[gi].as_of == pred.tallies[pi].as_of)
    if gold.is_negative:
        counts.negatives = 1
        counts.negatives_clean = int(not checked)
    return DocResult(gold=gold, pred=pred, lang=lang or pred.language or "unknown",
                     anchors=anchors, matches=matches, typed_matches=typed,
                     tally_matches=tallies, counts=counts, warnings=warnings,
                     admin1_units=current_admin1_names())


@dataclass(slots=True)
class Evaluation:
    """The scored documents, their sums overall and per language, and warnings."""

    docs: list[DocResult]
    min_confidence: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def overall(self) -> Counts:
        return sum_counts(d.counts for d in self.docs)

    def by_lang(self) -> dict[str, Counts]:
        langs = sorted({d.lang for d in self.docs})
        return {lang: sum_counts(d.counts for d in self.docs if d.lang == lang)
                for lang in langs}

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready data (``willay evaluate --format json``)."""
        return {
            **self.overall().to_dict(),
            "min_confidence": self.min_confidence,
            "by_lang": {lang: counts.to_dict() for lang, counts in self.by_lang().items()},
            "warnings": list(self.warnings) + [w for d in self.docs for w in d.warnings],
        }


def sum_counts(items: Iterable[Counts]) -> Counts:
    total = Counts()
    for item in items:
        total.add(item)
    return total
