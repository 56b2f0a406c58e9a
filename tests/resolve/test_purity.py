"""Resolution stays pure: no module of ``willay.resolve`` imports the store (exports do)."""

from __future__ import annotations

import ast
from pathlib import Path

import willay.resolve

PACKAGE = Path(willay.resolve.__file__).resolve().parent


def test_resolve_imports_no_store() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("willay.store", "willay.export", "willay.api")), (
                    f"{path.name} imports {name}")
