"""Atomic files: the final name only ever holds a whole file; a failure part-way leaves neither
the final file nor the temporary one behind (a half-written package on a USB stick must be
impossible to take for a whole one)."""
from __future__ import annotations

import os
import stat

import pytest

from desktop.sync.files import write_atomic


def test_the_file_appears_whole_and_replaces_an_old_one(tmp_path):
    target = tmp_path / "320101-to-320100-changes-000001-000002-20261123T081500Z.zjpkg"
    write_atomic(target, b"first")
    write_atomic(target, b"x" * 1_000_000)
    assert target.read_bytes() == b"x" * 1_000_000
    assert os.listdir(tmp_path) == [target.name]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # confidential by default


def test_a_failing_fsync_leaves_no_file_at_all(tmp_path, monkeypatch):
    def disk_gone(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_gone)
    with pytest.raises(OSError):
        write_atomic(tmp_path / "p.zjpkg", b"rows")
    assert os.listdir(tmp_path) == []


def test_a_failing_fsync_keeps_the_previous_whole_file(tmp_path, monkeypatch):
    target = tmp_path / "p.zjpkg"
    write_atomic(target, b"old whole package")
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(OSError):
        write_atomic(target, b"new package")
    assert target.read_bytes() == b"old whole package"
    assert os.listdir(tmp_path) == ["p.zjpkg"]


def test_a_full_disk_mid_write_leaves_no_file(tmp_path, monkeypatch):
    # A real write that fails: the file object's write raises ENOSPC part-way.
    import io

    real_write = io.BufferedWriter.write

    class FullDisk(io.BufferedWriter):
        def write(self, data):
            real_write(self, data[:10])
            raise OSError(28, "No space left on device")

    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen",
                        lambda fd, mode: FullDisk(real_fdopen(fd, mode, buffering=0)))
    with pytest.raises(OSError) as caught:
        write_atomic(tmp_path / "p.zjpkg", b"y" * 100_000)
    assert caught.value.errno == 28
    assert os.listdir(tmp_path) == []

