"""The nine supervision documents, filled from their notices and checked with poppler: A4, the
CJK font embedded as a subset, and the text carries the title, the number, the legal basis,
the addressee and the facts of the notice (the 纠正违法通知书 lists its kinds of illegality)."""
import re
import subprocess
from datetime import date

import pytest

from desktop.documents.templates import all_templates
from desktop.services import documents as D
from desktop.services import supervision_notices as sv
from desktop.services.supervision_documents import chinese_count, document_type, period_text
from desktop.domain.supervision_notices import Period
from desktop.services.supervision_register import MatterInput, open_matter

TODAY = date(2026, 11, 23)


def poppler(tool, path, *args):
    out = ["-"] if tool == "pdftotext" else []
    return subprocess.run([tool, *args, str(path), *out], capture_output=True, text=True,
                          check=True).stdout


def squeeze(text):
    return re.sub(r"\s+", "", text)


def _issue(office, mid, kind, on, *, parent="", **kw):
    nid = sv.draft_notice(office, mid, sv.DraftInput(kind, on, f"{kind}的事实和理由。",
                                                     parent_id=parent, **kw), today=TODAY)
    sv.approve_notice(office, nid, approved_on=on, approver="检察长", today=TODAY)
    sv.serve_notice(office, nid, served_on=on, today=TODAY)
    return nid


@pytest.fixture
def notices(office):
    """One notice of every document type, along the chains."""
    agency = office.reader.execute("SELECT id, name FROM police_agencies").fetchone()

    def matter(source, area, summary):
        return open_matter(office, MatterInput(
            source=source, area=area, police_agency_id=agency[0], opened_on=date(2026, 3, 1),
            summary=summary, party_name="李红", subject_name="张强",
            police_case_no="A320101202603001"), today=TODAY)

    out = {}
    a = matter("victim_complaint", "case_filing", "张强诈骗李红财物一事")
    out["explain_non_filing"] = first = _issue(office, a, "explain_non_filing", date(2026, 3, 2))
    out["notice_to_file"] = second = _issue(office, a, "notice_to_file", date(2026, 3, 20),
                                            parent=first)
    sv.record_answer(office, second, sv.AnswerInput("filed", date(2026, 3, 30), "已立案",
                                                    case_filed_on=date(2026, 3, 28)),
                     today=TODAY)
    out["progress_urge"] = _issue(office, a, "progress_urge", date(2026, 7, 1), parent=second)
    b = matter("own_finding", "case_filing", "公安机关对合同纠纷立案侦查")
    out["explain_filing"] = third = _issue(office, b, "explain_filing", date(2026, 3, 2))
    out["notice_to_withdraw"] = fourth = _issue(office, b, "notice_to_withdraw",
                                                date(2026, 3, 20), parent=third)
    out["correction_notice"] = _issue(office, b, "correction", date(2026, 4, 10), parent=fourth,
                                      illegality_codes=["improper_withdrawal", "torture"])
    c = matter("victim_complaint", "case_filing", "王五伤害李红一事")
    fifth = _issue(office, c, "explain_non_filing", date(2026, 3, 2))
    sv.record_answer(office, fifth, sv.AnswerInput("explanation", date(2026, 3, 6),
                                                   "伤情鉴定为轻微伤，不构成犯罪"), today=TODAY)
    sv.assess_explanation(office, fifth, assessed_on=date(2026, 3, 9), accepted=True,
                          reasons="公安机关的说明有证据证实", today=TODAY)
    out["non_filing_opinion"] = _issue(office, c, "non_filing_opinion", date(2026, 3, 10),
                                       parent=fifth)
    d = matter("own_finding", "case_filing", "某公司举报的案件")
    sixth = _issue(office, d, "explain_filing", date(2026, 3, 2))
    sv.record_answer(office, sixth, sv.AnswerInput("explanation", date(2026, 3, 6), "有证据"),
                     today=TODAY)
    sv.assess_explanation(office, sixth, assessed_on=date(2026, 3, 9), accepted=True,
                          reasons="立案有事实依据", today=TODAY)
    out["filing_opinion"] = _issue(office, d, "filing_opinion", date(2026, 3, 10), parent=sixth)
    e = matter("own_finding", "investigation", "辖区派出所多次未按规定告知诉讼权利")
    out["procuratorial_suggestion"] = _issue(office, e, "suggestion", date(2026, 3, 5))
    return agency[1], out


def test_period_texts():
    assert [chinese_count(n) for n in (7, 10, 15, 30)] == ["七", "十", "十五", "三十"]
    assert period_text(Period(months=2)) == "两个月" and period_text(Period(days=7)) == "七日"
    assert document_type("oral_correction") is None
    assert document_type("correction") == "correction_notice"


def test_every_supervision_document_renders_to_a_checked_pdf(office, notices, tmp_path):
    agency, by_type = notices
    assert len(by_type) == 9
    for doc_type, notice_id in by_type.items():
        draft = D.preview(office, doc_type, D.Subject("supervision_notices", notice_id),
                          today=TODAY)
        assert draft.missing == (), (doc_type, draft.missing)
        info = D.issue(office, draft, today=TODAY)
        path = tmp_path / f"{doc_type}.pdf"
        path.write_bytes(D.pdf_bytes(office.reader, info.id))
        template = all_templates()[doc_type]
        assert "595.276 x 841.89 pts (A4)" in poppler("pdfinfo", path)
        fonts = poppler("pdffonts", path).splitlines()[2:]
        assert fonts
        for line in fonts:
            assert re.match(r"^[A-Z]{6}\+UMing", line.split()[0]), line
            assert line.split()[-5:-2] == ["yes", "yes", "yes"], line
        text = squeeze(poppler("pdftotext", path, "-layout"))
        assert template.title in text, doc_type
        assert info.number in text and info.number.startswith("青检" + template.dept)
        assert squeeze(template.legal_basis) in text, doc_type
        assert "青山县人民检察院" in text
        if doc_type in ("non_filing_opinion", "filing_opinion"):
            assert draft.recipient == "李红：" and agency in text
        else:
            assert draft.recipient == f"{agency}："
        assert "事实和理由" in text or doc_type.endswith("opinion")
        if doc_type == "correction_notice":
            assert "（一）采用刑讯逼供以及其他非法方法收集犯罪嫌疑人供述；" in text
            assert "（二）不应当撤案而撤案。" in text
            assert "十五日以内" in text
        if doc_type == "explain_non_filing":
            assert "被害人李红向本院控告" in text and "七日以内" in text
        if doc_type == "notice_to_file":  # its own period, not the 3-month tracker's
            assert "十五日以内立案" in text and "你局未在规定期限内书面回复" in text
        if doc_type == "procuratorial_suggestion":
            assert "两个月以内" in text
        if doc_type == "non_filing_opinion":
            assert "伤情鉴定为轻微伤" in text and "公安机关的说明有证据证实" in text
    # the next notice cites the number of the one it follows, once that was issued
    draft = D.preview(office, "notice_to_file",
                      D.Subject("supervision_notices", by_type["notice_to_file"]), today=TODAY)
    assert "青检刑要说〔2026〕1号" in "".join(draft.paragraphs)
