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


def test_the_agent_opens_keyring_keys_in_a_worker_without_asking(main_window, qtbot,
                                                                 memory_keyring):
    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services.office_keys import create_office_keys
    from desktop.services.sync_registry import set_upper

    office = main_window.opened.office
    create_office_keys(office)
    set_upper(office, PublicKeys.of(generate_keys(), unit_code="320100",
                                    unit_name="临江市人民检察院", role="upper"))
    agent = main_window.sync_agent
    assert not agent.has_keys()
    main_window._start_sync_agent()
    qtbot.waitUntil(agent.has_keys, timeout=5000)


def test_an_audit_rewritten_alarm_is_said_with_its_unit_and_entry(main_window):
    from desktop.store.sync_models import SyncAlarm

    office = main_window.opened.office
    from datetime import datetime

    with office.transaction("register_request") as session:
        session.add(SyncAlarm(peer_unit="320102", kind="audit_rewritten", seq=41,
                              detail="went back", raised_at=datetime(2026, 12, 1),
                              resolved=False))
    main_window.show_page(PAGE_SYNC)
    page = main_window.sync_page
    page.refresh()
    text = page.alarm_label.text()
    assert page.alarm_label.isVisibleTo(page)
    assert text.startswith("1 alarm") and "unit 320102" in text and "(entry 41)" in text
