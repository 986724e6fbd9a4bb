"""Backups in the window: "Back up now" writes into the chosen folder and shows the time; a
missing folder (the USB stick not plugged in) or no key yet is said in the settings and the
status bar, nothing lost; a restore from Settings closes, restores and reopens the database."""
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.ui import settings
from desktop.ui.main_window import PAGE_SETTINGS
from tests.ui.sample_data import TODAY


def wait_backup(window, qtbot):
    qtbot.waitUntil(lambda: not window.backup_agent.is_busy(), timeout=30000)


def requests(window):
    return window.context.office.reader.execute("SELECT count(*) FROM arrest_requests"
                                                ).fetchone()[0]


def test_back_up_now_then_restore_from_settings(main_window, qtbot, tmp_path, memory_keyring,
                                                monkeypatch):
    window = main_window
    window.show_page(PAGE_SETTINGS)
    box = window.settings_page.backup_box
    usb = tmp_path / "usb"
    usb.mkdir()
    box.set_folder(str(usb))
    assert box.folder.text() == str(usb)
    box.keep.setValue(4)
    assert settings.get(settings.BACKUP_KEEP) == 4
    assert box.last.text() == "none yet"
    assert box.back_up_now()
    wait_backup(window, qtbot)
    made = list(usb.glob("*.zjbak"))
    assert len(made) == 1
    assert made[0].name in box.last.text()
    assert "keyring" in box.key_note.text()
    assert window.backup_label.text() == ""
    assert str(made[0]) in window.statusBar().currentMessage()
    before = requests(window)
    # a change after the backup, then the restore
    from desktop.services import arrest_register
    from tests.conftest import make_registration

    arrest_register.register_request(window.context.office, make_registration(
        window.context.office, case_no="A3201012026119999", id_number="11010519491231002X", name="王小明"),
        today=TODAY)
    assert requests(window) == before + 1
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    path = window.context.office.db.path
    assert box.ask_restore(str(made[0]))
    assert "replaced" in asked[0]
    assert requests(window) == before
    assert window.context.office.db.path == path
    kept = list(path.parent.glob("*.replaced-*"))
    assert len(kept) == 1 and str(kept[0]) in shown[-1]
    # the window works on the restored database, and keeps its one-program lock
    from desktop.services.office import DatabaseError, claim_database

    try:
        claim_database(path).release()
        raise AssertionError("the restored database is not locked")
    except DatabaseError as exc:
        assert exc.code == "in_use"


def test_missing_folder_and_no_key_are_said_and_nothing_lost(main_window, qtbot, tmp_path,
                                                            no_keyring):
    window = main_window
    window.show_page(PAGE_SETTINGS)
    box = window.settings_page.backup_box
    assert "no keyring" in box.key_note.text()
    window.backup_agent.backup_now()  # automatic: no passphrase to ask for
    wait_backup(window, qtbot)
    assert window.backup_label.text() == "Backup failed"
    assert "not set up" in window.backup_label.toolTip()
    assert "next start tries again" in window.backup_label.toolTip()
    box._new_passphrase = lambda: "correct horse"
    box.set_folder(str(tmp_path / "stick-not-plugged-in"))
    assert box.back_up_now()
    wait_backup(window, qtbot)
    assert box.problem.isVisible() and "USB stick" in box.problem.text()
    assert not (tmp_path / "stick-not-plugged-in").exists()
    (tmp_path / "stick-not-plugged-in").mkdir()
    assert window.backup_agent.backup_now()  # the key exists now: no passphrase needed
    wait_backup(window, qtbot)
    assert window.backup_label.text() == "" and not box.problem.isVisible()
    assert len(list((tmp_path / "stick-not-plugged-in").glob("*.zjbak"))) == 1
    assert "passphrase" in box.key_note.text()


def test_a_refused_restore_leaves_the_database_open_and_unchanged(main_window, qtbot, tmp_path,
                                                                  memory_keyring, monkeypatch):
    window = main_window
    window.show_page(PAGE_SETTINGS)
    box = window.settings_page.backup_box
    box.set_folder(str(tmp_path))
    box.back_up_now()
    wait_backup(window, qtbot)
    made = next(tmp_path.glob("*.zjbak"))
    data = bytearray(made.read_bytes())
    data[-3] ^= 0x10
    bad = tmp_path / "bad.zjbak"
    bad.write_bytes(bytes(data))
    before = Path(window.context.office.db.path).read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    box.ask_restore(str(bad))
    assert warned and "not changed" in warned[0] and "damaged" in warned[0]
    assert window.context.office.reader.execute("SELECT count(*) FROM units").fetchone()[0]
    assert not list(Path(window.context.office.db.path).parent.glob("*.replaced-*"))
    assert len(before) > 0


def test_the_backup_key_is_saved_for_another_computer(main_window, qtbot, tmp_path,
                                                      memory_keyring, monkeypatch):
    window = main_window
    window.show_page(PAGE_SETTINGS)
    box = window.settings_page.backup_box
    assert not box.key_button.isEnabled()  # no key before the first backup
    box.set_folder(str(tmp_path))
    box.back_up_now()
    wait_backup(window, qtbot)
    assert box.key_button.isEnabled()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    target = tmp_path / "key.zjbackupkey"
    assert box.save_key(str(target), "recovery words 1")
    assert str(target) in told[0]
    from desktop.services.backups import load_key_file

    key = load_key_file(target, window.context.office.unit_code, "recovery words 1")
    assert key.key_id == box.status.key_id


def test_a_start_soon_after_a_backup_makes_none_and_the_daily_check_waits_a_day(
        main_window, qtbot, tmp_path, memory_keyring):
    from datetime import timedelta

    from desktop.services.backups import backup_status
    from desktop.ui.backup_agent import START_MIN_AGE

    window = main_window
    window.show_page(PAGE_SETTINGS)
    usb = tmp_path / "usb"
    usb.mkdir()
    window.settings_page.backup_box.set_folder(str(usb))
    agent = window.backup_agent
    assert agent.backup_if_due(older_than=START_MIN_AGE)  # none yet: the first start backs up
    wait_backup(window, qtbot)
    last = backup_status(window.context.office).last_at
    assert last is not None and len(list(usb.glob("*.zjbak"))) == 1
    assert not agent.backup_if_due(last + timedelta(hours=1), older_than=START_MIN_AGE)
    assert not agent.backup_if_due(last + timedelta(hours=23))  # the hourly daily check
    assert agent.backup_if_due(last + timedelta(hours=5), older_than=START_MIN_AGE)
    wait_backup(window, qtbot)
