"""Registering a petition from the keyboard (信访登记): date received, channel, type, 涉检,
the petitioners (ID numbers checked at the field), how many came, the summary, related case,
the earlier petition it repeats (suggested from the petitioners' names and ID numbers),
attachments from a file dialog, the first handler (the current officer by default), and the
risk level with its triggers (the level follows the triggers until chosen by hand). The 7-day
and 3-month due dates are shown live as the date changes. Enter saves, Esc cancels; every
service error is shown at its field."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.domain import petitions as rules
from desktop.domain.deadlines import DeadlineError, PeriodEnd
from desktop.domain.petition_risk import suggested_level
from desktop.services import petition_queries
from desktop.services.errors import ValidationFailed
from desktop.services.petition_register import (MAX_ATTACHMENT_BYTES, AttachmentInput,
                                                PetitionInput, register_petition,
                                                repeat_candidates)
from desktop.services.petition_settings import read_levels, read_settings
from desktop.ui import labels
from desktop.ui import petition_labels as pl
from desktop.ui.date_field import DateField
from desktop.ui.petition_dialogs import TriggerBox, fill_levels
from desktop.ui.petitioner_row import PetitionerRow
from desktop.ui.register_fields import ERROR_COLOUR, FieldBox

_PETITIONER_FIELD = re.compile(r"^petitioners\[(\d+)\]\.(\w+)$")


class RegisterPetitionDialog(QDialog):
    def __init__(self, office, parent: QWidget | None = None, *, today: date):
        super().__init__(parent)
        self.setObjectName("registerPetitionDialog")
        self._office = office
        self._today = today
        self._settings = read_settings(office.reader)
        self._levels = read_levels(office.reader)
        self._level_chosen = False  # the officer picked a level: stop following triggers
        self.attachments: list[AttachmentInput] = []
        self.petition_id: str | None = None
        self.rows: list[PetitionerRow] = []

        self.general = QLabel(self)
        self.general.setObjectName("generalError")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.hide()
        self.received = DateField(today=today, value=today, parent=self)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("petitionDueDates")
        self.due_label.setWordWrap(True)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.petition_type = QComboBox(self)
        self.petition_type.setObjectName("petitionType")
        self.concerns = QCheckBox(self)
        self.concerns.setObjectName("concernsProcuratorate")
        self.concerns.setChecked(True)
        self.rows_widget = QWidget(self)
        self.rows_layout = QVBoxLayout(self.rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addPetitioner")
        self.count = QSpinBox(self)
        self.count.setObjectName("petitionerCount")
        self.count.setRange(1, 9999)
        self.collective = QCheckBox(self)
        self.collective.setObjectName("collective")
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.summary.fontMetrics().height() * 3 + 12)
        self.related = QLineEdit(self)
        self.related.setObjectName("relatedCase")
        self.request_hint = QLabel(self)  # the arrest request the case number links to
        self.request_hint.setObjectName("requestHint")
        self.request_hint.hide()
        self.request_id: str | None = None
        self.repeat = QComboBox(self)
        self.repeat.setObjectName("repeatOf")
        self.repeat_hint = QLabel(self)
        self.repeat_hint.setObjectName("repeatHint")
        self.repeat_hint.setWordWrap(True)
        self.files = QListWidget(self)
        self.files.setObjectName("attachments")
        self.files.setFixedHeight(self.files.fontMetrics().height() * 2 + 16)
        self.add_files = QPushButton(self)
        self.add_files.setObjectName("addFiles")
        self.remove_file = QPushButton(self)
        self.remove_file.setObjectName("removeFile")
        self.handler = QComboBox(self)
        self.handler.setObjectName("firstHandler")
        for user_id, name in petition_queries.handlers(office.reader, office.unit_code):
            self.handler.addItem(name, user_id)
        self.handler.setCurrentIndex(max(0, self.handler.findData(office.user_id)))
        self.level = QComboBox(self)
        self.level.setObjectName("riskLevel")
        self.triggers = TriggerBox(self, columns=3)

        for button in (self.add_button, self.add_files, self.remove_file):
            button.setAutoDefault(False)  # Enter saves, wherever the focus is

        # the fields that service errors land on
        self.boxes: dict[str, FieldBox] = {}
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def row(name: str, widget: QWidget, target: QWidget | None = None) -> FieldBox:
            box = FieldBox(widget, target, self)
            label = QLabel(self)
            label.setBuddy(target or widget)
            self.boxes[name], self._labels[name] = box, label
            form.addRow(label, box)
            return box

        dates = QWidget(self)
        dates_layout = QVBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.received)
        dates_layout.addWidget(self.due_label)
        row("received_on", dates, self.received.edit)
        row("channel", self.channel)
        row("petition_type", self.petition_type)
        form.addRow("", self.concerns)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.rows_widget)
        people_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        row("petitioners", people, self.add_button)
        count_line = QWidget(self)
        count_layout = QHBoxLayout(count_line)
        count_layout.setContentsMargins(0, 0, 0, 0)
        count_layout.addWidget(self.count)
        count_layout.addWidget(self.collective)
        count_layout.addStretch(1)
        row("petitioner_count", count_line, self.count)
        row("summary", self.summary)
        related_line = QWidget(self)
        related_layout = QVBoxLayout(related_line)
        related_layout.setContentsMargins(0, 0, 0, 0)
        related_layout.addWidget(self.related)
        related_layout.addWidget(self.request_hint)
        row("related_case", related_line, self.related)
        repeat_line = QWidget(self)
        repeat_layout = QVBoxLayout(repeat_line)
        repeat_layout.setContentsMargins(0, 0, 0, 0)
        repeat_layout.addWidget(self.repeat)
        repeat_layout.addWidget(self.repeat_hint)
        row("repeat_of", repeat_line, self.repeat)
        files_line = QWidget(self)
        files_layout = QHBoxLayout(files_line)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.files, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_files)
        buttons.addWidget(self.remove_file)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        row("attachments", files_line, self.add_files)
        row("first_handler", self.handler)
        row("risk_level", self.level)
        row("risk_triggers", self.triggers, self.triggers.checks["repeat_visits"])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(900)

        self.received.dateChanged.connect(lambda _d: self.update_due_dates())
        self.add_button.clicked.connect(lambda: self.add_petitioner(focus=True))
        self.add_files.clicked.connect(self.choose_files)
        self.remove_file.clicked.connect(self.remove_selected_file)
        self.triggers.changed.connect(self._triggers_changed)
        self.level.activated.connect(lambda _i: setattr(self, "_level_chosen", True))
        self.repeat.currentIndexChanged.connect(self._repeat_chosen)
        self.collective.toggled.connect(self._collective_toggled)
        self.related.editingFinished.connect(self.link_request)
        self.add_petitioner()
        self.retranslateUi()
        self.received.setFocus()

    # -- petitioners -----------------------------------------------------------------------
    def add_petitioner(self, *, focus: bool = False) -> PetitionerRow:
        row = PetitionerRow(today=self._today, parent=self.rows_widget)
        row.removeRequested.connect(self.remove_petitioner)
        row.identityChanged.connect(self.suggest_repeats)
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._sync_rows()
        self._chain_tabs()
        if focus:
            row.edits["name"].setFocus()
        return row

    def remove_petitioner(self, row: PetitionerRow) -> None:
        if len(self.rows) <= 1:
            return
        self.rows.remove(row)
        row.deleteLater()
        self._sync_rows()
        self._chain_tabs()
        self.suggest_repeats()

    def _sync_rows(self) -> None:
        for row in self.rows:
            row.remove_button.setEnabled(len(self.rows) > 1)
        if self.count.value() < len(self.rows):
            self.count.setValue(len(self.rows))
        self.count.setMinimum(max(1, len(self.rows)))

    def _chain_tabs(self) -> None:
        """Tab follows the form from top to bottom; petitioner rows are made after the rest
        of the form, so their place in the chain is set here."""
        chain = [self.received.edit, self.channel, self.petition_type, self.concerns]
        for row in self.rows:
            chain += [row.edits[name] for name in row.edits] + [row.remove_button]
        chain += [self.add_button, self.count, self.collective, self.summary, self.related,
                  self.repeat, self.files, self.add_files, self.remove_file, self.handler,
                  self.level, *self.triggers.checks.values(), *self.buttons.buttons()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _collective_toggled(self, on: bool) -> None:
        if on:
            self.triggers.checks["collective"].setChecked(True)

    # -- repeats ---------------------------------------------------------------------------
    def suggest_repeats(self) -> None:
        people = [(r.edits["name"].text(), r.edits["id_number"].text()) for r in self.rows]
        found = repeat_candidates(self._office.reader, people)
        keep = self.repeat.currentData()
        self.repeat.blockSignals(True)
        self.repeat.clear()
        self.repeat.addItem(self.tr("Not a repeat petition"), "")
        for c in found:
            how = self.tr("same ID number") if c.by_id_number else self.tr("same name")
            summary = c.summary.splitlines()[0][:30] if c.summary else ""
            self.repeat.addItem(f"{c.received_on.isoformat()}  {c.petitioner_name} — {summary} "
                                f"({how}; {pl.label(pl.STATUSES, c.status)})", c.petition_id)
        self.repeat.setCurrentIndex(max(0, self.repeat.findData(keep)))
        self.repeat.blockSignals(False)
        if found:
            self.repeat_hint.setText(self.tr("%n earlier petition(s) of the same person: choose "
                                             "the one this repeats.", "", len(found)))
        else:
            self.repeat_hint.setText("")
        self.repeat_hint.setVisible(bool(found))

    def _repeat_chosen(self, _index: int) -> None:
        if self.repeat.currentData():
            self.triggers.checks["repeat_visits"].setChecked(True)

    def link_request(self) -> None:
        """A related case number that is a registered request links the petition to it."""
        found = petition_queries.request_for_case(self._office.reader, self.related.text())
        self.request_id = found[0] if found else None
        self.request_hint.setText(self.tr("Linked to the registered request %1").replace(
            "%1", found[1]) if found else "")
        self.request_hint.setVisible(found is not None)

    # -- risk ------------------------------------------------------------------------------
    def _triggers_changed(self) -> None:
        if not self._level_chosen:
            fill_levels(self.level, self._levels,
                        suggested_level(self.triggers.chosen(), self._levels))

    # -- attachments -----------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        self.add_files_from(paths)

    def add_files_from(self, paths: list[str]) -> None:
        """Read the chosen files; one too large is refused at the field, the others kept."""
        refused = []
        for path in paths:
            p = Path(path)
            try:
                if p.stat().st_size > MAX_ATTACHMENT_BYTES:
                    refused.append(self.tr("“%1” is larger than %2 MB; keep it elsewhere and "
                                           "name it in the summary").replace("%1", p.name)
                                   .replace("%2", str(MAX_ATTACHMENT_BYTES // (1024 * 1024))))
                    continue
                content = p.read_bytes()
            except OSError as exc:
                refused.append(self.tr("“%1” cannot be read: %2").replace("%1", p.name)
                               .replace("%2", exc.strerror or str(exc)))
                continue
            self.attachments.append(AttachmentInput(p.name, content))
            item = QListWidgetItem(f"{p.name}  ({len(content) / 1024:.1f} KB)", self.files)
            item.setData(Qt.ItemDataRole.UserRole, len(self.attachments) - 1)
        self.boxes["attachments"].set_error("\n".join(refused) or None)

    def remove_selected_file(self) -> None:
        row = self.files.currentRow()
        if row < 0:
            return
        self.files.takeItem(row)
        del self.attachments[row]

    # -- due dates -------------------------------------------------------------------------
    def update_due_dates(self) -> None:
        received = self.received.date()
        if received is None:
            self.due_label.setText("")
            return
        try:
            procedural = rules.procedural_due(received, self._settings)
            result = rules.result_due(received, self._settings)
        except DeadlineError:
            self.due_label.setText("")
            return
        self.due_label.setText(
            self.tr("Procedural reply due %1; reply on process or result due %2.")
            .replace("%1", self._due_text(procedural)).replace("%2", self._due_text(result)))

    def _due_text(self, end: PeriodEnd) -> str:
        text = labels.due_text(end.due, self._today)
        if end.extended:
            text += " " + self.tr("(raw end %1, carried over the holiday)").replace(
                "%1", end.raw.isoformat())
        return text

    # -- saving ----------------------------------------------------------------------------
    def data(self) -> PetitionInput:
        people = [r.value() for r in self.rows if not r.is_blank()]
        return PetitionInput(
            received_on=self.received.date(), channel=self.channel.currentData() or "",
            petition_type=self.petition_type.currentData() or "",
            summary=self.summary.toPlainText(), petitioners=people,
            concerns_procuratorate=self.concerns.isChecked(),
            petitioner_count=max(self.count.value(), len(people) or 1),
            collective=self.collective.isChecked(), related_case=self.related.text(),
            request_id=self.request_id,
            repeat_of_id=self.repeat.currentData() or None,
            first_handler_id=self.handler.currentData() or "",
            risk_level=self.level.currentData() or "", risk_triggers=self.triggers.chosen(),
            attachments=list(self.attachments))

    def submit(self) -> None:
        for box in self.boxes.values():
            box.clear_error()
        for r in self.rows:
            r.clear_errors()
        self.general.hide()
        self.received.commit()
        self.link_request()
        if self.received.problem() is not None:
            self._show({"received_on": self.received.error_message()}, [])
            return
        bad_ids = [r for r in self.rows if not r.check_id_number()]
        if bad_ids:
            bad_ids[0].edits["id_number"].setFocus()
            return
        try:
            self.petition_id = register_petition(self._office, self.data(), today=self._today)
        except ValidationFailed as exc:
            at_field, general = {}, []
            filled = [r for r in self.rows if not r.is_blank()]
            for error in exc.errors:
                text = pl.error_message(error)
                m = _PETITIONER_FIELD.match(error.field)
                if m and int(m.group(1)) < len(filled):
                    row = filled[int(m.group(1))]
                    if m.group(2) in row.edits:
                        row.set_error(m.group(2), text)
                        continue
                name = error.field.split("[")[0]
                if name == "collective":
                    name = "petitioner_count"
                if name in self.boxes:
                    at_field.setdefault(name, text)
                else:
                    general.append(text)
            self._show(at_field, general)
            return
        self.accept()

    def _show(self, at_field: dict[str, str], general: list[str]) -> None:
        first = None
        for name, box in self.boxes.items():
            if name in at_field:
                box.set_error(at_field[name])
                first = first or box
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        if first is None:
            first = next((r.edits[n] for r in self.rows for n in r.errors), None)
        self.layout().activate()
        if self.sizeHint().height() > self.height():
            self.resize(self.width(), self.sizeHint().height())
        if first is not None:
            first.setFocus()

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Register a petition"))
        texts = {
            "received_on": self.tr("&Date received:"), "channel": self.tr("Cha&nnel:"),
            "petition_type": self.tr("T&ype:"), "petitioners": self.tr("Petitioners:"),
            "petitioner_count": self.tr("Number of &people:"),
            "summary": self.tr("S&ummary:"), "related_case": self.tr("Related &case:"),
            "repeat_of": self.tr("Repeat o&f:"), "attachments": self.tr("Attachments:"),
            "first_handler": self.tr("First &handler (首办):"),
            "risk_level": self.tr("Ris&k level:"), "risk_triggers": self.tr("Risk triggers:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.concerns.setText(self.tr("Concerns this procuratorate's o&wn handling (涉检)"))
        self.add_button.setText(self.tr("&Add petitioner"))
        self.collective.setText(self.tr("Co&llective (group visit or joint letter)"))
        self.related.setPlaceholderText(self.tr("Case number or short description"))
        self.add_files.setText(self.tr("Add f&iles…"))
        self.remove_file.setText(self.tr("R&emove file"))
        for combo, choices in ((self.channel, pl.channel_choices()),
                               (self.petition_type, pl.type_choices())):
            current = combo.currentData() if combo.count() else ""
            combo.clear()
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        current = self.level.currentData() if self.level.count() else \
            suggested_level([], self._levels)
        fill_levels(self.level, self._levels, current)
        self.suggest_repeats()
        self.update_due_dates()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
