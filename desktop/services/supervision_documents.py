"""The documents of the supervision register, filled from a notice (the subject table is
`supervision_notices`): its matter (police agency, victim, person, case, summary), the notice's
own facts and reasons, its period, the kinds of illegality it names, and the notice it follows
(number and service date, and what the police did with it)."""
from __future__ import annotations

from datetime import date

from desktop.domain import supervision_notices as rules
from desktop.domain.supervision import MatterSource
from desktop.domain.supervision_illegality import BY_CODE, parse_codes
from desktop.domain.supervision_notices import NoticeKind, PoliceAnswer
from desktop.services.document_context import arabic_date, register_builder
from desktop.services.supervision_settings import read_settings

_DIGITS = "〇一二三四五六七八九"
_ITEMS = "一二三四五六七八九十"


def chinese_count(n: int) -> str:
    """7 → 七, 15 → 十五, 30 → 三十: a period written in a document (1 to 99)."""
    if n < 10:
        return _DIGITS[n]
    tens, units = divmod(n, 10)
    return ("十" if tens == 1 else _DIGITS[tens] + "十") + (_DIGITS[units] if units else "")


def period_text(period: rules.Period | None) -> str | None:
    if period is None:
        return None
    if period.months:
        return ("两" if period.months == 2 else chinese_count(period.months)) + "个月"
    return chinese_count(period.days) + "日"


def source_text(source: str, party: str) -> str:
    """How the matter reached the office, as the first sentence of a notice says it."""
    who = party or "有关人员"
    return {
        MatterSource.VICTIM_COMPLAINT.value: f"被害人{who}向本院控告",
        MatterSource.PETITION.value: f"{who}来信来访向本院反映",
        MatterSource.ARREST_REVIEW.value: "本院在审查逮捕工作中发现",
        MatterSource.AGENCY_TRANSFER.value: f"{who}向本院移送材料反映",
    }.get(source, "本院在履行法律监督职责中发现")


def sentence(text: str | None) -> str | None:
    """Free text as a whole sentence in a document: ends with a full stop."""
    text = (text or "").strip()
    if not text:
        return None
    return text if text[-1] in "。！？；：”）" else text + "。"


def clause(text: str | None) -> str | None:
    """Free text used inside a sentence: no closing full stop, no doubled 一事."""
    text = (text or "").strip().rstrip("。；")
    return text.removesuffix("一事") or None


def illegality_list(codes: str) -> str | None:
    """（一）… one line per kind named, in the order of RPR 567."""
    lines = [f"（{_ITEMS[i] if i < 10 else chinese_count(i + 1)}）{BY_CODE[c].zh}；"
             for i, c in enumerate(parse_codes(codes)) if c in BY_CODE]
    if not lines:
        return None
    lines[-1] = lines[-1][:-1] + "。"
    return "\n".join(lines)


_OUTCOME = {  # what became of the notice a new one follows, as the new one says it
    "overdue": "你局未在规定期限内书面回复",
    PoliceAnswer.EXPLANATION.value: "你局于{replied}作出说明",  # the finding follows
    PoliceAnswer.REFUSED.value: "你局于{replied}回复不予执行",
    PoliceAnswer.PARTLY.value: "你局于{replied}回复，仅部分纠正",
    PoliceAnswer.FILED.value: "你局已于{filed}立案侦查",
}


def supervision_notice_context(conn, notice_id: str) -> dict | None:
    row = conn.execute(
        "SELECT n.kind, n.addressee, n.content, n.illegality_codes, n.period_days, "
        "n.period_months, n.parent_id, n.assessment_reasons, m.source, m.party_name, "
        "m.subject_name, m.police_case_no, m.summary, g.name, u.display_name, m.officer_id, "
        "n.served_on, n.drafted_on, n.approver, m.area "
        "FROM supervision_notices n JOIN supervision_matters m ON m.id = n.matter_id "
        "LEFT JOIN police_agencies g ON g.id = m.police_agency_id "
        "LEFT JOIN users u ON u.id = m.officer_id "
        "WHERE n.id = ? AND n.deleted_at IS NULL", (notice_id,)).fetchone()
    if row is None:
        return None
    (kind, addressee, content, codes, days, months, parent_id, assessment_reasons, source,
     party, subject, case_no, summary, agency, officer_name, officer_id, served_on,
     drafted_on, approver, area) = row
    spec = rules.spec(kind)
    if days or months:
        period = rules.Period(days, months)
    else:
        period = rules.reply_period(kind, read_settings(conn))
    case_ref = (f"{subject}" if subject else "该") + "案" + (f"（{case_no}）" if case_no else "")
    ctx = {
        "agency_name": addressee if spec.to_police else agency,
        "party_name": addressee if not spec.to_police else (party or None),
        "suspect_name": subject or None,
        "subject_name": subject or None,
        "case_no": case_no or None,
        "case_ref": case_ref,
        "summary": clause(summary),
        "content": sentence(content),
        "charges": "立案监督" if area == "case_filing" else "侦查活动监督",  # the stub's 案由
        "source_text": source_text(source, party),
        "period_text": period_text(period),
        "illegality_list": illegality_list(codes),
        "assessment_reasons": clause(assessment_reasons),
        "officer_name": officer_name,
        "officer_id": officer_id,
        "approver": approver or None,
        "notice_title": spec.name_zh,
    }
    if parent_id:
        _parent(conn, parent_id, ctx)
    return ctx


def _parent(conn, parent_id: str, ctx: dict) -> None:
    p = conn.execute(
        "SELECT kind, served_on, answer, replied_on, case_filed_on, due_kind, due_date, "
        "assessment_reasons FROM supervision_notices WHERE id = ?", (parent_id,)).fetchone()
    if p is None:
        return
    kind, served, answer, replied, filed, _due_kind, _due, reasons = p
    number = conn.execute(
        "SELECT number FROM issued_documents WHERE subject_table = 'supervision_notices' "
        "AND subject_id = ? AND voided_at IS NULL ORDER BY issued_on DESC LIMIT 1",
        (parent_id,)).fetchone()
    ctx["parent_title"] = rules.spec(kind).name_zh
    ctx["parent_number"] = f"（{number[0]}）" if number else ""
    ctx["parent_served"] = arabic_date(served)
    ctx["case_filed_date"] = arabic_date(filed)
    outcome = _OUTCOME.get(answer or "overdue", _OUTCOME["overdue"])
    ctx["parent_outcome"] = outcome.format(replied=arabic_date(replied) or "",
                                           filed=arabic_date(filed) or "")
    explanation = conn.execute(
        "SELECT content, received_on FROM supervision_answers WHERE notice_id = ? "
        "AND kind = ? AND deleted_at IS NULL ORDER BY received_on DESC LIMIT 1",
        (parent_id, PoliceAnswer.EXPLANATION.value)).fetchone()
    if explanation is not None:
        ctx["police_explanation"] = sentence(explanation[0])
        ctx["explanation_date"] = arabic_date(explanation[1])
    if reasons and not ctx.get("assessment_reasons"):
        ctx["assessment_reasons"] = clause(reasons)


def document_type(kind: str) -> str | None:
    """The template a notice of this kind is issued with (None: an oral correction, or the
    overdue-filing explanation request, which has no form of its own)."""
    return rules.spec(NoticeKind(kind)).doc_type


register_builder("supervision_notices", supervision_notice_context)
