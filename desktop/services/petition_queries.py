"""Read queries for the petition register: plain SQL through the office's sqlite3 connection.

The list model asks for ids a page at a time (`count_petitions`, `list_page`) and fetches the
visible rows in blocks (`fetch_rows`), as the arrest-review list does: a unit may hold tens of
thousands of petitions. Search: three or more characters through the trigram index
`petition_fts`; one or two (most Chinese names) with `instr()` over `petition_search`, a few
milliseconds at 20,000 petitions.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.domain import petitions as rules
from desktop.domain.petition_risk import RiskLevels, parse_triggers
from desktop.domain.petitions import PetitionStatus, WorkKind
from desktop.domain.text import normalize_search_text
from desktop.services.arrest_queries import AuditEntry, DueItem
from desktop.services.petition_settings import read_levels, read_settings
from desktop.services.unit_scope import unit_name_sql

KIND = "petition"
SORT_KEYS = ("due", "received")
_OPEN = tuple(s.value for s in rules.OPEN_STATUSES)


@dataclass(frozen=True)
class PetitionFilter:
    status: str | None = None  # a PetitionStatus value, "open", or None for all
    channel: str | None = None
    petition_type: str | None = None
    risk_level: str | None = None
    handler_id: str | None = None
    overdue_only: bool = False
    search: str = ""
    unit_code: str | None = None  # 单位: at an upper office, one unit's petitions only


@dataclass(frozen=True)
class PetitionRow:
    id: str
    received_on: date
    channel: str
    petition_type: str
    petitioners: str  # names, 、-separated
    petitioner_count: int
    collective: bool
    summary: str
    risk_level: str
    high_risk: bool
    status: str
    due_kind: str
    due_date: date | None
    handler_name: str
    is_repeat: bool
    concerns_procuratorate: bool
    unit_code: str = ""
    unit_name: str = ""


def _where(f: PetitionFilter, today: date) -> tuple[str, list]:
    clauses, params = ["p.deleted_at IS NULL"], []
    if f.status == "open":
        clauses.append(f"p.status IN ({','.join('?' * len(_OPEN))})")
        params.extend(_OPEN)
    elif f.status:
        clauses.append("p.status = ?")
        params.append(f.status)
    for column, value in (("channel", f.channel), ("petition_type", f.petition_type),
                          ("risk_level", f.risk_level), ("handler_id", f.handler_id),
                          ("unit_code", f.unit_code)):
        if value:
            clauses.append(f"p.{column} = ?")
            params.append(value)
    if f.overdue_only:
        clauses.append("p.due_date < ?")
        params.append(today.isoformat())
    text = normalize_search_text(f.search)
    if len(text) >= 3:
        clauses.append("p.id IN (SELECT s.petition_id FROM petition_search s WHERE s.rowid IN "
                       "(SELECT rowid FROM petition_fts WHERE petition_fts MATCH ?))")
        params.append('"' + text.replace('"', '""') + '"')
    elif text:
        clauses.append("p.id IN (SELECT petition_id FROM petition_search "
                       "WHERE instr(search_text, ?) > 0)")
        params.append(text)
    return " AND ".join(clauses), params


def count_petitions(conn, f: PetitionFilter = PetitionFilter(), *, today: date) -> int:
    where, params = _where(f, today)
    return conn.execute(f"SELECT count(*) FROM petitions p WHERE {where}", params).fetchone()[0]


def _segments(sort: str, descending: bool) -> list[tuple[str, str]]:
    d = " DESC" if descending else ""
    if sort == "due":
        # Running deadlines first, by due date; then the rest, newest first.
        return [("p.due_date IS NOT NULL", f"p.due_date{d}, p.id{d}"),
                ("p.due_date IS NULL", "p.received_on DESC, p.id DESC")]
    if sort == "received":
        return [("1", f"p.received_on{d}, p.id{d}")]
    raise ValueError(f"unknown sort key {sort!r}")


def list_page(conn, f: PetitionFilter = PetitionFilter(), *, today: date, sort: str = "due",
              descending: bool = False, offset: int = 0, limit: int = 200) -> list[str]:
    """Petition ids `offset` to `offset + limit` of the filtered, sorted list."""
    where, params = _where(f, today)
    out: list[str] = []
    for condition, order in _segments(sort, descending):
        if len(out) >= limit:
            break
        base = f"FROM petitions p WHERE {where} AND {condition}"
        if offset:
            size = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
            if offset >= size:
                offset -= size
                continue
        out += [r[0] for r in conn.execute(f"SELECT p.id {base} ORDER BY {order} LIMIT ? "
                                           "OFFSET ?", [*params, limit - len(out), offset])]
        offset = 0
    return out


def _d(value) -> date | None:
    return date.fromisoformat(value) if value else None


_ROW_SELECT = (
    "SELECT p.id, p.received_on, p.channel, p.petition_type, "
    "(SELECT group_concat(name, '、') FROM (SELECT r.name FROM petitioners r WHERE "
    " r.petition_id = p.id AND r.deleted_at IS NULL ORDER BY r.position)), "
    "p.petitioner_count, p.collective, p.summary, p.risk_level, p.status, p.due_kind, "
    "p.due_date, u.display_name, p.repeat_of_id, p.concerns_procuratorate, p.unit_code, "
    f"{unit_name_sql('p')} FROM petitions p LEFT JOIN users u ON u.id = p.handler_id ")


def _row(r, levels: RiskLevels) -> PetitionRow:
    return PetitionRow(r[0], _d(r[1]), r[2], r[3], r[4] or "", r[5], bool(r[6]), r[7], r[8],
                       levels.is_high(r[8]), r[9], r[10], _d(r[11]), r[12] or "",
                       r[13] is not None, bool(r[14]), r[15], r[16])


def fetch_rows(conn, ids: list[str]) -> dict[str, PetitionRow]:
    if not ids:
        return {}
    levels = read_levels(conn)
    marks = ",".join("?" * len(ids))
    return {r[0]: _row(r, levels) for r in conn.execute(
        _ROW_SELECT + f"WHERE p.id IN ({marks})", ids)}


def petition_row(conn, petition_id: str) -> PetitionRow | None:
    return fetch_rows(conn, [petition_id]).get(petition_id)


# -- dashboard ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class PetitionDueItem(DueItem):
    high_risk: bool = False  # graded at the office's highest level: the dashboard marks it
    risk_level: str = ""


def petition_due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    """Open petition deadlines overdue or due by today + within_days, earliest first. `detail`
    is the deadline's kind (procedural, result, follow_up), `basis` its basis in Chinese."""
    horizon = (today + timedelta(days=within_days)).isoformat()
    settings = read_settings(conn)
    levels = read_levels(conn)
    basis = {k.value: rules.basis_text(k, settings) for k in rules.DueKind}
    items = []
    for r in conn.execute(
            # the first petitioner only (an index lookup, not a list per row): with thousands
            # of items the dashboard stays fast; "等N人" says there are more
            "SELECT p.id, p.due_kind, p.due_date, p.risk_level, r.name, p.petitioner_count, "
            "substr(p.summary, 1, 40) FROM petitions p LEFT JOIN petitioners r "
            "ON r.petition_id = p.id AND r.position = 0 AND r.deleted_at IS NULL "
            "WHERE p.deleted_at IS NULL AND p.due_date IS NOT NULL AND p.due_date <= ? "
            "ORDER BY p.due_date, p.id", (horizon,)):
        name = r[4] or ""
        if name and r[5] > 1:
            name += f"等{r[5]}人"
        summary = r[6].splitlines()[0][:24] if r[6] else ""
        items.append(PetitionDueItem(
            kind=KIND, record_id=r[0], title=f"{name}  {summary}".strip(), detail=r[1],
            due_date=date.fromisoformat(r[2]), basis=basis.get(r[1], ""),
            high_risk=levels.is_high(r[3]), risk_level=r[3]))
    return items


# -- detail ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PetitionerRow:
    name: str
    id_number: str
    phone: str
    address: str
    work_unit: str


@dataclass(frozen=True)
class WorkRow:
    id: str
    kind: str
    done_on: date
    reply_kind: str
    way: str
    participants: str
    content: str
    outcome: str
    officer_name: str


@dataclass(frozen=True)
class TransferRow:
    transferred_on: date
    from_name: str
    to_name: str
    reason: str


@dataclass(frozen=True)
class AttachmentRow:
    id: str
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    event: str  # received, work kind (reply, explanation, …), transfer, forwarded, closed, due
    text: str
    done: bool = True  # False for a deadline still ahead or overdue


@dataclass(frozen=True)
class PetitionDetail:
    row: PetitionRow
    related_case: str
    request_id: str | None
    request_case_no: str
    repeat_of_id: str | None
    repeat_of_label: str
    later_repeats: list  # (id, received_on)
    first_handler_name: str
    first_handler_id: str
    handler_id: str
    risk_triggers: tuple
    raw_end: date | None
    forwarded_to: str
    closure: str
    closed_on: date | None
    closure_note: str
    petitioners: list[PetitionerRow]
    work: list[WorkRow]
    transfers: list[TransferRow]
    attachments: list[AttachmentRow]
    timeline: list[TimelineEntry] = field(default_factory=list)
    basis: str = ""


def petition_detail(conn, petition_id: str, *, today: date) -> PetitionDetail | None:
    row = petition_row(conn, petition_id)
    if row is None:
        return None
    p = conn.execute(
        "SELECT p.related_case, p.request_id, q.police_case_no, p.repeat_of_id, "
        "p.first_handler_id, u.display_name, p.handler_id, p.risk_triggers, p.raw_end, "
        "p.forwarded_to, p.closure, p.closed_on, p.closure_note, e.received_on "
        "FROM petitions p LEFT JOIN arrest_requests q ON q.id = p.request_id "
        "LEFT JOIN users u ON u.id = p.first_handler_id "
        "LEFT JOIN petitions e ON e.id = p.repeat_of_id WHERE p.id = ?",
        (petition_id,)).fetchone()
    people = [PetitionerRow(*r) for r in conn.execute(
        "SELECT name, id_number, phone, address, work_unit FROM petitioners WHERE "
        "petition_id = ? AND deleted_at IS NULL ORDER BY position", (petition_id,))]
    work = [WorkRow(r[0], r[1], _d(r[2]), r[3], r[4], r[5], r[6], r[7], r[8] or "")
            for r in conn.execute(
                "SELECT w.id, w.kind, w.done_on, w.reply_kind, w.way, w.participants, "
                "w.content, w.outcome, u.display_name FROM petition_work w "
                "LEFT JOIN users u ON u.id = w.officer_id WHERE w.petition_id = ? "
                "AND w.deleted_at IS NULL ORDER BY w.done_on, w.created_at", (petition_id,))]
    transfers = [TransferRow(_d(r[0]), r[1] or "", r[2] or "", r[3]) for r in conn.execute(
        "SELECT t.transferred_on, a.display_name, b.display_name, t.reason "
        "FROM petition_handler_transfers t LEFT JOIN users a ON a.id = t.from_handler_id "
        "LEFT JOIN users b ON b.id = t.to_handler_id WHERE t.petition_id = ? "
        "AND t.deleted_at IS NULL ORDER BY t.transferred_on, t.created_at", (petition_id,))]
    attachments = [AttachmentRow(*r) for r in conn.execute(
        "SELECT id, file_name, size, sha256 FROM petition_attachments WHERE petition_id = ? "
        "AND deleted_at IS NULL ORDER BY created_at", (petition_id,))]
    later = [(r[0], _d(r[1])) for r in conn.execute(
        "SELECT id, received_on FROM petitions WHERE repeat_of_id = ? AND deleted_at IS NULL "
        "ORDER BY received_on", (petition_id,))]
    settings = read_settings(conn)
    basis = rules.basis_text(row.due_kind, settings) if row.due_kind else ""
    detail = PetitionDetail(
        row=row, related_case=p[0], request_id=p[1], request_case_no=p[2] or "",
        repeat_of_id=p[3], repeat_of_label=p[13] or "", later_repeats=later,
        first_handler_id=p[4], first_handler_name=p[5] or "", handler_id=p[6],
        risk_triggers=parse_triggers(p[7]), raw_end=_d(p[8]), forwarded_to=p[9],
        closure=p[10], closed_on=_d(p[11]), closure_note=p[12], petitioners=people,
        work=work, transfers=transfers, attachments=attachments, basis=basis)
    return _with_timeline(detail)


def _with_timeline(d: PetitionDetail) -> PetitionDetail:
    """What happened, in date order, then the deadline running now (not done yet)."""
    events = [TimelineEntry(d.row.received_on, "received", d.row.summary.splitlines()[0]
                            if d.row.summary else "")]
    for w in d.work:
        kind = f"reply.{w.reply_kind}" if w.kind == WorkKind.REPLY.value else w.kind
        events.append(TimelineEntry(w.done_on, kind, w.content))
    for t in d.transfers:
        events.append(TimelineEntry(t.transferred_on, "transfer",
                                    f"{t.from_name} → {t.to_name}: {t.reason}"))
    if d.closed_on:
        events.append(TimelineEntry(d.closed_on, "closed", d.closure_note))
    events.sort(key=lambda e: e.on)  # stable: same-day events keep their order
    if d.row.due_date and d.row.due_kind:
        events.append(TimelineEntry(d.row.due_date, f"due.{d.row.due_kind}", d.basis,
                                    done=False))
    return PetitionDetail(**{**d.__dict__, "timeline": events})


def attachment_bytes(conn, attachment_id: str) -> tuple[str, bytes] | None:
    row = conn.execute(
        "SELECT a.file_name, f.content FROM petition_attachments a JOIN petition_files f "
        "ON f.sha256 = a.sha256 WHERE a.id = ? AND a.deleted_at IS NULL",
        (attachment_id,)).fetchone()
    return (row[0], bytes(row[1])) if row else None


def audit_history(conn, petition_id: str) -> list[AuditEntry]:
    """The audit entries of a petition and of every record under it, oldest first."""
    ids = [petition_id]
    for table in ("petitioners", "petition_handler_transfers", "petition_work",
                  "petition_attachments"):
        ids += [r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE petition_id = ?",
                                           (petition_id,))]
    marks = ",".join("?" * len(ids))
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in conn.execute(
        "SELECT at, user_name, action, table_name, version, detail FROM audit_log "
        f"WHERE row_id IN ({marks}) ORDER BY id", ids)]


def request_for_case(conn, text: str) -> tuple[str, str] | None:
    """(request id, "case no.  suspects") of the registered arrest request whose police case
    number is `text` (the related case typed at registration), or None."""
    if not text.strip():
        return None
    row = conn.execute("SELECT request_id, police_case_no, suspects FROM request_index "
                       "WHERE police_case_no = ? LIMIT 1", (text.strip(),)).fetchone()
    return (row[0], f"{row[1]}  {row[2]}") if row else None


def handlers(conn, unit_code: str | None) -> list[tuple[str, str]]:
    """(user id, name) of the officers of unit `unit_code` a petition can be handled by (an
    upper office also holds its units' users); None: every unit's, to name them."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT id, display_name FROM users WHERE active AND deleted_at IS NULL "
        "AND (? IS NULL OR unit_code = ?) ORDER BY display_name", (unit_code, unit_code))]


def open_status_values() -> tuple[str, ...]:
    return _OPEN


__all__ = ["KIND", "PetitionFilter", "PetitionRow", "count_petitions", "list_page",
           "fetch_rows", "petition_row", "petition_due_items", "PetitionDueItem",
           "petition_detail", "PetitionDetail", "attachment_bytes", "audit_history",
           "handlers", "PetitionStatus"]
