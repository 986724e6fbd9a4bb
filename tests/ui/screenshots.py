"""Screenshots of the main window for the README and the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.screenshots [OUT_DIR]

Builds a demo database (300 invented requests, up to today) in a temporary folder, opens it
in Chinese and in English, and saves the dashboard and the arrest-review list as PNG files
(docs/screenshots by default).
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 760)


def build_database(folder: Path) -> Path:
    path = folder / "demo.sqlite3"
    try:
        from desktop.services.demo import create_demo
    except ImportError:  # fall back on the test sample
        from tests.ui.sample_data import create_sample_office

        create_sample_office(path, today=date.today()).close()
    else:
        create_demo(path, cases=300, today=date.today()).close()
    return path


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import PAGE_DASHBOARD, PAGE_LIST, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    db = build_database(work)
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(db)
        window = MainWindow(opened)
        window.resize(*SIZE)
        window.show()
        for page, name in ((PAGE_DASHBOARD, "dashboard"), (PAGE_LIST, "main_list")):
            window.show_page(page)
            for _ in range(5):
                app.processEvents()
            target = out / f"{name}_{suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
