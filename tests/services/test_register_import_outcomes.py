"""Register import of outcomes (issue 9, part 3): a register's 审查结论 / 决定日期 / 不捕理由
columns make a row a concluded case, recorded as decided on its date; next month's file
records the decisions on last month's open rows ("updated"); the same file again changes
nothing; a file contradicting a recorded decision is refused."""
from datetime import date, timedelta

from desktop.domain import permissions
from desktop.domain.indicators import Period
from desktop.services import dashboard, statistics
from desktop.services import register_import as ri
from tests.conftest import TODAY
from tests.services.import_files import id_number, write_csv

HEADER = ["案件编号", "犯罪嫌疑人", "身份证号", "受理日期", "罪名", "公安机关", "刑事拘留日期",
          "审查结论", "决定日期", "不捕理由"]
TABLES = ("arrest_requests", "arrest_reviews", "review_decisions", "execution_receipts",
          "audit_log", "outbox")


def person_id(i: int) -> str:
    birth = date(1990, 1, 1) + timedelta(days=i)
    return id_number(f"320101{birth:%Y%m%d}{i:03d}")


def row(case, name, i, received, decision="", decided="", ground=""):
    since = date.fromisoformat(received) - timedelta(days=2)
    return [case, name, person_id(i), received, "盗窃罪", "青山县公安局", since.isoformat(),
            decision, decided, ground]


def load(tmp_path, name, rows):
    table = ri.read_table(write_csv(tmp_path / name, HEADER, rows, "utf-8"))
    return table, ri.guess_mapping(table, "arrest")


def counts(office):
    return {t: office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def reviews(office):
    return {r[0]: tuple(r[1:]) for r in office.reader.execute(
        "SELECT q.police_case_no, r.status, r.decided_on, d.kind, d.ground, d.approved_on, "
        "d.approver_id IS NULL FROM arrest_reviews r JOIN arrest_requests q ON q.id = r.request_id "
        "LEFT JOIN review_decisions d ON d.review_id = r.id AND d.state = 'approved'")}


def reasons(report):
    return {n: {(e.field, e.code) for e in errors} for n, errors in report.refused}


HISTORY = [
    row("H2026001", "王一", 1, "2026-03-02", "批准逮捕", "2026年3月8日"),
    row("H2026002", "李二", 2, "2026-03-10", "不批准逮捕", "2026.3.16", "证据不足"),
    row("H2026003", "赵三", 3, "2026-04-01", "不捕", "2026/04/07", "无社会危险性"),
    row("H2026004", "钱四", 4, "2026-11-17"),  # still open: its deadline is shown
]


def test_the_outcome_columns_are_guessed_from_their_chinese_headers(tmp_path):
    _, mapping = load(tmp_path, "h.csv", HISTORY)
    assert {k: mapping.columns[k] for k in (7, 8, 9)} == {
        7: "decision", 8: "decided_on", 9: "refusal_ground"}


def test_a_history_file_imports_concluded_cases_without_deadlines(office, tmp_path):
    table, mapping = load(tmp_path, "history.csv", HISTORY)
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert report.new == [2, 3, 4, 5] and report.ok
    got = reviews(office)
    assert got["H2026001"] == ("approved", "2026-03-08", "approve", "", "2026-03-08", 1)
    assert got["H2026002"] == ("refused", "2026-03-16", "refuse", "insufficient_evidence",
                               "2026-03-16", 1)
    assert got["H2026003"][:4] == ("refused", "2026-04-07", "refuse", "no_social_danger")
    assert got["H2026004"] == ("received", None, None, None, None, 1)
    # the dashboard shows the open case only: no overdue review, receipt or follow-up for
    # the cases concluded months ago
    items = dashboard.due_items(office.reader, today=TODAY)
    cases = {office.reader.execute("SELECT police_case_no FROM arrest_requests WHERE id = ?",
                                   (i.request_id or i.record_id,)).fetchone()[0] for i in items}
    assert cases == {"H2026004"}
    assert counts(office)["execution_receipts"] == 0
    # the statistics count each decision in its decision date's month
    march = statistics.indicators(office.reader, Period.month(2026, 3), today=TODAY)
    assert march.value("arrest.approved") == 1 and march.value("arrest.refused") == 1
    assert march.value("arrest.refused_insufficient_evidence") == 1
    assert march.value("arrest.concluded_persons") == 2
    april = statistics.indicators(office.reader, Period.month(2026, 4), today=TODAY)
    assert april.value("arrest.refused_no_social_danger") == 1
    assert april.value("arrest.concluded_persons") == 1
    # how it was entered: the record says so, and the importing user is in the audit log
    reasoning = office.reader.execute(
        "SELECT DISTINCT reasoning FROM review_decisions").fetchall()
    assert [r[0] for r in reasoning] == ["（据既有登记导入：审查与审批在本程序启用前完成）"]


MONTH1 = [row("M2026001", "周一", 11, "2026-11-02"), row("M2026002", "吴二", 12, "2026-11-03"),
          row("M2026003", "郑三", 13, "2026-11-04")]
MONTH2 = [row("M2026001", "周一", 11, "2026-11-02", "批捕", "2026-11-08"),
          row("M2026002", "吴二", 12, "2026-11-03", "不批准逮捕", "2026-11-09", "不构成犯罪"),
          row("M2026003", "郑三", 13, "2026-11-04", "审查中"),
          row("M2026004", "王四", 14, "2026-11-20")]


def test_next_months_file_records_the_decisions_of_last_months_open_rows(office, tmp_path):
    table, mapping = load(tmp_path, "m1.csv", MONTH1)
    first = ri.import_rows(office, table, mapping, "arrest", today=date(2026, 11, 5))
    assert first.new == [2, 3, 4]
    before = counts(office)
    table, mapping = load(tmp_path, "m2.csv", MONTH2)
    checks = ri.check_rows(office, table, mapping, "arrest", today=TODAY)
    assert [c.status for c in checks] == ["updated", "updated", "unchanged", "new"]
    assert counts(office) == before  # checking writes nothing
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert report.updated == [2, 3] and report.unchanged == [4] and report.new == [5]
    assert report.ok and len(report.record_ids) == 3
    got = reviews(office)
    assert got["M2026001"][:4] == ("approved", "2026-11-08", "approve", "")
    assert got["M2026002"][:4] == ("refused", "2026-11-09", "refuse", "no_crime")
    assert got["M2026003"][0] == "received" and got["M2026004"][0] == "received"
    after = counts(office)
    assert after["review_decisions"] - before["review_decisions"] == 2
    # audited and queued for the upper office, as a decision made in the program is
    decisions = [r[0] for r in office.reader.execute("SELECT id FROM review_decisions")]
    for table_name, ids in (("review_decisions", decisions),):
        for record_id in ids:
            assert office.reader.execute(
                "SELECT count(*) FROM audit_log WHERE table_name = ? AND row_id = ?",
                (table_name, record_id)).fetchone()[0] == 1
            assert office.reader.execute(
                "SELECT count(*) FROM outbox WHERE table_name = ? AND row_id = ?",
                (table_name, record_id)).fetchone()[0] == 1
    assert office.reader.execute(
        "SELECT count(*) FROM outbox WHERE table_name = 'arrest_reviews' AND payload LIKE "
        "'%\"decided_on\": \"2026-11-08\"%'").fetchone()[0] >= 1
    # the decided cases left the dashboard; the open ones stay
    items = dashboard.due_items(office.reader, today=TODAY, within_days=30)
    open_cases = {office.reader.execute("SELECT police_case_no FROM arrest_requests "
                                        "WHERE id = ?", (i.request_id or i.record_id,)
                                        ).fetchone()[0] for i in items}
    assert open_cases == {"M2026003", "M2026004"}

    # the same file again: everything unchanged, nothing written
    before = counts(office)
    again = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert again.unchanged == [2, 3, 4, 5] and not again.updated and not again.new
    assert counts(office) == before

    # a file contradicting a recorded decision is refused with its reason; the rest goes on
    table, mapping = load(tmp_path, "m3.csv", [
        row("M2026001", "周一", 11, "2026-11-02", "不批准逮捕", "2026-11-08", "证据不足"),
        row("M2026003", "郑三", 13, "2026-11-04", "批准逮捕", "2026-11-10")])
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert reasons(report) == {2: {("decision", "import.decision_differs")}}
    refusal = dict(report.refused)[2][0]
    assert refusal.params == {"recorded": "批准逮捕", "file": "不批准逮捕"}
    assert "复议" in refusal.message and report.updated == [3]
    assert reviews(office)["M2026001"][:3] == ("approved", "2026-11-08", "approve")


def test_a_matched_row_whose_decision_date_differs_shows_the_difference(office, tmp_path):
    table, mapping = load(tmp_path, "a.csv", [HISTORY[0]])
    ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    table, mapping = load(tmp_path, "b.csv", [
        row("H2026001", "王一", 1, "2026-03-02", "批准逮捕", "2026-03-09")])
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert report.unchanged == [2]
    assert report.differences == [(2, {"decided_on": (date(2026, 3, 8), date(2026, 3, 9))})]


def test_outcome_cells_are_checked(office, tmp_path):
    table, mapping = load(tmp_path, "bad.csv", [
        row("X1", "甲", 21, "2026-10-10", "批准逮捕", "2026-10-01"),  # before received
        row("X2", "乙", 22, "2026-10-10", "批准逮捕", "2026-12-01"),  # in the future
        row("X3", "丙", 23, "2026-10-10", "不批准逮捕", "2026-10-15"),  # no ground
        row("X4", "丁", 24, "2026-10-10", "批准逮捕", "2026-10-15", "证据不足"),
        row("X5", "戊", 25, "2026-10-10", "同意", "2026-10-15"),  # not a decision word
        row("X6", "己", 26, "2026-10-10", "批准逮捕"),  # no date
        row("X7", "庚", 27, "2026-10-10", "", "2026-10-15"),  # a date without a decision
        row("X8", "辛", 28, "2026-10-10", "不捕", "2026-10-15", "不知道"),  # unknown ground
        row("X9", "壬", 29, "2026-10-10", "批准逮捕", "2026-10-15", "无"),  # a blank word: fine
    ])
    before = counts(office)
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert reasons(report) == {
        2: {("decided_on", "import.decided_before_received")},
        3: {("decided_on", "date.future")},
        4: {("refusal_ground", "import.ground_missing")},
        5: {("refusal_ground", "import.ground_without_refusal")},
        6: {("decision", "import.choice_unknown")},
        7: {("decided_on", "import.decision_date_missing")},
        8: {("decision", "import.decision_missing")},
        9: {("refusal_ground", "import.choice_unknown")},
    }
    assert report.new == [10]
    assert counts(office)["review_decisions"] - before["review_decisions"] == 1


def test_a_refusal_without_a_ground_column_is_recorded_with_the_ground_unrecorded(
        office, tmp_path):
    rows = [r[:9] for r in HISTORY[1:2]]
    table = ri.read_table(write_csv(tmp_path / "n.csv", HEADER[:9], rows, "utf-8"))
    report = ri.import_rows(office, table, ri.guess_mapping(table, "arrest"), "arrest",
                            today=TODAY)
    assert report.new == [2]
    assert reviews(office)["H2026002"][:4] == ("refused", "2026-03-16", "refuse", "")
    march = statistics.indicators(office.reader, Period.month(2026, 3), today=TODAY)
    assert march.value("arrest.refused") == 1
    assert march.value("arrest.refused_ground_unrecorded") == 1
    assert march.value("arrest.refused_insufficient_evidence") == 0


def test_a_clerk_imports_registrations_but_not_decisions(office, tmp_path):
    clerk = office.as_user(office.user_id, office.username, office.display_name,
                           frozenset({permissions.CLERK}))
    table, mapping = load(tmp_path, "h.csv", HISTORY)
    report = ri.import_rows(clerk, table, mapping, "arrest", today=TODAY)
    assert report.new == [5]
    assert reasons(report) == {n: {("decision", "import.decision_not_permitted")}
                               for n in (2, 3, 4)}
    assert counts(office)["review_decisions"] == 0


def test_a_dry_run_with_decisions_writes_nothing(office, tmp_path):
    table, mapping = load(tmp_path, "h.csv", HISTORY)
    before = counts(office)
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY, dry_run=True)
    assert report.new == [2, 3, 4, 5] and counts(office) == before


def test_a_police_export_never_records_a_decision(office, tmp_path):
    from desktop.services import register_import_police as police

    table, mapping = load(tmp_path, "police.csv", [HISTORY[0]])
    report = police.import_police_export(office, table, mapping, today=TODAY)
    assert report.new == [2]
    (draft,) = police.drafts(office)
    values = {**draft.values, "decision": "批准逮捕", "decided_on": "2026-03-08"}
    request_id = police.confirm_draft(office, draft.id, values, today=TODAY)
    assert office.reader.execute("SELECT status FROM arrest_reviews WHERE request_id = ?",
                                 (request_id,)).fetchone()[0] == "received"
    assert counts(office)["review_decisions"] == 0
    # a registered, still open suspect named again with a decision: not an update
    again = police.check_draft(office, values, today=TODAY)
    assert again.status == "unchanged"


# -- petitions: 答复 and 办结 ----------------------------------------------------------------
PET_HEADER = ["收信日期", "信访方式", "信访类型", "信访人", "身份证号", "信访事项", "答复日期",
              "答复方式", "办结日期", "办结方式"]


def petition(day, name, i, replied="", way="", closed="", closure=""):
    return [day, "来访", "申诉", name, person_id(40 + i), "对不批捕决定不服", replied, way, closed,
            closure]


def petitions(office):
    return {r[0]: tuple(r[1:]) for r in office.reader.execute(
        "SELECT r.name, p.status, p.closure, p.closed_on, p.due_date, "
        "(SELECT count(*) FROM petition_work w WHERE w.petition_id = p.id AND w.kind = 'reply' "
        "AND w.reply_kind = 'result') FROM petitions p JOIN petitioners r "
        "ON r.petition_id = p.id AND r.position = 0")}


def test_a_petition_register_records_replies_and_closures(office, tmp_path):
    def load_petitions(name, rows):
        table = ri.read_table(write_csv(tmp_path / name, PET_HEADER, rows, "utf-8"))
        return table, ri.guess_mapping(table, "petition")

    table, mapping = load_petitions("p1.csv", [
        petition("2026-03-02", "甲某", 1, "2026-03-20", "书面", "2026-04-01", "息诉罢访"),
        petition("2026-03-05", "乙某", 2, "2026-03-25"),  # replied, not closed
        petition("2026-11-02", "丙某", 3),  # open
        petition("2026-11-03", "丁某", 4),  # open
        petition("2026-03-06", "戊某", 5, "", "", "2026-04-01", "息诉罢访"),  # no result reply
    ])
    assert [mapping.columns[i] for i in range(6, 10)] == ["replied_on", "reply_way",
                                                           "closed_on", "closure"]
    report = ri.import_rows(office, table, mapping, "petition", today=TODAY)
    assert report.new == [2, 3, 4, 5]
    assert reasons(report) == {6: {("closure", "petition.closure_not_now")}}
    got = petitions(office)
    assert got["甲某"] == ("closed", "settled", "2026-04-01", None, 1)
    assert got["乙某"][:2] == ("result_replied", "") and got["乙某"][4] == 1
    assert got["丙某"][0] == "registered" and got["丙某"][3] is not None
    names = dict(office.reader.execute("SELECT petition_id, name FROM petitioners"))
    overdue = {names[i.record_id] for i in dashboard.due_items(office.reader, today=TODAY)
               if i.record_id in names and i.due_date < TODAY}
    # months-old replied and closed petitions are not overdue; this month's open ones
    # (no procedural reply within 7 days) are
    assert overdue == {"丙某", "丁某"}

    # next month: 丙某 replied and closed, 丁某 withdrawn, 甲某 again, 乙某 unchanged
    table, mapping = load_petitions("p2.csv", [
        petition("2026-03-02", "甲某", 1, "2026-03-20", "书面", "2026-04-01", "息诉罢访"),
        petition("2026-03-05", "乙某", 2, "2026-03-25"),
        petition("2026-11-02", "丙某", 3, "2026-11-20", "电话", "2026-11-21", "依法办结"),
        petition("2026-11-03", "丁某", 4, "", "", "2026-11-10", "撤回"),
    ])
    before = counts(office)
    report = ri.import_rows(office, table, mapping, "petition", today=TODAY)
    assert report.updated == [4, 5] and report.unchanged == [2, 3] and report.ok
    got = petitions(office)
    assert got["丙某"] == ("closed", "concluded", "2026-11-21", None, 1)
    assert got["丁某"][:3] == ("closed", "withdrawn", "2026-11-10")
    assert counts(office)["audit_log"] > before["audit_log"]
    assert office.reader.execute("SELECT way, content FROM petition_work WHERE kind = 'reply' "
                                 "AND done_on = '2026-11-20'").fetchone()[:] == (
        "phone", "（据既有登记导入）")
    # the same file again: unchanged; another closure: refused
    assert ri.import_rows(office, table, mapping, "petition", today=TODAY).unchanged == [2, 3, 4, 5]
    table, mapping = load_petitions("p3.csv", [
        petition("2026-11-03", "丁某", 4, "", "", "2026-11-10", "息诉罢访")])
    report = ri.import_rows(office, table, mapping, "petition", today=TODAY)
    assert reasons(report) == {2: {("closure", "import.closure_differs")}}


def test_a_proposal_waiting_for_approval_in_the_program_is_not_decided_by_a_file(
        office, tmp_path):
    from desktop.services import arrest_review as svc
    from desktop.services import review_decisions as dec

    table, mapping = load(tmp_path, "open.csv", [row("P2026001", "陈一", 31, "2026-09-28")])
    ri.import_rows(office, table, mapping, "arrest", today=date(2026, 9, 29))
    review_id = office.reader.execute("SELECT id FROM arrest_reviews").fetchone()[0]
    svc.add_interrogation(office, review_id, svc.InterrogationInput(
        kind="interrogation", held_on=date(2026, 9, 30), staff=["张明", "李华"],
        place="青山县看守所讯问室"), today=date(2026, 10, 2))
    dec.propose_decision(office, review_id, dec.ProposalInput(
        "refuse", "no_social_danger", "情节较轻"), today=date(2026, 10, 2))
    table, mapping = load(tmp_path, "decided.csv", [
        row("P2026001", "陈一", 31, "2026-09-28", "不捕", "2026-10-03", "无社会危险性")])
    report = ri.import_rows(office, table, mapping, "arrest", today=TODAY)
    assert reasons(report) == {2: {("decision", "import.decision_pending")}}
    assert office.reader.execute("SELECT status FROM arrest_reviews").fetchone()[0] == \
        "pending_approval"
