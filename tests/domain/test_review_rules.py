"""Interrogation, counsel, social danger, mandatory arrest and juvenile checks (DOMAIN §1.3–1.5)."""
from datetime import date

import pytest

from desktop.domain import review_rules as r

TODAY = date(2026, 11, 23)
K = r.InterrogationKind


def rec(kind=K.INTERROGATION, staff=("张明", "李华"), place="看守所讯问室", **kw):
    return r.InterrogationRecord(kind=kind, held_on=kw.pop("held_on", date(2026, 11, 20)),
                                 staff=tuple(staff), place=place, **kw)


def codes(problems):
    return [p.code for p in problems]


def test_interrogation_needs_two_staff_and_a_place():
    assert codes(r.interrogation_problems(rec(), today=TODAY)) == []
    assert codes(r.interrogation_problems(rec(staff=("张明",)), today=TODAY)) == [
        "interrogation.two_staff"]
    assert codes(r.interrogation_problems(rec(staff=("张明", " 张明 ")), today=TODAY)) == [
        "interrogation.two_staff"]
    assert "required" in codes(r.interrogation_problems(rec(place=" "), today=TODAY))
    problem = r.interrogation_problems(rec(staff=()), today=TODAY)[0]
    assert "第二百六十条" in problem.basis


def test_opinion_form_needs_no_staff_but_sane_dates():
    form = rec(kind=K.OPINION_FORM, staff=(), place="", returned_on=date(2026, 11, 19))
    assert codes(r.interrogation_problems(form, today=TODAY)) == ["date.before_served"]
    assert codes(r.interrogation_problems(rec(held_on=date(2026, 12, 1)), today=TODAY)) == [
        "date.future"]


@pytest.mark.parametrize("flag, code", [
    ("juvenile", "interrogation.reason.juvenile"),
    ("confessed", "interrogation.reason.confessed"),
    ("suspect_asked", "interrogation.reason.suspect_asked"),
    ("doubt_about_conditions", "interrogation.reason.doubt"),
    ("possible_illegality", "interrogation.reason.illegality"),
    ("major_complex", "interrogation.reason.major_complex"),
    ("disability", "interrogation.reason.disability"),
])
def test_each_reason_makes_interrogation_compulsory(flag, code):
    flags = r.InterrogationFlags(**{flag: True})
    assert r.compulsory_interrogation_reasons(flags) == [code]
    check = r.interrogation_check(flags, detained=False, records=[])
    assert check.code == "interrogation.compulsory" and not check.satisfied
    # the opinion form does not replace a compulsory interrogation
    form = rec(kind=K.OPINION_FORM, staff=(), returned_on=date(2026, 11, 21))
    assert not r.interrogation_check(flags, detained=True, records=[form]).satisfied
    assert r.interrogation_check(flags, detained=True, records=[rec()]).satisfied


def test_detained_suspect_not_interrogated_needs_the_returned_form():
    none = r.InterrogationFlags()
    assert r.compulsory_interrogation_reasons(none) == []
    check = r.interrogation_check(none, detained=True, records=[])
    assert (check.code, check.satisfied) == ("interrogation.opinion_form", False)
    assert "听取犯罪嫌疑人意见书" in check.basis
    served = rec(kind=K.OPINION_FORM, staff=())
    assert not r.interrogation_check(none, detained=True, records=[served]).satisfied
    back = rec(kind=K.OPINION_FORM, staff=(), returned_on=date(2026, 11, 21))
    assert r.interrogation_check(none, detained=True, records=[back]).satisfied
    optional = r.interrogation_check(none, detained=False, records=[])
    assert optional.satisfied and not optional.required


def test_counsel_arguments_not_adopted_need_a_reason():
    A = r.ArgumentKind
    args = [r.CounselArgument(A.NO_SOCIAL_DANGER, "初犯", adopted=False),
            r.CounselArgument(A.NO_CRIME, "", adopted=True),
            r.CounselArgument(A.ILLEGAL_INVESTIGATION)]
    assert [(p.field, p.code) for p in r.counsel_problems(args, for_decision=False)] == [
        ("arguments[0].reason", "counsel.reason_required")]
    assert [(p.field, p.code) for p in r.counsel_problems(args, for_decision=True)] == [
        ("arguments[0].reason", "counsel.reason_required"),
        ("arguments[2].adopted", "counsel.not_assessed")]
    assert "第二百六十一条" in r.counsel_problems(args, for_decision=True)[0].basis


def test_ticked_danger_needs_facts_and_evidence():
    ok = r.DangerFinding(r.SocialDanger.SUICIDE_OR_FLIGHT, "曾两次外逃", "在逃人员信息、证人证言")
    assert r.danger_problems(ok) == []
    bare = r.DangerFinding(r.SocialDanger.RETALIATION, " ", "")
    assert codes(r.danger_problems(bare)) == ["danger.facts_required",
                                              "danger.evidence_required"]
    assert len(r.SocialDanger) == 5


def test_mandatory_arrest_tests():
    assert r.mandatory_arrest_reasons(r.MandatoryArrestFlags()) == []
    assert r.mandatory_arrest_reasons(r.MandatoryArrestFlags(
        ten_years_possible=True, identity_unknown=True, bail_violation=True)) == [
        "mandatory_ten_years", "mandatory_identity_unknown", "bail_violation"]
    assert r.mandatory_arrest_reasons(r.MandatoryArrestFlags(prior_intentional_crime=True)) == [
        "mandatory_prior_crime"]


def _juvenile(**kw):
    base = dict(female=False, has_counsel=False, legal_aid_notified=False, social_report=False,
                age_uncertain=False, interrogations=())
    base.update(kw)
    return {c.code: (c.satisfied, c.required) for c in r.juvenile_checks(r.JuvenileFacts(**base))}


def test_juvenile_checks():
    checks = _juvenile()
    assert checks == {"juvenile.adult_present": (False, True),
                      "juvenile.legal_aid": (False, True),
                      "juvenile.social_report": (False, False)}
    with_adult = rec(adult_present="legal_representative")
    checks = _juvenile(interrogations=(with_adult,), legal_aid_notified=True, social_report=True)
    assert all(sat for sat, _ in checks.values())
    assert _juvenile(has_counsel=True)["juvenile.legal_aid"] == (True, True)
    # every session needs the adult, not just one
    assert _juvenile(interrogations=(with_adult, rec()))["juvenile.adult_present"][0] is False


def test_female_juvenile_needs_a_female_prosecutor_and_age_unknown_is_noted():
    checks = _juvenile(female=True, interrogations=(rec(adult_present="appropriate_adult"),))
    assert checks["juvenile.female_prosecutor"] == (False, True)
    checks = _juvenile(female=True, interrogations=(
        rec(adult_present="appropriate_adult", female_prosecutor_present=True),))
    assert checks["juvenile.female_prosecutor"] == (True, True)
    assert _juvenile(age_uncertain=True)["juvenile.age_unknown"] == (False, False)
    basis = {c.code: c.basis for c in r.juvenile_checks(r.JuvenileFacts(
        female=True, has_counsel=False, legal_aid_notified=False, social_report=False,
        age_uncertain=True))}
    assert "第四百六十四条" in basis["juvenile.age_unknown"]
    assert "女性检察人员" in basis["juvenile.female_prosecutor"]
