"""The pure parts: numbers, the Chinese date line, file names, line breaking, templates."""
from datetime import date

import pytest

from desktop.documents.layout import NO_LINE_END, NO_LINE_START, break_lines
from desktop.documents.templates import (
    BLANK, PART_NAMES, all_templates, fill_text, resolve_context, template_codes)
from desktop.domain.document_numbers import (
    chinese_date, file_name_for, format_number, next_serial, parse_number)

TYPES = {
    "approve_arrest": "批准逮捕决定书", "refuse_arrest": "不批准逮捕决定书",
    "refusal_reasons": "不批准逮捕理由说明书", "supplementary_outline": "补充侦查提纲",
    "continued_outline": "继续侦查提纲", "suspect_opinion": "听取犯罪嫌疑人意见书",
    "reconsideration_decision": "复议决定书",
    "require_arrest_request": "要求公安机关提请批准逮捕通知书",
    "arrest_decision": "逮捕决定书", "custody_change_recommendation": "释放或者变更强制措施建议书",
    "custody_review_result": "羁押必要性审查结果通知书", "legal_aid_notice": "提供法律援助通知书",
    "petition_acceptance": "受理告知书", "petition_forwarding": "转送告知书",
    "petition_reply": "答复函",
    # supervision of the police
    "explain_non_filing": "要求说明不立案理由通知书", "explain_filing": "要求说明立案理由通知书",
    "notice_to_file": "通知立案书", "notice_to_withdraw": "通知撤销案件书",
    "non_filing_opinion": "不立案理由审查意见通知书", "filing_opinion": "立案理由审查意见通知书",
    "progress_urge": "立案监督案件催办函", "correction_notice": "纠正违法通知书",
    "procuratorial_suggestion": "检察建议书",
}


def test_number_format_has_no_padding_and_no_di():
    assert format_number("青检", "刑批捕", 2026, 12) == "青检刑批捕〔2026〕12号"
    assert format_number("青检", "刑不捕", 2026, 1) == "青检刑不捕〔2026〕1号"
    assert parse_number("青检刑批捕〔2026〕12号") == ("青检刑批捕", 2026, 12)
    assert parse_number("青检刑批捕〔2026〕012号") is None
    assert parse_number("青检刑批捕〔2026〕第12号") is None
    with pytest.raises(ValueError):
        format_number("青检", "刑批捕", 2026, 0)
    assert next_serial(None) == 1 and next_serial(41) == 42


@pytest.mark.parametrize("d, text", [
    (date(2026, 11, 23), "二〇二六年十一月二十三日"),
    (date(2026, 1, 1), "二〇二六年一月一日"),
    (date(2030, 10, 10), "二〇三〇年十月十日"),
    (date(2026, 12, 31), "二〇二六年十二月三十一日"),
    (date(2026, 5, 20), "二〇二六年五月二十日"),
])
def test_chinese_date(d, text):
    assert chinese_date(d) == text


def test_file_names_are_safe_everywhere():
    assert file_name_for("青检刑批捕〔2026〕12号") == "青检刑批捕〔2026〕12号.pdf"
    assert file_name_for('a/b\\c:d*e?"<>|. ') == "a_b_c_d_e_____.pdf"
    assert file_name_for("...") == "document.pdf"


def _w(text):  # full-width characters 15.79 pt, Latin letters and digits half that
    return sum(15.793 if ord(c) > 0x2000 else 7.9 for c in text)


def test_lines_hold_28_characters_and_respect_line_start_rules():
    text = "根据《中华人民共和国刑事诉讼法》第八十一条、第八十七条、第九十条之规定，" * 4
    lines = break_lines(text, _w, 442.2 - 2 * 15.793, 442.2)
    assert len(lines[1].text) == 28 or lines[1].text[-1] in NO_LINE_END or \
        lines[2].text[0] in NO_LINE_START or len(lines[1].text) == 27
    assert all(len(line.text) <= 28 for line in lines)
    assert all(line.text[0] not in NO_LINE_START for line in lines)
    assert all(line.text[-1] not in NO_LINE_END for line in lines)
    assert "".join(line.text for line in lines) == text
    assert lines[-1].last and not lines[0].last


def test_digit_runs_stay_together():
    text = "公民身份号码" * 4 + "11010519491231002X" + "涉嫌故意杀人罪。"
    lines = break_lines(text, _w, 442.2, 442.2)
    assert any("11010519491231002X" in line.text for line in lines)


def test_every_type_has_a_template_with_what_a_document_needs():
    templates = all_templates()
    assert set(template_codes()) == set(TYPES)
    for code, t in templates.items():
        assert t.title == TYPES[code]
        assert t.parts and set(t.parts) <= set(PART_NAMES)
        assert t.legal_basis.startswith("根据《") and t.legal_basis.endswith("之规定")
        assert "{legal_basis}" in "".join(t.paragraphs), code
        assert t.dept and t.recipient.endswith("：")
    assert templates["approve_arrest"].parts == ("存根", "副本", "正本", "回执")
    assert "第八十一条、第八十七条、第九十条" in templates["approve_arrest"].legal_basis


def test_filling_marks_missing_fields_and_resolves_choices():
    missing = set()
    assert fill_text("犯罪嫌疑人{name}涉嫌{charge}", {"name": "王某"}, missing) == \
        f"犯罪嫌疑人王某涉嫌{BLANK}"
    assert missing == {"charge"}
    t = all_templates()["refuse_arrest"]
    ctx = resolve_context(t, {"refusal_ground": "no_crime", "suspect_name": "王某"})
    assert fill_text("{finding}", ctx) == "犯罪嫌疑人王某的行为不构成犯罪"
    ctx = resolve_context(t, {"refusal_ground": "no_crime", "finding": "另写的理由"})
    assert ctx["finding"] == "另写的理由"
