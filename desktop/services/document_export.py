"""`zhenjian documents export`: every issued document's PDF, named by its number, and the
register as CSV (UTF-8 with a BOM, so Excel opens it as such). Each file is written to a
temporary name in the target folder, fsynced and renamed, so no half-written file can pass
for a whole one."""
from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.document_numbers import file_name_for
from desktop.services.document_register import DocumentError, pdf_bytes, register_rows

REGISTER_FILE = "register.csv"
REGISTER_HEADER = ("文号", "文书名称", "文书类型代码", "案件编号", "犯罪嫌疑人", "送达单位",
                   "签发日期", "承办人", "页数", "文件", "SHA-256", "状态", "作废时间", "作废原因")


@dataclass
class ExportReport:
    written: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "number: reason"
    left_out: int = 0  # documents about juvenile suspects not exported (ARCHITECTURE.md)


def write_atomically(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dfd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)


def export_documents(conn, out_dir: Path, *, leave_out: frozenset[str] | set[str] = frozenset()
                     ) -> ExportReport:
    """Every issued document but those in `leave_out` (the caller passes the juveniles' ones,
    sensitive_reads.juvenile_document_ids, unless asked to include them): neither their PDF
    nor their register line is written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    report = ExportReport()
    rows = sorted(register_rows(conn), key=lambda r: (r.issued_on, r.doc_type, r.number))
    report.left_out = sum(1 for r in rows if r.id in leave_out)
    rows = [r for r in rows if r.id not in leave_out]
    used: set[str] = set()
    table = io.StringIO()
    writer = csv.writer(table, lineterminator="\r\n")
    writer.writerow(REGISTER_HEADER)
    for row in rows:
        stem = row.number + ("（已作废）" if row.voided_at else "")
        name = file_name_for(stem)
        n = 2
        while name in used:
            name = file_name_for(f"{stem}-{n}")
            n += 1
        used.add(name)
        try:
            write_atomically(out_dir / name, pdf_bytes(conn, row.id))
            report.written.append(name)
        except (DocumentError, OSError) as exc:
            report.failures.append(f"{row.number}: {exc}")
            name = ""
        writer.writerow((row.number, row.title, row.doc_type, row.case_no, row.suspect_name,
                         row.recipient, row.issued_on.isoformat(), row.officer_name, row.pages,
                         name, row.sha256, "作废" if row.voided_at else "有效",
                         row.voided_at or "", row.void_reason))
    write_atomically(out_dir / REGISTER_FILE, ("\ufeff" + table.getvalue()).encode("utf-8"))
    report.written.append(REGISTER_FILE)
    return report
