"""Registration: the right deadline per suspect, and bad input refused with the field and the
reason, nothing written."""
from datetime import date

import pytest

from desktop.services.arrest_register import SuspectInput, register_request, validate_registration
from desktop.services.errors import ValidationFailed
from tests.conftest import TODAY, make_registration


def audit_count(office):
    return office.reader.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def refused(office, data):
    before = audit_count(office)
    with pytest.raises(ValidationFailed) as exc:
        register_request(office, data, today=TODAY)
    assert audit_count(office) == before
    assert office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] == 0
    return {(e.field, e.code) for e in exc.value.errors}


def test_detained_suspect_gets_seven_days_without_holiday_extension(office):
    # DOMAIN §5.4: received Mon 2026-09-28, raw end Mon 2026-10-05 (National Day), no extension
    register_request(office, make_registration(office), today=TODAY)
    row = office.reader.execute(
        "SELECT limit_code, raw_end, due_date, extended, juvenile, status FROM arrest_reviews"
    ).fetchone()
    assert tuple(row) == ("detained_7", "2026-10-05", "2026-10-05", 0, 0, "received")


def test_free_suspect_gets_fifteen_days_extended_past_national_day(office):
    # DOMAIN §5.4: received Wed 2026-09-16, raw end Thu 2026-10-01, due Thu 2026-10-08
    register_request(office, make_registration(office, detained=False,
                                               received=date(2026, 9, 16)), today=TODAY)
    row = office.reader.execute("SELECT limit_code, raw_end, due_date, extended "
                                "FROM arrest_reviews").fetchone()
    assert tuple(row) == ("not_detained_15", "2026-10-01", "2026-10-08", 1)


def test_major_complex_free_suspect_gets_twenty_days(office):
    register_request(office, make_registration(office, detained=False, major_complex=True,
                                               received=date(2026, 11, 2)), today=TODAY)
    row = office.reader.execute("SELECT limit_code, due_date FROM arrest_reviews").fetchone()
    assert tuple(row) == ("major_20", "2026-11-23")


def test_juvenile_at_the_time_of_detention_is_flagged(office):
    # born 2009-10-01: 17 on 2026-09-25 (detention), so juvenile
    from desktop.domain.idnumber import id_check_char

    first17 = "32010120091001001"
    register_request(office, make_registration(office, id_number=first17 + id_check_char(first17)),
                     today=TODAY)
    assert office.reader.execute("SELECT juvenile FROM arrest_reviews").fetchone()[0] == 1
    assert office.reader.execute("SELECT juvenile FROM request_index").fetchone()[0] == 1


def test_wrong_check_digit_is_refused_at_the_field(office):
    errors = refused(office, make_registration(office, id_number="110105194912310021"))
    assert ("suspects[0].id_number", "id_number.check_digit") in errors


def test_impossible_and_future_dates_are_refused(office):
    data = make_registration(office, received=date(2026, 12, 1))
    errors = refused(office, data)
    assert ("received_date", "date.future") in errors


def test_detention_after_receipt_is_refused(office):
    data = make_registration(office, detained_since=date(2026, 9, 29))
    assert ("suspects[0].detained_since", "date.after_received") in refused(office, data)


def test_detention_longer_than_the_law_allows_is_refused(office):
    data = make_registration(office, detained_since=date(2026, 8, 20))
    assert ("suspects[0].detained_since", "date.detention_too_long") in refused(office, data)


def test_missing_case_number_charge_and_suspect_name(office):
    data = make_registration(office, case_no=" ", charges=(), name="")
    errors = refused(office, data)
    assert {("police_case_no", "required"), ("charges", "required"),
            ("suspects[0].name", "required")} <= errors


def test_unknown_charge_code_is_refused(office):
    assert ("charges", "charge.unknown") in refused(office, make_registration(office,
                                                                             charges=("X999",)))


def test_same_id_twice_in_one_request_is_refused(office):
    data = make_registration(office)
    data.suspects.append(SuspectInput(name="王小明", id_number="11010519491231002X",
                                      detained_since=date(2026, 9, 25)))
    assert ("suspects[1].id_number", "id_number.duplicate") in refused(office, data)


def test_known_person_is_reused_across_requests(office):
    register_request(office, make_registration(office, case_no="A1"), today=TODAY)
    register_request(office, make_registration(office, case_no="A2"), today=TODAY)
    assert office.reader.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
    assert office.reader.execute("SELECT count(*) FROM arrest_reviews").fetchone()[0] == 2


def test_an_id_number_on_file_for_another_name_is_refused_and_nothing_is_written(office):
    register_request(office, make_registration(office, case_no="A1"), today=TODAY)
    data = make_registration(office, case_no="A2", name="王晓明")  # one character mistyped
    problems = [e for e in validate_registration(office, data, today=TODAY)
                if e.code == "id_number.other_name"]
    assert problems and problems[0].field == "suspects[0].id_number"
    assert problems[0].params == {"name": "王小明"}
    with pytest.raises(ValidationFailed):
        register_request(office, data, today=TODAY)
    assert office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] == 1
    # spacing is not a different name
    register_request(office, make_registration(office, case_no="A3", name="王 小明"),
                     today=TODAY)


def test_fifteen_digit_id_is_stored_upgraded(office):
    register_request(office, make_registration(office, id_number="110105491231002"), today=TODAY)
    number = office.reader.execute("SELECT id_number FROM persons").fetchone()[0]
    assert number == "11010519491231002X"


def test_a_new_police_agency_is_added_with_the_request(office):
    data = make_registration(office)
    data.police_agency_id, data.new_police_agency = "", "青山县公安局交通警察大队"
    request_id = register_request(office, data, today=TODAY)
    row = office.reader.execute(
        "SELECT a.name FROM arrest_requests r JOIN police_agencies a ON a.id = r.police_agency_id "
        "WHERE r.id = ?", (request_id,)).fetchone()
    assert row[0] == "青山县公安局交通警察大队"
    # the agency is a synced record like any other: outbox and audit have it
    assert office.reader.execute("SELECT count(*) FROM outbox WHERE table_name = "
                                 "'police_agencies'").fetchone()[0] == 2


def test_a_new_agency_that_already_exists_is_refused(office):
    data = make_registration(office)
    data.police_agency_id, data.new_police_agency = "", "青山县公安局"
    assert ("police_agency", "agency.exists") in refused(office, data)
