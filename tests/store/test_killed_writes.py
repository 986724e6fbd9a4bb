"""A process killed (SIGKILL) at random moments while it registers, issues documents, imports
sync packages and writes backups loses nothing it reported committed, and leaves both
databases whole: integrity_check, foreign_key_check and the audit chain after every kill."""
import sys

import pytest

from tests.store.killed_writes import kill_loop, make_world

RUNS = 60


@pytest.mark.skipif(sys.platform == "win32", reason="os.fork: the kill loop runs on Linux CI")
def test_killed_writes_lose_nothing_committed(tmp_path, no_keyring, capsys):
    world = make_world(tmp_path)
    tally = kill_loop(world, RUNS)
    with capsys.disabled():
        print(f"\nkill loop: {tally.runs} runs in {tally.seconds:.1f} s, faults "
              f"{len(tally.faults)}, losses {len(tally.losses)}; cut while writing "
              f"{tally.in_flight}; committed and reported {tally.reported}")
    assert tally.faults == []
    assert tally.losses == []
    assert tally.runs == RUNS
    # the kills landed inside writes, not only between them
    assert sum(tally.in_flight.values()) >= RUNS // 2, tally.in_flight
    assert tally.reported.get("register", 0) > RUNS
    assert {"document", "import", "backup"} <= set(tally.reported)
    # what killed backups left behind (a plain copy, half an encrypted file) goes with the next
    from desktop.services import backups
    from desktop.services.office import open_office

    office = open_office(world.unit_db)
    try:
        backups.make_backup(office, world.backups, keep=3)
    finally:
        office.close()
    assert [p.name for p in tmp_path.glob(".*")] == []
    assert [p.name for p in world.backups.glob(".*")] == []
    assert len(list(world.backups.glob("*.zjbak"))) == 3
