"""A real PostgreSQL server for the upper office's tests: one private, throw-away cluster per
test session on 127.0.0.1 (initdb + pg_ctl, fsync off: about a second to start), and a fresh
database in it for every test. No server binaries is a failure, never a skip: the upper
office's database must be tested on the real thing (scripts/system-deps.sh test installs it)."""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

SUPERUSER = "postgres"


def _server_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]))
    if not found:
        pytest.fail("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb): "
                    "install them with `scripts/system-deps.sh test` (Debian package "
                    "`postgresql`); the upper office's tests need a real server", pytrace=False)
    return Path(found[-1]).parent


def _as_server_user() -> list[str]:
    """initdb refuses to run as root: as root, run the server as the `postgres` account."""
    if os.geteuid() != 0:
        return []
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail("running as root and there is no `postgres` account to run the test "
                    "server as (the Debian package `postgresql` creates it)", pytrace=False)
    return ["runuser", "-u", "postgres", "--"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"{what} failed ({done.returncode}): {done.stderr or done.stdout}",
                    pytrace=False)


class PgCluster:
    def __init__(self, port: int):
        self.port = port

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def admin(self):
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                               dbname="postgres", autocommit=True)

    def create_database(self, template: str = "template0") -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_cluster():
    bin_dir = _server_bin()
    runas = _as_server_user()
    root = Path(tempfile.mkdtemp(prefix="zhenjian-pg-"))
    data = root / "data"
    if runas:
        shutil.chown(root, "postgres", "postgres")
    _run([*runas, str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
          "-E", "UTF8", "--locale=C", "--no-sync"], "initdb")
    cluster = None
    for _attempt in range(3):  # the free port may be taken between the probe and the start
        port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -c port={port} "
                   f"-c unix_socket_directories={root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off")
        done = subprocess.run([*runas, str(bin_dir / "pg_ctl"), "-D", str(data), "-w",
                               "-t", "30", "-l", str(root / "server.log"), "-o", options,
                               "start"], capture_output=True, text=True)
        if done.returncode == 0:
            cluster = PgCluster(port)
            break
    if cluster is None:
        log = (root / "server.log").read_text(errors="replace")[-2000:]
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"the test PostgreSQL server did not start: {log}", pytrace=False)
    try:
        yield cluster
    finally:
        subprocess.run([*runas, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_cluster):
    """A SQLAlchemy URL of a new, empty database that only this test uses."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def pg_office_template(pg_cluster):
    """A database holding a new office, made once (migrating takes about a second) and copied
    for every test that needs an office; tests/pg/test_write_path.py also makes one anew."""
    from desktop.services.setup import OfficeSetup, create_office

    name = pg_cluster.create_database()
    office = create_office(pg_cluster.url(name), OfficeSetup(
        unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
        upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
    office.close()  # a template database must have no connections when it is copied
    return name


@pytest.fixture
def pg_office(pg_cluster, pg_office_template):
    """An office whose database is PostgreSQL: a fresh copy of the template office."""
    from desktop.services.office import open_office

    name = pg_cluster.create_database(template=pg_office_template)
    office = open_office(pg_cluster.url(name))
    yield office
    office.close()
    pg_cluster.drop_database(name)
