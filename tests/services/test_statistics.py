"""The statistics indicators against a hand-built data set with known answers, entered through
the real services on a real SQLite file; then consistency with the demo data.

The data set (unit 320101, September–November 2026):
  request X (received 09-28, 1 adult suspect)       approved 10-02; receipt back 10-07 (late);
                                                    a hearing 09-30; RPR 288 demand 10-03
  request Y (received 09-28, 2 suspects, Y2 juvenile)
      Y1 refused, no social danger, 10-02            复议 asked 10-06, changed 11-03
      Y2 refused, insufficient evidence, 10-02       release receipt never returned
  request Z (received 09-29)                         tombstoned: never counts
  request W (received 10-30)                         still under review
  custody review: X on application in October (adopted), Y1 on our own motion in November
  supervision (October): 要求说明不立案理由 → police filed; two 纠正违法 (one corrected);
      a 检察建议 unanswered; an oral correction; a tombstoned matter with another
  petitions (October): a letter replied on day 5 (result on day 50), a visit by two replied on
      day 9 and left open at high risk, a tombstoned one; a September one settled in October
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest

from desktop.domain import permissions
from desktop.domain.idnumber import id_check_char
from desktop.domain.indicators import INDICATORS, NonArrestDenominator, Period
from desktop.services import arrest_review as svc
from desktop.services import petition_work as W
from desktop.services import review_decisions as dec
from desktop.services import review_followup as fu
from desktop.services import statistics as st
from desktop.services import supervision_answers as sa
from desktop.services import supervision_notices as sv
from desktop.services.arrest_register import RegistrationInput, SuspectInput, register_request
from desktop.services.petition_register import PetitionerInput, PetitionInput, register_petition
from desktop.services.supervision_register import MatterInput, open_matter
from tests.conftest import make_registration
from tests.services.test_review_workflow import (  # noqa: F401  (fixture)
    DAY,
    interrogate,
    people,
    register,
    tick_flight,
)

TODAY = date(2026, 11, 23)
SEP, OCT, NOV = Period.month(2026, 9), Period.month(2026, 10), Period.month(2026, 11)


def _id(first17: str) -> str:
    return first17 + id_check_char(first17)


JUVENILE_ID = _id("11010520100301001")  # born 2010-03-01: 16 at the offence


def _tombstone(office, model, row_id, action):
    with office.transaction(action) as session:
        session.get(model, row_id).deleted_at = datetime.now(timezone.utc).replace(tzinfo=None)


def _decide(office, people, review_id, kind, ground, approver, juvenile=False):
    if juvenile:  # an adult present from the first session, legal aid notified (RPR 461 ff.)
        interrogate(office, review_id, adult_present="legal_representative", adult_name="父亲")
        svc.save_checklist(office, review_id, svc.ChecklistInput(
            {"social_report": True}, legal_aid_notified_on=date(2026, 9, 29)), today=DAY)
    else:
        interrogate(office, review_id)
    if kind == "approve":
        tick_flight(office, review_id)
    dec.propose_decision(office, review_id, dec.ProposalInput(kind, ground, "经审查"), today=DAY)
    dec.approve_decision(people[approver], review_id, today=DAY)


def _receipt(office, review_id):
    return office.reader.execute("SELECT id, due_date FROM execution_receipts WHERE review_id = ?"
                                 " ORDER BY served_on", (review_id,)).fetchall()


def _build_arrest(office, people) -> dict:
    from desktop.store.models import ArrestRequest

    ids = {}
    ids["X"], ids["x"] = register(office)
    svc.add_hearing(office, ids["x"], svc.HearingInput(
        held_on=date(2026, 9, 30), place="本院听证室", chair="张明"), today=DAY)
    _decide(office, people, ids["x"], "approve", "social_danger", "approver")
    (receipt_x, due_x), = _receipt(office, ids["x"])
    assert due_x == "2026-10-05"
    fu.record_receipt(office, receipt_x, received_on=date(2026, 10, 7), executed=True,
                      executed_on=date(2026, 10, 2), today=date(2026, 10, 7))
    fu.demand_arrest_request(office, ids["X"], fu.OmittedSuspectInput(
        suspect_name="赵某", reasons="共同作案", chief_approved_by=people["chief"].user_id,
        demanded_on=date(2026, 10, 3)), today=date(2026, 10, 3))

    data = make_registration(office, case_no="A3201012026110002", name="李大",
                             id_number=_id("11010519850101003"))
    data.suspects.append(SuspectInput(name="李小", id_number=JUVENILE_ID, detained=True,
                                      detained_since=date(2026, 9, 25),
                                      offence_date=date(2026, 9, 20)))
    ids["Y"] = register_request(office, data, today=date(2026, 9, 28))
    ids["y1"], ids["y2"] = [r[0] for r in office.reader.execute(
        "SELECT id FROM arrest_reviews WHERE request_id = ? ORDER BY position", (ids["Y"],))]
    _decide(office, people, ids["y1"], "refuse", "no_social_danger", "approver")
    _decide(office, people, ids["y2"], "refuse", "insufficient_evidence", "chief",
            juvenile=True)
    (receipt_y1, _), = _receipt(office, ids["y1"])
    fu.record_receipt(office, receipt_y1, received_on=date(2026, 10, 3), executed=True,
                      executed_on=date(2026, 10, 2), today=date(2026, 10, 3))
    rec = fu.request_reconsideration(office, ids["y1"], fu.ReconsiderationInput(
        decision_received_on=date(2026, 10, 3), requested_on=date(2026, 10, 6)),
        today=date(2026, 10, 6))
    fu.decide_reconsideration(people["chief"], rec, outcome="changed", reasons="",
                              chief_approved_by=people["chief"].user_id, today=date(2026, 11, 3))

    ids["Z"], _ = register(office, case_no="A3201012026110003", name="孙某",
                           id_number=_id("11010519860101005"), received=date(2026, 9, 29))
    _tombstone(office, ArrestRequest, ids["Z"], permissions.REGISTER_REQUEST)
    ids["W"], _ = register(office, case_no="A3201012026110004", name="周某",
                           id_number=_id("11010519870101007"),
                           received=date(2026, 10, 30), detained_since=date(2026, 10, 28))
    return ids


def _build_supervision(office) -> dict:
    from desktop.store.supervision_models import SupervisionMatter

    agency = office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]

    def matter(area, tags=()):
        return open_matter(office, MatterInput(
            source="victim_complaint", area=area, police_agency_id=agency,
            opened_on=date(2026, 10, 1), summary="线索", tags=list(tags)), today=TODAY)

    def issue(mid, kind, day, **kw):
        nid = sv.draft_notice(office, mid, sv.DraftInput(kind=kind, drafted_on=day,
                                                         content="经审查……", **kw), today=TODAY)
        sv.approve_notice(office, nid, approved_on=day, approver="检察长王某", today=TODAY)
        sv.serve_notice(office, nid, served_on=day, today=TODAY)
        return nid

    ids = {}
    m1 = matter("case_filing", ["juvenile"])
    ids["explain"] = issue(m1, "explain_non_filing", date(2026, 10, 9))
    sa.record_answer(office, ids["explain"], sa.AnswerInput(
        "filed", date(2026, 10, 20), case_filed_on=date(2026, 10, 18)), today=TODAY)
    m2 = matter("investigation")
    codes = {"illegality_codes": ["rights_not_told"], "period_days": 15}
    ids["correction1"] = issue(m2, "correction", date(2026, 10, 12), **codes)
    sa.record_answer(office, ids["correction1"], sa.AnswerInput("corrected", date(2026, 10, 20)),
                     today=TODAY)
    ids["correction2"] = issue(m2, "correction", date(2026, 10, 14), **codes)
    ids["suggestion"] = issue(m2, "suggestion", date(2026, 10, 15))
    ids["oral"] = sv.log_oral_correction(office, m2, given_on=date(2026, 10, 16),
                                         content="口头纠正", illegality_codes=["rights_not_told"],
                                         today=TODAY)
    m3 = matter("case_filing")
    issue(m3, "explain_non_filing", date(2026, 10, 10))
    _tombstone(office, SupervisionMatter, m3, permissions.SUPERVISION)
    ids["m1"] = m1
    return ids


def _build_petitions(office) -> dict:
    from desktop.store.petition_models import Petition

    def new(received, channel, ptype, names, **kw):
        return register_petition(office, PetitionInput(
            received_on=received, channel=channel, petition_type=ptype, summary="反映问题",
            petitioners=[PetitionerInput(n) for n in names], **kw), today=TODAY)

    def reply(pid, day, kind):
        W.record_reply(office, pid, W.ReplyInput(day, kind, "written", "答复"), today=TODAY)

    ids = {}
    ids["p1"] = new(date(2026, 10, 1), "letter", "accusation", ["甲"])
    reply(ids["p1"], date(2026, 10, 6), "procedural")  # day 5
    reply(ids["p1"], date(2026, 11, 20), "result")  # within 3 months
    ids["p2"] = new(date(2026, 10, 1), "visit", "appeal", ["乙", "丙"], risk_level="high")
    reply(ids["p2"], date(2026, 10, 10), "procedural")  # day 9: late
    p3 = new(date(2026, 10, 2), "online", "report", ["丁"])
    _tombstone(office, Petition, p3, permissions.PETITIONS)
    ids["p4"] = new(date(2026, 9, 30), "12309", "enquiry", ["戊"])
    reply(ids["p4"], date(2026, 10, 3), "result")
    W.close_petition(office, ids["p4"], W.ClosureInput("settled", date(2026, 10, 15)),
                     today=TODAY)
    return ids


@pytest.fixture
def data(office, people):
    ids = _build_arrest(office, people)
    ids.update(_build_supervision(office))
    ids.update(_build_petitions(office))
    return ids


def values(report, *keys):
    return {k: report.value(k) for k in keys}


def test_arrest_review_indicators_with_the_edges(office, data):
    sep = st.indicators(office.reader, SEP)
    # received in September: X and Y (Z is tombstoned); decided only in October
    assert values(sep, "arrest.received_cases", "arrest.received_persons",
                  "arrest.concluded_persons", "arrest.approved", "arrest.refused") == {
        "arrest.received_cases": 2, "arrest.received_persons": 3,
        "arrest.concluded_persons": 0, "arrest.approved": 0, "arrest.refused": 0}
    assert sep.figures["arrest.received_persons"].juvenile == 1
    assert sep.value("hearings.arrest_review") == 1
    assert sep.value("arrest.non_arrest_rate") is None  # nothing concluded: no rate

    oct_ = st.indicators(office.reader, OCT)
    assert values(oct_, "arrest.received_cases", "arrest.received_persons",
                  "arrest.concluded_cases", "arrest.concluded_persons", "arrest.approved",
                  "arrest.refused", "arrest.refused_no_crime",
                  "arrest.refused_insufficient_evidence", "arrest.refused_no_social_danger",
                  "arrest.refused_ground_unrecorded", "arrest.withdrawn",
                  "arrest.reconsideration_requests", "arrest.reconsideration_changed",
                  "arrest.omitted_demanded", "arrest.omitted_decided") == {
        "arrest.received_cases": 1, "arrest.received_persons": 1,  # W
        "arrest.concluded_cases": 2, "arrest.concluded_persons": 3, "arrest.approved": 1,
        # Y1 was changed on 复议 in November: October still shows the refusal it decided
        "arrest.refused": 2, "arrest.refused_no_crime": 0,
        "arrest.refused_insufficient_evidence": 1, "arrest.refused_no_social_danger": 1,
        "arrest.refused_ground_unrecorded": 0, "arrest.withdrawn": 0,
        "arrest.reconsideration_requests": 1, "arrest.reconsideration_changed": 0,
        "arrest.omitted_demanded": 1, "arrest.omitted_decided": 0}
    assert oct_.figures["arrest.refused"].juvenile == 1
    assert oct_.figures["arrest.refused_insufficient_evidence"].juvenile == 1
    assert oct_.figures["arrest.approved"].juvenile == 0
    rate = oct_.figures["arrest.non_arrest_rate"]
    assert (rate.value, rate.numerator, rate.denominator) == (66.7, 2, 3)
    assert rate.denominator_keys == ("arrest.concluded_persons",)

    nov = st.indicators(office.reader, NOV)
    assert values(nov, "arrest.reconsideration_changed", "arrest.refused", "arrest.approved",
                  "arrest.concluded_persons") == {
        "arrest.reconsideration_changed": 1, "arrest.refused": 0, "arrest.approved": 0,
        "arrest.concluded_persons": 0}


def test_overdue_receipts_by_the_report_day(office, data):
    # October: X's came back after its due day, Y2's release receipt never came; Y1's on time
    assert st.indicators(office.reader, OCT).value("arrest.receipts_overdue") == 2
    assert st.indicators(office.reader, OCT, today=date(2026, 10, 5)).value(
        "arrest.receipts_overdue") == 1  # Y2's is due that day: not yet overdue
    # November: the arrest after 复议 opened a receipt on 11-03, due 11-06, still missing
    assert st.indicators(office.reader, NOV, today=date(2026, 11, 5)).value(
        "arrest.receipts_overdue") == 0
    assert st.indicators(office.reader, NOV, today=TODAY).value("arrest.receipts_overdue") == 1


def test_the_denominator_setting_of_the_non_arrest_rate(office, data):
    assert st.read_denominator(office.reader) is NonArrestDenominator.CONCLUDED
    st.save_denominator(office, "decided")
    assert st.read_denominator(office.reader) is NonArrestDenominator.DECIDED
    rate = st.indicators(office.reader, OCT).figures["arrest.non_arrest_rate"]
    assert (rate.numerator, rate.denominator, rate.denominator_keys) == (
        2, 3, ("arrest.approved", "arrest.refused"))
    with pytest.raises(st.ValidationFailed):
        st.save_denominator(office, "everything")


def test_supervision_indicators(office, data):
    r = st.indicators(office.reader, OCT)
    assert values(r, "supervision.explain_non_filing", "supervision.notice_to_file",
                  "supervision.filed", "supervision.explain_filing",
                  "supervision.notice_to_withdraw", "supervision.withdrawn",
                  "supervision.oral_correction", "supervision.correction",
                  "supervision.correction_complied", "supervision.correction_rate",
                  "supervision.suggestion", "supervision.suggestion_adopted",
                  "supervision.suggestion_rate", "supervision.notices_issued",
                  "supervision.notices_complied", "supervision.compliance_rate") == {
        "supervision.explain_non_filing": 1,  # the tombstoned matter's does not count
        "supervision.notice_to_file": 0,
        "supervision.filed": 1, "supervision.explain_filing": 0,
        "supervision.notice_to_withdraw": 0, "supervision.withdrawn": 0,
        "supervision.oral_correction": 1, "supervision.correction": 2,
        "supervision.correction_complied": 1, "supervision.correction_rate": 50.0,
        "supervision.suggestion": 1, "supervision.suggestion_adopted": 0,
        "supervision.suggestion_rate": 0.0, "supervision.notices_issued": 4,
        "supervision.notices_complied": 2, "supervision.compliance_rate": 50.0}
    assert st.indicators(office.reader, SEP).value("supervision.notices_issued") == 0


def test_petition_indicators(office, data):
    r = st.indicators(office.reader, OCT, today=TODAY)
    assert values(r, "petitions.received", "petitions.received_persons",
                  "petitions.channel_letter", "petitions.channel_visit",
                  "petitions.channel_online", "petitions.channel_12309",
                  "petitions.type_accusation", "petitions.type_appeal", "petitions.type_report",
                  "petitions.replied_7_days", "petitions.reply_rate_7_days",
                  "petitions.replied_3_months", "petitions.reply_rate_3_months",
                  "petitions.repeat", "petitions.settled", "petitions.open_high_risk",
                  "petitions.to_higher_levels", "hearings.custody") == {
        "petitions.received": 2, "petitions.received_persons": 3,
        "petitions.channel_letter": 1, "petitions.channel_visit": 1,
        "petitions.channel_online": 0, "petitions.channel_12309": 0,  # p3 tombstoned; p4 Sep
        "petitions.type_accusation": 1, "petitions.type_appeal": 1, "petitions.type_report": 0,
        "petitions.replied_7_days": 1, "petitions.reply_rate_7_days": 50.0,
        "petitions.replied_3_months": 1, "petitions.reply_rate_3_months": 50.0,
        "petitions.repeat": 0, "petitions.settled": 1, "petitions.open_high_risk": 1,
        "petitions.to_higher_levels": None, "hearings.custody": None}  # not recorded
    sep = st.indicators(office.reader, SEP)
    assert values(sep, "petitions.received", "petitions.settled",
                  "petitions.reply_rate_7_days") == {
        "petitions.received": 1, "petitions.settled": 0, "petitions.reply_rate_7_days": 100.0}


def test_records_behind_each_figure(office, data):
    behind = st.records_behind
    assert behind(office.reader, SEP, "arrest.received_cases") == sorted([data["X"], data["Y"]])
    assert behind(office.reader, OCT, "arrest.refused") == sorted([data["y1"], data["y2"]])
    # a rate lists the records of its numerator
    assert behind(office.reader, OCT, "arrest.non_arrest_rate") == sorted(
        [data["y1"], data["y2"]])
    assert behind(office.reader, OCT, "supervision.filed") == [data["m1"]]
    assert behind(office.reader, OCT, "supervision.correction_complied") == [data["correction1"]]
    assert behind(office.reader, OCT, "petitions.replied_7_days") == [data["p1"]]
    assert behind(office.reader, OCT, "petitions.to_higher_levels") == []
    # every count equals the length of its list (one statement behind both)
    r = st.indicators(office.reader, OCT)
    for ind in INDICATORS:
        if ind.recorded and not ind.is_rate and ind.key != "petitions.received_persons":
            assert len(behind(office.reader, OCT, ind.key)) == r.value(ind.key), ind.key


def test_unit_code_narrows_to_one_unit(office, data):
    assert st.indicators(office.reader, OCT, unit_code="320101").value("arrest.refused") == 2
    other = st.indicators(office.reader, OCT, unit_code="320199")
    assert all(f.value in (0, None) for f in other.figures.values())
    assert st.records_behind(office.reader, OCT, "arrest.refused", unit_code="320199") == []


def test_report_as_json_carries_definitions_and_both_numbers(office, data):
    doc = json.loads(json.dumps(st.indicators(office.reader, OCT).to_json(), ensure_ascii=False))
    assert doc["period"] == {"from": "2026-10-01", "to": "2026-10-31", "kind": "month",
                             "label": "2026年10月"}
    rows = {row["key"]: row for row in doc["indicators"]}
    assert len(rows) == len(INDICATORS)
    rate = rows["arrest.non_arrest_rate"]
    assert (rate["name"], rate["unit"], rate["value"], rate["numerator"], rate["denominator"]) \
        == ("不捕率", "%", 66.7, 2, 3)
    assert rows["arrest.refused"]["juvenile"] == 1 and "juvenile" not in rows["petitions.received"]
    assert rows["petitions.to_higher_levels"]["recorded"] is False
    assert "不能统计" in rows["petitions.to_higher_levels"]["definition"]


def test_consistent_with_the_demo_data(tmp_path):
    from desktop.store.sqlite import connect

    import subprocess
    import sys

    path = tmp_path / "demo.sqlite3"
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--cases", "600",
                    "--seed", "5"], check=True, capture_output=True)
    conn = connect(path, readonly=True)
    try:
        year = st.indicators(conn, Period.year(2026))
        v = year.value
        assert v("arrest.concluded_persons") == (v("arrest.approved") + v("arrest.refused")
                                                 + v("arrest.withdrawn"))
        assert v("arrest.refused") == sum(v(f"arrest.refused_{g}") for g in (
            "no_crime", "insufficient_evidence", "no_social_danger", "ground_unrecorded"))
        assert v("petitions.received") == sum(v(f"petitions.channel_{c}") for c in (
            "letter", "visit", "online", "12309"))
        assert v("petitions.received") == sum(v(f"petitions.type_{t}") for t in (
            "accusation", "report", "appeal", "suggestion", "enquiry"))
        assert v("custody.reviews") == (v("custody.reviews_own_motion")
                                        + v("custody.reviews_application")
                                        + v("custody.reviews_detention_centre"))
        assert v("arrest.concluded_persons") > 0 and v("arrest.received_persons") > 0
        # the four quarters add up to the year for every count
        quarters = [st.indicators(conn, Period.quarter(2026, q)) for q in (1, 2, 3, 4)]
        for ind in INDICATORS:
            if ind.recorded and not ind.is_rate and not ind.key.endswith("_cases") \
                    and ind.key != "petitions.open_high_risk":
                assert sum(q.value(ind.key) for q in quarters) == v(ind.key), ind.key
        # concluded persons match the reviews decided in the year, counted directly
        direct = conn.execute(
            "SELECT count(*) FROM arrest_reviews r JOIN arrest_requests q ON q.id = r.request_id "
            "WHERE r.deleted_at IS NULL AND q.deleted_at IS NULL AND r.decided_on BETWEEN "
            "'2026-01-01' AND '2026-12-31' AND r.status IN ('approved','refused','withdrawn')"
        ).fetchone()[0]
        assert v("arrest.concluded_persons") == direct
    finally:
        conn.close()


def test_custody_review_indicators(office, data):
    from desktop.services import custody_review as cr

    application = cr.StartInput(arrest_review_id=data["x"], source="application",
                                started_on=date(2026, 10, 10), applicant_kind="close_relative",
                                applicant_name="王大明", grounds="患有严重疾病", evidence="病历")
    first = cr.start_review(office, application, today=TODAY)
    cr.recommend(office, first, cr.RecommendationInput(
        "bail", "青山县公安局", date(2026, 10, 12), "患病，不宜羁押"), today=TODAY)
    cr.record_reply(office, first, cr.ReplyInput(date(2026, 10, 20), "adopted", "bail"),
                    today=TODAY)
    # Y1, arrested after 复议: reviewed on our own motion in November, not adopted
    second = cr.start_review(office, cr.StartInput(
        arrest_review_id=data["y1"], source="own_motion", started_on=date(2026, 11, 10),
        grounds="初犯，认罪认罚"), today=TODAY)
    cr.recommend(office, second, cr.RecommendationInput(
        "bail", "青山县公安局", date(2026, 11, 12), "可以取保候审"), today=TODAY)
    cr.record_reply(office, second, cr.ReplyInput(date(2026, 11, 18), "not_adopted", ""),
                    today=TODAY)
    keys = ("custody.reviews", "custody.reviews_own_motion", "custody.reviews_application",
            "custody.reviews_detention_centre", "custody.recommended", "custody.adopted",
            "custody.adoption_rate")
    assert values(st.indicators(office.reader, OCT), *keys) == dict(zip(keys, (
        1, 0, 1, 0, 1, 1, 100.0)))
    nov = st.indicators(office.reader, NOV)
    assert values(nov, *keys) == dict(zip(keys, (1, 1, 0, 0, 1, 0, 0.0)))
    assert nov.figures["custody.reviews"].juvenile == 0
    assert st.records_behind(office.reader, OCT, "custody.adopted") == [first]
