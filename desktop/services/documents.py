"""Issuing documents: preview (a filled draft the officer may edit), issue (number, PDF and
register entry in one transaction), void, the register, and the stored PDF for re-printing.

What is issued is what is registered: the register keeps the text as issued (JSON) and the
very PDF bytes with their SHA-256. Numbers come from a per-type, per-year counter updated in
the issuing transaction, so a failed issue consumes no number and a voided one is never reused.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone

from desktop.domain import permissions
from desktop.documents.content import DocumentContent, ReceiptContent
from desktop.documents.fonts import FontChoice, ensure_registered, shipped_font
from desktop.documents.templates import Template, fill_text, get_template, resolve_context
from desktop.domain.document_numbers import chinese_date, format_number, next_serial
from desktop.services.document_context import arabic_date, build_context
from desktop.services.document_register import (  # noqa: F401  (part of this API)
    DocumentError,
    RegisterRow,
    pdf_bytes,
    register_rows,
)
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office, unit_info

DEPT_META_PREFIX = "document_dept."  # app_meta key per type: the office's own code


@dataclass(frozen=True)
class Subject:
    table: str  # e.g. "arrest_reviews"
    id: str


@dataclass(frozen=True)
class DocumentDraft:
    """A filled document before issue. The officer may change recipient, paragraphs and
    attachments (`dataclasses.replace`); `missing` names the fields printed blank."""

    doc_type: str
    title: str
    subject: Subject
    recipient: str
    paragraphs: tuple[str, ...]
    attachments: str
    parts: tuple[str, ...]
    context: dict = field(default_factory=dict)
    missing: tuple[str, ...] = ()

    def edited(self, **changes) -> DocumentDraft:
        if "paragraphs" in changes:
            changes["paragraphs"] = tuple(changes["paragraphs"])
        return replace(self, **changes)


@dataclass(frozen=True)
class IssuedDocumentInfo:
    id: str
    doc_type: str
    number: str
    year: int
    serial: int
    sha256: str
    pages: int
    size: int


def _template(doc_type: str) -> Template:
    template = get_template(doc_type)
    if template is None:
        raise ValidationFailed([FieldError("doc_type", "document.type_unknown",
                                           f"no document type {doc_type!r}",
                                           {"doc_type": doc_type})])
    return template


def department_code(conn, template: Template) -> str:
    """The department/type code in this office's numbers: the office's own setting
    (app_meta `document_dept.<type>`) or the template's default."""
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?",
                       (DEPT_META_PREFIX + template.code,)).fetchone()
    return row[0] if row and row[0] else template.dept


def set_department_code(office: Office, doc_type: str, dept: str) -> None:
    _template(doc_type)
    with office.transaction(permissions.SETTINGS) as s:
        s.connection().exec_driver_sql(
            "INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
            "SET value = excluded.value", (DEPT_META_PREFIX + doc_type, dept.strip()))


def unprintable_characters(draft: DocumentDraft, font: FontChoice | None = None) -> list[str]:
    """Characters of the draft the document font cannot print (a rare name character, say):
    the preview shows them so the officer can choose another font or write them by hand."""
    from desktop.documents.fonts import missing_characters

    text = "".join((draft.recipient, *draft.paragraphs, draft.attachments,
                    *(str(v) for v in draft.context.values())))
    return missing_characters(text, font)


def prepare_fonts(font: FontChoice | None = None) -> None:
    """Load the document font now (0.1 s): the UI calls this from a worker thread."""
    ensure_registered(font)


def preview(office: Office, doc_type: str, subject: Subject, *, today: date,
            extra: dict | None = None) -> DocumentDraft:
    """The document filled from the subject's record and `extra` fields (decision reasons,
    outline items, choices such as refusal_ground…), which override the record's."""
    template = _template(doc_type)
    ctx = build_context(office.reader, office.unit_code, subject.table, subject.id)
    if ctx is None:
        raise ValidationFailed([FieldError("subject", "document.subject_unknown",
                                           f"no {subject.table} record {subject.id}",
                                           {"table": subject.table})])
    ctx.setdefault("decision_date", None)
    ctx["decision_date"] = ctx["decision_date"] or arabic_date(today)
    ctx["legal_basis"] = template.legal_basis
    ctx.update(extra or {})
    ctx = resolve_context(template, ctx)
    missing: set[str] = set()
    recipient = fill_text(template.recipient, ctx, missing)
    paragraphs = tuple(line for p in template.paragraphs  # a field may hold several
                       for line in fill_text(p, ctx, missing).split("\n"))  # paragraphs
    attachments = fill_text(template.attachments, ctx, missing)
    plain = {k: v for k, v in ctx.items() if isinstance(v, (str, int, float, bool))}
    return DocumentDraft(doc_type=doc_type, title=template.title, subject=subject,
                         recipient=recipient, paragraphs=paragraphs, attachments=attachments,
                         parts=template.parts, context=plain, missing=tuple(sorted(missing)))


def compose(template: Template, draft: DocumentDraft, *, number: str, unit_name: str,
            issued_on: date, issuer_name: str) -> DocumentContent:
    """The content as issued: the (edited) draft text plus the number, date, stub, receipt."""
    ctx = {**draft.context, "number": number, "unit_name": unit_name}
    date_text = chinese_date(issued_on)
    stub = ()
    if "存根" in template.parts:
        stub = (
            ("案　　由", ctx.get("charges") or ""),
            ("案件编号", ctx.get("case_no") or ""),
            ("犯罪嫌疑人", ctx.get("suspect_name") or ""),
            ("决定事项", fill_text(template.stub_decision, ctx)),
            ("批 准 人", ctx.get("approver") or ""),
            ("承 办 人", ctx.get("officer_name") or ""),
            ("填 发 人", issuer_name),
            ("填发时间", date_text),
            ("送达单位", draft.recipient.rstrip("：:")),
        )
    receipt = None
    if template.receipt is not None:
        r = template.receipt
        receipt = ReceiptContent(fill_text(r.title, ctx), fill_text(r.recipient, ctx),
                                 tuple(fill_text(p, ctx) for p in r.paragraphs),
                                 fill_text(r.signature, ctx))
    meta = {k: ctx.get(k) or "" for k in ("case_no", "suspect_name", "officer_name")}
    return DocumentContent(
        doc_type=template.code, title=template.title, unit_name=unit_name, number=number,
        recipient=draft.recipient,
        paragraphs=tuple(line for p in draft.paragraphs for line in p.split("\n")
                         if line.strip()),
        attachments=draft.attachments, issued_on=issued_on, date_text=date_text,
        parts=template.parts, stub=stub, receipt=receipt, meta=meta)


def _allocate(session, unit_code: str, doc_type: str, year: int) -> int:
    from desktop.store.document_models import DocumentCounter

    counter = session.get(DocumentCounter, (doc_type, year))
    # never below a serial already in the register, whatever happened to the counter
    highest = session.connection().exec_driver_sql(
        "SELECT MAX(serial) FROM issued_documents WHERE unit_code = ? AND doc_type = ? "
        "AND year = ?", (unit_code, doc_type, year)).scalar()
    last = max(counter.last_serial if counter else 0, highest or 0) or None
    serial = next_serial(last)
    if counter is None:
        session.add(DocumentCounter(doc_type=doc_type, year=year, last_serial=serial))
    else:
        counter.last_serial = serial
    return serial


def render_draft(office: Office, draft: DocumentDraft, *, today: date,
                 font: FontChoice | None = None) -> bytes:
    """The draft as PDF for the preview, before issue: the number's serial is left blank and
    nothing is written."""
    from desktop.documents.render import render_pdf

    template = _template(draft.doc_type)
    unit = unit_info(office.reader, office.unit_code)
    number = f"{unit.abbr}{department_code(office.reader, template)}〔{today.year}〕　号"
    content = compose(template, draft, number=number, unit_name=unit.name, issued_on=today,
                      issuer_name=office.display_name)
    return render_pdf(content, font).data


def issue(office: Office, draft: DocumentDraft, *, today: date,
          font: FontChoice | None = None) -> IssuedDocumentInfo:
    """Number, render and register the document in one transaction."""
    from desktop.documents.render import render_pdf
    from desktop.store.document_models import DocumentFile, IssuedDocument

    template = _template(draft.doc_type)
    if not any(p.strip() for p in draft.paragraphs):
        raise ValidationFailed([FieldError("paragraphs", "document.body_empty",
                                           "the document has no text")])
    font = font or shipped_font()
    ensure_registered(font)  # outside the write lock
    unit = unit_info(office.reader, office.unit_code)
    dept = department_code(office.reader, template)
    with office.transaction(permissions.ISSUE_DOCUMENTS) as s:
        serial = _allocate(s, office.unit_code, template.code, today.year)
        number = format_number(unit.abbr, dept, today.year, serial)
        content = compose(template, draft, number=number, unit_name=unit.name,
                          issued_on=today, issuer_name=office.display_name)
        pdf = render_pdf(content, font)
        digest = hashlib.sha256(pdf.data).hexdigest()
        if s.get(DocumentFile, digest) is None:
            s.add(DocumentFile(sha256=digest, size=len(pdf.data), content=pdf.data))
        doc = IssuedDocument(
            doc_type=template.code, title=template.title, year=today.year, serial=serial,
            number=number, subject_table=draft.subject.table, subject_id=draft.subject.id,
            case_no=content.meta["case_no"], suspect_name=content.meta["suspect_name"],
            recipient=draft.recipient.rstrip("：:"), issued_on=today,
            officer_id=office.user_id, body=content.to_json(), pdf_sha256=digest,
            pdf_size=len(pdf.data), pages=pdf.pages, font=font.path.name, void_reason="")
        s.add(doc)
        s.flush()
        return IssuedDocumentInfo(doc.id, template.code, number, today.year, serial, digest,
                                  pdf.pages, len(pdf.data))


def void(office: Office, document_id: str, reason: str) -> None:
    """Void an issued document: it stays in the register with its number and the reason."""
    from desktop.store.document_models import IssuedDocument

    if not reason or not reason.strip():
        raise ValidationFailed([FieldError("reason", "void.reason_required",
                                           "a reason is required to void a document")])
    with office.transaction(permissions.ISSUE_DOCUMENTS) as s:
        doc = s.get(IssuedDocument, document_id)
        if doc is None or doc.deleted_at is not None:
            raise DocumentError("not_found", f"no issued document {document_id}")
        if doc.voided_at is not None:
            raise DocumentError("already_voided", f"{doc.number} was voided already",
                                number=doc.number)
        doc.voided_at = datetime.now(timezone.utc).replace(tzinfo=None)
        doc.void_reason = reason.strip()
