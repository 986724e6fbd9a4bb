"""Layers point one way (DESIGN §2): nothing below desktop/ui imports Qt, and the store and
services never import the UI. Checked on the source, so a stray import fails here."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "desktop"
BELOW_UI = ["domain", "store", "services", "security", "documents", "sync"]


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_and_no_ui_below_the_ui_layer():
    offenders = []
    for layer in BELOW_UI:
        for path in (ROOT / layer).rglob("*.py"):
            for name in imports_of(path):
                if name.split(".")[0] in {"PySide6", "shiboken6"} or name.startswith("desktop.ui"):
                    offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []


def test_store_does_not_import_services():
    offenders = [f"{p.relative_to(ROOT)} imports {n}" for p in (ROOT / "store").rglob("*.py")
                 for n in imports_of(p) if n.startswith("desktop.services")]
    assert offenders == []


def test_ui_goes_through_services_never_to_the_store_or_sqlalchemy():
    offenders = [f"{p.relative_to(ROOT)} imports {n}" for p in (ROOT / "ui").rglob("*.py")
                 for n in imports_of(p)
                 if n.split(".")[0] in {"sqlalchemy", "alembic"} or n.startswith("desktop.store")]
    assert offenders == []


def test_the_checker_sees_imports(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert imports_of(sample) == {"PySide6.QtWidgets", "sqlalchemy.orm"}


def test_no_sql_in_the_ui():
    """Widgets and models ask a service; they never run a query themselves."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py")
                 if ".execute(" in p.read_text(encoding="utf-8")]
    assert offenders == []
