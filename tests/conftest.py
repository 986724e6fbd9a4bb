"""Shared fixtures: real SQLite files in a temporary folder, never the user's data folder."""
from __future__ import annotations

import os
import tempfile
from datetime import date

import pytest

os.environ.setdefault("ZHENJIAN_DATA_DIR", tempfile.mkdtemp(prefix="zhenjian-test-data-"))
os.environ.setdefault("ZHENJIAN_LOG_DIR", tempfile.mkdtemp(prefix="zhenjian-test-logs-"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never a real keyring from the tests: the keys fixtures below install their own backends.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

TODAY = date(2026, 11, 23)


@pytest.fixture
def office_setup():
    from desktop.services.setup import OfficeSetup

    return OfficeSetup(unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
                       upper_name="临江市人民检察院", officer_name="张明", password="secret1")


@pytest.fixture
def office(tmp_path, office_setup):
    from desktop.services.setup import create_office

    o = create_office(tmp_path / "office.sqlite3", office_setup)
    yield o
    o.close()


def make_registration(office, *, case_no="A3201012026110001", name="王小明",
                      id_number="11010519491231002X", detained=True,
                      received=date(2026, 9, 28), detained_since=date(2026, 9, 25),
                      charges=("C0401",), major_complex=False):
    from desktop.services.arrest_register import RegistrationInput, SuspectInput

    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    return RegistrationInput(
        police_agency_id=agency, police_case_no=case_no, request_no="青公提捕字〔2026〕1号",
        request_date=received, received_date=received, officer_id=office.user_id,
        charge_codes=list(charges), major_complex=major_complex,
        suspects=[SuspectInput(name=name, id_number=id_number, detained=detained,
                               detained_since=detained_since if detained else None)],
    )


@pytest.fixture
def key_data_dir(tmp_path, monkeypatch):
    """A data folder of its own, so key files of one test never meet another's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("ZHENJIAN_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def memory_keyring(key_data_dir):
    """A real keyring backend that keeps its secrets in a dict, in place of the system's."""
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.secrets.get((service, username))

        def set_password(self, service, username, password):
            self.secrets[(service, username)] = password

        def delete_password(self, service, username):
            if self.secrets.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(key_data_dir):
    """No usable keyring, as on a machine without a desktop session (and in CI)."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)
