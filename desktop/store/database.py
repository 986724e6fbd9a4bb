"""Opening a database: create it, upgrade it (after a backup copy), or refuse it.

A database is a SQLite file (a path, or a `sqlite:///` URL) or, for an upper office, a
PostgreSQL database (a `postgresql+psycopg://` URL, store/postgres.py). The fast path reads a
file's revision stamp with sqlite3; SQLAlchemy is imported only when a session is first
needed, and Alembic only when the schema must change.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.store import postgres, schema
from desktop.store.sqlite import DatabaseError, connect, read_revision


def backup_copy(path: Path, *, label: str) -> Path:
    """A consistent copy next to the file, via SQLite's online backup (WAL content included)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
    src = sqlite3.connect(str(path))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _alembic_config(conn):
    from alembic.config import Config

    from desktop.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["connection"] = conn
    return cfg


STALE_INDEX_KEY = "request_index_stale"


def migrate(engine, target: str = "head") -> None:
    """Run the migrations up to `target`, then rebuild derived data they marked stale, all in
    one transaction: an interrupted upgrade leaves the file as it was."""
    from alembic import command
    from sqlalchemy import text

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # SQLite's way to change a table (the users' unique key, 0010): rebuild it with
            # foreign keys off — switchable only outside a transaction — and check every key
            # before committing, so the upgrade commits whole and consistent or not at all.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                command.upgrade(_alembic_config(conn), target)
                key = {"key": STALE_INDEX_KEY}
                stale = conn.execute(text("SELECT 1 FROM app_meta WHERE key = :key"),
                                     key).fetchone()
                if stale and target == "head":
                    from desktop.store.request_index import rebuild_all

                    rebuild_all(conn)
                    conn.execute(text("DELETE FROM app_meta WHERE key = :key"), key)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"upgrade broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


class Database:
    """One database of the program: a SQLite file, or an upper office's PostgreSQL database.

    `path` is the file (None on PostgreSQL); `url` the SQLAlchemy URL of either."""

    def __init__(self, target: Path | str):
        self._engine = None
        if postgres.is_postgres_url(target):
            self.dialect = "postgresql"
            self.url = postgres.normalize_url(target)
            self.path: Path | None = None
        else:
            if isinstance(target, str) and target.startswith("sqlite:///"):
                target = target[len("sqlite:///"):]
            self.dialect = "sqlite"
            self.path = Path(target)
            self.url = f"sqlite:///{self.path}"

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def label(self) -> str:
        """What to call the database in messages: the file, or the URL without a password."""
        return str(self.path) if self.is_sqlite else postgres.display_url(self.url)

    # -- opening ---------------------------------------------------------------------------
    def revision(self) -> str | None:
        if not self.is_sqlite:
            return postgres.read_revision(self.url)
        return read_revision(self.path)

    def exists(self) -> bool:
        return self.revision() is not None

    def check_openable(self) -> str:
        """'current', 'older' or 'empty'; raises DatabaseError('too_new') for the future."""
        rev = self.revision()
        if rev is None:
            return "empty"
        if rev == schema.HEAD:
            return "current"
        if rev in schema.REVISIONS:
            return "older"
        raise DatabaseError(
            "too_new",
            f"{self.label} was written by a newer version of Zhenjian Desk (schema {rev}); "
            "install that version or newer to open it.",
            path=self.label, revision=rev,
        )

    def create(self) -> None:
        if self.exists():
            raise DatabaseError("exists", f"{self.label} already holds a database",
                                path=self.label)
        if self.is_sqlite:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        migrate(self.engine())

    def upgrade_if_needed(self) -> Path | None:
        """Bring an older file to HEAD after a timestamped backup; returns the backup path.

        PostgreSQL: the upgrade runs in one transaction (its DDL is transactional, so a failed
        upgrade leaves the database as it was) and makes no copy: backing up a server is the
        administrator's `pg_dump`."""
        if self.check_openable() != "older":
            return None
        if not self.is_sqlite:
            migrate(self.engine())
            return None
        backup = backup_copy(self.path, label=f"before-upgrade-{self.revision()}")
        migrate(self.engine())
        conn = sqlite3.connect(str(self.path))
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
        if result != "ok":
            raise DatabaseError("upgrade_damaged",
                                f"integrity check after upgrade failed: {result}",
                                backup=str(backup))
        return backup

    # -- access ----------------------------------------------------------------------------
    def read_connection(self) -> sqlite3.Connection:
        """The plain read connection; on PostgreSQL an sqlite3-shaped `postgres.Reader`."""
        if not self.is_sqlite:
            return postgres.Reader(self.url)
        return connect(self.path)

    def engine(self):
        if self._engine is None:
            from desktop.store.engine import make_engine

            self._engine = make_engine(self.path if self.is_sqlite else self.url)
        return self._engine

    def session(self, *, unit_code: str, user_name: str):
        from desktop.store.engine import make_session

        return make_session(self.engine(), unit_code=unit_code, user_name=user_name)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
