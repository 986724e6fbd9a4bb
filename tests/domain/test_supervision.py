"""Supervision of the police: notice kinds, life cycle, chains, and the police's deadlines
around 2026's holidays (CPL 105 extension as an office setting)."""
from datetime import date

import pytest

from desktop.domain import supervision_notices as sn
from desktop.domain.supervision import (SupervisionSettings, check_tags, join_tags, split_tags)
from desktop.domain.supervision_illegality import ILLEGALITIES, join_codes, parse_codes
from desktop.domain.supervision_notices import (Assessment, DueKind, NoticeFacts,
                                                NoticeKind as K, NoticeState as S,
                                                PoliceAnswer as A)

ON = SupervisionSettings()
OFF = SupervisionSettings(holiday_extension=False)


def reply_due(kind, served, settings=ON, own_days=None):
    period = sn.reply_period(kind, settings, own_days)
    return sn.police_deadline(served, period, settings)


def test_every_notice_kind_has_its_name_basis_and_document():
    assert len(sn.SPECS) == 11 == len(K)
    names = {s.name_zh for s in sn.SPECS.values()}
    for name in ("要求说明不立案理由通知书", "要求说明立案理由通知书", "通知立案书", "通知撤销案件书",
                 "不立案理由审查意见通知书", "立案理由审查意见通知书", "立案监督案件催办函",
                 "纠正违法通知书", "检察建议书", "口头纠正"):
        assert name in names
    documents = [s.doc_type for s in sn.SPECS.values() if s.doc_type]
    assert len(documents) == 9 == len(set(documents))
    assert sn.spec(K.ORAL_CORRECTION).doc_type is None
    assert all(s.basis_zh.startswith("《") for s in sn.SPECS.values())
    assert not sn.spec(K.NON_FILING_OPINION).to_police


def test_the_sixteen_illegalities_of_rpr_567():
    assert [i.item for i in ILLEGALITIES] == list(range(1, 17))
    assert ILLEGALITIES[0].zh.startswith("采用刑讯逼供")
    assert join_codes(["other", "torture", "torture"]) == "torture,other"
    assert parse_codes("torture,other") == ["torture", "other"]
    with pytest.raises(ValueError):
        join_codes(["beating"])


def test_reply_periods_and_their_defaults():
    assert sn.reply_period(K.EXPLAIN_NON_FILING, ON) == sn.Period(days=7)
    assert sn.reply_period(K.NOTICE_TO_FILE, ON) == sn.Period(days=15)
    assert sn.reply_period(K.NOTICE_TO_WITHDRAW, ON) == sn.Period(days=15)
    assert sn.reply_period(K.CORRECTION, ON) == sn.Period(days=15)
    assert sn.reply_period(K.CORRECTION, ON, own_days=30) == sn.Period(days=30)
    assert sn.reply_period(K.CORRECTION, SupervisionSettings(correction_days=20)).days == 20
    assert sn.reply_period(K.SUGGESTION, ON) == sn.Period(months=2)
    assert sn.reply_period(K.NON_FILING_OPINION, ON) is None
    assert sn.reply_period(K.ORAL_CORRECTION, ON) is None
    assert sn.answer_period(A.RECONSIDERATION, ON) == (DueKind.DECISION, sn.Period(days=7))
    assert sn.answer_period(A.RE_EXAMINATION, ON) == (DueKind.DECISION, sn.Period(days=7))
    assert sn.answer_period(A.UPPER_REVIEW, ON) == (DueKind.UPPER_REVIEW, sn.Period(days=15))
    assert sn.answer_period(A.FILED, ON) is None


def test_served_before_national_day_the_explanation_is_due_after_it():
    end = reply_due(K.EXPLAIN_NON_FILING, date(2026, 9, 30))
    assert end.raw == date(2026, 10, 7) and end.due == date(2026, 10, 8) and end.extended
    text = sn.basis_text("reply", K.EXPLAIN_NON_FILING, sn.Period(days=7), end,
                         extension_applied=True)
    assert "7日以内" in text and "顺延至2026年10月8日" in text and "第一百零五条" in text
    english = sn.basis_text("reply", K.EXPLAIN_NON_FILING, sn.Period(days=7), end,
                            extension_applied=True, english=True)
    assert "extended to 2026-10-08" in english


def test_with_the_extension_switched_off_the_calendar_day_counts():
    end = reply_due(K.EXPLAIN_NON_FILING, date(2026, 9, 30), OFF)
    assert end.due == end.raw == date(2026, 10, 7)
    text = sn.basis_text("reply", K.EXPLAIN_NON_FILING, sn.Period(days=7), end,
                         extension_applied=False)
    assert "不因节假日顺延（本院设置）" in text


@pytest.mark.parametrize("kind, served, due", [
    (K.EXPLAIN_NON_FILING, date(2026, 2, 10), date(2026, 2, 24)),  # Spring Festival
    (K.EXPLAIN_FILING, date(2026, 2, 21), date(2026, 2, 28)),  # a make-up working Saturday
    (K.NOTICE_TO_FILE, date(2026, 4, 20), date(2026, 5, 6)),  # Labour Day
    (K.NOTICE_TO_WITHDRAW, date(2026, 9, 16), date(2026, 10, 8)),  # National Day
    (K.CORRECTION, date(2026, 9, 12), date(2026, 9, 28)),  # raw Sun 27 Sep (holiday run)
    (K.SUGGESTION, date(2026, 8, 1), date(2026, 10, 8)),  # 2 months → 1 Oct
])
def test_police_deadlines_around_2026_holidays(kind, served, due):
    assert reply_due(kind, served).due == due


def test_own_periods_are_always_extended():
    end = sn.own_deadline(date(2026, 9, 24), sn.Period(days=7))  # 10 Oct is a working Sat
    assert end.due == date(2026, 10, 8)
    end = sn.own_deadline(date(2026, 9, 27), sn.Period(days=10))  # raw 7 Oct
    assert end.due == date(2026, 10, 8)


def test_progress_tracker_runs_three_months_from_filing():
    end = sn.police_deadline(date(2026, 7, 1), sn.Period(months=ON.progress_months), ON)
    assert end.raw == date(2026, 10, 1) and end.due == date(2026, 10, 8)


@pytest.mark.parametrize("old, new", [
    (S.DRAFTED, S.APPROVED), (S.APPROVED, S.SERVED), (S.SERVED, S.REPLIED),
    (S.SERVED, S.COMPLIED), (S.REPLIED, S.REFUSED), (S.REFUSED, S.ESCALATED),
    (S.ESCALATED, S.CLOSED), (S.PARTLY, S.ESCALATED), (S.DRAFTED, S.CLOSED),
])
def test_allowed_transitions(old, new):
    sn.check_transition(old, new)


@pytest.mark.parametrize("old, new", [
    (S.DRAFTED, S.SERVED), (S.DRAFTED, S.REPLIED), (S.APPROVED, S.REPLIED),
    (S.CLOSED, S.DRAFTED), (S.COMPLIED, S.ESCALATED), (S.SERVED, S.DRAFTED),
    (S.CLOSED, S.CLOSED), (S.ESCALATED, S.SERVED),
])
def test_refused_transitions(old, new):
    with pytest.raises(sn.InvalidTransition):
        sn.check_transition(old, new)


def test_overdue_is_shown_not_stored():
    assert sn.shown_state("served", "reply", date(2026, 10, 8), date(2026, 10, 8)) == "served"
    assert sn.shown_state("served", "reply", date(2026, 10, 8), date(2026, 10, 9)) == "overdue"
    assert sn.shown_state("replied", "decision", date(2026, 10, 8),
                          date(2026, 10, 9)) == "replied"


def facts(kind, state, **kw):
    return NoticeFacts(K(kind), S(state), **kw)


def test_chain_explain_non_filing():
    assert sn.follow_ups(facts(K.EXPLAIN_NON_FILING, S.SERVED)) == ()
    assert sn.follow_ups(facts(K.EXPLAIN_NON_FILING, S.SERVED, reply_overdue=True)) == \
        (K.NOTICE_TO_FILE,)
    assert sn.follow_ups(facts(K.EXPLAIN_NON_FILING, S.REPLIED, answer=A.EXPLANATION,
                               assessment=Assessment.ACCEPTED)) == (K.NON_FILING_OPINION,)
    assert sn.follow_ups(facts(K.EXPLAIN_NON_FILING, S.REPLIED, answer=A.EXPLANATION,
                               assessment=Assessment.REJECTED)) == (K.NOTICE_TO_FILE,)
    assert sn.follow_ups(facts(K.EXPLAIN_NON_FILING, S.COMPLIED, answer=A.FILED)) == ()
    assert sn.follow_ups(facts(K.EXPLAIN_OVERDUE_FILING, S.SERVED, reply_overdue=True)) == \
        (K.NOTICE_TO_FILE, K.CORRECTION)
    assert sn.parent_state_after(K.NOTICE_TO_FILE) is S.ESCALATED
    assert sn.parent_state_after(K.NON_FILING_OPINION) is S.CLOSED


def test_chain_notice_to_file():
    assert sn.follow_ups(facts(K.NOTICE_TO_FILE, S.SERVED)) == ()
    assert sn.follow_ups(facts(K.NOTICE_TO_FILE, S.SERVED, reply_overdue=True)) == \
        (K.CORRECTION,)
    assert sn.follow_ups(facts(K.NOTICE_TO_FILE, S.REFUSED, answer=A.REFUSED)) == \
        (K.CORRECTION,)
    assert sn.follow_ups(facts(K.NOTICE_TO_FILE, S.COMPLIED, answer=A.FILED)) == ()
    assert sn.follow_ups(facts(K.NOTICE_TO_FILE, S.COMPLIED, answer=A.FILED,
                               progress_due_passed=True)) == (K.PROGRESS_URGE,)
    assert sn.parent_state_after(K.PROGRESS_URGE) is None


def test_chain_explain_filing_and_withdrawal():
    assert sn.follow_ups(facts(K.EXPLAIN_FILING, S.REPLIED, answer=A.EXPLANATION,
                               assessment=Assessment.ACCEPTED)) == (K.FILING_OPINION,)
    assert sn.follow_ups(facts(K.EXPLAIN_FILING, S.SERVED, reply_overdue=True)) == \
        (K.NOTICE_TO_WITHDRAW,)
    assert sn.follow_ups(facts(K.EXPLAIN_FILING, S.COMPLIED, answer=A.WITHDRAWN)) == ()
    pending = facts(K.NOTICE_TO_WITHDRAW, S.REPLIED, answer=A.RECONSIDERATION,
                    objection_pending=True, reply_overdue=True)
    assert sn.follow_ups(pending) == ()  # 复议 stops the 15 days' consequence
    assert sn.follow_ups(facts(K.NOTICE_TO_WITHDRAW, S.SERVED, reply_overdue=True)) == \
        (K.CORRECTION,)
    assert sn.follow_ups(facts(K.NOTICE_TO_WITHDRAW, S.COMPLIED, answer=A.WITHDRAWN)) == ()


def test_correction_reports_up_and_oral_correction_leads_to_a_notice():
    assert sn.may_report_up(facts(K.CORRECTION, S.SERVED, reply_overdue=True))
    assert sn.may_report_up(facts(K.CORRECTION, S.REFUSED))
    assert not sn.may_report_up(facts(K.CORRECTION, S.SERVED))
    assert not sn.may_report_up(facts(K.CORRECTION, S.REPLIED, objection_pending=True))
    assert not sn.may_report_up(facts(K.NOTICE_TO_FILE, S.REFUSED))
    assert sn.follow_ups(facts(K.CORRECTION, S.REFUSED)) == ()
    assert sn.follow_ups(facts(K.ORAL_CORRECTION, S.REFUSED)) == (K.CORRECTION,)
    assert sn.follow_ups(facts(K.NOTICE_TO_FILE, S.DRAFTED, reply_overdue=True)) == ()


def test_answers_each_kind_accepts():
    assert sn.answers_for(K.NOTICE_TO_WITHDRAW) == (A.WITHDRAWN, A.RECONSIDERATION,
                                                    A.UPPER_REVIEW, A.REFUSED)
    assert A.RE_EXAMINATION in sn.answers_for(K.CORRECTION)
    assert sn.answers_for(K.NON_FILING_OPINION) == ()
    assert sn.ANSWER_STATE[A.FILED] is S.COMPLIED


def test_tags_and_settings():
    assert join_tags(["涉黄", "juvenile", "organised_crime", "涉黄"]) == \
        "organised_crime|juvenile|涉黄"
    assert split_tags("organised_crime|涉黄") == ["organised_crime", "涉黄"]
    assert check_tags(["juvenile", "涉黄", "x"], ("涉黄",)) == ["x"]
    with pytest.raises(ValueError):
        SupervisionSettings(correction_days=0)
    with pytest.raises(ValueError):
        SupervisionSettings(suggestion_months=13)
    with pytest.raises(ValueError):
        SupervisionSettings(extra_tags=("a|b",))
