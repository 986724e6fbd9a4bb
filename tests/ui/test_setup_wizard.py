"""The first-start wizard: a real database is created, bad input is shown at its field."""
import pytest
from PySide6.QtWidgets import QWizard

from desktop.ui import setup_wizard
from desktop.ui.setup_wizard import PAGE_DEMO, PAGE_KEYS, PAGE_OFFICER, PAGE_UNIT, SetupWizard


@pytest.fixture
def wizard(tmp_path, qtbot, english, memory_keyring):
    """With a keyring (most desktops): the keys go there without a question."""
    yield from make_wizard(tmp_path, qtbot)


@pytest.fixture
def wizard_without_keyring(tmp_path, qtbot, english, no_keyring):
    yield from make_wizard(tmp_path, qtbot)


def make_wizard(tmp_path, qtbot):
    w = SetupWizard(tmp_path / "new" / "office.sqlite3")
    qtbot.addWidget(w)
    w.show()
    yield w
    if w.office is not None:
        w.office.close()


def fill(wizard, *, name="青山县人民检察院", code="320101", abbr="青检", upper="临江市人民检察院",
         officer="张明", password="secret1", again=None):
    wizard.next()
    assert wizard.currentId() == PAGE_UNIT
    u = wizard.unit_page
    u.unit_name.edit.setText(name)
    u.unit_code.edit.setText(code)
    u.unit_abbr.edit.setText(abbr)
    u.upper_name.edit.setText(upper)
    wizard.next()
    assert wizard.currentId() == PAGE_OFFICER
    o = wizard.officer_page
    o.officer_name.edit.setText(officer)
    o.password.edit.setText(password)
    o.password_again.edit.setText(password if again is None else again)


def finish(wizard):
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_creates_the_database(wizard, memory_keyring):
    fill(wizard)
    assert wizard.currentPage().isFinalPage()  # no passphrase page with a keyring
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    office = wizard.office
    assert office.unit_name == "青山县人民检察院" and office.display_name == "张明"
    assert wizard.path.exists()
    assert office.reader.execute("SELECT abbr FROM units WHERE code = '320101'").fetchone()[0] \
        == "青检"
    from desktop.services.office_keys import key_status

    status = key_status(office)
    assert status.public is not None and status.location == "keyring"
    assert wizard.key_problem is None


def test_without_a_keyring_a_last_page_asks_for_the_passphrase(wizard_without_keyring):
    from desktop.services.office_keys import key_status, load_office_keys

    wizard = wizard_without_keyring
    fill(wizard)
    assert not wizard.currentPage().isFinalPage()
    wizard.next()
    assert wizard.currentId() == PAGE_KEYS and wizard.office is None
    fields = wizard.keys_page.fields
    assert "no keyring" in fields.explanation.text() and fields.explanation.isVisible()
    fields.first.setText("correct horse")
    fields.again.setText("correct hors")
    finish(wizard)
    assert wizard.office is None and not wizard.path.exists()
    assert fields.problem.text() == "The two passphrases differ."
    fields.again.setText("correct horse")
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    status = key_status(wizard.office)
    assert status.location == "file" and status.public is not None
    assert load_office_keys(wizard.office, passphrase="correct horse").fingerprint == \
        status.public.fingerprint


def test_keys_that_cannot_be_made_do_not_undo_the_set_up(wizard, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.security.keystore import generate_keys
    from desktop.services.office_keys import office_keystore, own_public_keys

    office_keystore().save("320101", generate_keys())  # another database of this unit
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.append(a[2]))
    fill(wizard)
    finish(wizard)
    assert wizard.office is not None and own_public_keys(wizard.office.reader) is None
    assert wizard.key_problem == "keys.exist_elsewhere"
    assert "already keeps private keys" in told[0] and "Settings" in told[0]


def test_missing_fields_are_shown_and_nothing_is_created(wizard):
    fill(wizard, name="", code="??")
    finish(wizard)
    assert wizard.office is None and not wizard.path.exists()
    assert wizard.currentId() == PAGE_UNIT  # taken back to the first page with a problem
    assert wizard.unit_page.unit_name.message.text() == "Required."
    assert wizard.unit_page.unit_code.message.text() == "Use 2 to 32 letters or digits."
    assert wizard.unit_page.unit_abbr.message.isHidden()


def test_password_rules(wizard):
    fill(wizard, password="abc", again="abd")
    finish(wizard)
    assert wizard.office is None
    assert wizard.officer_page.password.message.text() == \
        "The password needs at least 6 characters."
    assert wizard.officer_page.password_again.message.text() == "The two passwords differ."
    wizard.officer_page.password.edit.setText("secret1")
    wizard.officer_page.password_again.edit.setText("secret1")
    finish(wizard)
    assert wizard.office is not None


def test_demo_database_instead(wizard, monkeypatch):
    monkeypatch.setattr(setup_wizard, "DEMO_CASES", 6)
    assert wizard.start_page.demo.isEnabled()
    wizard.start_page.demo.setChecked(True)
    wizard.next()
    assert wizard.currentId() == PAGE_DEMO and wizard.currentPage().isFinalPage()
    assert "demo database" in wizard.demo_page.text.text()
    finish(wizard)
    assert wizard.made_demo and wizard.office is not None
    count = wizard.office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0]
    assert count == 6
    from desktop.services.office_keys import own_public_keys

    assert own_public_keys(wizard.office.reader) is not None  # the keyring needs no question
