"""Register import of the supervision register (监督事项登记) and the petition register
(信访登记): rows → `supervision_register.validate_matter` / `insert_matter` and
`petition_register.validate` / `insert_petition`, the code manual entry runs.

A supervision row matches a registered matter on its opening date, police case number, party
and person concerned; a petition row matches on its date received and the petitioner's ID
number, or name where no number is given."""
from __future__ import annotations

from datetime import date

from desktop.domain.import_values import (PETITION_CHANNELS, PETITION_TYPES,
                                          SUPERVISION_AREAS, SUPERVISION_SOURCES, ValueProblem,
                                          parse_choice)
from desktop.services.arrest_register import _plain
from desktop.services import register_import_petition_outcomes as outcomes
from desktop.services.register_import_rows import NEW, REFUSED, UNCHANGED, UPDATED, RowCheck


def _day(text):
    return date.fromisoformat(text[:10]) if text else None


def _choices(check: RowCheck, words: dict[str, dict]) -> None:
    for key, table in words.items():
        if key in check.values:
            got = parse_choice(check.values[key], table)
            if isinstance(got, ValueProblem):
                check.refuse(key, got.code, got.message, **got.params)
            else:
                check.values[key] = got


def _spread(errors, check: RowCheck, names: dict[str, str]) -> None:
    for e in errors:
        base = e.field.split("[")[0] if "]." not in e.field else e.field.split(".", 1)[1]
        check.refuse(names.get(base, base), e.code, e.message, **e.params)


def _differences(stored: dict, values: dict) -> dict:
    return {k: (stored[k], v) for k, v in values.items()
            if k in stored and (stored[k] or "") != (v or "")}


# --- supervision -----------------------------------------------------------------------

def plan_supervision(office, checks: list[RowCheck], *, today: date) -> list:
    from desktop.services.supervision_register import MatterInput, validate_matter

    conn = office.reader
    agencies = {n: i for i, n in conn.execute(
        "SELECT id, name FROM police_agencies WHERE deleted_at IS NULL")}
    stored_by_key = {}
    for r in conn.execute("SELECT m.id, m.opened_on, m.police_case_no, m.party_name, "
                          "m.subject_name, m.summary, m.area, m.source, a.name "
                          "FROM supervision_matters m JOIN police_agencies a "
                          "ON a.id = m.police_agency_id WHERE m.deleted_at IS NULL"):
        stored_by_key[(_day(r[1]), r[2], _plain(r[3]), _plain(r[4]))] = {
            "id": r[0], "summary": r[5], "area": r[6], "source": r[7], "police_agency": r[8]}
    seen: dict[tuple, int] = {}
    work = []
    for c in checks:
        _choices(c, {"area": SUPERVISION_AREAS, "source": SUPERVISION_SOURCES})
        if c.status == REFUSED:
            continue
        v = c.values
        key = (v.get("opened_on"), v.get("police_case_no", ""), _plain(v.get("party_name", "")),
               _plain(v.get("subject_name", "")))
        if key in stored_by_key:
            stored = stored_by_key[key]
            c.status, c.match_id = UNCHANGED, stored["id"]
            c.differences = _differences(stored, v)
            continue
        if key in seen:
            c.refuse("opened_on", "import.duplicate_row", f"the same matter as row {seen[key]}",
                     row=seen[key])
            continue
        seen[key] = c.row_number
        agency = v.get("police_agency", "")
        if agency not in agencies:
            c.refuse("police_agency", "import.agency_unknown",
                     f"no police agency named {agency}; add it in the settings first",
                     name=agency)
            continue
        data = MatterInput(source=v["source"], area=v["area"], police_agency_id=agencies[agency],
                           opened_on=v["opened_on"], summary=v.get("summary", ""),
                           police_case_no=v.get("police_case_no", ""),
                           party_name=v.get("party_name", ""),
                           subject_name=v.get("subject_name", ""))
        errors = validate_matter(conn, data, today=today)
        if errors:
            _spread(errors, c, {"police_agency_id": "police_agency", "request_id": "source"})
            continue
        c.status, c.record_rows = NEW, (c.row_number,)
        work.append((data, [c]))
    return work


def write_supervision(session, office, data) -> str:
    from desktop.services.supervision_register import insert_matter

    return insert_matter(session, office.reader, data, officer_id=office.user_id)


# --- petitions -------------------------------------------------------------------------

def plan_petition(office, checks: list[RowCheck], *, today: date) -> list:
    from desktop.services.petition_register import PetitionerInput, PetitionInput, validate

    conn = office.reader
    stored_by_key = {}
    for r in conn.execute("SELECT p.id, p.received_on, r.name, r.id_number, p.summary, "
                          "p.channel, p.petition_type, r.phone, r.address, p.related_case, "
                          "p.status, p.closure "
                          "FROM petitions p JOIN petitioners r ON r.petition_id = p.id "
                          "AND r.position = 0 WHERE p.deleted_at IS NULL"):
        stored = {"id": r[0], "summary": r[4], "channel": r[5], "petition_type": r[6],
                  "phone": r[7], "address": r[8], "related_case": r[9],
                  # the outcome, compared by register_import_petition_outcomes.steps
                  "_status": r[10], "_closure": r[11] or None}
        if r[3]:
            stored_by_key[(_day(r[1]), r[3])] = stored
        stored_by_key[(_day(r[1]), _plain(r[2]))] = stored
    seen: dict[tuple, int] = {}
    work = []
    for c in checks:
        _choices(c, {"channel": PETITION_CHANNELS, "petition_type": PETITION_TYPES})
        outcomes.read_outcome(c, today=today)
        if c.status == REFUSED:
            continue
        v = c.values
        key = (v.get("received_on"), v.get("id_number") or _plain(v.get("petitioner_name", "")))
        if key in stored_by_key:
            stored = stored_by_key[key]
            c.status, c.match_id = UNCHANGED, stored["id"]
            c.differences = _differences(stored, v)
            todo = outcomes.steps(c, stored["_status"], stored["_closure"])
            if todo:
                c.status = UPDATED
                work.append((outcomes.PetitionOutcome(stored["id"], dict(v), todo), [c]))
            continue
        todo = outcomes.steps(c, None, None)
        if todo is None:
            continue
        if key in seen:
            c.refuse("petitioner_name", "import.duplicate_row",
                     f"the same petition as row {seen[key]}", row=seen[key])
            continue
        seen[key] = c.row_number
        data = PetitionInput(
            received_on=v["received_on"], channel=v["channel"],
            petition_type=v["petition_type"], summary=v.get("summary", ""),
            petitioners=[PetitionerInput(name=v.get("petitioner_name", ""),
                                         id_number=v.get("id_number", ""),
                                         phone=v.get("phone", ""),
                                         address=v.get("address", ""))],
            related_case=v.get("related_case", ""))
        errors, numbers = validate(conn, data, today=today, unit_code=office.unit_code)
        if errors:
            _spread(errors, c, {"name": "petitioner_name", "petitioners": "petitioner_name"})
            continue
        c.status, c.record_rows = NEW, (c.row_number,)
        work.append(((data, numbers, todo), [c]))
    return work


def write_petition(session, office, item, *, rows=(), today: date | None = None) -> str:
    """A new petition through the registration code, with the reply and closure its row
    carries; or, for a PetitionOutcome, those recorded on a petition registered earlier."""
    from desktop.services.petition_register import insert_petition

    if isinstance(item, outcomes.PetitionOutcome):
        return outcomes.record_outcome(session, office, item, today=today or date.today())
    data, numbers, *rest = item
    petition_id = insert_petition(session, office.reader, data, numbers,
                                  handler_id=office.user_id)
    todo = rest[0] if rest else []
    if todo and rows:
        from desktop.store.petition_models import Petition

        outcomes.record(session, office, session.get(Petition, petition_id), rows[0].values,
                        todo, today=today or date.today())
    return petition_id
