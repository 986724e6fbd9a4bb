"""Schema upgrades: an older file is backed up and upgraded with nothing lost; a file from a
newer program is refused; the models and the migrations describe the same schema."""
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.services.office import open_office
from desktop.store import schema
from desktop.store.database import Database, migrate
from desktop.store.sqlite import DatabaseError

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _baseline_with_data(path: Path) -> None:
    """A database as version 0.1 wrote it at revision 0001, filled by plain SQL."""
    db = Database(path)
    migrate(db.engine(), "0001")
    db.dispose()
    conn = sqlite3.connect(path)
    sql = (FIXTURES / "baseline_0001_data.sql").read_text(encoding="utf-8")
    conn.executescript(sql)
    conn.commit()
    conn.close()


def test_revision_list_matches_the_migration_scripts():
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    from desktop.paths import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    scripts = ScriptDirectory.from_config(cfg)
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == schema.REVISIONS
    assert scripts.get_current_head() == schema.HEAD


def test_models_match_migrated_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import desktop.store.all_models  # noqa: F401
    from desktop.store.models import Base

    db = Database(tmp_path / "x.sqlite3")
    db.create()
    with db.engine().connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS5 shadow tables are created by raw SQL and unknown to the models
    fts = ("request_fts", "request_chars_fts", "supervision_fts", "cooperation_fts",
           "petition_fts")
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith(fts))]
    assert diff == []


def test_upgrade_from_baseline_keeps_every_row_and_makes_a_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    _baseline_with_data(path)
    before = {t: sqlite3.connect(path).execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("units", "users", "persons", "arrest_requests", "arrest_reviews",
                        "outbox", "audit_log", "charges")}
    office = open_office(path)
    assert Database(path).revision() == schema.HEAD
    conn = office.reader
    for table, rows in before.items():
        assert [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY 1")] == rows, table
    backups = list(tmp_path.glob("old.before-upgrade-0001-*.sqlite3"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute(
        "SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    # the new list index was built from the old rows, search included
    index = conn.execute("SELECT police_case_no, suspects, due_date, status FROM request_index "
                         "ORDER BY police_case_no").fetchall()
    assert [tuple(r) for r in index] == [
        ("A001", "王小明", "2026-10-05", "received"),
        ("A002", "李雷、韩梅梅", None, "mixed"),
    ]
    assert conn.execute("SELECT count(*) FROM request_fts WHERE request_fts MATCH '韩梅梅'"
                        ).fetchone()[0] == 1
    from desktop.store.audit import verify_chain
    assert verify_chain(conn)[1] == []
    office.close()


def test_golden_release_fixture_upgrades(tmp_path):
    """Every released schema keeps a fixture file here; each must open in this version."""
    fixtures = sorted(FIXTURES.glob("release-*.sqlite3"))
    assert fixtures, "tests/fixtures must hold at least one released database"
    for fixture in fixtures:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        office = open_office(path)
        assert office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] > 0
        office.close()


def test_database_from_a_newer_program_is_refused_and_left_alone(tmp_path, office):
    path = office.db.path
    office.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as exc:
        open_office(path)
    assert exc.value.code == "too_new"
    assert "newer version" in str(exc.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*before-upgrade*"))
