"""Screenshots of the cooperation-log page and its entry dialog for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.cooperation_screenshots OUT

Builds a demo database (with its year of the cooperation log) in a temporary folder, opens it
in Chinese and in English, and saves the page, the entry dialog for two kinds and the
dashboard as PNG files.
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
    work = Path(tempfile.mkdtemp(prefix="zhenjian-coop-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services.demo import create_demo
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import PAGE_COOPERATION, PAGE_DASHBOARD, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    db = work / "demo.sqlite3"
    create_demo(db, cases=300, today=TODAY).close()

    def settle():
        for _ in range(5):
            app.processEvents()

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(db)
        window = MainWindow(opened, clock=lambda: TODAY)
        window.resize(1280, 760)
        window.show()
        window.show_page(PAGE_DASHBOARD)
        settle()
        window.grab().save(str(out / f"coop_dashboard_{suffix}.png"))
        window.show_page(PAGE_COOPERATION)
        page = window.cooperation_page
        page.view.selectRow(0)
        settle()
        window.grab().save(str(out / f"coop_page_{suffix}.png"))
        page.tabs.setCurrentIndex(2)
        settle()
        window.grab().save(str(out / f"coop_stats_{suffix}.png"))
        page.tabs.setCurrentIndex(0)
        for kind in ("joint_supervision", "coercive_measure", "joint_meeting"):
            dialog = page.entry_dialog()
            dialog.set_value("kind", kind)
            dialog.show()
            settle()
            if kind == "joint_supervision":
                dialog.set_value("case_ref", "")
                dialog.submit()
                settle()
            dialog.grab().save(str(out / f"coop_dialog_{kind}_{suffix}.png"))
            dialog.reject()
        dialog = page.office_dialog()
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"coop_office_{suffix}.png"))
        dialog.reject()
        window.close()
        opened.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
