"""ACLED taxonomy: event and sub-event types, disorder types, trigger-class mapping."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from willay.lang.loader import LANG_DIR

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]


@lru_cache(maxsize=1)
def taxonomy() -> dict[str, Any]:
    with (LANG_DIR / "taxonomy.toml").open("rb") as handle:
        return tomllib.load(handle)


def event_types() -> dict[str, list[str]]:
    """``{event_type: [sub_event_type, ...]}``: ACLED's 6 types and 25 sub-types."""
    data: dict[str, list[str]] = taxonomy()["sub_event_types"]
    return data


def disorder_type(event_type: str, sub_event_type: str) -> str:
    overrides: dict[str, str] = taxonomy()["disorder_overrides"]
    if sub_event_type in overrides:
        return overrides[sub_event_type]
    disorder: dict[str, str] = taxonomy()["disorder"]
    return disorder[event_type]


def class_target(cls: str) -> tuple[str, str] | None:
    """``(event_type, sub_event_type)`` for a trigger class, ``None`` for crowd classes."""
    target = taxonomy()["classes"].get(cls)
    if target is None or target == "crowd":
        return None
    return str(target[0]), str(target[1])


def is_crowd_class(cls: str) -> bool:
    return bool(taxonomy()["classes"].get(cls) == "crowd")


@lru_cache(maxsize=1)
def special_order() -> tuple[str, ...]:
    """Non-crowd classes in the order that decides a draft's type when several are present."""
    return tuple(taxonomy()["decision"]["special_order"])


@lru_cache(maxsize=1)
def demonstration_classes() -> frozenset[str]:
    """Classes that say a demonstration took place."""
    return frozenset(taxonomy()["decision"]["demonstration_classes"])


@lru_cache(maxsize=1)
def yielding_classes() -> frozenset[str]:
    """Classes that, within a demonstration, are the crowd's violence."""
    return frozenset(taxonomy()["decision"]["yielding"])


@lru_cache(maxsize=1)
def unfought_rule() -> dict[str, Any]:
    """``[decision.unfought]``: taken places that yield to a withdrawal with no fighting."""
    rule: dict[str, Any] = taxonomy()["decision"]["unfought"]
    return rule


@lru_cache(maxsize=1)
def crowd_head_order() -> tuple[str, ...]:
    return tuple(taxonomy()["decision"]["crowd_head_order"])


def crowd_type(features: set[str]) -> tuple[str, str]:
    """The type of a crowd event from its features, by the ``[[crowd_order]]`` rules."""
    for rule in taxonomy()["crowd_order"]:
        if rule.get("any") and not features & set(rule["any"]):
            continue
        if not set(rule.get("all", ())) <= features:
            continue
        if features & set(rule.get("none", ())):
            continue
        return str(rule["type"][0]), str(rule["type"][1])
    raise ValueError("taxonomy.toml: [[crowd_order]] needs a last rule with no conditions")
