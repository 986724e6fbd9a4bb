"""What a review must establish before a decision (审查逮捕的审查要点), DOMAIN.md §1.3–1.5.

* interrogation (讯问) and hearing the suspect (听取意见): when it is compulsory and why
  (RPR 280, CPL 88), two staff (RPR 260), the 听取犯罪嫌疑人意见书 for a detained suspect not
  interrogated (RPR 280 ¶3);
* defence counsel's arguments (辩护律师意见) and whether each was adopted (RPR 261 ¶4);
* the five social-danger circumstances (社会危险性, CPL 81 ¶1) with facts and evidence
  (RPR 135), the mandatory-arrest tests (应当逮捕, CPL 81 ¶3, RPR 136) and bail violation (¶4);
* the juvenile checks (未成年犯罪嫌疑人, RPR 460–465).

Everything here is a pure function of plain values; `Check` is what the UI lists.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

__all__ = [
    "Check", "Problem", "InterrogationKind", "InterrogationRecord", "interrogation_problems",
    "InterrogationFlags", "compulsory_interrogation_reasons", "interrogation_check",
    "ArgumentKind", "CounselMethod", "CounselArgument", "counsel_problems",
    "SocialDanger", "DangerFinding", "danger_problems", "MandatoryArrestFlags",
    "mandatory_arrest_reasons", "JuvenileFacts", "juvenile_checks", "BASIS",
]


@dataclass(frozen=True)
class Check:
    code: str  # stable, translated by the UI
    satisfied: bool
    basis: str  # legal basis, Chinese
    required: bool = True  # False: shown as a reminder, does not block a decision


@dataclass(frozen=True)
class Problem:
    field: str
    code: str
    basis: str = ""


BASIS = {
    "rpr260": "《人民检察院刑事诉讼规则》第二百六十条：讯问犯罪嫌疑人时，检察人员不得少于二人",
    "rpr280": "《人民检察院刑事诉讼规则》第二百八十条、《刑事诉讼法》第八十八条",
    "rpr280_3": "《人民检察院刑事诉讼规则》第二百八十条第三款：对被拘留的犯罪嫌疑人不予讯问的，"
                "应当送达听取犯罪嫌疑人意见书，由犯罪嫌疑人填写后及时收回审查并附卷",
    "rpr261_4": "《人民检察院刑事诉讼规则》第二百六十一条第四款：辩护律师提出不构成犯罪、无社会危险性、"
                "不适宜羁押、侦查活动有违法犯罪情形等书面意见的，应当在相关文书中说明是否采纳的情况和理由",
    "cpl81_1": "《刑事诉讼法》第八十一条第一款，《人民检察院刑事诉讼规则》第一百二十九条至第一百三十五条",
    "cpl81_3": "《刑事诉讼法》第八十一条第三款，《人民检察院刑事诉讼规则》第一百三十六条",
    "cpl81_4": "《刑事诉讼法》第八十一条第四款，《人民检察院刑事诉讼规则》第一百三十七条",
    "rpr465": "《刑事诉讼法》第二百八十一条，《人民检察院刑事诉讼规则》第四百六十五条",
    "rpr465_female": "《人民检察院刑事诉讼规则》第四百六十五条：讯问女性未成年犯罪嫌疑人，应当有女性检察人员参加",
    "rpr460": "《刑事诉讼法》第二百七十八条，《人民检察院刑事诉讼规则》第四百六十条",
    "rpr461": "《刑事诉讼法》第二百七十九条，《人民检察院刑事诉讼规则》第四百六十一条",
    "rpr464": "《人民检察院刑事诉讼规则》第四百六十四条：年龄不能查清且影响刑事责任的，应当作出不批准逮捕的决定",
}


# -- interrogation and hearing the suspect ------------------------------------------------
class InterrogationKind(str, Enum):
    # Values are stored: never rename them.
    INTERROGATION = "interrogation"  # 讯问犯罪嫌疑人
    HEARING = "hearing"  # 听取犯罪嫌疑人意见 (in person)
    OPINION_FORM = "opinion_form"  # 听取犯罪嫌疑人意见书 served and returned


@dataclass(frozen=True)
class InterrogationRecord:
    kind: InterrogationKind
    held_on: date | None  # the interrogation, or the day the form was served
    staff: tuple[str, ...] = ()
    place: str = ""
    returned_on: date | None = None  # the form back from the suspect
    female_prosecutor_present: bool = False
    adult_present: str = ""  # "legal_representative" | "appropriate_adult" | ""


ADULT_KINDS = ("legal_representative", "appropriate_adult")  # 法定代理人 / 合适成年人


def interrogation_problems(r: InterrogationRecord, *, today: date) -> list[Problem]:
    """What is wrong with one record before it is saved."""
    out: list[Problem] = []
    if r.held_on is None:
        out.append(Problem("held_on", "required"))
    elif r.held_on > today:
        out.append(Problem("held_on", "date.future"))
    if r.kind == InterrogationKind.OPINION_FORM:
        if r.returned_on and r.held_on and r.returned_on < r.held_on:
            out.append(Problem("returned_on", "date.before_served"))
        if r.returned_on and r.returned_on > today:
            out.append(Problem("returned_on", "date.future"))
    else:
        if len({s.strip() for s in r.staff if s.strip()}) < 2:
            out.append(Problem("staff", "interrogation.two_staff", BASIS["rpr260"]))
        if not r.place.strip():
            out.append(Problem("place", "required"))
    if r.adult_present and r.adult_present not in ADULT_KINDS:
        out.append(Problem("adult_present", "invalid"))
    return out


@dataclass(frozen=True)
class InterrogationFlags:
    juvenile: bool = False  # 未成年犯罪嫌疑人
    confessed: bool = False  # 认罪认罚
    suspect_asked: bool = False  # 犯罪嫌疑人要求向检察人员当面陈述
    doubt_about_conditions: bool = False  # 对是否符合逮捕条件有疑问
    possible_illegality: bool = False  # 侦查活动可能有重大违法行为
    major_complex: bool = False  # 案情重大、疑难、复杂
    disability: bool = False  # 盲、聋、哑人或尚未完全丧失辨认或者控制自己行为能力的精神病人


# RPR 280 ¶1 (and CPL 88 for the first three), in the order the rule lists them.
_COMPULSORY = (
    ("doubt_about_conditions", "interrogation.reason.doubt"),
    ("suspect_asked", "interrogation.reason.suspect_asked"),
    ("possible_illegality", "interrogation.reason.illegality"),
    ("major_complex", "interrogation.reason.major_complex"),
    ("confessed", "interrogation.reason.confessed"),
    ("juvenile", "interrogation.reason.juvenile"),
    ("disability", "interrogation.reason.disability"),
)


def compulsory_interrogation_reasons(flags: InterrogationFlags) -> list[str]:
    """Codes of every reason that makes interrogation compulsory (empty: it is optional)."""
    return [code for name, code in _COMPULSORY if getattr(flags, name)]


def _is_interrogated(records: Sequence[InterrogationRecord]) -> bool:
    return any(r.kind != InterrogationKind.OPINION_FORM and len(
        {s.strip() for s in r.staff if s.strip()}) >= 2 for r in records)


def interrogation_check(flags: InterrogationFlags, *, detained: bool,
                        records: Sequence[InterrogationRecord]) -> Check:
    """The one interrogation check a decision needs:
    * compulsory → the suspect interrogated or heard in person by two staff;
    * otherwise, detained and not interrogated → the 意见书 served and returned;
    * otherwise nothing is required."""
    if _is_interrogated(records):
        return Check("interrogation.done", True, BASIS["rpr280"])
    if compulsory_interrogation_reasons(flags):
        return Check("interrogation.compulsory", False, BASIS["rpr280"])
    if detained:
        returned = any(r.kind == InterrogationKind.OPINION_FORM and r.returned_on
                       for r in records)
        return Check("interrogation.opinion_form", returned, BASIS["rpr280_3"])
    return Check("interrogation.optional", True, BASIS["rpr280"], required=False)


# -- defence counsel ----------------------------------------------------------------------
class CounselMethod(str, Enum):
    IN_PERSON = "in_person"  # 当面听取
    PHONE = "phone"  # 电话
    VIDEO = "video"  # 视频
    WRITTEN = "written"  # 书面意见
    NOT_REACHED = "not_reached"  # 未能联系 (RPR 262: recorded)


class ArgumentKind(str, Enum):
    NO_CRIME = "no_crime"  # 不构成犯罪
    NO_SOCIAL_DANGER = "no_social_danger"  # 无社会危险性
    UNSUITABLE_FOR_CUSTODY = "unsuitable_for_custody"  # 不适宜羁押
    ILLEGAL_INVESTIGATION = "illegal_investigation"  # 侦查活动有违法犯罪情形
    OTHER = "other"  # 其他


@dataclass(frozen=True)
class CounselArgument:
    kind: ArgumentKind
    text: str = ""
    adopted: bool | None = None  # None: not yet assessed
    reason: str = ""  # why it was (not) adopted


def counsel_problems(arguments: Sequence[CounselArgument], *, for_decision: bool) -> list[Problem]:
    """Saving needs a reason for every argument not adopted; a decision also needs every
    argument of the RPR 261 ¶4 kinds assessed."""
    out = []
    for i, a in enumerate(arguments):
        if a.adopted is False and not a.reason.strip():
            out.append(Problem(f"arguments[{i}].reason", "counsel.reason_required",
                               BASIS["rpr261_4"]))
        if for_decision and a.adopted is None:
            out.append(Problem(f"arguments[{i}].adopted", "counsel.not_assessed",
                               BASIS["rpr261_4"]))
    return out


# -- social danger and mandatory arrest ---------------------------------------------------
class SocialDanger(str, Enum):
    """CPL 81 ¶1 (1)–(5)."""

    NEW_CRIME = "new_crime"  # 可能实施新的犯罪 (RPR 129)
    SERIOUS_DANGER = "serious_danger"  # 有危害国家安全、公共安全或者社会秩序的现实危险 (RPR 130)
    EVIDENCE_TAMPERING = "evidence_tampering"  # 可能毁灭、伪造证据，干扰证人作证或者串供 (RPR 131)
    RETALIATION = "retaliation"  # 可能对被害人、举报人、控告人实施打击报复 (RPR 132)
    SUICIDE_OR_FLIGHT = "suicide_or_flight"  # 企图自杀或者逃跑 (RPR 133)


@dataclass(frozen=True)
class DangerFinding:
    circumstance: SocialDanger
    facts: str
    evidence: str


def danger_problems(f: DangerFinding) -> list[Problem]:
    """A ticked circumstance needs its facts and the evidence behind them (RPR 135)."""
    out = []
    if not f.facts.strip():
        out.append(Problem("facts", "danger.facts_required", BASIS["cpl81_1"]))
    if not f.evidence.strip():
        out.append(Problem("evidence", "danger.evidence_required", BASIS["cpl81_1"]))
    return out


@dataclass(frozen=True)
class MandatoryArrestFlags:
    ten_years_possible: bool = False  # 可能判处十年有期徒刑以上刑罚
    prior_intentional_crime: bool = False  # 曾经故意犯罪
    identity_unknown: bool = False  # 身份不明
    bail_violation: bool = False  # 违反取保候审、监视居住规定，情节严重


def mandatory_arrest_reasons(flags: MandatoryArrestFlags) -> list[str]:
    """ArrestGround values that the tests of CPL 81 ¶3–4 support (the evidence of a crime and
    a possible prison sentence are the officer's finding, presupposed by an approval)."""
    out = []
    if flags.ten_years_possible:
        out.append("mandatory_ten_years")
    if flags.prior_intentional_crime:
        out.append("mandatory_prior_crime")
    if flags.identity_unknown:
        out.append("mandatory_identity_unknown")
    if flags.bail_violation:
        out.append("bail_violation")
    return out


# -- juveniles ----------------------------------------------------------------------------
@dataclass(frozen=True)
class JuvenileFacts:
    female: bool
    has_counsel: bool
    legal_aid_notified: bool  # 通知法律援助机构指派律师
    social_report: bool  # 社会调查报告
    age_uncertain: bool  # RPR 464
    interrogations: tuple[InterrogationRecord, ...] = ()


def juvenile_checks(j: JuvenileFacts) -> list[Check]:
    """The checks of DOMAIN §1.5 for a juvenile suspect, in the order the UI lists them."""
    sessions = [r for r in j.interrogations if r.kind != InterrogationKind.OPINION_FORM]
    checks = [
        Check("juvenile.adult_present",
              bool(sessions) and all(r.adult_present in ADULT_KINDS for r in sessions),
              BASIS["rpr465"]),
        Check("juvenile.legal_aid", j.has_counsel or j.legal_aid_notified, BASIS["rpr460"]),
        Check("juvenile.social_report", j.social_report, BASIS["rpr461"], required=False),
    ]
    if j.female:
        checks.append(Check("juvenile.female_prosecutor",
                            bool(sessions) and all(r.female_prosecutor_present for r in sessions),
                            BASIS["rpr465_female"]))
    if j.age_uncertain:
        # Shown unsatisfied: the age must be established, or arrest refused.
        checks.append(Check("juvenile.age_unknown", False, BASIS["rpr464"], required=False))
    return checks
