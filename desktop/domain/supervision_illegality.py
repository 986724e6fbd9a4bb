"""The sixteen kinds of illegality in investigation activity that the procuratorate
supervises (人民检察院刑事诉讼规则 第五百六十七条), as stored codes with their Chinese text
(printed in the 纠正违法通知书) and an English label. Codes are stored: never rename them."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Illegality", "ILLEGALITIES", "BY_CODE", "parse_codes", "join_codes"]


@dataclass(frozen=True)
class Illegality:
    code: str
    item: int  # the item of RPR 567
    zh: str
    en: str


ILLEGALITIES = (
    Illegality("torture", 1,
               "采用刑讯逼供以及其他非法方法收集犯罪嫌疑人供述",
               "torture or other illegal methods used to obtain a suspect's statement"),
    Illegality("no_recording", 2,
               "讯问犯罪嫌疑人依法应当录音或者录像而没有录音或者录像，或者未在法定羁押场所讯问犯"
               "罪嫌疑人",
               "interrogation without the required audio-video recording, or outside the place "
               "of custody"),
    Illegality("illegal_witness_evidence", 3,
               "采用暴力、威胁以及非法限制人身自由等非法方法收集证人证言、被害人陈述，或者以暴力"
               "、威胁等方法阻止证人作证或者指使他人作伪证",
               "witness or victim statements obtained illegally, witnesses obstructed or perjury "
               "procured"),
    Illegality("evidence_tampering", 4,
               "伪造、隐匿、销毁、调换、私自涂改证据，或者帮助当事人毁灭、伪造证据",
               "evidence forged, hidden, destroyed, swapped or altered"),
    Illegality("coercive_measures", 5,
               "违反刑事诉讼法关于决定、执行、变更、撤销强制措施的规定，或者强制措施法定期限届满"
               "，不予释放、解除或者变更",
               "coercive measures decided or carried out unlawfully, or not ended when their "
               "period ran out"),
    Illegality("bail_not_returned", 6,
               "应当退还取保候审保证金不退还",
               "bail money not returned when it should be"),
    Illegality("illegal_investigative_acts", 7,
               "违反刑事诉讼法关于讯问、询问、勘验、检查、搜查、鉴定、采取技术侦查措施等规定",
               "unlawful interrogation, questioning, inspection, search, expert opinion or "
               "technical investigation"),
    Illegality("unrelated_property", 8,
               "对与案件无关的财物采取查封、扣押、冻结措施，或者应当解除查封、扣押、冻结而不解除",
               "property unrelated to the case sealed, seized or frozen, or not released"),
    Illegality("seized_property_misused", 9,
               "贪污、挪用、私分、调换、违反规定使用查封、扣押、冻结的财物及其孳息",
               "sealed, seized or frozen property (or its proceeds) embezzled or misused"),
    Illegality("improper_withdrawal", 10,
               "不应当撤案而撤案",
               "a case withdrawn that should not have been"),
    Illegality("no_recusal", 11,
               "侦查人员应当回避而不回避",
               "an investigator who should have withdrawn did not"),
    Illegality("rights_not_told", 12,
               "依法应当告知犯罪嫌疑人诉讼权利而不告知，影响犯罪嫌疑人行使诉讼权利",
               "the suspect not told of procedural rights"),
    Illegality("family_not_notified", 13,
               "对犯罪嫌疑人拘留、逮捕、指定居所监视居住后依法应当通知家属而未通知",
               "the family not notified of detention, arrest or designated residence"),
    Illegality("counsel_obstructed", 14,
               "阻碍当事人、辩护人、诉讼代理人、值班律师依法行使诉讼权利",
               "parties, defence counsel, agents or duty lawyers obstructed"),
    Illegality("evidence_legality_unexplained", 15,
               "应当对证据收集的合法性出具说明或者提供证明材料而不出具、不提供",
               "no explanation or proof of how evidence was gathered when required"),
    Illegality("other", 16,
               "侦查活动中的其他违反法律规定的行为",
               "other violations of law in the investigation"),
)
BY_CODE = {i.code: i for i in ILLEGALITIES}
_SEPARATOR = ","


def parse_codes(stored: str) -> list[str]:
    return [c for c in (stored or "").split(_SEPARATOR) if c]


def join_codes(codes) -> str:
    """Known codes in the order of the article, each once. Unknown codes raise ValueError."""
    unknown = [c for c in codes if c not in BY_CODE]
    if unknown:
        raise ValueError(f"unknown illegality codes {unknown}")
    wanted = set(codes)
    return _SEPARATOR.join(i.code for i in ILLEGALITIES if i.code in wanted)
