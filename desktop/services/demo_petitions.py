"""Demo data: the petition register (涉检信访) of the demo office, through the petition services
(the same path as manual entry: audit chain, outbox, search index).

About twenty petitions over the eight months before `today`: every channel, type and state —
waiting for the 7-day reply (one overdue), waiting for the 3-month reply, in handling with
monthly follow-ups (one overdue), answered, closed each way (息诉罢访, 办结, 终结, 撤回,
forwarded) — with repeat petitions linked to the earlier ones, collective visits, handler
transfers with their reasons, the work of 释法说理, counselling, reconciliation, judicial aid
and a public hearing, and high-risk gradings with their triggers.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.idnumber import id_check_char
from desktop.domain.petitions import Channel, PetitionType
from desktop.services import demo_names as names
from desktop.services import petition_work as W
from desktop.services.petition_register import (AttachmentInput, PetitionerInput, PetitionInput,
                                                register_petition)

CHANNELS = [c.value for c in Channel]
TYPES = [t.value for t in PetitionType]

SUMMARIES = {
    "accusation": ("控告办案民警在询问中态度粗暴，要求依法处理",
                   "控告派出所扣押其车辆后长期不予返还",
                   "控告侦查人员违法查封其经营场所"),
    "report": ("举报某村干部侵占集体土地补偿款",
               "举报某砂石场非法采砂，公安机关未予立案",
               "举报某公司以高息为诱饵非法吸收公众存款"),
    "appeal": ("不服本院对其子作出的批准逮捕决定，要求重新审查",
               "对公安机关不予立案决定不服，请求检察机关立案监督",
               "认为被害人伤情鉴定有误，要求重新鉴定"),
    "suggestion": ("建议加强对农村地区电信诈骗的宣传防范",
                   "建议检察院在乡镇设立检察服务联络点"),
    "enquiry": ("咨询其子被刑事拘留后家属能否会见",
                "咨询取保候审保证金退还的程序",
                "咨询如何申请司法救助"),
}
ADDRESSES = ("青山县城关镇建设路", "青山县东湖镇湖滨村", "青山县白马镇新街", "青山县西岭乡岭下村",
             "临江市青山经济开发区金桥路")
WORK_UNITS = ("青山县纺织厂", "个体经营", "务农", "青山县第二中学", "无业", "临江市某物流公司")
FORWARD_TO = ("青山县公安局", "青山县自然资源局", "青山县人民法院", "青山县信访局")


@dataclass
class Plan:
    state: str  # what the petition should end as
    ago: int  # days before today it was received
    triggers: tuple = ()
    collective: int = 0  # how many came, if a collective visit
    repeat: bool = False  # a repeat of an earlier petition of the same person
    transfer: bool = False  # handed to another officer on the way


_PLANS = (
    Plan("registered", 1), Plan("registered", 3, ("higher_level",)),
    Plan("registered_overdue", 12, ("threats", "repeat_visits"), repeat=True),
    Plan("procedural", 20), Plan("procedural", 45, transfer=True),
    Plan("procedural", 88, ("collective",), collective=6),
    Plan("result_overdue", 100, ("media",)),
    Plan("in_handling", 125, transfer=True), Plan("in_handling", 150, ("repeat_visits",),
                                                   repeat=True),
    Plan("follow_up_overdue", 160, ("collective", "higher_level"), collective=8),
    Plan("result", 60), Plan("result", 110, ("repeat_visits",), repeat=True),
    Plan("settled", 200, ("threats",)), Plan("settled", 170), Plan("settled", 95),
    Plan("concluded", 180, ("repeat_visits", "higher_level"), repeat=True),
    Plan("terminated", 230, ("media", "repeat_visits")),
    Plan("withdrawn", 40), Plan("forwarded", 9), Plan("forwarded_closed", 70),
    Plan("forwarded_closed", 140), Plan("settled", 30, transfer=True),
)


class _People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.surnames = [s for s, _ in names.SURNAMES]
        self.weights = [w for _, w in names.SURNAMES]

    def name(self, female: bool) -> str:
        chars = names.FEMALE_CHARS if female else names.MALE_CHARS
        given = self.rng.choice(chars + names.SHARED_CHARS)
        if self.rng.random() < names.TWO_CHAR_GIVEN_NAME:
            given += self.rng.choice(chars)
        return self.rng.choices(self.surnames, self.weights)[0] + given

    def id_number(self, female: bool, today: date) -> str:
        born = today - timedelta(days=self.rng.randint(22 * 365, 72 * 365))
        seq = self.rng.randint(10, 99) * 10 + (self.rng.choice((0, 2, 4, 6, 8)) if female
                                                 else self.rng.choice((1, 3, 5, 7, 9)))
        first17 = f"{names.UNIT_CODE}{born:%Y%m%d}{seq:03d}"
        return first17 + id_check_char(first17)

    def petitioner(self, today: date) -> PetitionerInput:
        female = self.rng.random() < 0.45
        return PetitionerInput(
            name=self.name(female), id_number=self.id_number(female, today)
            if self.rng.random() < 0.8 else "",
            phone=f"1{self.rng.choice('3589')}{self.rng.randint(0, 999999999):09d}",
            address=self.rng.choice(ADDRESSES) + f"{self.rng.randint(1, 99)}号",
            work_unit=self.rng.choice(WORK_UNITS))


def fill_petitions(path: Path | str, *, today: date, seed: int = 1) -> list[str]:
    """Register and work the demo petitions; returns their ids in plan order."""
    from desktop.services.demo_workflow import Actors

    rng = random.Random(seed * 7919 + 4)
    people = _People(rng)
    actors = Actors(path)
    try:
        requests = [r[0] for r in actors.reader.execute(
            "SELECT id FROM arrest_requests WHERE deleted_at IS NULL ORDER BY received_date "
            "DESC LIMIT 20")]
        earlier: list[tuple[str, PetitionerInput, date]] = []
        ids = []
        for i, plan in enumerate(_PLANS):
            ids.append(_one(actors, people, rng, today, i, plan, earlier, requests))
        return ids
    finally:
        actors.close()


def _one(actors, people: _People, rng: random.Random, today: date, i: int, plan: Plan,
         earlier: list, requests: list[str]) -> str:
    received = today - timedelta(days=plan.ago)
    kind = TYPES[i % len(TYPES)]
    channel = CHANNELS[(i + i // len(TYPES)) % len(CHANNELS)]
    if plan.collective:
        channel = Channel.VISIT.value
    repeat_of, petitioners = None, [people.petitioner(today)]
    if plan.repeat:
        before = [e for e in earlier if e[2] < received]
        if before:
            repeat_of, first, _ = rng.choice(before)
            petitioners = [first]
    if plan.collective:
        petitioners += [people.petitioner(today) for _ in range(2)]
    handler = actors.officers[i % len(actors.officers)]
    office = actors[handler]
    summary = rng.choice(SUMMARIES[kind])
    data = PetitionInput(
        received_on=received, channel=channel, petition_type=kind, summary=summary,
        petitioners=petitioners, concerns_procuratorate=kind in ("accusation", "appeal"),
        petitioner_count=plan.collective or len(petitioners), collective=bool(plan.collective),
        related_case=f"青公刑立字〔{received.year}〕{rng.randint(100, 999)}号"
        if kind in ("appeal", "accusation") else "",
        request_id=requests[i % len(requests)] if kind == "appeal" and requests else None,
        repeat_of_id=repeat_of, risk_triggers=list(plan.triggers),
        attachments=[AttachmentInput("来信扫描件.pdf", _letter(summary))]
        if channel == Channel.LETTER.value else [])
    pid = register_petition(office, data, today=today)
    earlier.append((pid, petitioners[0], received))
    _work(actors, office, handler, pid, plan, received, today, rng)
    return pid


def _letter(summary: str) -> bytes:
    """A small stand-in for a scanned letter: a text file's bytes with the matter in it."""
    return f"信访件扫描件（演示数据）\n{summary}\n".encode()


def _day(received: date, offset: int, today: date) -> date:
    return min(received + timedelta(days=offset), today)


def _work(actors, office, handler: str, pid: str, plan: Plan, received: date, today: date,
          rng: random.Random) -> None:  # noqa: C901 (one branch per demo state)
    state = plan.state
    if plan.transfer:
        other = actors.other_officer(handler)
        W.transfer_handler(office, pid, to_handler_id=other, today=today,
                           transferred_on=_day(received, 2, today),
                           reason=rng.choice(("原承办人借调至市院", "涉及本人承办案件，依规回避",
                                              "工作调整，移交刑事检察部门办理")))
        office = actors[other]
    if state in ("registered", "registered_overdue"):
        return
    if state.startswith("forwarded"):
        W.forward(office, pid, W.ForwardInput(_day(received, 3, today),
                                              rng.choice(FORWARD_TO), "written"), today=today)
        if state == "forwarded_closed":
            W.close_petition(office, pid, W.ClosureInput("forwarded", _day(received, 20, today)),
                             today=today)
        return
    reply = W.ReplyInput(_day(received, rng.randint(2, 6), today), "procedural",
                         rng.choice(("written", "phone", "in_person")),
                         "已收悉，本院已受理并指定专人办理")
    W.record_reply(office, pid, reply, today=today)
    if state in ("withdrawn",):
        W.close_petition(office, pid, W.ClosureInput("withdrawn", _day(received, 15, today),
                                                     "信访人表示问题已自行解决，书面撤回"),
                         today=today)
        return
    if state in ("procedural", "result_overdue"):
        return
    W.record_work(office, pid, W.WorkInput("explanation", _day(received, 20, today),
                                           "向信访人释明法律规定和案件办理程序",
                                           participants="承办检察官、信访人",
                                           outcome="信访人表示理解"), today=today)
    W.record_reply(office, pid, W.ReplyInput(_day(received, 80, today), "progress", "phone",
                                             "案件正在审查中，已调阅案卷"), today=today)
    if state == "follow_up_overdue":
        return
    if state == "in_handling":
        W.record_reply(office, pid, W.ReplyInput(_day(received, plan.ago - 5, today),
                                                 "progress", "phone",
                                                 "已听取办案单位意见，正在研究"), today=today)
        W.record_work(office, pid, W.WorkInput("counselling", _day(received, 100, today),
                                               "邀请心理咨询师对信访人进行心理疏导",
                                               participants="心理咨询师、承办检察官",
                                               outcome="情绪趋于平稳"), today=today)
        return
    W.record_reply(office, pid, W.ReplyInput(_day(received, min(plan.ago - 2, 88), today),
                                             "result", "in_person",
                                             "经审查，原处理决定认定事实清楚，适用法律正确，"
                                             "现将审查结果答复如下"), today=today)
    if state == "result":
        return
    closed_on = _day(received, min(plan.ago - 1, 95), today)
    if state == "settled":
        for kind, text, who, outcome in (
                ("reconciliation", "组织双方当面沟通，促成和解", "双方当事人、人民调解员",
                 "达成和解协议"),
                ("judicial_aid", "对生活困难的被害人家属给予司法救助", "信访人、承办检察官",
                 "发放救助金20000元"),
                ("public_hearing", "召开公开听证会，邀请听证员评议", "听证员三名、信访人",
                 "听证员一致认为原处理正确")):
            if plan.triggers or rng.random() < 0.7:  # a high-risk one gets every effort
                W.record_work(office, pid, W.WorkInput(kind, closed_on, text, who, outcome),
                              today=today)
        W.close_petition(office, pid, W.ClosureInput("settled", closed_on,
                                                     "信访人签署息诉罢访承诺书"), today=today)
    elif state == "concluded":
        W.close_petition(office, pid, W.ClosureInput("concluded", closed_on,
                                                     "已依法答复，信访人仍不满意"), today=today)
    elif state == "terminated":
        W.close_petition(office, pid, W.ClosureInput("terminated", closed_on,
                                                     "经复查复核，依法终结"), today=today)
