"""An import killed part-way (the power cut, the process killed) leaves the upper office's
database as it was: the package applies in one transaction or not at all, and importing the
same file again afterwards applies it whole."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.security.keystore import PublicKeys, generate_keys
from desktop.services.demo import create_demo
from desktop.services.office import open_office
from desktop.services.setup import OfficeSetup, create_office
from desktop.services.sync_export import export_changes
from desktop.services.sync_receive import receive_package
from desktop.services.sync_registry import register_unit, set_upper
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]
IMPORT = """
import sys
from desktop.security.keystore import OfficeKeys
from desktop.security.suites import DEFAULT
from desktop.services.office import open_office
from desktop.services.sync_receive import receive_package
db, package, signing, encryption = sys.argv[1:5]
office = open_office(db)
print("start", flush=True)
receive_package(office, OfficeKeys(DEFAULT.name, bytes.fromhex(signing),
                                   bytes.fromhex(encryption)), open(package, "rb").read())
print("done", flush=True)
"""


def count(db, sql):
    office = open_office(db)
    try:
        return office.reader.execute(sql).fetchone()[0]
    finally:
        office.close()


def test_a_killed_import_leaves_the_upper_office_as_it_was(tmp_path):
    unit_keys, upper_keys = generate_keys(), generate_keys()
    unit = create_demo(tmp_path / "unit.sqlite3", cases=150, seed=5, today=TODAY)
    upper_db = tmp_path / "upper.sqlite3"
    upper = create_office(upper_db, OfficeSetup(
        unit_code="320100", unit_name="临江市人民检察院", unit_abbr="临检",
        upper_name="江东省人民检察院", officer_name="李华", officer_username="lihua",
        password="secret1", level="upper"))
    register_unit(upper, PublicKeys.of(unit_keys, unit_code=unit.unit_code,
                                       unit_name=unit.unit_name, role="grassroots"))
    set_upper(unit, PublicKeys.of(upper_keys, unit_code="320100", unit_name="临江市人民检察院",
                                  role="upper"))
    package = export_changes(unit, unit_keys)
    rows_total = package.rows
    unit.close()
    upper.close()
    path = tmp_path / package.file_name
    path.write_bytes(package.data)
    args = [sys.executable, "-c", IMPORT, str(upper_db), str(path),
            upper_keys.signing_private.hex(), upper_keys.encryption_private.hex()]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    killed_mid_way = False
    for delay in (0.1, 0.3, 0.6, 1.0):
        process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, text=True)
        assert process.stdout.readline().strip() == "start"
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed_mid_way = True
        process.wait()
        applied = count(upper_db, "SELECT applied_seq FROM sync_watermarks")
        requests = count(upper_db, "SELECT count(*) FROM arrest_requests "
                                   "WHERE unit_code = '320101'")
        if applied == 0:  # killed before the commit: nothing at all
            assert requests == 0
            assert count(upper_db, "SELECT count(*) FROM sync_applied") == 0
        else:  # it finished first: everything
            assert applied == package.last_seq
            break
    assert killed_mid_way
    assert count(upper_db, "SELECT count(*) FROM sync_log") in (0, 2)
    office = open_office(upper_db)
    try:
        result = receive_package(office, upper_keys, package.data)
        assert result.result in ("applied", "already")
        assert office.reader.execute("SELECT applied_seq FROM sync_watermarks"
                                     ).fetchone()[0] == package.last_seq
        assert office.reader.execute("SELECT count(*) FROM sync_applied").fetchone()[0] \
            == rows_total
    finally:
        office.close()
