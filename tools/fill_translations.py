"""Fill unfinished zh_CN messages, from a JSON file of {source: translation} or from other
.ts catalogues (the same context and source), then compile.

    python tools/fill_translations.py --json zh.json
    python tools/fill_translations.py --ts other_branch_zh_CN.ts [...]
    python tools/fill_translations.py --lang en --ts other_branch_en.ts   # English plurals

Only messages still marked unfinished are filled; finished ones are never overwritten. Plural
messages (%n) take their forms from the other catalogues only.
"""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import lrelease, ts_path  # noqa: E402


def _forms(translation) -> list[str]:
    return [f.text or "" for f in translation.iter("numerusform")]


def finished_messages(ts: Path) -> dict[tuple[str, str], str | list[str]]:
    """(context, source) → translation, or the list of plural forms of a %n message."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            key = (name, message.findtext("source"))
            if message.get("numerus") == "yes":
                if all(_forms(translation)):
                    found[key] = _forms(translation)
            elif translation.text:
                found[key] = translation.text
    return found


def fill(ts: Path, lookup) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None or (translation.get("type") != "unfinished" and not (
                    numerus and not all(_forms(translation)))):
                continue
            text = lookup(name, message.findtext("source"))
            if numerus and isinstance(text, list):
                for form in list(translation):
                    translation.remove(form)
                for value in text:
                    ET.SubElement(translation, "numerusform").text = value
            elif numerus or not isinstance(text, str) or not text:
                continue
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, action="append", default=[])
    parser.add_argument("--ts", type=Path, action="append", default=[])
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args()
    by_source: dict[str, str] = {}
    for path in args.json:
        by_source.update(json.loads(path.read_text(encoding="utf-8")))
    by_context: dict[tuple[str, str], str] = {}
    for path in args.ts:
        by_context.update(finished_messages(path))
    target = ts_path(args.lang)
    count = fill(target, lambda ctx, src: by_context.get((ctx, src)) or by_source.get(src))
    lrelease(target)
    print(f"filled {count} messages")


if __name__ == "__main__":
    main()
