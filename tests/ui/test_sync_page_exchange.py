"""A package's round trip through the sync pages of two real windows: the unit registers its
upper office's key file and exports to a folder (the USB stick), the upper office registers the
unit's key file and imports the package (its acknowledgement is written next to it), the unit
imports the acknowledgement. Refusals are said on the page and change nothing; keys kept in a
passphrase file are opened after asking for the passphrase."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.services.office_keys import (create_office_keys, export_public_keys,
                                          own_public_keys)
from desktop.services.setup import OfficeSetup, create_office
from desktop.ui.main_window import PAGE_SYNC
from tests.conftest import TODAY


@pytest.fixture
def dialogs(monkeypatch):
    """The page's message boxes and file dialogs, answered as an officer would."""
    said: list[tuple[str, str]] = []
    answers: dict = {"open_file": "", "passphrases": []}
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, title, text, *a: said.append(("info", text)))
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _p, title, text, *a: said.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (answers["open_file"], ""))

    def passphrase(*_a, **_k):
        given = answers["passphrases"]
        return (given.pop(0), True) if given else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", passphrase)
    return said, answers


@pytest.fixture
def upper_window(tmp_path, qtbot, english):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import open_database

    office = create_office(tmp_path / "upper.sqlite3", OfficeSetup(
        unit_code="320100", unit_name="临江市人民检察院", unit_abbr="临检",
        upper_name="江东省人民检察院", upper_code="320000", officer_name="李华",
        officer_username="lihua", password="secret1", level="upper"))
    office.close()
    opened = open_database(tmp_path / "upper.sqlite3")
    window = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    yield window
    window.close()
    opened.close()


def test_a_package_goes_up_and_its_acknowledgement_comes_back_through_the_pages(
        main_window, upper_window, memory_keyring, dialogs, tmp_path):
    said, answers = dialogs
    unit, upper = main_window.opened.office, upper_window.opened.office
    create_office_keys(unit)
    create_office_keys(upper)
    export_public_keys(unit, tmp_path / "unit.zjkey")
    export_public_keys(upper, tmp_path / "upper.zjkey")

    main_window.show_page(PAGE_SYNC)
    upper_window.show_page(PAGE_SYNC)
    unit_page, upper_page = main_window.sync_page, upper_window.sync_page
    answers["open_file"] = str(tmp_path / "upper.zjkey")
    unit_page.register_upper()
    assert "临江市人民检察院 (320100)" in unit_page.peer_label.text()
    answers["open_file"] = str(tmp_path / "unit.zjkey")
    upper_page.register_unit()
    assert upper_page.units.topLevelItemCount() == 1
    assert upper_page.units.topLevelItem(0).text(4) == "nothing received yet"

    pending = unit.reader.execute("SELECT count(*) FROM outbox").fetchone()[0]
    usb = tmp_path / "usb"
    usb.mkdir()
    written = unit_page.export(str(usb))
    assert len(written) == 1 and written[0].exists()
    assert not list(usb.glob(".*"))  # no temporary file left beside it
    assert said[-1] == ("info", f"1 package written to {usb}.")

    result = upper_page.import_file(str(written[0]))
    assert result.result == "applied" and result.watermark == pending
    acks = [p for p in usb.iterdir() if p != written[0]]
    assert len(acks) == 1 and f"Acknowledgement written: {acks[0]}" in said[-1][1]
    requests = "SELECT count(*) FROM arrest_requests WHERE unit_code = '320101'"
    assert upper.reader.execute(requests).fetchone()[0] == \
        unit.reader.execute(requests).fetchone()[0] > 0
    row = upper_page.units.topLevelItem(0)
    assert row.text(2) == str(pending) and row.text(4) == "today"

    back = unit_page.import_file(str(acks[0]))
    assert back.kind == "ack" and back.acked == pending
    assert unit_page.pending_label.text() == \
        "Every change is acknowledged by the upper office."
    assert "Last acknowledgement: " in unit_page.ack_label.text()
    kinds = [unit_page.history.topLevelItem(i).text(1)
             for i in range(unit_page.history.topLevelItemCount())]
    assert kinds == ["Acknowledgement received", "Changes sent"]
    assert unit_page.export(str(usb)) == []  # nothing left to send
    assert said[-1] == ("info", "Nothing to send: every change is acknowledged.")


def test_a_damaged_file_is_refused_on_the_page_and_changes_nothing(
        main_window, memory_keyring, dialogs, tmp_path):
    said, _answers = dialogs
    office = main_window.opened.office
    create_office_keys(office)
    main_window.show_page(PAGE_SYNC)
    page = main_window.sync_page
    before = office.reader.execute("SELECT count(*) FROM sync_log").fetchone()[0]
    damaged = tmp_path / "half-written.zjpkg"
    damaged.write_bytes(b"ZJPKG\x00\x01" + b"\x00" * 40)
    assert page.import_file(str(damaged)) is None
    kind, text = said[-1]
    assert kind == "warning" and text and "Traceback" not in text
    assert office.reader.execute("SELECT count(*) FROM sync_log").fetchone()[0] == before


def test_keys_in_a_passphrase_file_are_opened_after_asking(main_window, no_keyring,
                                                           dialogs, tmp_path):
    """No keyring here (the tests' keyring backend fails): the page asks for the passphrase,
    says when it is wrong, and asks again."""
    said, answers = dialogs
    office = main_window.opened.office
    create_office_keys(office, passphrase="长江黄河 2026 passphrase")
    main_window.show_page(PAGE_SYNC)
    page = main_window.sync_page
    answers["passphrases"] = ["wrong one, long enough", "长江黄河 2026 passphrase"]
    keys = page._keys()
    assert keys is not None
    assert keys.signing_public == own_public_keys(office.reader).signing_public
    assert answers["passphrases"] == []
    assert page._keys() is keys  # asked once per session of the window
    assert not [s for s in said if s[0] == "warning"]


def test_cancelling_the_passphrase_opens_nothing(main_window, no_keyring, dialogs):
    _said, answers = dialogs
    create_office_keys(main_window.opened.office, passphrase="长江黄河 2026 passphrase")
    main_window.show_page(PAGE_SYNC)
    answers["passphrases"] = []
    assert main_window.sync_page._keys() is None
