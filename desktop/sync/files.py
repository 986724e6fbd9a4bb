"""Files that must never be seen half-written (DESIGN §3): packages on a USB stick first.

`write_atomic` writes a temporary file in the same folder (so the rename cannot cross file
systems), flushes and fsyncs it, renames it over the final name and fsyncs the folder so the
rename itself survives a power cut. The temporary name starts with a dot and ends in ".part":
a half-written file never carries the final name or its suffix, so no importer picks it up.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all; on failure the temporary file is removed and
    the error raised. The new file is readable by its owner only (mkstemp's 0600): what we
    write atomically is confidential."""
    path = Path(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        # Some file systems cannot fsync a folder; the file itself is already whole on disk.
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)
