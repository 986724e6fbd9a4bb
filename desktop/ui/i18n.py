"""Which language the program speaks, and switching it while running.

Source strings are English; resources/translations holds zhenjian_<lang>.qm. For Chinese, Qt's
own qtbase_zh_CN.qm is loaded too, so standard buttons and dialogs speak Chinese (Picard's
i18n/qt.py). Installing a translator makes Qt send LanguageChange to every widget, whose
changeEvent calls retranslateUi (Frescobaldi's translateUI), so no restart is needed.
"""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop.paths import resources_dir

LANGUAGES = ("zh_CN", "en")
# Each language is named in itself, never translated.
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}

_installed: list[QTranslator] = []
_current = "en"


def translations_dir():
    return resources_dir() / "translations"


def normalize(lang: str | None) -> str | None:
    """'zh', 'zh_CN', 'zh-Hans-CN' → 'zh_CN'; 'en', 'en_US' → 'en'; anything else → None."""
    if not lang:
        return None
    lang = lang.replace("-", "_").strip()
    if lang.lower().startswith("zh"):
        return "zh_CN"
    if lang.lower().startswith("en"):
        return "en"
    return None


def system_language() -> str:
    """zh_CN on a Chinese system, else en. Reads the Windows UI language or the environment
    (as Qt does on Unix) directly: asking QLocale would build its large enums at every
    start (~15 ms)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows
        import ctypes

        lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
        return "zh_CN" if lang_id & 0x3FF == 0x04 else "en"
    if sys.platform == "darwin":  # pragma: no cover - the locale lives in the system settings
        from PySide6.QtCore import QLocale

        return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def choose_language(explicit: str | None, saved: str | None) -> str:
    """The command line wins, then the saved setting, then the system locale."""
    return normalize(explicit) or normalize(saved) or system_language()


def current_language() -> str:
    return _current


def install(lang: str) -> str:
    """Replace the installed translators with those for `lang`; returns the language used."""
    global _current
    lang = normalize(lang) or "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    if ours.load(f"zhenjian_{lang}", str(translations_dir())):
        _installed.append(ours)
    if lang == "zh_CN":
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    # Install after collecting, so widgets receive LanguageChange with every catalogue in place.
    for translator in _installed:
        app.installTranslator(translator)
    _current = lang
    return lang
