"""A small keyboard-first form dialog for the custody-review steps: labelled fields in a form
(each label has an accelerator and a buddy), Enter saves, Esc cancels, and every error the
service reports is shown at its field (a red border and a line under it).

A dialog is declared by its fields; `save` calls one service function with their values.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from desktop.services.errors import NotFound, ValidationFailed
from desktop.ui import custody_labels
from desktop.ui.date_field import DateField
from desktop.ui.register_fields import ERROR_COLOUR, FieldBox


@dataclass
class Field:
    name: str  # the service's field name, so errors land here
    kind: str  # "date" | "combo" | "line" | "text" | "checks" (several of the choices)
    label: str  # source text of the label (with its & accelerator), translated in `context`
    choices: Callable[[], list[tuple[str, str]]] | None = None  # for combos
    value: object = None  # initial value


class CustodyForm(QDialog):
    retranslated = Signal()  # after the texts were made again (a language change)

    def __init__(self, fields: list[Field], *, title: str, today: date,
                 save: Callable[[dict], object], parent: QWidget | None = None,
                 object_name: str = "custodyForm", context: str = "CustodyDialogs",
                 error_text: Callable | None = None):
        """`title` and the field labels are source texts marked with QT_TRANSLATE_NOOP in
        `context`; the form translates them (again on a language change). `error_text`
        words a service error (default: the custody labels' wording)."""
        super().__init__(parent)
        self._error_text = error_text or custody_labels.error_message
        self.setObjectName(object_name)
        self._title = title
        self._context = context
        self._save = save
        self._fields = fields
        self.result_value = None
        self.widgets: dict[str, QWidget] = {}
        self.boxes: dict[str, FieldBox] = {}
        self._labels: dict[str, QLabel] = {}
        self.general = QLabel(self)
        self.general.setObjectName("generalError")
        self.general.setWordWrap(True)
        self.general.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.general.hide()
        self.hint = QLabel(self)
        self.hint.setObjectName("formHint")
        self._hint: str | Callable[[], str] = ""
        self.hint.setWordWrap(True)
        self.hint.hide()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in fields:
            widget = self._make(f, today)
            self.widgets[f.name] = widget
            target = widget.edit if isinstance(widget, DateField) else widget
            box = FieldBox(widget, target, self)
            self.boxes[f.name] = box
            label = QLabel(self)
            label.setBuddy(target)
            self._labels[f.name] = label
            form.addRow(label, box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.retranslateUi()
        if fields:
            self.widgets[fields[0].name].setFocus()

    def _make(self, f: Field, today: date) -> QWidget:
        if f.kind == "date":
            return DateField(today=today, value=f.value, parent=self)
        if f.kind == "combo":
            combo = QComboBox(self)
            combo.setObjectName(f.name)
            return combo
        if f.kind == "checks":
            # Space ticks the current item; the list keeps Tab for moving on.
            checks = QListWidget(self)
            checks.setObjectName(f.name)
            checks.setFixedHeight(checks.fontMetrics().height() * 6 + 12)
            return checks
        if f.kind == "text":
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)  # Tab moves on; the keyboard never gets stuck
            edit.setFixedHeight(edit.fontMetrics().height() * 4 + 12)
            edit.setPlainText(str(f.value or ""))
            return edit
        edit = QLineEdit(self)
        edit.setText(str(f.value or ""))
        return edit

    # -- values ----------------------------------------------------------------------------
    def value(self, name: str):
        widget = self.widgets[name]
        if isinstance(widget, DateField):
            widget.commit()
            return widget.date()
        if isinstance(widget, QComboBox):
            return widget.currentData() if widget.count() else ""
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QListWidget):
            return [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                    if widget.item(i).checkState() == Qt.CheckState.Checked]
        return widget.text()

    def set_value(self, name: str, value) -> None:
        widget = self.widgets[name]
        if isinstance(widget, DateField):
            widget.set_date(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                                   in value else Qt.CheckState.Unchecked)
        else:
            widget.setText(value)

    def values(self) -> dict:
        return {f.name: self.value(f.name) for f in self._fields}

    # -- saving ----------------------------------------------------------------------------
    def submit(self) -> None:
        for box in self.boxes.values():
            box.clear_error()
        self.general.hide()
        problems = {name: w.error_message() for name, w in self.widgets.items()
                    if isinstance(w, DateField) and w.problem() is not None}
        if problems:
            self._show({name: text for name, text in problems.items() if text}, [])
            return
        try:
            self.result_value = self._save(self.values())
        except ValidationFailed as exc:
            at_field, general = {}, []
            for error in exc.errors:
                text = self._error_text(error)
                if error.field in self.boxes:
                    at_field.setdefault(error.field, text)
                else:
                    general.append(text)
            self._show(at_field, general)
            return
        except NotFound:
            self._show({}, [self.tr("This case no longer exists.")])
            return
        self.accept()

    def _show(self, at_field: dict[str, str], general: list[str]) -> None:
        first = None
        for f in self._fields:
            if f.name in at_field:
                self.boxes[f.name].set_error(at_field[f.name])
                first = first or self.boxes[f.name]
        if general:
            self.general.setText("\n".join(general))
            self.general.show()
        self.layout().activate()  # the message lines take room: grow rather than overlap
        needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)
        if first is not None:
            first.setFocus()

    def set_hint(self, text: str | Callable[[], str]) -> None:
        """A line under the fields. Given a function, the text is made again on a language
        change, so a hint in the officer's words follows a switch made while it is open."""
        self._hint = text
        self._show_hint()

    def _show_hint(self) -> None:
        text = self._hint() if callable(self._hint) else self._hint
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self._tr(self._title))
        for f in self._fields:
            self._labels[f.name].setText(self._tr(f.label))
            widget = self.widgets[f.name]
            if isinstance(widget, QComboBox) and f.choices is not None:
                current = widget.currentData() if widget.count() else f.value
                # Quietly: the choice stays the same, so nothing that follows it may run
                # half-way through (a list that depends on it would be reset).
                blocked = widget.blockSignals(True)
                widget.clear()
                for value, text in f.choices():
                    widget.addItem(text, value)
                widget.setCurrentIndex(max(0, widget.findData(current)))
                widget.blockSignals(blocked)
            elif isinstance(widget, QListWidget) and f.choices is not None:
                ticked = set(self.value(f.name)) if widget.count() else set(f.value or ())
                widget.clear()
                for value, text in f.choices():
                    item = QListWidgetItem(text, widget)
                    item.setToolTip(text)  # long labels are cut at the list's edge
                    item.setData(Qt.ItemDataRole.UserRole, value)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if value in ticked
                                       else Qt.CheckState.Unchecked)
            elif isinstance(widget, DateField):
                widget.retranslate()
        self._show_hint()
        self.retranslated.emit()

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate(self._context, text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
