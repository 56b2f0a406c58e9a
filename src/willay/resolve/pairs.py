"""Pairwise evaluation: precision and recall of the merge decision on labelled report pairs.

Two sources of reports, both turned into :class:`ReportRef` objects:

- gold events of a development set (``gold.jsonl`` + ``corpus.jsonl``): each gold event
  becomes a report whose trigger span is found in the document text; a pairs file (ids and
  labels only: ``DOC IDX DOC IDX same|different`` per line) says which pairs are one event;
- short reports written by the team (JSONL with the text, the coded fields and an
  ``event`` label): pairs are labelled by comparing the labels.

The decision evaluated is the system's own: all reports are clustered together with
:func:`willay.resolve.cluster.cluster_reports` and a pair is predicted "same" when both
reports land in one cluster.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from willay.errors import InputError
from willay.model import Claim, EventDate, EventReport, Span
from willay.model.serialize import parse_published
from willay.resolve.cluster import cluster_reports
from willay.resolve.config import ResolveConfig
from willay.resolve.matching import ReportRef

Pair = tuple[str, str, bool]  # report key, report key, same event?


@dataclass(slots=True)
class PairScores:
    """Counts and rates of the merge decision over labelled pairs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"pairs": self.tp + self.fp + self.fn + self.tn, "positives": self.tp + self.fn,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3),
                "f1": round(self.f1, 3), "errors": list(self.errors)}


def _find(text: str, quote: str, source: str) -> Span:
    start = text.find(quote)
    if start < 0:
        raise InputError(source, f"quote {quote!r} not in the text")
    return Span.of(text, start, start + len(quote))


def _disorder(event_type: str) -> str:
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def gold_reports(corpus: Path, gold: Path) -> dict[str, ReportRef]:
    """Reports from gold events, keyed ``"<doc id>:<event index>"``."""
    texts: dict[str, dict[str, Any]] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record
    out: dict[str, ReportRef] = {}
    with gold.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            g = json.loads(line)
            record = texts.get(g["id"])
            if record is None:
                raise InputError(str(gold), f"document {g['id']} not in {corpus}")
            published, _ = parse_published(record.get("published"))
            for i, e in enumerate(g["events"]):
                key = f"{g['id']}:{i}"
                claims = []
                trigger = _find(record["text"], e["trigger"], f"{gold}:{key}")
                for kind in ("fatalities", "injured", "arrested"):
                    if e.get(kind) is not None:
                        claims.append(Claim(kind=kind, value=int(e[kind]), evidence=trigger))
                report = EventReport(
                    id=str(i), doc_id=g["id"], event_type=e["event_type"],
                    sub_event_type=e["sub_event_type"], disorder_type=_disorder(e["event_type"]),
                    trigger=trigger, tags=list(e.get("tags") or []),
                    date=EventDate.parse(e.get("date"), e.get("date_precision")),
                    country=e.get("country"), admin1=e.get("admin1"),
                    location=e.get("location"), actor1=e.get("actor1"),
                    actor2=e.get("actor2"), claims=claims, published=published)
                out[key] = ReportRef(key, report, published, None)
    return out


def load_pairs(path: Path) -> list[Pair]:
    """``DOC IDX DOC IDX same|different`` lines (``#`` starts a comment)."""
    pairs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 5 or parts[4] not in ("same", "different"):
            raise InputError(f"{path}:{n}", "expected DOC IDX DOC IDX same|different")
        pairs.append((f"{parts[0]}:{parts[1]}", f"{parts[2]}:{parts[3]}", parts[4] == "same"))
    return pairs


def own_reports(path: Path) -> tuple[dict[str, ReportRef], list[Pair]]:
    """The team's short reports and every cross-document pair among them, labelled."""
    refs: dict[str, ReportRef] = {}
    labels: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            text, source = r["text"], f"{path}:{n}"
            published, _ = parse_published(r.get("published"))
            claims = [Claim(kind=kind, value=value, evidence=_find(text, quote, source),
                            qualifier="exact" if value is not None else "vague",
                            reporter=who, reporter_class=cls)
                      for kind, value, quote, who, cls in r.get("claims", [])]
            report = EventReport(
                id="e1", doc_id=r["id"], event_type=r["event_type"],
                sub_event_type=r["sub_event_type"], disorder_type=_disorder(r["event_type"]),
                trigger=_find(text, r["trigger"], source), date=EventDate.parse(r.get("date")),
                country=r.get("country"), admin1=r.get("admin1"), location=r.get("location"),
                latitude=r.get("lat"), longitude=r.get("lon"),
                geo_precision=1 if r.get("location") else 3, actor1=r.get("actor1"),
                actor2=r.get("actor2"), claims=claims, published=published)
            key = f"{r['id']}:0"
            refs[key] = ReportRef(key, report, published, r.get("publisher"))
            labels[key] = r["event"]
    keys = sorted(refs)
    pairs = [(a, b, labels[a] == labels[b]) for i, a in enumerate(keys) for b in keys[i + 1:]
             if refs[a].report.country == refs[b].report.country]
    return refs, pairs


def evaluate_pairs(refs: dict[str, ReportRef], pairs: Iterable[Pair],
                   config: ResolveConfig | None = None) -> PairScores:
    """Cluster all reports, then score each labelled pair's merge decision."""
    config = config or ResolveConfig()
    blocks: dict[str, list[ReportRef]] = {}
    for ref in refs.values():
        country = ref.report.country or "?"
        blocks.setdefault(f"{country}|{config.family(ref.report.event_type)}", []).append(ref)
    cluster_of: dict[str, int] = {}
    n = 0
    for block in blocks.values():
        clusters, _ = cluster_reports(block, config)
        for cluster in clusters:
            for key in cluster.keys:
                cluster_of[key] = n
            n += 1
    scores = PairScores()
    for a, b, same in pairs:
        if a not in cluster_of or b not in cluster_of:
            raise InputError(f"{a} / {b}", "pair names a report that is not in the set")
        predicted = cluster_of[a] == cluster_of[b]
        if predicted and same:
            scores.tp += 1
        elif predicted:
            scores.fp += 1
            scores.errors.append(f"false merge: {a} / {b}")
        elif same:
            scores.fn += 1
            scores.errors.append(f"missed merge: {a} / {b}")
        else:
            scores.tn += 1
    return scores


def combined(parts: Sequence[tuple[dict[str, ReportRef], list[Pair]]],
             config: ResolveConfig | None = None) -> PairScores:
    """One score over several labelled sets (each clustered on its own)."""
    total = PairScores()
    for refs, pairs in parts:
        s = evaluate_pairs(refs, pairs, config)
        total.tp += s.tp
        total.fp += s.fp
        total.fn += s.fn
        total.tn += s.tn
        total.errors.extend(s.errors)
    return total
