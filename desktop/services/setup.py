"""Creating a new office database: the set-up wizard and `zhenjian init` both land here."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.permissions import SINGLE_ACCOUNT_ROLES, format_roles
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.office import Office, open_office


@dataclass(frozen=True)
class OfficeSetup:
    unit_code: str
    unit_name: str  # e.g. 某某县人民检察院
    unit_abbr: str  # the 机关代字 in document numbers, e.g. 某检
    upper_name: str  # e.g. 某某市人民检察院
    officer_name: str
    password: str
    upper_code: str = ""
    officer_username: str = ""
    level: str = "grassroots"  # "upper": an upper-level office, receiving its units' packages
    # Several people share the office: everyone logs in with a user name and password. An
    # office of one (the default) opens straight away as its one account.
    login_required: bool = False


_CODE = re.compile(r"^[0-9A-Za-z]{2,32}$")


def validate_setup(s: OfficeSetup) -> list[FieldError]:
    errors = []
    for name in ("unit_code", "unit_name", "unit_abbr", "upper_name", "officer_name"):
        if not getattr(s, name).strip():
            errors.append(FieldError(name, "required", f"{name} is required"))
    if s.unit_code.strip() and not _CODE.match(s.unit_code.strip()):
        errors.append(FieldError("unit_code", "unit_code.format",
                                 "unit code: 2–32 letters or digits"))
    from desktop.services.accounts import valid_username

    if s.officer_username.strip() and not valid_username(s.officer_username):
        errors.append(FieldError("officer_username", "username.format",
                                 "user name: 2–32 characters without spaces"))
    if len(s.password) < 6:
        errors.append(FieldError("password", "password.short",
                                 "password must have at least 6 characters"))
    return errors


def default_police_agency(unit_name: str) -> str:
    """The same-level police of a 某某县人民检察院 is 某某县公安局 (CPL Art. 87)."""
    base = unit_name.replace("人民检察院", "").replace("检察院", "").strip()
    return f"{base}公安局" if base else "公安局"


def create_office(path: Path | str, setup: OfficeSetup) -> Office:
    """A new office in an empty SQLite file, or in an empty PostgreSQL database given by its
    `postgresql+psycopg://` URL (an upper office; the database itself must exist)."""
    errors = validate_setup(setup)
    if errors:
        raise ValidationFailed(errors)
    from sqlalchemy import text

    from desktop.security.passwords import hash_password
    from desktop.store.catalogue import load_charges
    from desktop.store.database import Database
    from desktop.store.models import PoliceAgency, Unit, User

    db = Database(path)
    db.create()
    code = setup.unit_code.strip()
    username = setup.officer_username.strip() or "officer1"
    session = db.session(unit_code=code, user_name=username)
    with session.begin():
        load_charges(session.connection())
        level = "upper" if setup.level == "upper" else "grassroots"
        session.add(Unit(code=code, name=setup.unit_name.strip(), abbr=setup.unit_abbr.strip(),
                         level=level, parent_code=setup.upper_code.strip() or None))
        session.add(Unit(code=setup.upper_code.strip() or f"{code}-UP",
                         name=setup.upper_name.strip(), abbr="", level="upper"))
        session.add(User(username=username, display_name=setup.officer_name.strip(),
                         password_hash=hash_password(setup.password),
                         roles=format_roles(SINGLE_ACCOUNT_ROLES[level])))
        session.add(PoliceAgency(name=default_police_agency(setup.unit_name.strip())))
        session.execute(text("INSERT INTO app_meta (key, value) VALUES (:key, :value)"),
                        [{"key": key, "value": value} for key, value in (
                            ("self_unit_code", code), ("default_user", username),
                            ("mode", level),
                            ("login_required", "1" if setup.login_required else "0"))])
    session.close()
    db.dispose()
    return open_office(path, username=username)
