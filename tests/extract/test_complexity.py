"""Every function of the extractor stays small enough to read and test alone."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

import willay.extract

#: The highest cyclomatic complexity (as radon measures it) a function of extract/ may have.
MAX_COMPLEXITY = 25


def test_no_function_of_the_extractor_is_above_the_complexity_limit() -> None:
    folder = Path(willay.extract.__file__).parent
    over = []
    for path in sorted(folder.glob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            for item in [block, *getattr(block, "methods", [])]:
                if item.letter in ("F", "M") and item.complexity > MAX_COMPLEXITY:
                    over.append(f"{path.name}:{item.lineno} {item.name} ({item.complexity})")
    assert not over, "split these functions: " + ", ".join(over)


def test_the_event_builder_module_stays_short() -> None:
    events = Path(willay.extract.__file__).with_name("events.py")
    assert len(events.read_text(encoding="utf-8").splitlines()) < 500
