"""Who this office syncs with: a unit registers its upper office (public keys and, for online
sync, its address); the upper office registers each subordinate unit. Registration is the
only way a key becomes trusted: a package from anyone else is refused before it is read."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from desktop.domain import permissions
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office

ROLE_UPPER = "upper"
ROLE_GRASSROOTS = "grassroots"


@dataclass(frozen=True)
class Peer:
    unit_code: str
    unit_name: str
    role: str
    suite: str
    signing_public: bytes
    encryption_public: bytes
    signing_key_id: str
    encryption_key_id: str
    url: str
    registered_at: datetime


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _check_url(url: str) -> None:
    if url and not url.startswith(("http://", "https://")):
        raise ValidationFailed([FieldError("url", "sync.url", "an address starts with http://")])


def _save_peer(office: Office, keys, *, role: str, url: str = "") -> Peer:
    """Register (or re-register with new keys) one peer; its watermarks are kept."""
    from desktop.store.sync_models import SyncPeer, SyncWatermark

    if keys.unit_code == office.unit_code:
        raise ValidationFailed([FieldError("key", "sync.own_key",
                                           "this is this office's own key file")])
    if keys.role != role:
        raise ValidationFailed([FieldError("key", f"sync.not_{role}",
                                           f"the key file is not a {role} office's")])
    _check_url(url)
    with office.transaction(permissions.SYNC_SETUP) as session:
        peer = session.get(SyncPeer, keys.unit_code) or SyncPeer(unit_code=keys.unit_code)
        peer.unit_name, peer.role, peer.suite = keys.unit_name, role, keys.suite
        peer.signing_public, peer.encryption_public = keys.signing_public, keys.encryption_public
        peer.signing_key_id, peer.encryption_key_id = keys.signing_key_id, keys.encryption_key_id
        peer.url, peer.registered_at = url.strip(), _now()
        session.add(peer)
        if session.get(SyncWatermark, keys.unit_code) is None:
            session.add(SyncWatermark(peer_unit=keys.unit_code, applied_seq=0, acked_seq=0))
            if role == ROLE_GRASSROOTS:  # what was published to every unit reaches it too
                from desktop.store.capture import queue_down_for_new_unit

                session.flush()
                queue_down_for_new_unit(session, keys.unit_code)
    return peer_of(office.reader, keys.unit_code)


def register_unit(office: Office, keys) -> Peer:
    """At the upper office: trust a subordinate unit's keys (`keystore.PublicKeys`)."""
    return _save_peer(office, keys, role=ROLE_GRASSROOTS)


def set_upper(office: Office, keys, *, url: str = "") -> Peer:
    """At a unit: trust the upper office's keys; `url` is its receiving service, if any.
    A unit has one upper office: registering another replaces it."""
    from desktop.store.sync_models import SyncPeer

    with office.transaction(permissions.SYNC_SETUP) as session:
        for other in session.query(SyncPeer).filter(SyncPeer.role == ROLE_UPPER,
                                                    SyncPeer.unit_code != keys.unit_code):
            raise ValidationFailed([FieldError(
                "key", "sync.other_upper", f"{other.unit_name} is already the upper office",
                {"name": other.unit_name})])
    return _save_peer(office, keys, role=ROLE_UPPER, url=url)


def set_upper_url(office: Office, url: str) -> None:
    from desktop.store.sync_models import SyncPeer

    _check_url(url)
    with office.transaction(permissions.SYNC_SETUP) as session:
        upper = session.query(SyncPeer).filter(SyncPeer.role == ROLE_UPPER).one_or_none()
        if upper is None:
            raise ValidationFailed([FieldError("url", "sync.no_upper",
                                               "register the upper office's keys first")])
        upper.url = url.strip()


_COLUMNS = ("unit_code, unit_name, role, suite, signing_public, encryption_public, "
            "signing_key_id, encryption_key_id, url, registered_at")


def _peer(row) -> Peer:
    registered = row[9]
    if isinstance(registered, str):
        registered = datetime.fromisoformat(registered)
    return Peer(row[0], row[1], row[2], row[3], bytes(row[4]), bytes(row[5]), row[6], row[7],
                row[8], registered)


def peer_of(conn, unit_code: str) -> Peer | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM sync_peers WHERE unit_code = ?",
                       (unit_code,)).fetchone()
    return _peer(row) if row else None


def upper_of(conn) -> Peer | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM sync_peers WHERE role = ?",
                       (ROLE_UPPER,)).fetchone()
    return _peer(row) if row else None


def peers(conn) -> list[Peer]:
    return [_peer(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM sync_peers "
                                           "ORDER BY role, unit_code")]


def signing_key_for(conn, unit_code: str, key_id: str) -> bytes | None:
    """The registered signing key of a sender, or None (the container refuses the package)."""
    row = conn.execute("SELECT signing_public FROM sync_peers WHERE unit_code = ? AND "
                       "signing_key_id = ?", (unit_code, key_id)).fetchone()
    return bytes(row[0]) if row else None
