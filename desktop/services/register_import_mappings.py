"""Saved column mappings of the register import (保存的列对应关系), kept by header text in
`import_mappings` (local, not synced: a habit of this desk), so next month's file with the
same headers maps even when its columns moved or new ones came in between.

The migration (0013) saves one mapping for a typical police export of a request for arrest
(公安机关提请批准逮捕信息共享, DOMAIN §3.4): `POLICE_DEFAULT`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from desktop.domain.import_fields import ARREST, fields
from desktop.domain.import_values import normalize_header
from desktop.services.errors import FieldError, NotFound, ValidationFailed

POLICE_DEFAULT = "公安机关提请批准逮捕信息"


@dataclass(frozen=True)
class SavedMapping:
    name: str
    kind: str
    columns: tuple[tuple[str, str], ...]  # (header text, field key)
    saved_at: datetime

    def for_table(self, table):
        """This mapping applied to a table's headers (a header not in the table is left
        out; a column whose header the mapping does not know stays unmapped)."""
        from desktop.services.register_import import ColumnMapping

        wanted = {normalize_header(h): k for h, k in self.columns}
        columns, taken = {}, set()
        for i, header in enumerate(table.headers):
            key = wanted.get(normalize_header(header))
            if key and key not in taken:
                columns[i] = key
                taken.add(key)
        return ColumnMapping(columns, list(table.headers))


def save_mapping(office, name: str, kind: str, mapping) -> None:
    """Save (or replace) a mapping under `name`, by the header text of its columns."""
    from desktop.services.register_import import _transaction
    from desktop.store.import_models import ImportMapping

    known = {f.key for f in fields(kind)}
    name = name.strip()
    errors = []
    if not name or len(name) > 100:
        errors.append(FieldError("name", "required", "the mapping needs a name (≤ 100)"))
    pairs = [(h, k) for h, k in mapping.by_header() if h]
    if not pairs:
        errors.append(FieldError("columns", "required", "no column is mapped"))
    bad = [k for _, k in pairs if k not in known]
    if bad:
        errors.append(FieldError("columns", "import.field_unknown", f"unknown field {bad[0]}",
                                 {"field": bad[0]}))
    if errors:
        raise ValidationFailed(errors)
    with _transaction(office, kind) as session:
        session.merge(ImportMapping(
            name=name, kind=kind, columns=json.dumps(pairs, ensure_ascii=False),
            saved_at=datetime.now(timezone.utc).replace(tzinfo=None)))


def _saved(row) -> SavedMapping:
    at = row[3] if isinstance(row[3], datetime) else datetime.fromisoformat(str(row[3]))
    return SavedMapping(row[0], row[1], tuple(tuple(p) for p in json.loads(row[2])), at)


def mappings(office, kind: str | None = None) -> list[SavedMapping]:
    sql = "SELECT name, kind, columns, saved_at FROM import_mappings"
    rows = office.reader.execute(sql + " ORDER BY name").fetchall() if kind is None else \
        office.reader.execute(sql + " WHERE kind = ? ORDER BY name", (kind,)).fetchall()
    return [_saved(r) for r in rows]


def load_mapping(office, name: str) -> SavedMapping:
    row = office.reader.execute("SELECT name, kind, columns, saved_at FROM import_mappings "
                                "WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise NotFound(f"mapping {name}")
    return _saved(row)


# The layout of a police export as the information-sharing platform writes it (our best
# reading of the 2021 SPP–MPS opinion's 提请批准逮捕 items); saved by migration 0013.
POLICE_COLUMNS = (
    ("案件编号", "police_case_no"), ("提请批准逮捕书文号", "request_no"),
    ("犯罪嫌疑人姓名", "suspect_name"), ("公民身份号码", "id_number"), ("出生日期", "birth_date"),
    ("涉嫌罪名", "charges"), ("提请单位", "police_agency"), ("提请日期", "request_date"),
    ("刑事拘留日期", "detained_since"), ("强制措施", "detained"), ("辩护律师", "counsel"),
    ("认罪认罚", "confessed"), ("案发时间", "offence_date"), ("简要案情", "note"))
POLICE_KIND = ARREST
