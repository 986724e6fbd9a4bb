"""Registering a police request for approval of arrest (受理提请批准逮捕), from the keyboard.

Tab order is designed around the typical request — one detained suspect with an ID number and
one charge: focus starts in the police case number, and the first pass of Tab visits only what
has no default (case number → request number → each suspect's name, ID number and detention
date → charges). Fields with defaults (agency, dates, checkboxes, counsel, officer, note) follow
in a second pass, top to bottom. Enter moves on like Tab; Ctrl+Enter (or Ctrl+S) saves; every
label has an Alt mnemonic. Errors are shown at their fields, and nothing is saved until there
are none."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
                               QDialogButtonBox, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from desktop.services import arrest_queries
from desktop.ui.charge_picker import ChargePicker
from desktop.ui.field_messages import error_message, message_for
from desktop.ui.register_fields import ERROR_COLOUR, FieldBox, RowsArea, level_with
from desktop.ui.register_intake import IntakeSection
from desktop.ui.suspect_row import SuspectRow

if TYPE_CHECKING:
    from desktop.services.office import Office


class RegisterRequestDialog(QDialog):
    def __init__(self, office: "Office", parent=None, *, today: date, resubmission_of=None,
                 register=None):
        """`resubmission_of` (a request's detail): the police re-submit a refused request
        after supplementary investigation (补充侦查后重新提请). The form starts from the old
        request — case, agency, charges and the refused suspects — and saves a new request
        linked to it; the officer corrects whatever changed.

        `register(data, dialog) -> request id` saves instead of register_request: a draft
        from the police is confirmed through its own service (ui/import_drafts.py, which
        also pre-fills the form)."""
        super().__init__(parent)
        self._register = register
        self.office = office
        self.today = today
        self.resubmission_of = resubmission_of
        self._carried: dict[str, tuple] = {}  # name → (birth date, sex) of a suspect with no ID
        self.request_id: str | None = None
        self._dirty = False
        self._watching_focus = False
        self.rows: list[SuspectRow] = []
        conn = office.reader

        self.case_no_label, self.case_no_edit = QLabel(), QLineEdit()
        self.case_no_edit.setMaxLength(60)
        self.case_no_box = FieldBox(self.case_no_edit)
        self.request_no_label, self.request_no_edit = QLabel(), QLineEdit()
        self.request_no_edit.setMaxLength(60)
        self.request_no_box = FieldBox(self.request_no_edit)

        self.suspects_group = QGroupBox()
        # Rows scroll once there are more than a few (gang cases), so the dialog fits a screen.
        self.rows_scroll = RowsArea(lambda: self.rows)
        self.rows_scroll.setWidgetResizable(True)
        self.rows_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rows_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows_widget = QWidget()
        self.rows_layout = QVBoxLayout(rows_widget)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.addStretch(1)
        self.rows_scroll.setWidget(rows_widget)
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.suspects_message = QLabel()
        self.suspects_message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.suspects_message.hide()
        add_line = QHBoxLayout()
        add_line.addWidget(self.suspects_message, 1)
        add_line.addStretch(1)
        add_line.addWidget(self.add_button)
        group_layout = QVBoxLayout(self.suspects_group)
        group_layout.addWidget(self.rows_scroll, 1)
        group_layout.addLayout(add_line)

        self.charges_label = QLabel()
        self.charge_picker = ChargePicker(arrest_queries.charges(conn))
        self.charges_box = FieldBox(self.charge_picker, target=self.charge_picker.edit)

        self.intake = IntakeSection(conn, user_id=office.user_id, unit_code=office.unit_code,
                                   today=today)
        # Short names for what the dialog and its tests use most.
        self.agency_combo, self.officer_combo = self.intake.agency_combo, self.intake.officer_combo
        self.request_date, self.received_date = self.intake.request_date, self.intake.received_date
        self.major_check, self.note_edit = self.intake.major_check, self.intake.note_edit
        self.agency_box, self.received_box = self.intake.agency_box, self.intake.received_box

        level_with(self.case_no_edit, self.case_no_label, self.request_no_label,
                   self.charges_label)
        head = QGridLayout()
        head.addWidget(self.case_no_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.case_no_box, 0, 1)
        head.addWidget(self.request_no_label, 0, 2, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.request_no_box, 0, 3)
        head.setColumnStretch(1, 1)
        head.setColumnStretch(3, 1)
        charges_line = QHBoxLayout()
        charges_line.addWidget(self.charges_label, 0, Qt.AlignmentFlag.AlignTop)
        charges_line.addWidget(self.charges_box, 1)

        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(mid);")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.save_button, self.cancel_button):
            # Plain Enter moves to the next field; it must never save half a form.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.suspects_group, 1)
        layout.addLayout(charges_line)
        layout.addWidget(self.intake)
        layout.addLayout(bottom)

        for label, buddy in ((self.case_no_label, self.case_no_edit),
                             (self.request_no_label, self.request_no_edit),
                             (self.charges_label, self.charge_picker.edit)):
            label.setBuddy(buddy)
        for sequence in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(sequence), self, self.save)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_suspect)
        self.add_button.clicked.connect(lambda: self.add_suspect())

        self.case_no_edit.textEdited.connect(lambda: self._edited(self.case_no_box))
        self.request_no_edit.textEdited.connect(lambda: self._edited(self.request_no_box))
        self.charge_picker.edited.connect(lambda: self._edited(None))
        self.charge_picker.chargesChanged.connect(self.charges_box.clear_error)
        self.charge_picker.problem.connect(self._charge_problem)
        self.charge_picker.saveRequested.connect(self.save)
        self.agency_combo.lineEdit().textEdited.connect(lambda: self._edited(self.agency_box))
        self.agency_combo.activated.connect(lambda: self._edited(self.agency_box))
        self.officer_combo.activated.connect(lambda: self._edited(self.intake.officer_box))
        self.note_edit.textEdited.connect(lambda: self._edited(None))
        for field in (self.request_date, self.received_date):
            field.edited.connect(lambda: self._edited(None))
            field.dateChanged.connect(self._context_changed)
        self.major_check.toggled.connect(lambda: (self._edited(None), self._context_changed()))

        self.add_suspect(focus=False)
        if resubmission_of is not None:
            self._start_from(resubmission_of)
        self.retranslate()
        self.case_no_edit.setFocus()
        if resubmission_of is not None:
            self.request_no_edit.setFocus()  # the new request's own number comes first

    def _start_from(self, detail) -> None:
        self.case_no_edit.setText(detail.police_case_no)
        index = self.agency_combo.findText(detail.police_agency)
        if index >= 0:
            self.agency_combo.setCurrentIndex(index)
        for code, _name, _article in detail.charges:
            self.charge_picker.add_code(code)
        self.major_check.setChecked(bool(detail.major_complex))
        refused = [s for s in detail.suspects if s.status == "refused"]
        for n, suspect in enumerate(refused):
            row = self.rows[0] if n == 0 else self.add_suspect(focus=False)
            row.name_edit.setText(suspect.name)
            row.id_edit.setText(suspect.id_number or "")
            row.detained_check.setChecked(False)  # released after the refusal
            row.confessed_check.setChecked(suspect.confessed)
            row.counsel_edit.setText(suspect.counsel or "")
            if not suspect.id_number:
                self._carried[suspect.name] = (suspect.birth_date, suspect.sex)
        self._dirty = False

    # -- suspects ----------------------------------------------------------------------------
    def add_suspect(self, focus: bool = True) -> SuspectRow:
        row = SuspectRow(today=self.today)
        row.removeRequested.connect(self.remove_suspect)
        row.edited.connect(lambda: self._edited(None))
        self.rows.append(row)
        self.rows_layout.insertWidget(len(self.rows) - 1, row)
        row.show()  # at once, not at the next event loop turn: it is about to take the focus
        self._renumber()
        self._context_changed()
        if focus:
            row.name_edit.setFocus()
        return row

    def remove_suspect(self, row: SuspectRow) -> None:
        if len(self.rows) <= 1 or row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self._dirty = True
        self._renumber()
        self.rows[min(index, len(self.rows) - 1)].name_edit.setFocus()

    def _renumber(self) -> None:
        for n, row in enumerate(self.rows, 1):
            row.set_number(n)
            row.remove_button.setEnabled(len(self.rows) > 1)
        self.rows_scroll.updateGeometry()
        self._update_tab_order()

    def showEvent(self, e):
        if not self._watching_focus:
            QApplication.instance().focusChanged.connect(self._focus_changed)
            self._watching_focus = True
        super().showEvent(e)

    def hideEvent(self, e):
        if self._watching_focus:
            QApplication.instance().focusChanged.disconnect(self._focus_changed)
            self._watching_focus = False
        super().hideEvent(e)

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.rows_scroll.widget().isAncestorOf(new):
            # After the layout has placed a row that was just added.
            QTimer.singleShot(0, self, lambda: self._scroll_to(new))

    def _scroll_to(self, widget: QWidget) -> None:
        if widget is QApplication.focusWidget():
            self.rows_scroll.ensureWidgetVisible(widget, 0, 8)

    def focus_chain(self) -> list[QWidget]:
        """The designed Tab order: first what has no default, then the rest, top to bottom."""
        first = [self.case_no_edit, self.request_no_edit]
        later = []
        for row in self.rows:
            a, b = row.focus_chain()
            first += a
            later += b
        first.append(self.charge_picker.edit)
        later += [self.add_button, *self.intake.focus_chain(), self.save_button,
                  self.cancel_button]
        return first + later

    def _update_tab_order(self) -> None:
        chain = self.focus_chain()
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Qt's own walk of the focus chain skips about among widgets with focus proxies
        # (field boxes, date fields, the editable combo); follow the designed chain instead.
        chain = [w for w in self.focus_chain() if w.isEnabled() and w.isVisibleTo(self)]
        current = self.focusWidget()
        while current is not None and current not in chain:
            current = current.parentWidget()
        if current is None or not chain:
            return super().focusNextPrevChild(next)
        step = 1 if next else -1
        target = chain[(chain.index(current) + step) % len(chain)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next
                        else Qt.FocusReason.BacktabFocusReason)
        return True

    def _context_changed(self, *_args) -> None:
        for row in self.rows:
            row.set_context(received=self.received_date.date(),
                            request_date=self.request_date.date(),
                            major_complex=self.major_check.isChecked())

    # -- editing state -----------------------------------------------------------------------
    def _edited(self, box: FieldBox | None) -> None:
        self._dirty = True
        if box is not None:
            box.clear_error()

    def _charge_problem(self, code: str, params: dict) -> None:
        self.charges_box.set_error(message_for("charges", code, params) if code else None)

    def keyPressEvent(self, e):
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton) and not isinstance(focus, QCheckBox):
                focus.click()
            else:
                self.focusNextChild()  # Enter moves on like Tab, as on many paper-like forms
            return
        super().keyPressEvent(e)

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        super().reject()

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard this request?"),
            self.tr("The data you typed has not been saved. Close and discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def changeEvent(self, e):
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.request_id is not None:
            return
        picker = self.charge_picker
        if picker.pending_text() and picker.completer.popup().isVisible():
            picker.pick_current()  # Ctrl+Enter with the list open: take the highlighted charge
        self._clear_errors()
        problems: dict[str, str] = {}  # field name → translated message, found here
        dates = [("request_date", self.request_date), ("received_date", self.received_date)]
        dates += [(f"suspects[{i}].detained_since", row.since_field)
                  for i, row in enumerate(self.rows) if row.detained_check.isChecked()]
        for name, field in dates:
            field.commit()
            if field.date() is None and field.text().strip():
                problems[name] = field.error_message()
            elif field.date() is None and not name.startswith("suspects"):
                problems[name] = message_for(name, "required")
        agency_id = self.intake.agency_id()
        new_agency = ""
        if agency_id is None:
            new_agency = self.agency_combo.currentText().strip()
            problems["police_agency"] = message_for("police_agency", "agency.unknown",
                                                    {"name": new_agency})
        if self.charge_picker.pending_text():
            problems["charges"] = message_for("charges", "charge.unpicked",
                                              {"text": self.charge_picker.pending_text()})
        data = self._input(agency_id or "")

        from desktop.services import arrest_register  # SQLAlchemy: not at program start
        from desktop.services.errors import ValidationFailed
        from desktop.services.office import DatabaseError

        errors = [(e.field, error_message(e)) for e in
                  arrest_register.validate_registration(self.office, data, today=self.today)
                  if e.field not in problems]
        if new_agency and list(problems) == ["police_agency"] \
                and all(field == "police_agency" for field, _ in errors) \
                and self._confirm_new_agency(new_agency):
            # The only problem is an agency not yet in the list, and the officer wants it added.
            del problems["police_agency"]
            data.new_police_agency = new_agency
            errors = [(e.field, error_message(e)) for e in arrest_register.validate_registration(
                self.office, data, today=self.today)]
        errors += list(problems.items())
        if not errors:
            try:
                if self._register is not None:
                    self.request_id = self._register(data, self)
                elif self.resubmission_of is not None:
                    from desktop.services import review_followup

                    self.request_id = review_followup.register_resubmission(
                        self.office, self.resubmission_of.request_id, data, today=self.today)
                else:
                    self.request_id = arrest_register.register_request(self.office, data,
                                                                       today=self.today)
            except ValidationFailed as exc:
                errors = [(e.field, error_message(e)) for e in exc.errors]
            except DatabaseError as exc:  # a full disk, a read-only file: say so, keep the form
                from PySide6.QtWidgets import QMessageBox

                from desktop.ui.db_messages import database_error_text, write_error_title

                QMessageBox.warning(self, write_error_title(), database_error_text(exc))
                return
        if errors:
            self._show_errors(errors)
            return
        self._dirty = False
        self.accept()

    def _carried_identity(self, row) -> dict:
        """Birth date and sex of a re-submitted suspect the police identified without an ID
        number (the first request recorded them); nothing for anyone else."""
        carried = self._carried.get(row.name_edit.text().strip())
        if carried is None or row.id_edit.text().strip():
            return {}
        return {"birth_date": carried[0], "sex": carried[1]}

    def _confirm_new_agency(self, name: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("New police agency"),
            self.tr("“{name}” is not in the list of police agencies. Add it to the list and "
                    "save the request?").format(name=name))
        return answer == QMessageBox.StandardButton.Yes

    def _input(self, agency_id: str):
        from desktop.services.arrest_register import RegistrationInput, SuspectInput

        received = self.received_date.date() or self.today
        return RegistrationInput(
            police_agency_id=agency_id,
            police_case_no=self.case_no_edit.text(),
            request_no=self.request_no_edit.text(),
            request_date=self.request_date.date() or received,
            received_date=received,
            officer_id=self.officer_combo.currentData() or "",
            charge_codes=self.charge_picker.codes(),
            suspects=[SuspectInput(
                name=row.name_edit.text(), id_number=row.id_edit.text(),
                detained=row.detained_check.isChecked(),
                detained_since=row.since_field.date() if row.detained_check.isChecked() else None,
                confessed=row.confessed_check.isChecked(), counsel=row.counsel_edit.text(),
                **self._carried_identity(row),
            ) for row in self.rows],
            major_complex=self.major_check.isChecked(),
            note=self.note_edit.text(),
        )

    def field_boxes(self) -> dict[str, FieldBox]:
        boxes = {"police_case_no": self.case_no_box, "request_no": self.request_no_box,
                 "charges": self.charges_box, **self.intake.boxes()}
        for i, row in enumerate(self.rows):
            boxes.update({f"suspects[{i}].{k}": box for k, box in row.boxes().items()})
        return boxes

    def _clear_errors(self) -> None:
        for box in self.field_boxes().values():
            box.clear_error()
        for row in self.rows:
            row.show_other_error(None)
        self.suspects_message.hide()

    def _show_errors(self, errors: list[tuple[str, str]]) -> None:
        boxes = self.field_boxes()
        messages: dict[str, list[str]] = {}
        for name, text in errors:
            if text not in messages.setdefault(name, []):
                messages[name].append(text)
        for name, texts in messages.items():
            text = "\n".join(texts)
            if name in boxes:
                boxes[name].set_error(text)
            elif name.startswith("suspects[") and "]" in name:
                index = int(name[len("suspects["):name.index("]")])
                if index < len(self.rows):
                    self.rows[index].show_other_error(text)
            else:  # "suspects" and anything without a field of its own
                self.suspects_message.setText(
                    (self.suspects_message.text() + "\n" if self.suspects_message.isVisibleTo(
                        self) else "") + text)
                self.suspects_message.show()
        bad = {boxes[n].target for n in messages if n in boxes}
        first = next((w for w in self.focus_chain() if w in bad), None)
        (first or self.rows[0].name_edit).setFocus()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.resubmission_of is None:
            self.setWindowTitle(self.tr("Register a request for approval of arrest"))
        else:
            self.setWindowTitle(self.tr("Re-submission after supplementary investigation — "
                                        "new request linked to %1")
                                .replace("%1", self.resubmission_of.police_case_no))
        self.case_no_label.setText(self.tr("Police &case no."))
        self.case_no_edit.setPlaceholderText(self.tr("as written on the request"))
        self.request_no_label.setText(self.tr("Re&quest no."))
        self.request_no_edit.setPlaceholderText(self.tr("number of the request for approval of arrest"))
        self.suspects_group.setTitle(self.tr("Suspects"))
        self.add_button.setText(self.tr("&Add suspect"))
        self.add_button.setToolTip(self.tr("Add another suspect (Alt+A or Ctrl+Shift+N)"))
        self.charges_label.setText(self.tr("C&harges"))
        self.intake.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter or Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.hint.setText(self.tr("Enter or Tab: next field · Ctrl+Enter: save · Esc: cancel"))
        self.charge_picker.retranslate()
        for row in self.rows:
            row.retranslate()
