"""The CJK font shipped with the program (WenQuanYi Micro Hei, Apache-2.0).

A clean machine may have no Chinese font at all, and Qt then draws boxes. Registering the file
costs a few milliseconds; the family goes after the platform's default in the application
font's family list, so it only supplies the glyphs the default lacks.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from desktop.paths import resources_dir

CJK_FONT_FILE = "wqy-microhei.ttc"
CJK_FAMILY = "WenQuanYi Micro Hei"


_registered: list[str | None] = []  # the family, once the file is added (GUI thread only)


def ensure_cjk_font() -> str | None:
    """Add the shipped font to Qt's font database once; returns its family or None. Call it
    on the GUI thread before painting Chinese text in a worker (a print job)."""
    if not _registered:
        path = resources_dir() / "fonts" / CJK_FONT_FILE
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _registered.append(
            CJK_FAMILY if CJK_FAMILY in families else (families[0] if families else None))
    return _registered[0]


def register_cjk_font() -> str | None:
    """Register the shipped font and make it the fallback; returns its family or None."""
    family = ensure_cjk_font()
    if family is None:
        return None
    font = QGuiApplication.font()
    # The default is often an alias ("Sans Serif") that a family list does not resolve; name
    # the real family first, so that Latin text keeps the platform's look.
    resolved = QFontInfo(font).family()
    if resolved != family:
        font.setFamilies([resolved, family])
        QGuiApplication.setFont(font)
    return family


def with_cjk_fallback(font: QFont) -> QFont:
    """A copy of `font` whose family list ends with the shipped CJK family."""
    font = QFont(font)
    families = [f for f in font.families() if f] or [font.family()]
    if CJK_FAMILY not in families:
        font.setFamilies([*families, CJK_FAMILY])
    return font
