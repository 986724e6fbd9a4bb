"""Indicators month by month (services/statistics_series) equal each month's report, on the
hand-built data set of test_statistics and on demonstration data; and the petitions' 7-day
reply counted by the rule the petition deadlines use (the office's calendar- or working-day
setting, a holiday extension), through domain/petitions.py."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from desktop.domain.indicators import INDICATORS, Period
from desktop.services import petition_settings
from desktop.services import petition_work as W
from desktop.services import statistics as st
from desktop.services import statistics_series as series
from desktop.services.petition_register import PetitionerInput, PetitionInput, register_petition
from desktop.services.statistics_sql import REGISTER_OF
from desktop.ui.statistics_trends import TREND_KEYS, last_months
from tests.services.test_review_workflow import people  # noqa: F401  (fixture)
from tests.services.test_statistics import OCT, SEP, TODAY, data  # noqa: F401  (fixture)

# every key that can be split by month: dated by one column, and the rates over those
SPLIT = tuple(ind.key for ind in INDICATORS if ind.recorded and (
    (not ind.is_rate and ind.key in REGISTER_OF[ind.key].dated)
    or (ind.is_rate and ind.numerator in REGISTER_OF[ind.numerator].dated)))


def assert_series_equal_reports(conn, months, today):
    got = series.monthly(conn, months, SPLIT, today=today)
    for i, month in enumerate(months):
        report = st.indicators(conn, month, today=today)
        for key in SPLIT:
            assert got[key][i] == report.value(key), (month.label, key)


def test_split_keys_cover_the_charts(office):
    assert set(TREND_KEYS) <= set(SPLIT)
    assert "petitions.open_high_risk" not in SPLIT  # a state at the period's end, not a date
    with pytest.raises(ValueError):
        series.monthly(office.reader, [OCT], ("petitions.open_high_risk",))


def test_months_equal_the_monthly_reports_on_the_hand_built_data(office, data):
    months = series.months_of(Period.month(2026, 8), Period.month(2026, 12))
    assert [m.start.month for m in months] == [8, 9, 10, 11, 12]
    assert_series_equal_reports(office.reader, months, TODAY)
    got = series.monthly(office.reader, months, ("arrest.non_arrest_rate", "arrest.refused"),
                         today=TODAY)
    assert got["arrest.refused"] == [0, 0, 2, 0, 0]
    assert got["arrest.non_arrest_rate"] == [None, None, 66.7, None, None]


def test_months_equal_the_monthly_reports_on_demo_data(tmp_path):
    from desktop.store.sqlite import connect

    path = tmp_path / "demo.sqlite3"
    subprocess.run([sys.executable, "-m", "desktop", "demo", "--db", str(path), "--cases", "300",
                    "--seed", "3"], check=True, capture_output=True)
    conn = connect(path, readonly=True)
    try:
        months = last_months(date(2026, 11, 23))
        assert_series_equal_reports(conn, months, date(2026, 11, 23))
        got = series.monthly(conn, months, ("arrest.received_persons",))
        assert sum(got["arrest.received_persons"]) > 0
    finally:
        conn.close()


def _petition(office, received, reply_on):
    pid = register_petition(office, PetitionInput(
        received_on=received, channel="letter", petition_type="accusation", summary="反映问题",
        petitioners=[PetitionerInput("己")]), today=TODAY)
    W.record_reply(office, pid, W.ReplyInput(reply_on, "procedural", "written", "答复"),
                   today=TODAY)
    return pid


def test_seven_day_reply_by_the_offices_day_count(office, data):
    # p2: received 10-01, first reply 10-10. In calendar days the 7th day is 10-08 (late);
    # in working days the National Day holiday does not count: due 10-15, in time.
    assert st.indicators(office.reader, OCT).value("petitions.replied_7_days") == 1
    petition_settings.save_settings(office, reply_unit="working", levels=["high", "medium",
                                                                          "low"])
    octo = st.indicators(office.reader, OCT)
    assert octo.value("petitions.replied_7_days") == 2
    assert octo.value("petitions.reply_rate_7_days") == 100.0
    assert st.records_behind(office.reader, OCT, "petitions.replied_7_days") == sorted(
        [data["p1"], data["p2"]])
    assert series.monthly(office.reader, [SEP, OCT], ("petitions.replied_7_days",))[
        "petitions.replied_7_days"] == [1, 2]


def test_seven_calendar_days_extend_over_a_holiday(office):
    # received 09-30: the 7th day, 10-07, is in the National Day holiday, so the reply is due
    # on the first working day after it (CPL 105, as the petition's own deadline) — 10-08
    late_by_plain_count = _petition(office, date(2026, 9, 30), date(2026, 10, 8))
    late = _petition(office, date(2026, 9, 30), date(2026, 10, 9))
    report = st.indicators(office.reader, SEP)
    assert report.value("petitions.replied_7_days") == 1
    assert st.records_behind(office.reader, SEP, "petitions.replied_7_days") == [
        late_by_plain_count]
    assert late not in st.records_behind(office.reader, SEP, "petitions.replied_7_days")
