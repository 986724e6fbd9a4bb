"""Change capture, in one place: every flush of a session stamps synced records (id, owner,
version, timestamps), then writes each change to the outbox and to the audit chain through the
same connection, so a change, its outbox entry and its audit entry commit or roll back together.
Services never do this by hand."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

from sqlalchemy import DateTime, bindparam, event, inspect, text
from sqlalchemy.orm import Session

from desktop.store import petition_index, request_index
from desktop.store.audit import AUDIT_ISSUED_KEY, GENESIS, OUTBOX_ISSUED_KEY, entry_hash
from desktop.store.ids import uuid7
from desktop.store.models import ArrestRequest, ArrestReview, Person, Synced
from desktop.store.ownership import ForeignRecordReadOnly
from desktop.store.petition_models import Petition, Petitioner


# Plain SQL with named parameters runs on SQLite and PostgreSQL alike.
_AUDIT_HEAD = text("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
_OUTBOX_INSERT = text(
    "INSERT INTO outbox (seq, table_name, row_id, version, op, payload, created_at) "
    "VALUES (:seq, :table_name, :row_id, :version, :op, :payload, :created_at)")
_AUDIT_INSERT = text(
    "INSERT INTO audit_log (id, at, user_name, action, table_name, row_id, version, detail, "
    "prev_hash, hash) VALUES (:id, :at, :user_name, :action, :table_name, :row_id, :version, "
    ":detail, :prev_hash, :hash)")
_REQUESTS_OF_PERSONS = text(
    "SELECT request_id FROM arrest_reviews WHERE person_id IN :ids"
).bindparams(bindparam("ids", expanding=True))
_ISSUED = text("SELECT value FROM app_meta WHERE key = :key")
_NOTE_ISSUED = text(
    "INSERT INTO app_meta (key, value) VALUES (:key, :value) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def issued_audit_id(conn) -> int:
    """The highest audit id ever issued, even if the tail was removed since: SQLite's
    AUTOINCREMENT keeps it in `sqlite_sequence`; on PostgreSQL a sequence is not rolled back
    with the transaction, so the number lives in `app_meta`, written under the write lock in
    the same transaction as the entries (store/engine.py)."""
    if conn.dialect.name == "sqlite":
        row = conn.execute(
            text("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'")).fetchone()
    else:
        row = conn.execute(_ISSUED, {"key": AUDIT_ISSUED_KEY}).fetchone()
    return int(row[0]) if row else 0


def _number_outbox_rows(conn, rows: list[dict]) -> None:
    """PostgreSQL: outbox numbers from the transactional high-water mark, so a rolled-back
    transaction leaves no gap in the unit's change feed (as AUTOINCREMENT does on SQLite)
    and a pruned tail is never numbered again."""
    row = conn.execute(_ISSUED, {"key": OUTBOX_ISSUED_KEY}).fetchone()
    top = conn.execute(text("SELECT max(seq) FROM outbox")).scalar()
    seq = max(int(row[0]) if row else 0, top or 0)
    for r in rows:
        seq += 1
        r["seq"] = seq


def _note_issued(conn, **issued: int) -> None:
    """PostgreSQL: keep the high-water marks (keys `audit`, `outbox`) in this transaction."""
    keys = {"audit": AUDIT_ISSUED_KEY, "outbox": OUTBOX_ISSUED_KEY}
    conn.execute(_NOTE_ISSUED, [{"key": keys[name], "value": str(value)}
                                for name, value in issued.items()])


def _chain_head(conn) -> tuple[int, str]:
    """The next audit id and the hash it follows (read under the write lock)."""
    last = conn.execute(_AUDIT_HEAD).fetchone()
    next_id = max(last[0] if last else 0, issued_audit_id(conn)) + 1
    return next_id, last[1] if last else GENESIS


class HardDeleteRefused(Exception):
    """Synced records are tombstoned, never deleted (they must reach the upper office)."""


def _refuse_foreign(obj, office: str, *, loaded: bool = False) -> None:
    """A new record may come with no owner (stamped below); a changed one is checked for the
    owner it was loaded with too, so no record moves between units either."""
    owners = {obj.unit_code}
    if loaded:
        history = inspect(obj).attrs.unit_code.history
        owners.update(history.deleted)
    for owner in owners:
        if owner and owner != office:
            raise ForeignRecordReadOnly(obj.__tablename__, obj.id, owner, office)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _jsonable(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _secret(obj) -> frozenset:
    return getattr(type(obj), "__secret_columns__", frozenset())


def row_state(obj) -> dict:
    mapper = inspect(obj).mapper
    hidden = _secret(obj)
    return {c.key: _jsonable(getattr(obj, c.key)) for c in mapper.column_attrs
            if c.key not in hidden}


def _changed_columns(obj) -> dict:
    state = inspect(obj)
    changes = {}
    hidden = _secret(obj)
    for attr in state.mapper.column_attrs:
        if attr.key in hidden:
            if state.attrs[attr.key].history.has_changes():
                changes[attr.key] = ["(secret)", "(changed)"]
            continue
        hist = state.attrs[attr.key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            changes[attr.key] = [_jsonable(old), _jsonable(new)]
    return changes


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, flush_context, instances) -> None:
    now = _utcnow()
    office = session.info["unit_code"]
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise HardDeleteRefused(f"{type(obj).__name__} {obj.id} must be tombstoned")
    for obj in session.new:
        if isinstance(obj, Synced):
            _refuse_foreign(obj, office)
            obj.id = obj.id or uuid7()
            obj.unit_code = obj.unit_code or session.info["unit_code"]
            obj.version = 1
            obj.created_at = obj.updated_at = now
    for obj in session.dirty:
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            _refuse_foreign(obj, office, loaded=True)
            obj.version = (obj.version or 0) + 1
            obj.updated_at = now


@event.listens_for(Session, "after_flush")
def _record(session: Session, flush_context) -> None:
    changes = []
    for obj in session.new:
        if isinstance(obj, Synced):
            changes.append(("insert", obj, row_state(obj)))
    for obj in session.dirty:
        if isinstance(obj, Synced):
            diff = _changed_columns(obj)
            diff.pop("version", None)
            diff.pop("updated_at", None)
            if diff:
                action = "delete" if "deleted_at" in diff and obj.deleted_at else "update"
                changes.append((action, obj, diff))
    if not changes:
        return
    conn = session.connection()
    user = session.info.get("user_name", "system")
    next_id, prev_hash = _chain_head(conn)
    at = _utcnow().isoformat(timespec="microseconds")
    touched_requests: set[str] = set()
    touched_persons: set[str] = set()
    touched_petitions: set[str] = set()
    outbox_rows, audit_rows = [], []
    for action, obj, detail in changes:
        table = obj.__tablename__
        state = detail if action == "insert" else row_state(obj)
        payload = json.dumps(state, ensure_ascii=False, sort_keys=True)
        # seq: AUTOINCREMENT on SQLite, the high-water mark on PostgreSQL (below)
        outbox_rows.append({"seq": None, "table_name": table, "row_id": obj.id,
                            "version": obj.version,
                            "op": "delete" if action == "delete" else "upsert",
                            "payload": payload, "created_at": at})
        detail_json = payload if action == "insert" else json.dumps(
            detail, ensure_ascii=False, sort_keys=True)
        digest = entry_hash(prev_hash, next_id, at, user, action, table, obj.id, obj.version,
                            detail_json)
        audit_rows.append({"id": next_id, "at": at, "user_name": user, "action": action,
                           "table_name": table, "row_id": obj.id, "version": obj.version,
                           "detail": detail_json, "prev_hash": prev_hash, "hash": digest})
        prev_hash, next_id = digest, next_id + 1
        if isinstance(obj, ArrestRequest):
            touched_requests.add(obj.id)
        elif isinstance(obj, ArrestReview):
            touched_requests.add(obj.request_id)
        elif isinstance(obj, Person):
            touched_persons.add(obj.id)
        elif isinstance(obj, Petition):
            touched_petitions.add(obj.id)
        elif isinstance(obj, Petitioner):
            touched_petitions.add(obj.petition_id)
    if conn.dialect.name != "sqlite":
        _number_outbox_rows(conn, outbox_rows)
    conn.execute(_OUTBOX_INSERT, outbox_rows)
    conn.execute(_AUDIT_INSERT, audit_rows)
    if conn.dialect.name != "sqlite":
        _note_issued(conn, audit=next_id - 1, outbox=outbox_rows[-1]["seq"])
    _queue_down(session, conn, changes, outbox_rows)
    if touched_persons:
        touched_requests.update(r[0] for r in conn.execute(
            _REQUESTS_OF_PERSONS, {"ids": list(touched_persons)}))
    if touched_requests:
        request_index.refresh(conn, touched_requests)
    if touched_petitions:
        petition_index.refresh(conn, touched_petitions)


_DOWN_TOP = text("SELECT max(down_seq) FROM sync_down_queue WHERE peer_unit = :unit")
_DOWN_UNITS = text("SELECT unit_code FROM sync_peers WHERE role = 'grassroots' "
                   "ORDER BY unit_code")
_DOWN_INSERT = text(
    "INSERT INTO sync_down_queue (peer_unit, down_seq, table_name, row_id, version, op, "
    "payload, created_at) VALUES (:peer_unit, :down_seq, :table_name, :row_id, :version, :op, "
    ":payload, :created_at)").bindparams(bindparam("created_at", type_=DateTime))


def _queue_down(session: Session, conn, changes: list, outbox_rows: list[dict]) -> None:
    """The upper office's own records for its units (models marked `__down_target__`, see
    store/upper_models.py) join each target unit's down sequence, with the row exactly as the
    outbox holds it, so they go down in that unit's next acknowledgement. The numbers are
    taken under the write lock of this transaction: max + 1 per unit, no gap, no reuse."""
    own = session.info.get("unit_code")
    queued: list[dict] = []
    every_unit: list[str] | None = None
    top: dict[str, int] = {}
    for (_action, obj, _detail), row in zip(changes, outbox_rows):
        target = getattr(type(obj), "__down_target__", None)
        if target is None or obj.unit_code != own:
            continue  # a received row is the sender's, never sent on
        unit = getattr(obj, target) or ""
        if unit:
            units = [unit]
        else:  # for every unit registered here
            if every_unit is None:
                every_unit = [r[0] for r in conn.execute(_DOWN_UNITS)]
            units = every_unit
        for unit in units:
            if unit not in top:
                top[unit] = conn.execute(_DOWN_TOP, {"unit": unit}).scalar() or 0
            top[unit] += 1
            queued.append({"peer_unit": unit, "down_seq": top[unit],
                           "table_name": row["table_name"], "row_id": row["row_id"],
                           "version": row["version"], "op": row["op"],
                           "payload": row["payload"], "created_at": _utcnow()})
    if queued:
        conn.execute(_DOWN_INSERT, queued)


def queue_down_for_new_unit(session: Session, unit_code: str) -> int:
    """A unit registered after this office published records for every unit (a holiday
    schedule, `__down_target__` column empty): their current state joins the new unit's down
    sequence, as the capture would have queued them had the unit been registered then.
    Returns how many were queued."""
    import desktop.store.upper_models  # noqa: F401  (the down-going models are mapped)
    from desktop.store.models import Base

    conn = session.connection()
    own = session.info.get("unit_code")
    top = conn.execute(_DOWN_TOP, {"unit": unit_code}).scalar() or 0
    queued = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        target = getattr(model, "__down_target__", None)
        if target is None:
            continue
        rows = session.query(model).filter(getattr(model, target) == "",
                                           model.unit_code == own,
                                           model.deleted_at.is_(None)).order_by(model.id)
        for obj in rows:
            top += 1
            queued.append({"peer_unit": unit_code, "down_seq": top,
                           "table_name": model.__tablename__, "row_id": obj.id,
                           "version": obj.version, "op": "upsert",
                           "payload": json.dumps(row_state(obj), ensure_ascii=False,
                                                 sort_keys=True),
                           "created_at": _utcnow()})
    if queued:
        conn.execute(_DOWN_INSERT, queued)
    return len(queued)


def audit_entry(session: Session, *, action: str, table: str, row_id: str,
                detail: dict) -> None:
    """One entry of this office's audit chain for something that is not a change of one of
    its records (a sync package received), inside the caller's transaction."""
    conn = session.connection()
    user = session.info.get("user_name", "system")
    next_id, prev_hash = _chain_head(conn)
    at = _utcnow().isoformat(timespec="microseconds")
    detail_json = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    digest = entry_hash(prev_hash, next_id, at, user, action, table, row_id, 0, detail_json)
    conn.execute(_AUDIT_INSERT, {"id": next_id, "at": at, "user_name": user, "action": action,
                                 "table_name": table, "row_id": row_id, "version": 0,
                                 "detail": detail_json, "prev_hash": prev_hash,
                                 "hash": digest})
    if conn.dialect.name != "sqlite":
        _note_issued(conn, audit=next_id)
