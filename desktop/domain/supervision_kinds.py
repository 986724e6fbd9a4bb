"""Every notice to the police of DOMAIN.md §3.2 as its own kind (values are stored: never rename
them): its Chinese and English names, area, legal basis, document template, and the setting
that gives the police's reply period with the text saying what the police must do by when.
Which kinds start a chain and which the chief procurator decides are here too."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .supervision import Area

__all__ = ["NoticeKind", "NoticeSpec", "SPECS", "spec", "NEEDS_CHIEF", "STARTING_KINDS"]


class NoticeKind(str, Enum):
    EXPLAIN_NON_FILING = "explain_non_filing"  # 要求说明不立案理由通知书
    EXPLAIN_FILING = "explain_filing"  # 要求说明立案理由通知书
    EXPLAIN_OVERDUE_FILING = "explain_overdue_filing"  # 逾期不作立案决定: 要求说明理由
    NOTICE_TO_FILE = "notice_to_file"  # 通知立案书
    NOTICE_TO_WITHDRAW = "notice_to_withdraw"  # 通知撤销案件书
    NON_FILING_OPINION = "non_filing_opinion"  # 不立案理由审查意见通知书
    FILING_OPINION = "filing_opinion"  # 立案理由审查意见通知书
    PROGRESS_URGE = "progress_urge"  # 立案监督案件催办函
    CORRECTION = "correction"  # 纠正违法通知书
    SUGGESTION = "suggestion"  # 检察建议书
    ORAL_CORRECTION = "oral_correction"  # 口头纠正 (logged, no document)


@dataclass(frozen=True)
class NoticeSpec:
    kind: NoticeKind
    name_zh: str
    name_en: str
    area: Area
    basis_zh: str  # why the notice is issued
    basis_en: str
    doc_type: str | None  # template code in resources/templates, None: no document
    reply_setting: str | None  # SupervisionSettings field giving the police's period
    reply_basis_zh: str = ""  # what the police must do by when ({period} is filled in)
    reply_basis_en: str = ""
    to_police: bool = True  # False: addressed to the victim / the transferring agency


_K = NoticeKind
SPECS = {s.kind: s for s in (
    NoticeSpec(_K.EXPLAIN_NON_FILING, "要求说明不立案理由通知书", "Request to explain not filing a case",
               Area.CASE_FILING,
               "《中华人民共和国刑事诉讼法》第一百一十三条、《人民检察院刑事诉讼规则》第五百五十"
               "七条、第五百五十九条",
               "CPL Art. 113; RPR Arts. 557, 559", "explain_non_filing", "explanation_days",
               "《人民检察院刑事诉讼规则》第五百六十条、《公安机关办理刑事案件程序规定》第一百八十"
               "二条：公安机关应当在收到通知书后{period}以内说明不立案的情况、依据和理由，"
               "连同有关证据材料回复人民检察院",
               "RPR Art. 560, PSR Art. 182: the police explain within {period} of receipt"),
    NoticeSpec(_K.EXPLAIN_FILING, "要求说明立案理由通知书", "Request to explain filing a case",
               Area.CASE_FILING, "《人民检察院刑事诉讼规则》第五百五十九条第二款",
               "RPR Art. 559 ¶2", "explain_filing", "explanation_days",
               "《人民检察院刑事诉讼规则》第五百六十条：公安机关应当在收到通知书后{period}以内说"
               "明立案的情况、依据和理由",
               "RPR Art. 560: the police explain within {period} of receipt"),
    NoticeSpec(_K.EXPLAIN_OVERDUE_FILING, "要求说明逾期不作立案决定理由通知书",
               "Request to explain an overdue filing decision", Area.CASE_FILING,
               "《人民检察院刑事诉讼规则》第五百六十二条", "RPR Art. 562", None,
               "explanation_days",
               "《人民检察院刑事诉讼规则》第五百六十二条：公安机关应当在{period}以内说明理由；逾"
               "期不说明理由也不作出决定的，人民检察院应当提出纠正意见",
               "RPR Art. 562: the police explain within {period}; without explanation or "
               "decision the procuratorate calls for correction"),
    NoticeSpec(_K.NOTICE_TO_FILE, "通知立案书", "Notice to file a case", Area.CASE_FILING,
               "《中华人民共和国刑事诉讼法》第一百一十三条、《人民检察院刑事诉讼规则》第五百六十"
               "一条、第五百六十三条",
               "CPL Art. 113; RPR Arts. 561, 563", "notice_to_file", "filing_days",
               "《人民检察院刑事诉讼规则》第五百六十三条、《公安机关办理刑事案件程序规定》第一百八"
               "十二条：公安机关应当在收到通知立案书后{period}以内立案，并将立案决定书复印"
               "件送达人民检察院",
               "RPR Art. 563, PSR Art. 182: the police file within {period} of receipt"),
    NoticeSpec(_K.NOTICE_TO_WITHDRAW, "通知撤销案件书", "Notice to withdraw a case",
               Area.CASE_FILING, "《人民检察院刑事诉讼规则》第五百六十一条、第五百六十三条",
               "RPR Arts. 561, 563", "notice_to_withdraw", "withdrawal_days",
               "《人民检察院刑事诉讼规则》第五百六十三条、第五百六十四条：公安机关应当撤销案件；超"
               "过{period}既不撤销案件又未提出复议、复核的，人民检察院应当发出纠正违法通知"
               "书",
               "RPR Arts. 563, 564: the police withdraw the case or ask for 复议 within "
               "{period}"),
    NoticeSpec(_K.NON_FILING_OPINION, "不立案理由审查意见通知书",
               "Opinion on the reasons for not filing (to the victim)", Area.CASE_FILING,
               "《人民检察院刑事诉讼规则》第五百六十一条第二款", "RPR Art. 561 ¶2",
               "non_filing_opinion", None, to_police=False),
    NoticeSpec(_K.FILING_OPINION, "立案理由审查意见通知书",
               "Opinion on the reasons for filing (to the applicant)", Area.CASE_FILING,
               "《人民检察院刑事诉讼规则》第五百六十一条第二款", "RPR Art. 561 ¶2",
               "filing_opinion", None, to_police=False),
    NoticeSpec(_K.PROGRESS_URGE, "立案监督案件催办函", "Letter urging progress after filing",
               Area.CASE_FILING, "《人民检察院刑事诉讼规则》第五百六十四条第三款",
               "RPR Art. 564 ¶3", "progress_urge", None),
    NoticeSpec(_K.CORRECTION, "纠正违法通知书", "Notice to correct a violation",
               Area.INVESTIGATION,
               "《中华人民共和国刑事诉讼法》第八条、第一百条、《人民检察院刑事诉讼规则》第五百五"
               "十二条、第五百六十七条",
               "CPL Arts. 8, 100; RPR Arts. 552, 567", "correction_notice", "correction_days",
               "《人民检察院刑事诉讼规则》第五百五十三条：被监督单位应当在通知书规定的期限（{peri"
               "od}）以内纠正并书面回复人民检察院",
               "RPR Art. 553: correct and reply in writing within the period the notice sets "
               "({period})"),
    NoticeSpec(_K.SUGGESTION, "检察建议书", "Procuratorial suggestion", Area.INVESTIGATION,
               "《中华人民共和国人民检察院组织法》第二十一条、《人民检察院刑事诉讼规则》第五百五"
               "十二条",
               "Organic Law Art. 21; RPR Art. 552", "procuratorial_suggestion",
               "suggestion_months",
               "《人民检察院组织法》第二十一条、《人民检察院检察建议工作规定》：被建议单位应当在{"
               "period}以内书面回复采纳情况（期限为本院设置）",
               "Organic Law Art. 21: a written reply on adoption within {period} (this "
               "office's setting)"),
    NoticeSpec(_K.ORAL_CORRECTION, "口头纠正", "Oral correction", Area.INVESTIGATION,
               "《人民检察院刑事诉讼规则》第五百五十二条", "RPR Art. 552", None, None),
)}


def spec(kind: NoticeKind | str) -> NoticeSpec:
    return SPECS[NoticeKind(kind)]


# The chief procurator decides these (RPR 552 for 纠正违法; RPR 561 for 通知立案 / 通知撤销案件).
NEEDS_CHIEF = frozenset({_K.NOTICE_TO_FILE, _K.NOTICE_TO_WITHDRAW, _K.CORRECTION})
# A matter's first notice; the others only follow one (see follow_ups).
STARTING_KINDS = (_K.EXPLAIN_NON_FILING, _K.EXPLAIN_FILING, _K.EXPLAIN_OVERDUE_FILING,
                  _K.CORRECTION, _K.SUGGESTION)
