"""Registering a request with the disk full, then read-only: the officer sees a translated
message, the form keeps what was typed, nothing is saved; once there is room, Save saves."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.services.disk_limits import full_disk, read_only
from tests.ui.test_register_dialog import (ADULT_ID, counts, dialog, fill_minimal,  # noqa: F401
                                           office, template_db)


@pytest.mark.parametrize("trouble, words", [(full_disk, "is full"),
                                            (read_only, "cannot be written")])
def test_register_on_a_full_or_read_only_disk(dialog, office, qtbot, monkeypatch,  # noqa: F811
                                              trouble, words):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append((a[1], a[2])))
    before = counts(office)
    fill_minimal(dialog)
    with trouble(office):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
        assert len(shown) == 1
        title, text = shown[0]
        assert title == "Not saved" and words in text and "Nothing saved before was lost" in text
        assert str(office.db.path) in text
        assert dialog.isVisible() and dialog.request_id is None
        assert dialog.rows[0].id_edit.text() == ADULT_ID  # what was typed is still there
        assert counts(office) == before
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.request_id is not None and len(shown) == 1
    assert counts(office)["arrest_requests"] == before["arrest_requests"] + 1


def test_the_message_is_chinese_in_chinese(qapp, chinese):
    from desktop.store.sqlite import DatabaseError
    from desktop.ui.db_messages import database_error_text, write_error_title

    text = database_error_text(DatabaseError("disk_full", "x", path="/d/o.sqlite3"))
    assert "/d/o.sqlite3" in text and "磁盘" in text
    assert write_error_title() != "Not saved"
