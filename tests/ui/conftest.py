"""GUI test fixtures: real widgets under the offscreen platform on a real database.

The environment is set before anything imports Qt. One sample database is built per session
(through the real set-up and registration services) and copied for each test, so tests may
change their copy freely.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZHENJIAN_DATA_DIR", tempfile.mkdtemp(prefix="zhenjian-ui-test-"))
os.environ["ZHENJIAN_NO_WARM_UP"] = "1"

import pytest  # noqa: E402

from desktop.ui.pyside_workarounds import collect_in_gui_thread, protect_singletons  # noqa: E402

protect_singletons()
from tests.ui.sample_data import TODAY, create_sample_office  # noqa: E402


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp):
    """As in the program, garbage is collected by the GUI thread only (never by a render
    worker); a test's event loop runs little, so its turn also comes after each test."""
    collector = collect_in_gui_thread()
    yield collector
    collector.check()


@pytest.fixture(scope="session")
def sample_db_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "sample.sqlite3"
    office = create_sample_office(path)
    office.close()
    return path


def copy_database(source, target):
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def sample_db(sample_db_template, tmp_path):
    return copy_database(sample_db_template, tmp_path / "office.sqlite3")


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Each test gets its own settings file."""
    monkeypatch.setenv("ZHENJIAN_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def english(qapp):
    from desktop.ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def chinese(qapp):
    from desktop.ui import i18n

    i18n.install("zh_CN")
    yield
    i18n.install("en")


@pytest.fixture
def opened(sample_db, qapp):
    from desktop.ui.opening import open_database

    result = open_database(sample_db)
    assert result is not None
    yield result
    result.close()


@pytest.fixture
def main_window(opened, qtbot, english):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for dialog in window.open_dialogs():
        dialog.close()
    window.close()
