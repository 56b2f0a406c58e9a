"""ResolveConfig: thresholds and weights of cross-document resolution, every default explained."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from willay.lang.language import vague_readings
from willay.model.claim import OFFICIAL_REPORTER_CLASSES

#: Event families used for blocking: reports of different families are never merged.
#: Protests and Riots are one family because outlets code the same crowd event either way.
FAMILIES: Mapping[str, str] = MappingProxyType({
    "Protests": "demonstrations",
    "Riots": "demonstrations",
    "Violence against civilians": "violence",
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Strategic developments": "strategic",
})

#: ACLED's conservative readings of vague words when no number is given ("dozens" = 12):
#: the ``[conservative]`` tables of every language's ``numbers.toml``, as one table.
VAGUE_NUMBERS: Mapping[str, int] = vague_readings()


@dataclass(frozen=True)
class ResolveConfig:
    """Settings of matching and reconciliation (``willay resolve`` uses the defaults).

    Scores are sums of the weights below, one per piece of evidence; a report joins the
    best-scoring candidate event when the score reaches ``merge_threshold``.
    """

    #: Minimum score to attach a report to an event. 0.5 needs, for example, the same town
    #: and the same day, or the same day, region and sub-type with a shared actor.
    merge_threshold: float = 0.5
    #: Blocking: two reports are compared only when their date ranges come within this
    #: many days of each other (news of the same event dated a day or two apart).
    date_window_days: int = 2
    #: Same named town (or site): strong evidence.
    w_same_location: float = 0.35
    #: Same gazetteer id: as strong as the name.
    w_same_geonameid: float = 0.35
    #: Within this many kilometres counts as the same place when names differ.
    near_km: float = 5.0
    w_near: float = 0.2
    #: One side names only the region the other's town lies in (place hierarchy compatible).
    w_region_only: float = 0.1
    #: Both sides name the same region only.
    w_same_region: float = 0.15
    #: Same day, both at day precision.
    w_same_day: float = 0.3
    #: Date ranges overlap (one side month, range or approximate).
    w_date_overlap: float = 0.15
    #: Date ranges that do not overlap, at least one of them coarser than a day (within
    #: the window): weak evidence against. Two different days at day precision never merge
    #: (one event per place and day, ANNOTATION.md section 2).
    w_dates_apart: float = -0.3
    #: Same sub-event type / same event type only / same family only.
    w_same_sub_type: float = 0.15
    w_same_type: float = 0.1
    w_same_family: float = 0.03
    #: Each shared actor (normalised name), at most two.
    w_shared_actor: float = 0.08
    #: Each shared tag (march, strike, funeral ...), at most two.
    w_shared_tag: float = 0.04
    #: A shared named victim or site in the evidence (``victim``/``victims``/``site``).
    w_shared_name: float = 0.25
    #: Fatality figures within a factor of ``figure_factor`` of each other.
    w_figures_compatible: float = 0.05
    #: Fatality figures further apart than that (one side says none, the other many).
    w_figures_incompatible: float = -0.15
    figure_factor: float = 3.0
    #: Reporter classes whose figures are preferred as ``best``
    #: (``willay.model.OFFICIAL_REPORTER_CLASSES``, the rule of DESIGN.md).
    official_classes: tuple[str, ...] = OFFICIAL_REPORTER_CLASSES
    #: ACLED's conservative numbers for vague words (``"dozens"`` = 12).
    vague_numbers: dict[str, int] = field(default_factory=lambda: dict(VAGUE_NUMBERS))
    #: Event families for blocking (see :data:`FAMILIES`); unknown types form their own family.
    families: dict[str, str] = field(default_factory=lambda: dict(FAMILIES))

    def family(self, event_type: str) -> str:
        return self.families.get(event_type, event_type.lower())
