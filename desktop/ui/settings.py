"""The program's settings, declared once (STYLE habit 5): key, type, default and scope.

Stored with QSettings in INI format under the user's configuration folder; nothing secret is
ever kept here. ZHENJIAN_CONFIG_DIR (or, failing that, ZHENJIAN_DATA_DIR) moves the folder,
so tests and portable installs never touch the real one.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: object
    scope: str = "user"  # "user" (roams with the person) or "machine" (this computer only)


LANGUAGE = Option("ui/language", str, "")  # "" follows the system locale
DATABASE_PATH = Option("database/path", str, "", scope="machine")
WINDOW_GEOMETRY = Option("main_window/geometry", QByteArray, QByteArray(), scope="machine")
WINDOW_STATE = Option("main_window/state", QByteArray, QByteArray(), scope="machine")
LIST_HEADER_STATE = Option("arrest_list/header_state", QByteArray, QByteArray())  # per language
# The font documents are printed in: "" is the shipped AR PL UMing; otherwise the path of an
# official 仿宋/宋体 found on this machine (so per machine: another computer has other fonts).
DOCUMENT_FONT = Option("documents/font", str, "", scope="machine")

# Backups (备份): the folder — another disk, a USB stick — is a fact of this machine (drive
# letters, mount points), so per machine and not in the database; "" is the data folder's
# `backups`. How many to keep there.
BACKUP_FOLDER = Option("backups/folder", str, "", scope="machine")
BACKUP_KEEP = Option("backups/keep", int, 10, scope="machine")

ALL_OPTIONS = (LANGUAGE, DATABASE_PATH, WINDOW_GEOMETRY, WINDOW_STATE, LIST_HEADER_STATE,
               DOCUMENT_FONT, BACKUP_FOLDER, BACKUP_KEEP)

# version -> function that upgrades a QSettings from version-1 to version (Picard's
# @upgrade_config shape). Empty until the first incompatible change.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}


def keyed(option: Option, suffix: str) -> Option:
    """The same option kept separately per `suffix` (e.g. column widths per language)."""
    return Option(f"{option.key}/{suffix}", option.type, option.default, option.scope)


def config_dir() -> Path:
    for name in ("ZHENJIAN_CONFIG_DIR", "ZHENJIAN_DATA_DIR"):
        value = os.environ.get(name)
        if value:
            return Path(value)
    return _platform_config_dir()


@functools.cache
def _platform_config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("ZhenjianDesk", appauthor=False))


def settings_file() -> Path:
    return config_dir() / "zhenjian.ini"


_stores: dict[Path, QSettings] = {}


def store() -> QSettings:
    """The QSettings on the program's INI file (one per file), upgraded to SETTINGS_VERSION."""
    path = settings_file()
    qs = _stores.get(path)
    if qs is None:
        qs = QSettings(str(path), QSettings.Format.IniFormat)
        version = int(qs.value("meta/version", 0) or 0)
        if version < SETTINGS_VERSION:
            for target in range(version + 1, SETTINGS_VERSION + 1):
                if target in UPGRADES:
                    UPGRADES[target](qs)
            qs.setValue("meta/version", SETTINGS_VERSION)
        _stores[path] = qs
    return qs


def get(option: Option):
    value = store().value(option.key, option.default)
    if value is None:
        return option.default
    if option.type is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    if option.type is bool and isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return option.type(value)


def put(option: Option, value) -> None:
    """Store a value; the file is written at once only when it changed."""
    qs = store()
    if qs.contains(option.key) and qs.value(option.key) == value:
        return
    qs.setValue(option.key, value)
    qs.sync()
