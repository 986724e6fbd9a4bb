"""Who may approve what, and which checks a decision needs (DOMAIN §1.3–1.5)."""
from datetime import date

import pytest

from desktop.domain import review_rules as r
from desktop.domain.review_decision import (
    ArrestGround,
    DecisionKind,
    JuvenileRefusalSituation,
    NonArrestGround,
    Proposal,
    ReviewFacts,
    approval_verdict,
    decision_checks,
    decision_problems,
    describe_checks,
    late,
    parse_roles,
    requires_chief,
)

APPROVE, REFUSE = DecisionKind.APPROVE, DecisionKind.REFUSE
INTERROGATED = (r.InterrogationRecord(r.InterrogationKind.INTERROGATION, date(2026, 11, 20),
                                      ("张明", "李华"), "看守所"),)
FLIGHT = r.DangerFinding(r.SocialDanger.SUICIDE_OR_FLIGHT, "曾外逃", "证人证言")


def facts(**kw) -> ReviewFacts:
    base = dict(detained=True, juvenile=False, female=False, has_counsel=False,
                flags=r.InterrogationFlags(), interrogations=INTERROGATED)
    base.update(kw)
    return ReviewFacts(**base)


def codes(problems):
    return [p.code for p in problems]


@pytest.mark.parametrize("kind, ground, chief", [
    (REFUSE, "no_crime", True), (REFUSE, "insufficient_evidence", True),
    (REFUSE, "no_social_danger", False), (APPROVE, "social_danger", False),
])
def test_chief_needed_for_refusal_for_no_crime_or_insufficient_evidence(kind, ground, chief):
    assert requires_chief(kind, ground) is chief


def verdict(roles, *, approver="u2", proposer="u1", kind=REFUSE, ground="no_social_danger",
            single=False):
    return approval_verdict(approver_id=approver, approver_roles=parse_roles(roles),
                            proposer_id=proposer, kind=kind, ground=ground,
                            single_officer=single)


def test_who_may_approve():
    assert verdict("officer,approver").allowed
    assert verdict("officer").code == "approval.not_approver"
    assert verdict("officer,approver", ground="insufficient_evidence").code == \
        "approval.chief_required"
    assert verdict("chief", ground="insufficient_evidence").allowed
    assert verdict("chief", kind=APPROVE, ground="social_danger").allowed


def test_own_proposal_only_in_a_single_officer_office_and_recorded():
    assert verdict("approver", approver="u1").code == "approval.own_proposal"
    v = verdict("approver", approver="u1", single=True)
    assert v.allowed and v.self_approved and v.code == "ok.self_approved"
    # the role rules still hold: a program cannot stand in for the chief procurator
    assert not verdict("approver", approver="u1", single=True, ground="no_crime").allowed
    assert verdict("approver,chief", approver="u1", single=True, ground="no_crime").self_approved
    assert not verdict("approver").self_approved


def test_approval_on_social_danger_needs_a_ticked_circumstance_with_facts():
    p = Proposal(APPROVE, "social_danger", "有逃跑可能")
    assert codes(decision_problems(facts(), p)) == ["decision.no_danger_ticked"]
    assert decision_problems(facts(dangers=(FLIGHT,)), p) == []
    bare = r.DangerFinding(r.SocialDanger.NEW_CRIME, "", "")
    assert codes(decision_problems(facts(dangers=(bare,)), p)) == [
        "danger.facts_required", "danger.evidence_required"]


def test_mandatory_arrest_ground_needs_its_test():
    p = Proposal(APPROVE, ArrestGround.MANDATORY_TEN_YEARS.value, "可能判处十年以上")
    assert codes(decision_problems(facts(), p)) == ["decision.mandatory_test_not_met"]
    met = facts(mandatory=r.MandatoryArrestFlags(ten_years_possible=True))
    assert decision_problems(met, p) == []
    bail = Proposal(APPROVE, "bail_violation", "违反取保候审规定")
    assert "第八十一条第四款" in decision_problems(facts(), bail)[0].basis


def test_grounds_must_fit_the_kind_and_reasoning_is_required():
    assert codes(decision_problems(facts(), Proposal(APPROVE, "no_crime", "x"))) == [
        "decision.ground_invalid"]
    assert codes(decision_problems(facts(), Proposal(REFUSE, "social_danger", "x"))) == [
        "decision.ground_invalid"]
    assert codes(decision_problems(facts(), Proposal(REFUSE, "no_crime", " "))) == ["required"]
    assert {g.value for g in NonArrestGround} == {"no_crime", "insufficient_evidence",
                                                 "no_social_danger"}


def test_decision_needs_the_interrogation_or_the_form():
    p = Proposal(REFUSE, "no_social_danger", "情节轻微")
    assert codes(decision_problems(facts(interrogations=()), p)) == ["interrogation.opinion_form"]
    compulsory = facts(interrogations=(), flags=r.InterrogationFlags(confessed=True))
    assert codes(decision_problems(compulsory, p)) == ["interrogation.compulsory"]
    assert decision_problems(facts(detained=False, interrogations=()), p) == []


def test_decision_needs_every_counsel_argument_assessed():
    p = Proposal(REFUSE, "no_social_danger", "情节轻微")
    open_arg = r.CounselArgument(r.ArgumentKind.NO_SOCIAL_DANGER, "初犯")
    assert codes(decision_problems(facts(counsel_arguments=(open_arg,)), p)) == [
        "counsel.assessed"]
    refused = r.CounselArgument(r.ArgumentKind.NO_SOCIAL_DANGER, "初犯", False, "系累犯")
    assert decision_problems(facts(counsel_arguments=(refused,)), p) == []


def test_juvenile_decision_checks_and_rpr_463_464():
    adult = r.InterrogationRecord(r.InterrogationKind.INTERROGATION, date(2026, 11, 20),
                                  ("张明", "李华"), "看守所", adult_present="legal_representative",
                                  female_prosecutor_present=True)
    young = dict(juvenile=True, flags=r.InterrogationFlags(juvenile=True))
    refuse = Proposal(REFUSE, "no_social_danger", "初犯、在校学生",
                      (JuvenileRefusalSituation.AGED_14_16_OR_STUDENT,))
    assert codes(decision_problems(facts(**young), refuse)) == [
        "juvenile.adult_present", "juvenile.legal_aid"]
    ready = facts(**young, interrogations=(adult,), has_counsel=True)
    assert decision_problems(ready, refuse) == []
    female = facts(**young, interrogations=(INTERROGATED[0],), has_counsel=True, female=True)
    assert "juvenile.female_prosecutor" in codes(decision_problems(female, refuse))
    unknown_age = facts(**young, interrogations=(adult,), has_counsel=True, age_uncertain=True,
                        dangers=(FLIGHT,))
    assert codes(decision_problems(unknown_age, Proposal(APPROVE, "social_danger", "x"))) == [
        "juvenile.age_unknown"]
    assert codes(decision_problems(facts(), refuse)) == ["decision.not_juvenile"]
    assert len(JuvenileRefusalSituation) == 9


def test_checks_are_code_satisfied_basis_triples():
    triples = describe_checks(decision_checks(facts()))
    assert triples[0][:2] == ("interrogation.done", True)
    assert all(isinstance(t[2], str) and t[2] for t in triples)


def test_late_decisions_are_flagged_not_refused():
    assert late(date(2026, 10, 6), date(2026, 10, 5))
    assert not late(date(2026, 10, 5), date(2026, 10, 5))
