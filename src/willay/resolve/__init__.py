"""Cross-document resolution: reports merged into events, figures reconciled, decisions logged.

Blocking and scoring live in :mod:`willay.resolve.matching`, clustering in
:mod:`willay.resolve.cluster`, the merged event in :mod:`willay.resolve.reconcile`,
thresholds in :mod:`willay.resolve.config`; the store persists the results and their
revisions (:meth:`willay.store.Store.resolve`).
"""

from willay.resolve.cluster import Cluster, Decision, cluster_reports, event_id_for
from willay.resolve.config import ResolveConfig
from willay.resolve.matching import ReportRef, Score, block_key, score_pair
from willay.resolve.reconcile import build_event, reconcile_figure

__all__ = [
    "Cluster",
    "Decision",
    "ReportRef",
    "ResolveConfig",
    "Score",
    "block_key",
    "build_event",
    "cluster_reports",
    "event_id_for",
    "reconcile_figure",
    "score_pair",
]
