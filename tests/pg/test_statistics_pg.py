"""The statistics, the monthly series, the workload and the report data on PostgreSQL (an upper
office's database): the hand-built data set of tests/services/test_statistics.py entered in a
SQLite unit through the real services and synced to a PostgreSQL upper office gives there,
figure by figure, what the unit computes on SQLite — and the known answers of that data set;
the records behind the figures open the same records; `zhenjian stats` reads the URL."""
from __future__ import annotations

from dataclasses import asdict

from desktop.domain.indicators import INDICATORS, Period
from desktop.services import statistics as st
from desktop.services import statistics_series as series
from desktop.services import stats_report
from desktop.services import workload
from tests.pg.test_sync_upper import world  # noqa: F401  (fixture)
from tests.pg.test_upper_records import send_one_change_a_package
from tests.services.test_review_workflow import add_user
from tests.services.test_statistics import (
    NOV,
    OCT,
    SEP,
    TODAY,
    _build_arrest,
    _build_petitions,
    _build_supervision,
)
from tests.sync.test_end_to_end import register

SERIES_KEYS = ("arrest.received_persons", "arrest.non_arrest_rate",
               "supervision.notices_issued", "supervision.notices_complied",
               "petitions.received", "petitions.replied_7_days", "petitions.replied_3_months")


def _figures(conn, unit_code: str) -> dict:
    """Everything the statistics page and the report files show for one unit."""
    out = {}
    for period in (SEP, OCT, NOV, Period.year(2026)):
        report = st.indicators(conn, period, unit_code=unit_code, today=TODAY)
        for ind in INDICATORS:
            f = report.figures[ind.key]
            out[period.label, ind.key] = (f.value, f.juvenile, f.numerator, f.denominator)
            if ind.recorded:
                out[period.label, ind.key, "records"] = len(st.records_behind(
                    conn, period, ind.key, unit_code=unit_code, today=TODAY))
    out["series"] = series.monthly(conn, series.months_of(SEP, NOV), SERIES_KEYS,
                                   today=TODAY, unit_code=unit_code)
    work = workload.officer_workload(conn, SEP.start, NOV.end, today=TODAY,
                                     unit_code=unit_code)
    out["workload"] = sorted(
        (r.user_id, r.is_officer, tuple(sorted(r.handled.items())), r.open, r.overdue,
         r.avg_days_decision, r.avg_days_first_reply) for r in work.officers)
    out["units"] = [asdict(u) for u in work.units]
    out["load"] = [asdict(m) for m in workload.office_load(conn, SEP.start, NOV.end,
                                                          unit_code=unit_code)]
    out["report"] = stats_report.collect(conn, OCT, today=TODAY,
                                         unit_code=unit_code).report.to_json()
    return out


def test_a_synced_unit_has_the_same_figures_on_postgresql(world):  # noqa: F811
    upper, (a, b) = world
    people = {"approver": add_user(a.office, "approver2", "officer,approver"),
              "chief": add_user(a.office, "chief", "officer,approver,chief")}
    try:
        _build_arrest(a.office, people)
        _build_supervision(a.office)
        _build_petitions(a.office)
    finally:
        for o in people.values():
            o.close()
    register(b, 3, "B")
    for unit in (a, b):
        send_one_change_a_package(unit, upper)
    assert upper.office.reader.dialect == "postgresql"
    for unit, code in ((a, "320101"), (b, "320102")):
        on_sqlite = _figures(unit.office.reader, code)
        on_pg = _figures(upper.office.reader, code)
        assert on_pg.keys() == on_sqlite.keys()
        for key in on_sqlite:
            assert on_pg[key] == on_sqlite[key], (code, key)
    # the data set's known answers (tests/services/test_statistics.py), now on PostgreSQL
    oct_ = st.indicators(upper.office.reader, OCT, unit_code="320101", today=TODAY)
    rate = oct_.figures["arrest.non_arrest_rate"]
    assert (rate.value, rate.numerator, rate.denominator) == (66.7, 2, 3)
    assert oct_.figures["arrest.refused"].juvenile == 1
    assert [oct_.value(k) for k in ("supervision.notices_issued", "supervision.filed",
                                    "petitions.received", "petitions.received_persons",
                                    "petitions.replied_7_days", "petitions.open_high_risk")] \
        == [4, 1, 2, 3, 1, 1]
    # what a counted record opens as (statistics_records.resolve), the same on both
    from desktop.services.statistics_records import resolve

    for key in ("arrest.refused", "arrest.received_cases", "arrest.receipts_overdue",
                "supervision.correction", "supervision.filed", "petitions.received",
                "hearings.arrest_review"):
        for period in (SEP, OCT):
            for record in st.records_behind(a.office.reader, period, key, today=TODAY):
                assert resolve(upper.office.reader, record) == resolve(a.office.reader, record)
                assert resolve(upper.office.reader, record) is not None
    # the upper office's total over its units: A's and B's figures added
    total = st.indicators(upper.office.reader, SEP, today=TODAY)
    assert total.value("arrest.received_cases") == 2 + st.indicators(
        b.office.reader, SEP, today=TODAY).value("arrest.received_cases")


def test_zhenjian_stats_reads_an_upper_office_on_postgresql(world, tmp_path):  # noqa: F811
    import json

    from desktop.cli import main

    upper, (a, _b) = world
    register(a, 2, "A")
    send_one_change_a_package(a, upper)
    out = tmp_path / "stats.json"
    url = upper.office.db.url
    assert main(["stats", "--db", url, "--from", "2026-01-01", "--to", "2026-12-31",
                 "--unit-code", "320101", "--today", "2026-11-23", "--out", str(out)]) == 0
    rows = {r["key"]: r for r in json.loads(out.read_text(encoding="utf-8"))["indicators"]}
    assert rows["arrest.received_cases"]["value"] == 2
    assert rows["arrest.received_cases"]["value"] == st.indicators(
        a.office.reader, Period.year(2026), today=TODAY).value("arrest.received_cases")
    assert main(["stats", "--db", url, "--from", "2026-01-01", "--to", "2026-12-31",
                 "--format", "xlsx", "--today", "2026-11-23",
                 "--out", str(tmp_path / "stats.xlsx")]) == 0
    assert (tmp_path / "stats.xlsx").stat().st_size > 0
