"""The register dialog (受理提请批准逮捕): keyboard-only entry and its key count, messages at the
field for bad input with nothing saved, live ID-number and deadline display, the charge picker.

Typed data goes in with QTest.keyClicks (ASCII) or, for Chinese, as the commit string of an input
method event — what an IME delivers. Every other key goes through `Keys.press`, which counts it
and delivers it where Qt would (the open completion list, else the focus widget)."""
from __future__ import annotations

import os

if __name__ != "__main__":  # run as a program, it takes screenshots on the real display
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.domain.arrest_review import review_deadline
from desktop.domain.idnumber import id_check_char

TODAY = date(2026, 11, 20)  # a Friday
ROOT = Path(__file__).resolve().parents[2]
MY_CONTEXTS = ("RegisterRequestDialog", "IntakeSection", "SuspectRow", "ChargePicker", "DateField",
               "FieldMessages")


def id_number(region: str, birth: str, seq: str) -> str:
    first17 = region + birth + seq
    return first17 + id_check_char(first17)


ADULT_ID = id_number("330102", "19900307", "123")  # male, 36
JUVENILE_ID = id_number("330102", "20100501", "002")  # female, 16
ELDERLY_ID = id_number("330102", "19490101", "011")  # male, 77
BAD_CHECK_ID = ADULT_ID[:-1] + ("0" if ADULT_ID[-1] != "0" else "1")


# -- fixtures ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def template_db(tmp_path_factory):
    from desktop.services.setup import OfficeSetup, create_office

    path = tmp_path_factory.mktemp("template") / "zhenjian.sqlite3"
    office = create_office(path, OfficeSetup(
        unit_code="330102001", unit_name="某某县人民检察院", unit_abbr="某检",
        upper_name="某某市人民检察院", officer_name="李检察官", password="secret-123"))
    office.close()
    return path


@pytest.fixture
def office(template_db, tmp_path):
    from desktop.services.office import open_office

    path = tmp_path / "zhenjian.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(template_db) + suffix)
        if source.exists():
            shutil.copy(source, str(path) + suffix)
    office = open_office(path)
    yield office
    office.close()


@pytest.fixture
def dialog(qtbot, office):
    from desktop.ui.register_dialog import RegisterRequestDialog

    dlg = RegisterRequestDialog(office, today=TODAY)
    # qtbot closes the dialog at teardown: that must not wait for a "discard?" answer.
    dlg._confirm_discard = lambda: True
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    return dlg


class Keys:
    """Presses keys where Qt would deliver them and counts them: Tab, Enter, shortcuts, picks."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.pressed: list[str] = []

    @staticmethod
    def target():
        return QApplication.activePopupWidget() or QApplication.focusWidget()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier, name: str = ""):
        self.qtbot.keyClick(self.target(), key, modifier)
        self.pressed.append(name or getattr(key, "name", str(key)).removeprefix("Key_"))

    @property
    def count(self) -> int:
        return len(self.pressed)


def type_text(text: str) -> None:
    """Data, not counted: ASCII as key clicks, Chinese as an input method's commit."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        widget = QApplication.focusWidget()
        if run.isascii():
            QTest.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def counts(office) -> dict[str, int]:
    return {t: office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("arrest_requests", "arrest_reviews", "persons", "request_index",
                      "audit_log", "outbox")}


# -- the typical request, from the keyboard alone ---------------------------------------------
def test_typical_request_keyboard_only(dialog, office, qtbot):
    keys = Keys(qtbot)
    assert QApplication.focusWidget() is dialog.case_no_edit
    type_text("A3301020500002026110087")
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.request_no_edit
    type_text("某公（刑）提捕字〔2026〕88号")
    keys.press(Qt.Key.Key_Tab)
    row = dialog.rows[0]
    assert QApplication.focusWidget() is row.name_edit
    type_text("王某某")
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.id_edit
    type_text(ADULT_ID)
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.since_field.edit
    type_text("1117")
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.charge_picker.edit
    type_text("盗窃")
    keys.press(Qt.Key.Key_Return, name="Enter (pick)")
    assert dialog.charge_picker.names() == ["盗窃罪"]
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier, name="Ctrl+Enter")

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.request_id
    print(f"\nTypical request: {keys.count} keys beyond the typed data: {', '.join(keys.pressed)}")
    assert keys.count <= 12

    reader = office.reader
    req = reader.execute("SELECT police_case_no, request_no, received_date, charge_codes, "
                         "officer_id FROM arrest_requests WHERE id = ?",
                         (dialog.request_id,)).fetchone()
    theft = reader.execute("SELECT code FROM charges WHERE name = '盗窃罪'").fetchone()[0]
    assert tuple(req[:4]) == ("A3301020500002026110087", "某公（刑）提捕字〔2026〕88号",
                       TODAY.isoformat(), theft)
    assert req[4] == office.user_id
    due = review_deadline(TODAY, detained=True, major_complex=False)[1].due
    assert due == date(2026, 11, 27)
    review = reader.execute("SELECT detained, detained_since, due_date, limit_code FROM "
                            "arrest_reviews WHERE request_id = ?", (dialog.request_id,)).fetchall()
    assert [tuple(r) for r in review] == [(1, "2026-11-17", due.isoformat(), "detained_7")]
    index = reader.execute("SELECT suspects, charges, due_date FROM request_index WHERE "
                           "request_id = ?", (dialog.request_id,)).fetchone()
    assert tuple(index) == ("王某某", "盗窃罪", due.isoformat())


def test_tab_order_first_pass_then_defaults(dialog, qtbot):
    dialog.add_suspect()
    dialog.case_no_edit.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(len(dialog.focus_chain()) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    r1, r2 = dialog.rows
    assert seen[:9] == [dialog.case_no_edit, dialog.request_no_edit, r1.name_edit, r1.id_edit,
                        r1.since_field.edit, r2.name_edit, r2.id_edit, r2.since_field.edit,
                        dialog.charge_picker.edit]
    assert seen == dialog.focus_chain()
    assert r1.detained_check in seen[9:] and dialog.agency_combo in seen[9:]


def test_enter_moves_on_and_never_saves(dialog, office, qtbot):
    before = counts(office)
    type_text("X1")
    qtbot.keyClick(dialog.case_no_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.request_no_edit
    assert dialog.isVisible() and dialog.request_id is None
    assert counts(office) == before


def test_alt_mnemonics_jump_to_fields(dialog, qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.charge_picker.edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.agency_combo
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.rows[0].detained_check


def test_registered_from_the_main_window_and_found_in_the_list(main_window, qtbot):
    """Through the real window (conftest's sample office): New request, type, Ctrl+Enter; the
    list shows the request with the due date the domain computes."""
    from PySide6.QtCore import QTimer

    from desktop.ui.main_window import PAGE_LIST
    from desktop.ui.models.arrest_table_model import COL_CASE_NO, COL_DUE
    from tests.ui.sample_data import TODAY as WINDOW_TODAY

    problems = []

    def drive():
        dlg = QApplication.activeModalWidget()
        try:
            qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.case_no_edit, timeout=2000)
            keys = Keys(qtbot)
            for text in ("E2E-2026-0001", "某公（刑）提捕字〔2026〕99号", "周某", ADULT_ID, "1121"):
                type_text(text)
                keys.press(Qt.Key.Key_Tab)
            type_text("盗窃")
            keys.press(Qt.Key.Key_Return)
            keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            if dlg.isVisible():
                problems.append([b.message.text() for b in dlg.field_boxes().values()
                                 if b.has_error()] + [dlg.suspects_message.text()])
        except Exception as exc:  # noqa: BLE001 - reported after exec() returns
            problems.append(repr(exc))
        finally:
            if dlg.isVisible():
                dlg._dirty = False
                dlg.reject()

    QTimer.singleShot(0, drive)
    main_window.actions.new_request.trigger()
    assert problems == []
    main_window.show_page(PAGE_LIST)
    model = main_window.arrest_list.model
    qtbot.waitUntil(lambda: "E2E-2026-0001" in [model.index(r, COL_CASE_NO).data()
                                                 for r in range(model.rowCount())])
    row = [model.index(r, COL_CASE_NO).data() for r in range(model.rowCount())].index(
        "E2E-2026-0001")
    due = review_deadline(WINDOW_TODAY, detained=True, major_complex=False)[1].due
    assert model.index(row, COL_DUE).data().startswith(due.isoformat())


# -- refusals: a message at the field, nothing saved ------------------------------------------
def fill_minimal(dialog, *, id_text=ADULT_ID, since="1117"):
    row = dialog.rows[-1]
    dialog.case_no_edit.setFocus()
    type_text("A0001")
    row.name_edit.setFocus()
    type_text("赵某")
    row.id_edit.setFocus()
    type_text(id_text)
    row.since_field.edit.setFocus()
    type_text(since)
    dialog.charge_picker.edit.setFocus()
    type_text("故意伤害")
    QTest.keyClick(dialog.charge_picker.edit, Qt.Key.Key_Return)
    assert dialog.charge_picker.names() == ["故意伤害罪"]


def test_wrong_check_digit_refused_at_the_field(dialog, office, qtbot):
    before = counts(office)
    fill_minimal(dialog, id_text=BAD_CHECK_ID)
    row = dialog.rows[0]
    # Shown as soon as all 18 characters are typed, before saving.
    assert row.id_box.has_error() and "check digit" in row.id_box.message.text()
    assert row.id_edit.property("invalid")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.request_id is None
    assert row.id_box.has_error()
    assert QApplication.focusWidget() is row.id_edit
    assert counts(office) == before


@pytest.mark.parametrize("text,expected,live", [
    ("33010219900307", "this one has 14", False),  # too short: said when leaving the field
    ("3301021990O307123X", "Only digits", True),  # a letter O: said at once
    ("330102" + "19900230" + "1234", "not a real date", True),
    (id_number("330102", "20270101", "123"), "later than today", True),
])
def test_each_id_number_problem_is_said_at_the_field(dialog, qtbot, text, expected, live):
    row = dialog.rows[0]
    row.id_edit.setFocus()
    type_text(text)
    assert row.id_box.has_error() == live
    qtbot.keyClick(row.id_edit, Qt.Key.Key_Tab)
    assert expected in row.id_box.message.text() and row.id_info.text() == ""


def test_impossible_date_flagged_at_once_and_refused(dialog, office, qtbot):
    before = counts(office)
    fill_minimal(dialog, since="")
    row = dialog.rows[0]
    row.since_field.edit.setFocus()
    type_text("2026-02-3")
    assert not row.since_box.has_error()  # could still become 2026-02-30... or 2026-02-03
    type_text("0")
    assert row.since_box.has_error(), "flagged while still in the field"
    assert "2026-02-30" in row.since_box.message.text()
    assert row.since_field.date() is None
    dialog.received_date.edit.setFocus()
    dialog.received_date.edit.selectAll()
    type_text("20261131")
    assert dialog.received_box.has_error()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and counts(office) == before
    assert row.since_box.has_error() and dialog.received_box.has_error()
    assert QApplication.focusWidget() is row.since_field.edit  # the first bad field in Tab order


def test_detained_after_received_refused_by_the_service(dialog, office, qtbot):
    before = counts(office)
    fill_minimal(dialog, since="11-19")
    dialog.received_date.set_date(date(2026, 11, 18))
    dialog.request_date.set_date(date(2026, 11, 17))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    row = dialog.rows[0]
    assert dialog.isVisible() and dialog.request_id is None
    assert row.since_box.message.text() == "Detention cannot start after the request was received"
    assert QApplication.focusWidget() is row.since_field.edit
    assert counts(office) == before
    # Editing the field clears its message; a good date then saves.
    row.since_field.edit.selectAll()
    type_text("11.16")
    assert not row.since_box.has_error()
    dialog.save()
    assert dialog.request_id and counts(office)["arrest_requests"] == before["arrest_requests"] + 1


def test_missing_fields_each_get_their_message(dialog, office, qtbot):
    before = counts(office)
    dialog.agency_combo.setEditText("不存在的派出所")
    dialog.save()
    assert dialog.case_no_box.message.text() == "Enter the police case number"
    assert dialog.rows[0].name_box.message.text() == "Enter the suspect's name"
    assert dialog.rows[0].since_box.message.text() == "Enter the date of detention"
    assert dialog.charges_box.message.text() == "Pick at least one charge"
    assert "不存在的派出所" in dialog.agency_box.message.text()
    assert QApplication.focusWidget() is dialog.case_no_edit
    assert counts(office) == before


# -- several suspects and charges; ages -------------------------------------------------------
def test_two_suspects_two_charges_and_juvenile_marked(dialog, office, qtbot):
    keys = Keys(qtbot)
    fill_minimal(dialog)
    dialog.charge_picker.edit.setFocus()
    type_text("抢劫")
    keys.press(Qt.Key.Key_Tab, name="Tab (pick)")
    assert dialog.charge_picker.names() == ["故意伤害罪", "抢劫罪"]
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.rows) == 2
    second = dialog.rows[1]
    assert QApplication.focusWidget() is second.name_edit
    type_text("钱某")
    keys.press(Qt.Key.Key_Tab)
    type_text(JUVENILE_ID)
    assert second.is_juvenile_shown()
    assert "female" in second.id_info.text() and "age 16" in second.id_info.text()
    assert not dialog.rows[0].is_juvenile_shown()
    second.detained_check.setChecked(False)
    assert "15 days" in second.deadline.text()
    keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.request_id
    rows = office.reader.execute(
        "SELECT p.name, v.juvenile, v.detained, v.due_date FROM arrest_reviews v JOIN persons p "
        "ON p.id = v.person_id WHERE v.request_id = ? ORDER BY v.position",
        (dialog.request_id,)).fetchall()
    rows = [tuple(r) for r in rows]
    free_due = review_deadline(TODAY, detained=False, major_complex=False)[1]
    assert free_due.extended  # 2026-12-05 is a Saturday
    assert rows == [("赵某", 0, 1, "2026-11-27"), ("钱某", 1, 0, free_due.due.isoformat())]
    charges = office.reader.execute("SELECT charge_codes FROM arrest_requests WHERE id = ?",
                                    (dialog.request_id,)).fetchone()[0]
    assert len(charges.split(",")) == 2


def test_alt_a_adds_a_suspect_and_ages_follow_detention(dialog, qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2)  # a mnemonic "animates" the click
    assert QApplication.focusWidget() is dialog.rows[1].name_edit
    row = dialog.rows[0]
    row.id_edit.setFocus()
    type_text(ELDERLY_ID)
    assert "Aged 75 or over" in row.id_info.text() and "age 77" in row.id_info.text()
    row.since_field.edit.setFocus()
    type_text("2026-11-16")
    assert "77 when detained" in row.id_info.text()


def test_deadline_follows_the_fields(dialog):
    row = dialog.rows[0]
    assert "2026-11-27" in row.deadline.text() and "custody period" in row.deadline.text()
    assert "Art. 91" in row.deadline.toolTip()
    row.detained_check.setChecked(False)
    assert "2026-12-07" in row.deadline.text() and "extended" in row.deadline.text()
    dialog.major_check.setChecked(True)
    assert "20 days" in row.deadline.text() and "2026-12-10" in row.deadline.text()
    dialog.received_date.set_date(date(2026, 12, 28))
    assert "No holiday data for 2027" in row.deadline.text()


def test_many_suspects_scroll_and_stay_reachable(dialog, qtbot):
    for _ in range(7):
        dialog.add_suspect()
    last = dialog.rows[-1]
    assert QApplication.focusWidget() is last.name_edit
    qtbot.wait(20)
    assert dialog.height() < 900  # fits the screen: the rows scroll
    assert last.name_edit.visibleRegion().boundingRect().height() > 0  # scrolled into view
    assert dialog.focus_chain().index(last.since_field.edit) < dialog.focus_chain().index(
        dialog.charge_picker.edit)


def test_ctrl_enter_with_the_list_open_picks_and_saves(dialog, office, qtbot):
    fill_minimal(dialog)
    dialog.charge_picker.edit.setFocus()
    type_text("抢劫")
    popup = dialog.charge_picker.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.request_id, dialog.charges_box.message.text()
    assert dialog.charge_picker.names() == ["故意伤害罪", "抢劫罪"]


def test_enter_in_the_agency_field_moves_on(dialog, qtbot):
    dialog.agency_combo.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.request_date.edit


def test_remove_suspect(dialog, qtbot):
    dialog.add_suspect()
    dialog.rows[1].name_edit.setFocus()
    type_text("孙某")
    dialog.rows[0].remove_button.click()
    assert len(dialog.rows) == 1 and dialog.rows[0].name_edit.text() == "孙某"
    assert dialog.rows[0].title.text() == "Suspect 1"
    assert not dialog.rows[0].remove_button.isEnabled()


# -- the charge picker ------------------------------------------------------------------------
def test_charge_picker_finds_names(dialog, qtbot):
    picker = dialog.charge_picker
    picker.edit.setFocus()
    type_text("盗窃")
    popup = picker.completer.popup()
    assert popup.isVisible()
    shown = [picker.completer.completionModel().index(r, 0).data()
             for r in range(picker.completer.completionCount())]
    assert any(s.startswith("盗窃罪") for s in shown) and len(shown) > 1
    assert popup.currentIndex().data().startswith("盗窃罪")  # the best match is highlighted
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert len(picker.codes()) == 1 and picker.names() != ["盗窃罪"]
    picker.edit.setFocus()
    type_text("帐簿")  # the catalogue writes 账簿
    shown = [picker.completer.completionModel().index(r, 0).data()
             for r in range(picker.completer.completionCount())]
    assert shown and all("账簿" in s for s in shown)
    assert any("会计账簿" in s for s in shown)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_Return)
    assert "会计账簿" in picker.names()[-1]
    assert picker.matches("吸收客户资金不入帐") and not picker.matches("没有这个罪")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Backspace)  # empty field: removes the last chip
    assert len(picker.codes()) == 1
    type_text("没有这个罪")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert "No charge name contains" in dialog.charges_box.message.text()
    assert len(picker.codes()) == 1
    picker.edit.clear()
    type_text("诈骗")  # picked with the mouse
    popup = picker.completer.popup()
    index = picker.completer.completionModel().index(1, 0)
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.visualRect(index).center())
    assert picker.names()[-1] == index.data().split()[0] and not popup.isVisible()
    assert not dialog.charges_box.has_error() and picker.edit.text() == ""


def test_unpicked_charge_text_is_not_dropped(dialog, office):
    fill_minimal(dialog)
    dialog.charge_picker.edit.setFocus()
    type_text("诈骗")
    dialog.charge_picker.completer.popup().hide()
    before = counts(office)
    dialog.save()
    assert "诈骗" in dialog.charges_box.message.text() and counts(office) == before


# -- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["2026-11-20", "2026.11.20", "2026/11/20", "20261120",
                                  "2026年11月20日", "11-20", "11.20", "1120", "11月20日",
                                  "２０２６－１１－２０", " 2026-11-20 "])
def test_date_forms(text):
    from desktop.ui.date_field import parse_date_text

    assert parse_date_text(text, today=TODAY) == date(2026, 11, 20)


@pytest.mark.parametrize("text,code", [("2026-02-30", "impossible"), ("0230", "impossible"),
                                       ("20261301", "impossible"), ("tomorrow", "format"),
                                       ("2026-11", "format"), ("", "empty")])
def test_bad_dates(text, code):
    from desktop.ui.date_field import DateTextError, parse_date_text

    with pytest.raises(DateTextError) as info:
        parse_date_text(text, today=TODAY)
    assert info.value.code == code


def test_date_field_shows_weekday_and_normalises(dialog, qtbot):
    field = dialog.received_date
    field.edit.setFocus()
    field.edit.selectAll()
    type_text("1119")
    assert field.shown.text() == "2026-11-19 Thursday"
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    assert field.edit.text() == "2026-11-19"


# -- cancelling -------------------------------------------------------------------------------
def test_escape_closes_an_untouched_dialog(dialog, qtbot):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_escape_asks_before_discarding_typed_data(dialog, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(dialog, "_confirm_discard", lambda: asked.append(1) or False)
    type_text("A1")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(dialog, "_confirm_discard", lambda: True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_importing_the_dialog_does_not_load_sqlalchemy():
    """The main window imports the dialog on demand, but it must stay cheap: the write path
    (SQLAlchemy) loads only when Save is pressed."""
    import subprocess
    import sys

    code = ("import sys, desktop.ui.register_dialog; "
            "print('sqlalchemy' in sys.modules, 'desktop.services.arrest_register' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert out.stdout.split() == ["False", "False"]


# -- messages and translations ----------------------------------------------------------------
def test_every_service_error_code_has_a_message():
    from desktop.ui.field_messages import message_for

    source = (ROOT / "desktop/services/arrest_register.py").read_text(encoding="utf-8")
    pairs = re.findall(r'_err\(errors, f?"([^"]+)", f?"([^"]+)"', source)
    assert len(pairs) >= 10
    from desktop.domain.idnumber import ERROR_CODES
    pairs += [("suspects[0].id_number", f"id_number.{c}") for c in ERROR_CODES]
    for field, code in pairs:
        if "{" in code:  # f"id_number.{exc.code}": covered by ERROR_CODES above
            continue
        field = field.replace("{prefix}", "suspects[0]")
        assert message_for(field, code, {"code": "C1"}, fallback="FALLBACK") != "FALLBACK", code


def test_chinese_texts_and_live_language_switch(dialog, qtbot):
    from desktop.ui import i18n

    row = dialog.rows[0]
    row.id_edit.setFocus()
    type_text(JUVENILE_ID)
    try:
        i18n.install("zh_CN")
        qtbot.waitUntil(lambda: dialog.case_no_label.text() == "公安机关案件编号(&C)")
        assert dialog.windowTitle() == "受理提请批准逮捕"
        assert row.deadline.text().startswith("届满日期 <b>2026-11-27</b> 星期五（7日，羁押期间不顺延）")
        assert "第九十一条" in row.deadline.toolTip()
        assert "未成年" in row.id_info.text() and "16周岁" in row.id_info.text()
        dialog.save()
        assert dialog.case_no_box.message.text() == "请填写公安机关案件编号"
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: dialog.case_no_label.text() == "Police &case no.")


def _ts_messages():
    ts = ROOT / "resources/translations/zhenjian_zh_CN.ts"
    if not ts.exists():
        pytest.skip("no zh_CN catalogue yet")
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        if name in MY_CONTEXTS:
            for message in context.iter("message"):
                yield name, message


def test_chinese_catalogue_is_complete_for_the_dialog():
    seen = set()
    for context, message in _ts_messages():
        seen.add(context)
        translation = message.find("translation")
        source = message.findtext("source")
        assert translation is not None and translation.text, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        if "&" in source and "&&" not in source:
            assert re.search(r"\(&[A-Z]\)", translation.text), (source, translation.text)
        for placeholder in re.findall(r"\{\w+[^}]*\}", source):
            assert placeholder in translation.text, (source, translation.text)
    assert seen == set(MY_CONTEXTS)


# -- screenshots for the README and the look review -------------------------------------------
def take_screenshots(out: Path) -> list[Path]:
    """The filled dialog in Chinese and English:
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.test_register_dialog"""
    import tempfile

    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    work = Path(tempfile.mkdtemp(prefix="zhenjian-register-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.register_dialog import RegisterRequestDialog

    app = make_application()  # registers the shipped CJK font
    load_holiday_calendar()
    office = create_office(work / "shots.sqlite3", OfficeSetup(
        unit_code="330102001", unit_name="某某县人民检察院", unit_abbr="某检",
        upper_name="某某市人民检察院", officer_name="李明", password="secret-123"))
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        dlg = RegisterRequestDialog(office, today=TODAY)
        dlg.show()
        QTest.qWaitForWindowExposed(dlg)
        dlg.activateWindow()
        QTest.qWaitForWindowActive(dlg)
        dlg.case_no_edit.setFocus()
        for text in ("A3301020500002026110087", "某公（刑）提捕字〔2026〕88号", "王某某", ADULT_ID,
                     "1117"):
            type_text(text)
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text("盗窃")
        QTest.keyClick(Keys.target(), Qt.Key.Key_Return)
        dlg.rows[0].counsel_edit.setText("赵律师（某某律师事务所）")
        second = dlg.add_suspect()
        type_text("钱某")
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        type_text(JUVENILE_ID)
        second.detained_check.setChecked(False)
        second.confessed_check.setChecked(True)
        dlg.charge_picker.edit.setFocus()
        type_text("帐簿")
        QTest.keyClick(Keys.target(), Qt.Key.Key_Return)
        dlg.case_no_edit.setFocus()
        for _ in range(5):
            app.processEvents()
        target = out / f"register_{suffix}.png"
        dlg.grab().save(str(target))
        saved.append(target)
        dlg._dirty = False
        dlg.close()
    office.close()
    return saved


if __name__ == "__main__":
    import sys

    for path in take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1
                                 else ROOT / "docs" / "screenshots"):
        print(path)
    sys.stdout.flush()
    os._exit(0)  # skip PySide's teardown at exit, which can crash after widgets were deleted


def test_an_unknown_agency_is_added_when_the_officer_confirms(dialog, office, monkeypatch):
    asked = []
    monkeypatch.setattr(dialog, "_confirm_new_agency", lambda name: asked.append(name) or True)
    fill_minimal(dialog)
    dialog.agency_combo.setEditText("青山县公安局森林分局")
    dialog.save()
    assert asked == ["青山县公安局森林分局"]
    assert dialog.request_id
    names = {r[0] for r in office.reader.execute("SELECT name FROM police_agencies")}
    assert "青山县公安局森林分局" in names


def test_an_unknown_agency_declined_saves_nothing(dialog, office, monkeypatch):
    monkeypatch.setattr(dialog, "_confirm_new_agency", lambda name: False)
    before = counts(office)
    fill_minimal(dialog)
    dialog.agency_combo.setEditText("青山县公安局森林分局")
    dialog.save()
    assert "青山县公安局森林分局" in dialog.agency_box.message.text()
    assert counts(office) == before


def test_control_characters_and_over_long_names_are_said_at_their_fields(dialog, office):
    """Bad input through the form (issue 6): pasted text with an escape character or a
    right-to-left override is refused at its field, nothing saved; the fields cannot take
    more characters than the columns hold (60 ≤ 64)."""
    before = counts(office)
    fill_minimal(dialog)
    dialog.case_no_edit.setText("A00\x1b01")
    dialog.rows[0].name_edit.setText("\u202e赵某")
    dialog.save()
    assert dialog.isVisible() and dialog.request_id is None
    assert dialog.case_no_box.message.text() == (
        "Character 4 is an invisible control character (U+001B), often carried over by "
        "copying: delete it")
    assert "U+202E" in dialog.rows[0].name_box.message.text()
    dialog.rows[0].name_edit.setText("赵" * 65)
    assert len(dialog.rows[0].name_edit.text()) == 60
    assert counts(office) == before
    dialog.case_no_edit.setText("A0001'; DROP TABLE persons; --")
    dialog.rows[0].name_edit.setText("赵某")
    dialog.save()
    assert dialog.request_id
    assert office.reader.execute("SELECT police_case_no FROM arrest_requests WHERE id = ?",
                                 (dialog.request_id,)).fetchone()[0] == \
        "A0001'; DROP TABLE persons; --"
