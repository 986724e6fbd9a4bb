"""Screenshots of the audit page (审计日志) for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.audit_screenshots [OUT]

A demo database (60 requests), one juvenile's record opened (a sensitive read), the chain
checked; saved as audit_page_zh.png and audit_page_en.png (docs/screenshots by default).
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-audit-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services import sensitive_reads
    from desktop.services.demo import create_demo
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    db = work / "demo.sqlite3"
    create_demo(db, cases=60, today=date.today()).close()
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(db)
        juvenile = opened.office.reader.execute(
            "SELECT request_id FROM arrest_reviews WHERE juvenile = 1 LIMIT 1").fetchone()
        if juvenile:
            sensitive_reads.opened_request(opened.office, juvenile[0])
        window = MainWindow(opened)
        window.show()
        page = window.show_audit_page()
        page.resize(1280, 720)
        page.check_chain()
        for _ in range(5):
            app.processEvents()
        page.grab().save(str(out / f"audit_page_{suffix}.png"))
        page.close()
        window.close()
        opened.lock.release()
        opened.office.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
