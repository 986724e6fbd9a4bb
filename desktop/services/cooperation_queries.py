"""Read queries for the cooperation log (侦查监督与协作配合办公室): plain SQL through the office's
sqlite3 connection.

The list model asks for row ids a page at a time (`count_entries`, `list_page`) and fetches the
visible rows in blocks (`fetch_rows`), newest first along the date index. Search: three or more
characters through the trigram index `cooperation_fts`; one or two (most Chinese names) scan
`search_text` with instr(), cheap at the few thousand entries a log holds in years.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.cooperation import TRACKED_KINDS, EntryKind
from desktop.domain.text import normalize_search_text
from desktop.services.arrest_queries import AuditEntry, DueItem
from desktop.services.unit_scope import unit_name_sql

_TRACKED = tuple(sorted(k.value for k in TRACKED_KINDS))
# Dashboard items are of kind "cooperation.<entry kind>", apart from every other module's.
KIND_PREFIX = "cooperation."


def is_due_kind(kind: str) -> bool:
    return kind.startswith(KIND_PREFIX)


def entry_kind_of(due_kind: str) -> str:
    """The entry kind of a dashboard item's kind: "cooperation.rectification" → "rectification"."""
    return due_kind[len(KIND_PREFIX):] if is_due_kind(due_kind) else ""


@dataclass(frozen=True)
class CooperationFilter:
    kind: str | None = None  # an EntryKind value
    police_agency_id: str | None = None
    open_only: bool = False  # tracked items not yet done
    overdue_only: bool = False  # tracked items open past their due day
    date_from: date | None = None  # the entry date, inclusive
    date_to: date | None = None
    search: str = ""
    unit_code: str | None = None  # 单位: at an upper office, one unit's entries only


@dataclass(frozen=True)
class EntryRow:
    rowid: int
    entry_id: str
    kind: str
    subtype: str
    occurred_on: date
    police_agency: str
    case_ref: str
    person_name: str
    summary: str
    due_on: date | None
    done_on: date | None
    officer_name: str
    unit_code: str = ""
    unit_name: str = ""


def _d(value) -> date | None:
    return date.fromisoformat(value) if value else None


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _where(f: CooperationFilter, today: date) -> tuple[str, list]:
    clauses, params = ["e.deleted_at IS NULL"], []
    if f.kind:
        clauses.append("e.kind = ?")
        params.append(f.kind)
    if f.police_agency_id:
        clauses.append("e.police_agency_id = ?")
        params.append(f.police_agency_id)
    if f.unit_code:
        clauses.append("e.unit_code = ?")
        params.append(f.unit_code)
    if f.open_only or f.overdue_only:
        clauses.append(f"e.kind IN ({','.join('?' * len(_TRACKED))}) AND e.done_on IS NULL")
        params.extend(_TRACKED)
    if f.overdue_only:
        clauses.append("e.due_on < ?")
        params.append(today.isoformat())
    if f.date_from:
        clauses.append("e.occurred_on >= ?")
        params.append(f.date_from.isoformat())
    if f.date_to:
        clauses.append("e.occurred_on <= ?")
        params.append(f.date_to.isoformat())
    text = normalize_search_text(f.search)
    if len(text) >= 3:
        clauses.append("e.rowid IN (SELECT rowid FROM cooperation_fts "
                       "WHERE cooperation_fts MATCH ?)")
        params.append(_phrase(text))
    elif text:
        clauses.append("instr(e.search_text, ?) > 0")
        params.append(text)
    return " AND ".join(clauses), params


def count_entries(conn, f: CooperationFilter = CooperationFilter(), *, today: date) -> int:
    where, params = _where(f, today)
    return conn.execute(f"SELECT count(*) FROM cooperation_entries e WHERE {where}",
                        params).fetchone()[0]


def list_page(conn, f: CooperationFilter = CooperationFilter(), *, today: date,
              offset: int = 0, limit: int = 200) -> list[int]:
    """Row ids `offset` to `offset + limit` of the filtered list, newest entry first; open
    tracked items are sorted by their due day instead when only they are shown."""
    where, params = _where(f, today)
    order = "e.due_on, e.rowid" if (f.open_only or f.overdue_only) \
        else "e.occurred_on DESC, e.rowid DESC"
    return [r[0] for r in conn.execute(
        f"SELECT e.rowid FROM cooperation_entries e WHERE {where} ORDER BY {order} "
        "LIMIT ? OFFSET ?", [*params, limit, offset])]


_ROW_SELECT = (
    "SELECT e.rowid, e.id, e.kind, e.subtype, e.occurred_on, g.name, e.case_ref, "
    "e.person_name, e.summary, e.due_on, e.done_on, u.display_name, e.unit_code, "
    f"{unit_name_sql('e')} FROM cooperation_entries e LEFT JOIN police_agencies g ON g.id = e.police_agency_id "
    "LEFT JOIN users u ON u.id = e.officer_id")


def _row(r) -> EntryRow:
    return EntryRow(r[0], r[1], r[2], r[3], _d(r[4]), r[5] or "", r[6], r[7], r[8], _d(r[9]),
                    _d(r[10]), r[11] or "", r[12], r[13])


def fetch_rows(conn, rowids: list[int]) -> dict[int, EntryRow]:
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    return {r[0]: _row(r) for r in conn.execute(f"{_ROW_SELECT} WHERE e.rowid IN ({marks})",
                                                rowids)}


def rowid_of(conn, entry_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM cooperation_entries WHERE id = ? AND deleted_at IS "
                       "NULL", (entry_id,)).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class EntryDetail:
    row: EntryRow
    police_agency_id: str
    request_id: str
    request_case_no: str
    participants: str
    outcome: str
    officer_id: str
    created_at: str


def entry_detail(conn, entry_id: str) -> EntryDetail | None:
    r = conn.execute(
        "SELECT e.rowid, e.id, e.kind, e.subtype, e.occurred_on, g.name, e.case_ref, "
        "e.person_name, e.summary, e.due_on, e.done_on, u.display_name, "
        "e.police_agency_id, e.request_id, q.police_case_no, e.participants, e.outcome, "
        f"e.officer_id, e.created_at, e.unit_code, {unit_name_sql('e')} "
        "FROM cooperation_entries e "
        "LEFT JOIN police_agencies g ON g.id = e.police_agency_id "
        "LEFT JOIN users u ON u.id = e.officer_id "
        "LEFT JOIN arrest_requests q ON q.id = e.request_id "
        "WHERE e.id = ? AND e.deleted_at IS NULL", (entry_id,)).fetchone()
    if r is None:
        return None
    return EntryDetail(_row((*r[:12], r[19], r[20])), r[12], r[13] or "", r[14] or "", r[15],
                       r[16], r[17], r[18])


def entry_history(conn, entry_id: str) -> list[AuditEntry]:
    """The entry's audit entries, oldest first."""
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in conn.execute(
        "SELECT at, user_name, action, table_name, version, detail FROM audit_log "
        "WHERE row_id = ? ORDER BY id", (entry_id,))]


def cooperation_due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    """Open tracked items — joint 督办 and rectification follow-ups — overdue or due by
    today + within_days, earliest first. `kind` is KIND_PREFIX + the entry kind; `detail` the
    summary; the title the case and the police agency."""
    horizon = (today + timedelta(days=within_days)).isoformat()
    return [
        DueItem(kind=KIND_PREFIX + r[1], record_id=r[0], title="  ".join(x for x in (r[2], r[3]) if x),
                detail=r[4], due_date=date.fromisoformat(r[5]), request_id=r[6] or "")
        for r in conn.execute(
            "SELECT e.id, e.kind, e.case_ref, g.name, e.summary, e.due_on, e.request_id "
            "FROM cooperation_entries e LEFT JOIN police_agencies g ON g.id = "
            "e.police_agency_id WHERE e.deleted_at IS NULL AND e.done_on IS NULL "
            f"AND e.kind IN ({','.join('?' * len(_TRACKED))}) "
            # created_at, id: the entry order on SQLite and PostgreSQL (no rowid there), for
            # the workload's overdue figure at an upper office
            "AND e.due_on IS NOT NULL AND e.due_on <= ? ORDER BY e.due_on, e.created_at, e.id",
            (*_TRACKED, horizon))
    ]


def monthly_counts(conn, year: int) -> dict[str, list[int]]:
    """Entries per kind in each month of `year` (index 0 = January), every kind present:
    the statistics the office reports upward (DOMAIN.md §7)."""
    out = {k.value: [0] * 12 for k in EntryKind}
    for kind, month, n in conn.execute(
            "SELECT kind, CAST(substr(occurred_on, 6, 2) AS INTEGER), count(*) "
            "FROM cooperation_entries WHERE deleted_at IS NULL AND occurred_on >= ? "
            "AND occurred_on < ? GROUP BY 1, 2", (f"{year:04d}-01-01", f"{year + 1:04d}-01-01")):
        if kind in out:
            out[kind][month - 1] = n
    return out


@dataclass(frozen=True)
class OfficeRecord:
    id: str
    name: str
    site: str
    resident_prosecutor: str
    police_liaison: str
    established_on: date | None
    duty_roster: str


def office_record(conn, unit_code: str) -> OfficeRecord | None:
    r = conn.execute(
        "SELECT id, name, site, resident_prosecutor, police_liaison, established_on, "
        "duty_roster FROM cooperation_offices WHERE unit_code = ? AND deleted_at IS NULL "
        "ORDER BY created_at LIMIT 1", (unit_code,)).fetchone()
    return OfficeRecord(r[0], r[1], r[2], r[3], r[4], _d(r[5]), r[6]) if r else None
