"""Switching the language while running, and the settings page."""
import sys

from PySide6.QtCore import QCoreApplication, Qt

from desktop.ui import i18n, settings
from desktop.ui.main_window import PAGE_LIST, PAGE_SETTINGS
from desktop.ui.models.arrest_table_model import COL_CUSTODY, COL_DUE
from desktop.ui.pyside_workarounds import protect_singletons


def switch(main_window, qtbot, lang):
    page = main_window.settings_page
    page.language_combo.setCurrentIndex(page.language_combo.findData(lang))
    QCoreApplication.processEvents()  # LanguageChange is posted to each window


def test_language_switch_changes_visible_texts_without_restart(main_window, qtbot):
    main_window.show_page(PAGE_LIST)
    sidebar = main_window.sidebar
    model = main_window.arrest_list.model
    assert sidebar.item(0).text() == "Dashboard"
    switch(main_window, qtbot, "zh_CN")
    qtbot.waitUntil(lambda: sidebar.item(0).text() == "工作台", timeout=2000)
    assert sidebar.item(1).text() == "审查逮捕"
    assert main_window.file_menu.title() == "文件(&F)"
    assert main_window.actions.new_request.text() == "新建受理(&N)…"
    assert model.headerData(COL_DUE, Qt.Orientation.Horizontal) == "届满日期（剩余天数）"
    assert model.index(0, COL_DUE).data() == "2026-11-21（已逾期2天）"
    assert model.index(0, COL_CUSTODY).data() == "羁押"
    assert main_window.arrest_list.count_label.text() == "共 5 件"
    assert main_window.dashboard.heading.text() == "办案期限提醒"
    assert settings.get(settings.LANGUAGE) == "zh_CN"
    switch(main_window, qtbot, "en")
    qtbot.waitUntil(lambda: sidebar.item(0).text() == "Dashboard", timeout=2000)
    assert main_window.arrest_list.count_label.text() == "5 requests"
    assert settings.get(settings.LANGUAGE) == "en"


def test_open_detail_follows_the_language(main_window, qtbot):
    item = main_window.dashboard.tree.topLevelItem(0).child(0)
    main_window.dashboard._activated(item, 0)
    detail = main_window.open_dialogs()[0]
    assert "Legal basis:" in detail.case_text()
    switch(main_window, qtbot, "zh_CN")
    qtbot.waitUntil(lambda: "法律依据：" in detail.case_text(), timeout=2000)
    assert detail.tabs.tabText(1) == "操作记录(&H)（3）"


def test_settings_page_shows_the_database_and_unit(main_window):
    main_window.show_page(PAGE_SETTINGS)
    page = main_window.settings_page
    assert page.database_path.text() == str(main_window.opened.office.db.path)
    assert page.unit_name.text() == "青山县人民检察院"
    assert page.unit_code.text() == "320101"
    assert page.unit_abbr.text() == "青检"
    assert page.upper_name.text() == "临江市人民检察院"
    assert page.language_combo.currentData() == "en"


def test_opening_another_database_switches_in_place(main_window, qtbot, tmp_path):
    from tests.ui.sample_data import SAMPLES, create_sample_office

    other_path = tmp_path / "other.sqlite3"
    create_sample_office(other_path, SAMPLES[:2]).close()
    old_lock = main_window.opened.lock
    main_window.settings_page.database_change_requested.emit(str(other_path))
    assert main_window.opened.office.db.path == other_path
    assert old_lock._fd is None  # the first file is free again
    assert str(other_path) in main_window.db_label.text()
    assert main_window.settings_page.database_path.text() == str(other_path)
    main_window.show_page(PAGE_LIST)
    assert main_window.arrest_list.model.rowCount() == 2
    assert settings.get(settings.DATABASE_PATH) == str(other_path)


def test_language_choice_order_and_system_default(monkeypatch):
    assert i18n.choose_language("en", "zh_CN") == "en"
    assert i18n.choose_language(None, "zh_CN") == "zh_CN"
    assert i18n.normalize("zh-Hans-CN") == "zh_CN" and i18n.normalize("fr_FR") is None
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.choose_language(None, "") == "zh_CN"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert i18n.choose_language(None, None) == "en"


def test_qt_own_dialog_texts_are_chinese_too(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install("zh_CN")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    finally:
        i18n.install("en")


def test_singletons_survive_pyside_reference_leaks(qapp):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    protect_singletons()
    assert sys.getrefcount(None) > 1 << 30 and sys.getrefcount(True) > 1 << 30
    tree = QTreeWidget()
    item = QTreeWidgetItem(tree)
    before = sys.getrefcount(None)
    for _ in range(1000):
        assert item.data(0, 256) is None
    assert sys.getrefcount(None) > before - 2000  # whatever the binding does, None lives


def test_garbage_cycles_are_collected_by_the_gui_thread_not_by_a_worker(qapp, qtbot):
    import gc
    import threading
    import weakref

    from desktop.ui.pyside_workarounds import collect_in_gui_thread

    collector = collect_in_gui_thread()
    assert not gc.isenabled()

    class Node:
        pass

    def cycle():
        a, b = Node(), Node()
        a.other, b.other = b, a
        return weakref.ref(a)

    gc.collect()
    collector.timer.stop()  # the GUI thread's turn comes after the worker's
    ref = cycle()
    # a worker allocating far past the thresholds does not collect...
    worker = threading.Thread(target=lambda: [cycle() for _ in range(5 * collector.threshold[0])])
    worker.start()
    worker.join()
    assert gc.get_count()[0] > collector.threshold[0]
    assert ref() is not None
    # ...the GUI thread's timer does
    collector.timer.start()
    qtbot.waitUntil(lambda: ref() is None, timeout=3000)
