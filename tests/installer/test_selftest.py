"""`zhenjian --self-test` from source: one line, exit 0; a broken installation (templates
missing) gives one FAILED line naming the step, exit 1; the user's data is never touched.
The same command runs inside the built bundle and the .deb in test_bundle.py."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import selftest
from desktop.store.schema import HEAD

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path, **extra) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), ZHENJIAN_DATA_DIR=str(tmp_path / "data"),
               ZHENJIAN_LOG_DIR=str(tmp_path / "logs"), **extra)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test sets offscreen itself
    return env


def test_self_test_from_the_command_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=tmp_path,
                         env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("self-test ok: zhenjian ")
    assert f"schema {HEAD}" in lines[0] and "deadline 2026-10-08" in lines[0]
    assert "window on offscreen" in lines[0] and lines[0].endswith(" ms")
    assert not (tmp_path / "data").exists()  # nothing in the user's data folder
    log = (tmp_path / "logs" / "zhenjian.log").read_text(encoding="utf-8")
    assert "self-test ok in" in log


def test_a_missing_template_fails_the_document_step(tmp_path, monkeypatch, qapp):
    from desktop.documents import templates

    monkeypatch.setattr(templates, "templates_dir", lambda: tmp_path / "nowhere")
    templates.all_templates.cache_clear()
    lines: list[str] = []
    before = {name: os.environ.get(name) for name in selftest._ISOLATED}
    try:
        assert selftest.run_self_test(lines.append) == 1
    finally:
        templates.all_templates.cache_clear()
    assert lines == ["self-test FAILED: document: template approve_arrest missing (0 found)"]
    assert {name: os.environ.get(name) for name in selftest._ISOLATED} == before  # put back


def test_a_broken_step_reports_the_exception_in_one_line(monkeypatch, qapp):
    def broken():
        raise RuntimeError("holiday data\nunreadable")

    monkeypatch.setattr(selftest, "_deadline", broken)
    lines: list[str] = []
    assert selftest.run_self_test(lines.append) == 1
    assert lines == ["self-test FAILED: deadline: RuntimeError: holiday data unreadable"]


@pytest.mark.parametrize("argv", [["--self-test", "--lang", "en"]])
def test_the_flag_is_in_the_gui_parser(argv):
    from desktop.cli import _gui_parser

    assert _gui_parser().parse_args(argv).self_test is True
