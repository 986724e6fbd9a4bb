"""Demo data: the supervision register (立案监督、侦查活动监督) of the demo office, through the
supervision services, so the audit chain and outbox are what real use writes. Every notice
kind and state is there, and each chain: explanations accepted (the victim told) or rejected
(通知立案 → filed, 3-month 催办; or not filed → 纠正违法 → reported up), 要求说明立案理由 →
通知撤销案件 → withdrawn or 复议 / 复核, corrections complied with, partly, re-examined or
reported up, suggestions, oral corrections. Dates count back from `today`, so some deadlines
are overdue and some fall due in the next days."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from desktop.services import supervision_notices as sv
from desktop.services.office import Office, open_office
from desktop.services.supervision_register import MatterInput, close_matter, open_matter
from desktop.services.supervision_settings import save_settings

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
_GIVEN = "伟强磊军勇杰涛明超刚平辉鹏华飞斌波芳娜敏静丽艳娟霞秀玲燕红梅莉婷"
APPROVER = "检察长周正"

# (area, source, summary, tags, chain) — the chain names a function below
_MATTERS = (
    ("case_filing", "victim_complaint", "被害人{p}控告{s}以投资为名骗取其人民币十二万元，公安机关未予立案",
     ["enterprise"], "explain_waiting"),
    ("case_filing", "victim_complaint", "被害人{p}控告{s}故意伤害致其轻伤，公安机关作出不予立案决定",
     [], "explain_overdue"),
    ("case_filing", "petition", "{p}来访反映{s}非法占用其承包土地，公安机关未立案", [],
     "explain_accepted_drafted"),
    ("case_filing", "victim_complaint", "被害人{p}控告{s}盗窃其车辆，公安机关以证据不足不立案",
     [], "explain_accepted_told"),
    ("case_filing", "victim_complaint", "被害人{p}控告{s}敲诈勒索，公安机关未立案", ["organised_crime"],
     "notice_to_file_running"),
    ("case_filing", "agency_transfer", "市场监督管理局移送{s}销售伪劣产品案，公安机关未立案",
     ["admin_link", "enterprise"], "filed_progress_due"),
    ("case_filing", "victim_complaint", "被害人{p}控告{s}职务侵占，公安机关未立案", ["enterprise"],
     "filed_urged"),
    ("case_filing", "own_finding", "本院发现{s}涉嫌寻衅滋事，公安机关应当立案而未立案",
     ["organised_crime"], "not_filed_correction"),
    ("case_filing", "victim_complaint", "被害人{p}控告{s}强迫交易，公安机关拒不立案",
     ["organised_crime"], "not_filed_reported_up"),
    ("case_filing", "petition", "{p}反映公安机关将其与{s}之间的合同纠纷作为合同诈骗立案侦查",
     ["enterprise"], "explain_filing_accepted"),
    ("case_filing", "own_finding", "公安机关对{s}经济纠纷以诈骗罪立案，插手经济纠纷",
     ["enterprise"], "withdrawn"),
    ("case_filing", "petition", "{p}反映公安机关以刑事手段插手其与{s}的债务纠纷", [],
     "withdrawal_reconsideration"),
    ("case_filing", "own_finding", "公安机关对{s}拒不执行判决案立案不当", [], "withdrawal_upper_review"),
    ("case_filing", "victim_complaint", "被害人{p}称公安机关受理其报案后逾期未作立案决定", [],
     "overdue_filing"),
    ("investigation", "arrest_review", "审查逮捕中发现{s}被刑事拘留后未在法定期限内通知家属", [],
     "correction_drafted"),
    ("investigation", "own_finding", "公安机关对{s}超期羁押", [], "correction_approved"),
    ("investigation", "own_finding", "公安机关讯问未成年犯罪嫌疑人{s}时未通知法定代理人到场",
     ["juvenile"], "correction_complied"),
    ("investigation", "own_finding", "公安机关对与案件无关的{s}财物予以扣押", ["enterprise"],
     "correction_partly_reported"),
    ("investigation", "own_finding", "公安机关阻碍辩护律师会见犯罪嫌疑人{s}", [],
     "correction_re_examination"),
    ("investigation", "own_finding", "公安机关搜查{s}住所未出示搜查证", [], "correction_withdrawn"),
    ("investigation", "own_finding", "辖区派出所办理刑事案件中多次存在未依法告知诉讼权利的情形", [],
     "suggestion_running"),
    ("investigation", "own_finding", "公安机关涉案财物管理不规范，多起案件扣押财物未随案移送", [],
     "suggestion_adopted"),
    ("investigation", "own_finding", "公安机关讯问{s}笔录记载的讯问时间与同步录音录像不一致", [],
     "oral_corrected"),
    ("investigation", "own_finding", "公安机关讯问{s}时未全程同步录音录像", [], "oral_then_notice"),
    ("case_filing", "victim_complaint", "被害人{p}控告{s}诈骗，材料尚在审查", [], "draft_dropped"),
    ("investigation", "own_finding", "公安机关对{s}取保候审期满后未依法解除", [], "correction_refused"),
    ("investigation", "own_finding", "派出所接报案登记不规范，存在有案不立、压案不查的情形", [],
     "suggestion_partly"),
)


class _Story:
    def __init__(self, office: Office, today: date, rng: random.Random):
        self.office, self.today, self.rng = office, today, rng

    def day(self, ago: int) -> date:
        return self.today - timedelta(days=ago)

    def notice(self, matter: str, kind: str, ago: int, *, parent: str = "", served: int | None
               = None, approve: bool = True, **extra) -> str:
        """Draft `ago` days before today, approve the same day, serve `served` days before
        today (default: two days after drafting); served=-1 leaves it unserved."""
        on = self.day(ago)
        nid = sv.draft_notice(self.office, matter, sv.DraftInput(
            kind=kind, drafted_on=on, content=_CONTENT[kind], parent_id=parent, **extra),
            today=self.today)
        if approve:
            sv.approve_notice(self.office, nid, approved_on=on, approver=APPROVER,
                              today=self.today)
            if served != -1:
                sv.serve_notice(self.office, nid, served_on=self.day(
                    served if served is not None else max(ago - 2, 0)), today=self.today)
        return nid

    def answer(self, nid: str, kind: str, ago: int, content: str = "", filed: int | None = None
               ) -> None:
        sv.record_answer(self.office, nid, sv.AnswerInput(
            kind, self.day(ago), content or _ANSWER[kind],
            self.day(filed) if filed is not None else None), today=self.today)

    def assess(self, nid: str, ago: int, accepted: bool) -> None:
        sv.assess_explanation(self.office, nid, assessed_on=self.day(ago), accepted=accepted,
                              reasons="公安机关说明的理由有证据证实，不立案理由成立" if accepted
                              else "公安机关说明的理由与查明的事实不符，理由不能成立",
                              today=self.today)

    def decide(self, nid: str, ago: int, upheld: bool) -> None:
        sv.decide_objection(self.office, nid, decided_on=self.day(ago), upheld=upheld,
                            reasons="经审查，原通知正确，予以维持" if upheld
                            else "经审查，原通知认定事实有误，予以撤销", today=self.today)

    def close(self, matter: str, ago: int, result: str) -> None:
        close_matter(self.office, matter, closed_on=self.day(ago), result=result,
                     today=self.today)


_CONTENT = {
    "explain_non_filing": "被害人提供的报案材料、伤情鉴定意见等证据证明有犯罪事实发生，需要追究刑事责任，公安机关不予立案的理由可能不能成立。",
    "explain_filing": "有证据证明公安机关可能以刑事手段插手民事经济纠纷，且尚未提请批准逮捕或者移送审查起诉。",
    "explain_overdue_filing": "控告人反映公安机关受理报案后超过法定期限未作出是否立案的决定。",
    "notice_to_file": "公安机关说明的不立案理由不能成立，该案有犯罪事实需要追究刑事责任，且属于你局管辖。",
    "notice_to_withdraw": "公安机关说明的立案理由不能成立，该案属于民事经济纠纷，不应当作为刑事案件立案侦查。",
    "non_filing_opinion": "经审查，公安机关不立案的理由成立。",
    "filing_opinion": "经审查，公安机关立案的理由成立。",
    "progress_urge": "请你局指定专人负责，加快侦查取证。",
    "correction": "上述行为违反了《中华人民共和国刑事诉讼法》的有关规定。",
    "suggestion": "建议你局组织办案民警开展执法规范化培训，建立诉讼权利告知的审核机制，并对相关案件进行自查。",
}
_ANSWER = {
    "explanation": "经调查，现有证据不能证明有犯罪事实发生，故不予立案。",
    "filed": "已于该日对该案立案侦查，立案决定书复印件随函送达。",
    "withdrawn": "已撤销案件，撤销案件决定书复印件随函送达。",
    "corrected": "已责令办案民警整改，并对相关人员进行批评教育。",
    "partly": "已解除部分扣押，其余财物仍需扣押以备查证。",
    "refused": "我局认为原决定正确，不予纠正。",
    "reconsideration": "我局认为本案不属于经济纠纷，要求复议。",
    "upper_review": "复议决定维持原通知，我局不服，提请上一级人民检察院复核。",
    "re_examination": "我局认为不存在通知书所列违法情形，要求复查。",
    "progress_report": "该案已完成主要证据的调取，正在进行司法会计鉴定。",
}


def _chain(st: _Story, matter: str, chain: str) -> None:
    n = st.notice
    if chain == "explain_waiting":  # reply due in two days
        n(matter, "explain_non_filing", 6, served=5)
    elif chain == "explain_overdue":
        n(matter, "explain_non_filing", 14, served=12)
    elif chain == "explain_accepted_drafted":  # the victim must be told within 10 days
        first = n(matter, "explain_non_filing", 20, served=19)
        st.answer(first, "explanation", 14)
        st.assess(first, 9, True)
        n(matter, "non_filing_opinion", 8, parent=first, approve=False)
    elif chain == "explain_accepted_told":
        first = n(matter, "explain_non_filing", 60, served=58)
        st.answer(first, "explanation", 52)
        st.assess(first, 48, True)
        n(matter, "non_filing_opinion", 46, parent=first, served=44)
        st.close(matter, 40, "公安机关不立案理由成立，已书面告知被害人")
    elif chain == "notice_to_file_running":
        first = n(matter, "explain_non_filing", 30, served=29)
        st.answer(first, "explanation", 24)
        st.assess(first, 20, False)
        n(matter, "notice_to_file", 14, parent=first, served=13)
    elif chain == "filed_progress_due":  # filed 3 months ago and more: 催办 due
        first = n(matter, "explain_non_filing", 130, served=128)
        second = n(matter, "notice_to_file", 118, parent=first, served=116)
        st.answer(second, "filed", 104, filed=105)
    elif chain == "filed_urged":
        first = n(matter, "explain_non_filing", 200, served=198)
        st.answer(first, "explanation", 192)
        st.assess(first, 190, False)
        second = n(matter, "notice_to_file", 188, parent=first, served=186)
        st.answer(second, "filed", 175, filed=176)
        urge = n(matter, "progress_urge", 80, parent=second, served=78)
        st.answer(urge, "progress_report", 70)
    elif chain == "not_filed_correction":
        first = n(matter, "explain_non_filing", 50, served=49)
        second = n(matter, "notice_to_file", 40, parent=first, served=39)
        n(matter, "correction", 20, parent=second, served=19,
          illegality_codes=["other"], period_days=15)
    elif chain == "not_filed_reported_up":
        first = n(matter, "explain_non_filing", 90, served=89)
        st.answer(first, "explanation", 84)
        st.assess(first, 80, False)
        second = n(matter, "notice_to_file", 78, parent=first, served=77)
        st.answer(second, "refused", 70)
        third = n(matter, "correction", 66, parent=second, served=65,
                  illegality_codes=["other"])
        st.answer(third, "refused", 55)
        sv.report_up(st.office, third, reported_on=st.day(50),
                     note="公安机关拒不纠正，已书面报告临江市人民检察院", today=st.today)
    elif chain == "explain_filing_accepted":
        first = n(matter, "explain_filing", 40, served=39)
        st.answer(first, "explanation", 33)
        st.assess(first, 30, True)
        n(matter, "filing_opinion", 28, parent=first, served=26)
        st.close(matter, 25, "公安机关立案理由成立，已告知反映人")
    elif chain == "withdrawn":
        first = n(matter, "explain_filing", 70, served=69)
        second = n(matter, "notice_to_withdraw", 58, parent=first, served=57)
        st.answer(second, "withdrawn", 50)
        st.close(matter, 45, "公安机关已撤销案件")
    elif chain == "withdrawal_reconsideration":  # our 复议 decision due soon
        first = n(matter, "explain_filing", 25, served=24)
        st.answer(first, "explanation", 18)
        st.assess(first, 15, False)
        second = n(matter, "notice_to_withdraw", 12, parent=first, served=11)
        st.answer(second, "reconsideration", 5)
    elif chain == "withdrawal_upper_review":
        first = n(matter, "explain_filing", 60, served=59)
        second = n(matter, "notice_to_withdraw", 48, parent=first, served=47)
        st.answer(second, "reconsideration", 40)
        st.decide(second, 36, True)
        st.answer(second, "upper_review", 13)
    elif chain == "overdue_filing":
        n(matter, "explain_overdue_filing", 5, served=4)
    elif chain == "correction_drafted":
        n(matter, "correction", 1, approve=False, illegality_codes=["family_not_notified"])
    elif chain == "correction_approved":
        n(matter, "correction", 3, served=-1, illegality_codes=["coercive_measures"],
          period_days=10)
    elif chain == "correction_complied":
        first = n(matter, "correction", 45, served=44,
                  illegality_codes=["rights_not_told", "other"])
        st.answer(first, "corrected", 35)
        st.close(matter, 30, "公安机关已纠正并书面回复")
    elif chain == "correction_partly_reported":
        first = n(matter, "correction", 40, served=39, illegality_codes=["unrelated_property"])
        st.answer(first, "partly", 26)
        sv.report_up(st.office, first, reported_on=st.day(20),
                     note="公安机关仅部分纠正，已报告上一级人民检察院", today=st.today)
    elif chain == "correction_re_examination":  # our 复查 is due
        first = n(matter, "correction", 20, served=19, illegality_codes=["counsel_obstructed"])
        st.answer(first, "re_examination", 8)
    elif chain == "correction_withdrawn":
        first = n(matter, "correction", 35, served=34,
                  illegality_codes=["illegal_investigative_acts"])
        st.answer(first, "re_examination", 28)
        st.decide(first, 24, False)
        st.close(matter, 20, "经复查撤销纠正违法通知书")
    elif chain == "suggestion_running":
        n(matter, "suggestion", 40, served=38)
    elif chain == "suggestion_adopted":
        first = n(matter, "suggestion", 100, served=98)
        st.answer(first, "corrected", 50)
        st.close(matter, 45, "检察建议已被采纳，公安机关已完成整改")
    elif chain == "oral_corrected":
        oral = sv.log_oral_correction(st.office, matter, given_on=st.day(10),
                                      content="当面向办案民警指出笔录时间记载错误，要求更正",
                                      illegality_codes=["other"], today=st.today)
        st.answer(oral, "corrected", 8, "已更正笔录")
    elif chain == "oral_then_notice":
        oral = sv.log_oral_correction(st.office, matter, given_on=st.day(30),
                                      content="口头要求办案单位对讯问全程同步录音录像",
                                      illegality_codes=["no_recording"], today=st.today)
        st.answer(oral, "refused", 25, "办案单位未予纠正")
        n(matter, "correction", 22, parent=oral, served=21, illegality_codes=["no_recording"])
    elif chain == "correction_refused":  # refused: to be reported up
        first = n(matter, "correction", 28, served=27, illegality_codes=["coercive_measures"])
        st.answer(first, "refused", 6)
    elif chain == "suggestion_partly":
        first = n(matter, "suggestion", 75, served=73)
        st.answer(first, "partly", 12, "已开展执法培训，受案登记系统改造尚未完成")
    elif chain == "draft_dropped":
        first = n(matter, "explain_non_filing", 9, approve=False)
        sv.close_notice(st.office, first, closed_on=st.day(7),
                        note="控告人撤回控告，不再发出", today=st.today)
    else:
        raise ValueError(chain)


# days before today of each chain's first step: the matter opens a few days earlier
_FIRST_STEP = {
    "explain_waiting": 6, "explain_overdue": 14, "explain_accepted_drafted": 20,
    "explain_accepted_told": 60, "notice_to_file_running": 30, "filed_progress_due": 130,
    "filed_urged": 200, "not_filed_correction": 50, "not_filed_reported_up": 90,
    "explain_filing_accepted": 40, "withdrawn": 70, "withdrawal_reconsideration": 25,
    "withdrawal_upper_review": 60, "overdue_filing": 5, "correction_drafted": 1,
    "correction_approved": 3, "correction_complied": 45, "correction_partly_reported": 40,
    "correction_re_examination": 20, "correction_withdrawn": 35, "suggestion_running": 40,
    "suggestion_adopted": 100, "oral_corrected": 10, "oral_then_notice": 30,
    "draft_dropped": 9, "correction_refused": 28, "suggestion_partly": 75,
}


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def fill_register(office: Office, *, today: date, seed: int = 1) -> list[str]:
    """Open the demo matters and take each along its chain; returns the matter ids."""
    rng = random.Random(seed * 7919 + 5)
    save_settings(office, correction_days=15, suggestion_months=2, holiday_extension=True,
                  extra_tags="电信网络诈骗\n食品药品安全")
    agencies = [r[0] for r in office.reader.execute(
        "SELECT id FROM police_agencies WHERE deleted_at IS NULL ORDER BY name")]
    request = office.reader.execute(
        "SELECT id, police_case_no FROM arrest_requests WHERE deleted_at IS NULL "
        "ORDER BY received_date DESC LIMIT 1").fetchone()
    story = _Story(office, today, rng)
    ids = []
    for i, (area, source, summary, tags, chain) in enumerate(_MATTERS):
        party, subject = _name(rng), _name(rng)
        linked = source == "arrest_review" and request is not None
        if source == "arrest_review" and request is None:
            source = "own_finding"  # an office without requests yet
        if chain == "suggestion_running":
            tags = tags + ["电信网络诈骗"]
        matter = open_matter(office, MatterInput(
            source=source, area=area, police_agency_id=agencies[i % len(agencies)],
            opened_on=today - timedelta(days=_FIRST_STEP[chain] + rng.randint(1, 4)),
            summary=summary.format(p=party, s=subject),
            police_case_no=f"A{today.year}{i + 1:04d}" if area == "case_filing" else "",
            party_name=party if source in ("victim_complaint", "petition") else "",
            subject_name=subject, tags=tags,
            request_id=request[0] if linked else ""), today=today)
        _chain(story, matter, chain)
        ids.append(matter)
    return ids


def fill_supervision(path: Path | str, *, today: date, seed: int = 1) -> None:
    """The demo's supervision register, in its own session on the demo file."""
    office = open_office(path)
    try:
        fill_register(office, today=today, seed=seed)
    finally:
        office.close()
