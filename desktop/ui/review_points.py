"""The review points of one suspect, edited in place: the flags that make interrogation
compulsory (RPR 280), the mandatory-arrest tests (CPL 81 ¶3–4), the juvenile facts, and the
five social-danger circumstances of CPL 81 ¶1, each ticked with its facts and evidence.
"Save" writes the flags (services.arrest_review.save_checklist) and the circumstances
(save_social_danger); errors show at the circumstance's field. Edits not yet saved survive a
reload of the workspace (another dialog saved something): only a save or an explicit
"Discard" replaces them with what the database holds."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.domain.review_rules import BASIS
from desktop.services.errors import NotFound, ValidationFailed
from desktop.ui import review_labels as rl
from desktop.ui.date_field import DateField
from desktop.ui.register_fields import ERROR_COLOUR, set_invalid

COMPULSORY = ("suspect_asked", "doubt_about_conditions", "possible_illegality", "major_complex",
              "disability")
MANDATORY = ("ten_years_possible", "prior_intentional_crime", "identity_unknown",
             "bail_violation")
JUVENILE = ("social_report", "age_uncertain")


class ReviewPoints(QWidget):
    def __init__(self, context, review_id: str, changed: Callable[[], None], parent=None):
        super().__init__(parent)
        self._context = context
        self.review_id = review_id
        self._changed = changed
        self.dirty = False  # the officer changed something not yet saved
        self._data: dict | None = None
        self._editable = False
        self.flags: dict[str, QCheckBox] = {}
        self.dangers: dict[str, tuple[QCheckBox, QLineEdit, QLineEdit, QLabel]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.compulsory_box = self._flag_box(COMPULSORY, layout)
        self.mandatory_box = self._flag_box(MANDATORY, layout)
        self.juvenile_box = self._flag_box(JUVENILE, layout)
        row = QHBoxLayout()
        self.legal_aid_label = QLabel(self)
        self.legal_aid = DateField(today=context.today(), parent=self)
        self.legal_aid_label.setBuddy(self.legal_aid.edit)
        row.addWidget(self.legal_aid_label)
        row.addWidget(self.legal_aid)
        row.addStretch(1)
        self.juvenile_box.layout().addLayout(row, 10, 0, 1, 3)

        self.danger_box = QGroupBox(self)
        grid = QGridLayout(self.danger_box)
        for i, code in enumerate(rl.DANGERS):
            tick = QCheckBox(self.danger_box)
            tick.setObjectName(f"danger_{code}")
            facts, evidence = QLineEdit(self.danger_box), QLineEdit(self.danger_box)
            facts.setObjectName(f"facts_{code}")
            evidence.setObjectName(f"evidence_{code}")
            message = QLabel(self.danger_box)
            message.setStyleSheet(f"color: {ERROR_COLOUR};")
            message.hide()
            grid.addWidget(tick, 2 * i, 0, 1, 2)
            grid.addWidget(facts, 2 * i + 1, 0)
            grid.addWidget(evidence, 2 * i + 1, 1)
            grid.addWidget(message, 2 * i + 1, 2)
            self.dangers[code] = (tick, facts, evidence, message)
        self.basis = QLabel(self.danger_box)
        self.basis.setWordWrap(True)
        self.basis.setStyleSheet("color: #555555;")
        grid.addWidget(self.basis, 2 * len(rl.DANGERS), 0, 1, 3)
        layout.addWidget(self.danger_box)
        buttons = QHBoxLayout()
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePoints")
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self)
        self.discard_button.setObjectName("discardPoints")
        self.discard_button.clicked.connect(self.discard)
        self.unsaved = QLabel(self)
        self.unsaved.setObjectName("unsavedPoints")
        self.unsaved.setStyleSheet("color: #8a5a00;")
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.unsaved)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        for check in self.flags.values():
            check.clicked.connect(self._edited)
        for tick, facts, evidence, _m in self.dangers.values():
            tick.clicked.connect(self._edited)
            facts.textEdited.connect(self._edited)
            evidence.textEdited.connect(self._edited)
        self.legal_aid.edited.connect(self._edited)
        self._show_dirty()
        layout.addLayout(buttons)
        self.retranslateUi()

    def _flag_box(self, names, layout) -> QGroupBox:
        box = QGroupBox(self)
        grid = QGridLayout(box)
        for i, name in enumerate(names):
            check = QCheckBox(box)
            check.setObjectName(f"flag_{name}")
            self.flags[name] = check
            grid.addWidget(check, i // 3, i % 3)
        layout.addWidget(box)
        return box

    # -- data ------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self.dirty:
            self.dirty = True
            self._show_dirty()

    def _show_dirty(self) -> None:
        self.unsaved.setVisible(self.dirty)
        self.discard_button.setVisible(self.dirty)

    def discard(self) -> None:
        """Forget the unsaved edits and show what the database holds."""
        self.dirty = False
        self._show_dirty()
        if self._data is not None:
            self.set_data(self._data, editable=self._editable)

    def set_data(self, data: dict, *, editable: bool) -> None:
        self._data, self._editable = data, editable
        if self.dirty and editable:
            # Keep what the officer is typing; the juvenile box may still appear or go.
            self.juvenile_box.setVisible(bool(data["review"]["juvenile"]))
            return
        self.dirty = False
        self._show_dirty()
        checklist = data.get("checklist") or {}
        for name, check in self.flags.items():
            check.setChecked(bool(checklist.get(name)))
        aid = checklist.get("legal_aid_notified_on")
        from datetime import date

        self.legal_aid.set_date(date.fromisoformat(aid[:10]) if aid else None)
        self.juvenile_box.setVisible(bool(data["review"]["juvenile"]))
        for code, (tick, facts, evidence, message) in self.dangers.items():
            found = data["dangers"].get(code)
            tick.setChecked(found is not None)
            facts.setText(found[0] if found else "")
            evidence.setText(found[1] if found else "")
            set_invalid(facts, False)
            set_invalid(evidence, False)
            message.hide()
        self.error.clear()
        for w in (self.compulsory_box, self.mandatory_box, self.juvenile_box, self.danger_box,
                  self.save_button):
            w.setEnabled(editable)

    def save(self) -> None:
        from desktop.services import arrest_review as svc

        self.error.clear()
        for _tick, facts, evidence, message in self.dangers.values():
            set_invalid(facts, False)
            set_invalid(evidence, False)
            message.hide()
        today = self._context.today()
        office = self._context.office
        ticked = {code: (facts.text(), evidence.text())
                  for code, (tick, facts, evidence, _m) in self.dangers.items()
                  if tick.isChecked()}
        self.legal_aid.commit()
        try:
            svc.save_checklist(office, self.review_id, svc.ChecklistInput(
                {n: c.isChecked() for n, c in self.flags.items()}, self.legal_aid.date()),
                today=today)
            svc.save_social_danger(office, self.review_id, svc.DangerInput(ticked))
        except ValidationFailed as exc:
            self._show(exc.errors)
            return
        except NotFound:
            return
        self.dirty = False
        self._show_dirty()
        self._changed()

    def _show(self, errors) -> None:
        general = []
        for e in errors:
            parts = e.field.split(".")
            if parts[0] == "dangers" and len(parts) == 3 and parts[1] in self.dangers:
                _tick, facts, evidence, message = self.dangers[parts[1]]
                set_invalid(facts if parts[2] == "facts" else evidence, True)
                message.setText(rl.error_text(e))
                message.show()
            else:
                general.append(rl.error_text(e))
        self.error.setText("\n".join(general))

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.compulsory_box.setTitle(self.tr("Interrogation compulsory when (RPR 280)"))
        self.mandatory_box.setTitle(self.tr("Mandatory-arrest tests (CPL 81 ¶3–4)"))
        self.juvenile_box.setTitle(self.tr("Juvenile suspect (RPR 460–465)"))
        self.legal_aid_label.setText(self.tr("&Legal aid notified on:"))
        self.legal_aid.retranslate()
        for name, check in self.flags.items():
            check.setText(rl.label(rl.FLAGS, name))
        self.danger_box.setTitle(self.tr("Social danger (CPL 81 ¶1): tick, with facts and "
                                         "evidence"))
        for code, (tick, facts, evidence, _m) in self.dangers.items():
            tick.setText(rl.label(rl.DANGERS, code))
            facts.setPlaceholderText(self.tr("Facts"))
            evidence.setPlaceholderText(self.tr("Evidence"))
        self.basis.setText(BASIS["cpl81_1"])
        self.save_button.setText(self.tr("Save review points"))
        self.discard_button.setText(self.tr("Discard changes"))
        self.unsaved.setText(self.tr("Unsaved changes"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
