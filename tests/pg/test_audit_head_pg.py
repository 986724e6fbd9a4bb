"""The audit chain head received by an upper office on PostgreSQL: stored with the package,
and a unit's re-hashed last entry raises the audit_rewritten alarm — as on SQLite."""
import sqlite3

from desktop.services.sync_export import export_changes
from desktop.services.sync_receive import receive_package
from desktop.store.audit import entry_hash
from tests.pg.test_sync_upper import world  # noqa: F401
from tests.sync.test_audit_head import clock  # noqa: F401
from tests.sync.test_end_to_end import exchange, register


def test_a_rewritten_unit_history_raises_the_alarm_on_postgresql(world, clock):  # noqa: F811
    upper, (a, _b) = world
    register(a, 1, "A")
    exchange(a, upper)
    receive_package(upper.office, upper.keys,
                    export_changes(a.office, a.keys, allow_empty=True).data)
    assert upper.count("SELECT count(*) FROM sync_log WHERE direction = 'received' "
                       "AND message LIKE ?", '{"audit_head"%') == 2
    conn = sqlite3.connect(a.office.db.path)
    row = conn.execute("SELECT id, at, user_name, action, table_name, row_id, version, detail, "
                       "prev_hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    forged = entry_hash(row[8], row[0], row[1], "someone else", *row[3:8])
    conn.execute("UPDATE audit_log SET user_name = 'someone else', hash = ? WHERE id = ?",
                 (forged, row[0]))
    conn.commit()
    conn.close()
    receive_package(upper.office, upper.keys,
                    export_changes(a.office, a.keys, allow_empty=True).data)
    assert upper.count("SELECT count(*) FROM sync_alarms WHERE kind = 'audit_rewritten' "
                       "AND seq = ?", row[0]) == 1
