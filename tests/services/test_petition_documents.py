"""The three petition documents (受理告知书, 转送告知书, 答复函), filled from the petition and
issued through the document engine, checked with poppler as in tests/documents: A4, the CJK
font embedded as a subset, and title, number, petitioner and basis in the text."""
import re
import subprocess
from datetime import date

import pytest

from desktop.documents.templates import all_templates
from desktop.services import documents as D
from desktop.services import petition_work as W
from desktop.services.petition_register import PetitionerInput, PetitionInput, register_petition

TODAY = date(2026, 11, 23)


def poppler(tool: str, path, *args) -> str:
    out = ["-"] if tool == "pdftotext" else []
    return subprocess.run([tool, *args, str(path), *out], capture_output=True, text=True,
                          check=True).stdout


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def petitions(office):
    """One accepted and answered petition, one forwarded."""
    answered = register_petition(office, PetitionInput(
        received_on=date(2026, 9, 28), channel="visit", petition_type="appeal",
        summary="不服青山县公安局对其子王小明的刑事拘留，要求依法监督\n详细情况见来信。",
        related_case="A3201012026090001",
        petitioners=[PetitionerInput("李秀英", "110105198001011238")]), today=TODAY)
    W.record_reply(office, answered, W.ReplyInput(date(2026, 9, 30), "procedural", "written",
                                                  "已受理"), today=TODAY)
    W.record_reply(office, answered, W.ReplyInput(
        date(2026, 11, 20), "result", "written",
        "经审查，青山县公安局对王小明采取刑事拘留措施符合法律规定，本院已依法审查批准逮捕。"),
        today=TODAY)
    forwarded = register_petition(office, PetitionInput(
        received_on=date(2026, 11, 2), channel="letter", petition_type="accusation",
        summary="反映邻居侵占宅基地", concerns_procuratorate=False, petitioner_count=6,
        collective=True, petitioners=[PetitionerInput("赵德明"), PetitionerInput("钱桂兰")]),
        today=TODAY)
    W.forward(office, forwarded, W.ForwardInput(date(2026, 11, 5), "青山县自然资源局"),
              today=TODAY)
    return {"petition_acceptance": (answered, "李秀英"), "petition_reply": (answered, "李秀英"),
            "petition_forwarding": (forwarded, "赵德明等6人")}


@pytest.mark.parametrize("doc_type", ["petition_acceptance", "petition_forwarding",
                                      "petition_reply"])
def test_each_petition_document_renders_to_a_checked_pdf(office, petitions, tmp_path,
                                                         doc_type):
    subject_id, petitioner = petitions[doc_type]
    draft = D.preview(office, doc_type, D.Subject("petitions", subject_id), today=TODAY)
    assert draft.missing == ()
    assert draft.recipient == f"{petitioner}："
    info = D.issue(office, draft, today=TODAY)
    path = tmp_path / f"{doc_type}.pdf"
    path.write_bytes(D.pdf_bytes(office.reader, info.id))
    template = all_templates()[doc_type]

    assert "595.276 x 841.89 pts (A4)" in poppler("pdfinfo", path)
    fonts = poppler("pdffonts", path).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert re.match(r"^[A-Z]{6}\+UMing", line.split()[0]), line
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], line  # emb sub uni
    text = squeeze(poppler("pdftotext", path, "-layout"))
    assert template.title in text and "青山县人民检察院" in text
    assert info.number in text and re.fullmatch(r"青检控申.〔2026〕1号", info.number)
    assert petitioner in text
    assert squeeze(template.legal_basis) in text
    assert "二〇二六年十一月二十三日" in text
    rows = D.register_rows(office.reader, subject_id=subject_id)
    assert info.number in [r.number for r in rows]


def test_the_texts_come_from_the_petition(office, petitions):
    def body(doc_type):
        subject_id = petitions[doc_type][0]
        draft = D.preview(office, doc_type, D.Subject("petitions", subject_id), today=TODAY)
        return "\n".join(draft.paragraphs)

    acceptance = body("petition_acceptance")
    assert "2026年9月28日通过来访" in acceptance
    assert "“不服青山县公安局对其子王小明的刑事拘留，要求依法监督”" in acceptance  # first line
    assert "张明为首办责任人" in acceptance and "3个月内" in acceptance
    forwarding = body("petition_forwarding")
    assert "2026年11月5日将该事项转送青山县自然资源局" in forwarding
    assert "通过来信" in forwarding
    reply = body("petition_reply")
    assert "本院已依法审查批准逮捕" in reply and "临江市人民检察院" in reply
