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
        "login": translate("AuditLabels", "Logged in"),
        "login_failed": translate("AuditLabels", "Log-in refused"),
        "backup": translate("AuditLabels", "Backed up"),
        "restore": translate("AuditLabels", "Restored from a backup"),
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
        "calendar_updates": translate("AuditLabels", "Holiday schedule"),
        "cooperation_offices": translate("AuditLabels", "Cooperation office"),
        "counsel_opinions": translate("AuditLabels", "Defence counsel's opinion"),
        "custody_checklist_answers": translate("AuditLabels", "Custody review checklist"),
        "custody_escalations": translate("AuditLabels", "Custody review escalation"),
        "custody_recommendations": translate("AuditLabels", "Custody recommendation"),
        "custody_replies": translate("AuditLabels", "Reply to a custody recommendation"),
        "custody_result_notices": translate("AuditLabels", "Custody review result notice"),
        "execution_receipts": translate("AuditLabels", "Execution receipt"),
        "omitted_suspect_demands": translate("AuditLabels", "Demand for an omitted suspect"),
        "petition_attachments": translate("AuditLabels", "Petition attachment"),
        "petition_handler_transfers": translate("AuditLabels", "Petition handler transfer"),
        "petition_work": translate("AuditLabels", "Petition work record"),
        "reconsiderations": translate("AuditLabels", "Reconsideration"),
        "request_links": translate("AuditLabels", "Linked request"),
        "review_checklists": translate("AuditLabels", "Review checklist"),
        "review_decisions": translate("AuditLabels", "Review decision"),
        "review_hearings": translate("AuditLabels", "Review hearing"),
        "review_interrogations": translate("AuditLabels", "Interrogation of a suspect"),
        "social_danger_findings": translate("AuditLabels", "Social danger finding"),
        "upper_instructions": translate("AuditLabels", "Upper office's comment or directive"),
        "upper_review_decisions": translate("AuditLabels", "Upper office's review decision"),
    }.get(table, table)
