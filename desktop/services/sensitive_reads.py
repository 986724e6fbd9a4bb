"""Sensitive reads audited (敏感查阅留痕, DOMAIN §9: "audit every read of sensitive records, not
only writes"): opening a juvenile's record, exporting and printing each write one entry into
the office's audit chain through `capture.audit_entry` — action "read", "export" or "print" —
so the audit page and `zhenjian check` cover them like any change.

The UI calls these functions at the moment the thing happens (the detail dialog opened, the
PDF saved, the print job done); no widget writes SQL. Each function is one short transaction.
"""
from __future__ import annotations

from desktop.domain import permissions
from desktop.services.office import Office

READ, EXPORT, PRINT = "read", "export", "print"
ACTIONS = (READ, EXPORT, PRINT)


def record(office: Office, action: str, table: str, row_id: str, detail: dict) -> None:
    """One audit entry of a sensitive read, in its own transaction."""
    with office.transaction(permissions.READ_AUDIT) as session:
        record_in(session, action, table, row_id, detail)


def record_in(session, action: str, table: str, row_id: str, detail: dict) -> None:
    """The same inside a transaction the caller holds (a sync export)."""
    from desktop.store.capture import audit_entry

    if action not in ACTIONS:
        raise ValueError(f"not a sensitive-read action: {action}")
    audit_entry(session, action=action, table=table, row_id=row_id, detail=detail)


# -- juveniles ---------------------------------------------------------------------------------
def juvenile_suspects(conn, request_id: str) -> list[str]:
    """The ids of a request's suspects who were juveniles at the offence (arrest_reviews)."""
    return [r[0] for r in conn.execute(
        "SELECT id FROM arrest_reviews WHERE request_id = ? AND juvenile = 1 "
        "AND deleted_at IS NULL ORDER BY id", (request_id,))]


def opened_request(office: Office, request_id: str) -> bool:
    """A request's record was opened: audited when a suspect of it is a juvenile (未成年人).
    Returns whether an entry was written."""
    juveniles = juvenile_suspects(office.reader, request_id)
    if not juveniles:
        return False
    record(office, READ, "arrest_requests", request_id, {"juvenile_reviews": juveniles})
    return True


def opened_custody_review(office: Office, review_id: str) -> bool:
    """A custody-necessity review shown: audited when its suspect was a juvenile."""
    row = office.reader.execute(
        "SELECT v.id FROM custody_reviews c JOIN arrest_reviews v ON v.id = c.arrest_review_id "
        "WHERE c.id = ? AND v.juvenile = 1", (review_id,)).fetchone()
    if row is None:
        return False
    record(office, READ, "custody_reviews", review_id, {"juvenile_review": row[0]})
    return True


def juvenile_document_ids(conn) -> set[str]:
    """Issued documents about a juvenile suspect: their subject is a juvenile's arrest review,
    or a custody review of one."""
    return {r[0] for r in conn.execute(
        "SELECT d.id FROM issued_documents d JOIN arrest_reviews v ON v.id = d.subject_id "
        "WHERE d.subject_table = 'arrest_reviews' AND v.juvenile = 1 "
        "UNION SELECT d.id FROM issued_documents d JOIN custody_reviews c "
        "ON c.id = d.subject_id JOIN arrest_reviews v ON v.id = c.arrest_review_id "
        "WHERE d.subject_table = 'custody_reviews' AND v.juvenile = 1")}


def is_juvenile_document(conn, document_id: str) -> bool:
    return document_id in _juvenile_documents_among(conn, [document_id])


def _juvenile_documents_among(conn, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    marks = ",".join("?" * len(ids))
    return {r[0] for r in conn.execute(
        "SELECT d.id FROM issued_documents d LEFT JOIN custody_reviews c "
        "ON d.subject_table = 'custody_reviews' AND c.id = d.subject_id "
        "JOIN arrest_reviews v ON v.id = CASE d.subject_table WHEN 'arrest_reviews' "
        "THEN d.subject_id ELSE c.arrest_review_id END "
        f"WHERE v.juvenile = 1 AND d.id IN ({marks})", ids)}


# -- documents ---------------------------------------------------------------------------------
def _document_detail(conn, document_id: str) -> dict:
    row = conn.execute("SELECT number, doc_type FROM issued_documents WHERE id = ?",
                       (document_id,)).fetchone()
    detail = {"number": row[0], "doc_type": row[1]} if row else {}
    if document_id in _juvenile_documents_among(conn, [document_id]):
        detail["juvenile"] = True
    return detail


def saved_document(office: Office, document_id: str, file_name: str) -> None:
    """An issued document saved as a PDF file (另存为PDF)."""
    detail = _document_detail(office.reader, document_id)
    detail["file"] = file_name
    record(office, EXPORT, "issued_documents", document_id, detail)


def printed_documents(office: Office, document_ids: list[str], pages: int) -> None:
    """Issued documents sent to a printer: one entry per document, one transaction."""
    details = [(d, _document_detail(office.reader, d)) for d in document_ids]
    with office.transaction(permissions.READ_AUDIT) as session:
        for document_id, detail in details:
            detail["pages_printed_in_job"] = pages
            record_in(session, PRINT, "issued_documents", document_id, detail)


def saved_attachment(office: Office, attachment_id: str, file_name: str) -> None:
    """A petition's attachment (a scanned letter) saved to a file."""
    row = office.reader.execute("SELECT petition_id, sha256 FROM petition_attachments "
                                "WHERE id = ?", (attachment_id,)).fetchone()
    detail = {"file": file_name}
    if row:
        detail.update(petition_id=row[0], sha256=row[1])
    record(office, EXPORT, "petition_attachments", attachment_id, detail)


def exported_documents(office: Office, folder: str, written: int, left_out: int) -> None:
    """`zhenjian documents export`: the whole register written to a folder."""
    record(office, EXPORT, "issued_documents", "*",
           {"folder": folder, "files": written, "juvenile_left_out": left_out})
