"""Place resolution: rank the gazetteer's candidates for a name, using country, regions and context.

Scores add up simple, named evidence (each one becomes a reason): the kind of place and
its population (the last resort), whether the name is its main name, the article's
country, a first-level region given by the caller or named nearby, and the regions of the
other places in the context. :meth:`Resolver.resolve` returns the best candidate only when
it beats every candidate elsewhere (another country or region) by a clear margin; otherwise
``None``: an unknown or ambiguous name is never guessed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cached_property, lru_cache
from pathlib import Path
from types import MappingProxyType

from willay.config import Settings
from willay.geo import distance
from willay.geo.index import Entry, Gazetteer
from willay.geo.normalize import fold, strip_affixes
from willay.lang.loader import load_shared_data
from willay.model import Place

#: Base score of each kind of entry (before population and context).
FEATURE_BASE = MappingProxyType({"country": 6.0, "admin1": 3.5, "admin2": 2.0, "admin3": 1.5,
                                 "populated": 1.5, "site": 2.0})
#: Entries from the postal table are villages and localities: weaker than named cities.
POSTAL_PENALTY = 1.5
#: Points per tenfold population above 1,000 inhabitants.
POPULATION_WEIGHT = 0.6
MAIN_NAME_BONUS = 0.5
ALTERNATE_NAME_PENALTY = -2.0
#: A city of a million or more, and a national capital.
MAJOR_CITY = 0.5
CAPITAL = 1.0
#: A town of 50,000 or more that shares its name with a region it lies in (a regional
#: seat: Goma, Puno).
SEAT = 0.5
SEAT_POPULATION = 50_000
#: How alike two spellings of one name are (difflib's ratio: "Gomel"/"Homyel'" 0.73,
#: "Lisboa"/"Lisbon" 0.83, "Ceará"/"Fortaleza" 0.29).
SPELLING_RATIO = 0.6
#: The article's country is a prior, not a filter: a world city named in a foreign
#: article ("Paris", "Montréal") still beats a village of that name at home.
COUNTRY_MATCH = 2.5
COUNTRY_MISMATCH = -1.0
ADMIN1_MATCH = 4.0
ADMIN1_MISMATCH = -2.0
CONTEXT_REGION = 2.5
CONTEXT_NEIGHBOUR = 1.0
#: Asked for a region ("the province of ..."), prefer administrative units.
ADMIN_WORD_BONUS = 2.5
#: The best candidate must beat every candidate located elsewhere by this much.
MARGIN = 1.0
#: And score at least this much.
THRESHOLD = 1.0

#: Geo precision per feature: 1 the town itself, 2 part of or near a town, 3 a region only.
PRECISION = MappingProxyType({"country": 3, "admin1": 3, "admin2": 3, "admin3": 2,
                              "populated": 1, "site": 2})

#: Unit words that, in a name asked for, say an administrative unit is meant
#: (``willay/lang/admin_units.toml``, ``[resolver]``).
_ADMIN_WORDS = tuple(load_shared_data("admin_units")["resolver"]["admin_words"])


@dataclass(slots=True)
class Candidate:
    """A gazetteer entry proposed for a name, with its score and the reasons for it."""

    place: Place
    score: float
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {"score": round(self.score, 3), "reasons": list(self.reasons),
                "place": self.place.to_dict()}


def _place(entry: Entry, reasons: Iterable[str] = ()) -> Place:
    admin1 = entry.admin1
    if entry.feature == "admin1":
        admin1 = entry.name
    return Place(
        name=entry.name, country=entry.country, feature=entry.feature, admin1=admin1,
        admin2=entry.admin2 if entry.feature not in ("country", "admin1") else None,
        latitude=entry.latitude, longitude=entry.longitude, geonameid=entry.geonameid,
        population=entry.population, geo_precision=PRECISION.get(entry.feature, 1),
        reasons=tuple(reasons),
    )


class Resolver:
    """Ranks and resolves place names against a :class:`~willay.geo.index.Gazetteer`."""

    def __init__(self, gazetteer: Gazetteer, *, cache_size: int = 16384) -> None:
        self.gazetteer = gazetteer
        self._ranked = lru_cache(maxsize=cache_size)(self._rank)

    @classmethod
    def from_path(cls, path: Path) -> Resolver:
        return cls(Gazetteer(path))

    # -- simple lookups -------------------------------------------------------------
    def is_known(self, name: str) -> bool:
        """Whether any gazetteer entry has this name (after folding); no ranking."""
        key = fold(name)
        return bool(key) and (self.gazetteer.has_key(key)
                              or self.gazetteer.has_key(strip_affixes(key)))

    def country(self, code: str) -> Place | None:
        """The Place of a country, by ISO 3166-1 alpha-2 code."""
        entry = self.gazetteer.country(code)
        return _place(entry, ("country code",)) if entry else None

    def seat_of(self, region: Place) -> Place | None:
        """The town that gives its name to a first-level region (Ziguinchor, Cusco, Puno).

        A town of :data:`SEAT_POPULATION` or more that the region's name also names, under
        another main name ("Lisboa" for Lisbon, "Gomel" for Homyel'), is the seat too; it
        keeps the region's name, the one the text used."""
        admin1 = region.admin1 or region.name
        for cand in self.candidates(region.name, country=region.country, admin1=admin1,
                                    prefer="populated"):
            found = cand.place
            if found.feature != "populated" or found.admin1 != admin1 \
                    or found.country != region.country:
                continue  # not a namesake town of a namesake region abroad
            if found.name == region.name:
                return found
            if found.population >= SEAT_POPULATION and _spelling_of(region.name, found.name):
                return replace(found, name=region.name)
        return None

    def capital(self, code: str) -> Place | None:
        """A country's national capital, by ISO 3166-1 alpha-2 code."""
        name = self._capitals.get(code.upper())
        if not name:
            return None
        for cand in self.candidates(name, country=code, prefer="populated"):
            if cand.place.feature == "populated" and cand.place.country == code.upper():
                return cand.place
        return None

    @cached_property
    def _capitals(self) -> dict[str, str]:
        from willay.geo.sources import read_capitals

        return read_capitals()

    def admin1(self, name: str, country: str) -> Place | None:
        """The first-level region of ``country`` called ``name`` (any spelling we know)."""
        found = [e for e in self._entries(name)
                 if e.feature == "admin1" and e.country == country.upper()]
        found.sort(key=lambda e: (not e.main, e.id))
        return _place(found[0], ("admin1 by name",)) if found else None

    def admin1_units(self, name: str, country: str) -> frozenset[int]:
        """Index ids of the first-level units of ``country`` that ``name`` denotes (its main
        name, an alternate name, or either without "Province", "Region"...)."""
        return frozenset(e.id for e in self._entries(name)
                         if e.feature == "admin1" and e.country == country.upper())

    def _entries(self, name: str) -> tuple[Entry, ...]:
        key = fold(name)
        if not key:
            return ()
        entries = self.gazetteer.lookup_key(key)
        stripped = strip_affixes(key)
        if stripped != key:
            # "Kaduna State": the alternate name of the state and, without "State", its
            # main name; an entry found both ways counts as found by its main name
            merged = {e.id: e for e in entries}
            for e in self.gazetteer.lookup_key(stripped):
                if e.id not in merged or (e.main and not merged[e.id].main):
                    merged[e.id] = e
            entries = tuple(merged.values())
        return entries

    def _region_names(self, name: str, country: str | None) -> set[tuple[str, str]]:
        """(country, folded admin1-or-admin2 name) pairs that ``name`` may denote."""
        out = set()
        for entry in self._entries(name):
            if country and entry.country != country:
                continue
            if entry.feature == "admin1" or entry.feature == "admin2":
                out.add((entry.country, fold(entry.name)))
        return out

    def _neighbour_regions(self, name: str, country: str | None) -> set[tuple[str, str]]:
        """(country, folded admin1) of the places that ``name`` may denote."""
        out = set()
        for entry in self._entries(name):
            if country and entry.country != country:
                continue
            if entry.feature == "admin1":
                out.add((entry.country, fold(entry.name)))
            elif entry.admin1 and (entry.feature != "populated" or entry.population > 0
                                   or entry.source != "postal"):
                out.add((entry.country, fold(entry.admin1)))
        return out

    # -- ranking --------------------------------------------------------------------
    def candidates(self, name: str, *, country: str | None = None, admin1: str | None = None,
                   context: Sequence[str] = (), neighbours: Sequence[str] = (),
                   prefer: str | None = None) -> list[Candidate]:
        """Every entry for ``name``, best first, each with its score and reasons.

        ``context`` holds names written near this one (a region named there lifts the places
        inside it); ``neighbours`` holds places coordinated with it ("Acora, Ilave and Juli"),
        which only lift candidates in the same first-level region as theirs.
        ``prefer`` is ``"admin"`` when the text names a region ("the province of ...") and
        ``"populated"`` when it names a town ("the city of ...").
        """
        ranked = self._ranked(name, country.upper() if country else None, admin1,
                              tuple(context), tuple(neighbours), prefer)
        return [Candidate(c.place, c.score, list(c.reasons)) for c in ranked]

    def _rank(self, name: str, country: str | None, admin1: str | None,
              context: tuple[str, ...], neighbours: tuple[str, ...],
              prefer: str | None) -> tuple[Candidate, ...]:
        entries = self._entries(name)
        if not entries:
            return ()
        folded = fold(name)
        wants_admin = prefer == "admin" or (folded != strip_affixes(folded) and any(
            w in folded.split() for w in _ADMIN_WORDS))
        wants_town = prefer == "populated"
        admin1_keys: set[str] = set()
        if admin1:
            admin1_keys = {n for _, n in self._region_names(admin1, country)} | {fold(admin1)}
        region_ctx: set[tuple[str, str]] = set()
        neighbour_ctx: set[tuple[str, str]] = set()
        for other in context:
            if fold(other) == folded:
                continue
            region_ctx |= self._region_names(other, country)
            neighbour_ctx |= self._neighbour_regions(other, country)
        for other in neighbours:
            if fold(other) != folded:
                neighbour_ctx |= self._neighbour_regions(other, country)
        seats = {(e.country, e.admin1, fold(e.name)) for e in entries
                 if e.feature in ("admin1", "admin2")}
        out = []
        affixed = folded != strip_affixes(folded)
        for entry in entries:
            if affixed and entry.feature == "country":
                continue  # "Ciudad de México", "Panama City": a town word names no country
            if entry.source == "postal" and any(ch.isdigit() for ch in entry.name):
                continue  # a numbered sector of a postal table ("Sección 22"), not a town
            score, reasons = self._score(entry, country, admin1_keys, region_ctx, neighbour_ctx,
                                         wants_admin, wants_town)
            if entry.feature == "populated" and entry.population >= SEAT_POPULATION and (
                    entry.country, entry.admin1, fold(entry.name)) in seats:
                score += SEAT
                reasons.append(f"seat of the region of that name {SEAT:+.1f}")
            out.append(Candidate(_place(entry, reasons), score, reasons))
        out.sort(key=lambda c: (-c.score, -c.place.population, c.place.name,
                                c.place.geonameid or 0))
        return tuple(out)

    def _score(self, entry: Entry, country: str | None, admin1_keys: set[str],
               region_ctx: set[tuple[str, str]], neighbour_ctx: set[tuple[str, str]],
               wants_admin: bool, wants_town: bool) -> tuple[float, list[str]]:
        score = FEATURE_BASE.get(entry.feature, 1.0)
        reasons = [f"{entry.feature} {score:+.1f}"]
        if entry.source == "postal":
            score -= POSTAL_PENALTY
            reasons.append(f"postal-table locality {-POSTAL_PENALTY:+.1f}")
        if entry.population > 1000:
            bonus = POPULATION_WEIGHT * math.log10(entry.population / 1000)
            score += bonus
            reasons.append(f"population {entry.population:,} {bonus:+.2f}")
        if entry.main:
            score += MAIN_NAME_BONUS
            reasons.append(f"main name {MAIN_NAME_BONUS:+.1f}")
        else:
            score += ALTERNATE_NAME_PENALTY
            reasons.append(f"alternate name {ALTERNATE_NAME_PENALTY:+.1f}")
        if entry.feature == "populated" and entry.population >= 1_000_000:
            score += MAJOR_CITY
            reasons.append(f"major city {MAJOR_CITY:+.1f}")
        if entry.capital:
            score += CAPITAL
            reasons.append(f"national capital {CAPITAL:+.1f}")
        if country:
            if entry.country == country:
                score += COUNTRY_MATCH
                reasons.append(f"in {country} {COUNTRY_MATCH:+.1f}")
            elif not (entry.capital or entry.population >= 1_000_000):
                score += COUNTRY_MISMATCH
                reasons.append(f"not in {country} {COUNTRY_MISMATCH:+.1f}")
        own_regions = {fold(r) for r in (entry.admin1, entry.admin2) if r}
        if entry.feature in ("admin1", "admin2"):
            own_regions.add(fold(entry.name))
        if admin1_keys:
            if (entry.admin1 and fold(entry.admin1) in admin1_keys) or (
                    entry.feature == "admin1" and fold(entry.name) in admin1_keys):
                score += ADMIN1_MATCH
                reasons.append(f"in the region asked for {ADMIN1_MATCH:+.1f}")
            else:
                score += ADMIN1_MISMATCH
                reasons.append(f"outside the region asked for {ADMIN1_MISMATCH:+.1f}")
        named = {n for c, n in region_ctx if c == entry.country} & own_regions
        if named and entry.feature != "admin1":
            score += CONTEXT_REGION
            names = ", ".join(sorted(named))
            reasons.append(f"region named nearby ({names}) {CONTEXT_REGION:+.1f}")
        elif entry.admin1 and (entry.country, fold(entry.admin1)) in neighbour_ctx:
            score += CONTEXT_NEIGHBOUR
            reasons.append(f"near other places named ({entry.admin1}) {CONTEXT_NEIGHBOUR:+.1f}")
        if wants_admin and entry.feature in ("admin1", "admin2", "admin3"):
            score += ADMIN_WORD_BONUS
            reasons.append(f"named as a region {ADMIN_WORD_BONUS:+.1f}")
        if wants_town and entry.feature in ("populated", "admin3"):
            score += ADMIN_WORD_BONUS
            reasons.append(f"named as a town {ADMIN_WORD_BONUS:+.1f}")
        return score, reasons

    def resolve(self, name: str, *, country: str | None = None, admin1: str | None = None,
                context: Sequence[str] = (), neighbours: Sequence[str] = (),
                prefer: str | None = None) -> Place | None:
        """The best candidate when it is above the threshold and clearly ahead; else ``None``."""
        return choose(self._ranked(name, country.upper() if country else None, admin1,
                                   tuple(context), tuple(neighbours), prefer))


def _spelling_of(name: str, other: str) -> bool:
    """Whether ``name`` is another spelling of the town name ``other`` ("Lisboa" of Lisbon,
    "Gomel" of Homyel', "Grodno" of Hrodna) or its last words ("Tucumán" of San Miguel de
    Tucumán), not an old name of a town called otherwise ("Ceará" of Fortaleza)."""
    a, b = fold(name), fold(other)
    if b.endswith(" " + a):
        return True
    return SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def _same_area(a: Place, b: Place) -> bool:
    """Whether two candidates denote nested or identical areas (Lima city and Lima region)."""
    if a.country != b.country:
        return False
    if a.feature == "country" or b.feature == "country":
        return a.feature == b.feature
    if a.admin1 is None or a.admin1 != b.admin1:
        return False
    if fold(a.name).replace(" ", "") == fold(b.name).replace(" ", ""):
        return True  # "Pétionville" and "Pétion-Ville": one town written two ways
    if a.feature in ("admin1", "admin2") or b.feature in ("admin1", "admin2"):
        return True
    apart = distance.km(a, b)  # the same town from two sources
    return apart is not None and apart < 3.0


def choose(ranked: Sequence[Candidate]) -> Place | None:
    """The first candidate of a ranked list when it is above the threshold and no candidate
    for another area comes within :data:`MARGIN` of it."""
    if not ranked or ranked[0].score < THRESHOLD:
        return None
    best = ranked[0]
    for other in ranked[1:]:
        if best.score - other.score >= MARGIN:
            break
        if not _same_area(best.place, other.place):
            return None
    return best.place


@lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    """The resolver over the index in the settings' cache directory (built on first use)."""
    from willay.geo.build import build

    return Resolver.from_path(build(Settings.from_env().cache_dir))
