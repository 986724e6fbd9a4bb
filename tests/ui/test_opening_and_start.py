"""Opening databases from the UI (errors, upgrades, the one-program lock), the start-up path,
and the holiday override files."""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.domain.holidays import HolidayCalendar, default_calendar, set_default_calendar
from desktop.store.instance_lock import InstanceLock
from desktop.ui import app as app_module
from desktop.ui import opening, settings
from desktop.ui.main_window import MainWindow
from tests.ui.sample_data import TODAY

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shown_errors(monkeypatch):
    codes = []
    monkeypatch.setattr(opening, "show_database_error",
                        lambda parent, exc, **_: codes.append(getattr(exc, "code", "?")))
    return codes


def test_not_a_database(tmp_path, shown_errors, qapp):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    assert opening.open_database(path) is None
    assert shown_errors == ["not_a_database"]
    InstanceLock(path).acquire()  # the lock was given back


def test_database_from_a_newer_program(sample_db, shown_errors, qapp):
    conn = sqlite3.connect(sample_db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert opening.open_database(sample_db) is None
    assert shown_errors == ["too_new"]


def test_database_open_in_another_copy(sample_db, shown_errors, qapp):
    other = InstanceLock(sample_db)
    other.acquire()
    try:
        assert opening.open_database(sample_db) is None
    finally:
        other.release()
    assert shown_errors == ["in_use"]


def test_empty_file_offers_the_wizard(tmp_path, monkeypatch, qapp):
    asked = []
    monkeypatch.setattr(opening, "run_setup_wizard", lambda path, parent: asked.append(path))
    assert opening.open_database(tmp_path / "new.sqlite3") is None
    assert asked == [tmp_path / "new.sqlite3"]


def test_error_messages_are_translated(qapp, chinese):
    from desktop.services.office import DatabaseError
    from desktop.ui.db_messages import database_error_text

    text = database_error_text(DatabaseError("too_new", "x", path="/d/a.sqlite3"))
    assert "更新版本" in text and "/d/a.sqlite3" in text


def test_an_older_database_is_upgraded_with_a_backup_and_says_so(tmp_path, qtbot, english):
    from desktop.store.database import Database, migrate

    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrate(db.engine(), "0001")
    db.dispose()
    conn = sqlite3.connect(path)
    conn.executescript((ROOT / "tests" / "fixtures" / "baseline_0001_data.sql")
                       .read_text(encoding="utf-8"))
    conn.commit()
    conn.close()
    opened = opening.open_database(path)
    assert opened is not None and opened.backup is not None and opened.backup.exists()
    window = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(window)
    assert "backup" in window.statusBar().currentMessage()
    assert str(opened.backup) in window.statusBar().currentMessage()
    window.close()
    opened.close()


def test_run_returns_1_when_the_database_cannot_be_used(tmp_path, shown_errors, qapp):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"junk" * 1000)
    assert app_module.run(path, "en") == 1
    assert shown_errors == ["not_a_database"]


def test_database_choice_order(tmp_path, monkeypatch):
    assert app_module.choose_database(tmp_path / "a.sqlite3") == tmp_path / "a.sqlite3"
    settings.put(settings.DATABASE_PATH, str(tmp_path / "b.sqlite3"))
    assert app_module.choose_database(None) == tmp_path / "b.sqlite3"
    settings.put(settings.DATABASE_PATH, "")
    from desktop.paths import default_database_path

    assert app_module.choose_database(None) == default_database_path()


def test_holiday_override_files(tmp_path):
    shipped, mine, broken = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "c.json"
    shipped.write_text(json.dumps({"format": 1, "years": {}}), encoding="utf-8")
    mine.write_text(json.dumps({"format": 1, "years": {"2027": {
        "holidays": [{"date": "2027-01-01", "name": "元旦"}], "workdays": []}}}),
        encoding="utf-8")
    broken.write_text("{not json", encoding="utf-8")
    try:
        problems = app_module.load_holiday_calendar([shipped, mine, broken,
                                                     tmp_path / "missing.json"])
        assert len(problems) == 1 and "c.json" in problems[0]
        assert default_calendar().covers(2027)
        assert default_calendar().holiday_name(__import__("datetime").date(2027, 1, 1)) == "元旦"
        assert app_module.holiday_override_files()[0].name == "holidays.json"
    finally:
        set_default_calendar(HolidayCalendar())


HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6.QtCharts", "keyring",
         "desktop.services.arrest_register", "desktop.services.setup", "desktop.services.demo",
         "desktop.store.engine", "desktop.store.models")


def run_python(code: str, tmp_path, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZHENJIAN_DATA_DIR=str(tmp_path),
               ZHENJIAN_CONFIG_DIR=str(tmp_path / "config"), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_start_to_first_paint_imports_no_write_path(sample_db, tmp_path):
    code = ("import sys\nfrom desktop.ui.app import run\n"
            "rc = run(sys.argv[1], 'en', exit_after_show=True)\n"
            f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules])\nsys.exit(rc)\n")
    result = run_python(code, tmp_path, sample_db)
    assert result.returncode == 0, result.stderr
    assert "shown" in result.stdout.splitlines()
    assert "HEAVY []" in result.stdout


def test_whole_main_window_with_list_and_detail_needs_no_sqlalchemy(sample_db, tmp_path):
    code = (
        "import sys\n"
        "from desktop.ui.app import make_application, load_holiday_calendar\n"
        "from desktop.ui.opening import open_database\n"
        "from desktop.ui.main_window import MainWindow, PAGE_LIST\n"
        "app = make_application(); load_holiday_calendar()\n"
        "opened = open_database(sys.argv[1]); w = MainWindow(opened); w.show()\n"
        "w.show_page(PAGE_LIST); app.processEvents()\n"
        "rid = opened.office.reader.execute('SELECT id FROM arrest_requests').fetchone()[0]\n"
        "w.open_record('arrest_review', rid); app.processEvents()\n"
        "print('ROWS', w.arrest_list.model.rowCount())\n"
        f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules])\n"
        "w.close(); opened.close()\n")
    result = run_python(code, tmp_path, sample_db)
    assert result.returncode == 0, result.stderr
    assert "ROWS 5" in result.stdout
    assert "HEAVY []" in result.stdout


def test_a_database_that_no_longer_opens_is_restored_from_a_backup_at_start(
        sample_db, tmp_path, qapp, monkeypatch, memory_keyring):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from desktop.services.backups import ensure_backup_key, make_backup
    from desktop.services.office import open_office

    office = open_office(sample_db)
    ensure_backup_key(office)
    (tmp_path / "usb").mkdir()
    backup = make_backup(office, tmp_path / "usb").path
    requests = office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0]
    office.close()
    with open(sample_db, "r+b") as handle:  # the first page overwritten: no database any more
        handle.write(b"\0" * 4096)
    offered, told = [], []
    monkeypatch.setattr(opening, "show_database_error",
                        lambda parent, exc, offer_restore=False:
                        offered.append((exc.code, offer_restore)) or offer_restore)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    opened = opening.open_database(sample_db)
    try:
        assert offered == [("not_a_database", True)]
        assert opened is not None and "The backup was restored." in told[0]
        assert opened.office.reader.execute(
            "SELECT count(*) FROM arrest_requests").fetchone()[0] == requests
        assert list(Path(sample_db).parent.glob("*.replaced-*"))  # the broken file is kept
    finally:
        if opened is not None:
            opened.close()


def test_cancelling_the_restore_at_start_changes_nothing(tmp_path, qapp, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"junk" * 1000)
    monkeypatch.setattr(opening, "show_database_error",
                        lambda parent, exc, offer_restore=False: offer_restore)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert opening.open_database(path) is None
    assert path.read_bytes() == b"junk" * 1000
    InstanceLock(path).acquire()  # the lock was given back
