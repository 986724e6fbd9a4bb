"""The statements behind the statistics indicators (统计口径, DOMAIN.md §7), one per register.

A `Register` names the rows that may count in a period (`rows`: FROM … WHERE …), what a row
is (`id`), what a 件 of it counts (`case`: a request, a matter), whether it concerns a
juvenile (`juvenile`) and, per indicator key, the condition under which the row counts
(`flags`). A figure is an aggregate of its condition — `count(*) FILTER (WHERE …)`, one pass
over the register for all its figures — and `services.statistics.records_behind` selects the
ids where the same condition holds, so a figure and the list behind it cannot disagree.
`dated` names, per key, the date column that puts a row in its period, for the monthly series
(GROUP BY month); a key whose period test is not one date (a state at the period's end)
has none.

Placeholders: `:s`, `:e` (the period), `:asof` (the report's day), `:high` and `:open_end`
(the petitions' highest risk level and the day high-risk petitions are open on), `:unit`;
`{unit:x}` becomes a condition on table x's unit code when one unit is asked for, `{join}`
the dialect's fixed-order join, `{live_requests}` the exclusion of tombstoned requests (only
written when there are any). Nothing from a user is ever written into the text."""
from __future__ import annotations

from dataclasses import dataclass, field

IN = "BETWEEN :s AND :e"


@dataclass(frozen=True)
class Register:
    name: str
    rows: str
    id: str
    case: str
    juvenile: str
    flags: dict[str, str]  # key → the SQL condition (None-valued: every row counts)
    dated: dict[str, str] = field(default_factory=dict)
    sums: dict[str, str] = field(default_factory=dict)  # key → the column summed (人 of 件)
    cases: frozenset[str] = frozenset()  # keys counted as distinct `case`s (件)


# 受理: driven from the requests received in the period (a fixed join order), one row per
# suspect of a live request.
RECEIVED = Register(
    "received",
    rows=f"""FROM arrest_requests q {{join}} arrest_reviews r ON r.request_id = q.id
WHERE q.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:q}} AND q.received_date {IN}""",
    id="r.id", case="q.id", juvenile="r.juvenile",
    flags={"arrest.received_persons": "", "arrest.received_cases": ""},
    dated=dict.fromkeys(("arrest.received_persons", "arrest.received_cases"), "q.received_date"),
    cases=frozenset({"arrest.received_cases"}))

# 审结, as first decided: d is the approved decision record, if any; without one (imported or
# demonstration data) the review's status stands for the decision and the ground is
# "not recorded".
_CONCLUDED_KEYS = ("arrest.concluded_persons", "arrest.concluded_cases", "arrest.approved",
                   "arrest.refused", "arrest.refused_no_crime",
                   "arrest.refused_insufficient_evidence", "arrest.refused_no_social_danger",
                   "arrest.refused_ground_unrecorded", "arrest.withdrawn")
CONCLUDED = Register(
    "concluded",
    rows=f"""FROM arrest_reviews r
LEFT JOIN review_decisions d
  ON d.review_id = r.id AND d.state = 'approved' AND d.deleted_at IS NULL
WHERE r.deleted_at IS NULL {{unit:r}} AND r.decided_on {IN}
  AND r.status IN ('approved', 'refused', 'withdrawn') {{live_requests}}""",
    id="r.id", case="r.request_id", juvenile="r.juvenile",
    flags={
        "arrest.concluded_persons": "", "arrest.concluded_cases": "",
        "arrest.approved": "coalesce(d.kind = 'approve', r.status = 'approved')",
        "arrest.refused": "coalesce(d.kind = 'refuse', r.status = 'refused')",
        "arrest.refused_no_crime": "d.kind = 'refuse' AND d.ground = 'no_crime'",
        "arrest.refused_insufficient_evidence":
            "d.kind = 'refuse' AND d.ground = 'insufficient_evidence'",
        "arrest.refused_no_social_danger": "d.kind = 'refuse' AND d.ground = 'no_social_danger'",
        # no decision record (older data), or one without its ground (a register imported
        # without a 不捕理由 column)
        "arrest.refused_ground_unrecorded":
            "coalesce(d.kind = 'refuse' AND coalesce(d.ground, '') = '', r.status = 'refused')",
        "arrest.withdrawn": "d.id IS NULL AND r.status = 'withdrawn'",
    },
    dated=dict.fromkeys(_CONCLUDED_KEYS, "r.decided_on"),
    cases=frozenset({"arrest.concluded_cases"}))

RECONSIDERATIONS = Register(
    "reconsiderations",
    rows=f"""FROM reconsiderations c JOIN arrest_reviews r ON r.id = c.review_id
WHERE c.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:c}}
  AND (c.requested_on {IN} OR c.decided_on {IN})""",
    id="c.id", case="c.id", juvenile="r.juvenile",
    flags={
        "arrest.reconsideration_requests": f"c.kind = 'reconsideration' AND c.requested_on {IN}",
        "arrest.reconsideration_changed":
            f"c.kind = 'reconsideration' AND c.outcome = 'changed' AND c.decided_on {IN}",
        "arrest.upper_review_requests": f"c.kind = 'upper_review' AND c.requested_on {IN}",
        "arrest.upper_review_changed":
            f"c.kind = 'upper_review' AND c.outcome = 'changed' AND c.decided_on {IN}",
    },
    dated={"arrest.reconsideration_requests": "c.requested_on",
           "arrest.reconsideration_changed": "c.decided_on",
           "arrest.upper_review_requests": "c.requested_on",
           "arrest.upper_review_changed": "c.decided_on"})

# Overdue: came after its due date, or has not come and the due date has passed on the
# report's day (:asof; without one, any receipt still missing).
RECEIPTS = Register(
    "receipts",
    rows=f"""FROM execution_receipts e JOIN arrest_reviews r ON r.id = e.review_id
WHERE e.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:e}} AND e.due_date {IN}""",
    id="e.id", case="e.id", juvenile="r.juvenile",
    flags={"arrest.receipts_overdue":
           "(e.received_on IS NULL AND e.due_date < :asof) OR e.received_on > e.due_date"},
    dated={"arrest.receipts_overdue": "e.due_date"})

OMITTED = Register(
    "omitted",
    rows=f"""FROM omitted_suspect_demands o
WHERE o.deleted_at IS NULL {{unit:o}} AND (o.demanded_on {IN} OR o.direct_decision_on {IN})""",
    id="o.id", case="o.id", juvenile="false",
    flags={"arrest.omitted_demanded": f"o.demanded_on {IN}",
           "arrest.omitted_decided": f"o.direct_decision_on {IN}"},
    dated={"arrest.omitted_demanded": "o.demanded_on",
           "arrest.omitted_decided": "o.direct_decision_on"})

_RECOMMENDED = f"""EXISTS (SELECT 1 FROM custody_recommendations m WHERE m.review_id = cr.id
  AND m.deleted_at IS NULL AND m.served_on {IN})"""
_ADOPTED = f"""EXISTS (SELECT 1 FROM custody_recommendations m
  JOIN custody_replies y ON y.recommendation_id = m.id AND y.deleted_at IS NULL
  WHERE m.review_id = cr.id AND m.deleted_at IS NULL AND m.served_on {IN}
    AND y.outcome IN ('adopted', 'partly'))"""
_STARTED = f"cr.started_on {IN}"
CUSTODY = Register(
    "custody",
    rows=f"""FROM custody_reviews cr LEFT JOIN arrest_reviews r ON r.id = cr.arrest_review_id
WHERE cr.deleted_at IS NULL {{unit:cr}} AND ({_STARTED} OR {_RECOMMENDED})""",
    id="cr.id", case="cr.id", juvenile="coalesce(r.juvenile, false)",
    flags={
        "custody.reviews": _STARTED,
        "custody.reviews_own_motion": f"{_STARTED} AND cr.source = 'own_motion'",
        "custody.reviews_application": f"{_STARTED} AND cr.source = 'application'",
        "custody.reviews_detention_centre": f"{_STARTED} AND cr.source = 'detention_centre'",
        "custody.recommended": _RECOMMENDED,
        "custody.adopted": _ADOPTED,
    },
    dated=dict.fromkeys(("custody.reviews", "custody.reviews_own_motion",
                         "custody.reviews_application", "custody.reviews_detention_centre"),
                        "cr.started_on"))

_ASKING = ("'explain_non_filing', 'explain_overdue_filing', 'explain_filing', 'notice_to_file', "
           "'notice_to_withdraw', 'correction', 'suggestion'")  # notices the police must act on
_COMPLIED = """(n.state IN ('complied', 'partly') OR EXISTS (
  SELECT 1 FROM supervision_answers a WHERE a.notice_id = n.id AND a.deleted_at IS NULL
    AND a.kind IN ('filed', 'withdrawn', 'corrected', 'partly')))"""
_JUVENILE_MATTER = "('|' || m.tags || '|' LIKE '%|juvenile|%')"
_NOTICE_FLAGS = {
    "supervision.explain_non_filing": "n.kind IN ('explain_non_filing', 'explain_overdue_filing')",
    "supervision.notice_to_file": "n.kind = 'notice_to_file'",
    "supervision.explain_filing": "n.kind = 'explain_filing'",
    "supervision.notice_to_withdraw": "n.kind = 'notice_to_withdraw'",
    "supervision.oral_correction": "n.kind = 'oral_correction'",
    "supervision.correction": "n.kind = 'correction'",
    "supervision.correction_complied": f"n.kind = 'correction' AND {_COMPLIED}",
    "supervision.suggestion": "n.kind = 'suggestion'",
    "supervision.suggestion_adopted": f"n.kind = 'suggestion' AND {_COMPLIED}",
    "supervision.notices_issued": f"n.kind IN ({_ASKING})",
    "supervision.notices_complied": f"n.kind IN ({_ASKING}) AND {_COMPLIED}",
}
NOTICES = Register(
    "notices",
    rows=f"""FROM supervision_notices n JOIN supervision_matters m ON m.id = n.matter_id
WHERE n.deleted_at IS NULL AND m.deleted_at IS NULL {{unit:n}} AND n.served_on {IN}""",
    id="n.id", case="n.matter_id", juvenile=_JUVENILE_MATTER, flags=_NOTICE_FLAGS,
    dated=dict.fromkeys(_NOTICE_FLAGS, "n.served_on"))

SUPERVISED = Register(
    "supervised",
    rows=f"""FROM supervision_answers a
JOIN supervision_notices n ON n.id = a.notice_id
JOIN supervision_matters m ON m.id = n.matter_id
WHERE a.deleted_at IS NULL AND n.deleted_at IS NULL AND m.deleted_at IS NULL {{unit:a}}
  AND a.received_on {IN} AND a.kind IN ('filed', 'withdrawn')""",
    id="a.id", case="n.matter_id", juvenile=_JUVENILE_MATTER,
    flags={"supervision.filed": "a.kind = 'filed' AND n.kind IN ('explain_non_filing', "
                                "'explain_overdue_filing', 'notice_to_file')",
           "supervision.withdrawn":
               "a.kind = 'withdrawn' AND n.kind IN ('explain_filing', 'notice_to_withdraw')"},
    dated=dict.fromkeys(("supervision.filed", "supervision.withdrawn"), "a.received_on"),
    cases=frozenset({"supervision.filed", "supervision.withdrawn"}))

# p: the petitions with their first reply and their first reply on the progress or result.
# Whether a reply came in time is decided by domain/petitions.py, the rule the petition
# deadlines use (calendar days extended over a holiday, or working days: the office's
# setting), per day of receipt: a join to a table of those days cost SQLite a scan of it per
# petition (60 ms a year), so the statement gives the candidates and
# services/statistics keeps those replied by their deadline. key → (reply column, deadline).
REPLY_DEADLINES = {"petitions.replied_7_days": ("first_reply", "procedural"),
                   "petitions.replied_3_months": ("first_answer", "result")}
_OPEN_HIGH = ("p.risk_level = :high AND p.received_on <= :open_end "
              "AND (p.closed_on IS NULL OR p.closed_on > :open_end)")
_RECEIVED = f"p.received_on {IN}"
_PETITION_KEYS = {
    "petitions.received": "", "petitions.received_persons": "",
    "petitions.channel_letter": "p.channel = 'letter'",
    "petitions.channel_visit": "p.channel = 'visit'",
    "petitions.channel_online": "p.channel = 'online'",
    "petitions.channel_12309": "p.channel = '12309'",
    "petitions.type_accusation": "p.petition_type = 'accusation'",
    "petitions.type_report": "p.petition_type = 'report'",
    "petitions.type_appeal": "p.petition_type = 'appeal'",
    "petitions.type_suggestion": "p.petition_type = 'suggestion'",
    "petitions.type_enquiry": "p.petition_type = 'enquiry'",
    # candidates: services/statistics keeps those replied by the deadline (REPLY_DEADLINES)
    "petitions.replied_7_days": "p.first_reply IS NOT NULL",
    "petitions.replied_3_months": "p.first_answer IS NOT NULL",
    "petitions.repeat": "p.repeat_of_id IS NOT NULL",
}
PETITIONS = Register(
    "petitions",
    rows=f"""FROM (
  SELECT p.*,
    (SELECT min(w.done_on) FROM petition_work w WHERE w.petition_id = p.id
       AND w.kind = 'reply' AND w.deleted_at IS NULL) AS first_reply,
    (SELECT min(w.done_on) FROM petition_work w WHERE w.petition_id = p.id
       AND w.kind = 'reply' AND w.reply_kind IN ('progress', 'result')
       AND w.deleted_at IS NULL) AS first_answer
  FROM petitions p
  WHERE p.deleted_at IS NULL {{unit:p}}
    AND ({_RECEIVED} OR p.closed_on {IN} OR ({_OPEN_HIGH}))
) p WHERE true""",
    id="p.id", case="p.id", juvenile="false",
    flags={**{k: _RECEIVED + (f" AND {c}" if c else "") for k, c in _PETITION_KEYS.items()},
           "petitions.settled": f"p.closure = 'settled' AND p.closed_on {IN}",
           "petitions.open_high_risk": _OPEN_HIGH},
    dated={**dict.fromkeys(_PETITION_KEYS, "p.received_on"), "petitions.settled": "p.closed_on"},
    sums={"petitions.received_persons": "p.petitioner_count"})

HEARINGS = Register(
    "hearings",
    rows=f"""FROM (
  SELECT h.id AS id, r.juvenile AS juvenile, 'arrest' AS kind, h.held_on AS held_on
  FROM review_hearings h JOIN arrest_reviews r ON r.id = h.review_id
  WHERE h.deleted_at IS NULL AND r.deleted_at IS NULL {{unit:h}} AND h.held_on {IN}
  UNION ALL
  SELECT w.id, false, 'petition', w.done_on
  FROM petition_work w JOIN petitions p ON p.id = w.petition_id
  WHERE w.deleted_at IS NULL AND p.deleted_at IS NULL {{unit:w}} AND w.kind = 'public_hearing'
    AND w.done_on {IN}
) x WHERE true""",
    id="x.id", case="x.id", juvenile="x.juvenile",
    flags={"hearings.arrest_review": "x.kind = 'arrest'",
           "hearings.petitions": "x.kind = 'petition'"},
    dated=dict.fromkeys(("hearings.arrest_review", "hearings.petitions"), "x.held_on"))

REGISTERS: tuple[Register, ...] = (RECEIVED, CONCLUDED, RECONSIDERATIONS, RECEIPTS, OMITTED,
                                   CUSTODY, NOTICES, SUPERVISED, PETITIONS, HEARINGS)
REGISTER_OF: dict[str, Register] = {k: reg for reg in REGISTERS for k in reg.flags}
