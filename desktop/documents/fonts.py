"""Fonts for documents. The shipped AR PL UMing (Song/Ming, Arphic Public License) is the
default; where the machine has the official 仿宋/宋体 (simfang.ttf, simsun.ttc, …) the user may
choose one of those. reportlab embeds only TrueType-outline fonts, as a subset.

Registration parses the font file (about 0.1 s for UMing), so it happens once, lazily, on the
first document; a caller may warm it up in a background thread with `ensure_registered`."""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop.paths import resources_dir

SHIPPED_FILE = "uming.ttc"

# File names of the official document fonts as Windows and common font packs install them,
# in order of preference (lower case; matched case-insensitively). FangSong before Song.
OFFICIAL_FONT_FILES = (
    ("仿宋_GB2312", "仿宋_gb2312.ttf"),
    ("仿宋_GB2312", "fangsong_gb2312.ttf"),
    ("仿宋", "simfang.ttf"),
    ("华文仿宋", "stfangso.ttf"),
    ("宋体", "simsun.ttc"),
    ("宋体", "simsun.ttf"),
    ("华文宋体", "stsong.ttf"),
)

DEFAULT_FONT_DIRS = (
    "C:/Windows/Fonts",
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/Library/Fonts",
    "~/Library/Fonts",
)


@dataclass(frozen=True)
class FontChoice:
    """A document font: a TrueType file (and the face inside a .ttc)."""

    path: Path
    subfont_index: int = 0
    label: str = ""

    @property
    def reportlab_name(self) -> str:
        import hashlib

        stem = "".join(c if c.isascii() and c.isalnum() else "_" for c in self.path.stem)
        where = hashlib.sha1(str(self.path).encode("utf-8")).hexdigest()[:8]
        return f"ZJDoc-{stem}-{self.subfont_index}-{where}"


def shipped_font() -> FontChoice:
    return FontChoice(resources_dir() / "fonts" / SHIPPED_FILE, 0, "AR PL UMing")


def font_search_dirs(extra: list[str] | None = None) -> list[Path]:
    """Folders to look in: `extra` first, then ZHENJIAN_FONT_PATH (os.pathsep-separated),
    then the usual system font folders."""
    env = os.environ.get("ZHENJIAN_FONT_PATH", "")
    names = list(extra or []) + [p for p in env.split(os.pathsep) if p] + list(DEFAULT_FONT_DIRS)
    return [Path(n).expanduser() for n in names]


def find_official_fonts(dirs: list[Path]) -> list[FontChoice]:
    """The official 仿宋/宋体 fonts found in `dirs` (searched one level deep and in their
    sub-folders), best first; a file found twice is listed once."""
    wanted = {name: label for label, name in OFFICIAL_FONT_FILES}
    rank = {name: i for i, (_, name) in enumerate(OFFICIAL_FONT_FILES)}
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        try:
            candidates = folder.rglob("*")
            for path in candidates:
                key = path.name.lower()
                if key in wanted and key not in found and path.is_file():
                    found[key] = path
        except OSError:
            continue
    return [FontChoice(found[k], 0, wanted[k]) for k in sorted(found, key=rank.__getitem__)]


_lock = threading.Lock()
_registered: set[str] = set()


def ensure_registered(font: FontChoice | None = None) -> str:
    """Register `font` (default: the shipped one) with reportlab once; return its name.
    Thread-safe, so the UI can call it from a worker before the first document."""
    font = font or shipped_font()
    name = font.reportlab_name
    if name in _registered:
        return name
    with _lock:
        if name not in _registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            ttf = TTFont(name, str(font.path), subfontIndex=font.subfont_index)
            _keep_tables(ttf.face)
            pdfmetrics.registerFont(ttf)
            _registered.add(name)
    return name


def _keep_tables(face) -> None:
    """reportlab copies a table out of the font file each time it builds a subset: for
    UMing's 'glyf' (most of 21 MB) that is a large copy per document. Keep the copies; the
    bytes are immutable, so sharing them between documents and threads is safe."""
    original = getattr(face, "get_table", None)
    if original is None:
        return
    tables: dict = {}

    def get_table(tag):
        data = tables.get(tag)
        if data is None:
            data = tables[tag] = original(tag)
        return data

    face.get_table = get_table


def missing_characters(text: str, font: FontChoice | None = None) -> list[str]:
    """Characters of `text` the font has no glyph for (they would print as nothing): rare
    name characters beyond the font's coverage. Whitespace is ignored."""
    from reportlab.pdfbase import pdfmetrics

    cmap = pdfmetrics.getFont(ensure_registered(font)).face.charToGlyph
    return sorted({c for c in text if not c.isspace() and ord(c) not in cmap})
