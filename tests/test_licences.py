"""No GPL-licensed package in the closure of willay's required dependencies."""

from __future__ import annotations

import re
from importlib import metadata

from packaging.requirements import Requirement


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    parts = [meta.get("License-Expression") or "", meta.get("License") or ""]
    parts += [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " ".join(parts)


def _closure(root: str) -> dict[str, metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            todo.append(req.name)
    return seen


def is_gpl(text: str) -> bool:
    """GPL (any version) but not LGPL, and not a choice that offers a non-GPL licence."""
    if " OR " in text and re.search(r"MPL|MIT|BSD|Apache|LGPL", text):
        return False
    return bool(re.search(r"(?<!L)GPL|GNU General Public", text))


def test_gpl_detector() -> None:
    assert is_gpl("GNU General Public License v2 or later (GPLv2+)")
    assert not is_gpl("LGPL-3.0-only")
    assert not is_gpl("MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later")
    assert not is_gpl("Apache-2.0")


def test_required_closure_has_no_gpl() -> None:
    closure = _closure("willay")
    assert "willay" in closure and len(closure) > 10
    offenders = {name: _licence(d) for name, d in closure.items() if is_gpl(_licence(d))}
    assert not offenders, offenders
