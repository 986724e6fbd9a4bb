"""Register import (issue 9): a messy Excel register imports its good rows and reports each
bad one with its row number and reason; a second import changes nothing; nothing is ever
half-imported; CSV in GB18030 and UTF-8 with BOM; fixes, skips, dry runs and cancelling."""
from datetime import date

import pytest

from desktop.services import register_import as ri
from desktop.services import register_import_arrest
from tests.conftest import TODAY
from tests.services.import_files import (GOOD_ID, OTHER_ID, WRONG_ID, id_number, write_csv,
                                         write_messy_register)

TABLES = ("arrest_requests", "arrest_reviews", "persons", "police_agencies", "audit_log",
          "outbox")


def counts(office):
    return {t: office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture
def messy(tmp_path):
    table = ri.read_table(write_messy_register(tmp_path / "登记表.xlsx"))
    return table, ri.guess_mapping(table, "arrest")


def reasons(report):
    return {row: {(e.field, e.code) for e in errors} for row, errors in report.refused}


def test_the_messy_register_is_read_past_its_title_merged_headers_and_blank_rows(messy):
    table, mapping = messy
    assert table.sheet_names == ["2026年登记", "说明"] and table.sheet == "2026年登记"
    assert table.row_numbers == [4, 5, 7, 8, 9, 10, 11]  # row 6 is blank
    assert mapping.columns == {1: "police_case_no", 2: "suspect_name", 3: "id_number",
                               4: "received_date", 5: "request_no", 6: "charges",
                               7: "police_agency", 8: "detained_since", 9: "officer"}


def test_good_rows_are_imported_and_each_bad_one_reported_with_its_row_and_reason(office, messy):
    table, mapping = messy
    before = counts(office)
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert report.new == [4, 5, 10, 11] and not report.cancelled
    assert reasons(report) == {7: {("id_number", "id_number.check_digit")},
                               8: {("charges", "charge.unknown")},
                               9: {("suspect_name", "required")}}
    suggestion = dict(report.refused)[8][0]
    assert suggestion.params["text"] == "电信诈骗" and "诈骗罪" in suggestion.params["suggestions"]
    after = counts(office)
    # rows 4 and 11 are co-suspects of A2026001: three requests, four suspects
    assert after["arrest_requests"] - before["arrest_requests"] == 3
    assert after["arrest_reviews"] - before["arrest_reviews"] == 4
    assert after["police_agencies"] - before["police_agencies"] == 1  # 临江市公安局江北分局
    rows = office.reader.execute(
        "SELECT q.police_case_no, p.name, q.received_date, r.detained_since, q.request_no "
        "FROM arrest_reviews r JOIN arrest_requests q ON q.id = r.request_id "
        "JOIN persons p ON p.id = r.person_id ORDER BY q.police_case_no, r.position").fetchall()
    assert [tuple(r) for r in rows] == [
        ("A2026001", "王小明", "2026-09-28", "2026-09-25", "青公提捕字〔2026〕1号"),
        ("A2026001", "周八", "2026-09-28", "2026-09-26", "青公提捕字〔2026〕1号"),
        ("A2026002", "李 四", "2026-10-08", "2026-10-07", "青公提捕字〔2026〕2号"),
        ("A2026006", "孙七", "2026-10-15", "2026-10-13", "")]
    # audited and queued for sync like manual entry: one entry per record written
    written = sum(after[t] - before[t] for t in TABLES[:4])
    assert after["audit_log"] - before["audit_log"] == written
    assert after["outbox"] - before["outbox"] == written
    assert office.reader.execute("SELECT count(*) FROM request_index").fetchone()[0] == 3


def test_a_second_import_of_the_same_file_changes_nothing(office, messy):
    table, mapping = messy
    ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    before = counts(office)
    again = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert again.new == [] and again.unchanged == [4, 5, 10, 11] and again.differences == []
    assert sorted(reasons(again)) == [7, 8, 9]
    assert counts(office) == before


def test_a_matched_row_with_other_values_is_unchanged_and_shows_the_difference(office, messy,
                                                                                tmp_path):
    table, mapping = messy
    ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    before = counts(office)
    fixes = {5: {"request_no": "青公提捕字〔2026〕22号"}}
    report = ri.import_rows(office, table, mapping, "arrest", fixes=fixes, today=TODAY)
    assert 5 in report.unchanged
    assert dict(report.differences)[5] == {"request_no": ("青公提捕字〔2026〕2号",
                                                         "青公提捕字〔2026〕22号")}
    assert counts(office) == before


def test_fixes_made_in_place_and_skipped_rows(office, messy):
    table, mapping = messy
    fixes = {7: {"id_number": id_number("32010119881111003")}, 8: {"charges": "诈骗罪"}}
    checks = ri.check_rows(office, table, mapping, "arrest", fixes=fixes, today=TODAY)
    by_row = {c.row_number: c for c in checks}
    assert by_row[7].status == by_row[8].status == ri.NEW
    assert by_row[8].values["charges"] == ["C0503"]  # 诈骗罪
    report = ri.import_rows(office, table, mapping, "arrest", fixes=fixes, skip=(9, 10),
                            today=TODAY)
    assert report.new == [4, 5, 7, 8, 11] and report.skipped == [9, 10] and report.ok


def test_check_rows_shows_values_as_stored_and_writes_nothing(office, messy):
    table, mapping = messy
    before = counts(office)
    checks = ri.check_rows(office, table, mapping, "arrest", today=TODAY)
    first = checks[0]
    assert first.values["received_date"] == date(2026, 9, 28)
    assert first.values["birth_date"] == date(1990, 1, 1) and first.values["id_number"] == GOOD_ID
    assert first.record_rows == (4, 11)
    assert counts(office) == before


def test_a_failure_in_the_middle_of_the_batch_leaves_nothing_in(office, messy, monkeypatch):
    table, mapping = messy
    before = counts(office)
    real, calls = register_import_arrest.add_request, []

    def failing(session, data, *, today, persons=None):
        calls.append(data.police_case_no)
        if len(calls) == 2:
            raise OSError("disk gone")
        return real(session, data, today=today, persons=persons)

    monkeypatch.setattr(register_import_arrest, "add_request", failing)
    with pytest.raises(OSError):
        ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert len(calls) == 2 and counts(office) == before


def many_rows(count, *, start=0):
    rows = []
    for i in range(start, start + count):
        rows.append([f"B{i:06d}", f"嫌疑人{i}", "", "2026-10-12", "盗窃罪", "青山县公安局",
                     "2026-10-10"])
    return rows


HEADER = ["案件编号", "犯罪嫌疑人", "身份证号", "受理日期", "罪名", "公安机关", "刑事拘留日期"]


def test_progress_every_200_rows_and_cancel_rolls_everything_back(office, tmp_path):
    path = write_csv(tmp_path / "big.csv", HEADER, many_rows(450), "utf-8")
    table = ri.read_table(path)
    mapping = ri.guess_mapping(table, "arrest")
    before = counts(office)
    seen = []
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY,
                            progress=lambda done, total: seen.append((done, total)),
                            cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and report.new == [] and not report.ok
    assert seen == [(200, 450), (400, 450)] and counts(office) == before
    seen.clear()
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY,
                            progress=lambda done, total: seen.append((done, total)))
    assert len(report.new) == 450 and seen == [(200, 450), (400, 450), (450, 450)]
    assert counts(office)["arrest_requests"] == 450


def test_the_collector_is_paused_while_rows_are_written_and_back_after(office, tmp_path):
    import gc

    path = write_csv(tmp_path / "big.csv", HEADER, many_rows(250), "utf-8")
    table = ri.read_table(path)
    was_on = gc.isenabled()
    gc.enable()  # whatever earlier tests left (the Qt application turns it off)
    try:
        during = []
        ri.import_rows(office, table, ri.guess_mapping(table, "arrest"), "arrest", today=TODAY,
                       progress=lambda done, total: during.append(gc.isenabled()))
        assert during and not any(during) and gc.isenabled()
    finally:
        if not was_on:
            gc.disable()


def test_a_dry_run_reports_and_writes_nothing(office, messy):
    table, mapping = messy
    before = counts(office)
    report = ri.import_rows(office, table, mapping, "arrest", dry_run=True, today=TODAY)
    assert report.dry_run and report.new == [4, 5, 10, 11] and report.record_ids == []
    assert counts(office) == before


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-8"])
def test_csv_files_in_gb18030_and_utf8_with_or_without_bom(office, tmp_path, encoding):
    rows = [["C1", "欧阳䶮", GOOD_ID, "2026年10月12日", "盗窃", "青山县公安局", "2026.10.10"],
            ["C2", "李四", OTHER_ID, "2026/10/12", "抢劫罪", "青山县公安局", "20261011"]]
    path = write_csv(tmp_path / "登记.csv", HEADER, rows, encoding)
    table = ri.read_table(path)
    assert table.encoding == encoding and table.headers == HEADER
    report = ri.import_rows(office, table, ri.guess_mapping(table, "arrest"), "arrest",
                            today=TODAY)
    assert report.new == [2, 3] and report.ok
    names = {r[0] for r in office.reader.execute("SELECT name FROM persons")}
    assert {"欧阳䶮", "李四"} <= names


def test_a_saved_mapping_maps_next_months_file_with_columns_moved(office, tmp_path):
    from desktop.services.register_import_mappings import load_mapping, mappings, save_mapping

    header = ["嫌犯", "案件编号", "受案日", "罪名", "公安机关", "刑拘日"]  # not all guessable
    first = ri.read_table(write_csv(tmp_path / "十月.csv", header, [
        ["王一", "D1", "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"]], "utf-8"))
    mapping = ri.ColumnMapping({0: "suspect_name", 1: "police_case_no", 2: "received_date",
                                3: "charges", 4: "police_agency", 5: "detained_since"},
                               first.headers)
    save_mapping(office, "本院月报", "arrest", mapping)
    assert [m.name for m in mappings(office, "arrest")] == ["公安机关提请批准逮捕信息", "本院月报"]
    moved = ["序号", "刑拘日", "公安机关", "罪名", "受案日", "案件编号", "嫌犯"]
    second = ri.read_table(write_csv(tmp_path / "十一月.csv", moved, [
        ["1", "2026-11-10", "青山县公安局", "抢劫罪", "2026-11-12", "D2", "钱二"]], "gb18030"))
    again = load_mapping(office, "本院月报").for_table(second)
    assert again.columns == {1: "detained_since", 2: "police_agency", 3: "charges",
                             4: "received_date", 5: "police_case_no", 6: "suspect_name"}
    report = ri.import_rows(office, second, again, "arrest", today=TODAY)
    assert report.new == [2]
    save_mapping(office, "本院月报", "arrest", again)  # saving again replaces it
    assert len(mappings(office, "arrest")) == 2


def test_a_refused_co_suspect_refuses_the_whole_case(office, tmp_path):
    rows = [["E1", "甲", GOOD_ID, "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"],
            ["E1", "乙", WRONG_ID, "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"],
            ["E1", "丙", "", "2026-10-12", "盗窃罪", "青山县公安局", "2026-09-01"]]
    table = ri.read_table(write_csv(tmp_path / "e.csv", HEADER, rows, "utf-8"))
    report = ri.import_rows(office, table, ri.guess_mapping(table, "arrest"), "arrest",
                            today=TODAY)
    assert report.new == []
    assert reasons(report) == {3: {("id_number", "id_number.check_digit")},
                               4: {("detained_since", "date.detention_too_long")},
                               2: {("police_case_no", "import.case_refused")}}


def test_supervision_and_petition_registers(office, tmp_path):
    sup = ri.read_table(write_csv(tmp_path / "监督.csv",
                                  ["受理日期", "监督类型", "线索来源", "公安机关", "事项摘要", "当事人"],
                                  [["2026-10-01", "立案监督", "被害人控告", "青山县公安局",
                                    "被害人控告公安机关应立案不立案", "周某"],
                                   ["2026-10-02", "纠正违法", "本院发现", "青山县公安局", "x", ""]],
                                  "gb18030"))
    report = ri.import_rows(office, sup, ri.guess_mapping(sup, "supervision"), "supervision",
                            today=TODAY)
    assert report.new == [2] and reasons(report) == {3: {("area", "import.choice_unknown")}}
    assert office.reader.execute("SELECT area, source, party_name FROM supervision_matters"
                                 ).fetchone()[:] == ("case_filing", "victim_complaint", "周某")
    again = ri.import_rows(office, sup, ri.guess_mapping(sup, "supervision"), "supervision",
                           today=TODAY)
    assert again.unchanged == [2] and again.new == []
    pet = ri.read_table(write_csv(tmp_path / "信访.csv",
                                  ["收信日期", "信访方式", "信访类型", "信访人", "身份证号", "信访事项"],
                                  [["2026.11.2", "来访", "申诉", "吴某", GOOD_ID, "对不批捕决定不服"],
                                   ["2026.11.3", "来信", "控告", "", "", "控告民警"]], "utf-8-sig"))
    mapping = ri.guess_mapping(pet, "petition")
    report = ri.import_rows(office, pet, mapping, "petition", today=TODAY)
    assert report.new == [2] and reasons(report) == {3: {("petitioner_name", "required")}}
    assert ri.import_rows(office, pet, mapping, "petition", today=TODAY).unchanged == [2]


def test_one_person_in_two_cases_of_the_file_or_already_on_file_is_one_person(office, tmp_path):
    from desktop.services.arrest_register import register_request
    from tests.conftest import make_registration

    register_request(office, make_registration(office, id_number=OTHER_ID, name="李四"),
                     today=TODAY)
    rows = [["G1", "王一", GOOD_ID, "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"],
            ["G2", "王一", GOOD_ID, "2026-10-20", "诈骗罪", "青山县公安局", "2026-10-18"],
            ["G3", "李四", OTHER_ID, "2026-10-20", "诈骗罪", "青山县公安局", "2026-10-18"]]
    table = ri.read_table(write_csv(tmp_path / "g.csv", HEADER, rows, "utf-8"))
    report = ri.import_rows(office, table, ri.guess_mapping(table, "arrest"), "arrest",
                            today=TODAY)
    assert report.new == [2, 3, 4]
    people = office.reader.execute("SELECT id_number, count(*) FROM persons GROUP BY id_number "
                                   "ORDER BY id_number").fetchall()
    assert sorted(tuple(p) for p in people) == sorted([(GOOD_ID, 1), (OTHER_ID, 1)])
    reviews = office.reader.execute("SELECT count(DISTINCT person_id) FROM arrest_reviews"
                                    ).fetchone()[0]
    assert reviews == 2


def test_an_id_number_excel_kept_as_a_number_is_refused_with_its_own_reason(office, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["H1", "王一", float(GOOD_ID[:17] + "0") if GOOD_ID[-1] != "X" else 3.2e17,
               "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"])
    wb.save(tmp_path / "n.xlsx")
    table = ri.read_table(tmp_path / "n.xlsx")
    report = ri.import_rows(office, table, ri.guess_mapping(table, "arrest"), "arrest",
                            today=TODAY)
    assert reasons(report) == {2: {("id_number", "import.id_number_as_number")}}
