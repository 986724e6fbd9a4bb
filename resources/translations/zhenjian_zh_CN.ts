<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New request…</source>
        <translation>新建受理(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a police request for approval of arrest</source>
        <translation>登记公安机关提请批准逮捕的案件</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>查找(&amp;S)…</translation>
    </message>
    <message>
        <source>Search the arrest-review list</source>
        <translation>在审查逮捕案件列表中查找</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>重新读取列表</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>工作台(&amp;D)</translation>
    </message>
    <message>
        <source>Deadlines falling due</source>
        <translation>即将届满和已逾期的办案期限</translation>
    </message>
    <message>
        <source>&amp;Arrest review</source>
        <translation>审查逮捕(&amp;A)</translation>
    </message>
    <message>
        <source>The register of requests for approval of arrest</source>
        <translation>提请批准逮捕案件登记表</translation>
    </message>
    <message>
        <source>&amp;Custody review</source>
        <translation>羁押必要性审查(&amp;C)</translation>
    </message>
    <message>
        <source>Post-arrest custody-necessity reviews</source>
        <translation>逮捕后羁押必要性审查</translation>
    </message>
    <message>
        <source>New c&amp;ustody review…</source>
        <translation>新建羁押必要性审查(&amp;U)…</translation>
    </message>
    <message>
        <source>Start a custody-necessity review of an arrested suspect</source>
        <translation>对已逮捕的犯罪嫌疑人启动羁押必要性审查</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>Language, database, this unit</source>
        <translation>界面语言、数据库、本院信息</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>关闭程序</translation>
    </message>
    <message>
        <source>&amp;About Zhenjian Desk</source>
        <translation>关于侦监台(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>版本与许可</translation>
    </message>
</context>
<context>
    <name>ArrestListPage</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Open (not decided)</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部承办检察官</translation>
    </message>
    <message>
        <source>Name, ID number, case number or charge</source>
        <translation>姓名、身份证号、案件编号或罪名</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): two characters of a name are enough</source>
        <translation>查找（Ctrl+F）：输入姓名中的两个字即可</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>承办检察官(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;ustody:</source>
        <translation>羁押情况(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示已逾期(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ArrestTableModel</name>
    <message>
        <source>Police case no.</source>
        <translation>公安案件编号</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>涉嫌罪名</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>羁押情况</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation>届满日期（剩余天数）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办检察官</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>提请批准逮捕</translation>
    </message>
    <message>
        <source>Review of a suspect</source>
        <translation>审查逮捕（犯罪嫌疑人）</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>status</source>
        <translation>办理状态</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>period end</source>
        <translation>期满日</translation>
    </message>
    <message>
        <source>extended over holidays</source>
        <translation>遇节假日顺延</translation>
    </message>
    <message>
        <source>detained</source>
        <translation>羁押</translation>
    </message>
    <message>
        <source>detained since</source>
        <translation>拘留日期</translation>
    </message>
    <message>
        <source>pleads guilty</source>
        <translation>认罪认罚</translation>
    </message>
    <message>
        <source>counsel</source>
        <translation>辩护人</translation>
    </message>
    <message>
        <source>police case no.</source>
        <translation>公安案件编号</translation>
    </message>
    <message>
        <source>request no.</source>
        <translation>提请批准逮捕书文号</translation>
    </message>
    <message>
        <source>request date</source>
        <translation>提请日期</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>major or complex</source>
        <translation>重大、复杂案件</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>承办检察官</translation>
    </message>
    <message>
        <source>charges</source>
        <translation>涉嫌罪名</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>time limit</source>
        <translation>办案期限</translation>
    </message>
    <message>
        <source>juvenile</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>police agency</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <source>offence date</source>
        <translation>犯罪日期</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1已变更</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>ChargePicker</name>
    <message>
        <source>Remove this charge</source>
        <translation>移除此罪名</translation>
    </message>
    <message>
        <source>Type part of a charge name, Enter to pick</source>
        <translation>输入罪名中的字词，回车选定</translation>
    </message>
    <message>
        <source>Type part of a name (盗窃, 帐簿) or an article number; Enter or Tab picks the highlighted charge; Backspace in the empty field removes the last one</source>
        <translation>输入罪名中的字词（如“盗窃”“帐簿”）或刑法条文号；回车或Tab选定高亮的罪名；输入框为空时按退格键删除最后一个罪名</translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <translation>第{article}条</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>A situation of RPR 579 is ticked: a recommendation to release or change the measure is required.</source>
        <translation>已勾选《规则》第五百七十九条情形：应当提出释放或者变更强制措施的建议。</translation>
    </message>
    <message>
        <source>A situation of RPR 580 is ticked: a recommendation may be made if the person shows remorse and would not endanger society.</source>
        <translation>已勾选《规则》第五百八十条情形：具有悔罪表现、不予羁押不致发生社会危险性的，可以提出建议。</translation>
    </message>
    <message>
        <source>Nothing ticked that calls for a recommendation.</source>
        <translation>未勾选需要提出建议的情形。</translation>
    </message>
    <message numerus="yes">
        <source>Ticked categories that are generally not released: %n.</source>
        <translation>
            <numerusform>勾选了一般不予释放或变更的情形：%n项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Factors of the custody review</source>
        <translation>羁押必要性审查情形</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>条文</translation>
    </message>
    <message>
        <source>Facts and evidence</source>
        <translation>事实和证据</translation>
    </message>
</context>
<context>
    <name>CustodyDetail</name>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation>（原届满日%1，遇节假日顺延）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>诉讼阶段</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>立案（收到）日期</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据材料</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>待办期限</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结案日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Factors found</source>
        <translation>审查认定的情形</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>释放或者变更强制措施建议</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>送达机关</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>回复期限</translation>
    </message>
    <message>
        <source>(custody period: not extended over holidays)</source>
        <translation>（羁押期间，不因节假日顺延）</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>纠正意见</translation>
    </message>
    <message>
        <source>Result told to the applicant</source>
        <translation>书面告知申请人</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>告知日期</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>告知对象</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>CustodyDialogs</name>
    <message>
        <source>%1 — %2, arrest approved %3</source>
        <translation>%1 — %2，%3批准逮捕</translation>
    </message>
    <message>
        <source>Arrested &amp;suspect:</source>
        <translation>已逮捕的犯罪嫌疑人(&amp;S)：</translation>
    </message>
    <message>
        <source>Started &amp;by:</source>
        <translation>启动方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation>诉讼阶段(&amp;G)：</translation>
    </message>
    <message>
        <source>Filed or &amp;received on:</source>
        <translation>立案或收到申请日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>申请人身份(&amp;A)：</translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation>申请人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>G&amp;rounds:</source>
        <translation>申请或建议理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence offered:</source>
        <translation>提供的证据材料(&amp;E)：</translation>
    </message>
    <message>
        <source>New custody-necessity review</source>
        <translation>新建羁押必要性审查</translation>
    </message>
    <message>
        <source>An application must be decided on within the period shown on the page; the applicant is told the result in writing (RPR 582).</source>
        <translation>依申请审查的，应当在页面所示期限内作出决定，并将审查结果书面告知申请人（《规则》第五百八十二条）。</translation>
    </message>
    <message>
        <source>No arrested suspect without an open review: a review starts only after arrest was approved.</source>
        <translation>没有可审查的已逮捕犯罪嫌疑人：羁押必要性审查只能在批准逮捕后启动。</translation>
    </message>
    <message>
        <source>&amp;Recommended measure:</source>
        <translation>建议措施(&amp;R)：</translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation>送达机关(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation>送达日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;easons and legal basis:</source>
        <translation>理由和法律依据(&amp;E)：</translation>
    </message>
    <message>
        <source>Recommend release or a change of measure</source>
        <translation>提出释放或者变更强制措施建议</translation>
    </message>
    <message>
        <source>The reply is due on %1. %2</source>
        <translation>回复期限为%1。%2</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Why custody is still needed:</source>
        <translation>有继续羁押必要的理由(&amp;W)：</translation>
    </message>
    <message>
        <source>Decide not to recommend</source>
        <translation>决定不提出建议</translation>
    </message>
    <message>
        <source>Custody continues</source>
        <translation>继续羁押</translation>
    </message>
    <message>
        <source>Reply &amp;received on:</source>
        <translation>收到回复日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>处理结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Measure taken:</source>
        <translation>采取的措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Content of the reply:</source>
        <translation>回复内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation>登记回复</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>提出日期(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>方式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Call for correction (no reply)</source>
        <translation>提出纠正意见（逾期未回复）</translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation>告知日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>告知对象(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Result told:</source>
        <translation>告知的审查结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Written result to the applicant</source>
        <translation>书面告知申请人审查结果</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>结案日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation>结案</translation>
    </message>
</context>
<context>
    <name>CustodyForm</name>
    <message>
        <source>This case no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
</context>
<context>
    <name>CustodyLabels</name>
    <message>
        <source>Own motion</source>
        <translation>依职权</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>依申请</translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation>看守所建议</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>侦查阶段</translation>
    </message>
    <message>
        <source>Prosecution review</source>
        <translation>审查起诉阶段</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>审判阶段</translation>
    </message>
    <message>
        <source>The suspect</source>
        <translation>犯罪嫌疑人本人</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <source>Close relative</source>
        <translation>近亲属</translation>
    </message>
    <message>
        <source>Defender</source>
        <translation>辩护人</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>释放</translation>
    </message>
    <message>
        <source>Bail pending trial</source>
        <translation>取保候审</translation>
    </message>
    <message>
        <source>Residential surveillance</source>
        <translation>监视居住</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <source>Partly adopted</source>
        <translation>部分采纳</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Recommended, awaiting reply</source>
        <translation>已提出建议，待回复</translation>
    </message>
    <message>
        <source>Custody still needed</source>
        <translation>有继续羁押必要</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>逾期未回复</translation>
    </message>
    <message>
        <source>Correction issued</source>
        <translation>已提出纠正意见</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Decide on the application</source>
        <translation>对申请作出决定</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <source>Notify the applicant</source>
        <translation>书面告知申请人</translation>
    </message>
    <message>
        <source>Must recommend (RPR 579)</source>
        <translation>应当提出建议（《规则》第五百七十九条）</translation>
    </message>
    <message>
        <source>May recommend (RPR 580)</source>
        <translation>可以提出建议（《规则》第五百八十条）</translation>
    </message>
    <message>
        <source>Review at once (2023 rules)</source>
        <translation>应当立即审查（2023年规定）</translation>
    </message>
    <message>
        <source>Generally not released (2023 rules, for information)</source>
        <translation>一般不予释放或变更（2023年规定，供参考）</translation>
    </message>
    <message>
        <source>This suspect&apos;s arrest was not approved: no custody review</source>
        <translation>该犯罪嫌疑人未经批准逮捕，不能进行羁押必要性审查</translation>
    </message>
    <message>
        <source>A review of this suspect is still open</source>
        <translation>该犯罪嫌疑人已有未结的羁押必要性审查</translation>
    </message>
    <message>
        <source>The date is earlier than {date}</source>
        <translation>日期早于{date}</translation>
    </message>
    <message>
        <source>This step does not fit the case&apos;s present state</source>
        <translation>案件当前状态下不能进行此操作</translation>
    </message>
    <message>
        <source>The review is already decided; the checklist is closed</source>
        <translation>审查已作出决定，情形清单不能再修改</translation>
    </message>
    <message>
        <source>No recommendation was made in this case</source>
        <translation>本案未提出建议</translation>
    </message>
    <message>
        <source>The reply period runs until {date}: correction only after that</source>
        <translation>回复期限至{date}届满，届满后方可提出纠正意见</translation>
    </message>
    <message>
        <source>Only a review started on an application has an applicant to tell</source>
        <translation>只有依申请启动的审查才需要告知申请人</translation>
    </message>
    <message>
        <source>The outcome is not known yet</source>
        <translation>审查结果尚未确定</translation>
    </message>
    <message>
        <source>Tell the applicant the result in writing first (RPR 582)</source>
        <translation>请先书面告知申请人审查结果（《规则》第五百八十二条）</translation>
    </message>
    <message>
        <source>From 1 to 60 days</source>
        <translation>应为1至60日</translation>
    </message>
    <message>
        <source>Unknown factor</source>
        <translation>未知的审查情形</translation>
    </message>
    <message>
        <source>not extended over holidays (the person is in custody)</source>
        <translation>不因节假日顺延（在押）</translation>
    </message>
    <message>
        <source>extended over holidays (CPL Art. 105)</source>
        <translation>遇节假日顺延（《刑事诉讼法》第一百零五条）</translation>
    </message>
    <message>
        <source>Decision on an application: %1 days (prosecution stage %2). Reply to a recommendation: %3 days, %4. Office setting.</source>
        <translation>依申请审查的决定期限：%1日（审查起诉阶段%2日）。建议回复期限：%3日，%4。本院设置。</translation>
    </message>
</context>
<context>
    <name>CustodyListPage</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Peri&amp;ods…</source>
        <translation>期限设置(&amp;O)…</translation>
    </message>
    <message>
        <source>Suspect, case number or officer</source>
        <translation>犯罪嫌疑人、案件编号或承办人</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Started &amp;by:</source>
        <translation>启动方式(&amp;B)：</translation>
    </message>
    <message>
        <source>Open onl&amp;y</source>
        <translation>仅显示未结(&amp;Y)</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>仅显示已逾期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation>新建审查(&amp;N)…</translation>
    </message>
    <message>
        <source>Fac&amp;tors…</source>
        <translation>审查情形(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Recommend…</source>
        <translation>提出建议(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Keep in custody…</source>
        <translation>不提出建议(&amp;K)…</translation>
    </message>
    <message>
        <source>Record re&amp;ply…</source>
        <translation>登记回复(&amp;P)…</translation>
    </message>
    <message>
        <source>Call for &amp;correction…</source>
        <translation>提出纠正(&amp;C)…</translation>
    </message>
    <message>
        <source>Notify &amp;applicant…</source>
        <translation>告知申请人(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>结案(&amp;L)…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>CustodySettingsDialog</name>
    <message>
        <source>Custody-review periods</source>
        <translation>羁押必要性审查期限</translation>
    </message>
    <message>
        <source>&amp;Decision on an application (days):</source>
        <translation>依申请审查的决定期限（日）(&amp;D)：</translation>
    </message>
    <message>
        <source>Decision at the &amp;prosecution stage (days):</source>
        <translation>审查起诉阶段决定期限（日）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Reply to a recommendation (days):</source>
        <translation>建议回复期限（日）(&amp;R)：</translation>
    </message>
    <message>
        <source>Result to the &amp;applicant (days):</source>
        <translation>告知申请人期限（日）(&amp;A)：</translation>
    </message>
    <message>
        <source>These are &amp;custody periods: not extended over holidays</source>
        <translation>按羁押期间计算，不因节假日顺延(&amp;C)</translation>
    </message>
    <message>
        <source>The law does not settle whether the reply period is a custody period; the person is in custody, so by default it ends on its calendar day (CPL Art. 105). The decision periods follow the 2023 rules as quoted by secondary sources; the period for the result notice is this office&apos;s choice. Changes apply to new periods.</source>
        <translation>法律未明确建议回复期限是否属于羁押期间；因当事人在押，默认至期满之日为止，不因节假日顺延（《刑事诉讼法》第一百零五条）。决定期限依据二手资料转引的2023年规定；告知申请人的期限由本院设置。修改只适用于此后开始计算的期限。</translation>
    </message>
</context>
<context>
    <name>CustodyTableModel</name>
    <message>
        <source>Police case no.</source>
        <translation>公安案件编号</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>诉讼阶段</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>待办期限</translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation>期限（剩余天数）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>… %n more: show them in the list</source>
        <translation>
            <numerusform>……另有 %n 件，在列表中查看</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrest review</source>
        <translation>审查逮捕</translation>
    </message>
    <message>
        <source>Custody review</source>
        <translation>羁押必要性审查</translation>
    </message>
    <message>
        <source>%1: no reply, call for correction</source>
        <translation>%1：逾期未回复，应提出纠正</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>已逾期（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>今日届满（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 3 days (%n)</source>
        <translation>
            <numerusform>3日内届满（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办案期限提醒</translation>
    </message>
    <message numerus="yes">
        <source>Today is %1. %n open item(s) fall due within three days or are overdue.</source>
        <translation>
            <numerusform>今天是%1。共有 %n 件未办结案件已逾期或将在3日内届满。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Case and suspects</source>
        <translation>案件编号及犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Charges, or what is due</source>
        <translation>罪名或待办事项</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
</context>
<context>
    <name>DatabaseMessages</name>
    <message>
        <source>The database %1 was written by a newer version of Zhenjian Desk. Install that version or a newer one to open it; the file has not been changed.</source>
        <translation>数据库 %1 由更新版本的侦监台创建。请安装该版本或更新的版本后再打开；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The file %1 is not a Zhenjian Desk database (it may be damaged or another kind of file).</source>
        <translation>文件 %1 不是侦监台数据库（可能已损坏，或是其他类型的文件）。</translation>
    </message>
    <message>
        <source>The database %1 has no procuratorate or no officer set up. Use &quot;zhenjian init&quot; or choose another file.</source>
        <translation>数据库 %1 尚未设置本院信息或检察官账户。请使用“zhenjian init”命令设置，或选择其他文件。</translation>
    </message>
    <message>
        <source>There is no database at %1 yet.</source>
        <translation>%1 处尚无数据库。</translation>
    </message>
    <message>
        <source>The database %1 is already open in another copy of Zhenjian Desk. Close that copy first.</source>
        <translation>数据库 %1 已在另一个侦监台窗口中打开。请先关闭该窗口。</translation>
    </message>
    <message>
        <source>The file %1 already holds a database.</source>
        <translation>文件 %1 中已有数据库。</translation>
    </message>
    <message>
        <source>Upgrading the database failed its integrity check. The copy made before the upgrade is %1.</source>
        <translation>数据库升级后未通过完整性检查。升级前的备份为 %1。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Zhenjian Desk cannot open the database</source>
        <translation>侦监台无法打开数据库</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>e.g. 1120</source>
        <translation>如 1120</translation>
    </message>
    <message>
        <source>Type 2026-11-20, 2026.11.20, 2026/11/20, 20261120 or 2026年11月20日; 11-20, 11.20 or 1120 mean this year</source>
        <translation>可输入 2026-11-20、2026.11.20、2026/11/20、20261120 或 2026年11月20日；11-20、11.20、1120 表示今年</translation>
    </message>
    <message>
        <source>There is no such day: {year}-{month:02d}-{day:02d}</source>
        <translation>日期不存在：{year}-{month:02d}-{day:02d}</translation>
    </message>
    <message>
        <source>Not a date; type e.g. 2026-11-20, 20261120 or 1120</source>
        <translation>不是有效日期，请输入如 2026-11-20、20261120 或 1120</translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Enter the police case number</source>
        <translation>请填写公安机关案件编号</translation>
    </message>
    <message>
        <source>Choose the police agency from the list</source>
        <translation>请从列表中选择公安机关</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of police agencies; choose one from the list</source>
        <translation>公安机关名录中没有“{name}”，请从列表中选择</translation>
    </message>
    <message>
        <source>The police agency&apos;s name is too short</source>
        <translation>公安机关名称过短</translation>
    </message>
    <message>
        <source>This police agency is already in the list</source>
        <translation>该公安机关已在列表中</translation>
    </message>
    <message>
        <source>Choose the officer in charge</source>
        <translation>请选择承办检察官</translation>
    </message>
    <message>
        <source>The request date is later than today</source>
        <translation>提请日期晚于今天</translation>
    </message>
    <message>
        <source>The received date is later than today</source>
        <translation>受理日期晚于今天</translation>
    </message>
    <message>
        <source>The request was received before the date it was written</source>
        <translation>受理日期早于提请日期</translation>
    </message>
    <message>
        <source>Pick at least one charge</source>
        <translation>请至少选择一个涉嫌罪名</translation>
    </message>
    <message>
        <source>Charge {code} is not in the charge catalogue</source>
        <translation>罪名目录中没有罪名 {code}</translation>
    </message>
    <message>
        <source>“{text}” is not picked yet: press Enter to choose a charge from the list</source>
        <translation>“{text}”尚未选定：请按回车从列表中选择罪名</translation>
    </message>
    <message>
        <source>No charge name contains “{text}”</source>
        <translation>没有包含“{text}”的罪名</translation>
    </message>
    <message>
        <source>Add at least one suspect</source>
        <translation>请至少添加一名犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Enter the suspect&apos;s name</source>
        <translation>请填写犯罪嫌疑人姓名</translation>
    </message>
    <message>
        <source>Enter the date of detention</source>
        <translation>请填写拘留日期</translation>
    </message>
    <message>
        <source>Detention cannot start after the request was received</source>
        <translation>拘留日期不能晚于受理日期</translation>
    </message>
    <message>
        <source>Detained more than 30 days before the request was received (CPL Art. 91)</source>
        <translation>拘留日期距受理日期超过三十日（《刑事诉讼法》第九十一条）</translation>
    </message>
    <message>
        <source>The offence date is later than today</source>
        <translation>案发日期晚于今天</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>The date is later than today</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>The ID number is empty</source>
        <translation>公民身份号码为空</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 for an old one)</source>
        <translation>公民身份号码应为18位（旧号码为15位）</translation>
    </message>
    <message>
        <source>Only digits are allowed, and X as the last character</source>
        <translation>只能包含数字，最后一位可以是X</translation>
    </message>
    <message>
        <source>The birth date in the number is not a real date</source>
        <translation>号码中的出生日期不存在</translation>
    </message>
    <message>
        <source>The birth date in the number is later than today</source>
        <translation>号码中的出生日期晚于今天</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is probably mistyped</source>
        <translation>校验码不符，可能有数字输错</translation>
    </message>
    <message>
        <source>Another suspect in this request has the same ID number</source>
        <translation>本案另一名犯罪嫌疑人的公民身份号码与此相同</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 for an old one); this one has {length}</source>
        <translation>公民身份号码应为18位（旧号码为15位），现为{length}位</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation>zh_CN</translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <source>Receipt and assignment</source>
        <translation>受理与分案</translation>
    </message>
    <message>
        <source>Police a&amp;gency</source>
        <translation>公安机关(&amp;G)</translation>
    </message>
    <message>
        <source>Request &amp;date</source>
        <translation>提请日期(&amp;D)</translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation>受理日期(&amp;V)</translation>
    </message>
    <message>
        <source>The review period runs from the day of receipt</source>
        <translation>审查期限自收到提请批准逮捕书之日起计算</translation>
    </message>
    <message>
        <source>&amp;Major or complex case</source>
        <translation>重大复杂案件(&amp;M)</translation>
    </message>
    <message>
        <source>Up to 20 days for a suspect not detained (RPR Art. 282)</source>
        <translation>未被拘留的犯罪嫌疑人，审查期限最长不超过二十日（《人民检察院刑事诉讼规则》第二百八十二条）</translation>
    </message>
    <message>
        <source>O&amp;fficer in charge</source>
        <translation>承办检察官(&amp;F)</translation>
    </message>
    <message>
        <source>Not&amp;e</source>
        <translation>备注(&amp;E)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Arrest approved</source>
        <translation>批准逮捕</translation>
    </message>
    <message>
        <source>Arrest refused</source>
        <translation>不批准逮捕</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回提请</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>部分批准逮捕</translation>
    </message>
    <message>
        <source>Detained</source>
        <translation>羁押</translation>
    </message>
    <message>
        <source>Not detained</source>
        <translation>未羁押</translation>
    </message>
    <message>
        <source>%1 (juvenile)</source>
        <comment>short mark after a name</comment>
        <translation>%1（未）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已办结</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日届满</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>剩余%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>due date (days left)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>3日内届满</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>未到期</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New request</source>
        <translation>新建受理</translation>
    </message>
    <message>
        <source>Registering requests is not available in this build.</source>
        <translation>此版本不能登记提请批准逮捕案件。</translation>
    </message>
    <message>
        <source>Request registered.</source>
        <translation>案件已登记。</translation>
    </message>
    <message>
        <source>The database was upgraded to this version; a backup copy was saved as %1.</source>
        <translation>数据库已升级到当前版本，升级前的备份已保存为 %1。</translation>
    </message>
    <message>
        <source>Holiday data could not be read: %1</source>
        <translation>无法读取节假日数据：%1</translation>
    </message>
    <message>
        <source>About Zhenjian Desk</source>
        <translation>关于侦监台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;侦监台 Zhenjian Desk %1&lt;/h3&gt;&lt;p&gt;Arrest review, supervision of investigations and petitions for a grassroots procuratorate.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer except sync packages and printouts.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;侦监台 Zhenjian Desk %1&lt;/h3&gt;&lt;p&gt;供基层人民检察院办理审查逮捕、侦查活动监督和涉检信访工作使用。&lt;/p&gt;&lt;p&gt;离线运行；除同步数据包和打印件外，任何数据都不会离开本机。&lt;/p&gt;&lt;p&gt;中文字体：文泉驿微米黑（Apache License 2.0）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Arrest review</source>
        <translation>审查逮捕</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Custody review</source>
        <translation>羁押必要性审查</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>当前用户：%1</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Upgrading the database for this version of the program. A backup copy is made first; this may take a minute…</source>
        <translation>正在将数据库升级到本版本程序所需的格式。升级前会先备份原数据库，可能需要一分钟左右……</translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Discard this request?</source>
        <translation>放弃本次登记？</translation>
    </message>
    <message>
        <source>The data you typed has not been saved. Close and discard it?</source>
        <translation>已输入的内容尚未保存。确定关闭并放弃吗？</translation>
    </message>
    <message>
        <source>New police agency</source>
        <translation>新增公安机关</translation>
    </message>
    <message>
        <source>“{name}” is not in the list of police agencies. Add it to the list and save the request?</source>
        <translation>“{name}”不在公安机关列表中。是否将其加入列表并保存本次受理？</translation>
    </message>
    <message>
        <source>Register a request for approval of arrest</source>
        <translation>受理提请批准逮捕</translation>
    </message>
    <message>
        <source>Police &amp;case no.</source>
        <translation>公安机关案件编号(&amp;C)</translation>
    </message>
    <message>
        <source>as written on the request</source>
        <translation>按提请批准逮捕书填写</translation>
    </message>
    <message>
        <source>Re&amp;quest no.</source>
        <translation>提请批准逮捕书文号(&amp;Q)</translation>
    </message>
    <message>
        <source>number of the request for approval of arrest</source>
        <translation>如 某公（刑）提捕字〔2026〕88号</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>&amp;Add suspect</source>
        <translation>添加犯罪嫌疑人(&amp;A)</translation>
    </message>
    <message>
        <source>Add another suspect (Alt+A or Ctrl+Shift+N)</source>
        <translation>再添加一名犯罪嫌疑人（Alt+A 或 Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation>涉嫌罪名(&amp;H)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation>保存（Ctrl+回车 或 Ctrl+S）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter or Tab: next field · Ctrl+Enter: save · Esc: cancel</source>
        <translation>回车或Tab：下一项 · Ctrl+回车：保存 · Esc：取消</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>This request no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>charge (article)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Police agency:</source>
        <translation>公安机关：</translation>
    </message>
    <message>
        <source>Police case no.:</source>
        <translation>公安案件编号：</translation>
    </message>
    <message>
        <source>Request no.:</source>
        <translation>提请批准逮捕书文号：</translation>
    </message>
    <message>
        <source>Request date:</source>
        <translation>提请日期：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理日期：</translation>
    </message>
    <message>
        <source>Major or complex case:</source>
        <translation>重大、复杂案件：</translation>
    </message>
    <message>
        <source>Officer in charge:</source>
        <translation>承办检察官：</translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation>涉嫌罪名：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Request for approval of arrest</source>
        <translation>提请批准逮捕</translation>
    </message>
    <message>
        <source>Art. %1</source>
        <comment>Criminal Law article</comment>
        <translation>《刑法》第%1条</translation>
    </message>
    <message>
        <source>Art. %1-%2</source>
        <comment>supplementary article, e.g. 133之一</comment>
        <translation>《刑法》第%1条之%2</translation>
    </message>
    <message>
        <source>Suspect %1: %2</source>
        <translation>犯罪嫌疑人%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n周岁</numerusform>
        </translation>
    </message>
    <message>
        <source>(a juvenile at the time of the offence)</source>
        <translation>（犯罪时未成年）</translation>
    </message>
    <message>
        <source>Detained since %1</source>
        <translation>自%1起羁押</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>公民身份号码：</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>出生日期：</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Age:</source>
        <translation>年龄：</translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation>羁押情况：</translation>
    </message>
    <message>
        <source>Pleads guilty and accepts punishment:</source>
        <translation>认罪认罚：</translation>
    </message>
    <message>
        <source>Defence counsel:</source>
        <translation>辩护人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>办理状态：</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>决定日期：</translation>
    </message>
    <message>
        <source>Time limit ends:</source>
        <translation>办案期限届满：</translation>
    </message>
    <message>
        <source>The period&apos;s last day, %1, is a holiday; the limit is carried over to the first working day after it.</source>
        <translation>期间的最后一日（%1）为节假日，遇节假日顺延至节假日后的第一个工作日。</translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation>办案期限：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from receipt of the request</source>
        <translation>
            <numerusform>自收到提请批准逮捕书之日起%n日</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>法律依据：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>No holiday data for %1: only weekends were counted as holidays. Check this date against the State Council&apos;s holiday notice.</source>
        <translation>缺少%1年的节假日数据，计算时仅将周六、周日计为节假日。请对照国务院办公厅节假日安排通知核对该日期。</translation>
    </message>
    <message>
        <source>Arrest review: %1</source>
        <translation>审查逮捕：%1</translation>
    </message>
    <message>
        <source>&amp;Request and suspects</source>
        <translation>案件及犯罪嫌疑人(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>操作记录(&amp;H)（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Open another database</source>
        <translation>打开其他数据库</translation>
    </message>
    <message>
        <source>Zhenjian databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>侦监台数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation>立即生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation>打开其他数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>This procuratorate</source>
        <translation>本院信息</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>院名：</translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation>单位代码：</translation>
    </message>
    <message>
        <source>Abbreviation in document numbers:</source>
        <translation>文书机关代字：</translation>
    </message>
    <message>
        <source>Upper office:</source>
        <translation>上级院：</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>当前用户：</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Use 2 to 32 letters or digits.</source>
        <translation>请填写2至32位字母或数字。</translation>
    </message>
    <message>
        <source>The password needs at least 6 characters.</source>
        <translation>密码至少需要6个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>正在创建数据库…</translation>
    </message>
    <message>
        <source>Creating a demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
    <message>
        <source>Set up Zhenjian Desk</source>
        <translation>侦监台初始设置</translation>
    </message>
</context>
<context>
    <name>SuspectRow</name>
    <message>
        <source>Suspect {n}</source>
        <translation>犯罪嫌疑人{n}</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>公民身份号码(&amp;I)</translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation>18位</translation>
    </message>
    <message>
        <source>De&amp;tained</source>
        <translation>已拘留(&amp;T)</translation>
    </message>
    <message>
        <source>Detained (拘留) by the police: the review must end within 7 days</source>
        <translation>已被公安机关拘留：应当在收到提请批准逮捕书后七日以内作出决定</translation>
    </message>
    <message>
        <source>Detained &amp;since</source>
        <translation>拘留日期(&amp;S)</translation>
    </message>
    <message>
        <source>Pleads guilt&amp;y (认罪认罚)</source>
        <translation>认罪认罚(&amp;Y)</translation>
    </message>
    <message>
        <source>Co&amp;unsel</source>
        <translation>辩护人(&amp;U)</translation>
    </message>
    <message>
        <source>name and law firm</source>
        <translation>姓名及律师事务所</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this suspect from the request</source>
        <translation>从本次提请中移除该犯罪嫌疑人</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>born {birth} · {sex} · age {age}</source>
        <translation>{birth}出生 · {sex} · {age}周岁</translation>
    </message>
    <message>
        <source>{age} when detained</source>
        <translation>拘留时{age}周岁</translation>
    </message>
    <message>
        <source>old 15-digit number → {number}</source>
        <translation>15位旧号码 → {number}</translation>
    </message>
    <message>
        <source>Juvenile</source>
        <translation>未成年</translation>
    </message>
    <message>
        <source>Aged 75 or over</source>
        <translation>已满75周岁</translation>
    </message>
    <message>
        <source>Due date: enter the received date</source>
        <translation>届满日期：请先填写受理日期</translation>
    </message>
    <message>
        <source>{days} days, custody period: not extended over holidays</source>
        <translation>{days}日，羁押期间不顺延</translation>
    </message>
    <message>
        <source>{days} days; {raw} is a holiday, so extended to the next working day</source>
        <translation>{days}日，{raw}为节假日，遇节假日顺延</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source> ({how})</source>
        <translation>（{how}）</translation>
    </message>
    <message>
        <source>No holiday data for {year}: only weekends were counted</source>
        <translation>缺少{year}年节假日数据，仅按周末计算</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>_DemoPage</name>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
    <message numerus="yes">
        <source>Finish creates a demo database at %1 with %n invented request(s) of a fictional county procuratorate. Use it only to try the program; set up your own database for real cases.</source>
        <translation>
            <numerusform>点击“完成”将在 %1 创建演示数据库，内含一个虚构县级检察院的 %n 件虚构案件。演示数据库仅供试用；办理真实案件请设置本院自己的数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_OfficerPage</name>
    <message>
        <source>First officer</source>
        <translation>首位检察官账户</translation>
    </message>
    <message>
        <source>The account you will work with. More officers can be added later.</source>
        <translation>您日常使用的账户。其他检察官可以以后添加。</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>至少6个字符</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>确认密码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>Welcome to Zhenjian Desk</source>
        <translation>欢迎使用侦监台</translation>
    </message>
    <message>
        <source>There is no database at %1 yet. Set up your procuratorate to start work, or create a demo database with invented cases to try the program.</source>
        <translation>%1 处尚无数据库。请设置本院信息后开始工作，或创建一个含虚构案件的演示数据库试用本程序。</translation>
    </message>
    <message>
        <source>&amp;Set up my procuratorate</source>
        <translation>设置本院信息(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Create a &amp;demo database instead (%n invented request(s))</source>
        <translation>
            <numerusform>改为创建演示数据库(&amp;D)（含 %n 件虚构案件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data is not part of this installation.</source>
        <translation>本安装版本不含演示数据。</translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <source>Your procuratorate</source>
        <translation>本院信息</translation>
    </message>
    <message>
        <source>As it appears on official documents.</source>
        <translation>与法律文书上的写法一致。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>院名(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 青山县人民检察院</source>
        <translation>例如：青山县人民检察院</translation>
    </message>
    <message>
        <source>Unit &amp;code:</source>
        <translation>单位代码(&amp;C)：</translation>
    </message>
    <message>
        <source>letters or digits, e.g. 320101</source>
        <translation>字母或数字，例如：320101</translation>
    </message>
    <message>
        <source>&amp;Abbreviation in document numbers:</source>
        <translation>文书机关代字(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 青检</source>
        <translation>例如：青检</translation>
    </message>
    <message>
        <source>&amp;Upper office:</source>
        <translation>上级院(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. 临江市人民检察院</source>
        <translation>例如：临江市人民检察院</translation>
    </message>
</context>
</TS>
