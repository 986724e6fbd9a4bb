"""The petition register through its services, on real SQLite files: registration and its
validation, repeat detection, replies moving the deadlines, work entries, transfers that keep
the first handler, forwarding, risk, closure, the list queries and the dashboard items."""
from datetime import date

import pytest

from desktop.services import petition_queries as Q
from desktop.services import petition_work as W
from desktop.services.errors import ValidationFailed
from desktop.services.office import open_office
from desktop.services.petition_register import (MAX_ATTACHMENT_BYTES, AttachmentInput,
                                                PetitionerInput, PetitionInput,
                                                register_petition, repeat_candidates)
from desktop.services.petition_settings import read_levels, read_settings, save_settings

TODAY = date(2026, 11, 23)
ID_A = "110105198001011238"
ID_B = "32010119751212345X"


def add_user(office, username):
    from desktop.store.models import User

    with office.transaction("manage_users") as session:
        user = User(username=username, display_name=username, roles="officer")
        session.add(user)
        session.flush()
        return user.id


def petition(**changes) -> PetitionInput:
    data = dict(received_on=date(2026, 9, 28), channel="visit", petition_type="appeal",
                summary="不服不批准逮捕决定，要求重新审查", related_case="A3201012026090001",
                petitioners=[PetitionerInput("李秀英", ID_A, "13800001111", "青山县城关镇",
                                             "青山县纺织厂")])
    data.update(changes)
    return PetitionInput(**data)


def codes(exc) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


def test_registration_sets_the_first_handler_and_the_7_day_deadline(office):
    pid = register_petition(office, petition(attachments=[AttachmentInput("信.pdf", b"%PDF")]),
                            today=TODAY)
    row = tuple(office.reader.execute(
        "SELECT status, first_handler_id, handler_id, due_kind, raw_end, due_date, "
        "risk_level, petitioner_count FROM petitions WHERE id = ?", (pid,)).fetchone())
    assert row == ("registered", office.user_id, office.user_id, "procedural", "2026-10-05",
                   "2026-10-08", "low", 1)  # 7 days ended in National Day
    assert tuple(office.reader.execute("SELECT size FROM petition_files").fetchone()) == (4,)
    # change capture saw every record: petition, petitioner, attachment
    tables = {r[0] for r in office.reader.execute("SELECT table_name FROM outbox")}
    assert {"petitions", "petitioners", "petition_attachments"} <= tables


def test_working_days_setting_changes_new_deadlines_only(office):
    first = register_petition(office, petition(), today=TODAY)
    save_settings(office, reply_unit="working", levels=["红", "橙", "黄"])
    assert read_settings(office.reader).reply_unit.value == "working"
    assert read_levels(office.reader).codes == ("红", "橙", "黄")
    second = register_petition(office, petition(risk_triggers=["threats"]), today=TODAY)
    due = dict(office.reader.execute("SELECT id, due_date FROM petitions").fetchall())
    assert due[first] == "2026-10-08" and due[second] == "2026-10-13"
    assert tuple(office.reader.execute("SELECT risk_level FROM petitions WHERE id = ?",
                                 (second,)).fetchone()) == ("红",)  # suggested: threats
    with pytest.raises(ValidationFailed) as exc:
        save_settings(office, reply_unit="weeks", levels=["only"])
    assert codes(exc) == {"reply_unit": "required", "risk_levels": "petition.levels_invalid"}


def test_bad_input_is_refused_at_its_field_and_nothing_is_written(office):
    big = AttachmentInput("录像.mp4", b"0" * (MAX_ATTACHMENT_BYTES + 1))
    bad = petition(received_on=date(2026, 12, 1), channel="fax", petition_type="",
                   summary=" ", petitioner_count=0, collective=True, risk_level="extreme",
                   risk_triggers=["rumours"], attachments=[big],
                   petitioners=[PetitionerInput("王五", "110105198001011239", "call me"),
                                PetitionerInput("", ID_B)])
    with pytest.raises(ValidationFailed) as exc:
        register_petition(office, bad, today=TODAY)
    assert codes(exc) == {
        "received_on": "date.future", "channel": "required", "petition_type": "required",
        "summary": "required", "petitioners[0].id_number": "id_number.check_digit",
        "petitioners[0].phone": "petition.phone", "petitioners[1].name":
        "petition.name_required", "petitioner_count": "petition.count",
        "risk_level": "petition.level_unknown", "risk_triggers": "petition.trigger_unknown",
        "attachments[0]": "petition.attachment_too_large"}
    too_big = next(e for e in exc.value.errors if e.field == "attachments[0]")
    assert too_big.params["limit"] == 20
    assert tuple(office.reader.execute("SELECT count(*) FROM petitions").fetchone()) == (0,)
    assert tuple(office.reader.execute("SELECT count(*) FROM outbox WHERE table_name LIKE 'petition%'"
                                 ).fetchone()) == (0,)
    with pytest.raises(ValidationFailed) as exc:
        register_petition(office, petition(petitioners=[PetitionerInput("甲", ID_A),
                                                        PetitionerInput("乙", ID_A)]),
                          today=TODAY)
    assert codes(exc) == {"petitioners[1].id_number": "petition.id_duplicate"}


def test_repeat_petitions_are_suggested_by_id_number_then_name(office):
    first = register_petition(office, petition(received_on=date(2026, 3, 2)), today=TODAY)
    other = register_petition(office, petition(
        received_on=date(2026, 4, 1), petitioners=[PetitionerInput("李秀英", ID_B)]),
        today=TODAY)
    found = repeat_candidates(office.reader, [("李秀英", ID_A)])
    assert [(c.petition_id, c.by_id_number) for c in found] == [(first, True), (other, False)]
    again = register_petition(office, petition(repeat_of_id=first,
                                               risk_triggers=["repeat_visits"]), today=TODAY)
    detail = Q.petition_detail(office.reader, first, today=TODAY)
    assert detail.later_repeats == [(again, date(2026, 9, 28))]
    assert Q.petition_row(office.reader, again).is_repeat
    with pytest.raises(ValidationFailed) as exc:
        register_petition(office, petition(received_on=date(2026, 1, 5), repeat_of_id=first),
                          today=TODAY)
    assert codes(exc) == {"repeat_of": "petition.repeat_later"}


def test_replies_move_the_state_and_the_deadlines(office):
    pid = register_petition(office, petition(received_on=date(2026, 5, 31)), today=TODAY)

    def state():
        return tuple(office.reader.execute("SELECT status, due_kind, due_date FROM petitions "
                                     "WHERE id = ?", (pid,)).fetchone())

    W.record_reply(office, pid, W.ReplyInput(date(2026, 6, 3), "procedural", "written",
                                             "已受理，正在审查"), today=TODAY)
    assert state() == ("procedural_replied", "result", "2026-08-31")
    W.record_reply(office, pid, W.ReplyInput(date(2026, 8, 20), "progress", "phone",
                                             "正在调取案卷"), today=TODAY)
    assert state() == ("in_handling", "follow_up", "2026-09-30")
    W.record_reply(office, pid, W.ReplyInput(date(2026, 9, 29), "progress", "phone",
                                             "已听取办案人员意见"), today=TODAY)
    assert state() == ("in_handling", "follow_up", "2026-11-02")  # Oct 31 is a Saturday
    W.record_reply(office, pid, W.ReplyInput(date(2026, 10, 30), "result", "in_person",
                                             "经审查，原决定正确", participants="李秀英、张明"),
                   today=TODAY)
    assert state() == ("result_replied", "", None)
    with pytest.raises(ValidationFailed) as exc:
        W.record_reply(office, pid, W.ReplyInput(date(2026, 11, 2), "progress", "phone",
                                                 "再次答复"), today=TODAY)
    assert codes(exc) == {"status": "petition.no_reply_now"}
    with pytest.raises(ValidationFailed) as exc:
        W.record_reply(office, pid, W.ReplyInput(date(2026, 5, 1), "", "", ""), today=TODAY)
    assert codes(exc) == {"reply_kind": "required", "way": "required", "content": "required",
                          "done_on": "petition.before_received"}


def test_work_entries_each_dated_with_participants_and_outcome(office):
    pid = register_petition(office, petition(), today=TODAY)
    for kind in ("explanation", "counselling", "reconciliation", "judicial_aid",
                 "public_hearing"):
        W.record_work(office, pid, W.WorkInput(kind, date(2026, 10, 12), f"{kind} 内容",
                                               participants="李秀英", outcome="情绪平稳"),
                      today=TODAY)
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert [w.kind for w in detail.work] == ["explanation", "counselling", "reconciliation",
                                             "judicial_aid", "public_hearing"]
    assert all(w.participants == "李秀英" and w.outcome == "情绪平稳" for w in detail.work)
    assert detail.row.status == "registered"  # work is not a reply
    with pytest.raises(ValidationFailed) as exc:
        W.record_work(office, pid, W.WorkInput("reply", date(2026, 10, 12), ""), today=TODAY)
    assert codes(exc) == {"kind": "required", "content": "required"}


def test_a_transfer_needs_a_reason_and_keeps_the_first_handler(office):
    pid = register_petition(office, petition(), today=TODAY)
    other = add_user(office, "officer2")
    with pytest.raises(ValidationFailed) as exc:
        W.transfer_handler(office, pid, to_handler_id=other, reason=" ",
                           transferred_on=date(2026, 10, 9), today=TODAY)
    assert codes(exc) == {"reason": "petition.reason_required"}
    with pytest.raises(ValidationFailed) as exc:
        W.transfer_handler(office, pid, to_handler_id=office.user_id, reason="调整",
                           transferred_on=date(2026, 10, 9), today=TODAY)
    assert codes(exc) == {"to_handler": "petition.same_handler"}
    W.transfer_handler(office, pid, to_handler_id=other, reason="原承办人借调",
                       transferred_on=date(2026, 10, 9), today=TODAY)
    row = tuple(office.reader.execute("SELECT first_handler_id, handler_id FROM petitions "
                                "WHERE id = ?", (pid,)).fetchone())
    assert row == (office.user_id, other)
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert detail.first_handler_name == "张明" and detail.row.handler_name == "officer2"
    assert [(t.from_name, t.to_name, t.reason) for t in detail.transfers] == \
        [("张明", "officer2", "原承办人借调")]
    assert any(e.event == "transfer" for e in detail.timeline)
    # the handler filter follows the current handler
    assert Q.list_page(office.reader, Q.PetitionFilter(handler_id=other), today=TODAY) == [pid]
    audit = Q.audit_history(office.reader, pid)
    assert any(e.table_name == "petition_handler_transfers" for e in audit)
    assert any(e.action == "update" and "handler_id" in e.detail for e in audit)
    assert not any("first_handler_id" in e.detail for e in audit if e.action == "update")


def test_forwarding_ends_the_deadlines_and_closes_as_forwarded(office):
    pid = register_petition(office, petition(petition_type="accusation",
                                             concerns_procuratorate=False), today=TODAY)
    W.forward(office, pid, W.ForwardInput(date(2026, 9, 30), "青山县公安局"), today=TODAY)
    row = tuple(office.reader.execute("SELECT status, due_date, forwarded_to FROM petitions "
                                "WHERE id = ?", (pid,)).fetchone())
    assert row == ("transferred", None, "青山县公安局")
    with pytest.raises(ValidationFailed) as exc:
        W.close_petition(office, pid, W.ClosureInput("settled", date(2026, 10, 9)), today=TODAY)
    assert codes(exc) == {"closure": "petition.closure_not_now"}
    assert W.closures_for("transferred") == ["forwarded", "withdrawn"]
    W.close_petition(office, pid, W.ClosureInput("forwarded", date(2026, 10, 9)), today=TODAY)
    assert Q.petition_row(office.reader, pid).status == "closed"
    with pytest.raises(ValidationFailed) as exc:
        W.record_work(office, pid, W.WorkInput("explanation", date(2026, 10, 12), "x"),
                      today=TODAY)
    assert codes(exc) == {"status": "petition.closed"}


def test_closure_rules(office):
    pid = register_petition(office, petition(), today=TODAY)
    with pytest.raises(ValidationFailed) as exc:
        W.close_petition(office, pid, W.ClosureInput("withdrawn", date(2026, 10, 9)),
                         today=TODAY)
    assert codes(exc) == {"note": "petition.note_required"}
    W.record_reply(office, pid, W.ReplyInput(date(2026, 10, 9), "result", "written", "答复"),
                   today=TODAY)
    W.close_petition(office, pid, W.ClosureInput("settled", date(2026, 10, 20)), today=TODAY)
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert (detail.row.status, detail.closure, detail.closed_on) == \
        ("closed", "settled", date(2026, 10, 20))
    assert detail.timeline[-1].event == "closed"


def test_risk_change_is_checked_against_the_levels(office):
    pid = register_petition(office, petition(), today=TODAY)
    W.change_risk(office, pid, W.RiskInput("high", ["collective", "media"]), today=TODAY)
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert detail.row.high_risk and [t.value for t in detail.risk_triggers] == \
        ["collective", "media"]
    with pytest.raises(ValidationFailed):
        W.change_risk(office, pid, W.RiskInput("红"), today=TODAY)


def test_list_filters_search_and_paging(office):
    ids = []
    for i in range(7):
        ids.append(register_petition(office, petition(
            received_on=date(2026, 11, 1 + i), channel=("letter", "online", "12309")[i % 3],
            summary=f"第{i}件 反映案件久拖不决",
            petitioners=[PetitionerInput(("欧阳娜娜", "王芳", "李秀英")[i % 3])]),
            today=TODAY))
    r = office.reader
    assert Q.count_petitions(r, today=TODAY) == 7
    assert Q.count_petitions(r, Q.PetitionFilter(channel="online"), today=TODAY) == 2
    assert Q.count_petitions(r, Q.PetitionFilter(search="王芳"), today=TODAY) == 2  # 2 chars
    assert Q.count_petitions(r, Q.PetitionFilter(search="欧阳娜"), today=TODAY) == 3  # trigram
    assert Q.count_petitions(r, Q.PetitionFilter(search="第3件"), today=TODAY) == 1
    assert Q.count_petitions(r, Q.PetitionFilter(search="不存在的"), today=TODAY) == 0
    # overdue: received Nov 1–7, 7 days: Nov 9 … Nov 16 are before Nov 23
    assert Q.count_petitions(r, Q.PetitionFilter(overdue_only=True), today=TODAY) == 7
    # paging returns every id once, running deadlines earliest first
    pages = Q.list_page(r, today=TODAY, limit=3) + Q.list_page(r, today=TODAY, offset=3,
                                                              limit=3) + \
        Q.list_page(r, today=TODAY, offset=6, limit=3)
    assert pages == ids
    rows = Q.fetch_rows(r, pages[:2])
    assert rows[ids[0]].petitioners == "欧阳娜娜" and rows[ids[0]].channel == "letter"
    assert Q.list_page(r, today=TODAY, sort="received", descending=True)[0] == ids[-1]
    W.record_reply(office, ids[0], W.ReplyInput(date(2026, 11, 3), "result", "written", "答复"),
                   today=TODAY)
    assert Q.count_petitions(r, Q.PetitionFilter(status="result_replied"), today=TODAY) == 1
    assert Q.list_page(r, today=TODAY)[-1] == ids[0]  # no deadline: after the running ones


def test_due_items_carry_basis_and_flag_high_risk(office):
    calm = register_petition(office, petition(received_on=date(2026, 11, 18)), today=TODAY)
    hot = register_petition(office, petition(received_on=date(2026, 11, 10),
                                             risk_triggers=["threats"]), today=TODAY)
    register_petition(office, petition(received_on=date(2026, 11, 23)), today=TODAY)  # Nov 30
    items = Q.petition_due_items(office.reader, today=TODAY)
    assert [i.record_id for i in items] == [hot, calm]
    assert items[0].high_risk and not items[1].high_risk
    assert items[0].kind == "petition" and items[0].detail == "procedural"
    assert "7日内" in items[0].basis and "李秀英" in items[0].title


def test_attachments_are_kept_once_per_content(office):
    pid = register_petition(office, petition(), today=TODAY)
    W.add_attachments(office, pid, [AttachmentInput("a.jpg", b"same"),
                                    AttachmentInput("b.jpg", b"same")])
    detail = Q.petition_detail(office.reader, pid, today=TODAY)
    assert [a.file_name for a in detail.attachments] == ["a.jpg", "b.jpg"]
    assert tuple(office.reader.execute("SELECT count(*) FROM petition_files").fetchone()) == (1,)
    assert Q.attachment_bytes(office.reader, detail.attachments[0].id) == ("a.jpg", b"same")
    with pytest.raises(ValidationFailed) as exc:
        W.add_attachments(office, pid, [AttachmentInput("empty.txt", b"")])
    assert codes(exc) == {"attachments[0]": "petition.attachment_empty"}


def test_another_officer_registers_with_a_first_handler_of_choice(office):
    other = add_user(office, "officer2")
    second = open_office(office.db.path, username="officer2")
    try:
        pid = register_petition(second, petition(first_handler_id=office.user_id),
                                today=TODAY)
        assert Q.petition_detail(second.reader, pid, today=TODAY).first_handler_id == \
            office.user_id
        pid2 = register_petition(second, petition(), today=TODAY)
        assert Q.petition_detail(second.reader, pid2, today=TODAY).first_handler_id == other
    finally:
        second.close()


def test_no_code_path_can_change_the_first_handler(office):
    from desktop.store.petition_models import FirstHandlerFixed, Petition

    pid = register_petition(office, petition(), today=TODAY)
    other = add_user(office, "officer2")
    with pytest.raises(FirstHandlerFixed):
        with office.transaction("petitions") as session:
            session.get(Petition, pid).first_handler_id = other
    assert tuple(office.reader.execute("SELECT first_handler_id FROM petitions").fetchone()) \
        == (office.user_id,)
