"""`zhenjian --self-test`: prove that this installation works, in a few seconds, without
touching the user's data. Made for the built program (PyInstaller bundle, .deb) — each step
uses what a bundle can miss: the migrations and what Alembic's env.py imports, the holiday
data, the templates and the CJK font, the translations, Qt's platform plugins.

Everything happens in a temporary folder (database, settings, key files), which is removed
afterwards. One line goes to stdout — "self-test ok: … in N ms" or "self-test FAILED: step:
reason" — and the exit status is 0 or 1; the full traceback of a failure goes to the log.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)

# The environment the self-test sets for its run and puts back afterwards.
_ISOLATED = ("ZHENJIAN_DATA_DIR", "ZHENJIAN_CONFIG_DIR", "ZHENJIAN_NO_WARM_UP")
WINDOW_TIMEOUT_MS = 20_000


class StepFailed(Exception):
    def __init__(self, step: str, reason: str):
        super().__init__(f"{step}: {reason}")
        self.step, self.reason = step, reason


def _database(folder: Path):
    """A new office database, created by running every migration."""
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.store.database import Database
    from desktop.store.schema import HEAD

    path = folder / "self-test.sqlite3"
    office = create_office(path, OfficeSetup(
        unit_code="999999", unit_name="自检人民检察院", unit_abbr="自检",
        upper_name="自检上级人民检察院", officer_name="自检", password="self-test-only"))
    revision = Database(path).revision()
    if revision != HEAD:
        office.close()
        raise StepFailed("database", f"at revision {revision}, not {HEAD}")
    return office, f"schema {HEAD}"


def _deadline() -> str:
    """A period running into the National Day holiday is extended past it (CPL 105): needs the
    holiday data (chinese_calendar and the shipped override file)."""
    from desktop.domain.review_deadlines import Step, step_deadline
    from desktop.services.calendar_setup import load_holiday_calendar

    problems = load_holiday_calendar()
    if problems:
        raise StepFailed("deadline", "; ".join(problems))
    result = step_deadline(Step.RECONSIDERATION_DECISION, date(2026, 9, 28), in_custody=False)
    if result.due != date(2026, 10, 8):
        raise StepFailed("deadline", f"7 days from 2026-09-28 gave {result.due}, not "
                                     "2026-10-08 (holiday data missing?)")
    return f"deadline {result.due.isoformat()}"


def _document(unit_name: str) -> str:
    """A decision rendered from its template into PDF bytes with the embedded CJK font."""
    from desktop.documents.content import DocumentContent
    from desktop.documents.render import render_pdf
    from desktop.documents.templates import all_templates, fill_text

    templates = all_templates()
    template = templates.get("approve_arrest")
    if template is None:
        raise StepFailed("document", f"template approve_arrest missing ({len(templates)} found)")
    context = {"suspect_name": "王自检", "unit_name": unit_name}
    paragraphs = tuple(fill_text(p, context) for p in template.paragraphs)
    content = DocumentContent(
        doc_type=template.code, title=template.title, unit_name=unit_name,
        number="自检刑批捕〔2026〕1号", recipient="自检公安局：", paragraphs=paragraphs,
        attachments="", issued_on=date(2026, 11, 23), date_text="二〇二六年十一月二十三日")
    data = render_pdf(content).data
    if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
        raise StepFailed("document", "the PDF has no embedded font")
    return f"{len(templates)} templates, PDF {len(data) // 1024} KB"


def _window(office) -> str:
    """The main window, shown and painted offscreen (or on the screen the user has), closed."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from desktop.services.office import claim_database
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import OpenedDatabase

    app = make_application()
    from desktop.ui.fonts import ensure_cjk_font

    if ensure_cjk_font() is None:  # the window would show boxes for every Chinese character
        raise StepFailed("font", "the shipped CJK font did not load")
    i18n.install("zh_CN")
    translated = QCoreApplication.translate("MainWindow", "&Help")
    if translated == "&Help":
        raise StepFailed("translations", "the Chinese translation did not load")
    lock = claim_database(office.db.path)
    opened = OpenedDatabase(office, lock)
    window = MainWindow(opened)
    painted: list[bool] = []
    loop = QEventLoop()
    window.first_painted.connect(lambda: (painted.append(True), loop.quit()))
    QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
    window.show()
    if not painted:
        loop.exec()
    window.close()
    window.deleteLater()
    app.processEvents()
    lock.release()
    if not painted:
        raise StepFailed("window", f"not painted within {WINDOW_TIMEOUT_MS} ms")
    return f"window on {app.platformName()}"


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Run every step; print one line; 0 when all passed, 1 otherwise."""
    started = time.perf_counter()
    saved = {name: os.environ.get(name) for name in _ISOLATED}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    done: list[str] = []
    step = "start"
    office = None
    try:
        with tempfile.TemporaryDirectory(prefix="zhenjian-self-test-") as folder:
            os.environ["ZHENJIAN_DATA_DIR"] = folder
            os.environ["ZHENJIAN_CONFIG_DIR"] = folder
            os.environ["ZHENJIAN_NO_WARM_UP"] = "1"  # no background backups of a test file
            try:
                step = "database"
                office, note = _database(Path(folder))
                done.append(note)
                step = "deadline"
                done.append(_deadline())
                step = "document"
                done.append(_document(office.unit_name))
                step = "window"
                done.append(_window(office))
            finally:
                if office is not None:
                    office.close()
                _forget_settings(folder)
    except StepFailed as exc:
        log.error("self-test failed at %s: %s", exc.step, exc.reason)
        out(f"self-test FAILED: {exc.step}: {exc.reason}")
        return 1
    except Exception as exc:  # noqa: BLE001 — a self-test reports whatever broke
        log.exception("self-test failed at %s", step)
        out(f"self-test FAILED: {step}: {type(exc).__name__}: {exc}".replace("\n", " "))
        return 1
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    elapsed = round((time.perf_counter() - started) * 1000)
    from desktop import version

    out(f"self-test ok: zhenjian {version()}, {', '.join(done)} in {elapsed} ms")
    log.info("self-test ok in %d ms", elapsed)
    return 0


def _forget_settings(folder: str) -> None:
    """The settings store of the temporary folder must not outlive it."""
    if "desktop.ui.settings" not in sys.modules:
        return
    from desktop.ui import settings

    for path in [p for p in settings._stores if str(p).startswith(folder)]:
        settings._stores.pop(path).sync()
