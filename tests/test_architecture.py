"""House rules a machine can check: the core imports no Qt, widgets build no SQL."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "soest_desk"
QT_FREE = ["models", "services", "reports"]


def python_files(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("folder", QT_FREE)
def test_core_imports_no_qt(folder):
    offenders = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in python_files(folder)
        for name in imported_modules(path)
        if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
    ]
    assert offenders == []


def test_core_runs_without_qt_loaded():
    code = (
        "import sys, soest_desk.services.listing, soest_desk.services.demo, soest_desk.models;"
        "import soest_desk.db, soest_desk.migrate;"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_widgets_build_no_sql():
    forbidden = {"select", "insert", "update", "delete", "text"}
    offenders = []
    for path in python_files("ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
                used = {alias.name for alias in node.names} & forbidden
                if used:
                    offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(used)}")
            if isinstance(node, ast.Attribute) and node.attr in {"execute", "query", "scalars"}:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno} .{node.attr}()")
    assert offenders == []
