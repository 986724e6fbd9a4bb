"""What a sync package carries, inside the container (desktop/sync/container.py): UTF-8 JSON.

changes (a unit → its upper office):
    {"format": 1, "kind": "changes", "unit": "320101", "schema": "0010",
     "first_seq": 1, "last_seq": 250, "ack_down": 12,
     "audit_head": {"id": 9120, "hash": "<sha256 hex>"},   # optional: older packages lack it
     "program": "0.1.0",                                   # optional: older packages lack it
     "counts": {"arrest_requests": 40, ...},
     "changes": [[seq, table, row_id, version, op, row_json], ...],
     "files": {"<sha256>": "<base64>"}}
ack (the upper office → one unit):
    {"format": 1, "kind": "ack", "unit": "320100", "for_unit": "320101", "schema": "0010",
     "applied": 250, "held": [[300, 350]], "missing": [[251, 299]], "program": "0.1.0",
     "first_seq": 1, "last_seq": 3,       # the upper office's own records, down sequence
     "counts": {...}, "changes": [...], "files": {}}

`row_json` is the outbox's text as captured, unchanged, so the digest of a change
(`change_digest`) is the same on both sides and a reused sequence number with other contents
is caught. Attachments travel once, by SHA-256, beside the rows that name them.

`audit_head` is the sender's audit chain head (the newest entry's id and hash) when the package
was made, so the upper office can tell later whether the unit's history was rewritten
(services/audit_heads.py). It is optional: packages of earlier versions parse without it.

`program` is the version of the program that made the package (pyproject.toml's version), so
the receiving office can tell which release a unit runs when a package looks odd. Optional for
the same reason; earlier programs ignore it (parse reads only the keys it knows).
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass, field

FORMAT = 1
KINDS = ("changes", "ack")
_HEX = frozenset("0123456789abcdef")
MAX_PROGRAM = 64  # characters of a version string ("0.1.0", "1.2.0rc1+deb12")


class PayloadError(ValueError):
    """The payload is not what a package of this kind must carry (code for the message)."""

    def __init__(self, code: str, message: str = ""):
        super().__init__(message or code)
        self.code = code


@dataclass(frozen=True)
class Change:
    seq: int
    table: str
    row_id: str
    version: int
    op: str  # "upsert" | "delete"
    row_json: str

    @property
    def digest(self) -> str:
        return change_digest(self.table, self.row_id, self.version, self.op, self.row_json)

    def row(self) -> dict:
        return json.loads(self.row_json)


def change_digest(table: str, row_id: str, version: int, op: str, row_json: str) -> str:
    text = "\n".join((table, row_id, str(version), op, row_json))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Payload:
    kind: str
    unit: str  # the sender
    schema: str  # the sender's schema revision
    changes: list[Change] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    ack_down: int = 0  # changes: the upper office's down sequence applied at the unit
    for_unit: str = ""  # ack: the unit it answers
    applied: int = 0  # ack: the unit's sequence applied at the upper office
    held: list[tuple[int, int]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)
    audit_head: tuple[int, str] | None = None  # changes: the sender's (entry id, hash)
    program: str = ""  # the sending program's version; "" in packages of earlier versions

    @property
    def first_seq(self) -> int | None:
        return self.changes[0].seq if self.changes else None

    @property
    def last_seq(self) -> int | None:
        return self.changes[-1].seq if self.changes else None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.changes:
            out[c.table] = out.get(c.table, 0) + 1
        return out

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "kind": self.kind, "unit": self.unit, "schema": self.schema,
                "first_seq": self.first_seq, "last_seq": self.last_seq,
                "counts": self.counts(),
                "changes": [[c.seq, c.table, c.row_id, c.version, c.op, c.row_json]
                            for c in self.changes],
                "files": {k: base64.b64encode(v).decode("ascii")
                          for k, v in sorted(self.files.items())}}
        if self.program:
            data["program"] = self.program
        if self.kind == "changes":
            data["ack_down"] = self.ack_down
            if self.audit_head is not None:
                data["audit_head"] = {"id": self.audit_head[0], "hash": self.audit_head[1]}
        else:
            data.update(for_unit=self.for_unit, applied=self.applied,
                        held=[list(r) for r in self.held],
                        missing=[list(r) for r in self.missing])
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _int(value, name: str, minimum: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise PayloadError("damaged", f"{name} is not a number ≥ {minimum}")
    return value


def _ranges(value, name: str) -> list[tuple[int, int]]:
    if not isinstance(value, list):
        raise PayloadError("damaged", f"{name} is not a list")
    out = []
    for r in value:
        if not (isinstance(r, list) and len(r) == 2):
            raise PayloadError("damaged", f"{name} holds a bad range")
        first, last = _int(r[0], name, 1), _int(r[1], name, 1)
        if last < first:
            raise PayloadError("damaged", f"{name} holds a bad range")
        out.append((first, last))
    return out


def _audit_head(value) -> tuple[int, str]:
    """{"id": 0, "hash": GENESIS} for an empty chain; otherwise a positive id and a hex hash."""
    if not isinstance(value, dict) or set(value) != {"id", "hash"}:
        raise PayloadError("damaged", "audit_head")
    digest = value["hash"]
    if not (isinstance(digest, str) and len(digest) == 64 and set(digest) <= _HEX):
        raise PayloadError("damaged", "audit_head hash")
    return _int(value["id"], "audit_head id"), digest


def parse(data: bytes) -> Payload:
    """The payload of an opened package, checked for shape (its authenticity the container
    checked already): contiguous increasing sequence numbers, counts that match, files whose
    bytes hash to their names."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PayloadError("damaged", "not JSON") from exc
    if not isinstance(doc, dict):
        raise PayloadError("damaged", "not an object")
    if doc.get("format") != FORMAT:
        raise PayloadError("format_newer" if isinstance(doc.get("format"), int)
                           and doc["format"] > FORMAT else "damaged", "payload format")
    kind = doc.get("kind")
    if kind not in KINDS:
        raise PayloadError("damaged", "kind")
    unit, schema = doc.get("unit"), doc.get("schema")
    if not isinstance(unit, str) or not unit or not isinstance(schema, str):
        raise PayloadError("damaged", "unit or schema")
    changes = []
    raw = doc.get("changes")
    if not isinstance(raw, list):
        raise PayloadError("damaged", "changes")
    for item in raw:
        if not (isinstance(item, list) and len(item) == 6):
            raise PayloadError("damaged", "a change")
        seq, table, row_id, version, op, row_json = item
        if not (isinstance(table, str) and isinstance(row_id, str) and isinstance(row_json, str)
                and op in ("upsert", "delete")):
            raise PayloadError("damaged", "a change")
        change = Change(_int(seq, "seq", 1), table, row_id, _int(version, "version", 1), op,
                        row_json)
        if changes and change.seq != changes[-1].seq + 1:
            raise PayloadError("damaged", "sequence numbers not contiguous")
        changes.append(change)
    payload = Payload(kind=kind, unit=unit, schema=schema, changes=changes)
    program = doc.get("program", "")
    if not (isinstance(program, str) and len(program) <= MAX_PROGRAM
            and all(c.isalnum() or c in ".+-_" for c in program)):
        raise PayloadError("damaged", "program")
    payload.program = program
    if (doc.get("first_seq"), doc.get("last_seq")) != (payload.first_seq, payload.last_seq) \
            or doc.get("counts") != payload.counts():
        raise PayloadError("damaged", "manifest does not match the changes")
    files = doc.get("files")
    if not isinstance(files, dict):
        raise PayloadError("damaged", "files")
    for sha, text in files.items():
        try:
            content = base64.b64decode(text, validate=True)
        except (ValueError, TypeError) as exc:
            raise PayloadError("damaged", "a file") from exc
        if hashlib.sha256(content).hexdigest() != sha:
            raise PayloadError("damaged", "a file does not match its SHA-256")
        payload.files[sha] = content
    if kind == "changes":
        payload.ack_down = _int(doc.get("ack_down", 0), "ack_down")
        if "audit_head" in doc:
            payload.audit_head = _audit_head(doc["audit_head"])
    else:
        for_unit = doc.get("for_unit")
        if not isinstance(for_unit, str) or not for_unit:
            raise PayloadError("damaged", "for_unit")
        payload.for_unit = for_unit
        payload.applied = _int(doc.get("applied"), "applied")
        payload.held = _ranges(doc.get("held", []), "held")
        payload.missing = _ranges(doc.get("missing", []), "missing")
    return payload
