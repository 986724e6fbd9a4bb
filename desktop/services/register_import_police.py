"""Police exports (公安机关共享的提请批准逮捕信息, DOMAIN §3.4) become draft registrations
the officer confirms one by one: the officer checks instead of retyping, and nothing is
registered that nobody looked at.

`import_police_export` keeps each unmatched row as a draft (`registration_drafts`, local: a
work list of this desk, not synced); a row that matches a registered suspect, or an open
draft, is reported unchanged. `confirm_draft` registers the (possibly edited) values through
the import's one-transaction path — arrest_register's validation and insert, audited and
queued for sync — and marks the draft confirmed in the same transaction."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from desktop.domain import permissions
from desktop.domain.import_fields import ARREST, OUTCOME_FIELDS
from desktop.domain.import_values import cell_text
from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.register_import_rows import REFUSED, UNCHANGED, ImportReport, RowCheck

OPEN, CONFIRMED, DISCARDED = "open", "confirmed", "discarded"


@dataclass(frozen=True)
class Draft:
    id: int
    source_file: str
    source_row: int
    created_at: datetime
    status: str  # open | confirmed | discarded
    values: dict  # field key → text, as the export had it
    registration_id: str | None


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _texts(table, mapping, index: int) -> dict[str, str]:
    row = table.rows[index]
    return {key: cell_text(row[col]) for col, key in mapping.columns.items()
            if col < len(row) and cell_text(row[col])}


def _open_keys(office) -> set[tuple]:
    keys = set()
    for (values,) in office.reader.execute(
            "SELECT \"values\" FROM registration_drafts WHERE status = 'open'"):
        v = json.loads(values)
        keys.add((v.get("police_case_no", ""), v.get("id_number", "") or v.get("suspect_name")))
    return keys


def import_police_export(office, table, mapping, *, today: date | None = None,
                         dry_run: bool = False) -> ImportReport:
    """Drafts from a police export; `.new` lists the rows drafted (their problems are shown
    when the draft is checked), `.unchanged` those already registered or drafted. `dry_run`
    reports the same and writes nothing."""
    from desktop.services.register_import import ColumnMapping, check_rows
    from desktop.store.import_models import RegistrationDraft

    today = today or date.today()
    # the police send requests, not decisions: outcome columns (审查结论 …) are not read, so a
    # draft never records a decision when it is confirmed
    mapping = ColumnMapping({c: k for c, k in mapping.columns.items()
                             if k not in OUTCOME_FIELDS}, mapping.headers)
    checks = check_rows(office, *_received_today(table, mapping, today), ARREST, today=today)
    office.require(permissions.REGISTER_REQUEST)
    report = ImportReport(ARREST, dry_run=dry_run)
    drafted = _open_keys(office)
    new = []
    for index, c in enumerate(checks):
        texts = _texts(table, mapping, index)
        key = (texts.get("police_case_no", ""), texts.get("id_number", "").upper() or
               texts.get("suspect_name"))
        if c.status == UNCHANGED or key in drafted:
            report.unchanged.append(c.row_number)
            continue
        drafted.add(key)
        new.append((c.row_number, texts))
        report.new.append(c.row_number)
    if new and not dry_run:
        at = _now()
        name = Path(table.path).name[:255]
        with office.transaction(permissions.REGISTER_REQUEST) as session:
            for number, texts in new:
                session.add(RegistrationDraft(
                    kind=ARREST, values=json.dumps(texts, ensure_ascii=False), source_file=name,
                    source_row=number, created_at=at, status=OPEN))
    return report


def _received_today(table, mapping, today: date):
    """The export with a 受理日期 column of today when it has none (receiving is ours), so
    its rows check, and match registered suspects, as they will be confirmed."""
    from desktop.services.register_import import ColumnMapping
    from desktop.services.register_import_table import ImportTable

    if "received_date" in mapping.columns.values():
        return table, mapping
    width = len(table.headers)
    rows = [tuple(r) + (None,) * (width - len(r)) + (today,) for r in table.rows]
    wider = ImportTable(table.path, table.sheet, table.sheet_names,
                        list(table.headers) + ["受理日期"], rows, list(table.row_numbers),
                        table.encoding)
    return wider, ColumnMapping({**mapping.columns, width: "received_date"}, wider.headers)


def _draft(row) -> Draft:
    at = row[3] if isinstance(row[3], datetime) else datetime.fromisoformat(str(row[3]))
    return Draft(row[0], row[1], row[2], at, row[4], json.loads(row[5]), row[6])


_SELECT = ("SELECT id, source_file, source_row, created_at, status, \"values\", "
           "registration_id FROM registration_drafts")


def drafts(office, *, status: str | None = OPEN) -> list[Draft]:
    if status is None:
        rows = office.reader.execute(_SELECT + " ORDER BY id").fetchall()
    else:
        rows = office.reader.execute(_SELECT + " WHERE status = ? ORDER BY id",
                                     (status,)).fetchall()
    return [_draft(r) for r in rows]


def draft(office, draft_id: int) -> Draft:
    row = office.reader.execute(_SELECT + " WHERE id = ?", (draft_id,)).fetchone()
    if row is None:
        raise NotFound(f"draft {draft_id}")
    return _draft(row)


def _one_row(values: dict[str, str], source: str):
    from desktop.services.register_import import ColumnMapping
    from desktop.services.register_import_table import ImportTable

    keys = [k for k in values if k not in OUTCOME_FIELDS]  # a draft records no decision
    table = ImportTable(source, None, [], keys, [tuple(values[k] for k in keys)], [1])
    return table, ColumnMapping(dict(enumerate(keys)), keys)


def check_draft(office, values: dict[str, str], *, today: date | None = None) -> RowCheck:
    """The draft's values checked as a registration (nothing written). Received today when
    the export does not say (the police export has no 受理日期: receiving it is ours)."""
    from desktop.services.register_import import check_rows

    today = today or date.today()
    values = {"received_date": today.isoformat(), **values}
    table, mapping = _one_row(values, "draft")
    return check_rows(office, table, mapping, ARREST, today=today)[0]


def confirm_draft(office, draft_id: int, values: dict[str, str], *,
                  today: date | None = None) -> str:
    """Register the officer's checked values of a draft; returns the request id. Refused
    with ValidationFailed (the row's reasons) when the values do not pass."""
    from desktop.services import register_import_arrest as arrest
    from desktop.store.import_models import RegistrationDraft

    today = today or date.today()
    current = draft(office, draft_id)
    if current.status != OPEN:
        raise ValidationFailed([_closed(current)])
    values = {"received_date": today.isoformat(), **values}
    check = check_draft(office, values, today=today)
    if check.status == UNCHANGED:
        from desktop.services.errors import FieldError

        raise ValidationFailed([FieldError("suspect_name", "import.already_registered",
                                           "this suspect is already registered in this case",
                                           {"request_id": check.match_id})])
    if check.status == REFUSED:
        raise ValidationFailed(check.reasons)
    table, mapping = _one_row(values, "draft")
    from desktop.services.register_import import _plan

    _, work = _plan(office, table, mapping, ARREST, fixes=None, today=today, skip=())
    (data, _rows), = work
    with office.transaction(permissions.REGISTER_REQUEST) as session:
        request_id = arrest.write(session, data, {}, today=today)
        record = session.get(RegistrationDraft, draft_id)
        record.status, record.registration_id = CONFIRMED, request_id
        record.values = json.dumps(values, ensure_ascii=False)
    return request_id


def _closed(current: Draft):
    from desktop.services.errors import FieldError

    return FieldError("draft", "import.draft_closed", f"the draft is {current.status}",
                      {"status": current.status})


def discard_draft(office, draft_id: int) -> None:
    from desktop.store.import_models import RegistrationDraft

    current = draft(office, draft_id)
    if current.status != OPEN:
        raise ValidationFailed([_closed(current)])
    with office.transaction(permissions.REGISTER_REQUEST) as session:
        session.get(RegistrationDraft, draft_id).status = DISCARDED
