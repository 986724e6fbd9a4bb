"""What the sync page and the status bar show (plain SQL on the reader): the other side, what
is pending, the oldest change not yet acknowledged and its age, the last acknowledgement, the
package history and the alarms."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class SyncStatus:
    upper_code: str  # "" when no upper office is registered
    upper_name: str
    url: str
    pending: int  # changes above the acknowledged watermark
    acked_seq: int
    oldest_pending_at: datetime | None  # when the oldest unacknowledged change was made
    last_acked_at: datetime | None
    received_seq: int  # the upper office's down sequence applied here
    open_alarms: int


@dataclass(frozen=True)
class LogRow:
    at: datetime
    direction: str
    kind: str
    peer_unit: str
    first_seq: int | None
    last_seq: int | None
    rows: int
    size: int
    via: str
    result: str
    message: str
    file_name: str


@dataclass(frozen=True)
class UnitRow:
    """At the upper office: one registered unit."""
    unit_code: str
    unit_name: str
    fingerprint: str
    applied_seq: int
    last_received_at: datetime | None
    held: list[tuple[int, int]]
    open_alarms: int


def _dt(value) -> datetime | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def sync_status(conn) -> SyncStatus:
    upper = conn.execute("SELECT p.unit_code, p.unit_name, p.url, w.acked_seq, "
                         "w.last_acked_at, w.applied_seq FROM sync_peers p "
                         "JOIN sync_watermarks w ON w.peer_unit = p.unit_code "
                         "WHERE p.role = 'upper'").fetchone()
    code, name, url, acked, last_ack, received = upper or ("", "", "", 0, None, 0)
    pending, oldest = conn.execute("SELECT count(*), min(created_at) FROM outbox WHERE seq > ?",
                                   (acked,)).fetchone()
    alarms = conn.execute("SELECT count(*) FROM sync_alarms WHERE NOT resolved").fetchone()[0]
    return SyncStatus(code, name, url or "", pending, acked, _dt(oldest), _dt(last_ack),
                      received, alarms)


def history(conn, *, limit: int = 200) -> list[LogRow]:
    return [LogRow(_dt(r[0]), *r[1:]) for r in conn.execute(
        "SELECT at, direction, kind, peer_unit, first_seq, last_seq, rows, size, via, result, "
        "message, file_name FROM sync_log ORDER BY id DESC LIMIT ?", (limit,))]


def units(conn) -> list[UnitRow]:
    from desktop.security.suites import fingerprint

    held: dict[str, list] = {}
    for unit, first, last in conn.execute("SELECT peer_unit, first_seq, last_seq FROM sync_held "
                                          "ORDER BY peer_unit, first_seq"):
        held.setdefault(unit, []).append((first, last))
    alarms = dict(conn.execute("SELECT peer_unit, count(*) FROM sync_alarms WHERE NOT resolved "
                               "GROUP BY peer_unit").fetchall())
    return [UnitRow(r[0], r[1], fingerprint(bytes(r[2]), bytes(r[3])), r[4], _dt(r[5]),
                    held.get(r[0], []), alarms.get(r[0], 0))
            for r in conn.execute(
                "SELECT p.unit_code, p.unit_name, p.signing_public, p.encryption_public, "
                "w.applied_seq, w.last_received_at FROM sync_peers p "
                "JOIN sync_watermarks w ON w.peer_unit = p.unit_code "
                "WHERE p.role = 'grassroots' ORDER BY p.unit_code")]


def alarms(conn) -> list[tuple]:
    """(raised_at, unit, kind, seq, detail) of the alarms not yet resolved, newest first."""
    return [(_dt(r[0]), *r[1:]) for r in conn.execute(
        "SELECT raised_at, peer_unit, kind, seq, detail FROM sync_alarms WHERE NOT resolved "
        "ORDER BY id DESC")]


def office_level(conn, unit_code: str) -> str:
    """"upper" for an upper-level office (its own unit row says so), else "grassroots"."""
    row = conn.execute("SELECT level FROM units WHERE code = ? AND unit_code = ?",
                       (unit_code, unit_code)).fetchone()
    return row[0] if row and row[0] == "upper" else "grassroots"
