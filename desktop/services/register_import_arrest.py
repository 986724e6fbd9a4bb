"""Register import of the arrest-review register (审查逮捕案件登记): rows → registrations.

One row is one suspect; rows of the file with one police case number become one request with
those suspects (a 提请批准逮捕书 names them all), validated by
`arrest_register.validate_registration` and written by `arrest_register.insert_request`, as
manual entry does. A row matches a registered suspect on police case number + ID number, or
police case number + name + birth date (from the ID number or a birth-date column); the case
number keeps two people of one name and birthday in different cases apart."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.services import register_import_outcomes as outcomes
from desktop.services.arrest_register import (RegistrationInput, SuspectInput, _plain,
                                              add_request, validate_registration)
from desktop.domain import permissions
from desktop.domain.arrest_review import OPEN_STATUSES
from desktop.services import officer_change
from desktop.services.register_import_rows import NEW, REFUSED, UNCHANGED, UPDATED, RowCheck

# fields of the service's errors → the import's field keys
_FIELD = {"police_agency": "police_agency", "officer": "officer", "charges": "charges",
          "suspects": "suspect_name", "name": "suspect_name", "police_case_no": "police_case_no",
          "request_no": "request_no", "note": "note", "request_date": "request_date",
          "received_date": "received_date", "id_number": "id_number",
          "detained_since": "detained_since", "offence_date": "offence_date",
          "counsel": "counsel"}
_NOT_COMPARED = ("birth_date", "decision", "decided_on", "refusal_ground")  # outcomes compare
_REQUEST_FIELDS = ("received_date", "request_date", "police_agency", "request_no", "officer",
                   "major_complex")


@dataclass
class Reassignment:
    """承办人变更 of a registered open request whose rows name another officer of the office
    (the work item of an "updated" row; officer_change.reassign_in writes it)."""
    request_id: str
    officer_id: str


@dataclass
class Context:
    catalogue: dict[str, str]  # code → name
    agencies: dict[str, str]  # name → id
    users: dict[str, str]  # display name and user name → id
    by_id: dict[tuple, dict]  # (case no, ID number) → what is stored
    by_name: dict[tuple, dict]  # (case no, plain name, birth date) → what is stored
    case_nos: set[str]
    officers: set[str]  # ids of the office's own active 承办检察官 (officer_change)


def load_context(office) -> Context:
    conn = office.reader
    catalogue = {c: n for c, n in conn.execute("SELECT code, name FROM charges")}
    agencies = {n: i for i, n in conn.execute(
        "SELECT id, name FROM police_agencies WHERE deleted_at IS NULL ORDER BY created_at")}
    users: dict[str, str] = {}
    for uid, username, shown in conn.execute(
            "SELECT id, username, display_name FROM users WHERE active AND unit_code = ? "
            "AND deleted_at IS NULL", (office.unit_code,)):
        users.setdefault(shown, uid)
        users.setdefault(username, uid)
    by_id, by_name, case_nos = {}, {}, set()
    for row in conn.execute(
            "SELECT q.id, q.police_case_no, q.request_no, q.request_date, q.received_date, "
            "a.name, q.charge_codes, u.display_name, q.major_complex, p.name, p.id_number, "
            "p.birth_date, r.detained, r.detained_since, r.confessed, r.counsel, "
            "r.offence_date, q.note, r.id, r.status, d.kind, d.ground, r.decided_on, "
            "q.officer_id, q.unit_code FROM arrest_reviews r "
            "JOIN arrest_requests q ON q.id = r.request_id JOIN persons p ON p.id = r.person_id "
            "LEFT JOIN review_decisions d ON d.review_id = r.id AND d.state = 'approved' "
            "AND d.deleted_at IS NULL "
            "JOIN police_agencies a ON a.id = q.police_agency_id "
            "JOIN users u ON u.id = q.officer_id "
            "WHERE r.deleted_at IS NULL AND q.deleted_at IS NULL"):
        stored = {"id": row[0], "police_case_no": row[1], "request_no": row[2],
                  "request_date": _day(row[3]), "received_date": _day(row[4]),
                  "police_agency": row[5], "charges": (row[6] or "").split(","),
                  "officer": row[7], "major_complex": bool(row[8]), "suspect_name": row[9],
                  "id_number": row[10], "birth_date": _day(row[11]),
                  "detained": bool(row[12]), "detained_since": _day(row[13]),
                  "confessed": bool(row[14]), "counsel": row[15],
                  "offence_date": _day(row[16]), "note": row[17],
                  # the outcome (register_import_outcomes.compare)
                  "review_id": row[18], "status": row[19], "decision": row[20],
                  "refusal_ground": row[21] or None, "decided_on": _day(row[22]),
                  "officer_id": row[23], "unit_code": row[24]}
        case_nos.add(row[1])
        if row[10]:
            by_id[(row[1], row[10])] = stored
        by_name[(row[1], _plain(row[9]), stored["birth_date"])] = stored
    officers = {uid for uid, _ in officer_change.own_officers(office)}
    return Context(catalogue, agencies, users, by_id, by_name, case_nos, officers)


def _day(text):
    return date.fromisoformat(text[:10]) if text else None


def _keys(values: dict) -> tuple:
    case = values.get("police_case_no", "")
    k1 = (case, values["id_number"]) if values.get("id_number") else None
    k2 = (case, _plain(values.get("suspect_name", "")), values.get("birth_date"))
    return k1, k2


def _differences(stored: dict, values: dict, ctx: Context) -> dict:
    diff = {}
    for key, value in values.items():
        if key not in stored or key in _NOT_COMPARED:
            continue
        old = stored[key]
        if key == "officer" and ctx.users.get(value) == ctx.users.get(old):
            continue  # the same officer, by user name or by name
        if key == "suspect_name":
            same = _plain(old) == _plain(value)
        elif key == "charges":
            same = sorted(old) == sorted(value)
        else:
            same = old == value or (old in ("", None) and value in ("", None))
        if not same:
            diff[key] = (old, value)
    return diff


def plan(office, checks: list[RowCheck], *, today: date, mapped=frozenset()) -> list:
    """Statuses for the parsed rows and the work they become: (RegistrationInput, rows) for
    new requests, (outcomes.Outcome, rows) for decisions on registered reviews. `mapped`:
    the field keys the mapping fills (a refusal needs a ground only where one is mapped)."""
    ctx = load_context(office)
    seen: dict[tuple, int] = {}
    groups: dict[str, list[RowCheck]] = {}
    work: list = []
    moved: dict[str, str] = {}  # request id → the officer it goes to
    for c in checks:
        outcomes.read_outcome(office, c, today=today, mapped=set(mapped))
    for c in checks:
        if c.status == REFUSED:
            continue
        v = c.values
        k1, k2 = _keys(v)
        stored = (ctx.by_id.get(k1) if k1 else None) or ctx.by_name.get(k2)
        if stored is not None:
            c.status, c.match_id = UNCHANGED, stored["id"]
            c.differences = _differences(stored, v, ctx)
            outcome = outcomes.compare(c, stored)
            move = _reassignment(office, ctx, stored, c, moved)
            if move is not None:  # before the decision: it is recorded for the new officer
                work.append((move, [c]))
                if outcome is not None:
                    outcome.officer_id = move.officer_id
            if outcome is not None:
                work.append((outcome, [c]))
            continue
        earlier = (seen.get(k1) if k1 else None) or seen.get(k2)
        if earlier is not None:
            c.refuse("suspect_name", "import.duplicate_row", f"the same suspect as row {earlier}",
                     row=earlier)
            continue
        if k1:
            seen[k1] = c.row_number
        seen[k2] = c.row_number
        if v["police_case_no"] in ctx.case_nos:
            c.refuse("police_case_no", "import.case_registered",
                     "this case is registered without this suspect; add the suspect by hand",
                     case=v["police_case_no"])
            continue
        if v.get("officer") and v["officer"] not in ctx.users:
            c.refuse("officer", "import.officer_unknown", f"no officer named {v['officer']}",
                     name=v["officer"])
            continue
        groups.setdefault(v["police_case_no"], []).append(c)
    for case_no, rows in groups.items():
        first = rows[0].values
        kept = [rows[0]]
        for c in rows[1:]:
            clash = [k for k in _REQUEST_FIELDS if c.values.get(k) != first.get(k)]
            if clash:
                c.refuse(clash[0], "import.case_conflict",
                         f"differs from row {rows[0].row_number} of the same case",
                         row=rows[0].row_number)
            else:
                kept.append(c)
        data = _registration(office, ctx, case_no, kept)
        errors = validate_registration(office, data, today=today)
        if errors:
            _spread(errors, kept)
            continue
        numbers = tuple(c.row_number for c in kept)
        for c in kept:
            c.status, c.record_rows = NEW, numbers
        work.append((data, kept))
    return work


def _reassignment(office, ctx: Context, stored: dict, c: RowCheck,
                  moved: dict[str, str]) -> Reassignment | None:
    """A matched row naming another of the office's officers for an open request, imported
    by someone who may reassign (ASSIGN_OFFICER): the row is "updated" and the request goes
    to that officer, once per request. Otherwise the officer stays a listed difference."""
    if c.status == REFUSED or "officer" not in c.differences:
        return None
    officer_id = ctx.users.get(c.values.get("officer"))
    request_id = stored["id"]
    if (officer_id not in ctx.officers or stored["unit_code"] != office.unit_code
            or stored["status"] not in {s.value for s in OPEN_STATUSES}
            or not office.may(permissions.ASSIGN_OFFICER)
            or moved.get(request_id, officer_id) != officer_id):
        return None
    c.differences.pop("officer")
    c.status = UPDATED
    if request_id in moved:
        return None  # another row of the request brought the change already
    moved[request_id] = officer_id
    return Reassignment(request_id, officer_id)


def _registration(office, ctx: Context, case_no: str, rows: list[RowCheck]) -> RegistrationInput:
    first = rows[0].values
    agency = first.get("police_agency", "")
    codes: list[str] = []
    for c in rows:
        codes += [code for code in c.values.get("charges", []) if code not in codes]
    suspects = []
    for c in rows:
        v = c.values
        since = v.get("detained_since")
        suspects.append(SuspectInput(
            name=v.get("suspect_name", ""), id_number=v.get("id_number", ""),
            detained=v.get("detained", since is not None), detained_since=since,
            confessed=bool(v.get("confessed", False)), counsel=v.get("counsel", ""),
            offence_date=v.get("offence_date"), birth_date=v.get("birth_date")))
    received = first.get("received_date")
    return RegistrationInput(
        police_agency_id=ctx.agencies.get(agency, ""), police_case_no=case_no,
        request_no=first.get("request_no", ""), request_date=first.get("request_date", received),
        received_date=received, officer_id=ctx.users.get(first.get("officer"), office.user_id),
        charge_codes=codes, suspects=suspects, major_complex=bool(first.get("major_complex")),
        note=first.get("note", ""),
        new_police_agency="" if agency in ctx.agencies else agency)


def _spread(errors, rows: list[RowCheck]) -> None:
    """The service's errors to the rows they concern: suspects[i].x to row i, the rest to
    every row of the case; a row without an error of its own is refused with its case."""
    own: set[int] = set()
    for e in errors:
        name = e.field
        if name.startswith("suspects[") and "]." in name:
            i = int(name[len("suspects["):name.index("]")])
            key = _FIELD.get(name.split(".", 1)[1], name)
            rows[i].refuse(key, e.code, e.message, **e.params)
            own.add(i)
        else:
            for i, c in enumerate(rows):
                c.refuse(_FIELD.get(name, name), e.code, e.message, **e.params)
                own.add(i)
    for i, c in enumerate(rows):
        if i not in own:
            bad = [r.row_number for r in rows if r.status == REFUSED and r is not c]
            c.refuse("police_case_no", "import.case_refused",
                     f"another row of the same case was refused (row {bad[0]})", row=bad[0])


def people_on_file(session, work) -> dict:
    """{ID number: Person} of the batch's suspects already on file, in a few queries."""
    from sqlalchemy import select

    from desktop.store.models import Person

    numbers = sorted({s.id_number for data, _ in work if isinstance(data, RegistrationInput)
                      for s in data.suspects if s.id_number})
    found: dict = {}
    for i in range(0, len(numbers), 500):
        with session.no_autoflush:
            for person in session.scalars(select(Person).where(
                    Person.id_number.in_(numbers[i:i + 500]), Person.deleted_at.is_(None))):
                found.setdefault(person.id_number, person)
    return found


def write(session, data, created_agencies: dict[str, str], *, today: date,
          persons: dict | None = None, rows: list[RowCheck] = (),
          decisions: list | None = None, reviews: dict | None = None, office=None) -> str:
    """One registration through the manual-entry code, in the batch's transaction, with the
    decisions its rows carry (a concluded case); or, for an Outcome, the decision on a
    review registered earlier. The decision records of new reviews go to `decisions`, for
    the batch to add after its next flush (without it: flushed here); `reviews` is the
    batch's cache of the reviews it decides (outcomes.reviews_on_file). A police agency new
    to the office is created by the first registration naming it and reused by the next
    ones. A Reassignment (承办人变更) needs the `office`, whose own requests only it moves."""
    if isinstance(data, outcomes.Outcome):
        return outcomes.record_outcome(session, data, reviews)
    if isinstance(data, Reassignment):
        officer_change.reassign_in(session, office, data.request_id, data.officer_id,
                                   reason=officer_change.IMPORT_REASON)
        return data.request_id
    name = data.new_police_agency.strip()
    if name and not data.police_agency_id and name in created_agencies:
        data.police_agency_id, data.new_police_agency = created_agencies[name], ""
    request = add_request(session, data, today=today, persons=persons)
    request_id = request.id
    # rows and reviews are both in the suspects' order
    made = [outcomes.record(review, c.values, data.officer_id)
            for review, c in zip(request.reviews, rows) if c.values.get(outcomes.DECISION)]
    if decisions is not None:
        decisions += made
    elif made:
        session.flush()
        session.add_all(made)
    if name and name not in created_agencies and not data.police_agency_id:
        from sqlalchemy import select

        from desktop.store.models import PoliceAgency

        session.flush()
        created_agencies[name] = session.scalars(select(PoliceAgency.id).where(
            PoliceAgency.name == name)).first()
    return request_id
