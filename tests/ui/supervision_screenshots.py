"""Screenshots of the supervision page and its serve dialog for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.supervision_screenshots [OUT_DIR]

Builds a demo database (60 invented requests and the demo supervision register, up to
2026-11-23) and saves, in Chinese and English, the page with a matter of the
通知立案 → 纠正违法 chain selected, the dialog recording the service of a notice and the
dialog drafting a 纠正违法通知书.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services.demo import create_demo
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import PAGE_SUPERVISION, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    db = work / "demo.sqlite3"
    create_demo(db, cases=60, today=TODAY).close()
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(db)
        window = MainWindow(opened, clock=lambda: TODAY)
        window.resize(1360, 860)
        window.show()
        window.show_page(PAGE_SUPERVISION)
        page = window.supervision_page
        matter = opened.office.reader.execute(
            "SELECT matter_id FROM supervision_notices WHERE kind = 'correction' "
            "AND parent_id IN (SELECT id FROM supervision_notices WHERE kind = 'notice_to_file')"
            " AND state = 'served'").fetchone()[0]
        page.select_matter(matter)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"supervision_{suffix}.png"))
        approved = opened.office.reader.execute(
            "SELECT matter_id, id FROM supervision_notices WHERE state = 'approved'").fetchone()
        page.select_matter(approved[0])
        page.select_notice(approved[1])
        dialog = page.step_dialog("serve")
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"supervision_serve_{suffix}.png"))
        dialog.close()
        dialog = page.step_dialog("new_notice")
        dialog.set_value("kind", "correction")
        dialog.set_value("illegality_codes", ["no_recording", "rights_not_told"])
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"supervision_draft_{suffix}.png"))
        dialog.close()
        window.close()
        opened.close()
        print(out / f"supervision_{suffix}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
