"""The facts a document is filled from, read from the records (plain SQL on the reader).

A builder per subject table returns a context dict of text fields. Arrest reviews are built
here from what the register holds (request, suspect, police agency, unit, charges, dates,
officer); the review and custody workflows register their own tables with `register_builder`
or pass their findings (refusal ground, reasons, outline items…) as extra fields of the draft."""
from __future__ import annotations

from datetime import date
from typing import Callable

from desktop.services.office import unit_info

Builder = Callable[[object, str], dict | None]
_BUILDERS: dict[str, Builder] = {}


def register_builder(table: str, builder: Builder) -> None:
    _BUILDERS[table] = builder


def subject_tables() -> list[str]:
    return sorted(_BUILDERS)


def arabic_date(d: date | str | None) -> str | None:
    """2026年9月28日: dates inside the body are written with Arabic numerals, unpadded."""
    if d is None or d == "":
        return None
    if isinstance(d, str):
        d = date.fromisoformat(d[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def build_context(conn, unit_code: str, table: str, subject_id: str) -> dict | None:
    """The context for a subject, with the office's own fields; None when the table has no
    builder or the record does not exist."""
    builder = _BUILDERS.get(table)
    if builder is None:
        return None
    ctx = builder(conn, subject_id)
    if ctx is None:
        return None
    unit = unit_info(conn, unit_code)
    return {"unit_name": unit.name, "unit_abbr": unit.abbr, "upper_name": unit.upper_name,
            **ctx}


def arrest_review_context(conn, review_id: str) -> dict | None:
    row = conn.execute(
        "SELECT r.request_id, p.name, p.sex, p.birth_date, p.id_number, r.detained_since, "
        "r.juvenile, q.police_case_no, q.request_no, q.request_date, q.received_date, "
        "q.charge_codes, a.name, u.display_name, q.officer_id, r.decided_on "
        "FROM arrest_reviews r JOIN persons p ON p.id = r.person_id "
        "JOIN arrest_requests q ON q.id = r.request_id "
        "JOIN police_agencies a ON a.id = q.police_agency_id "
        "LEFT JOIN users u ON u.id = q.officer_id "
        "WHERE r.id = ? AND r.deleted_at IS NULL", (review_id,)).fetchone()
    if row is None:
        return None
    (request_id, name, sex, birth, id_number, detained_since, juvenile, case_no, request_no,
     request_date, received, charge_codes, agency, officer_name, officer_id, decided_on) = row
    codes = [c for c in (charge_codes or "").split(",") if c]
    names = {}
    if codes:
        marks = ",".join("?" * len(codes))
        names = dict(conn.execute(f"SELECT code, name FROM charges WHERE code IN ({marks})",
                                  codes).fetchall())
    suspects = [r[0] for r in conn.execute(
        "SELECT p.name FROM arrest_reviews r JOIN persons p ON p.id = r.person_id "
        "WHERE r.request_id = ? AND r.deleted_at IS NULL ORDER BY r.position", (request_id,))]
    return {
        "request_id": request_id,
        "suspect_name": name,
        "suspect_sex": {"M": "男", "F": "女"}.get(sex or ""),
        "suspect_birth": arabic_date(birth),
        "suspect_id_number": id_number,
        "juvenile": bool(juvenile),
        "detained_since": arabic_date(detained_since),
        "case_no": case_no,
        "case_suspects": "、".join(f"犯罪嫌疑人{s}" for s in suspects) or None,
        "request_no": request_no or None,
        "request_date": arabic_date(request_date),
        "received_date": arabic_date(received),
        "decision_date": arabic_date(decided_on),
        "charges": "、".join(names.get(c, c) for c in codes) or None,
        "agency_name": agency,
        "officer_id": officer_id,
        "officer_name": officer_name,
    }


register_builder("arrest_reviews", arrest_review_context)

# Other subjects register their builders in their own modules, imported here so that every
# subject is known wherever documents are prepared.
import desktop.services.custody_documents  # noqa: E402,F401
import desktop.services.petition_documents  # noqa: E402,F401
import desktop.services.supervision_documents  # noqa: E402,F401
