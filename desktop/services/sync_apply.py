"""Applying the changes of a verified package to this database, inside the caller's
transaction, on SQLite or PostgreSQL.

Each change is the whole row of a replicated table with its version: it is inserted, or it
replaces the stored row when its version is newer — never an older over a newer, so the same
package twice, or packages in any order, end in the same state. Rows are written with plain
inserts, not through the ORM: they are the sender's changes, not this office's, so they go
into neither this office's outbox nor its audit chain row by row (the package is audited as
one entry by the caller).

A package may only carry rows its sender owns (`unit_code`); the one exception is a unit's
own note of other offices in `units` (its upper office), which is skipped, not applied.
"""
from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa

from desktop.services.sync_payload import Change, PayloadError

_FILE_COLUMNS = {  # a replicated table naming a file by SHA-256 → the local table of bytes
    "petition_attachments": ("sha256", "petition_files"),
    "issued_documents": ("pdf_sha256", "document_files"),
}
_BATCH = 500


def synced_tables() -> dict[str, sa.Table]:
    import desktop.store.all_models  # noqa: F401  (every table in the metadata)
    from desktop.store.models import Base

    need = {"id", "unit_code", "version", "deleted_at"}
    return {name: t for name, t in Base.metadata.tables.items()
            if need <= set(t.columns.keys())}


def _convert(column: sa.Column, value):
    if value is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, sa.DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, sa.Date):
            return date.fromisoformat(value[:10])
        if isinstance(kind, sa.Boolean):
            return bool(value)
        if isinstance(kind, sa.Integer):
            return int(value)
    except (TypeError, ValueError) as exc:
        raise PayloadError("damaged", f"{column.table.name}.{column.name}: {value!r}") from exc
    return value


def dialect_insert(dialect: str):
    """The `insert` construct with ON CONFLICT of this dialect."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


_STATEMENTS: dict[tuple, object] = {}


def _upsert(insert, dialect: str, table: sa.Table, keys: tuple):
    """The upsert of `table` for rows with these columns, built once (building one costs
    more than running it)."""
    key = (dialect, table.name, keys)
    stmt = _STATEMENTS.get(key)
    if stmt is None:
        stmt = insert(table)
        stmt = stmt.on_conflict_do_update(
            index_elements=[table.c.id],
            set_={k: stmt.excluded[k] for k in keys if k != "id"},
            where=table.c.version < stmt.excluded.version).returning(table.c.id)
        _STATEMENTS[key] = stmt
    return stmt


def _complete(table: sa.Table, keys: tuple) -> bool:
    """The rows name every column that has no default in the database itself (a package
    from an older schema may lack new ones: those rows take the SQLAlchemy path, which fills
    the models' defaults)."""
    return all(c.name in keys or c.nullable or c.server_default is not None
               for c in table.columns)


_JSON_SQL: dict[tuple, str] = {}


def _upsert_json(session, table: sa.Table, keys: tuple, items) -> int:
    """SQLite: the rows go in as the JSON they travelled as, parsed by SQLite itself
    (`json_each`), one statement per chunk; timestamps take SQLAlchemy's stored form (a space,
    not a T; six fraction digits). Returns the rows inserted or updated."""
    sql = _JSON_SQL.get((table.name, keys))
    if sql is None:
        def value(k):
            path = f"json_extract(value, '$.\"{k}\"')"
            if not isinstance(table.c[k].type, sa.DateTime):
                return path
            # isoformat() leaves out a zero fraction; SQLAlchemy always stores six digits
            stamp = f"replace({path}, 'T', ' ')"
            return f"CASE WHEN length({path}) = 19 THEN {stamp} || '.000000' ELSE {stamp} END"

        columns = ", ".join(f'"{k}"' for k in keys)
        updates = ", ".join(f'"{k}" = excluded."{k}"' for k in keys if k != "id")
        sql = (f'INSERT INTO "{table.name}" ({columns}) SELECT {", ".join(map(value, keys))} '
               f"FROM json_each(?) WHERE true ON CONFLICT (id) DO UPDATE SET {updates} "
               f'WHERE "{table.name}".version < excluded.version')
        _JSON_SQL[(table.name, keys)] = sql
    raw = session.connection().connection.driver_connection
    written = 0
    for i in range(0, len(items), 2000):
        text = "[" + ",".join(j for _row, j in items[i:i + 2000]) + "]"
        written += raw.execute(sql, (text,)).rowcount
    return written


def _dependency_order() -> list[sa.Table]:
    import desktop.store.all_models  # noqa: F401
    from desktop.store.models import Base

    return Base.metadata.sorted_tables


def apply_changes(session, changes: list[Change], *, owner: str,
                  files: dict[str, bytes]) -> int:
    """Upsert the changes in sequence order; returns how many rows were written (a row whose
    stored version is already as new is left as it is)."""
    tables = synced_tables()
    dialect = session.get_bind().dialect.name
    insert = dialect_insert(dialect)
    # Rows grouped by table and columns, each group in sequence order; the groups are written
    # parents first (the metadata's dependency order), so foreign keys hold at every insert
    # and each group goes as one many-row statement instead of one statement per change.
    groups: dict[tuple[str, tuple], list[tuple[dict, str]]] = {}
    needed_files: dict[str, str] = {}  # sha256 → local table of bytes
    touched: dict[str, set[str]] = {"requests": set(), "petitions": set()}
    for change in changes:
        table = tables.get(change.table)
        if table is None:
            raise PayloadError("foreign_table", f"{change.table} is not replicated")
        row = change.row()
        if not isinstance(row, dict) or row.get("id") != change.row_id \
                or row.get("version") != change.version:
            raise PayloadError("damaged", f"change {change.seq} does not match its row")
        if change.table == "units" and row.get("code") != owner:
            continue  # the sender's note of another office: local to the sender
        if row.get("unit_code") != owner:
            raise PayloadError("not_owner", f"change {change.seq} belongs to "
                                            f"{row.get('unit_code')}, not {owner}")
        keys = tuple(sorted(k for k in row if k in table.columns))
        groups.setdefault((table.name, keys), []).append((row, change.row_json))
        if change.table in _FILE_COLUMNS:
            column, file_table = _FILE_COLUMNS[change.table]
            if row.get(column):
                needed_files[row[column]] = file_table
        if change.table == "arrest_requests":
            touched["requests"].add(change.row_id)
        elif change.table in ("arrest_reviews",):
            touched["requests"].add(row.get("request_id"))
        elif change.table == "petitions":
            touched["petitions"].add(change.row_id)
        elif change.table == "petitioners":
            touched["petitions"].add(row.get("petition_id"))
    order = {t.name: i for i, t in enumerate(_dependency_order())}
    written = 0
    for (name, keys), items in sorted(groups.items(), key=lambda g: order.get(g[0][0], 0)):
        table = tables[name]
        if dialect == "sqlite" and _complete(table, keys):
            written += _upsert_json(session, table, keys, items)
            continue
        stmt = _upsert(insert, dialect, table, keys)
        for i in range(0, len(items), _BATCH):
            rows = [{k: _convert(table.c[k], row[k]) for k in keys}
                    for row, _json in items[i:i + _BATCH]]
            # RETURNING names the rows actually written (a row already as new is not), on
            # SQLite and PostgreSQL alike (a many-row execute has no portable row count).
            written += len(session.execute(stmt, rows).all())
    _store_files(session, needed_files, files, insert)
    _refresh_indexes(session, touched)
    return written


def _store_files(session, needed: dict[str, str], files: dict[str, bytes], insert) -> None:
    import desktop.store.all_models  # noqa: F401
    from desktop.store.models import Base

    for sha, file_table in needed.items():
        content = files.get(sha)
        if content is None:
            continue  # sent with an earlier package
        table = Base.metadata.tables[file_table]
        values = {"sha256": sha, "content": content}
        if "size" in table.columns:
            values["size"] = len(content)
        session.execute(insert(table).values(**values).on_conflict_do_nothing(
            index_elements=[table.c.sha256]))


def _refresh_indexes(session, touched: dict[str, set[str]]) -> None:
    """The derived list indexes (the upper office's consolidated lists)."""
    from desktop.store import petition_index, request_index

    conn = session.connection()
    requests = {r for r in touched["requests"] if r}
    if requests:
        request_index.refresh(conn, requests)
    petitions = {p for p in touched["petitions"] if p}
    if petitions:
        petition_index.refresh(conn, petitions)
