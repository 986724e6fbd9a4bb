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

import json
import sqlite3
from datetime import date, datetime
from operator import itemgetter

import sqlalchemy as sa

from desktop.services.collector import paused_collector
from desktop.services.sync_payload import Change, PayloadError

_FILE_COLUMNS = {  # a replicated table naming a file by SHA-256 → the local table of bytes
    "petition_attachments": ("sha256", "petition_files"),
    "issued_documents": ("pdf_sha256", "document_files"),
}
_BATCH = 500


_SYNCED: dict[str, sa.Table] = {}


def synced_tables() -> dict[str, sa.Table]:
    """The replicated tables by name (found once: the metadata does not change while the
    program runs, and finding them costs more than a small package's import)."""
    if not _SYNCED:
        import desktop.store.all_models  # noqa: F401  (every table in the metadata)
        from desktop.store.models import Base

        need = {"id", "unit_code", "version", "deleted_at"}
        _SYNCED.update((name, t) for name, t in Base.metadata.tables.items()
                       if need <= set(t.columns.keys()))
    return dict(_SYNCED)


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


_ROWS_SQL: dict[tuple, str] = {}


def _upsert_rows(session, table: sa.Table, keys: tuple, items) -> int:
    """SQLite: the rows go straight to the driver's executemany (the statement prepared once
    for the group), as the JSON parsed them: text, numbers, true/false as 1/0, null.
    Returns the rows inserted or updated."""
    sql = _ROWS_SQL.get((table.name, keys))
    if sql is None:
        columns = ", ".join(f'"{k}"' for k in keys)
        updates = ", ".join(f'"{k}" = excluded."{k}"' for k in keys if k != "id")
        values = ", ".join(_stamp(n) if isinstance(table.c[k].type, sa.DateTime) else f"?{n}"
                           for n, k in enumerate(keys, 1))
        sql = _ROWS_SQL[(table.name, keys)] = (
            f'INSERT INTO "{table.name}" ({columns}) VALUES ({values}) '
            f"ON CONFLICT (id) DO UPDATE SET {updates} "
            f'WHERE "{table.name}".version < excluded.version')
    pick = itemgetter(*keys) if len(keys) > 1 else (lambda row: (row[keys[0]],))
    raw = session.connection().connection.driver_connection
    try:
        return raw.executemany(sql, [pick(row) for row, _json in items]).rowcount
    except (sqlite3.ProgrammingError, sqlite3.InterfaceError) as exc:  # a list or object
        raise PayloadError("damaged", f"{table.name}: {exc}") from exc


def _stamp(n: int) -> str:
    """Parameter n, a timestamp, as SQLAlchemy stores it on SQLite: isoformat() writes a T
    and leaves out a zero fraction; the ORM writes a space and always six digits, and reads
    back only what it wrote."""
    return f"replace(?{n}, 'T', ' ') || CASE WHEN length(?{n}) = 19 THEN '.000000' ELSE '' END"


_ORDER: dict[str, int] = {}


def _dependency_order() -> dict[str, int]:
    """Each table's place in the metadata's dependency order (parents first), found once."""
    if not _ORDER:
        import desktop.store.all_models  # noqa: F401
        from desktop.store.models import Base

        _ORDER.update((t.name, i) for i, t in enumerate(Base.metadata.sorted_tables))
    return _ORDER


_SCAN = json.JSONDecoder().scan_once


def _row_of(change: Change):
    """The change's row parsed: json's C scanner called directly (a third faster than
    json.loads on 100,000 small rows); anything but one bare JSON value — whitespace around
    it, or text that is not JSON — goes to json.loads for its usual answer."""
    text = change.row_json
    try:
        row, end = _SCAN(text, 0)
        if end == len(text):
            return row
    except (StopIteration, ValueError):
        pass
    try:
        return json.loads(text)
    except ValueError as exc:
        raise PayloadError("damaged", f"change {change.seq} is not JSON") from exc


def apply_changes(session, changes: list[Change], *, owner: str,
                  files: dict[str, bytes]) -> int:
    """Upsert the changes in sequence order; returns how many rows were written (a row whose
    stored version is already as new is left as it is)."""
    with paused_collector():
        return _apply_changes(session, changes, owner, files)


def _apply_changes(session, changes: list[Change], owner: str, files: dict[str, bytes]) -> int:
    tables = synced_tables()
    dialect = session.get_bind().dialect.name
    insert = dialect_insert(dialect)
    # Rows grouped by table and columns, each group in sequence order; the groups are written
    # parents first (the metadata's dependency order), so foreign keys hold at every insert
    # and each group goes as one many-row statement instead of one statement per change.
    groups: dict[tuple[str, tuple], list[tuple[dict, str]]] = {}
    needed_files: dict[str, str] = {}  # sha256 → local table of bytes
    touched: dict[str, set[str]] = {"requests": set(), "petitions": set(), "persons": set()}
    shapes: dict[tuple, tuple] = {}  # (table, the row's keys as sent) → the columns written
    for change in changes:
        name = change.table
        table = tables.get(name)
        if table is None:
            raise PayloadError("foreign_table", f"{name} is not replicated")
        row = _row_of(change)
        if not isinstance(row, dict) or row.get("id") != change.row_id \
                or row.get("version") != change.version:
            raise PayloadError("damaged", f"change {change.seq} does not match its row")
        if name == "units" and row.get("code") != owner:
            continue  # the sender's note of another office: local to the sender
        if row.get("unit_code") != owner:
            raise PayloadError("not_owner", f"change {change.seq} belongs to "
                                            f"{row.get('unit_code')}, not {owner}")
        # Rows of one table come with the same keys in the same order: sort them once.
        shape = (name, tuple(row))
        keys = shapes.get(shape)
        if keys is None:
            known = set(table.columns.keys())
            keys = shapes[shape] = tuple(sorted(k for k in row if k in known))
        groups.setdefault((name, keys), []).append((row, change.row_json))
        if name in _FILE_COLUMNS:
            column, file_table = _FILE_COLUMNS[name]
            if row.get(column):
                needed_files[row[column]] = file_table
        if name == "arrest_requests":
            touched["requests"].add(change.row_id)
        elif name == "arrest_reviews":
            touched["requests"].add(row.get("request_id"))
        elif name == "persons":  # a suspect's name or ID number is in the list's line
            touched["persons"].add(change.row_id)
        elif name == "petitions":
            touched["petitions"].add(change.row_id)
        elif name == "petitioners":
            touched["petitions"].add(row.get("petition_id"))
    order = _dependency_order()
    written = 0
    for (name, keys), items in sorted(groups.items(), key=lambda g: order.get(g[0][0], 0)):
        table = tables[name]
        if dialect == "sqlite" and _complete(table, keys):
            written += _upsert_rows(session, table, keys, items)
            continue
        stmt = _upsert(insert, dialect, table, keys)
        for batch in _batches(items):
            rows = [{k: _convert(table.c[k], row[k]) for k in keys} for row in batch]
            # RETURNING names the rows actually written (a row already as new is not), on
            # SQLite and PostgreSQL alike (a many-row execute has no portable row count).
            written += len(session.execute(stmt, rows).all())
    _store_files(session, needed_files, files, insert)
    _refresh_indexes(session, touched)
    return written


def _batches(items):
    """The rows in order, in batches of at most _BATCH rows where no id comes twice: one
    many-row statement on PostgreSQL may not update a row twice ("ON CONFLICT DO UPDATE
    command cannot affect row a second time"), and a package often carries several versions
    of one record; the next version then goes in the next batch."""
    batch, ids = [], set()
    for row, _json in items:
        if len(batch) == _BATCH or row["id"] in ids:
            yield batch
            batch, ids = [], set()
        batch.append(row)
        ids.add(row["id"])
    if batch:
        yield batch


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
    """The derived list indexes (the upper office's consolidated lists), for every record the
    package touched, as the change capture refreshes them at the unit (store/capture.py)."""
    from desktop.store import petition_index, request_index

    conn = session.connection()
    requests = {r for r in touched["requests"] if r}
    persons = sorted(touched["persons"])
    if conn.dialect.name == "sqlite" and persons:
        requests.update(r[0] for r in conn.connection.driver_connection.execute(
            "SELECT request_id FROM arrest_reviews WHERE person_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(persons),)))
    else:
        for i in range(0, len(persons), _BATCH):
            requests.update(r[0] for r in conn.execute(_REQUESTS_OF_PERSONS,
                                                       {"ids": persons[i:i + _BATCH]}))
    if requests:
        request_index.refresh(conn, requests)
    petitions = {p for p in touched["petitions"] if p}
    if petitions:
        petition_index.refresh(conn, petitions)


_REQUESTS_OF_PERSONS = sa.text(
    "SELECT request_id FROM arrest_reviews WHERE person_id IN :ids"
).bindparams(sa.bindparam("ids", expanding=True))
