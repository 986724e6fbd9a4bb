"""Bringing an office's existing registers in from Excel and CSV (导入既有登记), issue 9.

API (the wizard and `zhenjian import` use these names):

* `read_table(path, *, sheet=None, encoding=None) -> ImportTable` (register_import_table):
  `.sheet_names`, `.sheet`, `.headers` (normalised text), `.rows` (tuples of cell values:
  str, int, float, datetime or None), `.row_numbers` (the sheet's own, for messages),
  `.encoding` (.csv). Raises `ImportFileError(code)`: unreadable, no_header, unknown_sheet,
  unknown_format.
* `guess_mapping(table, kind) -> ColumnMapping`: `.columns` {column index: field key};
  unmapped columns are left out. Kinds and fields: domain/import_fields (`fields(kind)`:
  key, zh, en, required, synonyms, kind_of_value).
* `check_rows(office, table, mapping, kind, *, fixes=None, today=None) -> list[RowCheck]`,
  one per data row, in order: `.row_number`, `.status` (new / updated / unchanged /
  refused), `.values` {field key: value as stored — date, bool, str, charge codes as a list},
  `.reasons` [FieldError(field=import field key, code, message (English), params)],
  `.charge_suggestions` {cell text: [catalogue codes]}, `.differences` {field: (stored,
  file)}, `.match_id`, `.record_rows` (rows written as one record: co-suspects of a case).
  `fixes` = {row number: {field key: text}}: the officer's corrections, read like cells.
* `import_rows(office, table, mapping, kind, *, fixes=None, skip=(), dry_run=False,
  progress=None, cancelled=None, today=None) -> ImportReport` (register_import_rows):
  `.new`, `.updated` (outcomes recorded on open records), `.unchanged`, `.skipped` (row
  numbers), `.refused` [(row number, [FieldError])], `.differences` [(row number, {field:
  (stored, file)})], `.record_ids`, `.dry_run`, `.cancelled`, `.ok`. The accepted rows are written in ONE transaction by the
  registration services' inner functions (arrest_register.insert_request,
  supervision_register.insert_matter, petition_register.insert_petition), so change
  capture audits them and queues them for sync once; refused rows are left out (the report
  lists them), a refused co-suspect refuses its whole case. `progress(done, total)` is
  called about every 200 rows (and at the end); `cancelled()` returning True rolls the
  whole transaction back and the report says cancelled. `dry_run` checks every row and
  opens no write transaction: nothing is written.
* Matched rows (a second import of the same file) are "unchanged"; a matched row whose
  values differ keeps "unchanged" and lists `differences`: registered records have no edit
  path, so the import does not invent one (a changed 承办人 too: there is no reassigning
  service for a request).
* Outcomes (arrest register, register_import_outcomes): the fields `decision` (审查结论:
  批准逮捕/批捕 → "approve", 不批准逮捕/不捕 → "refuse"; 审查中 or blank: open),
  `decided_on` (决定日期) and `refusal_ground` (不捕理由 → a NonArrestGround value). A new
  row with a decision is registered concluded (decided on its date, no deadline, counted
  in that date's statistics period); a matched row still open in the program whose row now
  has a decision is "updated" (the decision is recorded); the same decision again is
  "unchanged"; another decision, a proposal pending approval, or a withdrawn request is
  refused. Recording decisions needs the approve permission (otherwise those rows are
  refused, import.decision_not_permitted). Reason codes are listed in that module.
  Petitions (register_import_petition_outcomes): `replied_on` (答复日期, a 结果答复),
  `reply_way` (答复方式 → ReplyWay value, 书面 by default), `closed_on` (办结日期), `closure`
  (办结方式 → Closure value), recorded by the petition service's reply and closure code;
  "updated" / "unchanged" / refused as for decisions.
* Saved mappings (register_import_mappings): `save_mapping(office, name, kind, mapping,
  headers)`, `mappings(office, kind=None)`, `load_mapping(office, name)`, `apply_mapping`.
* Police exports (register_import_police): `import_police_export`, `drafts`,
  `confirm_draft`, `discard_draft`.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from desktop.domain import permissions
from desktop.domain.import_fields import ARREST, PETITION, SUPERVISION, fields
from desktop.domain.import_values import ChargeMatcher, guess_field
from desktop.services.collector import paused_collector
from desktop.services.register_import_rows import (NEW, REFUSED, UNCHANGED, UPDATED,
                                                   ImportReport, RowCheck, parse_row,
                                                   raw_values)
from desktop.services.register_import_table import ImportFileError, ImportTable, read_table

__all__ = ["ColumnMapping", "ImportFileError", "ImportReport", "ImportTable", "RowCheck",
           "NEW", "UPDATED", "UNCHANGED", "REFUSED", "read_table", "guess_mapping",
           "check_rows", "import_rows"]

PROGRESS_EVERY = 200


@dataclass
class ColumnMapping:
    columns: dict[int, str] = field(default_factory=dict)  # column index → field key
    headers: list[str] = field(default_factory=list)  # the table's, to save it by header

    def by_header(self) -> list[tuple[str, str]]:
        """[(header text, field key)] in column order: what a saved mapping keeps."""
        return [(self.headers[c] if c < len(self.headers) else "", k)
                for c, k in sorted(self.columns.items())]

    def column_of(self, key: str) -> int | None:
        return next((c for c, k in self.columns.items() if k == key), None)


def guess_mapping(table: ImportTable, kind: str) -> ColumnMapping:
    """Each header's field by its name (domain/import_values.guess_field), left to right; a
    field goes to the first column naming it."""
    fields(kind)  # an unknown kind is refused here
    taken: set[str] = set()
    columns = {}
    for i, header in enumerate(table.headers):
        key = guess_field(header, kind, taken=taken)
        if key:
            columns[i] = key
            taken.add(key)
    return ColumnMapping(columns, list(table.headers))


def _charges(office) -> ChargeMatcher:
    return ChargeMatcher({c: n for c, n in office.reader.execute(
        "SELECT code, name FROM charges")})


def check_rows(office, table: ImportTable, mapping: ColumnMapping, kind: str, *,
               fixes: dict | None = None, today: date | None = None,
               skip=()) -> list[RowCheck]:
    """Every row checked with the rules of manual entry; nothing written."""
    checks, _ = _plan(office, table, mapping, kind, fixes=fixes, today=today, skip=skip)
    return checks


def _plan(office, table, mapping, kind, *, fixes, today, skip):
    from desktop.services import register_import_arrest as arrest
    from desktop.services import register_import_others as others

    today = today or date.today()
    charges = _charges(office)
    checks = []
    skip = set(skip)
    for index, number in enumerate(table.row_numbers):
        check = RowCheck(number)
        parse_row(kind, check, raw_values(table, mapping, index, fixes), charges, today=today)
        checks.append(check)
    active = [c for c in checks if c.row_number not in skip]
    if kind == ARREST:
        work = arrest.plan(office, active, today=today, mapped=set(mapping.columns.values()))
    elif kind == SUPERVISION:
        work = others.plan_supervision(office, active, today=today)
    elif kind == PETITION:
        work = others.plan_petition(office, active, today=today)
    else:
        raise ValueError(f"unknown register kind {kind!r}")
    return checks, work


class _Cancelled(Exception):
    pass


@contextmanager
def _transaction(office, kind: str):
    # the permission of the register's own manual entry, named for the services' AST test
    if kind == ARREST:
        with office.transaction(permissions.REGISTER_REQUEST) as session:
            yield session
    elif kind == SUPERVISION:
        with office.transaction(permissions.SUPERVISION) as session:
            yield session
    else:
        with office.transaction(permissions.PETITIONS) as session:
            yield session


def _require(office, kind: str) -> None:
    if kind == ARREST:
        office.require(permissions.REGISTER_REQUEST)
    elif kind == SUPERVISION:
        office.require(permissions.SUPERVISION)
    else:
        office.require(permissions.PETITIONS)


def import_rows(office, table: ImportTable, mapping: ColumnMapping, kind: str, *,
                fixes: dict | None = None, skip=(), dry_run: bool = False, progress=None,
                cancelled=None, today: date | None = None) -> ImportReport:
    _require(office, kind)  # refused before any work, as a transaction would be
    today = today or date.today()
    with paused_collector():  # every row's check and ORM object alive until the commit
        return _import_rows(office, table, mapping, kind, fixes=fixes, skip=skip,
                            dry_run=dry_run, progress=progress, cancelled=cancelled,
                            today=today)


def _import_rows(office, table, mapping, kind, *, fixes, skip, dry_run, progress, cancelled,
                 today) -> ImportReport:
    checks, work = _plan(office, table, mapping, kind, fixes=fixes, today=today, skip=skip)
    report = ImportReport(kind, dry_run=dry_run)
    skip = set(skip)
    for c in checks:
        if c.row_number in skip:
            report.skipped.append(c.row_number)
        elif c.status == REFUSED:
            report.refused.append((c.row_number, c.reasons))
        elif c.status == UNCHANGED:
            report.unchanged.append(c.row_number)
            if c.differences:
                report.differences.append((c.row_number, c.differences))
        elif c.status == NEW:
            report.new.append(c.row_number)
        elif c.status == UPDATED:
            report.updated.append(c.row_number)
            if c.differences:
                report.differences.append((c.row_number, c.differences))
    if dry_run or not work:
        if progress:
            progress(len(work), len(work))
        return report
    total = sum(len(rows) for _, rows in work)
    try:
        report.record_ids = _write(office, kind, work, total, today, progress, cancelled)
    except _Cancelled:
        report.cancelled = True
        report.new, report.updated = [], []
    return report


def _write(office, kind, work, total, today, progress, cancelled) -> list[str]:
    from desktop.services import register_import_arrest as arrest
    from desktop.services import register_import_others as others
    from desktop.services import register_import_outcomes as outcomes

    ids: list[str] = []
    # decision records of reviews the batch registers: added once those are flushed
    # (review_decisions.concluded_decision)
    decisions: list = []
    done = since = 0
    agencies: dict[str, str] = {}
    with _transaction(office, kind) as session:
        # the people on file, asked once; people added by the batch join the same cache,
        # so a person in two cases of the file is one person
        persons = arrest.people_on_file(session, work) if kind == ARREST else None
        reviews = outcomes.reviews_on_file(session, work) if kind == ARREST else None
        for item, rows in work:
            if kind == ARREST:
                ids.append(arrest.write(session, item, agencies, today=today, persons=persons,
                                        rows=rows, decisions=decisions, reviews=reviews,
                                        office=office))
            elif kind == SUPERVISION:
                ids.append(others.write_supervision(session, office, item))
            else:
                ids.append(others.write_petition(session, office, item, rows=rows,
                                                 today=today))
            done += len(rows)
            since += len(rows)
            if since >= PROGRESS_EVERY:
                since = 0
                session.flush()  # capture's audit and outbox rows follow batch by batch
                session.add_all(decisions)
                decisions.clear()
                if cancelled is not None and cancelled():
                    raise _Cancelled()
                if progress:
                    progress(done, total)
        if decisions:
            session.flush()
            session.add_all(decisions)
        if cancelled is not None and cancelled():
            raise _Cancelled()
    if progress:
        progress(total, total)
    return ids
