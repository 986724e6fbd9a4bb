"""The fields an imported register row can fill, per register kind, as data: the key the
services use, the Chinese and English names shown in the wizard, whether a row without it is
refused, and the header spellings that name it in the registers offices keep in Excel (导入字段).

Synonyms are compared after `import_values.normalize_header` (no spaces, no "*", half-width),
so write them plain. The first synonym is the usual spelling."""
from __future__ import annotations

from dataclasses import dataclass

ARREST = "arrest"  # 审查逮捕 register
SUPERVISION = "supervision"  # 立案监督 / 侦查活动监督 register
PETITION = "petition"  # 信访 register
KINDS = (ARREST, SUPERVISION, PETITION)


@dataclass(frozen=True)
class ImportField:
    key: str
    zh: str
    en: str
    required: bool = False
    synonyms: tuple[str, ...] = ()
    kind_of_value: str = "text"  # text | date | bool | id_number | charges | int


_SUSPECT = ("犯罪嫌疑人", "犯罪嫌疑人姓名", "嫌疑人姓名", "嫌疑人", "姓名", "被提请逮捕人")
_ID = ("身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证", "证件号")
_CASE_NO = ("案件编号", "公安案号", "公安机关案件编号", "公安案件编号", "案号", "警情编号")
_AGENCY = ("公安机关", "移送单位", "提请单位", "侦查机关", "办案单位", "提请机关")

FIELDS: dict[str, tuple[ImportField, ...]] = {
    ARREST: (
        ImportField("police_case_no", "公安案件编号", "Police case number", True, _CASE_NO),
        ImportField("request_no", "提请批捕文书号", "Request document number", False,
                    ("提请批捕文书号", "提请批准逮捕书文号", "提捕文书号", "文书号", "文号")),
        ImportField("suspect_name", "犯罪嫌疑人", "Suspect", True, _SUSPECT),
        ImportField("id_number", "身份证号", "ID number", False, _ID, "id_number"),
        ImportField("birth_date", "出生日期", "Birth date", False,
                    ("出生日期", "出生年月", "出生年月日", "生日"), "date"),
        ImportField("police_agency", "公安机关", "Police agency", True, _AGENCY),
        ImportField("received_date", "受理日期", "Received", True,
                    ("受理日期", "收案日期", "收案时间", "受理时间", "收到日期"), "date"),
        ImportField("request_date", "提请日期", "Request date", False,
                    ("提请日期", "提请时间", "提请批捕日期", "移送日期"), "date"),
        ImportField("charges", "涉嫌罪名", "Charges", True,
                    ("罪名", "涉嫌罪名", "案由", "涉嫌犯罪"), "charges"),
        ImportField("detained_since", "刑事拘留日期", "Detained since", False,
                    ("刑事拘留日期", "拘留日期", "刑拘日期", "拘留时间", "刑拘时间"), "date"),
        ImportField("detained", "是否羁押", "Detained", False,
                    ("是否羁押", "是否在押", "羁押状态", "强制措施"), "bool"),
        ImportField("officer", "承办人", "Officer in charge", False,
                    ("承办人", "承办检察官", "承办检察员", "经办人")),
        ImportField("confessed", "认罪认罚", "Pleads guilty", False,
                    ("认罪认罚", "是否认罪认罚"), "bool"),
        ImportField("counsel", "辩护人", "Counsel", False, ("辩护人", "辩护律师", "律师")),
        ImportField("offence_date", "案发日期", "Offence date", False,
                    ("案发日期", "案发时间", "犯罪时间", "发案时间"), "date"),
        ImportField("major_complex", "重大复杂", "Major or complex", False,
                    ("重大复杂", "是否重大复杂", "重大、复杂"), "bool"),
        ImportField("note", "备注", "Note", False, ("备注", "说明", "简要案情", "案情摘要")),
        # The outcome (审查结论): a row with a decision is a concluded case, recorded as decided
        # on its date (services/register_import_outcomes); the words are import_values.DECISIONS
        ImportField("decision", "审查结论", "Decision", False,
                    ("审查结论", "处理结果", "决定", "审查决定", "审查结果", "批捕决定", "处理决定",
                     "审结情况", "结论")),
        ImportField("decided_on", "决定日期", "Decision date", False,
                    ("决定日期", "审结日期", "批捕日期", "决定时间", "审结时间", "作出决定日期",
                     "批捕时间"), "date"),
        ImportField("refusal_ground", "不捕理由", "Ground of refusal", False,
                    ("不捕理由", "不捕类型", "不批捕理由", "不批准逮捕理由", "不捕原因", "不捕情形")),
    ),
    SUPERVISION: (
        ImportField("opened_on", "受理日期", "Opened", True,
                    ("受理日期", "收案日期", "立案日期", "登记日期", "线索受理日期"), "date"),
        ImportField("area", "监督类型", "Kind of supervision", True,
                    ("监督类型", "监督类别", "类型", "监督事项类型")),
        ImportField("source", "线索来源", "Source", True, ("线索来源", "来源", "案件来源")),
        ImportField("police_agency", "公安机关", "Police agency", True, _AGENCY),
        ImportField("summary", "事项摘要", "Summary", True,
                    ("事项摘要", "监督事项", "简要情况", "摘要", "案由", "主要内容")),
        ImportField("police_case_no", "公安案件编号", "Police case number", False, _CASE_NO),
        ImportField("party_name", "当事人", "Party", False,
                    ("当事人", "控告人", "被害人", "举报人", "申请人")),
        ImportField("subject_name", "涉及人员", "Person concerned", False,
                    ("涉及人员", "被控告人", "犯罪嫌疑人", "嫌疑人", "被监督人")),
    ),
    PETITION: (
        ImportField("received_on", "收信日期", "Received", True,
                    ("收信日期", "受理日期", "登记日期", "来信来访日期", "信访日期", "收案日期"),
                    "date"),
        ImportField("channel", "信访方式", "Channel", True,
                    ("信访方式", "来信来访方式", "方式", "渠道", "信访渠道")),
        ImportField("petition_type", "信访类型", "Type", True,
                    ("信访类型", "类型", "信访类别", "诉求类型")),
        ImportField("petitioner_name", "信访人", "Petitioner", True,
                    ("信访人", "信访人姓名", "来访人", "来信人", "姓名")),
        ImportField("id_number", "身份证号", "ID number", False, _ID, "id_number"),
        ImportField("phone", "联系电话", "Phone", False, ("联系电话", "电话", "手机", "手机号码")),
        ImportField("address", "住址", "Address", False, ("住址", "地址", "家庭住址", "联系地址")),
        ImportField("summary", "信访事项", "Summary", True,
                    ("信访事项", "主要诉求", "诉求", "反映问题", "信访内容", "摘要", "事由")),
        ImportField("related_case", "相关案件", "Related case", False,
                    ("相关案件", "涉及案件", "案号", "案件编号")),
        # The outcome: a 结果答复 and the 办结 (services/register_import_petition_outcomes);
        # the words are import_values.REPLY_WAYS and CLOSURES
        ImportField("replied_on", "答复日期", "Reply date", False,
                    ("答复日期", "结果答复日期", "答复时间", "回复日期", "答复结果日期"), "date"),
        ImportField("reply_way", "答复方式", "Reply given", False,
                    ("答复方式", "回复方式", "结果答复方式")),
        ImportField("closed_on", "办结日期", "Closed on", False,
                    ("办结日期", "办结时间", "结案日期", "终结日期"), "date"),
        ImportField("closure", "办结方式", "Closure", False,
                    ("办结方式", "办结情况", "办理结果", "结案方式")),
    ),
}


# the arrest register's outcome (审查结论): read by services/register_import_outcomes
OUTCOME_FIELDS = ("decision", "decided_on", "refusal_ground")
# the petition register's (答复, 办结): services/register_import_petition_outcomes
PETITION_OUTCOME_FIELDS = ("replied_on", "reply_way", "closed_on", "closure")


def fields(kind: str) -> tuple[ImportField, ...]:
    if kind not in FIELDS:
        raise ValueError(f"unknown register kind {kind!r}")
    return FIELDS[kind]


def field(kind: str, key: str) -> ImportField:
    for f in fields(kind):
        if f.key == key:
            return f
    raise KeyError(key)


def required_keys(kind: str) -> tuple[str, ...]:
    return tuple(f.key for f in fields(kind) if f.required)
