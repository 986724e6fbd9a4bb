"""The workload figures' definitions and arithmetic (domain.workload), without a database."""
from datetime import date

import pytest

from desktop.domain import workload as w


def test_every_figure_is_defined_once_with_both_names_a_unit_and_a_definition():
    keys = [f.key for f in w.FIGURES]
    assert len(keys) == len(set(keys))
    for f in w.FIGURES:
        assert f.name_zh and f.name_en and f.unit and len(f.definition) >= 8, f.key
    # every register an officer's handled items come from has its definition
    assert set(w.HANDLED_KEYS) <= set(keys)
    assert w.figure("requests_per_officer").unit == "件/人"
    # deactivation dates are not recorded: the definitions say what is counted instead
    assert "停用日期未记录" in w.figure("officers_active").definition


def test_average_days_and_per_head_round_to_one_decimal_and_refuse_to_invent():
    assert w.average_days(10, 3) == 3.3
    assert w.average_days(0, 0) is None  # no decision: no average (not 0)
    assert w.per_head(7, 2) == 3.5
    assert w.per_head(5, 0) is None  # no officer account: no load figure
    assert w.days_between(date(2026, 9, 28), date(2026, 10, 2)) == 4


def test_months_between_clips_the_first_and_last_month_to_the_period():
    months = w.months_between(date(2026, 1, 15), date(2026, 3, 10))
    assert [(m.key, m.first, m.last) for m in months] == [
        ("2026-01", date(2026, 1, 15), date(2026, 1, 31)),
        ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2026-03", date(2026, 3, 1), date(2026, 3, 10))]
    assert [m.key for m in w.months_between(date(2025, 12, 1), date(2026, 1, 31))] == [
        "2025-12", "2026-01"]
    assert w.months_between(date(2026, 2, 1), date(2026, 1, 1)) == []
    assert w.month_of(date(2028, 2, 10)).last == date(2028, 2, 29)  # leap year
    with pytest.raises(ValueError):
        w.check_period(date(2026, 2, 1), date(2026, 1, 1))
