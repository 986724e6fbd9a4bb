"""Police exports (DOMAIN §3.4) become drafts the officer confirms one by one: never a
registration directly; a confirmed draft is registered, audited and queued for sync; a row
already registered or drafted is reported unchanged."""
import openpyxl
import pytest

from desktop.services import register_import as ri
from desktop.services import register_import_police as police
from desktop.services.errors import ValidationFailed
from desktop.services.register_import_mappings import POLICE_DEFAULT, load_mapping
from tests.conftest import TODAY
from tests.services.import_files import GOOD_ID, OTHER_ID, WRONG_ID


def write_export(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "提请批准逮捕"
    # the layout of the default mapping, in another column order, with a column it ignores
    ws.append(["序号", "犯罪嫌疑人姓名", "公民身份号码", "案件编号", "提请批准逮捕书文号", "涉嫌罪名",
               "提请单位", "提请日期", "刑事拘留日期", "强制措施", "简要案情", "数据推送时间"])
    ws.append([1, "王小明", GOOD_ID, "A3201012026110001", "青公提捕字〔2026〕31号", "盗窃罪",
               "青山县公安局", "2026-11-20", "2026-11-18", "刑事拘留", "入户盗窃", "2026-11-20 09:00"])
    ws.append([2, "李四", OTHER_ID, "A3201012026110002", "青公提捕字〔2026〕32号", "电信网络诈骗",
               "青山县公安局", "2026-11-21", "2026-11-19", "刑事拘留", "", "2026-11-21 09:00"])
    ws.append([3, "赵五", WRONG_ID, "A3201012026110003", "青公提捕字〔2026〕33号", "盗窃罪",
               "青山县公安局", "2026-11-21", "2026-11-19", "刑事拘留", "", "2026-11-21 09:00"])
    wb.save(path)
    return path


def counts(office):
    return {t: office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("arrest_requests", "audit_log", "outbox", "registration_drafts")}


@pytest.fixture
def export(office, tmp_path):
    table = ri.read_table(write_export(tmp_path / "公安推送.xlsx"))
    return table, load_mapping(office, POLICE_DEFAULT).for_table(table)


def test_the_default_mapping_reads_a_police_export(export):
    table, mapping = export
    assert sorted(mapping.columns.values()) == sorted(
        ["suspect_name", "id_number", "police_case_no", "request_no", "charges",
         "police_agency", "request_date", "detained_since", "detained", "note"])


def test_an_export_becomes_drafts_only_and_a_second_one_adds_none(office, export):
    table, mapping = export
    before = counts(office)
    report = police.import_police_export(office, table, mapping, today=TODAY)
    assert report.new == [2, 3, 4]
    after = counts(office)
    assert after["registration_drafts"] == 3 and after["arrest_requests"] == 0
    # drafts are local work lists: no audit entry, nothing for the upper office
    assert (after["audit_log"], after["outbox"]) == (before["audit_log"], before["outbox"])
    again = police.import_police_export(office, table, mapping, today=TODAY)
    assert again.new == [] and again.unchanged == [2, 3, 4]
    assert counts(office)["registration_drafts"] == 3
    found = police.drafts(office)
    assert [(d.source_file, d.source_row) for d in found] == [
        ("公安推送.xlsx", 2), ("公安推送.xlsx", 3), ("公安推送.xlsx", 4)]
    assert found[0].values["suspect_name"] == "王小明" and found[0].status == "open"


def test_confirming_a_draft_registers_it_audited_and_queued(office, export):
    table, mapping = export
    police.import_police_export(office, table, mapping, today=TODAY)
    first = police.drafts(office)[0]
    check = police.check_draft(office, first.values, today=TODAY)
    assert check.status == ri.NEW and check.values["received_date"] == TODAY
    before = counts(office)
    request_id = police.confirm_draft(office, first.id, first.values, today=TODAY)
    row = office.reader.execute("SELECT police_case_no, received_date, request_no FROM "
                                "arrest_requests WHERE id = ?", (request_id,)).fetchone()
    assert tuple(row) == ("A3201012026110001", TODAY.isoformat(), "青公提捕字〔2026〕31号")
    audited = office.reader.execute("SELECT count(*) FROM audit_log WHERE row_id = ?",
                                    (request_id,)).fetchone()[0]
    queued = office.reader.execute("SELECT count(*) FROM outbox WHERE row_id = ?",
                                   (request_id,)).fetchone()[0]
    assert audited == 1 and queued == 1
    assert counts(office)["arrest_requests"] == before["arrest_requests"] + 1
    done = police.draft(office, first.id)
    assert done.status == "confirmed" and done.registration_id == request_id
    assert [d.id for d in police.drafts(office)] == [first.id + 1, first.id + 2]
    # the registered suspect is now unchanged for another export of the same rows
    assert police.import_police_export(office, table, mapping, today=TODAY).unchanged == [2, 3, 4]
    with pytest.raises(ValidationFailed):
        police.confirm_draft(office, first.id, first.values, today=TODAY)


def test_a_draft_with_a_problem_is_fixed_by_the_officer_or_discarded(office, export):
    table, mapping = export
    police.import_police_export(office, table, mapping, today=TODAY)
    _, second, third = police.drafts(office)
    assert police.check_draft(office, second.values, today=TODAY).reasons[0].code == \
        "charge.unknown"  # 电信网络诈骗 is no charge's name: the officer picks 诈骗罪
    with pytest.raises(ValidationFailed) as exc:
        police.confirm_draft(office, third.id, third.values, today=TODAY)
    assert exc.value.errors[0].code == "id_number.check_digit"
    assert police.draft(office, third.id).status == "open"
    police.discard_draft(office, third.id)
    assert police.draft(office, third.id).status == "discarded"
    fixed = dict(second.values, charges="诈骗罪")
    police.confirm_draft(office, second.id, fixed, today=TODAY)
    assert police.draft(office, second.id).values["charges"] == "诈骗罪"
