"""Register import and 承办人变更: a matched open row whose 承办人 names another officer of the
office moves the request to that officer ("updated", through officer_change, audited with
the import's reason) when the importing user may reassign; a clerk gets the difference listed
as before; a concluded case keeps its officer."""
from desktop.domain import permissions
from desktop.services import register_import as ri
from desktop.store.models import User
from tests.conftest import TODAY
from tests.services.import_files import write_csv
from tests.services.test_register_import_outcomes import person_id, row

HEADER = ["案件编号", "犯罪嫌疑人", "身份证号", "受理日期", "罪名", "公安机关", "刑事拘留日期",
          "审查结论", "决定日期", "不捕理由", "承办人"]
FIRST = [row("R2026001", "王一", 1, "2026-11-17") + ["张明"],
         row("R2026001", "王二", 2, "2026-11-17") + ["张明"],
         row("R2026002", "李三", 3, "2026-03-02", "批准逮捕", "2026-03-08") + ["张明"]]


def load(tmp_path, name, rows):
    table = ri.read_table(write_csv(tmp_path / name, HEADER, rows, "utf-8"))
    return table, ri.guess_mapping(table, "arrest")


def officers(office):
    return dict(office.reader.execute(
        "SELECT q.police_case_no, u.display_name FROM arrest_requests q "
        "JOIN users u ON u.id = q.officer_id"))


def test_a_new_officer_in_the_file_reassigns_the_open_request(office, tmp_path):
    with office.transaction(permissions.MANAGE_USERS) as session:
        session.add(User(username="li", display_name="李华", roles="officer"))
    report = ri.import_rows(office, *load(tmp_path, "a.csv", FIRST), "arrest", today=TODAY)
    assert report.new == [2, 3, 4]
    later = [r[:-1] + ["李华"] for r in FIRST]
    table, mapping = load(tmp_path, "b.csv", later)
    clerk = office.as_user(office.user_id, office.username, office.display_name,
                           frozenset({permissions.CLERK}))
    # a clerk may not reassign: the officer is a listed difference, nothing written
    seen = ri.import_rows(clerk, table, mapping, "arrest", today=TODAY)
    # (row 4 carries a decision, which a clerk may not import either)
    assert seen.unchanged == [2, 3] and seen.updated == []
    assert [(n, d["officer"]) for n, d in seen.differences] == [(2, ("张明", "李华")),
                                                                (3, ("张明", "李华"))]
    assert officers(office) == {"R2026001": "张明", "R2026002": "张明"}
    dry = ri.import_rows(office, table, mapping, "arrest", today=TODAY, dry_run=True)
    assert dry.updated == [2, 3] and officers(office)["R2026001"] == "张明"
    outbox = office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0]
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    # the open case moves once for its two rows; the concluded one keeps its officer
    assert report.updated == [2, 3] and report.unchanged == [4]
    assert [(n, d["officer"]) for n, d in report.differences] == [(4, ("张明", "李华"))]
    assert officers(office) == {"R2026001": "李华", "R2026002": "张明"}
    assert office.reader.execute("SELECT count(*) FROM outbox").fetchone()[0] == outbox + 1
    detail = office.reader.execute(
        "SELECT detail FROM audit_log WHERE action = 'reassign'").fetchall()
    assert len(detail) == 1 and "据登记表导入" in detail[0][0]
    # the same file again: nothing to change
    again = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert again.unchanged == [2, 3, 4] and again.updated == []
