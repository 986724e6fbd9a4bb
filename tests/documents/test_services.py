"""Issuing through the services on a real SQLite file: gap-free numbers per type and year, a
failed issue consumes no number, voided numbers stay and are never reused, what is issued is
what is registered, and every issue reaches the outbox and the audit chain."""
import hashlib
import json
from datetime import date

import pytest

from desktop.services import documents as D
from desktop.services.errors import ValidationFailed
from tests.conftest import TODAY
from tests.documents.samples import EXTRAS


def _issue(office, review, doc_type="approve_arrest", today=TODAY, **extra):
    draft = D.preview(office, doc_type, D.Subject("arrest_reviews", review), today=today,
                      extra={**EXTRAS[doc_type], **extra})
    return D.issue(office, draft, today=today)


def test_numbers_run_gap_free_per_type_and_restart_each_year(office, review):
    numbers = [_issue(office, review).number for _ in range(3)]
    assert numbers == [f"青检刑批捕〔2026〕{n}号" for n in (1, 2, 3)]
    assert _issue(office, review, "refuse_arrest").number == "青检刑不捕〔2026〕1号"
    assert _issue(office, review, today=date(2027, 1, 4)).number == "青检刑批捕〔2027〕1号"
    assert _issue(office, review).number == "青检刑批捕〔2026〕4号"
    counters = dict(((t, y), s) for t, y, s in office.reader.execute(
        "SELECT doc_type, year, last_serial FROM document_counters"))
    assert counters == {("approve_arrest", 2026): 4, ("refuse_arrest", 2026): 1,
                        ("approve_arrest", 2027): 1}


def test_a_failed_issue_consumes_no_number(office, review, monkeypatch):
    import desktop.documents.render as render

    assert _issue(office, review).serial == 1

    def broken(*args, **kwargs):
        raise RuntimeError("printer on fire")

    monkeypatch.setattr(render, "render_pdf", broken)
    with pytest.raises(RuntimeError):
        _issue(office, review)
    monkeypatch.undo()
    assert _issue(office, review).number == "青检刑批捕〔2026〕2号"
    assert office.reader.execute("SELECT COUNT(*) FROM issued_documents").fetchone()[0] == 2


def test_voided_numbers_stay_with_the_reason_and_are_never_reused(office, review):
    first = _issue(office, review)
    D.void(office, first.id, "  送达单位填写错误  ")
    second = _issue(office, review)
    assert second.serial == 2
    rows = {r.number: r for r in D.register_rows(office.reader)}
    assert rows[first.number].voided_at and rows[first.number].void_reason == "送达单位填写错误"
    assert rows[second.number].voided_at is None
    assert [r.number for r in D.register_rows(office.reader, include_voided=False)] == \
        [second.number]
    with pytest.raises(D.DocumentError) as err:
        D.void(office, first.id, "again")
    assert err.value.code == "already_voided"
    with pytest.raises(ValidationFailed) as bad:
        D.void(office, second.id, "   ")
    assert bad.value.errors[0].code == "void.reason_required"
    with pytest.raises(D.DocumentError) as missing:
        D.void(office, "no-such-id", "x")
    assert missing.value.code == "not_found"
    # even if the counter row were lost, the register keeps numbers from being reused
    with office.transaction("issue_documents") as s:
        s.connection().exec_driver_sql("DELETE FROM document_counters")
    assert _issue(office, review).serial == 3


def test_what_is_issued_is_what_is_registered(office, review):
    draft = D.preview(office, "refuse_arrest", D.Subject("arrest_reviews", review),
                      today=TODAY, extra={"refusal_ground": "no_social_danger"})
    assert "不具有社会危险性" in draft.paragraphs[0]
    assert draft.recipient == "青山县公安局："
    edited = draft.edited(paragraphs=[draft.paragraphs[0] + "犯罪嫌疑人系初犯。",
                                      *draft.paragraphs[1:]])
    info = D.issue(office, edited, today=TODAY)
    row = office.reader.execute(
        "SELECT body, pdf_sha256, case_no, suspect_name, subject_table, subject_id, issued_on,"
        " officer_id FROM issued_documents WHERE id = ?", (info.id,)).fetchone()
    body = json.loads(row[0])
    assert body["paragraphs"][0].endswith("犯罪嫌疑人系初犯。")
    assert body["number"] == info.number and body["parts"] == ["存根", "副本", "正本", "回执"]
    assert row[2:] == ("A3201012026110001", "王小明", "arrest_reviews", review, "2026-11-23",
                       office.user_id)
    pdf = D.pdf_bytes(office.reader, info.id)
    assert hashlib.sha256(pdf).hexdigest() == row[1] == info.sha256
    assert D.pdf_bytes(office.reader, info.id) == pdf  # re-printing gives the same bytes


def test_issuing_writes_outbox_and_audit_through_the_store(office, review):
    info = _issue(office, review)
    outbox = office.reader.execute(
        "SELECT op, payload FROM outbox WHERE table_name = 'issued_documents' AND row_id = ?",
        (info.id,)).fetchall()
    assert len(outbox) == 1 and outbox[0][0] == "upsert"
    assert json.loads(outbox[0][1])["number"] == info.number
    D.void(office, info.id, "重复签发")
    actions = [a for (a,) in office.reader.execute(
        "SELECT action FROM audit_log WHERE table_name = 'issued_documents' AND row_id = ? "
        "ORDER BY id", (info.id,))]
    assert actions == ["insert", "update"]
    from desktop.services.check import check_database

    assert check_database(office.db.path).ok


def test_bad_input_gets_coded_errors_and_changes_nothing(office, review):
    subject = D.Subject("arrest_reviews", review)
    with pytest.raises(ValidationFailed) as err:
        D.preview(office, "no_such_type", subject, today=TODAY)
    assert err.value.errors[0].code == "document.type_unknown"
    with pytest.raises(ValidationFailed) as err:
        D.preview(office, "approve_arrest", D.Subject("arrest_reviews", "nope"), today=TODAY)
    assert err.value.errors[0].code == "document.subject_unknown"
    with pytest.raises(ValidationFailed) as err:
        D.preview(office, "approve_arrest", D.Subject("custody_things", review), today=TODAY)
    assert err.value.errors[0].code == "document.subject_unknown"
    draft = D.preview(office, "approve_arrest", subject, today=TODAY)
    with pytest.raises(ValidationFailed) as err:
        D.issue(office, draft.edited(paragraphs=["  ", ""]), today=TODAY)
    assert err.value.errors[0].code == "document.body_empty"
    assert office.reader.execute("SELECT COUNT(*) FROM issued_documents").fetchone()[0] == 0
    assert office.reader.execute("SELECT COUNT(*) FROM document_counters").fetchone()[0] == 0


def test_missing_fields_are_named_and_printed_blank(office, review):
    draft = D.preview(office, "legal_aid_notice", D.Subject("arrest_reviews", review),
                      today=TODAY)
    assert draft.missing == ()  # every field has a record value or a blank default
    draft = D.preview(office, "custody_review_result", D.Subject("arrest_reviews", review),
                      today=TODAY)
    assert "result" in draft.missing and "＿＿＿＿" in draft.paragraphs[0]


def test_the_office_sets_its_own_department_codes(office, review):
    D.set_department_code(office, "approve_arrest", "捕")
    assert _issue(office, review).number == "青检捕〔2026〕1号"


def test_register_search_and_filters(office, review):
    a = _issue(office, review)
    b = _issue(office, review, "refuse_arrest")
    rows = D.register_rows(office.reader)
    assert [r.number for r in rows] == [b.number, a.number] or \
        {r.number for r in rows} == {a.number, b.number}
    assert [r.number for r in D.register_rows(office.reader, search="不捕")] == [b.number]
    assert len(D.register_rows(office.reader, search="王小明")) == 2
    assert len(D.register_rows(office.reader, search="A32010120261")) == 2
    assert [r.number for r in D.register_rows(office.reader, doc_type="approve_arrest")] == \
        [a.number]
    assert D.register_rows(office.reader, year=2025) == []
    assert D.register_rows(office.reader, subject_id=review)[0].officer_name == "张明"
    assert rows[0].file_name.endswith("号.pdf")


def test_the_outbox_alone_rebuilds_the_register(office, review):
    from desktop.store.capture import row_state
    from desktop.store.document_models import IssuedDocument

    a = _issue(office, review)
    _issue(office, review, "legal_aid_notice")
    D.void(office, a.id, "重复签发")
    replayed = {}
    for row_id, payload in office.reader.execute(
            "SELECT row_id, payload FROM outbox WHERE table_name = 'issued_documents' "
            "ORDER BY seq"):
        replayed[row_id] = json.loads(payload)
    with office.transaction("issue_documents") as s:
        actual = {d.id: json.loads(json.dumps(row_state(d), ensure_ascii=False))
                  for d in s.query(IssuedDocument)}
    assert replayed == actual


def test_the_preview_pdf_has_no_number_yet_and_writes_nothing(office, review, tmp_path):
    import subprocess

    draft = D.preview(office, "approve_arrest", D.Subject("arrest_reviews", review),
                      today=TODAY)
    draft = draft.edited(paragraphs=[draft.paragraphs[0], "第一段\n第二段"])
    pdf = tmp_path / "p.pdf"
    pdf.write_bytes(D.render_draft(office, draft, today=TODAY))
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "青检刑批捕〔2026〕 号" in text and "第二段" in text  # U+3000 comes out as a space
    assert office.reader.execute("SELECT COUNT(*) FROM document_counters").fetchone()[0] == 0
    info = D.issue(office, draft, today=TODAY)
    body = json.loads(office.reader.execute("SELECT body FROM issued_documents WHERE id = ?",
                                            (info.id,)).fetchone()[0])
    assert body["paragraphs"][-2:] == ["第一段", "第二段"]


def test_characters_the_font_cannot_print_are_reported(office, review):
    draft = D.preview(office, "approve_arrest", D.Subject("arrest_reviews", review),
                      today=TODAY, extra={"suspect_name": "王𠀀"})
    assert D.unprintable_characters(draft) == ["𠀀"]
    assert D.unprintable_characters(draft.edited(paragraphs=["堃喆犇"],
                                                 context={})) == []
