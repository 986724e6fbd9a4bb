"""Every QAction of the main window, declared once (Frescobaldi's actioncollection): menus,
the toolbar and a future shortcut editor all share these objects."""
from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def plain_text(text: str) -> str:
    """A menu text without its accelerator or ellipsis: '新建受理(&N)…' → '新建受理'."""
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "") \
        .replace("\0", "&").rstrip("…").rstrip(".")


class Actions(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.new_request = self._make("newRequest")
        self.search = self._make("search")
        self.refresh = self._make("refresh")
        self.go_dashboard = self._make("goDashboard")
        self.go_list = self._make("goArrestList")
        self.go_custody = self._make("goCustodyReview")
        self.new_custody_review = self._make("newCustodyReview")
        self.go_settings = self._make("goSettings")
        self.go_documents = self._make("goDocuments")
        self.go_sync = self._make("goSync")
        self.go_supervision = self._make("goSupervision")
        self.go_petitions = self._make("goPetitions")
        self.go_cooperation = self._make("goCooperation")
        self.go_statistics = self._make("goStatistics")  # 统计
        self.lock = self._make("lockWindow")  # while the office asks for a log-in
        self.switch_user = self._make("switchUser")
        self.audit_log = self._make("auditLog")  # 审计日志: a dialog (ui/audit_page.py)
        # 导入既有登记 / 公安机关共享信息: the import wizard (ui/import_wizard.py)
        self.import_register = self._make("importRegister")
        self.import_police = self._make("importPoliceExport")
        self.quit = self._make("quit")
        self.about = self._make("about")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        # The navigation actions are mirrored by the sidebar: the current page is checked.
        for action in (self.go_dashboard, self.go_list, self.go_custody, self.go_settings,
                       self.go_documents, self.go_sync, self.go_supervision, self.go_petitions,
                       self.go_cooperation, self.go_statistics):
            action.setCheckable(True)
        self.retranslateUi()

    def _make(self, name: str) -> QAction:
        action = QAction(self.parent())
        action.setObjectName(name)
        return action

    def default_shortcuts(self) -> dict[QAction, list[QKeySequence]]:
        keys = QKeySequence.StandardKey
        shortcuts = {
            self.new_request: [QKeySequence(keys.New)],
            self.search: [QKeySequence(keys.Find)],
            self.refresh: [QKeySequence("F5")],
            self.go_dashboard: [QKeySequence("Ctrl+1")],
            self.go_list: [QKeySequence("Ctrl+2")],
            self.go_settings: [QKeySequence("Ctrl+9")],
            self.go_sync: [QKeySequence("Ctrl+8")],
            self.go_custody: [QKeySequence("Ctrl+3")],
            self.go_documents: [QKeySequence("Ctrl+7")],
            self.go_supervision: [QKeySequence("Ctrl+4")],
            self.go_petitions: [QKeySequence("Ctrl+5")],
            self.go_cooperation: [QKeySequence("Ctrl+6")],
            self.go_statistics: [QKeySequence("Ctrl+0")],  # 1…9 are taken; Settings keeps 9
            self.new_custody_review: [QKeySequence("Ctrl+Shift+N")],
            self.lock: [QKeySequence("Ctrl+L")],
            self.switch_user: [],
            self.audit_log: [QKeySequence("Ctrl+Shift+L")],
            self.import_register: [QKeySequence("Ctrl+Shift+I")],
            self.import_police: [],
            self.quit: [QKeySequence("Ctrl+Q")],
            self.about: [],
        }
        preferences = QKeySequence(keys.Preferences)
        if not preferences.isEmpty() and preferences != QKeySequence("Ctrl+9"):
            shortcuts[self.go_settings].append(preferences)
        return shortcuts

    def install_shortcuts(self) -> None:
        """Set the keyboard shortcuts. Done once the window is on screen: the first shortcut
        makes PySide build the whole `Qt` namespace, ~25 ms of start-up otherwise."""
        for action, sequences in self.default_shortcuts().items():
            action.setShortcuts([s for s in sequences if not s.isEmpty()])
        self.retranslateUi()

    def all(self) -> list[QAction]:
        return [self.new_request, self.new_custody_review, self.search, self.refresh,
                self.go_dashboard, self.go_list, self.go_custody, self.go_settings,
                self.go_documents, self.go_sync, self.go_supervision, self.go_petitions,
                self.go_cooperation, self.go_statistics, self.lock, self.switch_user, self.audit_log,
                self.import_register, self.import_police, self.quit, self.about]

    def retranslateUi(self) -> None:
        texts = {
            self.new_request: (self.tr("&New request…"),
                               self.tr("Register a police request for approval of arrest")),
            self.search: (self.tr("&Search…"), self.tr("Search the arrest-review list")),
            self.refresh: (self.tr("&Refresh"), self.tr("Read the lists again")),
            self.go_dashboard: (self.tr("&Dashboard"), self.tr("Deadlines falling due")),
            self.go_list: (self.tr("&Arrest review"),
                           self.tr("The register of requests for approval of arrest")),
            self.go_custody: (self.tr("&Custody review"),
                              self.tr("Post-arrest custody-necessity reviews")),
            self.new_custody_review: (self.tr("New c&ustody review…"),
                                      self.tr("Start a custody-necessity review of an "
                                              "arrested suspect")),
            self.go_settings: (self.tr("S&ettings"), self.tr("Language, database, this unit")),
            self.go_sync: (self.tr("S&ync"),
                           self.tr("Packages to and from the upper office: export, import, "
                                   "push")),
            self.go_documents: (self.tr("D&ocuments"),
                                self.tr("The register of issued documents: open, print, "
                                        "void")),
            self.go_supervision: (self.tr("Su&pervision"),
                                  self.tr("Case-filing and investigation-activity supervision: "
                                          "notices to the police")),
            self.go_petitions: (self.tr("&Petitions"),
                                self.tr("The petition register (涉检信访)")),
            self.go_cooperation: (self.tr("Coo&peration log"),
                                  self.tr("The investigation-supervision and cooperation "
                                          "office's log: consultations, police information, "
                                          "joint supervision")),
            self.go_statistics: (self.tr("S&tatistics"),
                                 self.tr("The indicators of a period, their trends and the "
                                         "workload; the records behind each figure")),
            self.lock: (self.tr("&Lock"), self.tr("Cover the window until your password is "
                                                   "entered again")),
            self.switch_user: (self.tr("S&witch user…"),
                               self.tr("Log in as another user; open windows are closed")),
            self.audit_log: (self.tr("Audit &log…"),
                             self.tr("Who did what: the whole audit chain, its state, and "
                                     "each record's history")),
            self.import_register: (self.tr("&Import register…"),
                                   self.tr("Bring an existing register in from Excel or CSV")),
            self.import_police: (self.tr("Import &police export…"),
                                 self.tr("Make draft registrations from the police's shared "
                                         "data on requests for arrest")),
            self.quit: (self.tr("&Quit"), self.tr("Close the program")),
            self.about: (self.tr("&About Zhenjian Desk"), self.tr("Version and licences")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setIconText(plain_text(text))
            action.setStatusTip(tip)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain_text(text)} ({shortcut})" if shortcut
                              else plain_text(text))
