"""承办人变更: an arrest request given to another of the office's 承办检察官 (leave, a conflict
of interest, workload). One transaction of the action ASSIGN_OFFICER; change capture audits
the new officer_id and queues it for the upper office like any other edit.

Only while a review of the request is still open (受理/审查中/待审批): the officer of a
concluded or withdrawn case is the one who decided it, and stays on its record."""
from __future__ import annotations

from datetime import date

from desktop.domain import permissions
from desktop.domain.arrest_review import OPEN_STATUSES
from desktop.services.errors import FieldError, NotFound, ValidationFailed
from desktop.services.office import Office
from desktop.services.text_checks import MULTILINE, check_texts

IMPORT_REASON = "据登记表导入"  # the reason the register import gives


def own_officers(office: Office) -> list[tuple[str, str]]:
    """(id, display name) of the office's own active staff who may handle a case (承办检察官);
    an upper office's database also holds its units' users, who are not its staff."""
    return [(uid, name) for uid, name, roles in office.reader.execute(
        "SELECT id, display_name, roles FROM users WHERE active AND deleted_at IS NULL "
        "AND unit_code = ? ORDER BY display_name", (office.unit_code,))
        if permissions.OFFICER in permissions.parse_roles(roles)]


def current_officer(office: Office, request_id: str) -> str | None:
    row = office.reader.execute("SELECT officer_id FROM arrest_requests WHERE id = ?",
                                (request_id,)).fetchone()
    return row[0] if row else None


def may_reassign(office: Office, request_id: str) -> bool:
    """For the UI: the user may, the request is the office's own and a review is open."""
    if not office.may(permissions.ASSIGN_OFFICER):
        return False
    row = office.reader.execute(
        "SELECT q.unit_code, (SELECT COUNT(*) FROM arrest_reviews r WHERE r.request_id = q.id "
        f"AND r.deleted_at IS NULL AND r.status IN ({_open_list()})) "
        "FROM arrest_requests q WHERE q.id = ? AND q.deleted_at IS NULL",
        (request_id,)).fetchone()
    return row is not None and row[0] == office.unit_code and row[1] > 0


def _open_list() -> str:
    return ",".join(f"'{s.value}'" for s in sorted(OPEN_STATUSES))


def reassign_officer(office: Office, request_id: str, officer_id: str, *, reason: str,
                     today: date) -> None:
    """Make `officer_id` the request's 承办检察官. `reason` is required (it goes into the
    audit trail with the change). Raises PermissionDenied, NotFound or ValidationFailed;
    nothing is written then. `today` is taken as every use case takes it; the change itself
    is dated by change capture."""
    office.require(permissions.ASSIGN_OFFICER)
    errors: list[FieldError] = []
    reason = (reason or "").strip()
    if not reason:
        errors.append(FieldError("reason", "required", "a reason is required"))
    check_texts(errors, [("reason", reason, MULTILINE)])
    if officer_id not in {uid for uid, _ in own_officers(office)}:
        errors.append(FieldError("officer", "officer.not_staff",
                                 "not an active officer of this office"))
    if errors:
        raise ValidationFailed(errors)
    with office.transaction(permissions.ASSIGN_OFFICER) as session:
        reassign_in(session, office, request_id, officer_id, reason=reason)


def reassign_in(session, office: Office, request_id: str, officer_id: str, *,
                reason: str) -> None:
    """The change in a transaction already open (the register import's): checks the request
    is the office's own and open; the caller checked the officer and the reason. Besides the
    captured update (audited and queued once), one audit entry keeps who had it and why."""
    from desktop.store.capture import audit_entry
    from desktop.store.models import ArrestRequest

    request = session.get(ArrestRequest, request_id)
    if request is None or request.deleted_at is not None:
        raise NotFound(request_id)
    if request.unit_code != office.unit_code:
        raise ValidationFailed([FieldError("request", "request.not_own",
                                           "a unit's record is read-only here")])
    if not any(r.status in {s.value for s in OPEN_STATUSES} and r.deleted_at is None
               for r in request.reviews):
        raise ValidationFailed([FieldError("request", "request.concluded",
                                           "no review of this request is open")])
    if request.officer_id == officer_id:
        raise ValidationFailed([FieldError("officer", "officer.same",
                                           "already the handling officer")])
    before = request.officer_id
    request.officer_id = officer_id
    session.flush()
    audit_entry(session, action="reassign", table="arrest_requests", row_id=request_id,
                detail={"from": before, "to": officer_id, "reason": reason})
