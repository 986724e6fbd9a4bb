"""A newer version installed over an older one: the database of schema 0010 (the release
before the upper office's records and accounts) stays where it is, and the first start of the
new program copies it (named with the old revision) before it upgrades it. From source here;
test_bundle.py does the same with the built program."""
from __future__ import annotations

import sqlite3

from alembic import command

from desktop.services.arrest_register import register_request
from desktop.store.database import Database, _alembic_config
from desktop.store.schema import HEAD
from desktop.ui import opening
from tests.conftest import TODAY, make_registration


def test_opening_a_0010_database_backs_it_up_then_upgrades_it(tmp_path, office, qapp):
    register_request(office, make_registration(office), today=TODAY)
    path = office.db.path
    office.close()
    db = Database(path)
    with db.engine().begin() as conn:
        command.downgrade(_alembic_config(conn), "0010")
    db.dispose()
    assert Database(path).revision() == "0010"

    opened = opening.open_database(path)
    try:
        assert opened is not None and opened.backup is not None
        assert opened.backup.name.startswith(f"{path.stem}.before-upgrade-0010-")
        assert opened.backup.parent == path.parent
        assert Database(path).revision() == HEAD
        with sqlite3.connect(opened.backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0010",)
            rows = old.execute("SELECT id, police_case_no FROM arrest_requests").fetchall()
        assert [tuple(r) for r in opened.office.reader.execute(
            "SELECT id, police_case_no FROM arrest_requests")] == rows
        assert len(rows) == 1
        # the upper office's records (0011) and the account locks (0012) are there now
        tables = {r[0] for r in opened.office.reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"upper_instructions", "calendar_updates", "account_locks"} <= tables
    finally:
        if opened is not None:
            opened.close()
