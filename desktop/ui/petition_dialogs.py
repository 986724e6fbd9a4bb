"""The dialogs of work on a petition, each a CustodyForm declared by its fields and saved through
one service call: a reply (with the next deadline shown as it will run), other work (释法说理,
counselling, reconciliation, judicial aid, public hearing), forwarding, a change of handler
with its reason, closure; and the risk dialog (level and triggers). Texts are marked here and
translated by the form (context "PetitionDialogs")."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QLabel, QVBoxLayout, QWidget)

from desktop.domain.petition_risk import Trigger
from desktop.services import petition_queries
from desktop.services import petition_work as svc
from desktop.services.errors import ValidationFailed
from desktop.services.petition_settings import read_levels
from desktop.ui import petition_labels as pl
from desktop.ui.custody_form import CustodyForm, Field
from desktop.ui.register_fields import ERROR_COLOUR

CONTEXT = "PetitionDialogs"

T = {  # every text of these dialogs, marked for lupdate
    "done_on": QT_TRANSLATE_NOOP("PetitionDialogs", "&Date:"),
    "reply_kind": QT_TRANSLATE_NOOP("PetitionDialogs", "&Reply:"),
    "way": QT_TRANSLATE_NOOP("PetitionDialogs", "&Way:"),
    "content": QT_TRANSLATE_NOOP("PetitionDialogs", "&Content:"),
    "participants": QT_TRANSLATE_NOOP("PetitionDialogs", "&Who took part:"),
    "outcome": QT_TRANSLATE_NOOP("PetitionDialogs", "&Outcome:"),
    "reply_title": QT_TRANSLATE_NOOP("PetitionDialogs", "Record a reply to the petitioner"),
    "kind": QT_TRANSLATE_NOOP("PetitionDialogs", "&Kind of work:"),
    "work_title": QT_TRANSLATE_NOOP("PetitionDialogs", "Record work on the petition"),
    "forwarded_on": QT_TRANSLATE_NOOP("PetitionDialogs", "&Forwarded on:"),
    "forwarded_to": QT_TRANSLATE_NOOP("PetitionDialogs", "Forwarded &to:"),
    "told_way": QT_TRANSLATE_NOOP("PetitionDialogs", "Petitioner &told:"),
    "note": QT_TRANSLATE_NOOP("PetitionDialogs", "&Note:"),
    "forward_title": QT_TRANSLATE_NOOP("PetitionDialogs",
                                       "Forward to the competent body (转送)"),
    "to_handler": QT_TRANSLATE_NOOP("PetitionDialogs", "New &handler:"),
    "reason": QT_TRANSLATE_NOOP("PetitionDialogs", "&Reason:"),
    "transferred_on": QT_TRANSLATE_NOOP("PetitionDialogs", "&Transferred on:"),
    "transfer_title": QT_TRANSLATE_NOOP("PetitionDialogs", "Hand the petition to another "
                                        "officer"),
    "closure": QT_TRANSLATE_NOOP("PetitionDialogs", "&Closure:"),
    "closed_on": QT_TRANSLATE_NOOP("PetitionDialogs", "Closed &on:"),
    "close_title": QT_TRANSLATE_NOOP("PetitionDialogs", "Close the petition"),
    "due_now": QT_TRANSLATE_NOOP("PetitionDialogs", "Due now: %1 by %2."),
    "first_handler": QT_TRANSLATE_NOOP(
        "PetitionDialogs", "First handler (首办责任人): %1. The first handler stays on record; "
        "the transfer and its reason are kept in the history."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def translated(save):
    """Service errors carry codes; the form shows `message` for codes it does not know, so
    the petition codes are put into words here."""
    def run(values):
        try:
            return save(values)
        except ValidationFailed as exc:
            raise ValidationFailed([replace(e, message=pl.error_message(e))
                                    for e in exc.errors]) from None
    return run


def _form(fields, title, save, *, today, parent, name) -> CustodyForm:
    return CustodyForm(fields, title=T[title], today=today, save=translated(save),
                       parent=parent, object_name=name, context=CONTEXT)


# -- which step fits which state -------------------------------------------------------------
STEPS = ("reply", "work", "forward", "transfer", "risk", "attach", "close")


def step_available(step: str, detail) -> bool:
    if detail is None:
        return False
    status = detail.row.status
    if status == "closed":
        return False
    if step == "reply":
        return status in ("registered", "procedural_replied", "in_handling")
    if step == "forward":
        return status in ("registered", "procedural_replied", "in_handling")
    if step == "close":
        return bool(svc.closures_for(status))
    return True


# -- dialogs ---------------------------------------------------------------------------------
def reply_dialog(office, detail, *, today: date, parent: QWidget | None = None) -> CustodyForm:
    kind = "procedural" if detail.row.status == "registered" else "progress"
    fields = [Field("done_on", "date", T["done_on"], value=today),
              Field("reply_kind", "combo", T["reply_kind"], pl.reply_kind_choices, kind),
              Field("way", "combo", T["way"], pl.way_choices, "written"),
              Field("content", "text", T["content"]),
              Field("participants", "line", T["participants"]),
              Field("outcome", "line", T["outcome"])]

    def save(v):
        return svc.record_reply(office, detail.row.id, svc.ReplyInput(
            v["done_on"], v["reply_kind"], v["way"], v["content"], v["participants"],
            v["outcome"]), today=today)

    form = _form(fields, "reply_title", save, today=today, parent=parent,
                 name="petitionReplyDialog")
    if detail.row.due_kind:
        form.set_hint(_tr(T["due_now"]).replace(
            "%1", pl.label(pl.DUE_KINDS, detail.row.due_kind)).replace(
            "%2", detail.row.due_date.isoformat()))
    return form


def work_dialog(office, detail, *, today: date, parent: QWidget | None = None) -> CustodyForm:
    fields = [Field("kind", "combo", T["kind"], pl.work_kind_choices, "explanation"),
              Field("done_on", "date", T["done_on"], value=today),
              Field("participants", "line", T["participants"]),
              Field("content", "text", T["content"]),
              Field("outcome", "line", T["outcome"])]

    def save(v):
        return svc.record_work(office, detail.row.id, svc.WorkInput(
            v["kind"], v["done_on"], v["content"], v["participants"], v["outcome"]),
            today=today)

    return _form(fields, "work_title", save, today=today, parent=parent,
                 name="petitionWorkDialog")


def forward_dialog(office, detail, *, today: date, parent: QWidget | None = None
                   ) -> CustodyForm:
    fields = [Field("forwarded_on", "date", T["forwarded_on"], value=today),
              Field("forwarded_to", "line", T["forwarded_to"]),
              Field("way", "combo", T["told_way"], pl.way_choices, "written"),
              Field("note", "text", T["note"])]

    def save(v):
        return svc.forward(office, detail.row.id, svc.ForwardInput(
            v["forwarded_on"], v["forwarded_to"], v["way"], v["note"]), today=today)

    return _form(fields, "forward_title", save, today=today, parent=parent,
                 name="petitionForwardDialog")


def transfer_dialog(office, detail, *, today: date, parent: QWidget | None = None
                    ) -> CustodyForm:
    def handlers():
        return [(uid, name) for uid, name in petition_queries.handlers(office.reader, office.unit_code)
                if uid != detail.handler_id]

    fields = [Field("to_handler", "combo", T["to_handler"], handlers),
              Field("reason", "text", T["reason"]),
              Field("transferred_on", "date", T["transferred_on"], value=today)]

    def save(v):
        return svc.transfer_handler(office, detail.row.id, to_handler_id=v["to_handler"],
                                    reason=v["reason"], transferred_on=v["transferred_on"],
                                    today=today)

    form = _form(fields, "transfer_title", save, today=today, parent=parent,
                 name="petitionTransferDialog")
    form.set_hint(_tr(T["first_handler"]).replace("%1", detail.first_handler_name))
    return form


def close_dialog(office, detail, *, today: date, parent: QWidget | None = None
                 ) -> CustodyForm:
    allowed = svc.closures_for(detail.row.status)
    fields = [Field("closure", "combo", T["closure"], lambda: pl.closure_choices(allowed),
                    allowed[0] if allowed else ""),
              Field("closed_on", "date", T["closed_on"], value=today),
              Field("note", "text", T["note"])]

    def save(v):
        return svc.close_petition(office, detail.row.id, svc.ClosureInput(
            v["closure"], v["closed_on"], v["note"]), today=today)

    return _form(fields, "close_title", save, today=today, parent=parent,
                 name="petitionCloseDialog")


class TriggerBox(QWidget):
    """The risk triggers as check boxes (each with its accelerator), two columns."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, columns: int = 2):
        super().__init__(parent)
        self.checks: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, trigger in enumerate(Trigger):
            box = QCheckBox(self)
            box.setObjectName(f"trigger_{trigger.value}")
            self.checks[trigger.value] = box
            box.toggled.connect(lambda _c: self.changed.emit())
            grid.addWidget(box, i // columns, i % columns)
        self.retranslateUi()

    def chosen(self) -> list[str]:
        return [code for code, box in self.checks.items() if box.isChecked()]

    def set_chosen(self, codes) -> None:
        codes = {getattr(c, "value", c) for c in codes}
        for code, box in self.checks.items():
            box.setChecked(code in codes)

    def retranslateUi(self) -> None:
        texts = {"repeat_visits": self.tr("&Repeat visits"),
                 "collective": self.tr("C&ollective petition"),
                 "higher_level": self.tr("Visits to hi&gher levels"),
                 "threats": self.tr("&Threats of extreme acts"),
                 "media": self.tr("&Media or online attention")}
        for code, text in texts.items():
            self.checks[code].setText(text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def fill_levels(combo: QComboBox, levels, current: str = "") -> None:
    combo.clear()
    for code in levels.codes:
        combo.addItem(pl.level_label(code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


class RiskDialog(QDialog):
    """A new risk grading: the level and the triggers that explain it."""

    def __init__(self, office, detail, *, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("petitionRiskDialog")
        self._office, self._detail, self._today = office, detail, today
        self._levels = read_levels(office.reader)
        self.level = QComboBox(self)
        self.level.setObjectName("riskLevel")
        fill_levels(self.level, self._levels, detail.row.risk_level)
        self.triggers = TriggerBox(self)
        self.triggers.set_chosen(detail.risk_triggers)
        self._level_label = QLabel(self)
        self._level_label.setBuddy(self.level)
        self._triggers_label = QLabel(self)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self._level_label, self.level)
        form.addRow(self._triggers_label, self.triggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.level.setFocus()

    def submit(self) -> None:
        try:
            svc.change_risk(self._office, self._detail.row.id,
                            svc.RiskInput(self.level.currentData(), self.triggers.chosen()),
                            today=self._today)
        except ValidationFailed as exc:
            self.error.setText("\n".join(pl.error_message(e) for e in exc.errors))
            self.error.show()
            return
        self.accept()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Risk grading"))
        self._level_label.setText(self.tr("Risk &level:"))
        self._triggers_label.setText(self.tr("Triggers:"))
        fill_levels(self.level, self._levels, self.level.currentData() or "")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


FACTORIES = {"reply": reply_dialog, "work": work_dialog, "forward": forward_dialog,
             "transfer": transfer_dialog, "close": close_dialog, "risk": RiskDialog}
