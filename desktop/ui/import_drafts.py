"""Drafts from the police (公安机关共享信息形成的待确认登记), issue 9: the rows of a police export
wait here; the officer opens each in the normal registration form, pre-filled, checks or
corrects it, and confirms it (register_import_police.confirm_draft: registered, audited and
queued for sync like manual entry) or discards it — one by one, so nothing is registered that
nobody looked at."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from desktop.ui.import_labels import charge_names

# what the table shows of a draft, by import field key
COLUMNS = ("police_case_no", "suspect_name", "id_number", "police_agency", "charges",
           "request_date")
# the registration form's field names for the import's field keys (one suspect per draft)
FORM_FIELDS = {"suspect_name": "suspects[0].name", "id_number": "suspects[0].id_number",
               "detained_since": "suspects[0].detained_since", "birth_date": "suspects[0].name",
               "detained": "suspects[0].detained_since", "confessed": "suspects[0].name",
               "counsel": "suspects[0].name", "offence_date": "suspects[0].name"}


class DraftsDialog(QDialog):
    changed = Signal()  # a draft was confirmed (a new request) or discarded

    def __init__(self, office, parent=None, *, today: date):
        super().__init__(parent)
        self.setObjectName("policeDrafts")
        self.office, self.today = office, today
        self.drafts = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS) + 1, self)
        self.table.setObjectName("draftTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.open_current())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openDraft")
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discardDraft")
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_current)
        self.discard_button.clicked.connect(self.discard_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self.retranslateUi()
        self.reload()

    def reload(self) -> None:
        from desktop.services.register_import_police import drafts

        self.drafts = drafts(self.office)
        self.table.setRowCount(len(self.drafts))
        for r, d in enumerate(self.drafts):
            source = QTableWidgetItem(self.tr("%1, row %2").replace("%1", d.source_file)
                                      .replace("%2", str(d.source_row)))
            source.setData(Qt.ItemDataRole.UserRole, d.id)
            self.table.setItem(r, 0, source)
            for c, key in enumerate(COLUMNS, 1):
                self.table.setItem(r, c, QTableWidgetItem(d.values.get(key, "")))
        if self.drafts and not self.table.selectedItems():
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(self.drafts))
        self.discard_button.setEnabled(bool(self.drafts))

    def current(self):
        row = self.table.currentRow()
        return self.drafts[row] if 0 <= row < len(self.drafts) else None

    def open_current(self) -> QDialog | None:
        """The draft in the registration form; Save confirms it."""
        draft = self.current()
        if draft is None:
            return None
        dialog = draft_form(self.office, draft, self, today=self.today)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed.emit()
        self.reload()
        return dialog

    def discard_current(self) -> None:
        from desktop.services.register_import_police import discard_draft

        draft = self.current()
        if draft is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard the draft?"),
            self.tr("Discard the draft of %1 (case %2)? Nothing is registered from it.")
            .replace("%1", draft.values.get("suspect_name", "")).replace(
                "%2", draft.values.get("police_case_no", "")),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return
        discard_draft(self.office, draft.id)
        self.changed.emit()
        self.reload()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        from desktop.domain.import_fields import ARREST
        from desktop.ui.import_labels import field_text

        self.setWindowTitle(self.tr("Drafts from the police"))
        self.intro.setText(self.tr("Each row of a police export waits here. Open it in the "
                                   "registration form, check or correct it and save to "
                                   "register it, or discard it."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source")] + [field_text(ARREST, k) for k in COLUMNS])
        self.open_button.setText(self.tr("&Open and confirm…"))
        self.discard_button.setText(self.tr("&Discard"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))


def draft_form(office, draft, parent=None, *, today: date):
    """The registration form pre-filled from a draft; saving calls confirm_draft."""
    from desktop.ui.register_dialog import RegisterRequestDialog

    def register(data, dialog) -> str:
        from desktop.services.errors import FieldError, ValidationFailed
        from desktop.services.register_import_police import confirm_draft

        try:
            return confirm_draft(office, draft.id, form_values(dialog, data), today=today)
        except ValidationFailed as exc:  # the import's field keys → the form's fields
            raise ValidationFailed([FieldError(FORM_FIELDS.get(e.field, e.field), e.code,
                                               e.message, e.params)
                                    for e in exc.errors]) from exc

    dialog = RegisterRequestDialog(office, parent, today=today, register=register)
    prefill(dialog, draft.values)
    dialog.setWindowTitle(QCoreApplication.translate(
        "DraftsDialog", "Confirm a draft from the police — %1, row %2")
        .replace("%1", draft.source_file).replace("%2", str(draft.source_row)))
    return dialog


def prefill(dialog, values: dict[str, str]) -> None:
    """The form's fields from a draft's texts, read as the import reads cells; a charge the
    catalogue does not know stays typed in the picker, so the form asks for it."""
    from desktop.domain.import_values import ChargeMatcher, parse_bool, parse_date

    def day(key):
        got = parse_date(values.get(key)) if values.get(key) else None
        return got if isinstance(got, date) else None

    dialog.case_no_edit.setText(values.get("police_case_no", ""))
    dialog.request_no_edit.setText(values.get("request_no", ""))
    agency = values.get("police_agency", "")
    index = dialog.agency_combo.findText(agency)
    if index >= 0:
        dialog.agency_combo.setCurrentIndex(index)
    elif agency:
        dialog.agency_combo.setEditText(agency)  # saving asks whether to add it to the list
    for key, field in (("request_date", dialog.request_date),
                       ("received_date", dialog.received_date)):
        if day(key) is not None:
            field.set_date(day(key))
    officer = dialog.officer_combo.findText(values.get("officer", ""))
    if officer >= 0:
        dialog.officer_combo.setCurrentIndex(officer)
    dialog.major_check.setChecked(parse_bool(values.get("major_complex")) is True)
    dialog.note_edit.setText(values.get("note", ""))
    row = dialog.rows[0]
    row.name_edit.setText(values.get("suspect_name", ""))
    row.id_edit.setText(values.get("id_number", ""))
    since = day("detained_since")
    detained = parse_bool(values.get("detained"))
    row.detained_check.setChecked(detained is True or (detained is None and since is not None))
    if since is not None:
        row.since_field.set_date(since)
    row.confessed_check.setChecked(parse_bool(values.get("confessed")) is True)
    row.counsel_edit.setText(values.get("counsel", ""))
    text = values.get("charges", "")
    if text:
        catalogue = charge_names(dialog.office)
        codes, unknown = ChargeMatcher(catalogue).match(text)
        for code in codes:
            dialog.charge_picker.add_code(code)
        if unknown:
            dialog.charge_picker.edit.setText(unknown[0][0])
    dialog.add_button.hide()  # a draft is one suspect of the export
    dialog._dirty = False


def form_values(dialog, data) -> dict[str, str]:
    """The form's checked input as the texts confirm_draft reads (names, ISO dates, 是/否)."""
    catalogue = charge_names(dialog.office)
    suspect = data.suspects[0]

    def yes(flag: bool) -> str:
        return "是" if flag else "否"

    values = {
        "police_case_no": data.police_case_no, "request_no": data.request_no,
        "suspect_name": suspect.name, "id_number": suspect.id_number,
        "police_agency": dialog.agency_combo.currentText().strip(),
        "received_date": data.received_date.isoformat(),
        "request_date": data.request_date.isoformat(),
        # charge names one by one: a whole name with 、 inside is matched before splitting
        "charges": "；".join(catalogue[c] for c in data.charge_codes if c in catalogue),
        "detained": yes(suspect.detained), "confessed": yes(suspect.confessed),
        "counsel": suspect.counsel, "officer": dialog.officer_combo.currentText(),
        "major_complex": yes(data.major_complex), "note": data.note,
    }
    if suspect.detained_since is not None:
        values["detained_since"] = suspect.detained_since.isoformat()
    return {k: v for k, v in values.items() if v}
