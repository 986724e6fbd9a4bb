"""Bad input across the registering services (issue 6): over-long text, control characters,
lone surrogates, SQL meta-characters, wrong ID numbers — each refused with a FieldError
naming the field and a code the UI translates, or stored exactly as typed; never a crash.
Hypothesis draws the text; each example runs on a real SQLite file."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.text_input import text_problem
from desktop.services import cooperation_log, petition_register, supervision_register
from desktop.services.arrest_register import register_request
from desktop.services.errors import ValidationFailed
from desktop.ui import cooperation_labels, petition_labels, supervision_labels
from desktop.ui.field_messages import message_for
from tests.conftest import TODAY, make_registration

# Everything a keyboard, a paste from Word or a hostile file can bring.
NASTY = st.one_of(
    st.text(max_size=80),
    st.text(alphabet=st.characters(exclude_categories=()), max_size=40),
    st.sampled_from(["'; DROP TABLE persons; --", "\" OR 1=1 --", "%", "_", "\\", "*",
                     "a\x00b", "\x1b[31m", "\u202e名字", "\ud800", "\t", "\r\n", "　",
                     "x" * 65, "张" * 201, "👨‍👩‍👧", "ǅ", "\x7f", "\x85"]),
)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
TEXT_CODES = {"text.too_long", "text.control", "text.invalid"}


def storable(value: str, max_length: int, multiline: bool = False) -> bool:
    return text_problem(value, max_length=max_length, multiline=multiline) is None


def explained(errors, translate=None) -> None:
    """Every refusal names a field and has a message in the UI's tables (not just a code):
    `translate` is the register's own error text (petition_labels.error_message, …), which
    falls back on the shared field messages."""
    for e in errors:
        assert e.field and e.code
        if translate is None:
            text = message_for(e.field, e.code, e.params, "")
        else:
            from dataclasses import replace

            text = translate(replace(e, message=""))
        assert text not in ("", e.code), e


@SETTINGS
@given(name=NASTY, case_no=NASTY, note=NASTY, counsel=NASTY)
def test_registration_refuses_or_stores_exactly(office, name, case_no, note, counsel):
    data = make_registration(office, case_no=case_no, name=name, id_number="")
    data.note = note
    data.suspects[0].counsel = counsel
    try:
        request_id = register_request(office, data, today=TODAY)
    except ValidationFailed as exc:
        explained(exc.errors)
        text_errors = {e.field for e in exc.errors if e.code in TEXT_CODES}
        if not storable(case_no, 64):
            assert "police_case_no" in text_errors
        if not storable(name, 64):
            assert "suspects[0].name" in text_errors
        if not storable(note, 10**9, multiline=True):
            assert "note" in text_errors
        return
    assert storable(case_no, 64) and storable(name, 64) and storable(counsel, 200)
    row = office.reader.execute(
        "SELECT q.police_case_no, q.note, p.name, v.counsel FROM arrest_requests q "
        "JOIN arrest_reviews v ON v.request_id = q.id JOIN persons p ON p.id = v.person_id "
        "WHERE q.id = ?", (request_id,)).fetchone()
    assert tuple(row) == (case_no.strip(), note.strip(), name.strip(), counsel.strip()) or \
        tuple(row) == (case_no, note, name.strip(), counsel)


@SETTINGS
@given(number=st.one_of(st.text(max_size=24), st.from_regex(r"[0-9]{17}[0-9Xx]", fullmatch=True),
                        st.from_regex(r"[0-9]{15}", fullmatch=True)))
def test_wrong_id_numbers_are_refused_with_a_reason(office, number):
    data = make_registration(office, case_no="ID1", name="王某", id_number=number)
    try:
        register_request(office, data, today=TODAY)
    except ValidationFailed as exc:
        explained(exc.errors)
        assert all(e.code.startswith("id_number.") for e in exc.errors
                   if e.field == "suspects[0].id_number")
    finally:
        with office.transaction("register_request") as session:  # the next example may use the number again
            from sqlalchemy import text

            session.execute(text("UPDATE arrest_requests SET police_case_no = 'done' "
                                 "WHERE police_case_no = 'ID1'"))


@SETTINGS
@given(name=NASTY, phone=NASTY, address=NASTY, summary=NASTY, related=NASTY)
def test_petition_registration(office, name, phone, address, summary, related):
    data = petition_register.PetitionInput(
        received_on=TODAY, channel="letter", petition_type="accusation", summary=summary,
        related_case=related,
        petitioners=[petition_register.PetitionerInput(name=name, phone=phone,
                                                       address=address)])
    try:
        petition_id = petition_register.register_petition(office, data, today=TODAY)
    except ValidationFailed as exc:
        explained(exc.errors, petition_labels.error_message)
        if not storable(address, 200):
            assert any(e.field == "petitioners[0].address" and e.code in TEXT_CODES
                       for e in exc.errors)
        return
    row = office.reader.execute(
        "SELECT p.summary, p.related_case, r.name, r.address FROM petitions p "
        "JOIN petitioners r ON r.petition_id = p.id WHERE p.id = ?", (petition_id,)).fetchone()
    assert row["name"] in (name, name.strip()) and row["address"] in (address, address.strip())
    assert row["summary"] in (summary, summary.strip())


@SETTINGS
@given(summary=NASTY, case_no=NASTY, party=NASTY)
def test_supervision_matter(office, summary, case_no, party):
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    data = supervision_register.MatterInput(
        source="victim_complaint", area="case_filing", police_agency_id=agency,
        opened_on=TODAY, summary=summary, police_case_no=case_no, party_name=party)
    try:
        matter_id = supervision_register.open_matter(office, data, today=TODAY)
    except ValidationFailed as exc:
        explained(exc.errors, supervision_labels.error_message)
        return
    except ValueError as exc:  # e.g. an unknown enum value in the input: not text
        pytest.fail(f"crashed: {exc!r}")
    row = office.reader.execute("SELECT summary, police_case_no, party_name FROM "
                                "supervision_matters WHERE id = ?", (matter_id,)).fetchone()
    assert tuple(row) == (summary.strip(), case_no.strip(), party.strip())


@SETTINGS
@given(summary=NASTY, case_ref=NASTY, person=NASTY, outcome=NASTY)
def test_cooperation_entry(office, summary, case_ref, person, outcome):
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    data = cooperation_log.EntryInput(
        kind="police_filing", occurred_on=TODAY, police_agency_id=agency, summary=summary,
        subtype="", case_ref=case_ref, person_name=person, outcome=outcome)
    try:
        entry_id = cooperation_log.add_entry(office, data, today=TODAY)
    except ValidationFailed as exc:
        explained(exc.errors, cooperation_labels.error_text)
        return
    row = office.reader.execute("SELECT summary, case_ref, person_name FROM "
                                "cooperation_entries WHERE id = ?", (entry_id,)).fetchone()
    assert tuple(row) == (summary.strip(), case_ref.strip(), person.strip())


def test_sql_meta_characters_are_stored_exactly(office):
    text = "王'; DROP TABLE persons; -- %_\\\"*"
    request_id = register_request(office, make_registration(
        office, case_no=text[:64], name="王某", id_number=""), today=TODAY)
    assert office.reader.execute("SELECT police_case_no FROM arrest_requests WHERE id = ?",
                                 (request_id,)).fetchone()[0] == text[:64]
    assert sqlite3.connect(office.db.path).execute("SELECT count(*) FROM persons").fetchone()


def test_the_refusal_names_the_character(office):
    with pytest.raises(ValidationFailed) as err:
        register_request(office, make_registration(office, case_no="A\x1b1", name="王某",
                                                   id_number=""), today=TODAY)
    (e,) = [e for e in err.value.errors if e.field == "police_case_no"]
    assert e.code == "text.control" and e.params["position"] == 2
    assert message_for(e.field, e.code, e.params) == (
        "Character 2 is an invisible control character (U+001B), often carried over by "
        "copying: delete it")
    with pytest.raises(ValidationFailed) as err:
        register_request(office, make_registration(office, case_no="A" * 65, name="王某",
                                                   id_number=""), today=TODAY)
    assert message_for("police_case_no", "text.too_long", err.value.errors[0].params) == \
        "Too long: 65 characters, at most 64"


def test_impossible_dates_never_reach_a_service():
    # The forms use date pickers; the command line parses with date.fromisoformat: an
    # impossible date is a usage error there (tests/cli/test_bad_arguments.py).
    with pytest.raises(ValueError):
        date.fromisoformat("2026-02-30")


@pytest.mark.parametrize("bad, code", [("a\ud800b", "text.invalid"), ("a\x00b", "text.control"),
                                       ("\u202e张三", "text.control"), ("张" * 300, "text.too_long")])
def test_each_register_refuses_the_same_bad_text_at_its_field(office, bad, code):
    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]
    calls = {
        "suspects[0].name": lambda: register_request(
            office, make_registration(office, case_no="X1", name=bad, id_number=""),
            today=TODAY),
        "petitioners[0].name": lambda: petition_register.register_petition(
            office, petition_register.PetitionInput(
                received_on=TODAY, channel="letter", petition_type="accusation",
                summary="事项", petitioners=[petition_register.PetitionerInput(name=bad)]),
            today=TODAY),
        "party_name": lambda: supervision_register.open_matter(
            office, supervision_register.MatterInput(
                source="victim_complaint", area="case_filing", police_agency_id=agency,
                opened_on=TODAY, summary="事项", party_name=bad), today=TODAY),
        "person_name": lambda: cooperation_log.add_entry(
            office, cooperation_log.EntryInput(
                kind="police_filing", occurred_on=TODAY, police_agency_id=agency,
                summary="会商", person_name=bad), today=TODAY),
    }
    for field, call in calls.items():
        with pytest.raises(ValidationFailed) as err:
            call()
        codes = {e.code for e in err.value.errors if e.field == field}
        # the supervision register keeps its own length code for its short fields
        assert codes & {code, "supervision.too_long"}, (field, err.value.errors)
