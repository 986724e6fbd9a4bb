"""The review workspace and the decision through the services, on real SQLite files:
propose → approve → decided status and list index; who may approve; self-approval; every write
leaves outbox and audit entries (the store's hook does it)."""
from datetime import date

import pytest

from desktop.domain import review_rules as r
from desktop.services import arrest_review as svc
from desktop.services import review_decisions as dec
from desktop.services.arrest_register import register_request
from desktop.services.errors import PermissionDenied, ValidationFailed
from desktop.services.office import open_office
from desktop.services.review_facts import workspace_checks
from tests.conftest import make_registration

DAY = date(2026, 10, 2)  # inside the 7-day limit of a request received 2026-09-28


def add_user(office, username, roles):
    from desktop.store.models import User

    with office.transaction("manage_users") as session:
        session.add(User(username=username, display_name=username, roles=roles))
    return open_office(office.db.path, username=username)


@pytest.fixture
def people(office):
    opened = {"approver": add_user(office, "approver2", "officer,approver"),
              "chief": add_user(office, "chief", "officer,approver,chief"),
              "officer": add_user(office, "officer3", "officer")}
    yield opened
    for o in opened.values():
        o.close()


def register(office, **kw) -> tuple[str, str]:
    request_id = register_request(office, make_registration(office, **kw),
                                  today=kw.get("received", date(2026, 9, 28)))
    review_id = office.reader.execute(
        "SELECT id FROM arrest_reviews WHERE request_id = ?", (request_id,)).fetchone()[0]
    return request_id, review_id


def interrogate(office, review_id, **kw):
    return svc.add_interrogation(office, review_id, svc.InterrogationInput(
        kind="interrogation", held_on=date(2026, 9, 30), staff=["张明", "李华"],
        place="青山县看守所讯问室", **kw), today=DAY)


def tick_flight(office, review_id):
    svc.save_social_danger(office, review_id, svc.DangerInput(
        {"suicide_or_flight": ("案发后潜逃外地十日", "抓获经过、证人证言")}))


def status(office, review_id):
    return tuple(office.reader.execute(
        "SELECT status, decided_on FROM arrest_reviews WHERE id = ?", (review_id,)).fetchone())


def index_row(office, request_id):
    return tuple(office.reader.execute("SELECT status, due_date FROM request_index "
                                       "WHERE request_id = ?", (request_id,)).fetchone())


def log_count(office, table):
    return (office.reader.execute("SELECT count(*) FROM outbox WHERE table_name = ?",
                                  (table,)).fetchone()[0],
            office.reader.execute("SELECT count(*) FROM audit_log WHERE table_name = ?",
                                  (table,)).fetchone()[0])


def error_codes(exc_info):
    return [e.code for e in exc_info.value.errors]


def approve_proposal(office, people, review_id):
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "approve", "social_danger", "有逃跑可能，取保候审不足以防止"), today=DAY)
    return dec.approve_decision(people["approver"], review_id, today=DAY)


def test_propose_then_approve_decides_and_updates_the_index(office, people):
    request_id, review_id = register(office)
    interrogate(office, review_id)
    assert status(office, review_id)[0] == "under_review"
    tick_flight(office, review_id)
    decision_id = dec.propose_decision(office, review_id, dec.ProposalInput(
        "approve", "social_danger", "有逃跑可能"), today=DAY)
    assert status(office, review_id) == ("pending_approval", None)
    assert index_row(office, request_id)[0] == "pending_approval"
    dec.approve_decision(people["approver"], review_id, today=DAY)
    assert status(office, review_id) == ("approved", "2026-10-02")
    assert index_row(office, request_id) == ("approved", None)
    row = dec.decision_of(office.reader, review_id)
    assert row["id"] == decision_id and row["approver_id"] == people["approver"].user_id
    assert (row["self_approved"], row["late"], row["chief_required"]) == (0, 0, 0)
    # the receipt tracker opened: 3 days after execution, taken as the day of service
    receipt = office.reader.execute("SELECT step, served_on, due_date FROM execution_receipts "
                                    "WHERE review_id = ?", (review_id,)).fetchone()
    assert tuple(receipt) == ("receipt", "2026-10-02", "2026-10-05")
    # every write went through the hook: outbox rows and a hash-chained audit entry each
    for table in ("review_interrogations", "social_danger_findings", "review_decisions",
                  "execution_receipts"):
        outbox, audit = log_count(office, table)
        assert outbox >= 1 and audit == outbox, table
    users = {u for (u,) in office.reader.execute(
        "SELECT user_name FROM audit_log WHERE table_name = 'review_decisions'")}
    assert users == {"officer1", "approver2"}


def test_approval_needs_its_checks(office):
    _, review_id = register(office)
    with pytest.raises(ValidationFailed) as exc:
        dec.propose_decision(office, review_id, dec.ProposalInput(
            "approve", "social_danger", "有逃跑可能"), today=DAY)
    assert error_codes(exc) == ["interrogation.opinion_form", "decision.no_danger_ticked"]
    assert status(office, review_id)[0] == "received"  # nothing was written
    assert log_count(office, "review_decisions") == (0, 0)


def test_refusal_for_insufficient_evidence_needs_the_chief(office, people):
    request_id, review_id = register(office)
    interrogate(office, review_id)
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "refuse", "insufficient_evidence", "证据不足以证明系其所为"), today=DAY)
    with pytest.raises(ValidationFailed) as exc:
        dec.approve_decision(people["approver"], review_id, today=DAY)
    assert error_codes(exc) == ["approval.chief_required"]
    with pytest.raises(PermissionDenied):  # an officer without approval rights: refused
        dec.approve_decision(people["officer"], review_id, today=DAY)  # by the role check
    assert status(office, review_id)[0] == "pending_approval"
    dec.approve_decision(people["chief"], review_id, today=DAY)
    assert status(office, review_id) == ("refused", "2026-10-02")
    assert index_row(office, request_id)[0] == "refused"
    assert dec.decision_of(office.reader, review_id)["chief_required"] == 1
    # a detained suspect refused arrest: the release receipt is tracked
    assert office.reader.execute("SELECT step FROM execution_receipts WHERE review_id = ?",
                                 (review_id,)).fetchone()[0] == "release_receipt"


def test_own_proposal_refused_unless_single_officer_then_recorded(office):
    _, review_id = register(office)
    interrogate(office, review_id)
    tick_flight(office, review_id)
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "approve", "social_danger", "有逃跑可能"), today=DAY)
    with pytest.raises(ValidationFailed) as exc:
        dec.approve_decision(office, review_id, today=DAY)
    assert error_codes(exc) == ["approval.own_proposal"]
    dec.set_single_officer(office, True)
    assert dec.is_single_officer(office)
    dec.approve_decision(office, review_id, today=date(2026, 10, 6))
    row = dec.decision_of(office.reader, review_id)
    assert row["self_approved"] == 1 and row["approver_id"] == office.user_id
    assert row["late"] == 1  # decided after 2026-10-05: allowed, flagged
    audit = office.reader.execute(
        "SELECT user_name, detail FROM audit_log WHERE table_name = 'review_decisions' "
        "ORDER BY id DESC LIMIT 1").fetchone()
    assert audit[0] == "officer1" and '"self_approved": [false, true]' in audit[1]


def test_send_back_returns_to_review_and_a_new_proposal_can_follow(office, people):
    _, review_id = register(office)
    interrogate(office, review_id)
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "refuse", "no_social_danger", "情节较轻"), today=DAY)
    with pytest.raises(ValidationFailed):
        dec.propose_decision(office, review_id, dec.ProposalInput(
            "refuse", "no_social_danger", "again"), today=DAY)
    with pytest.raises(PermissionDenied):
        dec.send_back(people["officer"], review_id, "补充说明", today=DAY)
    dec.send_back(people["approver"], review_id, "补充说明社会危险性", today=DAY)
    assert status(office, review_id)[0] == "under_review"
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "refuse", "no_social_danger", "情节较轻，已赔偿"), today=DAY)
    dec.approve_decision(people["approver"], review_id, today=DAY)
    states = [s for (s,) in office.reader.execute(
        "SELECT state FROM review_decisions WHERE review_id = ? ORDER BY created_at",
        (review_id,))]
    assert states == ["sent_back", "approved"]


def test_counsel_arguments_must_be_assessed_before_deciding(office, people):
    _, review_id = register(office)
    interrogate(office, review_id)
    arg = r.CounselArgument(r.ArgumentKind.NO_SOCIAL_DANGER, "系初犯，有固定住所")
    opinion = svc.add_counsel_opinion(office, review_id, svc.CounselInput(
        "赵律师", date(2026, 9, 30), "in_person", [arg]), today=DAY)
    with pytest.raises(ValidationFailed) as exc:
        svc.add_counsel_opinion(office, review_id, svc.CounselInput(
            "钱律师", date(2026, 9, 30), "phone",
            [r.CounselArgument(r.ArgumentKind.OTHER, "x", adopted=False)]), today=DAY)
    assert error_codes(exc) == ["counsel.reason_required"]
    tick_flight(office, review_id)
    proposal = dec.ProposalInput("approve", "social_danger", "有逃跑可能")
    with pytest.raises(ValidationFailed) as exc:
        dec.propose_decision(office, review_id, proposal, today=DAY)
    assert error_codes(exc) == ["counsel.assessed"]
    svc.assess_counsel_arguments(office, opinion, [
        r.CounselArgument(r.ArgumentKind.NO_SOCIAL_DANGER, arg.text, False, "案发后潜逃")])
    dec.propose_decision(office, review_id, proposal, today=DAY)


def test_opinion_form_for_a_detained_suspect_and_the_interrogation_rules(office):
    _, review_id = register(office)
    with pytest.raises(ValidationFailed) as exc:
        svc.add_interrogation(
            office, review_id, svc.InterrogationInput("interrogation", date(2026, 9, 30),
                                                      ["张明"], "看守所"), today=DAY)
    assert error_codes(exc) == ["interrogation.two_staff"]
    form = svc.add_interrogation(office, review_id, svc.InterrogationInput(
        "opinion_form", date(2026, 9, 29)), today=DAY)
    checks = {c[0]: c[1] for c in workspace_checks(office.reader, review_id)}
    assert checks["interrogation.opinion_form"] is False
    svc.record_form_returned(office, form, date(2026, 9, 30), today=DAY)
    checks = {c[0]: c[1] for c in workspace_checks(office.reader, review_id)}
    assert checks["interrogation.opinion_form"] is True
    # a flag that makes interrogation compulsory: the form is no longer enough
    svc.save_checklist(office, review_id, svc.ChecklistInput({"suspect_asked": True}),
                       today=DAY)
    checks = workspace_checks(office.reader, review_id)
    assert ("interrogation.compulsory", False) in [c[:2] for c in checks]
    assert "interrogation.reason.suspect_asked" in [c[0] for c in checks]


def test_juvenile_checks_and_rpr_463_refusal(office, people):
    # born 2010-05-01: 16 at the offence
    _, review_id = register(office, name="小刚", id_number="110105201005010018")
    assert office.reader.execute("SELECT juvenile FROM arrest_reviews WHERE id = ?",
                                 (review_id,)).fetchone()[0] == 1
    interrogate(office, review_id)
    refusal = dec.ProposalInput("refuse", "no_social_danger", "在校学生，监护条件良好",
                                ["aged_14_16_or_student"])
    with pytest.raises(ValidationFailed) as exc:
        dec.propose_decision(office, review_id, refusal, today=DAY)
    assert error_codes(exc) == ["juvenile.adult_present", "juvenile.legal_aid"]
    interrogate(office, review_id, adult_present="legal_representative", adult_name="父亲")
    with pytest.raises(ValidationFailed) as exc:
        dec.propose_decision(office, review_id, refusal, today=DAY)
    assert error_codes(exc) == ["juvenile.adult_present", "juvenile.legal_aid"]  # 1st session
    svc.save_checklist(office, review_id, svc.ChecklistInput(
        {"social_report": True}, legal_aid_notified_on=date(2026, 9, 29)), today=DAY)
    checks = {c[0]: c[1] for c in workspace_checks(office.reader, review_id)}
    assert checks["juvenile.legal_aid"] and checks["juvenile.social_report"]
    assert not checks["juvenile.adult_present"]


def test_hearing_and_social_danger_untick_and_retick(office):
    _, review_id = register(office)
    hearing = svc.add_hearing(office, review_id, svc.HearingInput(
        date(2026, 10, 1), "本院听证室", "王检察长", "听证员甲、乙", "侦查人员、辩护人",
        "意见分歧", "建议不批准逮捕"), today=DAY)
    assert log_count(office, "review_hearings") == (1, 1)
    with pytest.raises(ValidationFailed) as exc:
        svc.add_hearing(office, review_id, svc.HearingInput(None, "", ""), today=DAY)
    assert error_codes(exc) == ["required", "required", "required"]
    tick_flight(office, review_id)
    svc.save_social_danger(office, review_id, svc.DangerInput({}))
    assert office.reader.execute("SELECT count(*) FROM social_danger_findings WHERE "
                                 "deleted_at IS NULL").fetchone()[0] == 0
    tick_flight(office, review_id)
    assert tuple(office.reader.execute("SELECT count(*), max(version) FROM social_danger_findings "
                                 "WHERE deleted_at IS NULL").fetchone()) == (1, 3)
    with pytest.raises(ValidationFailed) as exc:
        svc.save_social_danger(office, review_id, svc.DangerInput({"new_crime": ("", "")}))
    assert error_codes(exc) == ["danger.facts_required", "danger.evidence_required"]
    assert hearing


def test_juvenile_refusal_with_rpr_463_situation_and_rpr_464(office, people):
    # a girl born 2010-05-01 (ID number, 17th digit even): juvenile, female
    request_id, review_id = register(office, name="小红", id_number="110105201005010026")
    interrogate(office, review_id, adult_present="appropriate_adult", adult_name="村委会主任")
    svc.save_checklist(office, review_id, svc.ChecklistInput(
        {"age_uncertain": True}, legal_aid_notified_on=date(2026, 9, 29)), today=DAY)
    tick_flight(office, review_id)
    with pytest.raises(ValidationFailed) as exc:
        dec.propose_decision(office, review_id, dec.ProposalInput(
            "approve", "social_danger", "x"), today=DAY)
    assert error_codes(exc) == ["juvenile.female_prosecutor", "juvenile.age_unknown"]
    interrogate(office, review_id, adult_present="legal_representative", adult_name="母亲",
                female_prosecutor_present=True)
    checks = {c[0]: c[1] for c in workspace_checks(office.reader, review_id)}
    assert checks["juvenile.female_prosecutor"] is False  # the first session had none
    assert checks["juvenile.age_unknown"] is False
    with pytest.raises(ValidationFailed) as exc:
        dec.propose_decision(office, review_id, dec.ProposalInput(
            "approve", "social_danger", "x", ["first_offence"]), today=DAY)
    assert error_codes(exc) == ["decision.refusal_only"]


def test_juvenile_refusal_goes_through_when_every_check_holds(office, people):
    _, review_id = register(office, name="小刚", id_number="110105201005010018")
    interrogate(office, review_id, adult_present="legal_representative", adult_name="父亲")
    svc.save_checklist(office, review_id, svc.ChecklistInput(
        {"social_report": True}, legal_aid_notified_on=date(2026, 9, 29)), today=DAY)
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "refuse", "no_social_danger", "在校学生，监护条件良好",
        ["aged_14_16_or_student", "first_offence"]), today=DAY)
    dec.approve_decision(people["approver"], review_id, today=DAY)
    row = office.reader.execute("SELECT juvenile_situations FROM review_decisions "
                                "WHERE review_id = ?", (review_id,)).fetchone()
    assert row[0] == "aged_14_16_or_student,first_offence"


def test_workspace_read_and_removing_a_mistaken_record(office, people):
    from desktop.services.review_facts import workspace

    _, review_id = register(office)
    wrong = interrogate(office, review_id)
    svc.add_counsel_opinion(office, review_id, svc.CounselInput(
        "赵律师", date(2026, 9, 30), "video",
        [r.CounselArgument(r.ArgumentKind.NO_CRIME, "不构成犯罪", True, "")]), today=DAY)
    tick_flight(office, review_id)
    ws = workspace(office.reader, review_id)
    assert ws["review"]["status"] == "under_review" and ws["review"]["name"] == "王小明"
    assert [i["staff"] for i in ws["interrogations"]] == ["张明、李华"]
    assert ws["counsel_opinions"][0]["arguments"][0].adopted is True
    assert list(ws["dangers"]) == ["suicide_or_flight"]
    assert ws["checklist"] is None and ws["decisions"] == []
    svc.remove_record(office, "interrogation", wrong)
    ws = workspace(office.reader, review_id)
    assert ws["interrogations"] == []
    assert ("interrogation.opinion_form", False) in [c[:2] for c in ws["checks"]]
    assert log_count(office, "review_interrogations") == (2, 2)  # insert, tombstone
    assert workspace(office.reader, "nope") is None
    # nothing is removed while the proposal waits for approval
    interrogate(office, review_id)
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "approve", "social_danger", "有逃跑可能"), today=DAY)
    ws = workspace(office.reader, review_id)
    with pytest.raises(ValidationFailed) as exc:
        svc.remove_record(office, "interrogation", ws["interrogations"][0]["id"])
    assert error_codes(exc) == ["review.pending_approval"]
    # a decided review takes no more records
    dec.approve_decision(people["approver"], review_id, today=DAY)
    with pytest.raises(ValidationFailed) as exc:
        interrogate(office, review_id)
    assert error_codes(exc) == ["review.closed"]
