"""The main window: frame, navigation, status bar, remembered geometry."""
from PySide6.QtCore import Qt
import desktop
from PySide6.QtGui import QKeySequence

from desktop.ui.main_window import PAGE_DASHBOARD, PAGE_LIST, PAGE_SETTINGS, MainWindow
from desktop.ui.models.arrest_table_model import REQUEST_ID_ROLE
from tests.ui.sample_data import TODAY, UNIT_NAME


def test_window_opens_on_the_dashboard_with_unit_and_user(main_window):
    assert main_window.windowTitle() == f"侦监台 Zhenjian Desk {desktop.version()} — {UNIT_NAME}"
    assert main_window.current_page() == PAGE_DASHBOARD
    assert main_window.stack.currentWidget() is main_window.dashboard
    assert str(main_window.opened.office.db.path) in main_window.db_label.text()
    assert "张明" in main_window.user_label.text()


def test_sidebar_switches_pages(main_window, qtbot):
    sidebar = main_window.sidebar
    for row, page in ((PAGE_LIST, main_window.arrest_list),
                      (PAGE_SETTINGS, main_window.settings_page),
                      (PAGE_DASHBOARD, main_window.dashboard)):
        rect = sidebar.visualItemRect(sidebar.item(row))
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.stack.currentWidget() is page
        assert main_window.actions.go_list.isChecked() == (row == PAGE_LIST)


def test_shortcuts_navigate_and_focus_the_search(main_window, qtbot):
    actions = main_window.actions
    assert actions.new_request.shortcut() == QKeySequence("Ctrl+N")
    assert actions.search.shortcut() == QKeySequence("Ctrl+F")
    assert actions.refresh.shortcut() == QKeySequence("F5")
    assert actions.go_dashboard.shortcut() == QKeySequence("Ctrl+1")
    assert actions.quit.shortcut() == QKeySequence("Ctrl+Q")
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_LIST
    qtbot.keyClick(main_window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_SETTINGS
    actions.search.trigger()
    assert main_window.current_page() == PAGE_LIST
    assert main_window.arrest_list.search_edit.hasFocus() or \
        main_window.focusWidget() is main_window.arrest_list.search_edit


def test_pages_can_be_built_after_the_first_paint(opened, qtbot, english):
    window = MainWindow(opened, clock=lambda: TODAY, build_pages=False)
    qtbot.addWidget(window)
    assert window.dashboard is None and window.stack.count() == 0
    with qtbot.waitSignal(window.first_painted, timeout=3000):
        window.show()
    window.build_pages()
    assert window.stack.count() == 3
    assert window.stack.currentWidget() is window.dashboard
    assert not window.actions.search.shortcut().isEmpty()
    window.close()


def test_geometry_is_remembered(opened, qtbot, english):
    first = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(first)
    first.resize(700, 520)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(second)
    assert second.height() == 520  # the width is held up by the list page's filter bar
    second.close()


def test_new_request_opens_the_register_dialog_and_refreshes(main_window, qtbot, monkeypatch):
    """The dialog (written elsewhere) is stood in for by one that registers through the real
    service: the list and the dashboard show the new request at once, selected."""
    import sys
    import types
    from datetime import date

    from PySide6.QtWidgets import QDialog

    from desktop.services.arrest_register import register_request
    from tests.ui.sample_data import Sample, Suspect, registration

    created = {}

    class StandIn(QDialog):
        def __init__(self, office, parent=None, *, today):
            super().__init__(parent)
            self.office, self.today = office, today
            self.request_id = None

        def exec(self):
            sample = Sample("N3201012026110099", (Suspect("新来", date(1985, 2, 2), 71),),
                            self.today, True, "C0502", date(2026, 11, 30))
            self.request_id = register_request(self.office, registration(self.office, sample),
                                               today=self.today)
            created["id"] = self.request_id
            return QDialog.DialogCode.Accepted

    module = types.ModuleType("desktop.ui.register_dialog")
    module.RegisterRequestDialog = StandIn
    monkeypatch.setitem(sys.modules, "desktop.ui.register_dialog", module)
    main_window.show_page(PAGE_LIST)
    page = main_window.arrest_list
    assert page.model.rowCount() == 5
    with qtbot.waitSignal(main_window.context.records_changed, timeout=1000):
        main_window.actions.new_request.trigger()
    assert page.model.rowCount() == 6
    selected = page.view.selectionModel().selectedRows()
    assert [i.data(REQUEST_ID_ROLE) for i in selected] == [created["id"]]
    assert main_window.statusBar().currentMessage() == "Request registered."


def test_views_follow_the_date_when_left_open_overnight(opened, qtbot, english):
    from datetime import timedelta

    from desktop.domain.deadlines import DueState

    day = [TODAY]
    window = MainWindow(opened, clock=lambda: day[0])
    qtbot.addWidget(window)
    window.context.watch_the_date(interval_ms=20)
    assert window.dashboard.counts()[DueState.OVERDUE] == 1
    day[0] = TODAY + timedelta(days=1)  # midnight passes: 11-23 is now overdue too
    qtbot.waitUntil(lambda: window.dashboard.counts()[DueState.OVERDUE] == 2, timeout=2000)
    window.close()


def test_the_about_box_and_the_window_title_show_the_version(main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    main_window.actions.about.trigger()
    assert len(shown) == 1 and f"Zhenjian Desk {desktop.version()}" in shown[0]
    assert f"Zhenjian Desk {desktop.version()} — " in main_window.windowTitle()
