"""One version, from pyproject.toml: read from it in a checkout, from the VERSION file the
spec writes into a bundle, never guessed."""
from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import desktop
from desktop import program_version

ROOT = Path(__file__).resolve().parents[2]


def _pyproject_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]


def test_a_checkout_reads_pyproject():
    program_version.version.cache_clear()
    assert desktop.version() == _pyproject_version()


def test_a_bundle_reads_the_version_file_its_build_wrote(tmp_path, monkeypatch):
    (tmp_path / "VERSION").write_text("9.8.7\n", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    program_version.version.cache_clear()
    try:
        assert desktop.version() == "9.8.7"
        (tmp_path / "VERSION").unlink()
        program_version.version.cache_clear()
        assert desktop.version() == program_version.UNKNOWN
    finally:
        monkeypatch.undo()
        program_version.version.cache_clear()


def test_another_projects_pyproject_is_not_ours(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "5.0"\n')
    assert program_version.read_pyproject_version(tmp_path / "pyproject.toml") is None
    assert program_version.read_pyproject_version(ROOT / "pyproject.toml") == \
        _pyproject_version()

