"""Each module of synoptic binds each of its top-level names once.

A second binding of a tuned constant silently rebinds the first for every
function that reads it at call time: `clean.rules` once held two
``CREDIT_MAX_WORDS`` (30 for whole caption lines, 6 for a widget's credit), and
the line rule ran with 6.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import synoptic

_PACKAGE = Path(synoptic.__file__).parent


def _bindings(tree: ast.Module) -> dict[str, list[int]]:
    """The lines where each top-level name is bound (assigned, defined or imported)."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name):
                        lines[name.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            lines[node.target.id].append(node.lineno)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                lines[(alias.asname or alias.name).split(".")[0]].append(node.lineno)
    return lines


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = [
        f"{path.relative_to(_PACKAGE)}: {name} at lines {found}"
        for path in sorted(_PACKAGE.rglob("*.py"))
        for name, found in _bindings(ast.parse(path.read_text(encoding="utf-8"))).items()
        if len(found) > 1
    ]
    assert not twice


def test_the_check_finds_a_second_binding() -> None:
    source = "LIMIT = 30\n\ndef f():\n    return LIMIT\n\nLIMIT = 6\n"
    assert _bindings(ast.parse(source))["LIMIT"] == [1, 6]
