"""A small, fully known office for the GUI tests and the screenshots: five requests whose
deadlines fall in each dashboard bucket, registered through the real service.

Today is Monday 2026-11-23 (chinese-calendar knows 2026):
  A001 张伟      detained,     received 11-14 → due 11-21 (custody: no extension), 2 days overdue
  A002 李建国    detained,     received 11-16 → due 11-23, due today
  A003 王小红    not detained, received 11-10 → 15 days → due 11-25, 2 days left
  A004 赵小六    detained, juvenile, received 11-20 → due 11-27, 4 days left
  B005 陈晨、刘洋洋 not detained, received 11-20 → 15 days → 12-05 is a Saturday → due 12-07
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.domain.idnumber import id_check_char

TODAY = date(2026, 11, 23)
UNIT_NAME = "青山县人民检察院"


def id_number(birth: date, serial: int, *, region: str = "320101") -> str:
    first17 = f"{region}{birth:%Y%m%d}{serial:03d}"
    return first17 + id_check_char(first17)


@dataclass(frozen=True)
class Suspect:
    name: str
    birth: date
    serial: int


@dataclass(frozen=True)
class Sample:
    case_no: str
    suspects: tuple[Suspect, ...]
    received: date
    detained: bool
    charge: str
    due: date


SAMPLES = (
    Sample("A3201012026110001", (Suspect("张伟", date(1980, 5, 1), 11),), date(2026, 11, 14),
           True, "C0502", date(2026, 11, 21)),
    Sample("A3201012026110002", (Suspect("李建国", date(1975, 3, 9), 13),), date(2026, 11, 16),
           True, "C0403", date(2026, 11, 23)),
    Sample("A3201012026110003", (Suspect("王小红", date(1990, 8, 20), 22),),
           date(2026, 11, 10), False, "C0503", date(2026, 11, 25)),
    Sample("A3201012026110004", (Suspect("赵小六", date(2010, 1, 2), 31),), date(2026, 11, 20),
           True, "C0502", date(2026, 11, 27)),
    Sample("B3201012026110005", (Suspect("陈晨", date(1995, 12, 12), 41),
                                  Suspect("刘洋洋", date(1998, 6, 30), 52)),
           date(2026, 11, 20), False, "C06025", date(2026, 12, 7)),
)


def office_setup():
    from desktop.services.setup import OfficeSetup

    return OfficeSetup(unit_code="320101", unit_name=UNIT_NAME, unit_abbr="青检",
                       upper_name="临江市人民检察院", officer_name="张明", password="secret1")


def registration(office, sample: Sample):
    from desktop.services.arrest_register import RegistrationInput, SuspectInput

    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    return RegistrationInput(
        police_agency_id=agency, police_case_no=sample.case_no,
        request_no=f"青公提捕字〔2026〕{sample.case_no[-3:]}号", request_date=sample.received,
        received_date=sample.received, officer_id=office.user_id,
        charge_codes=[sample.charge],
        suspects=[SuspectInput(name=s.name, id_number=id_number(s.birth, s.serial),
                               detained=sample.detained,
                               detained_since=sample.received if sample.detained else None)
                  for s in sample.suspects])


def create_sample_office(path: Path, samples=SAMPLES, *, today: date = TODAY):
    """A new database at `path` holding `samples`; returns the open Office."""
    from desktop.services.arrest_register import register_request
    from desktop.services.setup import create_office

    office = create_office(path, office_setup())
    for sample in samples:
        register_request(office, registration(office, sample), today=today)
    return office
