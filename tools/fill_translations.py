"""Fill unfinished zh_CN messages, from a JSON file of {source: translation} or from other
.ts catalogues (the same context and source), then compile.

    python tools/fill_translations.py --json zh.json
    python tools/fill_translations.py --ts other_branch_zh_CN.ts [...]

Only messages still marked unfinished are filled; finished ones are never overwritten.
"""
from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from update_translations import lrelease, ts_path  # noqa: E402


def finished_messages(ts: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, message.findtext("source"))] = translation.text
    return found


def fill(ts: Path, lookup) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = lookup(name, message.findtext("source"))
            if text:
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, action="append", default=[])
    parser.add_argument("--ts", type=Path, action="append", default=[])
    args = parser.parse_args()
    by_source: dict[str, str] = {}
    for path in args.json:
        by_source.update(json.loads(path.read_text(encoding="utf-8")))
    by_context: dict[tuple[str, str], str] = {}
    for path in args.ts:
        by_context.update(finished_messages(path))
    target = ts_path("zh_CN")
    count = fill(target, lambda ctx, src: by_context.get((ctx, src)) or by_source.get(src))
    lrelease(target)
    print(f"filled {count} messages")


if __name__ == "__main__":
    main()
