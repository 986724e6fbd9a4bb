"""Read queries for the arrest-review register: plain SQL on the derived `request_index`
through the office's sqlite3 connection, so the list and the dashboard need no ORM.

The list model asks for row ids a page at a time (`count_requests`, `list_page`) and fetches the
visible rows in blocks (`fetch_rows`); SQL does the filtering, searching and sorting, always
along an index, so the first page costs the same with 100 or 100,000 requests."""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.domain.arrest_review import ReviewStatus
from desktop.domain.idnumber import mask_id_number
from desktop.domain.request_summary import RequestStatus
from desktop.domain.text import normalize_search_text, spaced_characters
from desktop.services.unit_scope import unit_name_sql

OPEN_REQUEST_STATUSES = (RequestStatus.RECEIVED.value, RequestStatus.UNDER_REVIEW.value,
                         RequestStatus.PENDING_APPROVAL.value)
OPEN_REVIEW_STATUSES = tuple(s.value for s in (ReviewStatus.RECEIVED, ReviewStatus.UNDER_REVIEW,
                                                ReviewStatus.PENDING_APPROVAL))
SORT_KEYS = ("due", "received", "case_no")


@dataclass(frozen=True)
class ListFilter:
    status: str | None = None  # a RequestStatus value, "open", or None for all
    officer_id: str | None = None
    detained: bool | None = None
    overdue_only: bool = False
    search: str = ""
    unit_code: str | None = None  # 单位: at an upper office, one unit's requests only


@dataclass(frozen=True)
class ListRow:
    rowid: int
    request_id: str
    police_case_no: str
    suspects: str
    charges: str
    detained: bool
    juvenile: bool
    received_date: date
    due_date: date | None
    status: str
    officer_name: str
    unit_code: str = ""
    unit_name: str = ""
    # (name, ID number masked as 110105********002X or "", juvenile) per suspect, in order:
    # lists never carry a whole ID number (DOMAIN §9); the detail view shows it.
    suspect_lines: tuple[tuple[str, str, bool], ...] = ()


def _where(conn, f: ListFilter, today: date) -> tuple[str, list]:
    clauses, params = [], []
    if f.status == "open":
        clauses.append(f"status IN ({','.join('?' * len(OPEN_REQUEST_STATUSES))})")
        params.extend(OPEN_REQUEST_STATUSES)
    elif f.status:
        clauses.append("status = ?")
        params.append(f.status)
    if f.officer_id:
        clauses.append("officer_id = ?")
        params.append(f.officer_id)
    if f.detained is not None:
        clauses.append("detained = ?")
        params.append(int(f.detained))
    if f.overdue_only:
        clauses.append("due_date < ?")
        params.append(today.isoformat())
    if f.unit_code:
        # request_index has no owner column: the requests' own unit_code index answers
        clauses.append("request_id IN (SELECT id FROM arrest_requests WHERE unit_code = ?)")
        params.append(f.unit_code)
    text = normalize_search_text(f.search)
    if text:
        hits = _collect_search_hits(conn, text)
        # Few hits: walk the hits. Many (a common word): walk the sort index and test each row
        # against the hits (the unary + keeps SQLite from driving the query by the hits).
        clauses.append("rowid IN temp.search_hits" if hits <= MANY_HITS
                       else "+rowid IN temp.search_hits")
    return " AND ".join(clauses) or "1", params


MANY_HITS = 2000


def _collect_search_hits(conn, text: str) -> int:
    """Run the full-text query once per search text and data state into a temporary table
    (private to this connection), so the count and every page reuse it: a common word such as
    盗窃 matches a fifth of all requests, and re-running it per query tripled its cost."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_hits (rowid INTEGER PRIMARY KEY)")
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_key (key TEXT)")
    # data_version changes whenever another connection (a write session) commits.
    key = f"{conn.execute('PRAGMA data_version').fetchone()[0]}|{text}"
    row = conn.execute("SELECT key FROM temp.search_key").fetchone()
    if not (row and row[0] == key):
        conn.execute("DELETE FROM temp.search_hits")
        conn.execute("DELETE FROM temp.search_key")
        conn.execute(f"INSERT INTO temp.search_hits {_search_query(text)}", (_search_param(text),))
        conn.execute("INSERT INTO temp.search_key VALUES (?)", (key,))
    return conn.execute("SELECT count(*) FROM temp.search_hits").fetchone()[0]


def _phrase(text: str) -> str:
    """One quoted FTS5 phrase, so nothing the user types is read as query syntax."""
    return '"' + text.replace('"', '""') + '"'


def _search_query(text: str) -> str:
    if len(text) >= 3:
        return "SELECT rowid FROM request_fts WHERE request_fts MATCH ?"
    if any(ch.isalnum() for ch in text):
        # One or two characters (most Chinese names): a trigram index cannot answer, the
        # unigram index can (migration 0003).
        return "SELECT rowid FROM request_chars_fts WHERE request_chars_fts MATCH ?"
    # punctuation only: no index knows it, scan
    return "SELECT rowid FROM request_index WHERE instr(search_text, ?) > 0"


def _search_param(text: str) -> str:
    if len(text) >= 3:
        return _phrase(text)
    if any(ch.isalnum() for ch in text):
        return _phrase(spaced_characters(text))
    return text


def count_requests(conn, f: ListFilter, *, today: date) -> int:
    where, params = _where(conn, f, today)
    if f.search.strip() and f == ListFilter(search=f.search):
        return conn.execute("SELECT count(*) FROM temp.search_hits").fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM request_index WHERE {where}", params).fetchone()[0]


def _segments(sort: str, descending: bool) -> list[tuple[str, str]]:
    """(extra condition, ORDER BY) of each part of the list, in display order; each ORDER BY
    follows an index so a page never sorts the whole table."""
    d = " DESC" if descending else ""
    if sort == "due":
        # Running deadlines first, by due date; then decided requests, newest first.
        return [("due_date IS NOT NULL", f"due_date{d}, rowid{d}"),
                ("+due_date IS NULL", "received_date DESC, rowid DESC")]
    if sort == "received":
        return [("1", f"received_date{d}, rowid{d}")]
    if sort == "case_no":
        return [("1", f"police_case_no{d}, rowid{d}")]
    raise ValueError(f"unknown sort key {sort!r}")


def list_page(conn, f: ListFilter, *, today: date, sort: str = "due", descending: bool = False,
              offset: int = 0, limit: int = 200) -> list[int]:
    """Row ids `offset` to `offset + limit` of the filtered, sorted list."""
    where, params = _where(conn, f, today)
    out: list[int] = []
    for condition, order in _segments(sort, descending):
        if len(out) >= limit:
            break
        base = f"FROM request_index WHERE {where} AND {condition}"
        if offset:
            size = conn.execute(f"SELECT count(*) {base}", params).fetchone()[0]
            if offset >= size:
                offset -= size
                continue
        out += [r[0] for r in conn.execute(
            f"SELECT rowid {base} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit - len(out), offset])]
        offset = 0
    return out


def list_rowids(conn, f: ListFilter, *, today: date, sort: str = "due",
                descending: bool = False) -> list[int]:
    """The whole list's ids (for exports and tests; the UI pages with list_page)."""
    return list_page(conn, f, today=today, sort=sort, descending=descending, offset=0,
                     limit=count_requests(conn, f, today=today))


def _date(value) -> date | None:
    return date.fromisoformat(value) if value else None


def fetch_rows(conn, rowids: list[int]) -> dict[int, ListRow]:
    if not rowids:
        return {}
    marks = ",".join("?" * len(rowids))
    out = {}
    for r in conn.execute(
        "SELECT i.rowid, i.request_id, i.police_case_no, i.suspects, i.charges, i.detained, "
        "i.juvenile, i.received_date, i.due_date, i.status, u.display_name, q.unit_code, "
        f"{unit_name_sql('q')} "
        "FROM request_index i LEFT JOIN users u ON u.id = i.officer_id "
        "LEFT JOIN arrest_requests q ON q.id = i.request_id "
        f"WHERE i.rowid IN ({marks})", rowids
    ):
        out[r[0]] = ListRow(r[0], r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]),
                            _date(r[7]), _date(r[8]), r[9], r[10] or "", r[11] or "",
                            r[12] or "")
    lines = suspect_lines(conn, [row.request_id for row in out.values()])
    return {k: replace(row, suspect_lines=lines.get(row.request_id, ()))
            for k, row in out.items()}


def suspect_lines(conn, request_ids: list[str]) -> dict[str, tuple]:
    """Each request's suspects for a list: name, masked ID number, juvenile — one query for
    a block of rows (arrest_reviews by its request_id index)."""
    if not request_ids:
        return {}
    marks = ",".join("?" * len(request_ids))
    out: dict[str, list] = {}
    for r in conn.execute(
            "SELECT v.request_id, p.name, p.id_number, v.juvenile FROM arrest_reviews v "
            "JOIN persons p ON p.id = v.person_id "
            f"WHERE v.request_id IN ({marks}) AND v.deleted_at IS NULL "
            "ORDER BY v.request_id, v.position, v.created_at", request_ids):
        out.setdefault(r[0], []).append((r[1], mask_id_number(r[2]) if r[2] else "",
                                         bool(r[3])))
    return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class DueItem:
    kind: str  # "arrest_review", or a review_deadlines.Step value for a later step
    record_id: str  # the request for "arrest_review"; the step's own record otherwise
    title: str
    detail: str
    due_date: date
    basis: str = ""  # legal basis of the deadline (Chinese)
    request_id: str = ""  # the request the item belongs to, whatever its kind
    unit_code: str = ""  # the owning unit (单位), set by services/dashboard.due_items


def due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    """Every running deadline that is overdue or due by today + within_days, earliest first:
    open arrest reviews, and the steps after a decision (receipts, 复议/复核 decisions, the
    follow-up of an RPR 288 demand)."""
    from desktop.services.review_queries import LIMIT_BASIS, STEP_LABELS_ZH, open_steps

    horizon = today + timedelta(days=within_days)
    items = [
        DueItem("arrest_review", r[0], f"{r[1]}  {r[2]}", r[3], date.fromisoformat(r[4]),
                LIMIT_BASIS.get(r[5], ""), r[0])
        for r in conn.execute(
            "SELECT i.request_id, i.police_case_no, i.suspects, i.charges, i.due_date, "
            # the limit of the earliest running review gives the basis
            "(SELECT v.limit_code FROM arrest_reviews v WHERE v.request_id = i.request_id "
            "AND v.deleted_at IS NULL AND v.status IN (?, ?, ?) ORDER BY v.due_date LIMIT 1) "
            "FROM request_index i WHERE i.due_date IS NOT NULL AND i.due_date <= ? "
            "ORDER BY i.due_date, i.rowid", (*OPEN_REVIEW_STATUSES, horizon.isoformat()))
    ]
    items += [DueItem(s.kind, s.record_id, f"{s.police_case_no}  {s.suspect}",
                      STEP_LABELS_ZH[s.kind], s.due_date, s.basis, s.request_id)
              for s in open_steps(conn, until=horizon)]
    # sorted() is stable: reviews keep their list order within a day.
    return sorted(items, key=lambda i: i.due_date)


def officers(conn, unit_code: str) -> list[tuple[str, str]]:
    """This office's own active officers (an upper office also holds its units' users)."""
    return [tuple(r) for r in conn.execute(
        "SELECT id, display_name FROM users WHERE active AND deleted_at IS NULL "
        "AND unit_code = ? ORDER BY display_name", (unit_code,))]


def police_agencies(conn, unit_code: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of the police agencies unit `unit_code` deals with (a picker for a new
    record: this office's own), or of every unit's when None (a filter at an upper office)."""
    return [tuple(r) for r in conn.execute(
        "SELECT id, name FROM police_agencies WHERE deleted_at IS NULL "
        "AND (? IS NULL OR unit_code = ?) ORDER BY name", (unit_code, unit_code))]


def charges(conn) -> list[tuple[str, str, str]]:
    """(code, name, article) of every catalogued charge, in the order of the Criminal Law."""
    return [tuple(r) for r in conn.execute("SELECT code, name, article FROM charges ORDER BY code")]


def last_used_agency(conn, unit_code: str) -> str | None:
    """The agency of this office's latest request (not a unit's, at an upper office)."""
    row = conn.execute("SELECT police_agency_id FROM arrest_requests WHERE deleted_at IS NULL "
                       "AND unit_code = ? ORDER BY created_at DESC LIMIT 1",
                       (unit_code,)).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class SuspectDetail:
    review_id: str
    name: str
    id_number: str | None
    birth_date: date | None
    sex: str | None
    detained: bool
    detained_since: date | None
    confessed: bool
    counsel: str
    juvenile: bool
    status: str
    limit_code: str
    raw_end: date
    due_date: date
    extended: bool
    decided_on: date | None


@dataclass(frozen=True)
class RequestDetail:
    request_id: str
    police_agency: str
    police_case_no: str
    request_no: str
    request_date: date
    received_date: date
    major_complex: bool
    officer_name: str
    charges: list[tuple[str, str, str]]
    note: str
    suspects: list[SuspectDetail]


def request_detail(conn, request_id: str) -> RequestDetail | None:
    r = conn.execute(
        "SELECT r.id, a.name, r.police_case_no, r.request_no, r.request_date, r.received_date, "
        "r.major_complex, u.display_name, r.charge_codes, r.note FROM arrest_requests r "
        "JOIN police_agencies a ON a.id = r.police_agency_id JOIN users u ON u.id = r.officer_id "
        "WHERE r.id = ?", (request_id,)).fetchone()
    if r is None:
        return None
    codes = [c for c in r[8].split(",") if c]
    names = {c[0]: c for c in conn.execute(
        f"SELECT code, name, article FROM charges WHERE code IN ({','.join('?' * len(codes))})",
        codes)} if codes else {}
    suspects = [
        SuspectDetail(s[0], s[1], s[2], _date(s[3]), s[4], bool(s[5]), _date(s[6]), bool(s[7]),
                      s[8], bool(s[9]), s[10], s[11], _date(s[12]), _date(s[13]), bool(s[14]),
                      _date(s[15]))
        for s in conn.execute(
            "SELECT v.id, p.name, p.id_number, p.birth_date, p.sex, v.detained, v.detained_since, "
            "v.confessed, v.counsel, v.juvenile, v.status, v.limit_code, v.raw_end, v.due_date, "
            "v.extended, v.decided_on FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
            "WHERE v.request_id = ? AND v.deleted_at IS NULL ORDER BY v.position", (request_id,))
    ]
    return RequestDetail(r[0], r[1], r[2], r[3], _date(r[4]), _date(r[5]), bool(r[6]), r[7],
                         [tuple(names[c]) if c in names else (c, c, "") for c in codes], r[9],
                         suspects)


@dataclass(frozen=True)
class AuditEntry:
    at: str
    user_name: str
    action: str
    table_name: str
    version: int
    detail: dict


def audit_history(conn, request_id: str) -> list[AuditEntry]:
    """The audit entries of a request, its reviews and its suspects, oldest first."""
    ids = [request_id]
    for row in conn.execute("SELECT id, person_id FROM arrest_reviews WHERE request_id = ?",
                            (request_id,)):
        ids.extend(row)
    marks = ",".join("?" * len(ids))
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5])) for r in conn.execute(
        "SELECT at, user_name, action, table_name, version, detail FROM audit_log "
        f"WHERE row_id IN ({marks}) ORDER BY id", ids)]


def open_police_drafts(conn) -> int:
    """How many drafts from police exports wait for the officer (register_import_police):
    the arrest review page shows the count without importing the import services."""
    return conn.execute(
        "SELECT count(*) FROM registration_drafts WHERE status = 'open'").fetchone()[0]
