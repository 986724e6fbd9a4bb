"""Custody-necessity review: factors, life cycle, time limits and their legal basis."""
from datetime import date

import pytest

from desktop.domain import custody_review as cr
from desktop.domain.custody_factors import (ALL_FACTORS, GENERALLY_NOT_RELEASED,
                                            IMMEDIATE_REVIEW, MAY_RECOMMEND, MUST_RECOMMEND,
                                            assess_factors, factor)
from desktop.domain.custody_review import CustodySettings, CustodyStatus as S


def test_the_checklists_have_the_situations_of_the_rules():
    assert len(MUST_RECOMMEND) == 4
    assert all(f.article.startswith("RPR 579(") for f in MUST_RECOMMEND)
    assert len(MAY_RECOMMEND) == 13 and MAY_RECOMMEND[-1].article == "RPR 580(13)"
    assert len(IMMEDIATE_REVIEW) == 8
    assert len(GENERALLY_NOT_RELEASED) == 10
    codes = [f.code for f in ALL_FACTORS]
    assert len(codes) == len(set(codes))
    assert all(f.label_zh and f.label_en for f in ALL_FACTORS)
    assert factor("may_plea_leniency").label_zh == "认罪认罚"
    # unverified entries say so
    assert {f.confidence for f in GENERALLY_NOT_RELEASED} == {"S", "M"}


def test_any_must_situation_requires_a_recommendation():
    found = assess_factors(["may_first_offender", "must_exceeds_sentence", "nr_recidivist"])
    assert found.must == ("must_exceeds_sentence",)
    assert found.may == ("may_first_offender",)
    assert found.not_released == ("nr_recidivist",)
    assert found.recommendation_required and found.recommendation_possible
    only_may = assess_factors(["may_juvenile_or_elderly"])
    assert not only_may.recommendation_required and only_may.recommendation_possible
    assert not assess_factors([]).recommendation_possible
    with pytest.raises(ValueError):
        assess_factors(["nonsense"])


@pytest.mark.parametrize("old,new", [
    (S.REGISTERED, S.UNDER_REVIEW), (S.UNDER_REVIEW, S.RECOMMENDED),
    (S.UNDER_REVIEW, S.NOT_RECOMMENDED), (S.RECOMMENDED, S.REPLIED),
    (S.RECOMMENDED, S.NO_REPLY), (S.NO_REPLY, S.ESCALATED), (S.RECOMMENDED, S.ESCALATED),
    (S.ESCALATED, S.REPLIED), (S.REPLIED, S.CLOSED), (S.NOT_RECOMMENDED, S.CLOSED),
    (S.REGISTERED, S.CLOSED),
])
def test_allowed_transitions(old, new):
    cr.check_transition(old, new)


@pytest.mark.parametrize("old,new", [
    (S.REGISTERED, S.REPLIED), (S.NOT_RECOMMENDED, S.REPLIED), (S.CLOSED, S.UNDER_REVIEW),
    (S.REPLIED, S.ESCALATED), (S.RECOMMENDED, S.CLOSED), (S.UNDER_REVIEW, S.ESCALATED),
])
def test_forbidden_transitions(old, new):
    with pytest.raises(cr.InvalidTransition):
        cr.check_transition(old, new)


def test_reply_period_is_a_custody_period_by_default():
    # served Fri 2026-09-25: ten days end Mon 2026-10-05, inside the National Day holiday
    end = cr.deadline(cr.REPLY, date(2026, 9, 25), CustodySettings())
    assert end.raw == end.due == date(2026, 10, 5) and not end.extended


def test_reply_period_extends_over_holidays_when_the_office_says_so():
    settings = CustodySettings(custody_periods=False)
    end = cr.deadline(cr.REPLY, date(2026, 9, 25), settings)
    assert end.raw == date(2026, 10, 5) and end.due == date(2026, 10, 8)
    assert "节假日后的第一日" in cr.basis_text(cr.REPLY, settings)


def test_decision_periods_by_stage_and_configurable_days():
    assert cr.decision_rule("investigation") is cr.DECISION
    assert cr.decision_rule("trial") is cr.DECISION
    assert cr.decision_rule("prosecution") is cr.DECISION_PROSECUTION
    start = date(2026, 11, 2)
    assert cr.deadline(cr.DECISION, start, CustodySettings()).due == date(2026, 11, 12)
    assert cr.deadline(cr.DECISION_PROSECUTION, start, CustodySettings()).due == date(2026, 11, 5)
    assert cr.deadline(cr.DECISION, start, CustodySettings(decision_days=7)).due == \
        date(2026, 11, 9)


def test_the_notice_to_the_applicant_follows_the_ordinary_holiday_rule():
    # decided Wed 2026-09-30 + 3 days = Sat 10-03 (holiday) → Thu 10-08
    end = cr.deadline(cr.NOTICE, date(2026, 9, 30), CustodySettings())
    assert end.raw == date(2026, 10, 3) and end.due == date(2026, 10, 8)
    assert not cr.is_custody_period(cr.NOTICE, CustodySettings())


def test_basis_text_names_the_article_the_days_and_the_holiday_rule():
    zh = cr.basis_text(cr.REPLY, CustodySettings(reply_days=10))
    assert "第五百八十一条" in zh and "10日" in zh and "不因节假日而延长" in zh
    en = cr.basis_text(cr.DECISION, CustodySettings(decision_days=12), english=True)
    assert "12 days" in en and "Art. 19" in en and "not extended" in en
    assert "第五百八十二条" in cr.basis_text(cr.NOTICE, CustodySettings())
    assert "纠正" in cr.ESCALATION.basis


@pytest.mark.parametrize("bad", [0, 61, -1])
def test_settings_refuse_impossible_periods(bad):
    with pytest.raises(ValueError):
        CustodySettings(reply_days=bad)


def test_only_an_applicant_is_owed_the_written_result():
    assert cr.needs_result_notice("application")
    assert not cr.needs_result_notice("own_motion")
    assert not cr.needs_result_notice("detention_centre")


def test_articles_read_in_chinese_too():
    assert factor("must_exceeds_sentence").article_zh == "《规则》第579条第(3)项"
    assert factor("now_sole_carer_minor").article_zh == "2023年规定第(3)项"
    assert factor("nr_recidivist").article == "2023 rules"  # order not verified
    assert factor("nr_recidivist").article_zh == "2023年规定"
