"""A unit's record opened at the upper office is read-only (DESIGN §3: only the owner writes).

One place for the question "whose record is this?" and for what the views then do: show a
short note (本记录属于X，上级院只读) and switch their write actions off. The store refuses such
a write anyway (store/capture.py, `ForeignRecordReadOnly`); `refusal_text` words that refusal
for the user if an action slips through."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.unit_scope import ForeignRecordReadOnly, office_scope, record_owner

translate = QCoreApplication.translate


def foreign_unit(office, kind: str, record_id: str) -> str | None:
    """The name of the unit that owns this record when it is not this office, else None.
    `kind` names the register (services/unit_scope.RECORD_TABLES)."""
    if not record_id:
        return None
    conn = office.reader
    owner = record_owner(conn, kind, record_id)
    if owner is None or owner == office.unit_code:
        return None
    return office_scope(conn, office.unit_code).name_of(owner)


def note_text(unit_name: str) -> str:
    return translate("ReadOnlyNote", "This record belongs to %1; the upper office can only "
                     "read it.").replace("%1", unit_name)


def refusal_text(exc: ForeignRecordReadOnly, unit_name: str = "") -> str:
    return translate("ReadOnlyNote", "Not saved: this record belongs to %1, and only that unit "
                     "can change it.").replace("%1", unit_name or exc.owner)


def set_writable(widgets: Iterable[QWidget], writable: bool) -> None:
    """Switch write actions off for a foreign record (left as they are otherwise, so each
    view keeps its own rules for when an action applies)."""
    if not writable:
        for widget in widgets:
            widget.setEnabled(False)


class ReadOnlyNote(QLabel):
    """The note above a record's view; hidden for this office's own records."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyNote")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel { background: #fff8e1; color: #6d4c00; "
                           "border: 1px solid #ffd54f; padding: 4px 8px; }")
        self.unit_name: str | None = None
        self.setVisible(False)

    @property
    def read_only(self) -> bool:
        return self.unit_name is not None

    def show_for(self, office, kind: str, record_id: str) -> bool:
        """Look up the record's owner; True (and the note shown) when it is read-only here."""
        self.unit_name = foreign_unit(office, kind, record_id)
        self.retranslateUi()
        self.setVisible(self.read_only)
        return self.read_only

    def retranslateUi(self) -> None:
        self.setText(note_text(self.unit_name) if self.unit_name else "")

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def install_refusal_handler() -> None:
    """Word the store's refusal for the user wherever a write to another unit's record
    slips past a view (an action left enabled): a warning, not a traceback. Every other
    exception goes on to the previous hook."""
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox

    previous = sys.excepthook
    if getattr(previous, "refuses_foreign_writes", False):
        return  # installed already

    def hook(kind, value, traceback) -> None:
        if isinstance(value, ForeignRecordReadOnly):
            QMessageBox.warning(QApplication.activeWindow(),
                                translate("ReadOnlyNote", "Read-only record"),
                                refusal_text(value))
            return
        previous(kind, value, traceback)

    hook.refuses_foreign_writes = True
    sys.excepthook = hook
