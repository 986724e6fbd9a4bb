"""Petition deadlines and transitions (DOMAIN.md §4.2, §5), with 2026's holidays: National Day
(Oct 1–7, make-up working days Sep 20 and Oct 10) and Spring Festival (Feb 15–23, make-up
working days Feb 14 and Feb 28)."""
from datetime import date

import pytest

from desktop.domain.deadlines import DeadlineError
from desktop.domain.holidays import HolidayCalendar, YearOverride
from desktop.domain.petition_risk import (RiskLevels, Trigger, join_triggers, parse_triggers,
                                          suggested_level)
from desktop.domain.petitions import (DayUnit, DueKind, InvalidTransition, PetitionSettings,
                                      PetitionStatus as S, basis_text, check_transition,
                                      follow_up_due, next_due, procedural_due, result_due,
                                      status_after_reply, working_days_end)

CAL = PetitionSettings()
WORK = PetitionSettings(reply_unit=DayUnit.WORKING)


def test_seven_calendar_days_falling_in_national_day_end_after_it():
    end = procedural_due(date(2026, 9, 28), CAL)
    assert end.raw == date(2026, 10, 5)  # Monday, inside the holiday
    assert end.due == date(2026, 10, 8) and end.extended
    assert end.holiday_name == "国庆节"


def test_seven_working_days_skip_the_holiday_and_count_the_makeup_saturday():
    # Sep 29, 30, Oct 8, 9, 10 (Saturday, make-up working day), 12, 13
    end = working_days_end(date(2026, 9, 28), 7)
    assert end.due == date(2026, 10, 13) and not end.extended
    assert procedural_due(date(2026, 9, 28), WORK).due == date(2026, 10, 13)


def test_working_days_around_spring_festival():
    # Feb 11, 12, 13, 14 (Saturday, make-up), then the holiday to Feb 23: 24, 25, 26
    assert procedural_due(date(2026, 2, 10), WORK).due == date(2026, 2, 26)
    # Feb 14 (make-up), 24, 25, 26, 27, 28 (Saturday, make-up), Mar 2
    assert procedural_due(date(2026, 2, 13), WORK).due == date(2026, 3, 2)
    # the calendar variant of the same receipt: Feb 20 is in the holiday → Feb 24
    assert procedural_due(date(2026, 2, 13), CAL).due == date(2026, 2, 24)


def test_working_days_in_a_year_without_holiday_data_count_weekends_only_and_say_so():
    end = working_days_end(date(2035, 1, 4), 7, HolidayCalendar())
    assert end.due == date(2035, 1, 15) and not end.calendar_complete


def test_an_override_year_is_honoured():
    cal = HolidayCalendar({2027: YearOverride(holidays=frozenset({date(2027, 1, 1)}),
                                              workdays=frozenset({date(2027, 1, 2)}))})
    # Jan 2 (Saturday, declared working), 4, 5, 6, 7, 8, 11
    assert working_days_end(date(2026, 12, 31), 7, cal).due == date(2027, 1, 11)


def test_three_months_and_monthly_follow_ups_are_extended_over_holidays():
    assert result_due(date(2026, 9, 28), CAL).due == date(2026, 12, 28)
    assert result_due(date(2026, 6, 30), CAL).due == date(2026, 9, 30)
    # from May 31: 3 months Aug 31; then Sep 30, Oct 31 (Saturday) → Nov 2, Nov 30
    received = date(2026, 5, 31)
    assert [follow_up_due(received, n, CAL).due for n in (1, 2, 3)] == \
        [date(2026, 9, 30), date(2026, 11, 2), date(2026, 11, 30)]
    # 3 months from Jul 7 is Oct 7 (National Day) → Oct 8
    end = result_due(date(2026, 7, 7), CAL)
    assert end.raw == date(2026, 10, 7) and end.due == date(2026, 10, 8)
    with pytest.raises(ValueError):
        follow_up_due(received, 0, CAL)


def test_next_due_walks_from_procedural_to_result_to_follow_ups():
    received = date(2026, 5, 31)
    first = next_due(S.REGISTERED, received, [], CAL)
    assert first.kind is DueKind.PROCEDURAL and first.due == date(2026, 6, 8)  # Jun 7 Sunday
    replies = [(date(2026, 6, 3), "procedural")]
    second = next_due(S.PROCEDURAL_REPLIED, received, replies, CAL)
    assert second.kind is DueKind.RESULT and second.due == date(2026, 8, 31)
    # a progress reply within the 3 months answers them; follow-ups then run monthly
    replies.append((date(2026, 8, 1), "progress"))
    third = next_due(S.IN_HANDLING, received, replies, CAL)
    assert (third.kind, third.number, third.due) == (DueKind.FOLLOW_UP, 1, date(2026, 9, 30))
    replies.append((date(2026, 9, 29), "progress"))
    assert next_due(S.IN_HANDLING, received, replies, CAL).due == date(2026, 11, 2)


def test_a_late_reply_answers_the_point_it_missed_and_the_next_is_still_ahead():
    received = date(2026, 5, 31)
    replies = [(date(2026, 6, 3), "procedural"), (date(2026, 10, 20), "progress")]
    due = next_due(S.IN_HANDLING, received, replies, CAL)
    assert (due.number, due.due) == (2, date(2026, 11, 2))


def test_a_result_given_on_the_spot_is_also_the_procedural_reply():
    received = date(2026, 9, 28)
    assert next_due(S.RESULT_REPLIED, received, [(received, "result")], CAL) is None
    assert next_due(S.TRANSFERRED, received, [], CAL) is None
    assert next_due(S.CLOSED, received, [], CAL) is None


def test_status_after_reply_never_goes_backwards():
    assert status_after_reply(S.REGISTERED, "procedural") is S.PROCEDURAL_REPLIED
    assert status_after_reply(S.REGISTERED, "progress") is S.IN_HANDLING
    assert status_after_reply(S.IN_HANDLING, "procedural") is S.IN_HANDLING
    assert status_after_reply(S.PROCEDURAL_REPLIED, "result") is S.RESULT_REPLIED
    with pytest.raises(InvalidTransition):
        status_after_reply(S.CLOSED, "progress")
    with pytest.raises(InvalidTransition):
        status_after_reply(S.TRANSFERRED, "result")


def test_transitions():
    check_transition(S.REGISTERED, S.TRANSFERRED)
    check_transition(S.TRANSFERRED, S.CLOSED)
    check_transition(S.RESULT_REPLIED, S.CLOSED)
    for old, new in ((S.CLOSED, S.IN_HANDLING), (S.RESULT_REPLIED, S.IN_HANDLING),
                     (S.TRANSFERRED, S.RESULT_REPLIED), (S.IN_HANDLING, S.REGISTERED)):
        with pytest.raises(InvalidTransition):
            check_transition(old, new)


def test_settings_are_checked():
    with pytest.raises(ValueError):
        PetitionSettings(procedural_days=0)
    with pytest.raises(ValueError):
        PetitionSettings(reply_unit="fortnights")
    with pytest.raises(DeadlineError):
        working_days_end(date(2026, 1, 5), 0)


def test_basis_names_the_unit_and_the_holiday_rule():
    assert "7日内" in basis_text("procedural", CAL) and "第一百零五条" in basis_text(
        "procedural", CAL)
    assert "7个工作日内" in basis_text("procedural", WORK) and "工作日计算" in basis_text(
        "procedural", WORK)
    assert "3个月内" in basis_text("result", WORK)  # months are never working days
    assert "working days" in basis_text("procedural", WORK, english=True)


def test_risk_levels_triggers_and_suggestion():
    levels = RiskLevels(("红", "橙", "黄"))
    assert levels.is_high("红") and not levels.is_high("橙") and levels.rank("旧") == 3
    assert suggested_level([Trigger.THREATS], levels) == "红"
    assert suggested_level(["collective", "media"]) == "high"
    assert suggested_level(["repeat_visits"]) == "medium"
    assert suggested_level([]) == "low"
    assert join_triggers(["media", "collective", "media"]) == "collective,media"
    assert parse_triggers("media,unknown,collective") == (Trigger.MEDIA, Trigger.COLLECTIVE)
    for bad in ((), ("高",), ("高", "高"), ("高", ""), ("a,b", "c")):
        with pytest.raises(ValueError):
            RiskLevels(bad)
