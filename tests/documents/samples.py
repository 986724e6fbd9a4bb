"""Realistic extra fields for every document type: what the review and custody workflows
will pass (grounds, reasons, outline items, dates)."""

EXTRAS = {
    "approve_arrest": {"volumes": "2", "approver": "李检察长"},
    "refuse_arrest": {"refusal_ground": "insufficient_evidence", "volumes": "2",
                      "approver": "李检察长"},
    "refusal_reasons": {
        "refusal_number": "青检刑不捕〔2026〕3号",
        "reasons": "一、现有证据不能证明被害人的伤情系犯罪嫌疑人王小明所致。现场目击证人"
                   "陈某某与李某某的证言在案发时间、打击部位上存在矛盾，且无法排除。\n"
                   "二、伤情鉴定意见未说明致伤物，与犯罪嫌疑人的供述不能相互印证。"},
    "supplementary_outline": {
        "outline_items": "一、调取案发现场及周边道路的监控录像，查明案发经过。\n"
                         "二、再次询问证人陈某某、李某某，就案发时间和打击部位的矛盾作出说明。\n"
                         "三、委托鉴定机构补充说明致伤物的种类和形成机制。"},
    "continued_outline": {
        "outline_items": "一、查找并扣押作案工具，送检比对。\n"
                         "二、调取犯罪嫌疑人案发前后的通话记录和银行流水。"},
    "suspect_opinion": {},
    "reconsideration_decision": {
        "reconsideration_outcome": "upheld", "original_number": "青检刑不捕〔2026〕3号",
        "reconsideration_request_date": "2026年10月10日",
        "reconsideration_request_no": "青公复议字〔2026〕2号",
        "finding": "本院原不批准逮捕决定认定事实清楚，适用法律正确",
        "approver": "李检察长"},
    "require_arrest_request": {
        "suspect_name": "赵大勇",
        "finding": "伙同犯罪嫌疑人王小明共同实施了伤害行为，起主要作用"},
    "arrest_decision": {"suspect_name": "赵大勇", "suspect_sex": "男",
                        "suspect_birth": "1988年3月2日",
                        "suspect_id_number": "320101198803020017",
                        "finding": "，其未提请批准逮捕的理由不能成立"},
    "custody_change_recommendation": {
        "arrest_date": "2026年10月3日", "detention_centre": "青山县看守所",
        "finding": "犯罪嫌疑人王小明已与被害人达成和解协议并履行完毕，取得被害人谅解，"
                   "可能判处三年有期徒刑以下刑罚，采取取保候审不致发生社会危险性"},
    "custody_review_result": {
        "applicant_name": "王大山", "application_date": "2026年11月2日",
        "review_outcome": "recommended", "agency_replied": True,
        "agency_reply": "对犯罪嫌疑人王小明变更强制措施为取保候审"},
    "legal_aid_notice": {"legal_aid_agency": "青山县法律援助中心",
                         "detention_centre": "青山县看守所", "officer_phone": "0515-88001234"},
}
