"""The petition register page (涉检信访): the office's settings in one line, a filter bar
(search, status, channel, type, risk, handler, overdue), the lazy list, a row of step buttons
for the selected petition (each enabled only where the step fits its state), and the selected
petition in three tabs: the petition in full, its timeline, its audit history."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QMessageBox, QPushButton, QSplitter, QTableView, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from desktop.services import petition_queries
from desktop.services.petition_documents import PETITION_DOCUMENTS
from desktop.services.petition_queries import PetitionFilter
from desktop.services.petition_settings import read_levels, read_settings
from desktop.ui import petition_labels as pl
from desktop.ui.context import AppContext
from desktop.ui.models.petition_table_model import (COL_DUE, COL_SUMMARY, COL_UNIT,
                                                    COLUMN_COUNT, PETITION_ID_ROLE,
                                                    PetitionTableModel,
                                                    column_title)
from desktop.ui.petition_detail import (ATTACHMENT_LINK, PetitionAuditView, detail_html,
                                        timeline_html)
from desktop.ui.read_only import ReadOnlyNote, set_writable
from desktop.ui.unit_filter import UnitFilter, show_unit_column

SEARCH_DELAY_MS = 150
STEP_NAMES = ("reply", "work", "forward", "transfer", "risk", "attach", "close")


class PetitionListPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("petitionListPage")
        self._context = context
        self.detail = None
        self._filling = False

        self.settings_label = QLabel(self)
        self.settings_label.setObjectName("petitionSettingsLabel")
        self.settings_label.setWordWrap(True)
        self.settings_button = QPushButton(self)
        self.settings_button.setObjectName("petitionSettingsButton")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("petitionSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance(
            "Petitioner, ID number, phone") + 40)
        self.combos: dict[str, QComboBox] = {}
        self._combo_labels: dict[str, QLabel] = {}
        for name in ("status", "channel", "petition_type", "risk_level", "handler"):
            combo = QComboBox(self)
            combo.setObjectName(f"petitionFilter_{name}")
            # narrow in the bar; the open list shows the whole texts
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
            label = QLabel(self)
            label.setBuddy(combo)
            self.combos[name], self._combo_labels[name] = combo, label
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_check = QCheckBox(self)
        self.overdue_check.setObjectName("petitionOverdueOnly")
        self.count_label = QLabel(self)
        self.unit_filter = UnitFilter(self)
        self.note = ReadOnlyNote(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("petitionNewButton")
        self.step_buttons: dict[str, QPushButton] = {}
        for step in STEP_NAMES:
            button = QPushButton(self)
            button.setObjectName(f"petitionStep_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.run_step(s))
            self.step_buttons[step] = button
        self.documents_button = QPushButton(self)
        self.documents_button.setObjectName("petitionDocuments")
        self.documents_menu = QMenu(self.documents_button)
        self.document_actions = {}
        for doc_type in PETITION_DOCUMENTS:
            action = self.documents_menu.addAction("")
            action.triggered.connect(lambda _c=False, t=doc_type: self.issue_document(t))
            self.document_actions[doc_type] = action
        self.documents_button.setMenu(self.documents_menu)
        self.supervision_button = QPushButton(self)
        self.supervision_button.setObjectName("petitionSupervision")
        self.supervision_button.clicked.connect(self.open_supervision_matter)

        self.model = PetitionTableModel(lambda: self._context.reader, self._context.today, self)
        self.view = QTableView(self)
        self.view.setObjectName("petitionTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUMMARY, QHeaderView.ResizeMode.Stretch)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("petitionTabs")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("petitionDetail")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.timeline = QTextBrowser(self)
        self.timeline.setObjectName("petitionTimeline")
        self.history = PetitionAuditView(self)
        self.tabs.addTab(self.browser, "")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.history, "")

        top = QHBoxLayout()
        top.addWidget(self.settings_label, 1)
        top.addWidget(self.settings_button)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 2)
        for name, combo in self.combos.items():
            bar.addWidget(self._combo_labels[name])
            bar.addWidget(combo)
        bar.addWidget(self.overdue_check)
        bar.addSpacing(8)
        bar.addWidget(self.count_label)
        steps = QHBoxLayout()
        steps.addWidget(self.new_button)
        steps.addSpacing(12)
        for button in self.step_buttons.values():
            steps.addWidget(button)
        steps.addSpacing(12)
        steps.addWidget(self.documents_button)
        steps.addWidget(self.supervision_button)
        steps.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.unit_filter)  # upper office only
        layout.addLayout(bar)
        layout.addLayout(steps)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        from desktop.ui.upper_instructions_box import UpperInstructionsBox

        # the upper office's comments and 督办 on the selected record (its actions up there)
        self.upper_box = UpperInstructionsBox(context, "petitions", "", self)
        layout.addWidget(self.upper_box)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.overdue_check.toggled.connect(lambda _c: self.apply_filter())
        self.unit_filter.changed.connect(self.apply_filter)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.view.activated.connect(lambda _i: self.tabs.setFocus())
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.new_button.clicked.connect(self.new_petition)
        self.settings_button.clicked.connect(self.edit_settings)
        context.records_changed.connect(self.refresh)
        context.office_changed.connect(self.refresh)
        self._load_units()
        self.retranslateUi()
        self.apply_filter()

    # -- data ------------------------------------------------------------------------------
    def current_filter(self) -> PetitionFilter:
        def value(name):
            combo = self.combos[name]
            return (combo.currentData() if combo.count() else "") or None

        return PetitionFilter(status=value("status"), channel=value("channel"),
                              petition_type=value("petition_type"),
                              risk_level=value("risk_level"), handler_id=value("handler"),
                              overdue_only=self.overdue_check.isChecked(),
                              search=self.search_edit.text(),
                              unit_code=self.unit_filter.unit_code())

    def apply_filter(self) -> None:
        if self._filling:
            return
        self._search_timer.stop()
        keep = self.current_petition_id()
        self.model.set_filter(self.current_filter())
        self.select_petition(keep, quiet=True)
        self._show_current()

    def _load_units(self) -> None:
        self._filling = True
        self.unit_filter.load(self._context.reader, self._context.office.unit_code)
        self._filling = False
        show_unit_column(self.view, COL_UNIT, self.unit_filter.upper)

    def refresh(self) -> None:
        self._load_units()
        self._fill_combos()
        self.settings_label.setText(pl.settings_summary(read_settings(self._context.reader),
                                                        read_levels(self._context.reader)))
        self.apply_filter()

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def current_petition_id(self) -> str:
        index = self.view.currentIndex()
        return index.data(PETITION_ID_ROLE) if index.isValid() else ""

    def select_petition(self, petition_id: str, *, quiet: bool = False) -> bool:
        row = self.model.row_of(petition_id) if petition_id else -1
        if row < 0 and petition_id and not quiet:
            # not in the filtered list: show everything so the officer finds it
            self._filling = True
            for combo in self.combos.values():
                combo.setCurrentIndex(0)
            self.unit_filter.set_unit(None)
            self.overdue_check.setChecked(False)
            self.search_edit.clear()
            self._filling = False
            self.model.set_filter(self.current_filter())
            row = self.model.row_of(petition_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.selectRow(row)
        self.view.scrollTo(index)
        self._show_current()
        return True

    def _show_current(self) -> None:
        petition_id = self.current_petition_id()
        self.upper_box.set_subject(petition_id or "")
        today = self._context.today()
        reader = self._context.reader
        self.detail = petition_queries.petition_detail(reader, petition_id, today=today) \
            if petition_id else None
        if self.detail is None:
            self.browser.setHtml("")
            self.timeline.setHtml("")
            self.history.set_entries([])
        else:
            basis = pl.basis(self.detail.row.due_kind, read_settings(reader))
            self.browser.setHtml(detail_html(self.detail, basis, today))
            self.timeline.setHtml(timeline_html(self.detail, today))
            self.history.user_names = dict(petition_queries.handlers(reader, None))
            self.history.set_entries(petition_queries.audit_history(reader, petition_id))
        from desktop.ui.petition_dialogs import step_available

        for step, button in self.step_buttons.items():
            button.setEnabled(step_available(step, self.detail))
        self.documents_button.setEnabled(self.detail is not None)
        self.supervision_button.setEnabled(self.detail is not None)
        self.note.show_for(self._context.office, "petition", petition_id)
        set_writable([*self.step_buttons.values(), self.documents_button,
                      self.supervision_button], not self.note.read_only)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n petition(s)", "", self.model.total))

    # -- steps -----------------------------------------------------------------------------
    def new_petition(self) -> QDialog:
        from desktop.ui.petition_register_dialog import RegisterPetitionDialog

        dialog = RegisterPetitionDialog(self._context.office, self, today=self._context.today())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._context.notify_changed()
            self.select_petition(dialog.petition_id or "")
        return dialog

    def step_dialog(self, step: str) -> QDialog | None:
        from desktop.ui import petition_dialogs

        if not petition_dialogs.step_available(step, self.detail) or self.note.read_only:
            return None
        if step == "attach":
            return None
        factory = petition_dialogs.FACTORIES[step]
        return factory(self._context.office, self.detail, today=self._context.today(),
                       parent=self)

    def run_step(self, step: str) -> None:
        if step == "attach":
            self.attach_files()
            return
        dialog = self.step_dialog(step)
        if dialog is not None:
            self._run(dialog)

    def open_supervision_matter(self) -> QDialog | None:
        """A supervision matter raised by this petition (its source is the petition; the
        petitioner is the complaining party)."""
        if self.detail is None:
            return None
        from desktop.services import supervision_queries
        from desktop.ui.supervision_matter_dialogs import new_matter_dialog

        start = supervision_queries.start_from_petition(self._context.reader,
                                                         self.current_petition_id())
        if start is None:
            return None
        dialog = new_matter_dialog(self._context.office, today=self._context.today(),
                                   parent=self, start=start)
        self.last_dialog = dialog
        self._run(dialog)
        return dialog

    def _run(self, dialog: QDialog) -> None:
        keep = self.current_petition_id()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._context.notify_changed()
            self.select_petition(keep)

    def attach_files(self, paths: list[str] | None = None) -> None:
        """Attach files to the selected petition (a file dialog unless `paths` are given)."""
        from pathlib import Path

        from desktop.services import petition_work
        from desktop.services.errors import ValidationFailed
        from desktop.services.petition_register import MAX_ATTACHMENT_BYTES, AttachmentInput

        petition_id = self.current_petition_id()
        if not petition_id or self.note.read_only:
            return
        if paths is None:
            paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if not paths:
            return
        items, problems = [], []
        for path in paths:
            p = Path(path)
            try:
                if p.stat().st_size > MAX_ATTACHMENT_BYTES:
                    problems.append(self.tr("“%1” is larger than %2 MB").replace("%1", p.name)
                                    .replace("%2", str(MAX_ATTACHMENT_BYTES // (1024 * 1024))))
                    continue
                items.append(AttachmentInput(p.name, p.read_bytes()))
            except OSError as exc:
                problems.append(f"{p.name}: {exc.strerror or exc}")
        if items:
            try:
                petition_work.add_attachments(self._context.office, petition_id, items)
            except ValidationFailed as exc:
                problems += [pl.error_message(e) for e in exc.errors]
            else:
                self._context.notify_changed()
                self.select_petition(petition_id)
        if problems:
            QMessageBox.warning(self, self.tr("Attach files"), "\n".join(problems))

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(ATTACHMENT_LINK):
            self.save_attachment(text[len(ATTACHMENT_LINK):])

    def save_attachment(self, attachment_id: str, target: str | None = None) -> bool:
        """Save an attachment's bytes where the officer chooses (temp file, then replace)."""
        import os
        from pathlib import Path

        found = petition_queries.attachment_bytes(self._context.reader, attachment_id)
        if found is None:
            return False
        name, content = found
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save attachment"),
                                                          name)
        if not target:
            return False
        path = Path(target)
        temp = path.with_name(path.name + ".part")
        with open(temp, "wb") as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
        # a file leaving the database is audited (services/sensitive_reads)
        from desktop.services import sensitive_reads

        sensitive_reads.saved_attachment(self._context.office, attachment_id, path.name)
        return True

    def issue_document(self, doc_type: str) -> QDialog | None:
        """Open the issue dialog for one of the petition documents, filled from the selected
        petition (services/petition_documents.py)."""
        petition_id = self.current_petition_id()
        if not petition_id:
            return None
        from desktop.services.documents import Subject
        from desktop.ui.document_issue_dialog import DocumentIssueDialog

        dialog = DocumentIssueDialog(self._context.office, doc_type,
                                     Subject("petitions", petition_id), self,
                                     today=self._context.today())
        self._run(dialog)
        return dialog

    def edit_settings(self) -> None:
        from desktop.ui.petition_settings_dialog import PetitionSettingsDialog

        if PetitionSettingsDialog(self._context.office, self).exec() == \
                QDialog.DialogCode.Accepted:
            self._context.notify_changed()

    # -- texts -----------------------------------------------------------------------------
    def _fill_combos(self) -> None:
        reader = self._context.reader
        choices = {
            "status": [("open", self.tr("Open")), *pl.status_choices()],
            "channel": pl.channel_choices(),
            "petition_type": pl.type_choices(),
            "risk_level": [(c, pl.level_label(c)) for c in read_levels(reader).codes],
            "handler": petition_queries.handlers(reader, self._context.office.unit_code),
        }
        self._filling = True
        for name, combo in self.combos.items():
            current = combo.currentData() if combo.count() else ("open" if name == "status"
                                                                 else "")
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value, text in choices[name]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filling = False

    def retranslateUi(self) -> None:
        reader = self._context.reader
        self.settings_label.setText(pl.settings_summary(read_settings(reader),
                                                        read_levels(reader)))
        self.settings_button.setText(self.tr("Settin&gs…"))
        self.search_edit.setPlaceholderText(self.tr("Petitioner, ID number, phone, case or "
                                                    "summary"))
        self.search_edit.setAccessibleName(self.tr("Search"))
        texts = {"status": self.tr("Stat&us:"), "channel": self.tr("&Channel:"),
                 "petition_type": self.tr("T&ype:"), "risk_level": self.tr("Ris&k:"),
                 "handler": self.tr("Handl&er:")}
        for name, text in texts.items():
            self._combo_labels[name].setText(text)
        self.overdue_check.setText(self.tr("Over&due only"))
        self.new_button.setText(self.tr("&New petition…"))
        steps = {"reply": self.tr("&Reply…"), "work": self.tr("&Work…"),
                 "forward": self.tr("F&orward…"), "transfer": self.tr("&Transfer…"),
                 "risk": self.tr("R&isk…"), "attach": self.tr("&Attach…"),
                 "close": self.tr("C&lose…")}
        for step, text in steps.items():
            self.step_buttons[step].setText(text)
        self.documents_button.setText(self.tr("Docu&ments"))
        self.supervision_button.setText(self.tr("Supervision matter…"))
        self.supervision_button.setToolTip(self.tr(
            "The petition shows the police should act (e.g. did not file a case): open a "
            "supervision matter from it"))
        self.document_actions["petition_acceptance"].setText(
            self.tr("Acceptance notice (受理告知书)…"))
        self.document_actions["petition_forwarding"].setText(
            self.tr("Forwarding notice (转送告知书)…"))
        self.document_actions["petition_reply"].setText(self.tr("Reply letter (答复函)…"))
        self.tabs.setTabText(0, self.tr("Petition"))
        self.tabs.setTabText(1, self.tr("Timeline"))
        self.tabs.setTabText(2, self.tr("History"))
        self._fill_combos()
        self.model.retranslate()
        self._fit_columns()
        self._update_count()
        if self.detail is not None:
            self._show_current()

    def _fit_columns(self) -> None:
        """Widths that show typical values whole in the current language; the summary takes
        the rest."""
        from datetime import timedelta

        from desktop.ui import labels
        from desktop.ui.models import petition_table_model as m

        metrics = self.view.fontMetrics()
        today = self._context.today()
        samples = {
            m.COL_RECEIVED: "2026-11-23", m.COL_PETITIONERS: "欧阳娜娜、李秀英",
            m.COL_CHANNEL: max((t for _v, t in pl.channel_choices()), key=len),
            m.COL_TYPE: max((t for _v, t in pl.type_choices()), key=len),
            m.COL_RISK: max((pl.level_label(c) for c in ("high", "medium", "low")), key=len),
            m.COL_DUE: labels.due_text(today - timedelta(days=30), today),
            m.COL_STATUS: max((t for _v, t in pl.status_choices()), key=len),
            m.COL_HANDLER: "欧阳某某",
            m.COL_UNIT: "青山县人民检察院",
        }
        for column in range(COLUMN_COUNT):
            if column == COL_SUMMARY:
                continue
            width = max(metrics.horizontalAdvance(samples.get(column, "")),
                        metrics.horizontalAdvance(column_title(column)))
            self.view.setColumnWidth(column, width + 24)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
