"""Reference data for the demo generator (services.demo): a fictional county procuratorate in
Jiangsu, its police agencies, and the weighted pools the suspects and charges are drawn from.
Weights are relative; they only need to look like a grassroots caseload, not match statistics.
"""
from __future__ import annotations

# -- the office -----------------------------------------------------------------------------
# The code is a real-looking Jiangsu county code so that ID numbers and police case numbers
# (which embed it) look consistent; the names are fictional.
UNIT_CODE = "320115"
UNIT_NAME = "青山县人民检察院"
UNIT_ABBR = "青检"
UPPER_CODE = "320100"
UPPER_NAME = "临江市人民检察院"
PASSWORD = "demo1234"

# (username, display name, share of the caseload); the first is created by create_office.
OFFICERS = (
    ("officer1", "陈静", 40),
    ("officer2", "王磊", 35),
    ("officer3", "刘思远", 25),
)

# (name, short name used in 提请批准逮捕书 numbers, kind). The first is the same-level police
# create_office already registers (default_police_agency); only its short name is set later.
AGENCIES = (
    ("青山县公安局", "青公", "main"),
    ("青山县公安局交通警察大队", "青公交", "traffic"),
    ("临江市森林公安局青山分局", "临森公青", "forest"),
    ("临江市公安局青山经济开发区分局", "临公开", "zone"),
    ("临江市公安局水上分局", "临公水", "water"),
)
# Share of ordinary (kind "main") cases that the development-zone and water police send instead.
ZONE_SHARE = 0.16
WATER_SHARE = 0.03

# -- charges --------------------------------------------------------------------------------
# (catalogue name, weight, chance of a joint crime, share of female suspects, agency kind,
#  grave: one of the crimes a 14–15 year old answers for, Criminal Law Art. 17 ¶2).
# 危险驾驶罪 is left out: its maximum penalty is 拘役, so it never reaches arrest review.
CHARGES = (
    ("盗窃罪", 190, 0.18, 0.08, "main", False),
    ("诈骗罪", 140, 0.30, 0.18, "main", False),
    ("帮助信息网络犯罪活动罪", 105, 0.35, 0.15, "main", False),
    ("故意伤害罪", 75, 0.25, 0.05, "main", True),
    ("寻衅滋事罪", 55, 0.45, 0.03, "main", False),
    ("开设赌场罪", 45, 0.55, 0.12, "main", False),
    ("走私、贩卖、运输、制造毒品罪", 50, 0.25, 0.15, "main", True),
    ("掩饰、隐瞒犯罪所得、犯罪所得收益罪", 45, 0.30, 0.15, "main", False),
    ("抢劫罪", 28, 0.45, 0.03, "main", True),
    ("强奸罪", 18, 0.05, 0.0, "main", True),
    ("聚众斗殴罪", 25, 1.0, 0.02, "main", False),
    ("非法吸收公众存款罪", 16, 0.40, 0.25, "main", False),
    ("合同诈骗罪", 16, 0.20, 0.15, "main", False),
    ("信用卡诈骗罪", 14, 0.10, 0.20, "main", False),
    ("妨害信用卡管理罪", 14, 0.35, 0.15, "main", False),
    ("侵犯公民个人信息罪", 14, 0.35, 0.20, "main", False),
    ("敲诈勒索罪", 16, 0.30, 0.05, "main", False),
    ("非法拘禁罪", 14, 0.55, 0.05, "main", False),
    ("抢夺罪", 7, 0.15, 0.05, "main", True),
    ("组织卖淫罪", 6, 0.50, 0.40, "main", False),
    ("引诱、容留、介绍卖淫罪", 8, 0.20, 0.45, "main", False),
    ("容留他人吸毒罪", 8, 0.05, 0.25, "main", False),
    ("非法持有毒品罪", 6, 0.10, 0.15, "main", False),
    ("强制猥亵、侮辱罪", 7, 0.0, 0.0, "main", False),
    ("猥亵儿童罪", 4, 0.0, 0.0, "main", False),
    ("组织、领导传销活动罪", 7, 0.50, 0.30, "main", False),
    ("职务侵占罪", 6, 0.10, 0.20, "main", False),
    ("非法经营罪", 6, 0.30, 0.15, "main", False),
    ("招摇撞骗罪", 4, 0.10, 0.10, "main", False),
    ("妨害公务罪", 4, 0.10, 0.05, "main", False),
    ("袭警罪", 5, 0.05, 0.02, "main", False),
    ("故意毁坏财物罪", 3, 0.30, 0.02, "main", False),
    ("拒不支付劳动报酬罪", 2, 0.0, 0.05, "main", False),
    ("生产、销售有毒、有害食品罪", 2, 0.20, 0.30, "main", False),
    ("放火罪", 1, 0.0, 0.10, "main", True),
    ("故意杀人罪", 2, 0.15, 0.10, "main", True),
    ("交通肇事罪", 4, 0.0, 0.03, "traffic", False),
    ("滥伐林木罪", 3, 0.20, 0.02, "forest", False),
    ("非法占用农用地罪", 2, 0.20, 0.05, "forest", False),
    ("危害珍贵、濒危野生动物罪", 2, 0.30, 0.02, "forest", False),
    ("非法捕捞水产品罪", 3, 0.40, 0.02, "water", False),
)
SECOND_CHARGE_RATE = 0.08
# Charges commonly requested together, by the first charge.
CHARGE_PAIRS = {
    "诈骗罪": ("侵犯公民个人信息罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪", "招摇撞骗罪"),
    "盗窃罪": ("诈骗罪", "抢夺罪", "故意毁坏财物罪"),
    "寻衅滋事罪": ("故意伤害罪", "聚众斗殴罪", "敲诈勒索罪"),
    "开设赌场罪": ("非法拘禁罪", "敲诈勒索罪"),
    "走私、贩卖、运输、制造毒品罪": ("容留他人吸毒罪", "非法持有毒品罪"),
    "帮助信息网络犯罪活动罪": ("妨害信用卡管理罪", "掩饰、隐瞒犯罪所得、犯罪所得收益罪"),
    "强奸罪": ("强制猥亵、侮辱罪", "非法拘禁罪"),
    "故意伤害罪": ("寻衅滋事罪", "妨害公务罪"),
}

# -- names ----------------------------------------------------------------------------------
# Surname frequencies per 10,000, roughly the 2020 census order, with Jiangsu's 陆顾钱沈 raised.
SURNAMES = (
    ("王", 710), ("李", 700), ("张", 650), ("刘", 540), ("陈", 460), ("杨", 310), ("黄", 240),
    ("赵", 230), ("吴", 200), ("周", 190), ("徐", 170), ("孙", 150), ("马", 130), ("朱", 140),
    ("胡", 130), ("郭", 120), ("何", 120), ("高", 110), ("林", 110), ("罗", 110), ("郑", 100),
    ("梁", 90), ("谢", 80), ("宋", 80), ("唐", 80), ("许", 75), ("韩", 70), ("冯", 70),
    ("邓", 70), ("曹", 70), ("彭", 60), ("曾", 60), ("肖", 60), ("田", 60), ("董", 50),
    ("袁", 50), ("潘", 50), ("于", 50), ("蒋", 55), ("蔡", 50), ("余", 50), ("杜", 50),
    ("叶", 50), ("程", 50), ("苏", 40), ("魏", 40), ("吕", 40), ("丁", 45), ("任", 40),
    ("沈", 55), ("姚", 40), ("卢", 40), ("姜", 40), ("崔", 30), ("钟", 30), ("谭", 30),
    ("陆", 45), ("汪", 35), ("范", 30), ("金", 30), ("石", 30), ("廖", 30), ("贾", 30),
    ("夏", 30), ("韦", 30), ("付", 30), ("方", 30), ("白", 30), ("邹", 30), ("孟", 30),
    ("熊", 30), ("秦", 30), ("邱", 30), ("江", 30), ("尹", 30), ("薛", 25), ("闫", 20),
    ("段", 20), ("雷", 20), ("侯", 20), ("龙", 20), ("史", 20), ("陶", 20), ("黎", 15),
    ("贺", 20), ("顾", 35), ("毛", 20), ("郝", 20), ("龚", 20), ("邵", 20), ("万", 20),
    ("钱", 30), ("严", 20), ("武", 20), ("戴", 20), ("孔", 15), ("汤", 20), ("缪", 10),
    ("单", 10), ("葛", 15), ("仲", 8), ("殷", 10), ("欧阳", 4), ("诸葛", 1), ("司马", 1),
)
MALE_CHARS = ("伟强磊军勇杰涛明超刚平辉鹏华飞斌波宇浩凯健俊帆帅旭宁龙林洋阳峰建国东志海亮"
              "成晨鑫博然轩天振兵春金荣永德忠祥贵福生友彬亚涵航铭翔宏胜兴山")
FEMALE_CHARS = ("芳娜敏静丽艳娟霞秀玲燕红梅莉婷雪慧琳倩颖洁丹晶欣萍蓉月怡悦琪雯思雨梦兰凤英"
                "桂琴翠美琼露瑶")
SHARED_CHARS = "文明晓小佳晨子一新玉海嘉雅立"
TWO_CHAR_GIVEN_NAME = 0.72

# -- ID numbers -----------------------------------------------------------------------------
# Where suspects' numbers were issued: this county, the rest of Jiangsu, and the provinces
# most migrant workers in Jiangsu come from.
LOCAL_SHARE = 0.55
PROVINCE_SHARE = 0.25  # the rest of Jiangsu; the remainder is other provinces
PROVINCE_REGIONS = (
    "320102", "320104", "320105", "320106", "320111", "320113", "320114", "320116", "320117",
    "320118", "320205", "320206", "320211", "320213", "320214", "320281", "320282", "320302",
    "320321", "320322", "320324", "320381", "320382", "320402", "320411", "320412", "320481",
    "320505", "320506", "320507", "320508", "320581", "320582", "320583", "320585", "320602",
    "320612", "320623", "320681", "320682", "320685", "320703", "320706", "320722", "320723",
    "320724", "320803", "320804", "320812", "320826", "320830", "320831", "320902", "320903",
    "320921", "320922", "320923", "320924", "320925", "320981", "321002", "321003", "321023",
    "321081", "321084", "321102", "321111", "321181", "321182", "321183", "321202", "321203",
    "321281", "321282", "321283", "321302", "321311", "321322", "321323", "321324",
)
OTHER_REGIONS = (
    "341122", "341125", "341221", "341222", "341225", "341226", "341321", "341322", "341323",
    "341324", "340102", "340104", "411526", "411527", "411528", "411623", "411625", "411627",
    "410102", "511621", "511623", "510122", "522422", "522425", "371321", "371323", "421087",
    "362427", "452226", "532128", "230102", "130102",
)

# Age at the offence: (lowest, highest, weight) for adults.
ADULT_AGES = ((18, 24, 22), (25, 34, 33), (35, 44, 24), (45, 54, 14), (55, 64, 5.5),
              (65, 70, 1.5))
JUVENILE_RATE = 0.06

# -- counsel --------------------------------------------------------------------------------
LAW_FIRMS = (
    "江苏青衡律师事务所", "江苏临江明理律师事务所", "江苏致远律师事务所", "江苏金诚律师事务所",
    "江苏正平律师事务所", "江苏青山律师事务所", "江苏守正律师事务所",
)
LEGAL_AID = "青山县法律援助中心"
COUNSEL_RATE = 0.25

NOTE_EXTENDED_DETENTION = ("系流窜作案，提请审查批准时间延长至三十日", "系多次作案，提请审查批准时间延长至三十日",
                           "系结伙作案，提请审查批准时间延长至三十日")
NOTE_PRIOR = "犯罪嫌疑人有前科"

# The chief procurator (检察长), who approves refusals for no crime or insufficient evidence
# (RPR 285 ¶3), 复议 decisions and RPR 288 demands; also an approver.
CHIEF = ("chief1", "李建国", "approver,chief")
NOTE_RESUBMITTED = "补充侦查后重新提请批准逮捕"

# -- the review workflow (demo_workflow) ------------------------------------------------------
ASSISTANTS = ("周晓雯", "孙浩", "吴婷婷", "郑宇航", "钱佳怡")  # 检察官助理, the second interrogator
FEMALE_OFFICERS = ("陈静",)  # RPR 465: a female prosecutor present for a girl
DETENTION_CENTRE = "青山县看守所"
OWN_ROOM = "青山县人民检察院讯问室"
PARENT_GIVEN = ("建华", "国强", "秀英", "桂芳", "志刚", "美兰")
OPINION_FORM_NOTE = "犯罪嫌疑人已填写意见书并签名捺印"
COUNSEL_ARGUMENTS = {
    "no_social_danger": "犯罪嫌疑人系初犯，到案后如实供述，已积极退赔，无社会危险性，建议不予批准逮捕",
    "unsuitable_for_custody": "犯罪嫌疑人患有高血压等疾病，家中有年迈父母需要照料，不适宜羁押",
}
COUNSEL_NOT_ADOPTED = "犯罪嫌疑人到案前曾更换住所逃避侦查，现有证据证明其可能逃跑，辩护意见不予采纳"
# (circumstance, facts, evidence): CPL 81 ¶1, with what supports it (RPR 135)
DANGERS = (
    ("suicide_or_flight", "案发后更换手机号码并潜逃外地，经网上追逃到案",
     "抓获经过、出行记录、证人证言"),
    ("new_crime", "两年内因盗窃被行政处罚两次，无固定职业和收入来源",
     "行政处罚决定书、犯罪嫌疑人供述"),
    ("evidence_tampering", "同案人尚未到案，犯罪嫌疑人曾要求证人改变证言",
     "证人证言、通话记录"),
    ("retaliation", "曾扬言报复举报人，并到其住处滋扰", "被害人陈述、证人证言、出警记录"),
    ("serious_danger", "纠集多人持械在公共场所斗殴，造成恶劣社会影响",
     "监控录像、证人证言、现场勘验笔录"),
)
APPROVE_REASONING = (
    "犯罪嫌疑人涉嫌犯罪的事实有证据证明，可能判处徒刑以上刑罚，采取取保候审尚不足以防止发生社会危险性，"
    "符合逮捕条件。",
    "现有证据能够证明犯罪事实系犯罪嫌疑人所为，其有逃跑和继续犯罪的现实可能，应当批准逮捕。",
)
REFUSE_REASONING = {
    "no_social_danger": "犯罪嫌疑人系初犯，认罪悔罪，已赔偿被害人损失并取得谅解，采取取保候审足以防止发生"
                        "社会危险性，不需要逮捕。",
    "insufficient_evidence": "现有证据之间存在矛盾且无法排除，不能证明犯罪行为系犯罪嫌疑人所为，需要补充侦查。",
    "no_crime": "犯罪嫌疑人的行为系民事纠纷引起，情节显著轻微、危害不大，不认为是犯罪。",
}
NOT_EXECUTED = "犯罪嫌疑人在取保候审期间下落不明，正在追捕"
RECONSIDERATION_GROUNDS = "犯罪嫌疑人有多次作案嫌疑，不逮捕可能继续犯罪"
RECONSIDERATION_REASONS = "经另行指派检察官审查，公安机关提出的理由不能成立，原不批准逮捕决定正确"
RECONSIDERATION_FINDING = "本院原不批准逮捕决定认定事实清楚，适用法律正确，你局要求复议的理由不能成立"
UPPER_REVIEW_GROUNDS = "不服复议决定，提请上一级人民检察院复核"
OMITTED_GIVEN = ("大勇", "二虎", "永刚", "海波", "志明")
OMITTED_REASONS = "审查中发现{name}伙同犯罪嫌疑人共同作案，有证据证明其有犯罪事实，符合逮捕条件而未提请批准逮捕"
OMITTED_FINDING = "伙同本案犯罪嫌疑人共同实施了犯罪行为，有证据证明有犯罪事实，符合逮捕条件"
POLICE_DECLINED = "该犯罪嫌疑人系从犯，拟另行处理"
DIRECT_DECISION_FINDING = "，公安机关不提请批准逮捕的理由不能成立"

# -- custody-necessity review (demo_custody) -----------------------------------------------
DEFENDERS = ("江苏青衡律师事务所 顾明律师", "江苏致远律师事务所 沈丽律师")
CUSTODY_APPLICATION_GROUNDS = (
    "犯罪嫌疑人已与被害人达成和解并履行完毕，患有严重疾病，申请变更强制措施",
    "犯罪嫌疑人认罪认罚，系家中唯一劳动力，申请取保候审",
)
CUSTODY_APPLICATION_EVIDENCE = "和解协议书、收条、病历资料"
CUSTODY_CENTRE_GROUNDS = "在押人员患有严重疾病，看守所建议进行羁押必要性审查"
CUSTODY_FACTS = "案件事实已基本查清，主要证据已收集固定"
CUSTODY_RECONCILIATION = "已与被害人达成和解协议并履行完毕"
CUSTODY_CONTINUE_REASONS = "同案犯尚未到案，犯罪嫌疑人可能串供，仍有继续羁押的必要"
CUSTODY_FINDING = ("犯罪嫌疑人{name}已与被害人达成和解协议并履行完毕，取得被害人谅解，可能判处三年有期徒刑以下"
                   "刑罚，采取取保候审不致发生社会危险性")
CUSTODY_ESCALATION = "公安机关收到建议书后十日以内未回复处理情况，依法提出纠正意见"
CUSTODY_REPLY = "采纳建议，已对犯罪嫌疑人变更强制措施为取保候审"
CUSTODY_REPLY_SHORT = "对犯罪嫌疑人{name}变更强制措施为取保候审"

# -- documents (demo_documents) ----------------------------------------------------------------
OFFICE_PHONE = "0515-88001234"
AID_REASON_POOR = "因经济困难申请法律援助，经审查符合法律援助条件"
VOID_REASON = "退回案卷材料册数有误，作废后重新制作"
CONTINUED_OUTLINE = ("一、查找并扣押作案工具，送检比对。\n"
                     "二、调取犯罪嫌疑人案发前后的通话记录和银行流水。")
SUPPLEMENTARY_OUTLINE = ("一、调取案发现场及周边道路的监控录像，查明案发经过。\n"
                         "二、再次询问证人，就证言中的矛盾作出说明。\n"
                         "三、委托鉴定机构补充说明致伤物的种类和形成机制。")
REFUSAL_REASONS = ("一、现有证据不能证明犯罪行为系犯罪嫌疑人所为，证人证言在案发时间、地点上存在矛盾，"
                   "且无法排除。\n二、鉴定意见与犯罪嫌疑人的供述不能相互印证。")
