"""Which units' records an office's lists show (单位范围), in plain SQL on the reader.

A grassroots office holds only its own records, so its lists need neither a unit column nor a
unit filter. An upper office (上级院) holds its own records and every unit's, imported from
their packages: its lists are consolidated, with the owning unit shown and a filter by unit.
The filter is one SQL condition on the record's `unit_code` (indexed on every synced table),
so counts and pages stay in SQL."""
from __future__ import annotations

from dataclasses import dataclass

from desktop.services.sync_queries import office_level
from desktop.store.ownership import ForeignRecordReadOnly

__all__ = ["ForeignRecordReadOnly", "UnitScope", "office_scope", "record_owner", "unit_clause",
           "unit_name_sql"]


@dataclass(frozen=True)
class UnitScope:
    own_code: str
    upper: bool  # an upper-level office: consolidated lists
    units: tuple[tuple[str, str], ...]  # (code, name): this office first, then its units

    def name_of(self, code: str) -> str:
        return dict(self.units).get(code, code)


def office_scope(conn, own_code: str) -> UnitScope:
    """This office's level and the units whose records it may hold. Units registered for
    sync whose first package has not arrived yet are listed too (their list is empty)."""
    upper = office_level(conn, own_code) == "upper"
    if not upper:
        name = conn.execute("SELECT name FROM units WHERE code = ?", (own_code,)).fetchone()
        return UnitScope(own_code, False, ((own_code, name[0] if name else own_code),))
    names: dict[str, str] = {}
    # a registered unit's name from its key file, replaced by its own record once it arrives
    for code, name in conn.execute("SELECT unit_code, unit_name FROM sync_peers "
                                   "WHERE role = 'grassroots'"):
        names[code] = name
    for code, name in conn.execute("SELECT code, name FROM units WHERE code = unit_code "
                                   "AND deleted_at IS NULL"):
        names[code] = name
    own = (own_code, names.pop(own_code, own_code))
    return UnitScope(own_code, True, (own, *sorted(names.items())))


def unit_name_sql(alias: str) -> str:
    """SQL for the name of the unit that owns the row `alias` (units.code is unique)."""
    return (f"COALESCE((SELECT un.name FROM units un WHERE un.code = {alias}.unit_code), "
            f"{alias}.unit_code)")


def unit_clause(alias: str, unit_code: str | None) -> tuple[str, list]:
    """(condition, parameters) keeping only one unit's rows; everything when None."""
    if not unit_code:
        return "1", []
    return f"{alias}.unit_code = ?", [unit_code]


# The table behind each kind of record a detail view opens (see ui/read_only.py).
RECORD_TABLES = {"arrest_review": "arrest_requests", "custody_review": "custody_reviews",
                 "supervision": "supervision_matters", "petition": "petitions",
                 "cooperation": "cooperation_entries"}


def record_owner(conn, kind: str, record_id: str) -> str | None:
    """The code of the unit that owns a record of `kind` (a key of RECORD_TABLES), or None
    when there is no such record."""
    row = conn.execute(f"SELECT unit_code FROM {RECORD_TABLES[kind]} WHERE id = ?",
                       (record_id,)).fetchone()
    return row[0] if row else None
