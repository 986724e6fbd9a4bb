"""Two units and their upper office (set up in upper-level mode) on real SQLite files, and a
unit 复核 request that has reached the upper office: shared by the tests of the upper
office's own records going down."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.security.keystore import generate_keys
from desktop.services import review_followup as fu
from desktop.services.setup import OfficeSetup, create_office
from desktop.services.sync_export import export_changes
from desktop.services.sync_receive import receive_package
from desktop.services.sync_registry import register_unit, set_upper
from tests.services.test_review_workflow import add_user, register
from tests.sync.test_end_to_end import UNITS, UPPER, Side

DECIDED = date(2026, 10, 20)  # the upper office decides, within 15 days of 10-16


@pytest.fixture
def down_world(tmp_path):
    upper = Side(create_office(tmp_path / "upper.sqlite3", OfficeSetup(
        unit_code=UPPER[0], unit_name=UPPER[1], unit_abbr="临检", upper_name="江东省人民检察院",
        upper_code="320000", officer_name="李华", officer_username="lihua", password="secret1",
        level="upper")), generate_keys(), "upper")
    units = []
    for i, (code, name, abbr) in enumerate(UNITS):
        side = Side(create_office(tmp_path / f"{code}.sqlite3", OfficeSetup(
            unit_code=code, unit_name=name, unit_abbr=abbr, upper_name=UPPER[1],
            upper_code=UPPER[0], officer_name=f"张明{i}", officer_username=f"zhang{i}",
            password="secret1")), generate_keys(), "grassroots")
        register_unit(upper.office, side.public())
        set_upper(side.office, upper.public())
        units.append(side)
    opened = [add_user(upper.office, "upper_chief", "officer,approver,chief")]
    yield upper, units, opened[0]
    for side in (upper, *units):
        side.office.close()
    for o in opened:
        o.close()


def exchange(unit, upper):
    """The unit sends (an empty package when nothing is pending: it still fetches the upper
    office's news), the upper office answers, the unit applies the answer."""
    package = export_changes(unit.office, unit.keys, allow_empty=True)
    result = receive_package(upper.office, upper.keys, package.data)
    back = receive_package(unit.office, unit.keys, result.ack.data)
    return package, result, back


def upper_review_request(unit) -> tuple[str, str, str]:
    """A refused suspect at the unit, the refusal upheld on 复议, and the police's 复核
    request: (request id, review id, the 复核 request's id)."""
    from tests.services.test_review_followup import refuse

    office = unit.office
    people = {"approver": add_user(office, "approver2", "officer,approver"),
              "chief": add_user(office, "chief", "officer,approver,chief")}
    try:
        request_id, review_id = register(office)
        refuse(office, people, review_id)
        rec = fu.request_reconsideration(office, review_id, fu.ReconsiderationInput(
            date(2026, 10, 3), date(2026, 10, 4), "有逃跑可能"), today=date(2026, 10, 4))
        fu.decide_reconsideration(people["approver"], rec, outcome="upheld",
                                  reasons="无证据证明有逃跑可能",
                                  chief_approved_by=people["chief"].user_id,
                                  today=date(2026, 10, 9))
        up = fu.request_upper_review(office, review_id, fu.ReconsiderationInput(
            date(2026, 10, 15), date(2026, 10, 16), "社会危险性明显"), today=date(2026, 10, 16))
    finally:
        for o in people.values():
            o.close()
    return request_id, review_id, up
