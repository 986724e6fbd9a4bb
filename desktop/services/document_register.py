"""Reading the document register: rows for the register page and the export, and the stored
PDF of a document for re-printing (checked against its SHA-256)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from desktop.domain.document_numbers import file_name_for


class DocumentError(Exception):
    """A request the register cannot carry out: `code` is "not_found", "already_voided" or
    "file_corrupt"; `str()` is English."""

    def __init__(self, code: str, message: str, **params):
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class RegisterRow:
    id: str
    number: str
    doc_type: str
    title: str
    case_no: str
    suspect_name: str
    recipient: str
    issued_on: date
    officer_name: str
    pages: int
    sha256: str
    voided_at: str | None
    void_reason: str

    @property
    def file_name(self) -> str:
        return file_name_for(self.number)


def register_rows(conn, *, search: str = "", doc_type: str | None = None,
                  year: int | None = None, include_voided: bool = True,
                  subject_id: str | None = None) -> list[RegisterRow]:
    """Issued documents, newest first, filtered by type, year, subject, and a search on
    number, case number, suspect and recipient."""
    clauses, params = ["d.deleted_at IS NULL"], []
    if doc_type:
        clauses.append("d.doc_type = ?"); params.append(doc_type)
    if year:
        clauses.append("d.year = ?"); params.append(year)
    if subject_id:
        clauses.append("d.subject_id = ?"); params.append(subject_id)
    if not include_voided:
        clauses.append("d.voided_at IS NULL")
    if search.strip():
        clauses.append("(instr(d.number, ?) OR instr(d.case_no, ?) OR instr(d.suspect_name, ?)"
                       " OR instr(d.recipient, ?))")
        params.extend([search.strip()] * 4)
    rows = conn.execute(
        "SELECT d.id, d.number, d.doc_type, d.title, d.case_no, d.suspect_name, d.recipient, "
        "d.issued_on, COALESCE(u.display_name, ''), d.pages, d.pdf_sha256, d.voided_at, "
        "d.void_reason FROM issued_documents d LEFT JOIN users u ON u.id = d.officer_id "
        f"WHERE {' AND '.join(clauses)} "
        "ORDER BY d.issued_on DESC, d.doc_type, d.year DESC, d.serial DESC", params).fetchall()
    return [RegisterRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], date.fromisoformat(r[7]),
                        r[8], r[9], r[10], r[11], r[12]) for r in rows]


def issued_years(conn) -> list[int]:
    """The years that have issued documents, newest first (the register page's year filter)."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT year FROM issued_documents WHERE deleted_at IS NULL ORDER BY year DESC")]


def pdf_bytes(conn, document_id: str) -> bytes:
    """The PDF exactly as issued. Raises DocumentError("not_found" | "file_corrupt")."""
    row = conn.execute(
        "SELECT d.pdf_sha256, f.content FROM issued_documents d "
        "LEFT JOIN document_files f ON f.sha256 = d.pdf_sha256 WHERE d.id = ?",
        (document_id,)).fetchone()
    if row is None or row[1] is None:
        raise DocumentError("not_found", f"no PDF for document {document_id}")
    data = bytes(row[1])
    if hashlib.sha256(data).hexdigest() != row[0]:
        raise DocumentError("file_corrupt", f"the PDF of {document_id} fails its SHA-256")
    return data
