"""Alignment of predicted and gold events of one document (sentence of the gold trigger, 1:1)."""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from willay.evaluate.compare import field_agreement
from willay.evaluate.gold import GoldEvent
from willay.evaluate.predictions import PredEvent

#: Weights of field agreement when several events share a sentence. Place comes first:
#: the same admin1 and location (12) outweigh every other field together (9).
COMPATIBILITY_WEIGHTS = MappingProxyType({
    "admin1": 6, "location": 6, "event_type": 3, "date": 2, "sub_event_type": 1, "country": 1,
    "fatalities": 1, "actor1": 1,
})


@dataclass(frozen=True, slots=True)
class GoldAnchor:
    """Where a gold event's trigger is in the text and the sentence region around it."""

    start: int  # -1 when the trigger is not in the text
    end: int
    region_start: int
    region_end: int

    @property
    def found(self) -> bool:
        return self.start >= 0


def compatibility(gold: GoldEvent, pred: PredEvent) -> int:
    """Field-agreement score used to choose among candidates of the same sentence."""
    agree = field_agreement(gold, pred)
    return sum(weight for name, weight in COMPATIBILITY_WEIGHTS.items() if agree[name])


def in_region(pred: PredEvent, anchor: GoldAnchor) -> bool:
    """The predicted trigger, or another trigger span merged into the same event
    (``evidence.triggers``), overlaps the sentence(s) of the gold trigger."""
    if pred.trigger is None or not anchor.found:
        return False
    for span in (pred.trigger, *pred.triggers):
        start, end = span.start, max(span.end, span.start + 1)
        if start < anchor.region_end and anchor.region_start < end:
            return True
    return False


def max_weight_matching(weights: list[list[int]]) -> list[tuple[int, int]]:
    """Rows matched to columns maximising the total weight; pairs of weight <= 0 are dropped.

    The Hungarian algorithm (Kuhn-Munkres, O(n³)) on the square matrix padded with zeros.
    """
    rows = len(weights)
    cols = len(weights[0]) if rows else 0
    n = max(rows, cols)
    if n == 0:
        return []
    top = max((w for row in weights for w in row), default=0)
    cost = [[top - (weights[i][j] if i < rows and j < cols else 0) for j in range(n)]
            for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # owner[j]: row (1-based) assigned to column j
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = []
    for j in range(1, n + 1):
        i = owner[j] - 1
        if i < rows and j - 1 < cols and weights[i][j - 1] > 0:
            pairs.append((i, j - 1))
    return sorted(pairs)


def align_events(gold: list[GoldEvent], anchors: list[GoldAnchor], preds: list[PredEvent],
                 same_type: bool = False) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) matches of one document.

    A pair is a candidate when the predicted trigger lies in the sentence of the gold
    trigger (and, for typed matching, ``event_type`` agrees). Among candidates, the
    matching first maximises the number of pairs, then their field agreement
    (:data:`COMPATIBILITY_WEIGHTS`: same admin1/location first).
    """
    if not gold or not preds:
        return []
    compat = [[0] * len(preds) for _ in gold]
    any_candidate = False
    for gi, (g, anchor) in enumerate(zip(gold, anchors, strict=True)):
        for pi, p in enumerate(preds):
            if not in_region(p, anchor):
                continue
            if same_type and g.event_type != p.event_type:
                continue
            compat[gi][pi] = compatibility(g, p) + 1
            any_candidate = True
    if not any_candidate:
        return []
    # A bonus larger than any total agreement makes the number of pairs come first.
    bonus = (sum(COMPATIBILITY_WEIGHTS.values()) + 1) * min(len(gold), len(preds)) + 1
    weights = [[c + bonus if c else 0 for c in row] for row in compat]
    return max_weight_matching(weights)
