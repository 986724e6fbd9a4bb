"""Screenshots of the statistics page for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.statistics_screenshots OUT

Builds the sample office and an upper office with two demo units (tests/upper_office.py), then
saves in Chinese and in English: the indicator table of the year with a rate selected, the
records behind a figure, the trends tab, and the upper office's per-unit columns.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-stats-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.context import AppContext
    from desktop.ui.pyside_workarounds import protect_singletons
    from desktop.ui.statistics_page import StatisticsPage
    from tests.conftest import TODAY
    from tests.ui.sample_data import create_sample_office
    from tests.upper_office import UpperWorld, _build

    app = make_application()
    protect_singletons()
    office = create_sample_office(work / "sample.sqlite3")
    (work / "upper").mkdir()
    _build(work / "upper")
    upper = UpperWorld(work / "upper").open_upper()

    def settle():
        for _ in range(5):
            app.processEvents()

    def ready(page):
        while page.is_busy():  # the figures come from a worker thread
            app.processEvents()

    def shot(widget, name):
        widget.show()
        settle()
        widget.grab().save(str(out / name))

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        page = StatisticsPage(AppContext(office, clock=lambda: TODAY))
        page.resize(1280, 800)
        page.kind.setCurrentIndex(page.kind.findData("year"))
        ready(page)
        cell = page.cell_of("arrest.non_arrest_rate")
        page.table.setCurrentCell(cell.row(), 0)
        page.table.scrollToItem(cell)
        shot(page, f"statistics_page_{suffix}.png")
        cell = page.cell_of("arrest.received_cases")
        dialog = page.show_records(cell.row(), cell.column())
        shot(dialog, f"statistics_records_{suffix}.png")
        dialog.close()
        page.tabs.setCurrentIndex(1)
        ready(page)
        shot(page, f"statistics_trends_{suffix}.png")
        page.close()
        upper_page = StatisticsPage(AppContext(upper, clock=lambda: TODAY))
        upper_page.resize(1280, 800)
        upper_page.kind.setCurrentIndex(upper_page.kind.findData("year"))
        ready(upper_page)
        shot(upper_page, f"statistics_upper_{suffix}.png")
        upper_page.close()
    upper.close()
    office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
