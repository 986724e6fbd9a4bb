"""Where the program finds its own files and where it keeps the user's.

Resources and migrations sit at the top of the source tree; an installed wheel carries them
inside the package (`_resources`, `_db`), and a PyInstaller bundle under `sys._MEIPASS`.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


def _bundle_root() -> Path | None:
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if root else None


def resources_dir() -> Path:
    bundle = _bundle_root()
    return _first_existing(
        *([bundle / "resources"] if bundle else []),
        _PACKAGE / "_resources",
        _PACKAGE.parent / "resources",
    )


def migrations_dir() -> Path:
    bundle = _bundle_root()
    return _first_existing(
        *([bundle / "db"] if bundle else []),
        _PACKAGE / "_db",
        _PACKAGE.parent / "db",
    )


def user_data_dir() -> Path:
    """The per-user data folder; ZHENJIAN_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZHENJIAN_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir as _udd

    return Path(_udd("ZhenjianDesk", appauthor=False))


def default_database_path() -> Path:
    return user_data_dir() / "zhenjian.sqlite3"
