"""One running program per database file: a second copy gets a clear refusal instead of two
windows editing the same records. The lock is an OS file lock, so it vanishes with the
process, even after a crash or a power cut."""
from __future__ import annotations

import os
from pathlib import Path

from desktop.store.sqlite import DatabaseError


class InstanceLock:
    def __init__(self, db_path: Path | str):
        self.path = Path(str(db_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DatabaseError("in_use", f"{self.path.with_suffix('')} is already open in another "
                                "copy of Zhenjian Desk", path=str(self.path)) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *exc):
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on the Windows build
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
