"""The per-row values of a register import (导入行的解析) and what each row checks to: the
dataclasses the wizard and the command line read, and the parsing of cells by field type
(domain/import_values) into the values as they will be stored.

Reasons are `services.errors.FieldError`s, as manual entry raises them, with `field` the
import field key (domain/import_fields) instead of the form's field name, and `code` one of
the registration services' codes (required, id_number.check_digit, date.future,
charge.unknown, …) or an import code (import.date_unreadable, import.duplicate_row, …); the
UI translates the code, the command line prints `message`."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.idnumber import InvalidIdNumber, parse_id_number
from desktop.domain.import_fields import fields
from desktop.domain.import_values import (ChargeMatcher, ValueProblem, cell_text, parse_bool,
                                          parse_date)
from desktop.services.errors import FieldError

NEW, UPDATED, UNCHANGED, REFUSED = "new", "updated", "unchanged", "refused"


@dataclass
class RowCheck:
    row_number: int  # the sheet's own row number
    status: str = NEW  # new | updated | unchanged | refused
    values: dict = field(default_factory=dict)  # field key → value as stored
    reasons: list[FieldError] = field(default_factory=list)  # why refused
    # a charge cell's part that matched no charge exactly → suggested catalogue codes
    charge_suggestions: dict[str, list[str]] = field(default_factory=dict)
    # a matched record whose stored values differ from the file's: field → (stored, file).
    # There is no edit path for registered records yet, so such a row stays "unchanged"
    differences: dict[str, tuple] = field(default_factory=dict)
    match_id: str | None = None  # the registered record the row matched
    record_rows: tuple[int, ...] = ()  # rows written as one record (co-suspects of a case)

    def refuse(self, field_key: str, code: str, message: str, **params) -> None:
        self.reasons.append(FieldError(field_key, code, message, params))
        self.status = REFUSED


@dataclass
class ImportReport:
    kind: str
    new: list[int] = field(default_factory=list)  # row numbers
    updated: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    refused: list[tuple[int, list[FieldError]]] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # rows the officer chose to skip
    differences: list[tuple[int, dict]] = field(default_factory=list)  # unchanged, but differing
    record_ids: list[str] = field(default_factory=list)  # records written (none on dry run)
    dry_run: bool = False
    cancelled: bool = False  # cancelled: everything rolled back, nothing written

    @property
    def ok(self) -> bool:
        return not self.refused and not self.cancelled


def raw_values(table, mapping, index: int, fixes: dict | None) -> dict:
    """The cells of one row by field key, with the officer's fixes for that row on top."""
    row = table.rows[index]
    values = {key: row[col] if col < len(row) else None
              for col, key in mapping.columns.items()}
    if fixes:
        values.update(fixes.get(table.row_numbers[index], {}))
    return values


def parse_row(kind: str, check: RowCheck, raw: dict, charges: ChargeMatcher, *,
              today: date) -> None:
    """Fill `check.values` from the raw cells; a cell that cannot be read refuses the row."""
    catalogue = charges.catalogue
    for f in fields(kind):
        if f.key not in raw:
            continue
        value = raw[f.key]
        if f.kind_of_value == "date":
            got = parse_date(value)
        elif f.kind_of_value == "bool":
            got = parse_bool(value)
        elif f.kind_of_value == "charges":
            text = cell_text(value)
            codes, unknown = charges.match(text) if text else ([], [])
            for part, suggested in unknown:
                check.charge_suggestions[part] = suggested
                hint = "；".join(catalogue[c] for c in suggested)
                check.refuse(f.key, "charge.unknown",
                             f"no charge named {part}" + (f"; perhaps {hint}" if hint else ""),
                             text=part, suggestions=hint)
            got = codes or None
        elif f.kind_of_value == "id_number":
            text = cell_text(value)
            got = None
            if isinstance(value, float) and abs(value) >= 1e15:
                # Excel keeps 15 digits of a number: an ID number typed into a number cell
                # lost its last digits before the file was saved; only the source can say them
                check.refuse(f.key, "import.id_number_as_number",
                             "the ID number was stored as a number and lost its last digits; "
                             "format the column as text and type it again", text=text)
            elif text:
                try:
                    parsed = parse_id_number(text, today=today)
                    got = parsed.number
                    check.values["birth_date"] = parsed.birth_date  # the number says it
                except InvalidIdNumber as exc:
                    check.refuse(f.key, f"id_number.{exc.code}", str(exc), text=text)
        else:
            got = cell_text(value) or None
        if isinstance(got, ValueProblem):
            check.refuse(f.key, got.code, got.message, **got.params)
            continue
        if got is not None:
            check.values.setdefault(f.key, got)
    for f in fields(kind):
        if f.required and f.key not in check.values and not any(
                r.field == f.key for r in check.reasons):
            check.refuse(f.key, "required", f"{f.en} is missing")
