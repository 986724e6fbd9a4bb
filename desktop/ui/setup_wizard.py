"""First start: set up this procuratorate's database, or make a demo one to try the program.

Input is checked with the set-up service's own rules and each problem is shown at its field;
the database itself is created in a worker thread (SQLAlchemy and the migrations load then),
and the office's keys with it: in the keyring, or — where the computer has none — in a file
encrypted with a passphrase asked for on a last page.
"""
from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QRadioButton,
                               QVBoxLayout, QWidget, QWizard, QWizardPage)

from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import DatabaseError
from desktop.ui.db_messages import database_error_text, database_error_title
from desktop.ui.key_passphrase import PassphraseFields, key_error_text
from desktop.ui.worker import run_with_progress

DEMO_CASES = 300
PAGE_START, PAGE_UNIT, PAGE_OFFICER, PAGE_DEMO, PAGE_KEYS = range(5)


def demo_available() -> bool:
    return importlib.util.find_spec("desktop.services.demo") is not None


class _Field:
    """An input with its caption and a red message line under it."""

    def __init__(self, form: QFormLayout, name: str, *, password: bool = False):
        self.caption = QLabel()
        self.edit = QLineEdit()
        self.edit.setObjectName(name)
        if password:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.caption.setBuddy(self.edit)
        self.message = QLabel()
        self.message.setObjectName(name + "Message")
        self.message.setStyleSheet("color: #b71c1c;")
        self.message.setWordWrap(True)
        self.message.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.edit)
        box.addWidget(self.message)
        form.addRow(self.caption, box)
        self.edit.textEdited.connect(lambda _text: self.show_message(""))

    def text(self) -> str:
        return self.edit.text()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class _StartPage(QWizardPage):
    def __init__(self, path: Path):
        super().__init__()
        self._path = path
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.own = QRadioButton()
        self.own.setObjectName("setUpOwn")
        self.own.setChecked(True)
        self.demo = QRadioButton()
        self.demo.setObjectName("setUpDemo")
        self.demo.setEnabled(demo_available())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.own)
        layout.addWidget(self.demo)
        layout.addStretch(1)

    def nextId(self) -> int:
        return PAGE_DEMO if self.demo.isChecked() else PAGE_UNIT

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Welcome to Zhenjian Desk"))
        self.intro.setText(self.tr("There is no database at %1 yet. Set up your procuratorate "
                                   "to start work, or create a demo database with invented "
                                   "cases to try the program.").replace("%1", str(self._path)))
        self.own.setText(self.tr("&Set up my procuratorate"))
        self.demo.setText(self.tr("Create a &demo database instead (%n invented request(s))",
                                  "", DEMO_CASES))
        if not self.demo.isEnabled():
            self.demo.setToolTip(self.tr("Demo data is not part of this installation."))


class _DemoPage(QWizardPage):
    def __init__(self, path: Path):
        super().__init__()
        self._path = path
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        return self.wizard().create_demo()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Demo database"))
        self.text.setText(self.tr("Finish creates a demo database at %1 with %n invented "
                                  "request(s) of a fictional county procuratorate. Use it only "
                                  "to try the program; set up your own database for real "
                                  "cases.", "", DEMO_CASES).replace("%1", str(self._path)))


class _UnitPage(QWizardPage):
    def __init__(self):
        super().__init__()
        form = QFormLayout(self)
        self.unit_name = _Field(form, "unitName")
        self.unit_code = _Field(form, "unitCode")
        self.unit_abbr = _Field(form, "unitAbbr")
        self.upper_name = _Field(form, "upperName")

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your procuratorate"))
        self.setSubTitle(self.tr("As it appears on official documents."))
        self.unit_name.caption.setText(self.tr("&Name:"))
        self.unit_name.edit.setPlaceholderText(self.tr("e.g. 青山县人民检察院"))
        self.unit_code.caption.setText(self.tr("Unit &code:"))
        self.unit_code.edit.setPlaceholderText(self.tr("letters or digits, e.g. 320101"))
        self.unit_abbr.caption.setText(self.tr("&Abbreviation in document numbers:"))
        self.unit_abbr.edit.setPlaceholderText(self.tr("e.g. 青检"))
        self.upper_name.caption.setText(self.tr("&Upper office:"))
        self.upper_name.edit.setPlaceholderText(self.tr("e.g. 临江市人民检察院"))


class _OfficerPage(QWizardPage):
    def __init__(self):
        super().__init__()
        form = QFormLayout(self)
        self.officer_name = _Field(form, "officerName")
        self.password = _Field(form, "password", password=True)
        self.password_again = _Field(form, "passwordAgain", password=True)
        # An office of one opens without a log-in; several people log in with their names.
        self.username = _Field(form, "officerUsername")
        self.login_required = QCheckBox()
        self.login_required.setObjectName("loginRequired")
        form.addRow(self.login_required)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("First officer"))
        self.setSubTitle(self.tr("The account you will work with. More officers can be added "
                                 "later."))
        self.officer_name.caption.setText(self.tr("Your &name:"))
        self.password.caption.setText(self.tr("&Password:"))
        self.password.edit.setPlaceholderText(self.tr("at least 6 characters"))
        self.password_again.caption.setText(self.tr("Password &again:"))
        self.username.caption.setText(self.tr("&User name:"))
        self.username.edit.setPlaceholderText("officer1")
        self.login_required.setText(self.tr("Several people will use this program: ask for a "
                                            "user name and password at start"))

    def nextId(self) -> int:
        return PAGE_KEYS if self.wizard().keys_need_passphrase() else -1

    def validatePage(self) -> bool:
        if self.wizard().keys_need_passphrase():
            return self.wizard().checked_setup() is not None
        return self.wizard().create_database()


class _KeysPage(QWizardPage):
    """Only where the computer has no keyring: the passphrase for the private-key file."""

    def __init__(self):
        super().__init__()
        self.fields = PassphraseFields(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addStretch(1)

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        passphrase = self.fields.passphrase()
        return passphrase is not None and self.wizard().create_database(passphrase)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Keys for sync packages"))
        self.setSubTitle(self.tr("This office signs and encrypts the data it sends to the "
                                 "upper office with its own keys."))
        self.fields.retranslateUi()


class SetupWizard(QWizard):
    def __init__(self, path: Path | str, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.path = Path(path)
        self.office = None
        self.made_demo = False
        self.key_problem: str | None = None  # why the office's keys were not created
        self._keys_need_passphrase: bool | None = None
        self._today = today or date.today()
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.start_page = _StartPage(self.path)
        self.unit_page = _UnitPage()
        self.officer_page = _OfficerPage()
        self.demo_page = _DemoPage(self.path)
        self.keys_page = _KeysPage()
        self.setPage(PAGE_START, self.start_page)
        self.setPage(PAGE_UNIT, self.unit_page)
        self.setPage(PAGE_OFFICER, self.officer_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_KEYS, self.keys_page)
        self.resize(640, 440)
        self.retranslateUi()

    # -- work ------------------------------------------------------------------------------
    def _fields(self) -> dict[str, _Field]:
        u, o = self.unit_page, self.officer_page
        return {"unit_name": u.unit_name, "unit_code": u.unit_code, "unit_abbr": u.unit_abbr,
                "upper_name": u.upper_name, "officer_name": o.officer_name,
                "password": o.password, "officer_username": o.username}

    def setup_data(self):
        from desktop.services.setup import OfficeSetup

        f = self._fields()
        return OfficeSetup(unit_code=f["unit_code"].text().strip(),
                           unit_name=f["unit_name"].text().strip(),
                           unit_abbr=f["unit_abbr"].text().strip(),
                           upper_name=f["upper_name"].text().strip(),
                           officer_name=f["officer_name"].text().strip(),
                           password=f["password"].text(),
                           officer_username=self.officer_page.username.text().strip(),
                           login_required=self.officer_page.login_required.isChecked())

    def show_errors(self, errors: list[FieldError]) -> None:
        fields = self._fields()
        for field in fields.values():
            field.show_message("")
        self.officer_page.password_again.show_message("")
        first_page = None
        for error in errors:
            field = fields.get(error.field)
            if field is None:
                field = self.officer_page.password_again
            field.show_message(self.error_text(error))
            page = PAGE_UNIT if error.field in ("unit_name", "unit_code", "unit_abbr",
                                                "upper_name") else PAGE_OFFICER
            first_page = page if first_page is None else min(first_page, page)
        if first_page == PAGE_UNIT and self.currentId() != PAGE_UNIT:
            self.back()

    def error_text(self, error: FieldError) -> str:
        return {
            "required": self.tr("Required."),
            "unit_code.format": self.tr("Use 2 to 32 letters or digits."),
            "password.short": self.tr("The password needs at least 6 characters."),
            "password.mismatch": self.tr("The two passwords differ."),
            "username.format": self.tr("A user name has 2 to 32 characters and no spaces."),
        }.get(error.code, error.message)

    def keys_need_passphrase(self) -> bool:
        """True where the computer has no usable keyring (asked once: it loads keyring)."""
        if self._keys_need_passphrase is None:
            from desktop.services.office_keys import keyring_available

            self._keys_need_passphrase = not keyring_available()
        return self._keys_need_passphrase

    def checked_setup(self):
        """The set-up data when it passes the rules; None with the problems shown."""
        from desktop.services.setup import validate_setup

        data = self.setup_data()
        errors = validate_setup(data)
        if self.officer_page.password.text() != self.officer_page.password_again.text():
            errors.append(FieldError("password_again", "password.mismatch", "passwords differ"))
        if errors:
            self.show_errors(errors)
            return None
        return data

    def create_database(self, passphrase: str | None = None) -> bool:
        data = self.checked_setup()
        if data is None:
            return False

        def job(_progress):
            from desktop.services.setup import create_office

            office = create_office(self.path, data)
            return office, self._create_keys(office, passphrase)

        try:
            self.office, self.key_problem = run_with_progress(
                self, self.tr("Creating the database…"), job)
        except ValidationFailed as exc:
            self.show_errors(exc.errors)
            return False
        except DatabaseError as exc:
            QMessageBox.critical(self, database_error_title(), database_error_text(exc))
            return False
        self._tell_key_problem()
        return True

    @staticmethod
    def _create_keys(office, passphrase: str | None) -> str | None:
        """Create the office's keys; the error code when that fails. Set-up is done either
        way: keys can be created later in Settings."""
        from desktop.services.office_keys import KeyStoreError, create_office_keys

        try:
            create_office_keys(office, passphrase=passphrase)
        except ValidationFailed as exc:
            return exc.errors[0].code
        except KeyStoreError as exc:
            return exc.code
        return None

    def _tell_key_problem(self) -> None:
        if self.key_problem is None:
            return
        QMessageBox.warning(
            self, self.tr("Keys not created"),
            self.tr("The database was created, but not the office's keys: %1\n\nCreate them "
                    "later under Settings, This office's keys.")
            .replace("%1", key_error_text(self.key_problem)))

    def create_demo(self) -> bool:
        today = self._today
        # A demo gets keys only where no passphrase is needed; never a stored passphrase.
        with_keys = not self.keys_need_passphrase()

        def job(progress):
            from desktop.services.demo import create_demo

            office = create_demo(self.path, cases=DEMO_CASES, today=today, progress=progress)
            return office, (self._create_keys(office, None) if with_keys else None)

        try:
            self.office, _problem = run_with_progress(
                self, self.tr("Creating a demo database…"), job, cancellable=True)
        except DatabaseError as exc:
            QMessageBox.critical(self, database_error_title(), database_error_text(exc))
            return False
        self.made_demo = True
        return True

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Set up Zhenjian Desk"))
        for page in (self.start_page, self.unit_page, self.officer_page, self.demo_page,
                     self.keys_page):
            page.retranslateUi()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
