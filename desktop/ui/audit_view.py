"""A record's audit history as a table: when (local time), who, what, and what changed.

The audit log stores UTC times and raw column values; this widget only renders them, naming
the columns and statuses in the user's language.
"""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.services.arrest_queries import AuditEntry
from desktop.ui import audit_labels, labels

# Bookkeeping columns that say nothing to the officer.
_HIDDEN = {"id", "unit_code", "version", "created_at", "updated_at", "request_id", "person_id",
           "position", "password_hash", "search_text", "matter_id", "parent_id", "notice_id"}
_OPAQUE = {"officer_id", "police_agency_id", "charge_codes", "limit_code"}
# Most telling fields first.
_ORDER = ("name", "police_case_no", "request_no", "status", "due_date", "received_date",
          "request_date", "detained", "detained_since", "id_number", "birth_date", "sex")


def _field_order(key: str) -> tuple[int, str]:
    return (_ORDER.index(key) if key in _ORDER else len(_ORDER), key)


_BOOLEAN = {"detained", "confessed", "major_complex", "extended", "juvenile", "active"}


def local_time(at: str) -> str:
    """'2026-11-23T08:01:02.123456' (UTC) → '2026-11-23 16:01:02' in the machine's zone."""
    try:
        moment = datetime.fromisoformat(at).replace(tzinfo=timezone.utc).astimezone()
    except ValueError:
        return at
    return moment.strftime("%Y-%m-%d %H:%M:%S")


class AuditTable(QTableWidget):
    def __init__(self, parent=None, *, mask_id_numbers: bool = False):
        super().__init__(0, 5, parent)
        self.setObjectName("auditTable")
        self._entries: list[AuditEntry] = []
        # True outside the record itself (the audit page's history of a record): ID numbers
        # show as 110105********002X there, whole only in the record's own detail
        self._mask = mask_id_numbers
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.retranslateUi()

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self._entries = list(entries)
        self._fill()

    def entry_count(self) -> int:
        return len(self._entries)

    def _fill(self) -> None:
        self.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            changes = self._changes(entry)
            cells = (local_time(entry.at), entry.user_name, self._action(entry.action),
                     self._table(entry.table_name), "; ".join(changes))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip("\n".join(changes))
                self.setItem(row, column, item)

    # -- texts -----------------------------------------------------------------------------
    def _action(self, action: str) -> str:
        return audit_labels.action_label(action)

    def _table(self, table: str) -> str:
        return audit_labels.table_label(table)

    def field_name(self, key: str) -> str:
        names = {
            "name": self.tr("name"), "id_number": self.tr("ID number"),
            "birth_date": self.tr("birth date"), "sex": self.tr("sex"),
            "status": self.tr("status"), "due_date": self.tr("due date"),
            "raw_end": self.tr("period end"), "extended": self.tr("extended over holidays"),
            "detained": self.tr("detained"), "detained_since": self.tr("detained since"),
            "confessed": self.tr("pleads guilty"), "counsel": self.tr("counsel"),
            "police_case_no": self.tr("police case no."), "request_no": self.tr("request no."),
            "request_date": self.tr("request date"), "received_date": self.tr("received"),
            "major_complex": self.tr("major or complex"), "officer_id": self.tr("officer"),
            "charge_codes": self.tr("charges"), "note": self.tr("note"),
            "limit_code": self.tr("time limit"), "juvenile": self.tr("juvenile"),
            "decided_on": self.tr("decided on"), "deleted_at": self.tr("deleted"),
            "police_agency_id": self.tr("police agency"),
            "offence_date": self.tr("offence date"),
        }
        return names.get(key, key)

    def _value(self, key: str, value) -> str:
        if value is None or value == "":
            return "—"
        if self._mask:
            from desktop.domain.idnumber import mask_id_numbers_in

            return mask_id_numbers_in(self._plain_value(key, value))
        return self._plain_value(key, value)

    def _plain_value(self, key: str, value) -> str:
        if key in _BOOLEAN:
            return labels.yes_no(bool(value))
        if key == "status":
            return labels.status_label(str(value))
        if key == "sex":
            return labels.sex_label(str(value))
        return str(value)

    def _changes(self, entry: AuditEntry) -> list[str]:
        """One line per field: 'status: Received → Under review'. Record ids (UUIDs) and
        catalogue codes mean nothing to a reader and are named, not shown."""
        detail = entry.detail or {}
        parts = []
        if entry.action not in ("insert", "update", "delete"):
            # a sensitive read or a package received: what it says, as stored
            return [f"{key}: {self._value(key, detail[key])}" for key in sorted(detail)]
        if entry.action == "insert":
            for key in sorted(detail, key=_field_order):
                value = detail[key]
                if key in _HIDDEN or key in _OPAQUE or key == "deleted_at" or value in (None, ""):
                    continue
                parts.append(f"{self.field_name(key)}: {self._value(key, value)}")
        else:
            for key in sorted(detail, key=_field_order):
                pair = detail[key]
                if key in _HIDDEN:
                    continue
                if key in _OPAQUE:
                    parts.append(self.tr("%1 changed").replace("%1", self.field_name(key)))
                    continue
                old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
                parts.append(f"{self.field_name(key)}: {self._value(key, old)} → "
                             f"{self._value(key, new)}")
        return parts

    def retranslateUi(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Time"), self.tr("User"), self.tr("Action"),
                                        self.tr("Record"), self.tr("What changed")])
        if self._entries:
            self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
