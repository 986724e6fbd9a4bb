"""Reads of the upper office's records (plain SQL on `Office.reader`): the comments and 督办 on
a record, the open 督办 for the dashboard, the 复核 requests the upper office has to decide,
its own chief procurators, and the holiday schedules it published."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from desktop.services.arrest_queries import DueItem

DIRECTIVE_KIND = "upper_directive"  # the dashboard's kind of an open 督办
DIRECTIVE_BASIS = "上级人民检察院督办"
_OWN = "(SELECT value FROM app_meta WHERE key = 'self_unit_code')"


@dataclass(frozen=True)
class Instruction:
    id: str
    kind: str  # "comment" | "directive"
    text: str
    issuer_name: str
    issued_on: date
    due_date: date | None
    closed_on: date | None
    for_unit: str
    own: bool = False  # issued by this office (the upper office may close it)


def _day(value) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def instructions_of(conn, subject_table: str, subject_ids: list[str] | tuple[str, ...]
                    ) -> list[Instruction]:
    """The upper office's comments and 督办 on these records (a request and its reviews),
    oldest first."""
    if not subject_ids:
        return []
    marks = ", ".join("?" * len(subject_ids))
    return [Instruction(r[0], r[1], r[2], r[3], _day(r[4]), _day(r[5]), _day(r[6]), r[7],
                        bool(r[8]))
            for r in conn.execute(
                "SELECT id, kind, text, issuer_name, issued_on, due_date, closed_on, for_unit, "
                f"unit_code = {_OWN} FROM upper_instructions WHERE subject_table = ? AND subject_id IN "
                f"({marks}) AND deleted_at IS NULL ORDER BY issued_on, created_at",
                (subject_table, *subject_ids))]


@dataclass(frozen=True)
class ReviewDecisionLine:
    """The upper office's 复核决定 on one of the request's 复核 requests, beside what this
    office recorded as the answer (the unit records it by itself when the decision arrives,
    unless the answer was typed in by hand first, or the review can no longer change)."""
    decided_on: date
    decided_by: str
    outcome: str  # review_followup.OUTCOMES
    reasons: str
    recorded_outcome: str  # "" while nothing is recorded here

    @property
    def differs(self) -> bool:
        return bool(self.recorded_outcome) and self.recorded_outcome != self.outcome

    @property
    def not_recorded(self) -> bool:
        return not self.recorded_outcome


def review_decisions_of(conn, request_id: str) -> list[ReviewDecisionLine]:
    """The 复核 decisions on the reviews of this request, oldest first."""
    return [ReviewDecisionLine(_day(r[0]), r[1] or "", r[2], r[3] or "",
                               r[4] if r[5] else "")
            for r in conn.execute(
                "SELECT d.decided_on, d.decided_by, d.outcome, d.reasons, c.outcome, "
                "c.decided_on FROM upper_review_decisions d "
                "JOIN reconsiderations c ON c.id = d.reconsideration_id "
                "JOIN arrest_reviews v ON v.id = c.review_id "
                "WHERE v.request_id = ? AND d.deleted_at IS NULL "
                "ORDER BY d.decided_on, d.created_at", (request_id,))]


@dataclass(frozen=True)
class DirectiveDueItem(DueItem):
    subject_table: str = ""


_TITLES = {  # what the dashboard line names, per subject (the unit's own record)
    "arrest_requests": "SELECT police_case_no || '  ' || suspects FROM request_index "
                       "WHERE request_id = ?",
    "arrest_reviews": "SELECT i.police_case_no || '  ' || p.name FROM arrest_reviews v "
                      "JOIN request_index i ON i.request_id = v.request_id "
                      "JOIN persons p ON p.id = v.person_id WHERE v.id = ?",
    "custody_reviews": "SELECT q.police_case_no || '  ' || p.name FROM custody_reviews c "
                       "JOIN arrest_requests q ON q.id = c.request_id "
                       "JOIN persons p ON p.id = c.person_id WHERE c.id = ?",
    "cooperation_entries": "SELECT trim(case_ref || '  ' || summary) FROM cooperation_entries "
                           "WHERE id = ?",
    "petitions": "SELECT trim(coalesce(related_case, '') || '  ' || substr(summary, 1, 30)) "
                 "FROM petitions WHERE id = ?",
    "supervision_matters": "SELECT trim(coalesce(police_case_no, '') || '  ' || "
                           "coalesce(nullif(subject_name, ''), party_name, '')) "
                           "FROM supervision_matters WHERE id = ?",
}


def directive_due_items(conn, *, today: date, within_days: int = 3) -> list[DueItem]:
    """Open 督办 for this office (the unit it was issued to) due by today + within_days."""
    horizon = (today + timedelta(days=within_days)).isoformat()
    items = []
    for rid, table, subject, text, due in conn.execute(
            "SELECT id, subject_table, subject_id, text, due_date FROM upper_instructions "
            f"WHERE kind = 'directive' AND for_unit = {_OWN} AND closed_on IS NULL "
            "AND deleted_at IS NULL AND due_date <= ? ORDER BY due_date, created_at",
            (horizon,)):
        title = ""
        if table in _TITLES:
            row = conn.execute(_TITLES[table], (subject,)).fetchone()
            title = row[0] if row and row[0] else ""
        request = subject if table == "arrest_requests" else ""
        if table == "arrest_reviews":
            row = conn.execute("SELECT request_id FROM arrest_reviews WHERE id = ?",
                               (subject,)).fetchone()
            request = row[0] if row else ""
        items.append(DirectiveDueItem(DIRECTIVE_KIND, subject, title, text, _day(due),
                                      DIRECTIVE_BASIS, request, subject_table=table))
    return items


_OPENS = {"arrest_requests": "arrest_review", "arrest_reviews": "arrest_review",
          "petitions": "petition", "supervision_matters": "supervision",
          "custody_reviews": "custody_review"}


def open_target(subject_table: str, subject_id: str, request_id: str) -> tuple[str, str]:
    """The (kind, record id) the main window opens for a 督办 on this record."""
    kind = _OPENS.get(subject_table, "")
    if subject_table == "cooperation_entries":
        return "cooperation.entry", subject_id
    if kind == "arrest_review":
        return kind, request_id or subject_id
    return kind, subject_id


@dataclass(frozen=True)
class OpenUpperReview:
    id: str  # the unit's reconsiderations row (kind upper_review)
    review_id: str
    suspect: str
    unit_code: str
    requested_on: date
    due_date: date
    grounds: str


def open_upper_reviews(conn, request_id: str) -> list[OpenUpperReview]:
    """A unit's 复核 requests on this arrest request still waiting for this office's decision."""
    return [OpenUpperReview(r[0], r[1], r[2], r[3], _day(r[4]), _day(r[5]), r[6])
            for r in conn.execute(
                "SELECT c.id, c.review_id, p.name, c.unit_code, c.requested_on, c.due_date, "
                "c.grounds FROM reconsiderations c JOIN arrest_reviews v ON v.id = c.review_id "
                "JOIN persons p ON p.id = v.person_id WHERE v.request_id = ? "
                f"AND c.kind = 'upper_review' AND c.unit_code <> {_OWN} "
                "AND c.decided_on IS NULL AND c.deleted_at IS NULL AND NOT EXISTS ("
                "SELECT 1 FROM upper_review_decisions d WHERE d.reconsideration_id = c.id "
                "AND d.deleted_at IS NULL) ORDER BY c.requested_on", (request_id,))]


def own_chiefs(conn) -> list[tuple[str, str]]:
    """(id, name) of this office's chief procurators (an upper office also holds every
    unit's users)."""
    from desktop.domain.review_decision import ROLE_CHIEF, parse_roles

    return [(uid, name) for uid, name, roles in conn.execute(
        "SELECT id, display_name, roles FROM users WHERE active AND deleted_at IS NULL "
        f"AND unit_code = {_OWN} ORDER BY display_name") if ROLE_CHIEF in parse_roles(roles)]


def calendar_overrides(conn) -> list[str]:
    """The override JSON of the holiday schedules the upper office published for this office
    (or for every unit), oldest first, so a later one wins for its year."""
    return [r[0] for r in conn.execute(
        f"SELECT override_json FROM calendar_updates WHERE for_unit IN ('', {_OWN}) "
        "AND deleted_at IS NULL ORDER BY year, for_unit <> '', updated_at")]


def published_schedules(conn) -> list[tuple[int, date, str, int]]:
    """(year, published on, source, version) of the schedules this office published to
    every unit, by year."""
    return [(r[0], _day(r[1]), r[2], r[3]) for r in conn.execute(
        "SELECT year, published_on, source, version FROM calendar_updates "
        f"WHERE for_unit = '' AND deleted_at IS NULL AND unit_code = {_OWN} ORDER BY year")]


def is_units_record(conn, subject_table: str, subject_id: str) -> bool:
    """Whether this record here belongs to another office (a unit's, at the upper office):
    only those take the upper office's comments, 督办 and 复核 decisions."""
    from desktop.services.upper_records import SUBJECT_TABLES

    if subject_table not in SUBJECT_TABLES or not subject_id:
        return False
    row = conn.execute(f'SELECT unit_code <> {_OWN} FROM "{subject_table}" WHERE id = ?',
                       (subject_id,)).fetchone()
    return bool(row and row[0])


def is_upper_office(conn) -> bool:
    row = conn.execute("SELECT value FROM app_meta WHERE key = 'mode'").fetchone()
    return bool(row) and row[0] == "upper"
