"""Start the desktop program: application, font, language, holiday data, database, window.

Start-up speed is a target (at most 1.5x an empty PySide6 window on a 100,000-request
database), so this path imports only Qt, the plain-sqlite3 read side and the domain rules.
SQLAlchemy, Alembic and the write services load when first needed (set-up, upgrade, the
register dialog), and are warmed in a background thread once the window is on screen.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.paths import default_database_path
from desktop.services.calendar_setup import holiday_override_files, load_holiday_calendar  # noqa: F401
from desktop.ui import fonts, i18n, settings
from desktop.ui.pyside_workarounds import collect_in_gui_thread, protect_singletons

ORGANIZATION = "Zhenjian"
APPLICATION = "ZhenjianDesk"
WARM_UP_DELAY_MS = 1500
# Modules of the write path, imported in the background after the first paint.
WRITE_PATH_MODULES = ("desktop.services.arrest_register", "desktop.store.engine")


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    fonts.register_cjk_font()
    collect_in_gui_thread()
    from desktop.ui.read_only import install_refusal_handler

    install_refusal_handler()  # a write to another unit's record: a warning, not a trace
    from desktop.ui.users_labels import install_denial_handler

    install_denial_handler()  # an action the user's roles do not allow: a warning too
    return app


def choose_database(db_path: Path | str | None) -> Path:
    """The command line wins, then the remembered file, then the default location."""
    if db_path:
        return Path(db_path)
    saved = settings.get(settings.DATABASE_PATH)
    return Path(saved) if saved else default_database_path()


def warm_write_path():
    """Import the write path in the background so the first "New request" opens at once."""
    import threading

    def work() -> None:
        import importlib

        for name in WRITE_PATH_MODULES:
            try:
                importlib.import_module(name)
            except ImportError:
                pass

    thread = threading.Thread(target=work, name="zhenjian-warm-up")
    thread.start()
    return thread


def run(db_path: Path | None, lang: str | None, *, exit_after_show: bool = False) -> int:
    """Start the program and return its exit status. With `exit_after_show`, print "shown"
    as soon as the main window has first been painted, and quit (start-up benchmark)."""
    from desktop.ui import crash_dialog

    crash_dialog.install()  # before make_application, whose handlers pass the rest on to it
    app = make_application()
    crash_dialog.ensure_bridge()
    i18n.install(i18n.choose_language(lang, settings.get(settings.LANGUAGE)))

    from desktop.ui.opening import open_database

    path = choose_database(db_path)
    opened = open_database(path)
    if opened is None:
        return 1
    settings.put(settings.DATABASE_PATH, str(opened.office.db.path))

    from desktop.ui.main_window import MainWindow

    # The frame is painted first; the holiday data and the pages follow at once.
    window = MainWindow(opened, build_pages=False)

    def finish_start() -> None:
        protect_singletons()
        # with the schedules the upper office published (calendar_updates)
        problems = load_holiday_calendar(conn=opened.office.reader)
        window.build_pages()
        if problems:
            window.show_holiday_problems(problems)
        if not os.environ.get("ZHENJIAN_NO_WARM_UP"):
            QTimer.singleShot(WARM_UP_DELAY_MS, warm_write_path)

    def shown() -> None:
        print("shown", flush=True)
        app.quit()

    window.first_painted.connect(shown if exit_after_show
                                 else lambda: QTimer.singleShot(0, finish_start))
    window.show()
    try:
        return app.exec()
    finally:
        window.opened.close()
