"""Clustering: deterministic grouping of one block's reports into events, with a decision log.

The result depends only on the set of reports and on the human overrides, never on the
order in which reports arrived: units are visited in a canonical order (date, then key),
and ties are broken by key. Re-clustering an affected block after each ingest therefore
gives the same events as clustering everything at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from willay.resolve.config import ResolveConfig
from willay.resolve.matching import ReportRef, score_pair

_FAR = dt.date.max


@dataclass(slots=True)
class Decision:
    """Why a report joined a cluster (``attach``), started one (``new``) or was put there by a
    human (``linked``)."""

    report_key: str
    decision: str
    candidate: str | None
    score: float | None
    reasons: list[str]


@dataclass(slots=True)
class Cluster:
    """Reports judged to be one event; ``anchor`` is the smallest report key."""

    refs: list[ReportRef] = field(default_factory=list)
    start: dt.date = _FAR
    end: dt.date = dt.date.min

    @property
    def keys(self) -> list[str]:
        return sorted(r.key for r in self.refs)

    @property
    def anchor(self) -> str:
        return min(r.key for r in self.refs)

    def add(self, refs: Iterable[ReportRef]) -> None:
        for ref in refs:
            self.refs.append(ref)
            if ref.report.date is not None:
                self.start = min(self.start, ref.report.date.start)
                self.end = max(self.end, ref.report.date.end)


def event_id_for(keys: Iterable[str]) -> str:
    """Stable event id: a hash of the cluster's smallest report key."""
    anchor = min(keys)
    return "ev-" + hashlib.sha256(anchor.encode("utf-8")).hexdigest()[:16]


class _Links:
    """Union-find over human must-link pairs."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def _order(unit: list[ReportRef]) -> tuple[dt.date, dt.date, str]:
    first = unit[0]
    date = first.report.date
    return (date.start if date else _FAR, date.end if date else _FAR, first.key)


def cluster_reports(
    refs: Sequence[ReportRef],
    config: ResolveConfig,
    must_link: Iterable[tuple[str, str]] = (),
    cannot_link: Iterable[tuple[str, str]] = (),
) -> tuple[list[Cluster], list[Decision]]:
    """Group reports into clusters; every report gets a logged decision."""
    by_key = {r.key: r for r in refs}
    links = _Links(by_key)
    for a, b in must_link:
        if a in by_key and b in by_key:
            links.union(a, b)
    forbidden = {frozenset((a, b)) for a, b in cannot_link if a in by_key and b in by_key}
    groups: dict[str, list[ReportRef]] = {}
    for key in sorted(by_key):
        groups.setdefault(links.find(key), []).append(by_key[key])
    units = sorted(groups.values(), key=_order)

    window = dt.timedelta(days=config.date_window_days)
    clusters: list[Cluster] = []
    active: list[Cluster] = []
    decisions: list[Decision] = []
    for unit in units:
        date = unit[0].report.date
        if date is not None:
            active = [c for c in active if c.end + window >= date.start]
        best: tuple[float, str, Cluster, list[str]] | None = None
        blocked_reasons: list[str] = []
        for cluster in active if date is not None else []:
            top: float | None = None
            top_reasons: list[str] = []
            veto: str | None = None
            for mine in unit:
                for theirs in cluster.refs:
                    if frozenset((mine.key, theirs.key)) in forbidden:
                        veto = "kept apart by a human split"
                        break
                    pair = score_pair(mine, theirs, config)
                    if pair.blocked:
                        veto = pair.blocked
                        break
                    if top is None or pair.value > top:
                        top, top_reasons = pair.value, pair.reasons
                if veto:
                    break
            if veto or top is None:
                if veto and not veto.startswith("same document"):
                    blocked_reasons.append(f"{cluster.anchor}: {veto}")
                continue
            if best is None or top > best[0] or (top == best[0] and cluster.anchor < best[1]):
                best = (top, cluster.anchor, cluster, top_reasons)
        head = unit[0]
        if best is not None and best[0] >= config.merge_threshold:
            best[2].add(unit)
            decisions.append(Decision(head.key, "attach", best[1], best[0], best[3]))
        else:
            cluster = Cluster()
            cluster.add(unit)
            clusters.append(cluster)
            if date is not None:
                active.append(cluster)
            if best is not None:
                reasons = [f"best candidate {best[1]} below threshold "
                           f"{config.merge_threshold:.2f}", *best[3]]
                decisions.append(Decision(head.key, "new", best[1], best[0], reasons))
            else:
                reasons = blocked_reasons[:5] or ["no candidate in block"]
                decisions.append(Decision(head.key, "new", None, None, reasons))
        for other in unit[1:]:
            decisions.append(Decision(other.key, "linked", head.key, None,
                                      ["merged by a human"]))
    return clusters, decisions

