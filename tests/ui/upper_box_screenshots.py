"""Screenshots of the upper office's box under a custody review and a cooperation entry.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.upper_box_screenshots OUT

Builds a unit and its upper office in a temporary folder; the upper office writes a comment
and a 督办 on the unit's custody review and a 督办 on its cooperation entry; saves, in Chinese
and in English, at the unit the custody page and the cooperation page with what came down,
and at the upper office the cooperation page with the box's actions.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-upper-box-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ.setdefault("ZHENJIAN_DATA_DIR", str(work / "data"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services import upper_records as up
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.context import AppContext
    from desktop.ui.cooperation_page import CooperationPage
    from desktop.ui.custody_list import CustodyListPage
    from desktop.ui.pyside_workarounds import protect_singletons
    from tests.sync import down_world as world
    from tests.ui.test_upper_box_custody_cooperation import (cooperation_entry_at,
                                                             custody_review_at)

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    fixture = world.down_world.__wrapped__(work)
    upper, (a, _b), _chief = next(fixture)
    review_id, entry_id = custody_review_at(a), cooperation_entry_at(a)
    world.exchange(a, upper)
    up.issue_instruction(upper.office, subject_table="custody_reviews", subject_id=review_id,
                         kind="comment", text="注意审查羁押期间的身体状况。",
                         today=world.DECIDED)
    up.issue_instruction(upper.office, subject_table="custody_reviews", subject_id=review_id,
                         kind="directive", text="请于十月二十五日前报告羁押必要性审查结果。",
                         due_date=date(2026, 10, 25), today=world.DECIDED)
    up.issue_instruction(upper.office, subject_table="cooperation_entries",
                         subject_id=entry_id, kind="directive",
                         text="请说明立案监督进展。", due_date=date(2026, 10, 27),
                         today=world.DECIDED)
    world.exchange(a, upper)

    def settle():
        for _ in range(5):
            app.processEvents()

    def shot(widget, name):
        widget.resize(1200, 800)
        widget.show()
        settle()
        widget.grab().save(str(out / name))

    seen = date(2026, 10, 23)
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        unit = AppContext(a.office, clock=lambda: seen)
        page = CustodyListPage(unit)
        page.select_review(review_id)
        shot(page, f"upper_box_custody_unit_{suffix}.png")
        page = CooperationPage(unit)
        page.select_entry(entry_id)
        shot(page, f"upper_box_cooperation_unit_{suffix}.png")
        page = CooperationPage(AppContext(upper.office, clock=lambda: world.DECIDED))
        page.select_entry(entry_id)
        shot(page, f"upper_box_cooperation_upper_{suffix}.png")
    try:
        next(fixture)
    except StopIteration:
        pass
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
