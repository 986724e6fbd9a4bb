"""The sync page on a unit with no upper office yet, and its place in the window."""
from PySide6.QtCore import Qt

from desktop.ui.main_window import PAGE_SYNC


def test_ctrl_8_opens_the_sync_page_which_asks_for_the_upper_office_first(main_window, qtbot):
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_SYNC
    page = main_window.sync_page
    assert "No upper office registered" in page.peer_label.text()
    assert not page.buttons["export"].isEnabled() and not page.buttons["push"].isEnabled()
    assert page.buttons["import"].isEnabled() and page.buttons["register_upper"].isEnabled()
    pending = main_window.opened.office.reader.execute("SELECT count(*) FROM outbox"
                                                       ).fetchone()[0]
    assert page.pending_label.text().startswith(f"{pending} changes not yet acknowledged")
    assert main_window.sync_label.text() == ""  # nothing to say before an upper office


def test_the_sync_page_speaks_chinese(main_window, chinese):
    main_window.show_page(PAGE_SYNC)
    page = main_window.sync_page
    assert page.buttons["import"].text() == "导入同步包(&I)…"
    assert "尚未登记上级院" in page.peer_label.text()
