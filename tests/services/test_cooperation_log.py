"""The cooperation log through the services on a real SQLite file: entries of every kind,
validation that writes nothing, editing, completing a 督办 item, tombstones, the list with its
filters and search, due items for the dashboard, monthly counts and the office record."""
from datetime import date

import pytest

from desktop.services import cooperation_log as svc
from desktop.services import cooperation_queries as q
from desktop.services.arrest_register import register_request
from desktop.services.cooperation_queries import CooperationFilter
from desktop.services.errors import NotFound, ValidationFailed
from tests.conftest import TODAY, make_registration


def agency(office) -> str:
    return office.reader.execute("SELECT id FROM police_agencies").fetchone()[0]


def entry(office, kind="consultation", **kw) -> svc.EntryInput:
    base = dict(kind=kind, occurred_on=date(2026, 11, 20), police_agency_id=agency(office),
                summary="就王某故意伤害案捕前会商")
    if kind == "consultation":
        base["subtype"] = "pre_arrest"
    base.update(kw)
    return svc.EntryInput(**base)


def count(office, table="cooperation_entries") -> int:
    return office.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def ids(office, f=CooperationFilter()) -> list[str]:
    conn = office.reader
    rows = q.fetch_rows(conn, q.list_page(conn, f, today=TODAY))
    return [rows[r].entry_id for r in q.list_page(conn, f, today=TODAY)]


def test_an_entry_is_saved_with_its_audit_and_outbox(office):
    entry_id = svc.add_entry(office, entry(office, case_ref="青公刑案〔2026〕101号",
                                           participants="张明、公安法制大队李队长",
                                           outcome="意见一致：证据尚需补强"), today=TODAY)
    detail = q.entry_detail(office.reader, entry_id)
    assert detail.row.kind == "consultation" and detail.row.subtype == "pre_arrest"
    assert detail.row.occurred_on == date(2026, 11, 20)
    assert detail.row.police_agency and detail.row.officer_name == "张明"
    assert detail.participants == "张明、公安法制大队李队长"
    assert detail.officer_id == office.user_id
    history = q.entry_history(office.reader, entry_id)
    assert [h.action for h in history] == ["insert"]
    assert history[0].detail["summary"] == "就王某故意伤害案捕前会商"
    assert office.reader.execute("SELECT count(*) FROM outbox WHERE table_name = "
                                 "'cooperation_entries'").fetchone()[0] == 1


def test_bad_input_is_refused_field_by_field_and_writes_nothing(office):
    audited = count(office, "audit_log")
    with pytest.raises(ValidationFailed) as info:
        svc.add_entry(office, svc.EntryInput(
            kind="joint_supervision", occurred_on=date(2026, 11, 24), police_agency_id="nope",
            summary="", due_on=date(2026, 11, 20), request_case_no="X999"), today=TODAY)
    got = {(e.field, e.code) for e in info.value.errors}
    assert got == {("police_agency", "required"), ("request_case_no", "cooperation.no_request"),
                   ("occurred_on", "date.future"), ("summary", "required"),
                   ("case_ref", "required"), ("due_on", "cooperation.due_not_after")}
    with pytest.raises(ValidationFailed) as info:
        svc.add_entry(office, entry(office, kind="joint_supervision", case_ref="A1",
                                    due_on=date(2026, 11, 20)), today=TODAY)
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("due_on", "cooperation.due_not_after")]
    assert count(office) == 0 and count(office, "audit_log") == audited


def test_fields_the_kind_does_not_use_are_stored_empty(office):
    entry_id = svc.add_entry(office, entry(office, kind="joint_meeting",
                                           participants="两长联席", case_ref="should go",
                                           due_on=date(2027, 1, 1), subtype="pre_arrest"),
                             today=TODAY)
    row = office.reader.execute("SELECT case_ref, due_on, subtype FROM cooperation_entries "
                                "WHERE id = ?", (entry_id,)).fetchone()
    assert tuple(row) == ("", None, "")


def test_an_entry_links_to_an_arrest_request_by_case_number(office):
    register_request(office, make_registration(office), today=TODAY)
    request_id = office.reader.execute("SELECT id FROM arrest_requests").fetchone()[0]
    entry_id = svc.add_entry(office, entry(office, request_case_no=" A3201012026110001 "),
                             today=TODAY)
    detail = q.entry_detail(office.reader, entry_id)
    assert detail.request_id == request_id and detail.request_case_no == "A3201012026110001"


def test_editing_changes_the_entry_and_the_history_keeps_the_old_values(office):
    entry_id = svc.add_entry(office, entry(office), today=TODAY)
    svc.edit_entry(office, entry_id, entry(office, kind="coercive_measure", subtype="bail",
                                           case_ref="A1", person_name="王某",
                                           summary="公安机关通报对王某取保候审"), today=TODAY)
    detail = q.entry_detail(office.reader, entry_id)
    assert (detail.row.kind, detail.row.subtype, detail.row.person_name) == \
        ("coercive_measure", "bail", "王某")
    change = q.entry_history(office.reader, entry_id)[-1]
    assert change.action == "update" and change.detail["kind"] == ["consultation",
                                                                    "coercive_measure"]
    with pytest.raises(ValidationFailed):
        svc.edit_entry(office, entry_id, entry(office, summary=""), today=TODAY)
    assert q.entry_detail(office.reader, entry_id).row.summary == "公安机关通报对王某取保候审"


def test_completing_a_joint_supervision_item(office):
    item = svc.add_entry(office, entry(office, kind="joint_supervision", case_ref="A1",
                                       occurred_on=date(2026, 11, 1),
                                       due_on=date(2026, 11, 30), outcome="约定两周内补证"),
                         today=TODAY)
    assert ids(office, CooperationFilter(open_only=True)) == [item]
    with pytest.raises(ValidationFailed) as info:
        svc.complete_item(office, item, date(2026, 10, 30), today=TODAY)
    assert info.value.errors[0].code == "cooperation.done_before"
    svc.complete_item(office, item, date(2026, 11, 22), "已补充鉴定意见，督办办结", today=TODAY)
    detail = q.entry_detail(office.reader, item)
    assert detail.row.done_on == date(2026, 11, 22)
    assert detail.outcome == "约定两周内补证\n已补充鉴定意见，督办办结"
    assert ids(office, CooperationFilter(open_only=True)) == []
    with pytest.raises(ValidationFailed) as info:
        svc.complete_item(office, item, TODAY, today=TODAY)
    assert info.value.errors[0].code == "cooperation.already_done"
    plain = svc.add_entry(office, entry(office), today=TODAY)
    with pytest.raises(ValidationFailed) as info:
        svc.complete_item(office, plain, TODAY, today=TODAY)
    assert info.value.errors[0].code == "cooperation.not_tracked"


def test_removal_is_a_tombstone(office):
    entry_id = svc.add_entry(office, entry(office), today=TODAY)
    svc.remove_entry(office, entry_id)
    assert count(office) == 1  # still there, marked deleted
    assert q.entry_detail(office.reader, entry_id) is None
    assert q.count_entries(office.reader, today=TODAY) == 0
    assert q.entry_history(office.reader, entry_id)[-1].detail.get("deleted_at")
    with pytest.raises(NotFound):
        svc.remove_entry(office, entry_id)


def test_the_list_filters_pages_and_searches(office):
    a = agency(office)
    from desktop.store.models import PoliceAgency

    with office.transaction("settings") as s:
        other = PoliceAgency(name="青山县公安局交通警察大队")
        s.add(other)
        other_id = other.id
    meeting = svc.add_entry(office, entry(office, kind="joint_meeting", participants="两长",
                                          occurred_on=date(2026, 3, 5),
                                          summary="第一季度联席会议"), today=TODAY)
    filing = svc.add_entry(office, entry(office, kind="police_filing", case_ref="A3201019",
                                         person_name="欧阳明", summary="涉嫌危险驾驶立案",
                                         police_agency_id=other_id,
                                         occurred_on=date(2026, 11, 2)), today=TODAY)
    overdue = svc.add_entry(office, entry(office, kind="joint_supervision", case_ref="B7",
                                          due_on=date(2026, 11, 21),
                                          occurred_on=date(2026, 11, 1)), today=TODAY)
    later = svc.add_entry(office, entry(office, kind="rectification", summary="整改询问笔录不规范",
                                        due_on=date(2026, 12, 20),
                                        occurred_on=date(2026, 11, 10)), today=TODAY)
    conn = office.reader
    assert ids(office) == [later, filing, overdue, meeting]  # newest first
    assert ids(office, CooperationFilter(kind="joint_meeting")) == [meeting]
    assert ids(office, CooperationFilter(police_agency_id=other_id)) == [filing]
    assert ids(office, CooperationFilter(police_agency_id=a))[0] == later
    assert ids(office, CooperationFilter(open_only=True)) == [overdue, later]  # by due day
    assert ids(office, CooperationFilter(overdue_only=True)) == [overdue]
    assert ids(office, CooperationFilter(date_from=date(2026, 11, 1),
                                         date_to=date(2026, 11, 9))) == [filing, overdue]
    # three characters and more through the trigram index, shorter by scan; case-folded
    assert ids(office, CooperationFilter(search="危险驾驶")) == [filing]
    assert ids(office, CooperationFilter(search="a320")) == [filing]
    assert ids(office, CooperationFilter(search="欧阳")) == [filing]
    assert ids(office, CooperationFilter(search="交通警察")) == [filing]  # the agency's name
    assert ids(office, CooperationFilter(search="联席", kind="joint_meeting")) == [meeting]
    assert ids(office, CooperationFilter(search='"')) == []
    assert q.count_entries(conn, CooperationFilter(search="整改"), today=TODAY) == 1
    assert q.count_entries(conn, today=TODAY) == 4
    # paging
    assert q.list_page(conn, today=TODAY, offset=1, limit=2) == \
        q.list_page(conn, today=TODAY)[1:3]
    # an edit reaches the index
    svc.edit_entry(office, meeting, entry(office, kind="joint_meeting", participants="两长",
                                          occurred_on=date(2026, 3, 5),
                                          summary="一季度联席会议纪要"), today=TODAY)
    assert ids(office, CooperationFilter(search="会议纪要")) == [meeting]
    assert ids(office, CooperationFilter(search="第一季度")) == []


def test_due_items_are_the_open_tracked_items_falling_due(office):
    def item(kind, due, **kw):
        return svc.add_entry(office, entry(office, kind=kind, case_ref="C1", due_on=due,
                                           occurred_on=date(2026, 11, 1), **kw), today=TODAY)

    overdue = item("joint_supervision", date(2026, 11, 20), summary="督办命案积案")
    soon = item("rectification", date(2026, 11, 26))
    item("joint_supervision", date(2026, 11, 27))  # beyond three days
    done = item("joint_supervision", date(2026, 11, 22))
    svc.complete_item(office, done, TODAY, today=TODAY)
    svc.add_entry(office, entry(office), today=TODAY)  # not tracked
    due = q.cooperation_due_items(office.reader, today=TODAY, within_days=3)
    assert [(d.record_id, d.kind, d.due_date) for d in due] == [
        (overdue, "cooperation.joint_supervision", date(2026, 11, 20)),
        (soon, "cooperation.rectification", date(2026, 11, 26))]
    assert [q.entry_kind_of(d.kind) for d in due] == ["joint_supervision", "rectification"]
    assert not q.is_due_kind("arrest_review") and q.entry_kind_of("custody_review") == ""
    assert due[0].detail == "督办命案积案" and due[0].title.startswith("C1  ")


def test_monthly_counts_per_kind(office):
    for day, kind in ((date(2026, 1, 5), "consultation"), (date(2026, 1, 30), "consultation"),
                      (date(2026, 11, 3), "joint_meeting"), (date(2025, 12, 31), "consultation")):
        svc.add_entry(office, entry(office, kind=kind, occurred_on=day, participants="x"),
                      today=TODAY)
    gone = svc.add_entry(office, entry(office, occurred_on=date(2026, 1, 9)), today=TODAY)
    svc.remove_entry(office, gone)
    counts = q.monthly_counts(office.reader, 2026)
    assert counts["consultation"][0] == 2 and sum(counts["consultation"]) == 2
    assert counts["joint_meeting"][10] == 1
    assert set(counts) == {"consultation", "early_involvement", "police_filing",
                           "police_withdrawal", "coercive_measure", "joint_supervision",
                           "joint_meeting", "rectification"}


def test_the_office_record_is_one_per_unit(office):
    assert q.office_record(office.reader, office.unit_code) is None
    with pytest.raises(ValidationFailed) as info:
        svc.save_office_record(office, svc.OfficeRecordInput(
            established_on=date(2026, 12, 1)), today=TODAY)
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("site", "required"), ("established_on", "date.future")}
    first = svc.save_office_record(office, svc.OfficeRecordInput(
        name="青山县侦查监督与协作配合办公室", site="青山县公安局执法办案管理中心",
        resident_prosecutor="张明", established_on=date(2022, 3, 1),
        duty_roster="周一、周三：张明"), today=TODAY)
    second = svc.save_office_record(office, svc.OfficeRecordInput(
        site="青山县公安局执法办案管理中心二楼", resident_prosecutor="张明"), today=TODAY)
    assert first == second and count(office, "cooperation_offices") == 1
    record = q.office_record(office.reader, office.unit_code)
    assert record.site.endswith("二楼") and record.duty_roster == ""
