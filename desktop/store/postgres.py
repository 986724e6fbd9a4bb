"""An upper office's database on PostgreSQL: URLs, the schema stamp, and a plain read
connection that behaves like the SQLite one (`Office.reader`) for portable SQL.

Only the upper office uses PostgreSQL, and only for the write path, migrations and the reads
its services need to validate a write; the desktop window and the SQLite-specific reads (FTS5
search, `instr()`, pragmas) stay on SQLite (docs/ARCHITECTURE.md, "PostgreSQL"). psycopg is
imported only when a PostgreSQL database is opened (the `postgres` extra of the package)."""
from __future__ import annotations

from desktop.store.sqlite import DatabaseError

SCHEME = "postgresql+psycopg"


def is_postgres_url(target) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgresql+"))


def normalize_url(url: str) -> str:
    """The SQLAlchemy URL with the psycopg (3) driver; other drivers are refused."""
    scheme, sep, rest = url.partition("://")
    if scheme == "postgresql":
        scheme = SCHEME
    if scheme != SCHEME or not sep:
        raise DatabaseError("unsupported_url",
                            f"unsupported database URL {scheme}://…: use {SCHEME}://user@host/db",
                            url=scheme)
    return f"{scheme}://{rest}"


def display_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _conninfo(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _connect(url: str):
    try:
        import psycopg
    except ImportError as exc:  # the `postgres` extra is not installed
        raise DatabaseError("driver_missing", "PostgreSQL needs the psycopg package "
                            "(pip install 'zhenjian-desk[postgres]')") from exc
    try:
        return psycopg.connect(_conninfo(url), autocommit=True)
    except psycopg.OperationalError as exc:
        raise DatabaseError("unreachable", f"cannot connect to {display_url(url)}: "
                            f"{str(exc).strip()}", url=display_url(url)) from exc


def read_revision(url: str) -> str | None:
    """The Alembic revision stamped in the database, or None for an empty database."""
    conn = _connect(url)
    try:
        if conn.execute("SELECT to_regclass('alembic_version')").fetchone()[0] is None:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def qmark_to_format(sql: str) -> str:
    """sqlite3's `?` placeholders as psycopg's `%s` (a literal `%` doubled), leaving quoted
    text and identifiers alone, so the services' plain read queries run unchanged."""
    out = []
    quote = None
    for ch in sql:
        if ch == "%":
            out.append("%%")
            continue
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            out.append("%s")
            continue
        out.append(ch)
    return "".join(out)


class Row(tuple):
    """A result row read by position or by column name, like sqlite3.Row."""

    __slots__ = ()
    names: tuple[str, ...] = ()

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self.names.index(key))
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self.names)


def _row_factory(cursor):
    names = tuple(c.name for c in cursor.description or ())
    row_type = type("Row", (Row,), {"__slots__": (), "names": names})
    return lambda values: row_type(values)


class Reader:
    """A plain read connection to PostgreSQL shaped like the SQLite one: `execute(sql,
    params)` with `?` placeholders, rows by position or name, and values as SQLite gives them
    back (dates and timestamps as ISO text, booleans as 0/1). Autocommit: every query sees
    what is committed, as the SQLite reader in WAL mode does."""

    dialect = "postgresql"

    def __init__(self, url: str):
        self._conn = _connect(url)
        _sqlite_like_values(self._conn)

    def execute(self, sql: str, params=()):
        cur = self._conn.cursor(row_factory=_row_factory)
        cur.execute(qmark_to_format(sql), tuple(params))
        return cur

    def close(self) -> None:
        self._conn.close()


def _sqlite_like_values(conn) -> None:
    from psycopg.adapt import Loader

    class IsoText(Loader):
        def load(self, data):
            return bytes(data).decode()

    class Timestamp(Loader):
        # SQLAlchemy writes DateTime to SQLite as 'YYYY-MM-DD HH:MM:SS.ffffff'; PostgreSQL
        # prints the fraction without trailing zeros.
        def load(self, data):
            stamp, _, fraction = bytes(data).decode().partition(".")
            return f"{stamp}.{fraction:0<6}"

    class Flag(Loader):
        def load(self, data):
            return 1 if bytes(data) == b"t" else 0

    conn.adapters.register_loader("date", IsoText)
    conn.adapters.register_loader("timestamp", Timestamp)
    conn.adapters.register_loader("bool", Flag)


def foreign_key_faults(conn) -> list[str]:
    """Rows whose foreign key points at no row (what SQLite's `PRAGMA foreign_key_check`
    reports): PostgreSQL enforces its constraints, but a restore or a session with triggers
    disabled can slip past them. `conn` is a SQLAlchemy Connection."""
    from sqlalchemy import inspect

    faults = []
    inspector = inspect(conn)
    for table in inspector.get_table_names():
        pk = inspector.get_pk_constraint(table)["constrained_columns"]
        for fk in inspector.get_foreign_keys(table):
            cols, ref = fk["constrained_columns"], fk["referred_columns"]
            on = " AND ".join(f'p."{r}" = c."{c}"' for c, r in zip(cols, ref))
            present = " AND ".join(f'c."{c}" IS NOT NULL' for c in cols)
            key = ", ".join(f'c."{k}"' for k in pk) or "c.ctid"
            rows = conn.exec_driver_sql(
                f'SELECT {key} FROM "{table}" c LEFT JOIN "{fk["referred_table"]}" p ON {on} '
                f'WHERE {present} AND p."{ref[0]}" IS NULL').fetchall()
            faults += [f"{table} row {r[0]} refers to a missing {fk['referred_table']} row"
                       for r in rows]
    return faults
