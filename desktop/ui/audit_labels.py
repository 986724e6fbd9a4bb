"""Words for audit entries shared by the audit page and a record's history (audit_view):
what was done, and to which kind of record. Context "AuditLabels"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def action_label(action: str) -> str:
    return {
        "insert": translate("AuditLabels", "Created"),
        "update": translate("AuditLabels", "Changed"),
        "delete": translate("AuditLabels", "Deleted"),
        "import": translate("AuditLabels", "Package received"),
        "read": translate("AuditLabels", "Opened (sensitive)"),
        "export": translate("AuditLabels", "Exported"),
        "print": translate("AuditLabels", "Printed"),
    }.get(action, action)


def table_label(table: str) -> str:
    return {
        "arrest_requests": translate("AuditLabels", "Request"),
        "arrest_reviews": translate("AuditLabels", "Review of a suspect"),
        "persons": translate("AuditLabels", "Suspect"),
        "users": translate("AuditLabels", "User"),
        "units": translate("AuditLabels", "Unit"),
        "police_agencies": translate("AuditLabels", "Police agency"),
        "custody_reviews": translate("AuditLabels", "Custody review"),
        "supervision_matters": translate("AuditLabels", "Supervision matter"),
        "supervision_notices": translate("AuditLabels", "Notice to the police"),
        "supervision_answers": translate("AuditLabels", "Police answer"),
        "petitions": translate("AuditLabels", "Petition"),
        "petitioners": translate("AuditLabels", "Petitioner"),
        "cooperation_entries": translate("AuditLabels", "Cooperation log entry"),
        "issued_documents": translate("AuditLabels", "Issued document"),
        "sync_packages": translate("AuditLabels", "Sync package"),
    }.get(table, table)
