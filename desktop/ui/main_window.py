"""The main window: a navigation sidebar beside the pages (dashboard, the registers, the
document register, sync, settings), the menus built from the shared actions, and a status bar
naming the database, the sync state and the user. Geometry is remembered; a language switch
retranslates everything in place."""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QStackedWidget, QWidget)

import desktop
from desktop.ui import settings
from desktop.ui.actions import Actions
from desktop.ui.context import AppContext
from desktop.ui.opening import OpenedDatabase, open_database

# Sidebar rows, in the order of an officer's work: the registers, then the documents and the
# settings. Ctrl+1 … Ctrl+9 follow the rows.
PAGE_DASHBOARD = 0
PAGE_LIST = 1  # arrest review (审查逮捕)
PAGE_CUSTODY = 2  # custody-necessity review (羁押必要性审查)
PAGE_SUPERVISION = 3  # supervision of the police (立案监督、侦查活动监督)
PAGE_PETITIONS = 4  # the petition register (涉检信访)
PAGE_COOPERATION = 5  # the cooperation log (侦查监督与协作配合)
PAGE_DOCUMENTS = 6  # the register of issued documents
PAGE_SYNC = 7  # packages to and from the upper office
PAGE_STATISTICS = 8  # the statistics page (统计), before Settings so Settings keeps Ctrl+9
PAGE_SETTINGS = 9
PAGE_COUNT = 10
SYNC_START_DELAY_MS = 4000  # after the window is up: reading the keyring costs time

_SIDEBAR_STYLE = """
QListWidget#sidebar { border: none; border-right: 1px solid palette(mid);
                      background: palette(window); outline: 0; }
QListWidget#sidebar::item { padding: 9px 14px; border: none; }
QListWidget#sidebar::item:selected { background: palette(highlight);
                                     color: palette(highlighted-text); }
"""


class MainWindow(QMainWindow):
    """Built in two steps so that the window is on screen at once: the frame (sidebar, menus,
    status bar) in the constructor, the pages in `build_pages()`, which the constructor calls
    unless told not to (the start-up path calls it right after the first paint). Until then
    nothing imports the query services, the domain rules or Qt's large `Qt` namespace."""

    first_painted = Signal()
    pages_built = Signal()

    def __init__(self, opened: OpenedDatabase, *, clock: Callable[[], date] = date.today,
                 build_pages: bool = True):
        super().__init__()
        self._painted = False  # before any child: event() runs from here on
        self.setObjectName("mainWindow")
        self._opened = opened
        self._dialogs: list[QDialog] = []
        self.dashboard = self.arrest_list = self.settings_page = self.custody_list = None
        self.sync_page = self.sync_agent = None
        self.backup_agent = None
        self.window_lock = None  # built with the pages
        self.document_register = self.supervision_page = None
        self.petition_list = None
        self.cooperation_page = None
        self.statistics_page = None
        self.context = AppContext(opened.office, clock=clock, parent=self)
        self.actions = Actions(self)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(_SIDEBAR_STYLE)
        for _ in range(PAGE_COUNT):
            QListWidgetItem(self.sidebar)
        self.stack = QStackedWidget(self)
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_toolbar()
        self.db_label = QLabel(self)
        self.db_label.setObjectName("databaseLabel")
        self.user_label = QLabel(self)
        self.user_label.setObjectName("userLabel")
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncStatusLabel")
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.backup_label = QLabel(self)  # a failed automatic backup stays in sight
        self.backup_label.setObjectName("backupStatusLabel")
        self.backup_label.setStyleSheet("color: #b71c1c;")
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.user_label)

        self._connect()
        self.retranslateUi()
        self.sidebar.setCurrentRow(PAGE_DASHBOARD)
        self._restore_geometry()
        if opened.backup is not None:
            self.show_backup_message(opened.backup)
        if build_pages:
            self.build_pages()

    # -- construction ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(a.new_request)
        self.file_menu.addAction(a.new_custody_review)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.import_register)
        self.file_menu.addAction(a.import_police)
        self.file_menu.addSeparator()
        self.file_menu.addAction(a.lock)
        self.file_menu.addAction(a.switch_user)
        self.file_menu.addAction(a.quit)
        self.view_menu = self.menuBar().addMenu("")
        for action in (a.go_dashboard, a.go_list, a.go_custody, a.go_supervision,
                       a.go_petitions, a.go_cooperation, a.go_documents, a.go_sync,
                       a.go_statistics, a.go_settings):
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.search)
        self.view_menu.addAction(a.refresh)
        self.view_menu.addSeparator()
        self.view_menu.addAction(a.audit_log)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(a.about)

    def _build_toolbar(self) -> None:
        a = self.actions
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(a.new_request)
        self.toolbar.addAction(a.refresh)

    def _connect(self) -> None:
        a = self.actions
        self.sidebar.currentRowChanged.connect(self._page_chosen)
        a.go_dashboard.triggered.connect(lambda: self.show_page(PAGE_DASHBOARD))
        a.go_list.triggered.connect(lambda: self.show_page(PAGE_LIST))
        a.go_settings.triggered.connect(lambda: self.show_page(PAGE_SETTINGS))
        a.go_sync.triggered.connect(lambda: self.show_page(PAGE_SYNC))
        a.go_custody.triggered.connect(lambda: self.show_page(PAGE_CUSTODY))
        a.go_documents.triggered.connect(lambda: self.show_page(PAGE_DOCUMENTS))
        a.go_supervision.triggered.connect(lambda: self.show_page(PAGE_SUPERVISION))
        a.go_petitions.triggered.connect(lambda: self.show_page(PAGE_PETITIONS))
        a.go_cooperation.triggered.connect(lambda: self.show_page(PAGE_COOPERATION))
        a.go_statistics.triggered.connect(lambda: self.show_page(PAGE_STATISTICS))
        a.new_custody_review.triggered.connect(self.new_custody_review)
        a.search.triggered.connect(self.focus_search)
        a.refresh.triggered.connect(self.context.notify_changed)
        a.new_request.triggered.connect(self.new_request)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        a.audit_log.triggered.connect(self.show_audit_page)
        a.import_register.triggered.connect(lambda: self.show_import_wizard())
        a.import_police.triggered.connect(lambda: self.show_import_wizard(police=True))
        self.context.open_record.connect(self.open_record)
        self.context.office_changed.connect(self._show_office)

    def build_pages(self) -> None:
        """Create the pages (once). Imports the read services and the domain rules."""
        if self.dashboard is not None:
            return
        from desktop.ui.arrest_list import ArrestListPage
        from desktop.ui.dashboard import DashboardPage
        from desktop.ui.settings_page import SettingsPage

        self.dashboard = DashboardPage(self.context, self.stack)
        self.arrest_list = ArrestListPage(self.context, self.stack)
        self.settings_page = SettingsPage(self.context, self.stack)
        for page in (self.dashboard, self.arrest_list, self.settings_page):
            self.stack.addWidget(page)
        self.dashboard.show_overdue_requested.connect(self._show_overdue)
        from desktop.ui.sync_agent import SyncAgent

        self.sync_agent = SyncAgent(self.context, self)
        self.sync_agent.state_changed.connect(self._show_sync_state)
        self.context.records_changed.connect(self._show_sync_state)
        self._show_sync_state()
        if not os.environ.get("ZHENJIAN_NO_WARM_UP"):
            QTimer.singleShot(SYNC_START_DELAY_MS, self._start_sync_agent)
        self.settings_page.database_change_requested.connect(self.switch_database)
        self._start_backups()
        from desktop.ui.lock_screen import WindowLock

        # locks after the office's idle time, or on Ctrl+L, while log-in is on
        self.window_lock = WindowLock(self, self.context)
        self.actions.lock.triggered.connect(self.window_lock.lock)
        self.actions.switch_user.triggered.connect(self.window_lock.switch_user)
        self.context.records_changed.connect(self._show_lock_actions)
        self.context.office_changed.connect(self._show_lock_actions)
        self._show_lock_actions()
        self.actions.install_shortcuts()
        self.context.watch_the_date()
        self._fit_sidebar()
        self._page_chosen(self.sidebar.currentRow())
        self.pages_built.emit()

    def _fit_sidebar(self) -> None:
        width = max(self.sidebar.sizeHintForColumn(0), 120) + 12
        self.sidebar.setFixedWidth(width)

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.build_pages()
        self.sidebar.setCurrentRow(index)

    def current_page(self) -> int:
        """The sidebar row of the page on show (the stack holds pages in build order)."""
        current = self.stack.currentWidget()
        for row, page in ((PAGE_DASHBOARD, self.dashboard), (PAGE_LIST, self.arrest_list),
                          (PAGE_CUSTODY, self.custody_list),
                          (PAGE_SETTINGS, self.settings_page),
                          (PAGE_DOCUMENTS, self.document_register),
                          (PAGE_SUPERVISION, self.supervision_page),
                          (PAGE_PETITIONS, self.petition_list),
                          (PAGE_COOPERATION, self.cooperation_page),
                          (PAGE_SYNC, self.sync_page),
                          (PAGE_STATISTICS, self.statistics_page)):
            if page is not None and page is current:
                return row
        return -1

    def _page_widget(self, index: int) -> QWidget | None:
        if index == PAGE_CUSTODY and self.custody_list is None:
            # Built on first visit: the dashboard reads custody deadlines from the queries.
            from desktop.ui.custody_list import CustodyListPage

            self.custody_list = CustodyListPage(self.context, self.stack)
            self.stack.addWidget(self.custody_list)
        if index == PAGE_DOCUMENTS and self.document_register is None:
            from desktop.ui.document_register_page import DocumentRegisterPage

            self.document_register = DocumentRegisterPage(self.context, self.stack)
            self.stack.addWidget(self.document_register)
        if index == PAGE_SUPERVISION and self.supervision_page is None:
            from desktop.ui.supervision_page import SupervisionPage

            self.supervision_page = SupervisionPage(self.context, self.stack)
            self.stack.addWidget(self.supervision_page)
        if index == PAGE_PETITIONS and self.petition_list is None:
            from desktop.ui.petition_list import PetitionListPage

            self.petition_list = PetitionListPage(self.context, self.stack)
            self.stack.addWidget(self.petition_list)
        if index == PAGE_SYNC and self.sync_page is None:
            from desktop.ui.sync_page import SyncPage

            self.sync_page = SyncPage(self.context, self.sync_agent, self.stack)
            self.stack.addWidget(self.sync_page)
        if index == PAGE_COOPERATION and self.cooperation_page is None:
            from desktop.ui.cooperation_page import CooperationPage

            self.cooperation_page = CooperationPage(self.context, self.stack)
            self.stack.addWidget(self.cooperation_page)
        if index == PAGE_STATISTICS and self.statistics_page is None:
            from desktop.ui.statistics_page import StatisticsPage

            self.statistics_page = StatisticsPage(self.context, self.stack)
            self.stack.addWidget(self.statistics_page)
        return {PAGE_STATISTICS: self.statistics_page, PAGE_DASHBOARD: self.dashboard, PAGE_LIST: self.arrest_list,
                PAGE_CUSTODY: self.custody_list, PAGE_SETTINGS: self.settings_page,
                PAGE_DOCUMENTS: self.document_register,
                PAGE_SUPERVISION: self.supervision_page, PAGE_PETITIONS: self.petition_list,
                PAGE_COOPERATION: self.cooperation_page, PAGE_SYNC: self.sync_page}.get(index)

    def _page_chosen(self, index: int) -> None:
        if index < 0 or self.dashboard is None:
            return
        page = self._page_widget(index)
        if page is None:  # a row without its page in this build
            return
        self.stack.setCurrentWidget(page)
        a = self.actions
        for row, action in ((PAGE_DASHBOARD, a.go_dashboard), (PAGE_LIST, a.go_list),
                            (PAGE_CUSTODY, a.go_custody), (PAGE_SETTINGS, a.go_settings),
                            (PAGE_DOCUMENTS, a.go_documents),
                            (PAGE_SUPERVISION, a.go_supervision),
                            (PAGE_PETITIONS, a.go_petitions),
                            (PAGE_COOPERATION, a.go_cooperation), (PAGE_SYNC, a.go_sync),
                            (PAGE_STATISTICS, a.go_statistics)):
            action.setChecked(row == index)

    def focus_search(self) -> None:
        if self.current_page() == PAGE_DOCUMENTS:
            self.document_register.focus_search()
            return
        if self.current_page() == PAGE_SUPERVISION:
            self.supervision_page.focus_search()
            return
        if self.current_page() == PAGE_PETITIONS:
            self.petition_list.focus_search()
            return
        if self.current_page() == PAGE_COOPERATION:
            self.cooperation_page.focus_search()
            return
        self.show_page(PAGE_LIST)  # builds the pages if need be
        self.arrest_list.focus_search()

    def _show_overdue(self) -> None:
        self.show_page(PAGE_LIST)
        self.arrest_list.show_overdue()

    # -- records ---------------------------------------------------------------------------
    def open_record(self, kind: str, record_id: str) -> QDialog | None:
        if kind == "petition":
            self.show_page(PAGE_PETITIONS)
            self.petition_list.select_petition(record_id)
            return None
        if kind == "custody_review":
            self.show_page(PAGE_CUSTODY)
            self.custody_list.select_review(record_id)
            return None
        if kind == "supervision":  # the dashboard's supervision deadlines: the matter
            self.show_page(PAGE_SUPERVISION)
            self.supervision_page.select_matter(record_id)
            return None
        if kind.startswith("cooperation."):  # a tracked cooperation-log item (dashboard)
            self.show_page(PAGE_COOPERATION)
            self.cooperation_page.open_entry(record_id)
            return None
        from desktop.domain.review_deadlines import Step

        step_record = ""
        if kind in {s.value for s in Step}:
            # A step after a decision (dashboard): "<request id>/<the step's record id>".
            record_id, _, step_record = record_id.partition("/")
        elif kind != "arrest_review":
            return None
        from PySide6.QtCore import Qt

        from desktop.ui.request_detail import RequestDetailDialog

        dialog = RequestDetailDialog(self.context, record_id, self)
        if step_record:
            dialog.show_record(step_record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def show_audit_page(self) -> QDialog:
        """The audit log (审计日志) as a window of its own beside the pages."""
        from PySide6.QtCore import Qt

        from desktop.ui.audit_page import AuditPage

        self.build_pages()
        dialog = AuditPage(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def show_import_wizard(self, *, police: bool = False) -> QDialog:
        """The import wizard (ui/import_wizard.py), modeless: the officer may look at the
        registers while a long file is written; they read again when it is done."""
        from PySide6.QtCore import Qt

        from desktop.ui.import_wizard import ImportWizard

        self.build_pages()
        wizard = ImportWizard(self.context.office, self, today=self.context.today(),
                              police=police)
        wizard.imported.connect(self.context.notify_changed)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.destroyed.connect(lambda *_: self._forget(wizard))
        self._dialogs.append(wizard)
        wizard.show()
        return wizard

    def _forget(self, dialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    def open_dialogs(self) -> list[QDialog]:
        return list(self._dialogs)

    def new_custody_review(self) -> None:
        self.show_page(PAGE_CUSTODY)
        self.custody_list.new_review()

    def new_request(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.build_pages()
        try:
            from desktop.ui.register_dialog import RegisterRequestDialog
        except ImportError:
            QMessageBox.information(self, self.tr("New request"),
                                    self.tr("Registering requests is not available in this "
                                            "build."))
            return
        dialog = RegisterRequestDialog(self.context.office, self, today=self.context.today())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.notify_changed()
            request_id = getattr(dialog, "request_id", None)
            if request_id:
                self.arrest_list.select_request(request_id)
                self.statusBar().showMessage(self.tr("Request registered."), 8000)

    # -- database --------------------------------------------------------------------------
    def switch_database(self, path: str) -> bool:
        """Open another database in this window; the current one stays open on failure."""
        from pathlib import Path

        if Path(path).resolve() == self._opened.office.db.path.resolve():
            return True
        opened = open_database(path, self)
        if opened is None:
            return False
        old, self._opened = self._opened, opened
        self.context.replace_office(opened.office)
        old.lock.release()
        settings.put(settings.DATABASE_PATH, str(opened.office.db.path))
        if opened.backup is not None:
            self.show_backup_message(opened.backup)
        return True

    def _start_backups(self) -> None:
        """Automatic backups (ui/backup_agent.py): at start and daily; restore from Settings."""
        from desktop.ui.backup_agent import BackupAgent
        from desktop.ui.backup_restore import restore_in_window

        self.backup_agent = BackupAgent(self.context, self)
        self.backup_agent.finished.connect(self._show_backup_state)
        self.settings_page.backup_box.set_agent(self.backup_agent)
        self.settings_page.backup_box.restore_requested.connect(
            lambda backup, passphrase: restore_in_window(self, backup, passphrase))
        if not os.environ.get("ZHENJIAN_NO_WARM_UP"):
            self.backup_agent.start()

    def _show_backup_state(self, result, error) -> None:
        if error is not None:
            from desktop.ui.backup_labels import backup_error_text

            self.backup_label.setText(self.tr("Backup failed"))
            self.backup_label.setToolTip(backup_error_text(error) + "\n" + self.tr(
                "Nothing was lost; the next start tries again."))
            return
        self.backup_label.setText("")
        self.backup_label.setToolTip("")
        self.statusBar().showMessage(self.tr("Backup written: %1").replace(
            "%1", str(result.path)), 10000)

    def replace_opened(self, opened: OpenedDatabase) -> None:
        """Show `opened` in this window (after a restore); the old office is closed."""
        self._opened = opened
        self.context.replace_office(opened.office)

    def _start_sync_agent(self) -> None:
        """Online sync starts by itself when the keys open without a passphrase (the OS
        keyring, read in a worker); otherwise it waits for the officer's first push."""
        from desktop.services.sync_registry import upper_of

        if self.sync_agent is not None and upper_of(self.context.reader) is not None:
            self.sync_agent.load_keys_quietly()

    def _show_sync_state(self) -> None:
        """Pending changes, the last acknowledgement and the link, in the status bar."""
        from desktop.services.sync_queries import sync_status

        if self.sync_agent is None:
            return
        status = sync_status(self.context.reader)
        if not status.upper_code:
            self.sync_label.setText("")
            return
        parts = [self.tr("%n change(s) pending", "", status.pending)]
        if status.last_acked_at is not None:
            from desktop.ui.sync_page import local

            parts.append(self.tr("acknowledged %1").replace(
                "%1", local(status.last_acked_at).strftime("%m-%d %H:%M")))
        link = {"up": self.tr("link up"), "down": self.tr("link down"),
                "refused": self.tr("last package refused")}.get(self.sync_agent.link)
        if link:
            parts.append(link)
        if status.open_alarms:
            parts.append(self.tr("%n sync alarm(s)", "", status.open_alarms))
        self.sync_label.setText(" · ".join(parts))

    def _show_office(self) -> None:
        self.retranslateUi()

    def _show_lock_actions(self) -> None:
        """Lock and switch user need log-in on (an office of one has nobody to ask); the
        new-record actions follow the user's roles (the services refuse them anyway)."""
        from desktop.domain import permissions

        for action in (self.actions.lock, self.actions.switch_user):
            action.setEnabled(self.window_lock is not None and self.window_lock.available())
        office = self.context.office
        self.actions.new_request.setEnabled(office.may(permissions.REGISTER_REQUEST))
        self.actions.new_custody_review.setEnabled(office.may(permissions.CUSTODY_REVIEW))
        # importing registers what manual entry would; an upper office keeps the units'
        # records read-only and registers none of its own requests from files
        from desktop.services.upper_queries import is_upper_office

        from desktop.ui.import_wizard import allowed_kinds

        upper = is_upper_office(office.reader)
        self.actions.import_register.setEnabled(bool(allowed_kinds(office)) and not upper)
        self.actions.import_police.setEnabled(office.may(permissions.REGISTER_REQUEST)
                                              and not upper)

    def adopt_user(self, office) -> None:
        """Go on as another logged-in user of the same database: what the user before had
        open is closed (a dialog waiting for an answer is cancelled)."""
        from PySide6.QtWidgets import QApplication

        for dialog in list(self._dialogs):
            dialog.close()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._opened.office = office
        self.context.switch_user(office)

    def show_backup_message(self, backup) -> None:
        self.statusBar().showMessage(
            self.tr("The database was upgraded to this version; a backup copy was saved as %1.")
            .replace("%1", str(backup)))

    def show_holiday_problems(self, problems: list[str]) -> None:
        self.statusBar().showMessage(
            self.tr("Holiday data could not be read: %1").replace("%1", "; ".join(problems)))

    @property
    def opened(self) -> OpenedDatabase:
        return self._opened

    # -- window ----------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1180, 720)
        state = settings.get(settings.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        if self.arrest_list is not None:
            self.arrest_list.save_state()
        for dialog in list(self._dialogs):
            dialog.close()
        super().closeEvent(event)

    def event(self, event) -> bool:
        result = super().event(event)
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return result

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, self.tr("About Zhenjian Desk"),
            self.tr("<h3>侦监台 Zhenjian Desk %1</h3><p>Arrest review, supervision of "
                    "investigations and petitions for a grassroots procuratorate.</p><p>Works "
                    "offline; nothing leaves this computer except sync packages and printouts."
                    "</p><p>Chinese font: WenQuanYi Micro Hei (Apache License 2.0).</p>")
            .replace("%1", desktop.version()))

    def retranslateUi(self) -> None:
        office = self.context.office
        # The version in the title: what the title bar and the taskbar's tooltip show, so
        # support can ask "which version?" without opening Help → About.
        self.setWindowTitle(f"{desktop.APP_NAME_ZH} {desktop.APP_NAME} {desktop.version()} — "
                            f"{office.unit_name}")
        self.actions.retranslateUi()
        titles = {PAGE_DASHBOARD: self.tr("Dashboard"), PAGE_LIST: self.tr("Arrest review"),
                  PAGE_CUSTODY: self.tr("Custody review"),
                  PAGE_SUPERVISION: self.tr("Supervision"), PAGE_PETITIONS: self.tr("Petitions"),
                  PAGE_COOPERATION: self.tr("Cooperation log"),
                  PAGE_DOCUMENTS: self.tr("Documents"), PAGE_SYNC: self.tr("Sync"),
                  PAGE_STATISTICS: self.tr("Statistics"), PAGE_SETTINGS: self.tr("Settings")}
        for row, text in titles.items():
            self.sidebar.item(row).setText(text)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.db_label.setText(self.tr("Database: %1").replace("%1", str(office.db.path)))
        self.db_label.setToolTip(str(office.db.path))
        self.user_label.setText(self.tr("User: %1").replace("%1", office.display_name))
        if self.dashboard is not None:
            self._fit_sidebar()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
