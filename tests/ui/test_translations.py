"""Every string of the UI is in the catalogue and translated into Chinese, and the compiled
catalogues are the ones the program loads."""
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
sys_path = str(ROOT / "tools")
TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "zhenjian_zh_CN.ts"
EN_TS = TRANSLATIONS / "zhenjian_en.ts"


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            found[key] = message
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    numerus = [f.text or "" for f in translation.iter("numerusform")]
    return numerus if message.get("numerus") == "yes" else [translation.text or ""]


def test_every_chinese_message_is_translated():
    missing = []
    for (context, source, _comment), message in messages(ZH_TS).items():
        kind = message.find("translation").get("type")
        if kind in ("unfinished", "vanished", "obsolete") or not all(f.strip()
                                                                     for f in forms(message)):
            missing.append(f"{context}: {source!r}")
    assert missing == [], f"{len(missing)} untranslated:\n" + "\n".join(missing)


def test_placeholders_and_shortcuts_survive_translation():
    problems = []
    for (context, source, _comment), message in messages(ZH_TS).items():
        for text in forms(message):
            if not text:
                continue
            for mark in ("%1", "%2", "%n"):
                if (mark in source) != (mark in text):
                    problems.append(f"{context}: {source!r} → {text!r} ({mark})")
            if "&" in source.replace("&&", "") and source.count("&") == 1 and "&" not in text:
                problems.append(f"{context}: {source!r} → {text!r} (keyboard accelerator)")
    assert problems == []


def test_english_plural_forms_are_complete():
    incomplete = [f"{c}: {s!r}" for (c, s, _), m in messages(EN_TS).items()
                  if m.get("numerus") == "yes" and len([f for f in forms(m) if f]) != 2]
    assert incomplete == []


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What pyside6-lupdate finds in desktop/ui now."""
    import sys

    sys.path.insert(0, sys_path)
    try:
        import update_translations
    finally:
        sys.path.remove(sys_path)
    target = tmp_path_factory.mktemp("ts") / "now.ts"
    update_translations.lupdate(target, "zh_CN")
    return messages(target)


def test_no_source_string_is_missing_from_the_catalogue(extracted):
    committed = messages(ZH_TS)
    missing = sorted(f"{c}: {s!r}" for c, s, _ in set(extracted) - set(committed))
    assert missing == [], "run tools/update_translations.py:\n" + "\n".join(missing)
    stale = sorted(f"{c}: {s!r}" for c, s, _ in set(committed) - set(extracted))
    assert stale == [], "strings no longer in the code:\n" + "\n".join(stale)


def test_compiled_catalogues_are_current(tmp_path):
    """The .qm files in the tree hold what the .ts files say (lrelease is deterministic)."""
    import sys

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (ZH_TS, EN_TS):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), ts.name


def test_chinese_catalogue_loads_and_translates(qapp):
    translator = QTranslator()
    assert translator.load("zhenjian_zh_CN", str(TRANSLATIONS))
    assert translator.translate("MainWindow", "Dashboard") == "工作台"
    assert translator.translate("Labels", "Not detained") == "未羁押"
    assert translator.translate("Labels", "Overdue by %n day(s)", None, 3) == "已逾期%n天"
