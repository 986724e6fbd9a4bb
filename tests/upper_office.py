"""An upper office (320100 临江市院) holding two demo units' records, imported from their real
sync packages, as real SQLite files: what the consolidated lists, the dashboard and the
read-only guard are tested on. Built once per test run (demo data and packages take a few
seconds); each test gets its own copies of the three files."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import TODAY

UPPER = ("320100", "临江市人民检察院")
UNITS = (("320111", "白山县人民检察院", 3), ("320112", "黑水县人民检察院", 5))


def _build(folder: Path) -> None:
    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services.demo import create_demo
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.services.sync_export import export_changes
    from desktop.services.sync_receive import receive_package
    from desktop.services.sync_registry import register_unit, set_upper

    def public(office, keys, role):
        return PublicKeys(unit_code=office.unit_code, unit_name=office.unit_name, role=role,
                          suite=keys.suite, signing_public=keys.signing_public,
                          encryption_public=keys.encryption_public)

    upper = create_office(folder / "upper.sqlite3", OfficeSetup(
        unit_code=UPPER[0], unit_name=UPPER[1], unit_abbr="临检", upper_name="江东省人民检察院",
        upper_code="320000", officer_name="李华", officer_username="lihua", password="secret1",
        level="upper"))
    upper_keys = generate_keys()
    try:
        for code, name, seed in UNITS:
            unit = create_demo(folder / f"{code}.sqlite3", cases=12, seed=seed, today=TODAY,
                               unit_code=code, unit_name=name)
            keys = generate_keys()
            try:
                register_unit(upper, public(unit, keys, "grassroots"))
                set_upper(unit, public(upper, upper_keys, "upper"))
                after = 0
                while (package := export_changes(unit, keys, after=after)) is not None:
                    result = receive_package(upper, upper_keys, package.data)
                    assert result.result == "applied", result
                    receive_package(unit, keys, result.ack.data)
                    after = package.last_seq
            finally:
                unit.close()
    finally:
        upper.close()


@dataclass(frozen=True)
class UpperWorld:
    folder: Path

    @property
    def upper_path(self) -> Path:
        return self.folder / "upper.sqlite3"

    def unit_path(self, code: str) -> Path:
        return self.folder / f"{code}.sqlite3"

    def open_upper(self):
        from desktop.services.office import open_office

        return open_office(self.upper_path)

    def open_unit(self, code: str):
        from desktop.services.office import open_office

        return open_office(self.unit_path(code))


@pytest.fixture(scope="session")
def _upper_world_files(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("upper-world")
    _build(folder)
    return folder


@pytest.fixture
def upper_world(_upper_world_files, tmp_path) -> UpperWorld:
    """Fresh copies of the upper office's and both units' files for this test."""
    folder = tmp_path / "world"
    folder.mkdir()
    for path in _upper_world_files.iterdir():
        if ".sqlite3" in path.name and not path.name.endswith(".lock"):
            shutil.copy2(path, folder / path.name)
    return UpperWorld(folder)
