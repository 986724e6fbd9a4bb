"""Screenshots of the petition register for the look review.

    xvfb-run -a -s "-screen 0 1400x1000x24" .venv/bin/python -m tests.ui.petition_screenshots OUT

A demo database (60 requests and the demo petitions, today 2026-11-23), opened in Chinese and
in English: the petition page with a high-risk petition selected (detail and timeline tabs),
the registration dialog with a wrong ID number, and the dashboard.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 23)


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else Path("petition-shots")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-petition-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services.demo import create_demo
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import PAGE_DASHBOARD, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.petition_register_dialog import RegisterPetitionDialog
    from desktop.ui.pyside_workarounds import protect_singletons

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    db = work / "demo.sqlite3"
    create_demo(db, cases=60, today=TODAY).close()

    def settle():
        for _ in range(8):
            app.processEvents()

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(db)
        window = MainWindow(opened, clock=lambda: TODAY)
        window.resize(1360, 860)
        window.show()
        window.show_page(PAGE_DASHBOARD)
        settle()
        window.grab().save(str(out / f"dashboard_{suffix}.png"))
        window.actions.go_petitions.trigger()
        page = window.petition_list
        high = next(r for r in range(page.model.rowCount())
                    if page.model.row_at(r).high_risk)
        page.view.selectRow(high)
        settle()
        window.grab().save(str(out / f"petitions_{suffix}.png"))
        page.tabs.setCurrentIndex(1)
        settle()
        window.grab().save(str(out / f"petition_timeline_{suffix}.png"))
        page.tabs.setCurrentIndex(2)
        settle()
        window.grab().save(str(out / f"petition_history_{suffix}.png"))
        dialog = RegisterPetitionDialog(window.context.office, window, today=TODAY)
        row = dialog.rows[0]
        row.edits["name"].setText("李秀英")
        row.edits["id_number"].setText("110105198001011239")
        row.check_id_number()
        dialog.received.set_date(date(2026, 9, 28))
        dialog.summary.setPlainText("不服不批准逮捕决定，要求重新审查")
        dialog.triggers.checks["threats"].setChecked(True)
        dialog.show()
        dialog.adjustSize()
        settle()
        dialog.grab().save(str(out / f"register_petition_{suffix}.png"))
        dialog.close()
        window.close()
        opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
