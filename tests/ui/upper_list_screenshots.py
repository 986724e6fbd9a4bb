"""Screenshots of the upper office (上级院) for the look review: the consolidated arrest-review
list with its unit column and filter, the dashboard across units, and a unit's request opened
read-only, in Chinese and in English.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.upper_list_screenshots [OUT]

Builds two demo units and imports their packages into an upper office (tests/upper_office.py)
in a temporary folder; the PNG files go to docs/screenshots by default."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 760)


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-upper-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ.setdefault("ZHENJIAN_DATA_DIR", str(work / "data"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import PAGE_DASHBOARD, PAGE_LIST, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons
    from desktop.ui.request_detail import RequestDetailDialog
    from tests.conftest import TODAY
    from tests.upper_office import UNITS, _build

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    _build(work)

    def settle():
        for _ in range(5):
            app.processEvents()

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(work / "upper.sqlite3")
        window = MainWindow(opened, clock=lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        for page, name in ((PAGE_DASHBOARD, "upper_dashboard"), (PAGE_LIST, "upper_list")):
            window.show_page(page)
            settle()
            target = out / f"{name}_{suffix}.png"
            window.grab().save(str(target))
            print(target)
        request_id = opened.office.reader.execute(
            "SELECT r.id FROM arrest_requests r JOIN request_index i ON i.request_id = r.id "
            "WHERE r.unit_code = ? AND i.status IN ('received', 'under_review') ORDER BY r.id "
            "LIMIT 1", (UNITS[0][0],)).fetchone()[0]
        dialog = RequestDetailDialog(window.context, request_id, window)
        dialog.resize(1000, 760)
        dialog.show()
        dialog.show_review(next(iter(dialog.workspaces)))
        settle()
        target = out / f"upper_read_only_{suffix}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()
        window.close()
        opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
