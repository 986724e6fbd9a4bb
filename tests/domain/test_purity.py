"""desktop/domain must stay pure: no UI, no database, no clock, no files."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

DOMAIN_DIR = Path(__file__).resolve().parents[2] / "desktop" / "domain"
FORBIDDEN_ROOTS = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "sqlalchemy", "alembic"}
ALLOWED_THIRD_PARTY = {"chinese_calendar"}
# (object name, method) pairs that read the clock.
CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "localtime"),
}
FILE_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes"}


def _dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else None
    return None


def violations(source: str, filename: str = "<src>") -> list[str]:
    tree = ast.parse(source, filename=filename)
    found: list[str] = []
    for node in ast.walk(tree):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        for mod in modules:
            root = mod.split(".")[0]
            if root in FORBIDDEN_ROOTS:
                found.append(f"{filename}:{node.lineno} imports {mod}")
            elif root == "desktop":
                if not mod.startswith("desktop.domain"):
                    found.append(f"{filename}:{node.lineno} imports {mod} from outside the domain")
            elif root not in sys.stdlib_module_names and root not in ALLOWED_THIRD_PARTY:
                found.append(f"{filename}:{node.lineno} imports non-stdlib {mod}")
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id == "open":
                found.append(f"{filename}:{node.lineno} touches files: open()")
            elif isinstance(func, ast.Attribute):
                owner = _dotted(func.value) or ""
                if (owner.split(".")[-1], func.attr) in CLOCK_CALLS:
                    found.append(f"{filename}:{node.lineno} reads the clock: {owner}.{func.attr}()")
                if func.attr in FILE_CALLS:
                    found.append(f"{filename}:{node.lineno} touches files: .{func.attr}()")
    return found


def _domain_files() -> list[Path]:
    return sorted(DOMAIN_DIR.rglob("*.py"))


def test_domain_files_found():
    names = {p.name for p in _domain_files()}
    assert {"holidays.py", "deadlines.py", "arrest_review.py", "idnumber.py", "ages.py"} <= names


@pytest.mark.parametrize("path", _domain_files(), ids=lambda p: p.name)
def test_domain_module_is_pure(path: Path):
    assert violations(path.read_text(encoding="utf-8"), path.name) == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtCore",
        "from PySide6 import QtWidgets",
        "from sqlalchemy.orm import Session",
        "import alembic",
        "import requests",
        "from desktop.store import db",
        "from datetime import date\nx = date.today()",
        "import datetime\nx = datetime.datetime.now()",
        "from datetime import datetime\nx = datetime.utcnow()",
        "import time\nx = time.time()",
        "data = open('x.json').read()",
        "from pathlib import Path\nPath('x').read_text()",
    ],
)
def test_checker_catches_violations(source: str):
    # Guard against a checker that silently passes everything.
    assert violations(source) != []


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import date\nd = date(2026, 1, 1)",
        "import chinese_calendar",
        "from .holidays import HolidayCalendar",
        "from desktop.domain.deadlines import period_end",
        "import json, calendar, enum, dataclasses",
        "x = today.isoformat()",
    ],
)
def test_checker_allows_pure_code(source: str):
    assert violations(source) == []
