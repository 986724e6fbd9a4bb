"""Refresh the translation catalogues from the source and compile them.

    python tools/update_translations.py            # lupdate, then lrelease
    python tools/update_translations.py --check    # also fail if a zh_CN message is unfinished
    python tools/update_translations.py --release  # lrelease only

pyside6-lupdate reads every tr()/translate() call under desktop/ui and merges the strings into
resources/translations/zhenjian_<lang>.ts, keeping existing translations and dropping strings
that are gone; pyside6-lrelease compiles each .ts into the .qm the program loads. Source
strings are English, so the English catalogue only needs the plural forms (%n).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"zhenjian_{lang}.ts"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, lang: str, *, files: list[Path] | None = None) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *map(str, files or source_files()),
                    "-ts", str(ts), "-source-language", "en", "-target-language", lang,
                    "-no-obsolete", "-locations", "none", "-silent"], check=True, cwd=ROOT)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   cwd=ROOT)
    return qm


def unfinished(ts: Path) -> list[str]:
    """'Context: source' for every message without a complete translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not all(f and f.strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="fail when a zh_CN message has no finished translation")
    parser.add_argument("--release", action="store_true", help="only compile the .ts files")
    args = parser.parse_args(argv)
    for lang in LANGUAGES:
        ts = ts_path(lang)
        if not args.release:
            lupdate(ts, lang)
        print(f"{lrelease(ts).relative_to(ROOT)}")
    if args.check:
        missing = unfinished(ts_path("zh_CN"))
        for line in missing:
            print(f"untranslated: {line}", file=sys.stderr)
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
