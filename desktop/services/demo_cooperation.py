"""Demo data: a year of the cooperation log of the investigation-supervision and cooperation
office (侦查监督与协作配合办公室) sited in the county police's case-handling centre, through
desktop.services.cooperation_log — every kind of entry each month in realistic numbers, joint
督办 items and rectification follow-ups done and open, two of them overdue and two due within
three days, so the dashboard shows them. Deterministic for a seed and a `today`."""
from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from desktop.services import cooperation_log as svc
from desktop.services import demo_names as names
from desktop.services.office import Office, open_office

_CASES = (  # (案由, what the consultation or early involvement was about)
    ("故意杀人案", "现场勘查与尸检意见，侦查方向"),
    ("电信网络诈骗案", "资金流向查证与被害人分布"),
    ("非法吸收公众存款案", "涉案金额认定与集资参与人"),
    ("寻衅滋事案", "恶势力团伙认定"),
    ("故意伤害（致人重伤）案", "伤情鉴定与正当防卫界限"),
    ("盗窃案", "多次盗窃的证据收集"),
    ("危险驾驶案", "血液酒精含量鉴定程序"),
    ("帮助信息网络犯罪活动案", "明知的认定与银行卡流水"),
    ("非法占用农用地案", "两法衔接移送材料"),
    ("开设赌场案", "网络赌场参赌人数与抽头金额"),
)
_CONSULT_OUTCOMES = ("意见一致：证据已达逮捕条件，可提请批准逮捕", "需补充调取监控录像和证人证言后再提请",
                     "暂不具备立案条件，建议继续初查", "对罪名认定形成一致意见")
_MEASURES = ("detention", "detention", "bail", "bail", "residential_surveillance", "arrest",
             "changed", "released", "summons", "designated_residence")
_MEASURE_TEXT = {"detention": "刑事拘留", "bail": "取保候审", "residential_surveillance": "监视居住",
                 "arrest": "执行逮捕", "changed": "变更强制措施为取保候审", "released": "解除强制措施并释放",
                 "summons": "拘传", "designated_residence": "指定居所监视居住"}
_SUPERVISION = ("督促补充完善电子数据证据", "积案清理：督促侦查终结", "涉企案件久侦不结，联合督促办理",
                "督促追缴违法所得", "督促对在逃犯罪嫌疑人上网追逃")
_RECTIFICATION = ("询问笔录未记录起止时间，督促整改", "扣押物品清单未由见证人签名，督促整改",
                  "讯问同步录音录像不完整，督促整改", "未及时通知家属，督促建立通知台账")
_MEETINGS = ("季度联席会议：通报立案监督、侦查活动监督情况", "联席会议：研究电信网络诈骗案件证据标准",
             "联席会议：规范取保候审适用", "两长联席会议：部署积案清理")


def _person(rng: random.Random) -> str:
    surnames = [s for s, _w in names.SURNAMES]
    weights = [w for _s, w in names.SURNAMES]
    given = rng.choice(names.MALE_CHARS + names.SHARED_CHARS)
    if rng.random() < names.TWO_CHAR_GIVEN_NAME:
        given += rng.choice(names.MALE_CHARS + names.FEMALE_CHARS)
    return rng.choices(surnames, weights)[0] + given


class _Log:
    def __init__(self, offices: dict[str, Office], agencies: list[str], rng, today: date):
        self.offices, self.agencies, self.rng, self.today = offices, agencies, rng, today
        self.officers = list(offices)
        self.serial = 0

    def case_no(self, day: date) -> str:
        self.serial += 1
        return f"A{names.UNIT_CODE}{day:%Y%m}{self.serial:04d}"

    def add(self, day: date, kind: str, summary: str, *, agency: str | None = None, **kw) -> str:
        officer = self.rng.choice(self.officers)
        data = svc.EntryInput(kind=kind, occurred_on=day, summary=summary,
                              police_agency_id=agency or self.main_agency(), **kw)
        return svc.add_entry(self.offices[officer], data, today=self.today)

    def main_agency(self) -> str:
        # most information comes from the county police; some from the others
        return self.agencies[0] if self.rng.random() < 0.75 else self.rng.choice(self.agencies)

    def done(self, entry_id: str, day: date, outcome: str) -> None:
        svc.complete_item(self.offices[self.officers[0]], entry_id, day, outcome,
                          today=self.today)


def run_cooperation(path: Path | str, *, today: date, seed: int) -> int:
    """Fill the log for the year up to `today`; returns the number of entries."""
    rng = random.Random(seed * 7919 + 3)
    conn_office = open_office(path)
    try:
        conn = conn_office.reader
        users = conn.execute("SELECT username, display_name FROM users WHERE active AND "
                             "roles LIKE '%officer%' ORDER BY created_at").fetchall()
        agencies = [r[0] for r in conn.execute(
            "SELECT id FROM police_agencies WHERE deleted_at IS NULL ORDER BY created_at")]
        requests = [r[0] for r in conn.execute(
            "SELECT police_case_no FROM arrest_requests WHERE deleted_at IS NULL "
            "AND received_date >= ? ORDER BY received_date LIMIT 40",
            ((today - timedelta(days=330)).isoformat(),))]
    finally:
        conn_office.close()
    offices = {u: open_office(path, username=u) for u, _n in users}
    try:
        log = _Log(offices, agencies, rng, today)
        first = offices[users[0][0]]
        svc.save_office_record(first, svc.OfficeRecordInput(
            name=names.UNIT_NAME.replace("人民检察院", "") + "侦查监督与协作配合办公室",
            site="青山县公安局执法办案管理中心二楼", resident_prosecutor=users[0][1],
            police_liaison="县公安局法制大队 周志强", established_on=date(2022, 3, 15),
            duty_roster="；".join(f"周{d}：{users[i % len(users)][1]}"
                                 for i, d in enumerate("一二三四五"))), today=today)
        count = 0
        start = today - timedelta(days=364)
        for month in range(12):
            first_day = start + timedelta(days=month * 30)
            count += _month(log, first_day, requests, quarter_end=month % 3 == 2)
        count += _tracked(log)
        return count
    finally:
        for office in offices.values():
            office.close()


def _day(log: _Log, first_day: date) -> date:
    return min(first_day + timedelta(days=log.rng.randrange(30)), log.today)


def _month(log: _Log, first_day: date, requests: list[str], *, quarter_end: bool) -> int:
    rng, n = log.rng, 0
    for _ in range(rng.randint(2, 4)):
        case, topic = rng.choice(_CASES)
        subtype = rng.choice(("pre_arrest", "pre_arrest", "major_difficult", "filing"))
        link = rng.choice(requests) if requests and subtype == "pre_arrest" \
            and rng.random() < 0.5 else ""
        log.add(_day(log, first_day), "consultation", f"就{_person(rng)}{case}会商：{topic}",
                subtype=subtype, case_ref=link or case, request_case_no=link,
                participants=f"常驻检察官、办案民警{_person(rng)}、法制大队{_person(rng)}",
                outcome=rng.choice(_CONSULT_OUTCOMES))
        n += 1
    if rng.random() < 0.6:
        case, topic = rng.choice(_CASES[:5])
        log.add(_day(log, first_day), "early_involvement",
                f"适时介入{case}，就{topic}提出引导取证意见", case_ref=f"{_person(rng)}{case}",
                participants="捕诉部门负责人、承办检察官、刑侦大队",
                outcome="提出补充侦查意见五条，公安机关已采纳")
        n += 1
    for _ in range(rng.randint(4, 8)):
        day = _day(log, first_day)
        case, _t = rng.choice(_CASES)
        log.add(day, "police_filing", f"公安机关通报立案：{case.removesuffix('案')}",
                case_ref=log.case_no(day), person_name=_person(rng))
        n += 1
    for _ in range(rng.randint(0, 2)):
        day = _day(log, first_day)
        log.add(day, "police_withdrawal", "公安机关通报撤销案件：经侦查不构成犯罪",
                case_ref=log.case_no(day), person_name=_person(rng))
        n += 1
    for _ in range(rng.randint(3, 6)):
        day = _day(log, first_day)
        measure = rng.choice(_MEASURES)
        log.add(day, "coercive_measure", f"公安机关通报对犯罪嫌疑人{_MEASURE_TEXT[measure]}",
                subtype=measure, case_ref=log.case_no(day), person_name=_person(rng))
        n += 1
    if quarter_end:
        log.add(_day(log, first_day), "joint_meeting", rng.choice(_MEETINGS),
                participants="检察院分管副检察长、捕诉部门；公安局分管副局长、法制大队、刑侦大队",
                outcome="形成会议纪要，明确分工和完成时限")
        n += 1
    return n


def _tracked(log: _Log) -> int:
    """Joint 督办 items and rectification follow-ups over the year: the old ones done, a few
    open — two overdue, two due within three days, the rest later."""
    rng, today, n = log.rng, log.today, 0
    # (kind, days ago entered, days given, done?)
    plan = [("joint_supervision", ago, 30, True) for ago in (340, 300, 250, 200, 160, 120, 90)]
    plan += [("rectification", ago, 15, True) for ago in (320, 230, 150, 70)]
    plan += [("joint_supervision", 40, 30, False),  # overdue by ten days
             ("rectification", 25, 20, False),  # overdue by five days
             ("joint_supervision", 28, 30, False),  # due in two days
             ("rectification", 14, 15, False),  # due tomorrow
             ("joint_supervision", 10, 60, False)]  # due later
    for kind, ago, days, done in plan:
        entered = today - timedelta(days=ago)
        case, _t = rng.choice(_CASES)
        text = rng.choice(_SUPERVISION if kind == "joint_supervision" else _RECTIFICATION)
        entry_id = log.add(entered, kind, text, case_ref=f"{_person(rng)}{case}"
                           if kind == "joint_supervision" else "",
                           due_on=entered + timedelta(days=days),
                           participants="公安局法制大队" if kind == "joint_supervision" else "",
                           outcome="约定完成时限，每周通报进展")
        if done:
            log.done(entry_id, min(entered + timedelta(days=rng.randint(5, days)), today),
                     "已按期完成，督办办结" if kind == "joint_supervision" else "已整改到位，回复整改报告")
        n += 1
    return n
