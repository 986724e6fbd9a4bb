"""The kill loop (断电/强杀测试), shared by tests/store/test_killed_writes.py and
bench/killed_writes.py.

A child process writes through the real services in a loop — registrations, document issues,
a sync import at the upper office and the acknowledgement's import back at the unit, backups —
and reports each write on a pipe only after it returned (committed). The parent kills it with
SIGKILL after a random delay, then checks both databases (integrity_check, foreign_key_check,
the audit chain) and that everything reported is there. The child is forked from a parent
that has already imported the program (Linux: `os.fork`), so a run costs the writes, not the
second of imports a fresh interpreter would; it is still a separate process killed for real.
"""
from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.store.audit import verify_chain

TODAY = date(2026, 11, 23)
PASS = "correct horse"


@dataclass
class World:
    unit_db: Path
    upper_db: Path
    backups: Path
    unit_keys: object
    upper_keys: object
    backup_key: object


def make_world(folder: Path) -> World:
    """A unit and its upper office that know each other's keys, with a backup key."""
    from desktop.security.backup_keys import BackupKeyStore
    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services import backups
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.services.sync_registry import register_unit, set_upper

    unit_keys, upper_keys = generate_keys(), generate_keys()
    unit = create_office(folder / "unit.sqlite3", OfficeSetup(
        unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
        upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
    upper = create_office(folder / "upper.sqlite3", OfficeSetup(
        unit_code="320100", unit_name="临江市人民检察院", unit_abbr="临检",
        upper_name="江东省人民检察院", officer_name="李华", officer_username="lihua",
        password="secret1", level="upper"))
    register_unit(upper, PublicKeys.of(unit_keys, unit_code="320101",
                                       unit_name="青山县人民检察院", role="grassroots"))
    set_upper(unit, PublicKeys.of(upper_keys, unit_code="320100", unit_name="临江市人民检察院",
                                  role="upper"))
    backups.ensure_backup_key(unit, passphrase=PASS)
    key = BackupKeyStore(backups.user_data_dir()).load("320101", passphrase=PASS)
    (folder / "backups").mkdir()
    world = World(unit.db.path, upper.db.path, folder / "backups", unit_keys, upper_keys, key)
    unit.close()
    upper.close()
    return world


def _report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode())  # in the pipe once write() returns: survives a kill


def child_loop(world: World, fd: int, run: int) -> None:
    """Write until killed. "begin <kind>" before a write, "<kind> <id>" after its commit."""
    from desktop.services import arrest_register, backups
    from desktop.services import documents as D
    from desktop.services.office import open_office
    from desktop.services.sync_export import export_changes
    from desktop.services.sync_receive import receive_package
    from tests.conftest import make_registration
    from tests.documents.samples import EXTRAS

    unit, upper = open_office(world.unit_db), open_office(world.upper_db)
    _report(fd, "ready")
    i = run  # each run starts elsewhere in the cycle: a quarter begin with a backup
    while True:
        i += 1
        _report(fd, "begin register")
        request = arrest_register.register_request(
            unit, make_registration(unit, case_no=f"K{run:05d}{i:05d}"), today=TODAY)
        _report(fd, f"register {request}")
        if i % 2 == 0:
            review = unit.reader.execute("SELECT id FROM arrest_reviews WHERE request_id = ?",
                                         (request,)).fetchone()[0]
            draft = D.preview(unit, "approve_arrest", D.Subject("arrest_reviews", review),
                              today=TODAY, extra=EXTRAS["approve_arrest"])
            _report(fd, "begin document")
            doc = D.issue(unit, draft, today=TODAY)
            _report(fd, f"document {doc.id}")
        if i % 3 == 0:
            package = export_changes(unit, world.unit_keys)
            if package is not None:
                _report(fd, "begin import")
                got = receive_package(upper, world.upper_keys, package.data)
                _report(fd, f"import {got.watermark}")
                if got.ack is not None:
                    _report(fd, "begin ack")
                    acked = receive_package(unit, world.unit_keys, got.ack.data)
                    _report(fd, f"ack {acked.acked}")
        if i % 4 == 0:
            _report(fd, "begin backup")
            made = backups.make_backup(unit, world.backups, keep=3)
            _report(fd, f"backup {made.path}")


@dataclass
class Tally:
    runs: int = 0
    faults: list[str] = field(default_factory=list)
    losses: list[str] = field(default_factory=list)
    in_flight: dict[str, int] = field(default_factory=dict)
    reported: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def kill_once(world: World, run: int, delay: float) -> list[str]:
    """Fork a writer, let it write for `delay` seconds, SIGKILL it; its reported lines."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test runner
        os.close(read_end)
        try:
            child_loop(world, write_end, run)
        except BaseException as exc:  # pragma: no cover - reported to the parent
            _report(write_end, f"error {type(exc).__name__}: {exc}")
        finally:
            os._exit(3)
    os.close(write_end)
    data = b""
    deadline = None
    while True:
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([read_end], [], [], timeout if deadline else 30)
        if not ready:
            break
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        data += chunk
        if deadline is None and b"ready\n" in data:
            deadline = time.monotonic() + delay
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    return data.decode().splitlines()


def check_database(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else problems
        problems += [f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]
        problems += [f"audit: {f.message}" for f in verify_chain(conn)[1]]
        return problems
    finally:
        conn.close()


def check_reported(world: World, lines: list[str]) -> list[str]:
    """Every write the child reported committed is there."""
    from desktop.store.backup import decrypt_to

    losses = []
    unit = sqlite3.connect(str(world.unit_db))
    upper = sqlite3.connect(str(world.upper_db))
    try:
        for line in lines:
            kind, _, value = line.partition(" ")
            if kind == "register" and not unit.execute(
                    "SELECT 1 FROM arrest_requests WHERE id = ?", (value,)).fetchone():
                losses.append(line)
            elif kind == "document" and not unit.execute(
                    "SELECT 1 FROM issued_documents WHERE id = ?", (value,)).fetchone():
                losses.append(line)
            elif kind == "import":
                mark = upper.execute("SELECT applied_seq FROM sync_watermarks WHERE "
                                     "peer_unit = '320101'").fetchone()
                if mark is None or mark[0] < int(value):
                    losses.append(line)
            elif kind == "ack":
                mark = unit.execute("SELECT max(acked_seq) FROM sync_watermarks").fetchone()
                if (mark[0] or 0) < int(value):
                    losses.append(line)
            elif kind == "backup":
                path = Path(value)
                if path.exists():  # (a later backup of the run may have pruned it)
                    from desktop.security.suites import get_suite
                    from desktop.services.backups import _AAD

                    suite = get_suite(world.backup_key.suite)
                    out = path.with_suffix(".check")
                    try:
                        decrypt_to(path, out, lambda w, c: suite.open(
                            world.backup_key.private, w, _AAD + c))
                    except Exception as exc:
                        losses.append(f"{line}: {exc}")
                    finally:
                        out.unlink(missing_ok=True)
            elif kind == "error":
                losses.append(line)
    finally:
        unit.close()
        upper.close()
    half = [p.name for p in world.backups.glob("*.zjbak")
            if not _whole(p)]
    return losses + [f"half-written backup {n}" for n in half]


def _whole(path: Path) -> bool:
    from desktop.store.backup import read_header

    try:
        read_header(path)
        return True
    except Exception:
        return False


def kill_loop(world: World, runs: int, *, seed: int = 6, max_delay: float = 0.6) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    started = time.monotonic()
    kept: list[str] = []  # every record reported so far: checked again after each kill
    for run in range(runs):
        lines = kill_once(world, run, rng.uniform(0.0, max_delay))
        kept += [line for line in lines if line.startswith(("register ", "document "))]
        tally.runs += 1
        begun = [line.split()[1] for line in lines if line.startswith("begin ")]
        done = [line.split()[0] for line in lines if line.split()[0] in
                ("register", "document", "import", "ack", "backup")]
        if begun and len(begun) > len(done):  # the last begun write was cut
            tally.in_flight[begun[-1]] = tally.in_flight.get(begun[-1], 0) + 1
        for kind in done:
            tally.reported[kind] = tally.reported.get(kind, 0) + 1
        for db in (world.unit_db, world.upper_db):
            tally.faults += [f"run {run} {db.name}: {p}" for p in check_database(db)]
        fresh = [line for line in lines if not line.startswith(("register ", "document "))]
        tally.losses += [f"run {run}: {x}" for x in check_reported(world, kept + fresh)]
    tally.seconds = time.monotonic() - started
    return tally
