"""An exception nobody caught — in a slot or in a worker thread — writes a local crash report
into the log folder and shows a translated dialog naming it; the report carries the version
and the traceback but not the data values a database error quotes."""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton

import desktop
from desktop import logs
from desktop.ui import crash_dialog


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    monkeypatch.setattr(logs, "_reports_written", 0)
    hooks = sys.excepthook, threading.excepthook
    yield folder
    sys.excepthook, threading.excepthook = hooks
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, crash_dialog.CrashDialog):
            widget.close()


def _dialogs() -> list[crash_dialog.CrashDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, crash_dialog.CrashDialog) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_writes_a_report_and_shows_the_dialog(qtbot, log_folder,
                                                                      english):
    crash_dialog.install()
    crash_dialog.ensure_bridge()
    button = QPushButton("go")
    qtbot.addWidget(button)

    def slot():
        raise ValueError("broken in a slot")

    button.clicked.connect(slot)
    button.click()
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    dialog = _dialogs()[0]
    reports = sorted(log_folder.glob("crash-*.txt"))
    assert len(reports) == 1
    text = reports[0].read_text(encoding="utf-8")
    assert f"version: {desktop.version()}" in text and "platform: " in text
    assert "in slot" in text and "builtins.ValueError: broken in a slot" in text
    assert "never sent anywhere" in text
    assert str(reports[0]) in dialog.informativeText()
    assert dialog.windowTitle() == "Unexpected error"
    # one dialog at a time: a second error adds a report, not a window
    button.click()
    qtbot.waitUntil(lambda: len(list(log_folder.glob("crash-*.txt"))) == 2)
    QApplication.processEvents()
    assert len(_dialogs()) == 1


@pytest.mark.qt_no_exception_capture
def test_the_dialog_is_translated(qtbot, log_folder, chinese):
    crash_dialog.install()
    crash_dialog.ensure_bridge()
    QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    dialog = _dialogs()[0]
    assert dialog.windowTitle() == "意外错误"
    assert "崩溃报告" in dialog.informativeText()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_reaches_the_dialog_through_the_gui_thread(
        qtbot, log_folder, english):
    crash_dialog.install()
    crash_dialog.ensure_bridge()

    def work():
        raise OSError("disk gone")

    thread = threading.Thread(target=work, name="zhenjian-test-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(_dialogs()) == 1)
    text = next(log_folder.glob("crash-*.txt")).read_text(encoding="utf-8")
    assert "thread: zhenjian-test-worker" in text and "disk gone" in text


def test_database_values_stay_out_of_the_report(log_folder):
    from sqlalchemy import create_engine, text

    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        conn.execute(text("CREATE TABLE persons (id_number TEXT UNIQUE, name TEXT)"))
        conn.execute(text("INSERT INTO persons VALUES ('11010519491231002X', '王小明')"))
        try:
            conn.execute(text("INSERT INTO persons VALUES (:i, :n)"),
                         {"i": "11010519491231002X", "n": "王小明"})
        except Exception:  # noqa: BLE001
            kind, value, tb = sys.exc_info()
    path = logs.write_crash_report(kind, value, tb)
    report = path.read_text(encoding="utf-8")
    assert "UNIQUE constraint failed: persons.id_number" in report
    assert "王小明" not in report and "11010519491231002" not in report


def test_the_log_file_rotates_and_lives_in_the_log_folder(log_folder):
    logs.stop_logging()
    try:
        path = logs.setup_logging()
        assert path == log_folder / logs.LOG_FILE
        assert logs.setup_logging() == path  # once per process
        for i in range(2 * logs.MAX_BYTES // 100):
            logging.getLogger("desktop.test").info("line %05d %s", i, "x" * 80)
        assert (log_folder / f"{logs.LOG_FILE}.1").exists()
        assert path.stat().st_size <= logs.MAX_BYTES
    finally:
        logs.stop_logging()
