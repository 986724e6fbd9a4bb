"""Which language the program speaks, and switching it while running.

Source strings are English; resources/translations holds zhenjian_<lang>.qm. For Chinese, Qt's
own qtbase_zh_CN.qm is loaded too, so standard buttons and dialogs speak Chinese (Picard's
i18n/qt.py). Installing a translator makes Qt send LanguageChange to every widget, whose
changeEvent calls retranslateUi (Frescobaldi's translateUI), so no restart is needed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


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
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Territory.China)
                       if lang == "zh_CN" else QLocale(QLocale.Language.English,
                                                       QLocale.Territory.UnitedStates))
    _current = lang
    return lang
