"""A second copy of the program on the same database file, as a real second process: the
window's opening path refuses it with the clear message, and the first copy keeps working."""
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECOND = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QMessageBox
    from desktop.ui import i18n
    app = QApplication([])
    i18n.install("en")
    QMessageBox.critical = staticmethod(lambda parent, title, text: print(text, flush=True))
    from desktop.ui.opening import open_database
    print("opened" if open_database(sys.argv[1]) is not None else "refused", flush=True)
""")


def test_a_second_program_on_the_same_file_is_refused(opened, sample_db):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", SECOND, str(sample_db)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines()[-1] == "refused", out.stderr
    assert "already open in another copy of Zhenjian Desk" in out.stdout
    assert str(sample_db) in out.stdout
    # the first copy still reads and writes
    from desktop.services import arrest_register
    from tests.conftest import make_registration
    from tests.ui.sample_data import TODAY

    office = opened.office
    before = office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0]
    arrest_register.register_request(office, make_registration(
        office, case_no="A3201012026118888", id_number="11010519491231002X", name="王小明"),
        today=TODAY)
    assert office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] \
        == before + 1
    # once the first copy lets go, the second one opens it
    opened.lock.release()
    out = subprocess.run([sys.executable, "-c", SECOND, str(sample_db)], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.splitlines()[-1] == "opened", out.stderr
    opened.lock.acquire()
