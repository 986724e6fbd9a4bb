"""What is recorded on one review, read as the domain's `ReviewFacts` with plain SQL, so the
same loader serves the workspace (the office's sqlite3 reader: no SQLAlchemy import on the read
path) and the decision's validation inside a write transaction (the session's connection)."""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from desktop.domain import review_rules as rules
from desktop.domain.review_decision import ReviewFacts, decision_checks

Run = Callable[[str, tuple], object]  # sqlite3 `conn.execute` or SQLAlchemy `exec_driver_sql`

CHECKLIST_FLAGS = ("suspect_asked", "doubt_about_conditions", "possible_illegality", "major_complex",
          "disability", "ten_years_possible", "prior_intentional_crime", "identity_unknown",
          "bail_violation", "social_report", "age_uncertain")


def _date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def parse_arguments(text: str) -> list[rules.CounselArgument]:
    return [rules.CounselArgument(rules.ArgumentKind(a["kind"]), a.get("text", ""),
                                  a.get("adopted"), a.get("reason", ""))
            for a in json.loads(text or "[]")]


def arguments_json(arguments: list[rules.CounselArgument]) -> str:
    return json.dumps([{"kind": a.kind.value, "text": a.text, "adopted": a.adopted,
                        "reason": a.reason} for a in arguments], ensure_ascii=False)


def split_staff(text: str) -> tuple[str, ...]:
    return tuple(s for s in (text or "").split("、") if s.strip())


def load_facts(run: Run, review_id: str) -> ReviewFacts | None:
    """None when there is no such review."""
    head = list(run(
        "SELECT v.detained, v.juvenile, v.confessed, v.counsel, p.sex, r.major_complex "
        "FROM arrest_reviews v JOIN persons p ON p.id = v.person_id "
        "JOIN arrest_requests r ON r.id = v.request_id WHERE v.id = ?", (review_id,)))
    if not head:
        return None
    detained, juvenile, confessed, counsel, sex, major = head[0]
    rows = list(run(f"SELECT {', '.join(CHECKLIST_FLAGS)}, legal_aid_notified_on FROM review_checklists "
                    "WHERE review_id = ? AND deleted_at IS NULL", (review_id,)))
    flags = dict(zip(CHECKLIST_FLAGS, (bool(v) for v in rows[0][:-1]))) if rows else dict.fromkeys(
        CHECKLIST_FLAGS, False)
    legal_aid = bool(rows and rows[0][-1])
    interrogations = tuple(
        rules.InterrogationRecord(rules.InterrogationKind(k), _date(held), split_staff(staff),
                                  place, _date(returned), bool(female), adult)
        for k, held, staff, place, returned, female, adult in run(
            "SELECT kind, held_on, staff, place, returned_on, female_prosecutor_present, "
            "adult_present FROM review_interrogations WHERE review_id = ? "
            "AND deleted_at IS NULL ORDER BY held_on, created_at", (review_id,)))
    arguments = tuple(a for (text,) in run(
        "SELECT arguments FROM counsel_opinions WHERE review_id = ? AND deleted_at IS NULL "
        "ORDER BY heard_on, created_at", (review_id,)) for a in parse_arguments(text))
    dangers = tuple(rules.DangerFinding(rules.SocialDanger(c), f, e) for c, f, e in run(
        "SELECT circumstance, facts, evidence FROM social_danger_findings WHERE review_id = ? "
        "AND deleted_at IS NULL ORDER BY circumstance", (review_id,)))
    return ReviewFacts(
        detained=bool(detained), juvenile=bool(juvenile), female=sex == "F",
        has_counsel=bool((counsel or "").strip()),
        flags=rules.InterrogationFlags(
            juvenile=bool(juvenile), confessed=bool(confessed),
            suspect_asked=flags["suspect_asked"],
            doubt_about_conditions=flags["doubt_about_conditions"],
            possible_illegality=flags["possible_illegality"],
            major_complex=flags["major_complex"] or bool(major),
            disability=flags["disability"]),
        interrogations=interrogations, counsel_arguments=arguments, dangers=dangers,
        mandatory=rules.MandatoryArrestFlags(
            ten_years_possible=flags["ten_years_possible"],
            prior_intentional_crime=flags["prior_intentional_crime"],
            identity_unknown=flags["identity_unknown"], bail_violation=flags["bail_violation"]),
        legal_aid_notified=legal_aid, social_report=flags["social_report"],
        age_uncertain=flags["age_uncertain"])


def workspace_checks(conn, review_id: str) -> list[tuple[str, bool, str, bool]]:
    """(code, satisfied, basis, required) of every check on a review, for the workspace,
    followed by the reasons interrogation is compulsory as (code, True, basis, False).
    `conn` is the office's sqlite3 reader."""
    facts = load_facts(conn.execute, review_id)
    if facts is None:
        return []
    out = [(c.code, c.satisfied, c.basis, c.required) for c in decision_checks(facts)]
    out += [(code, True, rules.BASIS["rpr280"], False)
            for code in rules.compulsory_interrogation_reasons(facts.flags)]
    return out


def _dicts(conn, sql: str, params: tuple) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


_LIVE = "WHERE review_id = ? AND deleted_at IS NULL"


def workspace(conn, review_id: str) -> dict | None:
    """Everything the review workspace shows for one suspect, as plain rows (dates as ISO
    text): the review, its checklist, interrogations, counsel opinions (arguments parsed),
    ticked social dangers, hearings, proposals and decisions, receipts, 复议/复核, and the
    checks. None when there is no such review."""
    head = _dicts(conn, "SELECT v.id, v.request_id, v.status, v.due_date, v.raw_end, "
                  "v.limit_code, v.decided_on, v.detained, v.juvenile, p.name, p.sex "
                  "FROM arrest_reviews v JOIN persons p ON p.id = v.person_id WHERE v.id = ?",
                  (review_id,))
    if not head:
        return None
    checklist = _dicts(conn, f"SELECT * FROM review_checklists {_LIVE}", (review_id,))
    opinions = _dicts(conn, f"SELECT * FROM counsel_opinions {_LIVE} ORDER BY heard_on",
                      (review_id,))
    for o in opinions:
        o["arguments"] = parse_arguments(o["arguments"])
    return {
        "review": head[0],
        "checklist": checklist[0] if checklist else None,
        "interrogations": _dicts(conn, f"SELECT * FROM review_interrogations {_LIVE} "
                                 "ORDER BY held_on, created_at", (review_id,)),
        "counsel_opinions": opinions,
        "dangers": {d["circumstance"]: (d["facts"], d["evidence"]) for d in _dicts(
            conn, f"SELECT circumstance, facts, evidence FROM social_danger_findings {_LIVE}",
            (review_id,))},
        "hearings": _dicts(conn, f"SELECT * FROM review_hearings {_LIVE} ORDER BY held_on",
                           (review_id,)),
        "decisions": _dicts(conn, f"SELECT * FROM review_decisions {_LIVE} ORDER BY created_at",
                            (review_id,)),
        "receipts": _dicts(conn, f"SELECT * FROM execution_receipts {_LIVE}", (review_id,)),
        "reconsiderations": _dicts(conn, f"SELECT * FROM reconsiderations {_LIVE} "
                                   "ORDER BY requested_on", (review_id,)),
        "checks": workspace_checks(conn, review_id),
    }
