"""Draw the program's icon (resources/icons/zhenjian.png and .ico): a red seal-like square with
侦 in the shipped CJK font. Run once when the icon should change; the files are committed."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setBrush(QColor("#b3261e"))  # seal red
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(rect, size * 0.16, size * 0.16)
    p.setPen(QPen(QColor("#ffffff"), max(1.0, size * 0.03)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(size * 0.08, size * 0.08, -size * 0.08, -size * 0.08)
    p.drawRoundedRect(inner, size * 0.08, size * 0.08)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(
        str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc")))[0]
    font = QFont(family)
    font.setPixelSize(int(size * 0.52))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "侦")
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "zhenjian.png"))
    draw(256).save(str(OUT / "zhenjian.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
