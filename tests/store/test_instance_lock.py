"""A second copy of the program on the same database is refused; the first keeps working."""
import subprocess
import sys
import textwrap

import pytest

from desktop.store.instance_lock import InstanceLock
from desktop.store.sqlite import DatabaseError


def test_second_process_is_refused_while_the_first_holds_the_lock(tmp_path):
    db = tmp_path / "office.sqlite3"
    with InstanceLock(db):
        code = textwrap.dedent(f"""
            from desktop.store.instance_lock import InstanceLock
            from desktop.store.sqlite import DatabaseError
            try:
                InstanceLock({str(db)!r}).acquire()
            except DatabaseError as e:
                print(e.code)
        """)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert out.stdout.strip() == "in_use", out.stderr
    # released: the next copy may open it
    lock = InstanceLock(db)
    lock.acquire()
    lock.release()


def test_lock_is_per_open_file_description(tmp_path):
    db = tmp_path / "office.sqlite3"
    first = InstanceLock(db)
    first.acquire()
    with pytest.raises(DatabaseError) as exc:
        InstanceLock(db).acquire()
    assert "already open" in str(exc.value)
    first.release()
