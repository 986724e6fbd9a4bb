<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountLabels</name>
    <message>
        <source>Officer (承办检察官)</source>
        <translation>承办检察官</translation>
    </message>
    <message>
        <source>Approver (部门负责人)</source>
        <translation>审批人（部门负责人）</translation>
    </message>
    <message>
        <source>Chief procurator (检察长)</source>
        <translation>检察长</translation>
    </message>
    <message>
        <source>Clerk (内勤)</source>
        <translation>内勤</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Upper-office officer (上级院承办人)</source>
        <translation>上级院承办人</translation>
    </message>
    <message>
        <source>Upper-office approver (上级院审批人)</source>
        <translation>上级院审批人</translation>
    </message>
    <message>
        <source>register requests</source>
        <translation>登记受理案件</translation>
    </message>
    <message>
        <source>do the review work on a case</source>
        <translation>办理案件审查工作</translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation>审批决定</translation>
    </message>
    <message>
        <source>work on custody reviews</source>
        <translation>办理羁押必要性审查</translation>
    </message>
    <message>
        <source>work on supervision matters</source>
        <translation>办理侦查监督事项</translation>
    </message>
    <message>
        <source>work on petitions</source>
        <translation>办理信访</translation>
    </message>
    <message>
        <source>write in the cooperation log</source>
        <translation>记录协作配合台账</translation>
    </message>
    <message>
        <source>issue or void documents</source>
        <translation>出具或作废文书</translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation>修改本院设置</translation>
    </message>
    <message>
        <source>exchange sync packages</source>
        <translation>收发同步数据包</translation>
    </message>
    <message>
        <source>set up keys and sync partners</source>
        <translation>设置密钥和同步单位</translation>
    </message>
    <message>
        <source>write comments and directives to units</source>
        <translation>向下级院发出意见和督办</translation>
    </message>
    <message>
        <source>record 复核 decisions</source>
        <translation>录入复核决定</translation>
    </message>
    <message>
        <source>publish holiday schedules</source>
        <translation>发布节假日安排</translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation>管理用户账户</translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>open, save or print records</source>
        <translation>查阅、保存或打印记录</translation>
    </message>
    <message>
        <source>change its password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>create practice data</source>
        <translation>生成演示数据</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters and no spaces</source>
        <translation>用户名为 2 至 32 个字符，不含空格</translation>
    </message>
    <message>
        <source>This user name is already taken</source>
        <translation>该用户名已被使用</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>At most {max} characters</source>
        <translation>最多 {max} 个字符</translation>
    </message>
    <message>
        <source>Give the account at least one role</source>
        <translation>请至少为账户指定一个角色</translation>
    </message>
    <message>
        <source>The office must keep at least one active administrator</source>
        <translation>本院须至少保留一名有效的管理员</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account</source>
        <translation>不能停用自己的账户</translation>
    </message>
    <message>
        <source>The password needs at least {min} characters</source>
        <translation>密码至少需要 {min} 个字符</translation>
    </message>
    <message>
        <source>The present password is not right</source>
        <translation>当前密码不正确</translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <source>Log-in stays on while the office has {count} active accounts</source>
        <translation>本院有 {count} 个有效账户，须保持登录验证</translation>
    </message>
    <message>
        <source>0 to {max} minutes</source>
        <translation>0 至 {max} 分钟</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Your account may not %1. Ask an administrator for the role that allows it.</source>
        <translation>您的账户无权%1。请向管理员申请相应的角色。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>密码错误次数过多，该账户已锁定。请 %n 分钟后再试，或请管理员重置密码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>密码错误。再错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>用户名或密码错误。再错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>您的角色：</translation>
    </message>
    <message>
        <source>Ask for a user name and password at start (needed once several people use the program)</source>
        <translation>启动时要求输入用户名和密码（多人使用本程序时必须开启）</translation>
    </message>
    <message>
        <source>&amp;Lock the window after (minutes without input, 0 = never):</source>
        <translation>无操作多少分钟后锁定窗口（0 为从不）(&amp;L)：</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <source>User &amp;accounts…</source>
        <translation>用户账户(&amp;A)…</translation>
    </message>
</context>
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
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Packages to and from the upper office: export, import, push</source>
        <translation>与上级院往来的同步包：导出、导入、发送</translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation>文书登记(&amp;O)</translation>
    </message>
    <message>
        <source>The register of issued documents: open, print, void</source>
        <translation>已制作文书的登记簿：查看、打印、作废</translation>
    </message>
    <message>
        <source>Su&amp;pervision</source>
        <translation>监督(&amp;P)</translation>
    </message>
    <message>
        <source>Case-filing and investigation-activity supervision: notices to the police</source>
        <translation>立案监督和侦查活动监督：向公安机关发出的通知书</translation>
    </message>
    <message>
        <source>&amp;Petitions</source>
        <translation>涉检信访(&amp;P)</translation>
    </message>
    <message>
        <source>The petition register (涉检信访)</source>
        <translation>涉检信访登记簿</translation>
    </message>
    <message>
        <source>Coo&amp;peration log</source>
        <translation>协作配合台账(&amp;P)</translation>
    </message>
    <message>
        <source>The investigation-supervision and cooperation office&apos;s log: consultations, police information, joint supervision</source>
        <translation>侦查监督与协作配合办公室台账：会商、公安机关通报信息、联合督办</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>The indicators of a period, their trends and the workload; the records behind each figure</source>
        <translation>一个期间的统计指标、趋势和工作量；每个数字所对应的案件</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Cover the window until your password is entered again</source>
        <translation>遮盖窗口，直到再次输入您的密码</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Log in as another user; open windows are closed</source>
        <translation>以其他用户登录；已打开的窗口将关闭</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Who did what: the whole audit chain, its state, and each record&apos;s history</source>
        <translation>谁做了什么：完整的审计链、链的状态和每条记录的历史</translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation>导入登记表(&amp;I)…</translation>
    </message>
    <message>
        <source>Bring an existing register in from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入既有登记</translation>
    </message>
    <message>
        <source>Import &amp;police export…</source>
        <translation>导入公安机关共享信息(&amp;P)…</translation>
    </message>
    <message>
        <source>Make draft registrations from the police&apos;s shared data on requests for arrest</source>
        <translation>根据公安机关共享的提请批准逮捕信息生成待确认登记</translation>
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
    <name>AddUserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>初始密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ArrestListPage</name>
    <message numerus="yes">
        <source>Drafts from the police (%n)…</source>
        <translation>
            <numerusform>公安待确认登记（%n）…</numerusform>
        </translation>
    </message>
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
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>juvenile at the offence: opening the record is audited; the documents export leaves it out</source>
        <translation>作案时未成年：查阅本记录将留痕；文书导出不含本记录</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
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
        <source>Package received</source>
        <translation>接收数据包</translation>
    </message>
    <message>
        <source>Opened (sensitive)</source>
        <translation>查阅（敏感）</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>由备份恢复</translation>
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
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <source>Custody review</source>
        <translation>羁押必要性审查</translation>
    </message>
    <message>
        <source>Supervision matter</source>
        <translation>监督事项</translation>
    </message>
    <message>
        <source>Notice to the police</source>
        <translation>监督通知书</translation>
    </message>
    <message>
        <source>Police answer</source>
        <translation>公安机关回复</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Cooperation log entry</source>
        <translation>协作配合台账记录</translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation>已签发文书</translation>
    </message>
    <message>
        <source>Sync package</source>
        <translation>同步数据包</translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>Cooperation office</source>
        <translation>协作配合办公室</translation>
    </message>
    <message>
        <source>Defence counsel&apos;s opinion</source>
        <translation>辩护律师意见</translation>
    </message>
    <message>
        <source>Custody review checklist</source>
        <translation>羁押必要性审查要点</translation>
    </message>
    <message>
        <source>Custody review escalation</source>
        <translation>羁押必要性审查报请</translation>
    </message>
    <message>
        <source>Custody recommendation</source>
        <translation>羁押必要性审查建议</translation>
    </message>
    <message>
        <source>Reply to a custody recommendation</source>
        <translation>建议回复</translation>
    </message>
    <message>
        <source>Custody review result notice</source>
        <translation>审查结果通知</translation>
    </message>
    <message>
        <source>Execution receipt</source>
        <translation>执行回执</translation>
    </message>
    <message>
        <source>Demand for an omitted suspect</source>
        <translation>追捕意见</translation>
    </message>
    <message>
        <source>Petition attachment</source>
        <translation>信访附件</translation>
    </message>
    <message>
        <source>Petition handler transfer</source>
        <translation>信访承办人移交</translation>
    </message>
    <message>
        <source>Petition work record</source>
        <translation>信访办理记录</translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation>复议复核</translation>
    </message>
    <message>
        <source>Linked request</source>
        <translation>关联案件</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>审查要点</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>审查决定</translation>
    </message>
    <message>
        <source>Review hearing</source>
        <translation>审查听证</translation>
    </message>
    <message>
        <source>Interrogation of a suspect</source>
        <translation>讯问犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Social danger finding</source>
        <translation>社会危险性认定</translation>
    </message>
    <message>
        <source>Upper office&apos;s comment or directive</source>
        <translation>上级院意见或督办</translation>
    </message>
    <message>
        <source>Upper office&apos;s review decision</source>
        <translation>上级院复核决定</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>(more as you scroll)</source>
        <translation>（滚动加载更多）</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Chain not checked yet.</source>
        <translation>审计链尚未校验。</translation>
    </message>
    <message>
        <source>Check stopped after %1 of %2 entries; no break found so far.</source>
        <translation>校验在第 %1 条（共 %2 条）处停止；此前未发现断链。</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries checked.</source>
        <translation>
            <numerusform>审计链完整：已校验 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: the first broken link is entry %1 — %2</source>
        <translation>审计链断裂：第一处断链在第 %1 条——%2</translation>
    </message>
    <message>
        <source>it was altered after it was written</source>
        <translation>该条写入后被修改</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (re-hashed, reordered or replaced)</source>
        <translation>该条与前一条衔接不上（被重新计算哈希、调换顺序或替换）</translation>
    </message>
    <message>
        <source>entries before it were deleted</source>
        <translation>其前的条目被删除</translation>
    </message>
    <message>
        <source>the chain does not begin at entry 1</source>
        <translation>审计链不是从第 1 条开始</translation>
    </message>
    <message>
        <source>the newest entries were deleted</source>
        <translation>最新的条目被删除</translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation>校验审计链(&amp;C)</translation>
    </message>
    <message>
        <source>Walk the whole chain and report the first broken link</source>
        <translation>逐条校验整个审计链并报告第一处断链</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>记录(&amp;R)：</translation>
    </message>
    <message>
        <source>Search record id or detail (a full ID number finds its entries)</source>
        <translation>搜索记录编号或内容（输入完整身份证号可查到相关条目）</translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation>记录历史(&amp;H)…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
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
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
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
        <source>Record id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>%1 (the default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The backup key is made with the first backup and kept in this computer&apos;s keyring.</source>
        <translation>备份密钥在首次备份时生成，保存在本机的系统密钥环中。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the first backup asks for a passphrase that protects the backup key. Restoring asks for it.</source>
        <translation>本机没有系统密钥环：首次备份时需设置保护备份密钥的口令，恢复备份时需输入该口令。</translation>
    </message>
    <message>
        <source>Backups are encrypted; the key to open them is in this computer&apos;s keyring (key %1).</source>
        <translation>备份已加密；打开备份的密钥保存在本机的系统密钥环中（密钥 %1）。</translation>
    </message>
    <message>
        <source>Backups are encrypted; the key to open them is in a file protected by a passphrase (key %1).</source>
        <translation>备份已加密；打开备份的密钥保存在口令保护的文件中（密钥 %1）。</translation>
    </message>
    <message>
        <source>Backups are encrypted with key %1, which this computer does not hold: they can be restored only where it is kept.</source>
        <translation>备份使用密钥 %1 加密，本机没有该密钥：只能在保存该密钥的计算机上恢复。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Passphrase for the backup key</source>
        <translation>备份密钥的口令</translation>
    </message>
    <message>
        <source>This computer has no keyring, so the key that opens the backups is kept in a file encrypted with a passphrase. Backups are written without it; restoring one asks for it. Choose one of at least 8 characters and keep it safe: without it the backups cannot be opened.</source>
        <translation>本机没有系统密钥环，打开备份所需的密钥将保存在用口令加密的文件中。写入备份不需要口令，恢复备份时需要输入。请设置至少 8 个字符的口令并妥善保管：遗失口令将无法打开备份。</translation>
    </message>
    <message>
        <source>Save the backup key</source>
        <translation>保存备份密钥</translation>
    </message>
    <message>
        <source>The backups can be opened only with the backup key, which is on this computer. Save it as a file protected by a passphrase and keep the file and the passphrase apart from this computer (a safe, the office&apos;s IT contact): if this computer&apos;s disk is lost, they restore the backups on another one.</source>
        <translation>备份只能用备份密钥打开，而该密钥保存在本机上。请将其保存为口令保护的文件，并把文件和口令存放在本机以外的地方（保险柜、本院信息技术负责人）：本机硬盘损坏或丢失时，可凭它们在另一台计算机上恢复备份。</translation>
    </message>
    <message>
        <source>Backup key (*.zjbackupkey)</source>
        <translation>备份密钥 (*.zjbackupkey)</translation>
    </message>
    <message>
        <source>The backup key was saved as %1. Keep it and its passphrase away from this computer.</source>
        <translation>备份密钥已保存为 %1。请将该文件和口令存放在本机以外的地方。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Zhenjian backups (*.zjbak);;All files (*)</source>
        <translation>侦监台备份 (*.zjbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore the backup made %1 of %2 (%3 audit entries)?

Zhenjian Desk closes this database, checks the backup (integrity and audit chain), puts it in place of the database and opens it again. The database it replaces is kept next to it under a name with “replaced” and the time; whatever was entered after the backup is only there.</source>
        <translation>恢复 %2 于 %1 生成的备份（审计记录 %3 条）？

侦监台将关闭当前数据库，检查备份（完整性和审计链），用备份替换数据库后重新打开。被替换的数据库保留在同一文件夹中，文件名含“replaced”和时间；备份之后录入的内容只保存在该文件中。</translation>
    </message>
    <message>
        <source>Passphrase of the backup key:</source>
        <translation>备份密钥的口令：</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保留最近(&amp;K)：</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>上次备份：</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Older backups of this database in the folder are removed after each new one.</source>
        <translation>每次备份后，删除该文件夹中本数据库更早的备份。</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>默认(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save the key for another computer…</source>
        <translation>保存密钥供其他计算机使用(&amp;S)…</translation>
    </message>
    <message>
        <source>Another disk or a USB stick keeps the backups safe when this computer&apos;s disk fails.</source>
        <translation>备份放在另一块磁盘或U盘上，本机硬盘损坏时备份仍然安全。</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 is not there (is the USB stick plugged in?).</source>
        <translation>备份文件夹 %1 不存在（U盘是否已插入？）。</translation>
    </message>
    <message>
        <source>The disk of the backup folder %1 is full.</source>
        <translation>备份文件夹 %1 所在磁盘已满。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written.</source>
        <translation>备份文件夹 %1 无法写入。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>无法将备份写入 %1。</translation>
    </message>
    <message>
        <source>Backups are not set up yet: this computer has no keyring, so the backup key needs a passphrase. Use “Back up now” in Settings once.</source>
        <translation>尚未设置备份：本机没有系统密钥环，备份密钥需要口令。请在“设置”中点击一次“立即备份”。</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump).</source>
        <translation>PostgreSQL 数据库请在服务器上备份（pg_dump）。</translation>
    </message>
    <message>
        <source>This file is not a Zhenjian Desk backup.</source>
        <translation>该文件不是侦监台备份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Zhenjian Desk. Install that version or a newer one to restore it.</source>
        <translation>该备份由更新版本的侦监台生成。请安装该版本或更新版本后再恢复。</translation>
    </message>
    <message>
        <source>This backup holds a database of a newer version of Zhenjian Desk. Install that version or a newer one to restore it.</source>
        <translation>该备份中的数据库来自更新版本的侦监台。请安装该版本或更新版本后再恢复。</translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete (altered, or a copy that did not finish).</source>
        <translation>备份文件已损坏或不完整（被改动，或拷贝未完成）。</translation>
    </message>
    <message>
        <source>The backup does not verify: it was altered, or it was not made with this office&apos;s backup key.</source>
        <translation>备份校验失败：文件被改动，或并非用本院的备份密钥生成。</translation>
    </message>
    <message>
        <source>The backup was made with another backup key than the one on this computer.</source>
        <translation>该备份使用的备份密钥与本机保存的不同。</translation>
    </message>
    <message>
        <source>The database in the backup fails its integrity or audit-chain check.</source>
        <translation>备份中的数据库未通过完整性或审计链检查。</translation>
    </message>
    <message>
        <source>The database is open in another copy of Zhenjian Desk. Close it first.</source>
        <translation>数据库正在另一个侦监台程序中打开，请先关闭该程序。</translation>
    </message>
    <message>
        <source>The backup key is kept in a file protected by a passphrase: enter it.</source>
        <translation>备份密钥保存在口令保护的文件中：请输入口令。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>This computer does not hold this office&apos;s backup key.</source>
        <translation>本机没有本院的备份密钥。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The backup key on this computer is damaged.</source>
        <translation>本机的备份密钥已损坏。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>A backup or a sync is running; try again when it has finished.</source>
        <translation>正在备份或同步，请稍后再试。</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>Not restored; the database was not changed.</source>
        <translation>未恢复，数据库没有改动。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
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
    <name>CheckPage</name>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation>无法检查各行：%1</translation>
    </message>
    <message>
        <source>Will be imported: %1 new, %2 updated, %3 unchanged (already registered), %4 refused, %5 skipped.</source>
        <translation>将导入：新增 %1 条，更新 %2 条，未变 %3 条（已登记），拒收 %4 条，跳过 %5 条。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Row %1 differs from the register: %2 (not changed)</source>
        <translation>第 %1 行与登记不一致：%2（未修改）</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Correct the value here; the row is checked again</source>
        <translation>在此更正数值，该行将重新检查</translation>
    </message>
    <message>
        <source>Suggested charges…</source>
        <translation>建议罪名…</translation>
    </message>
    <message>
        <source>%1 row(s) will become drafts for you to confirm one by one; %2 are already registered or drafted. A draft&apos;s problems are shown when you open it.</source>
        <translation>%1 行将生成待确认登记，由您逐条确认；%2 行已登记或已有待确认登记。打开待确认登记时显示其问题。</translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation>生成待确认登记(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Nothing is written yet. Each new row becomes a draft registration, not a registration.</source>
        <translation>尚未写入任何数据。每个新行只生成待确认登记，不直接登记。</translation>
    </message>
    <message>
        <source>The rows that become drafts:</source>
        <translation>将生成待确认登记的行：</translation>
    </message>
    <message>
        <source>Nothing is written yet. Correct a problem row in the Value column, or skip it; refused rows are left out of the import.</source>
        <translation>尚未写入任何数据。可在“数值”列更正有问题的行，或跳过该行；被拒收的行不导入。</translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation>前几行（按保存后的样子）：</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>有问题的行：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
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
    <name>CooperationDetail</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Arrest request</source>
        <translation>提请批准逮捕案件</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation>台账记录</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>type</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>办结日期</translation>
    </message>
</context>
<context>
    <name>CooperationDialogs</name>
    <message>
        <source>New cooperation log entry</source>
        <translation>新增协作配合台账记录</translation>
    </message>
    <message>
        <source>Edit cooperation log entry</source>
        <translation>修改协作配合台账记录</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>会商类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>强制措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Agreed on (&amp;date):</source>
        <translation>确定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Police &amp;agency:</source>
        <translation>公安机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Arrest &amp;request (case no.):</source>
        <translation>关联提捕案件编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Suspect:</source>
        <translation>犯罪嫌疑人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>参加人员(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>内容摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation>办理期限(&amp;B)：</translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation>办结日期(&amp;N)：</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>承办人(&amp;F)：</translation>
    </message>
    <message>
        <source>Mark the item done</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>&amp;What came of it:</source>
        <translation>办理结果(&amp;W)：</translation>
    </message>
    <message>
        <source>Investigation-supervision and cooperation office</source>
        <translation>侦查监督与协作配合办公室</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>设置地点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resident prosecutor:</source>
        <translation>常驻检察官(&amp;R)：</translation>
    </message>
    <message>
        <source>Police &amp;liaison:</source>
        <translation>公安联络人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation>成立日期(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Duty roster:</source>
        <translation>值班安排(&amp;D)：</translation>
    </message>
    <message>
        <source>会商: consultation with the police on a case, before an arrest request, on a major or difficult case, or on whether to file.</source>
        <translation>会商：与公安机关就个案会商，包括捕前会商、重大疑难复杂案件会商和立案会商。</translation>
    </message>
    <message>
        <source>提前介入: taking part early in a major case; note the opinions given on evidence and the direction of the investigation.</source>
        <translation>提前介入：适时介入重大案件侦查活动，记录就证据收集和侦查方向提出的意见。</translation>
    </message>
    <message>
        <source>Information the police sent: a case they filed (立案).</source>
        <translation>公安机关通报的立案信息。</translation>
    </message>
    <message>
        <source>Information the police sent: a case they withdrew (撤案).</source>
        <translation>公安机关通报的撤案信息。</translation>
    </message>
    <message>
        <source>Information the police sent: a coercive measure taken, changed or lifted (强制措施).</source>
        <translation>公安机关通报的采取、变更或解除强制措施信息。</translation>
    </message>
    <message>
        <source>联合督办: tracked until done; the dashboard shows it when the due date is near.</source>
        <translation>联合督办：跟踪至办结；临近期限时在工作台提示。</translation>
    </message>
    <message>
        <source>联席会议: who took part, what was discussed and agreed.</source>
        <translation>联席会议：记录参加人员、研究事项和议定事项。</translation>
    </message>
    <message>
        <source>整改跟踪: a rectification the police promised, tracked until done.</source>
        <translation>整改跟踪：公安机关承诺的整改事项，跟踪至整改到位。</translation>
    </message>
</context>
<context>
    <name>CooperationLabels</name>
    <message>
        <source>Consultation</source>
        <translation>会商</translation>
    </message>
    <message>
        <source>Early involvement</source>
        <translation>提前介入</translation>
    </message>
    <message>
        <source>Case filed by the police</source>
        <translation>立案信息</translation>
    </message>
    <message>
        <source>Case withdrawn by the police</source>
        <translation>撤案信息</translation>
    </message>
    <message>
        <source>Coercive measure</source>
        <translation>强制措施信息</translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation>联合督办</translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation>联席会议</translation>
    </message>
    <message>
        <source>Rectification follow-up</source>
        <translation>整改跟踪</translation>
    </message>
    <message>
        <source>Before an arrest request</source>
        <translation>捕前会商</translation>
    </message>
    <message>
        <source>Major or difficult case</source>
        <translation>重大疑难案件会商</translation>
    </message>
    <message>
        <source>Whether to file a case</source>
        <translation>立案会商</translation>
    </message>
    <message>
        <source>Summons</source>
        <translation>拘传</translation>
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
        <source>Residential surveillance at a designated place</source>
        <translation>指定居所监视居住</translation>
    </message>
    <message>
        <source>Criminal detention</source>
        <translation>刑事拘留</translation>
    </message>
    <message>
        <source>Arrest executed</source>
        <translation>执行逮捕</translation>
    </message>
    <message>
        <source>Measure changed</source>
        <translation>变更强制措施</translation>
    </message>
    <message>
        <source>Measure lifted, released</source>
        <translation>解除强制措施</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters</source>
        <translation>内容过长：最多 {limit} 个字</translation>
    </message>
    <message>
        <source>The due date must be after the entry date ({date})</source>
        <translation>办理期限应当晚于确定日期（{date}）</translation>
    </message>
    <message>
        <source>Done before the entry date ({date})?</source>
        <translation>办结日期早于确定日期（{date}）</translation>
    </message>
    <message>
        <source>Only a joint supervision item or a rectification follow-up is completed</source>
        <translation>只有联合督办和整改跟踪事项需要办结</translation>
    </message>
    <message>
        <source>Already done on {date}</source>
        <translation>已于 {date} 办结</translation>
    </message>
    <message>
        <source>No arrest request has the case number {case_no}</source>
        <translation>没有案件编号为 {case_no} 的提请批准逮捕案件</translation>
    </message>
    <message>
        <source>Enter what has happened: the date is later than today</source>
        <translation>只能登记已经发生的事项：日期晚于今天</translation>
    </message>
    <message>
        <source>The done date is later than today</source>
        <translation>办结日期晚于今天</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation>请选择一项</translation>
    </message>
    <message>
        <source>A tracked item needs the date it is due</source>
        <translation>督办和整改事项须填写办理期限</translation>
    </message>
    <message>
        <source>Where is the office? e.g. the police&apos;s case-handling centre</source>
        <translation>办公室设在何处？如公安机关执法办案管理中心</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind (type)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>已于 %1 办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
</context>
<context>
    <name>CooperationPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The office&apos;s site and staff are not recorded yet.</source>
        <translation>尚未登记办公室的设置地点和人员。</translation>
    </message>
    <message>
        <source>%1 — at %2; resident prosecutor: %3</source>
        <translation>%1 — 设在%2；常驻检察官：%3</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove this entry from the log? It stays in the audit history.</source>
        <translation>从台账中删除这条记录？操作日志中仍会保留。</translation>
    </message>
    <message>
        <source>Office &amp;record…</source>
        <translation>办公室信息(&amp;R)…</translation>
    </message>
    <message>
        <source>Case, suspect, participants or words of the summary</source>
        <translation>案件、犯罪嫌疑人、参加人员或摘要中的字词</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>公安机关(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>Open items onl&amp;y</source>
        <translation>仅显示未办结事项(&amp;Y)</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>仅显示已逾期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>新增记录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Mark d&amp;one…</source>
        <translation>办结(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>History</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation>%1年统计</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>近三个月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年</translation>
    </message>
</context>
<context>
    <name>CooperationStatistics</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
</context>
<context>
    <name>CooperationTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容摘要</translation>
    </message>
    <message>
        <source>Due / done</source>
        <translation>期限／办结</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Zhenjian Desk met an unexpected error. What you saved before is safe; the action you were doing may not have finished.</source>
        <translation>侦监台遇到意外错误。此前已保存的内容不受影响；刚才进行的操作可能没有完成。</translation>
    </message>
    <message>
        <source>A crash report was written to:
%1

The log files are in the same folder. Nothing was sent anywhere; give the report to whoever supports your office.</source>
        <translation>崩溃报告已写入：
%1

日志文件在同一文件夹中。没有向任何地方发送任何内容；请将报告交给为本院提供技术支持的人员。</translation>
    </message>
    <message>
        <source>The log files are in:
%1

Nothing was sent anywhere.</source>
        <translation>日志文件位于：
%1

没有向任何地方发送任何内容。</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
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
        <source>Docu&amp;ments</source>
        <translation>文书(&amp;M)</translation>
    </message>
    <message>
        <source>Recommendation to release or change the measure (释放或者变更强制措施建议书)…</source>
        <translation>释放或者变更强制措施建议书…</translation>
    </message>
    <message>
        <source>Result notice to the applicant (羁押必要性审查结果通知书)…</source>
        <translation>羁押必要性审查结果通知书…</translation>
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
    <message>
        <source>Unit</source>
        <translation>单位</translation>
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
        <source>Supervision</source>
        <translation>侦查监督</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>涉检信访</translation>
    </message>
    <message>
        <source>Upper office&apos;s directive</source>
        <translation>上级院督办</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — no reply in time</source>
        <translation>%1 — 逾期未回复</translation>
    </message>
    <message>
        <source>High risk (%1): %2</source>
        <translation>高风险（%1）：%2</translation>
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
    <message>
        <source>Unit</source>
        <translation>单位</translation>
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
        <source>Not saved: the disk holding the database %1 is full. Nothing saved before was lost. Free some space (or move the database to a larger disk), then save again.</source>
        <translation>未保存：数据库 %1 所在磁盘已满。此前保存的内容没有丢失。请释放磁盘空间（或将数据库移到更大的磁盘）后再保存。</translation>
    </message>
    <message>
        <source>Not saved: the database %1 cannot be written (a read-only file, folder or medium). Nothing saved before was lost. Make it writable, then save again.</source>
        <translation>未保存：数据库 %1 无法写入（文件、文件夹或介质为只读）。此前保存的内容没有丢失。请使其可写后再保存。</translation>
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
        <source>Not saved</source>
        <translation>未保存</translation>
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
    <name>DecisionPanel</name>
    <message>
        <source>Decided on %1: %2</source>
        <translation>%1 作出决定：%2</translation>
    </message>
    <message>
        <source>(self-approved: single-officer office, recorded in the audit log)</source>
        <translation>（本人审批：本院为独任审批配置，已记入操作日志）</translation>
    </message>
    <message>
        <source>(decided after the time limit)</source>
        <translation>（超过审查期限作出）</translation>
    </message>
    <message>
        <source>Police receipt due on %1</source>
        <translation>公安机关回执应于 %1 前送达</translation>
    </message>
    <message>
        <source>Proposed on %1, waiting for approval: %2</source>
        <translation>%1 提出意见，待审批：%2</translation>
    </message>
    <message>
        <source>(the chief procurator decides)</source>
        <translation>（由检察长决定）</translation>
    </message>
    <message>
        <source>No decision proposed yet.</source>
        <translation>尚未提出审查意见。</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation>复议</translation>
    </message>
    <message>
        <source>Upper-office review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>%1 requested on %2, decision due %3</source>
        <translation>%1：%2 提出，应于 %3 前作出决定</translation>
    </message>
    <message>
        <source>RPR 288 demand for %1 on %2, follow up by %3</source>
        <translation>%2 要求公安机关对 %1 提请批准逮捕，应于 %3 前跟进</translation>
    </message>
    <message>
        <source>arrest decided directly on %1</source>
        <translation>%1 直接作出逮捕决定</translation>
    </message>
    <message>
        <source>police will request arrest</source>
        <translation>公安机关将提请批准逮捕</translation>
    </message>
    <message>
        <source>police declined</source>
        <translation>公安机关不提请</translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation>不能审批</translation>
    </message>
    <message>
        <source>Decision and what follows</source>
        <translation>决定及后续程序</translation>
    </message>
    <message>
        <source>&amp;Propose decision…</source>
        <translation>提出意见(&amp;P)…</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>审批同意(&amp;V)</translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>文书(&amp;D)</translation>
    </message>
    <message>
        <source>Police &amp;receipt…</source>
        <translation>公安机关回执(&amp;R)…</translation>
    </message>
    <message>
        <source>Reconsideration request (复议)…</source>
        <translation>要求复议…</translation>
    </message>
    <message>
        <source>Decide reconsideration…</source>
        <translation>作出复议决定…</translation>
    </message>
    <message>
        <source>Upper-office review request (复核)…</source>
        <translation>提请复核…</translation>
    </message>
    <message>
        <source>Upper office&apos;s answer…</source>
        <translation>上一级院复核决定…</translation>
    </message>
    <message>
        <source>Police &amp;withdrew the case…</source>
        <translation>公安机关撤案(&amp;W)…</translation>
    </message>
    <message>
        <source>Require request for an omitted suspect (RPR 288)…</source>
        <translation>要求提请批准逮捕（规则第288条）…</translation>
    </message>
    <message>
        <source>Police answer (RPR 288)…</source>
        <translation>公安机关答复（规则第288条）…</translation>
    </message>
    <message>
        <source>Decide arrest directly…</source>
        <translation>直接作出逮捕决定…</translation>
    </message>
    <message>
        <source>Re-&amp;submission…</source>
        <translation>补充侦查后重新提请(&amp;S)…</translation>
    </message>
    <message>
        <source>Correct service date…</source>
        <translation>更正送达日期…</translation>
    </message>
    <message>
        <source>Illegality found: supervision matter (CPL 100)…</source>
        <translation>发现违法：立侦查监督事项（刑诉法第一百条）…</translation>
    </message>
</context>
<context>
    <name>DocumentIssueDialog</name>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>无法生成预览：%1</translation>
    </message>
    <message>
        <source>Left blank (not in the record): %1</source>
        <translation>留空（记录中没有）：%1</translation>
    </message>
    <message>
        <source>The document font cannot print: %1 — choose another font in the settings or write them in by hand.</source>
        <translation>文书字体无法打印这些字：%1——请在设置中改用其他字体，或打印后手写补上。</translation>
    </message>
    <message>
        <source>Issuing the document…</source>
        <translation>正在制作文书…</translation>
    </message>
    <message>
        <source>Issue document</source>
        <translation>制作文书</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Preview: the number is given when the document is issued. Edit the text on the left; one line is one paragraph.</source>
        <translation>预览：文号在制作时生成。可在左侧修改文字，每行为一段。</translation>
    </message>
    <message>
        <source>Issued as %1 (%2 page(s)). What is shown is what was registered.</source>
        <translation>已制作，文号 %1（共 %2 页）。所显示的即为登记的文书。</translation>
    </message>
    <message>
        <source>Issue document — %1</source>
        <translation>制作文书——%1</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>送达单位(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>正文(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>制作并登记(&amp;I)</translation>
    </message>
    <message>
        <source>Give the document its number and register it exactly as previewed</source>
        <translation>生成文号，并按预览内容登记</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>DocumentMessages</name>
    <message>
        <source>The document has no text.</source>
        <translation>文书没有正文。</translation>
    </message>
    <message>
        <source>Enter the reason for voiding the document.</source>
        <translation>请填写作废文书的理由。</translation>
    </message>
    <message>
        <source>The document is not in the register.</source>
        <translation>登记簿中没有这份文书。</translation>
    </message>
    <message>
        <source>The document was voided already.</source>
        <translation>这份文书已经作废。</translation>
    </message>
    <message>
        <source>The stored PDF does not match its SHA-256: it was changed or damaged. Re-issue the document.</source>
        <translation>保存的 PDF 与其 SHA-256 不符，文件已被改动或损坏。请重新制作该文书。</translation>
    </message>
    <message>
        <source>The record for this document no longer exists.</source>
        <translation>这份文书所依据的记录已不存在。</translation>
    </message>
    <message>
        <source>This kind of document is not known.</source>
        <translation>未知的文书种类。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation>打印文书</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n document(s)…</source>
        <translation>
            <numerusform>正在打印 %n 份文书…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save document as PDF</source>
        <translation>将文书另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentRegisterPage</name>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 份文书</numerusform>
        </translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>文书登记</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>These documents were voided: %1
Print them all the same?</source>
        <translation>以下文书已作废：%1
仍要打印吗？</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Void document</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <source>Void %1? The number stays in the register and is never used again.
Reason:</source>
        <translation>作废 %1？该文号保留在登记簿中，不再使用。
理由：</translation>
    </message>
    <message>
        <source>Number, case number, suspect or recipient</source>
        <translation>文号、案件编号、犯罪嫌疑人或送达单位</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>种类(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>显示已作废(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>查看(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Print the selected documents</source>
        <translation>打印所选文书</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>全部文书</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>制作日期</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>文书 %1</translation>
    </message>
    <message>
        <source>%1 — %2 page(s), SHA-256 %3</source>
        <translation>%1——共 %2 页，SHA-256 %3</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation>放弃该待确认登记？</translation>
    </message>
    <message>
        <source>Discard the draft of %1 (case %2)? Nothing is registered from it.</source>
        <translation>放弃 %1（案件 %2）的待确认登记？不会据此登记任何内容。</translation>
    </message>
    <message>
        <source>Drafts from the police</source>
        <translation>公安待确认登记</translation>
    </message>
    <message>
        <source>Each row of a police export waits here. Open it in the registration form, check or correct it and save to register it, or discard it.</source>
        <translation>公安机关共享信息的每一行在此等待确认。在登记表单中打开，核对或更正后保存即完成登记，也可放弃。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Open and confirm…</source>
        <translation>打开并确认(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Confirm a draft from the police — %1, row %2</source>
        <translation>确认公安待确认登记 — %1，第 %2 行</translation>
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
        <source>Too long: {length} characters, at most {maximum}</source>
        <translation>过长：共 {length} 个字符，最多 {maximum} 个</translation>
    </message>
    <message>
        <source>Character {position} is an invisible control character ({character}), often carried over by copying: delete it</source>
        <translation>第 {position} 个字符是不可见的控制字符（{character}），多为复制粘贴带入，请删除</translation>
    </message>
    <message>
        <source>Character {position} is not valid text ({character}): type it again</source>
        <translation>第 {position} 个字符不是有效文字（{character}），请重新输入</translation>
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
        <source>This ID number is on file for {name}: check the name or the number</source>
        <translation>该身份证号码已登记为“{name}”：请核对姓名或号码</translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose the register file</source>
        <translation>选择登记表文件</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation>登记表 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n 行数据，%1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation>编码：%1。</translation>
    </message>
    <message>
        <source>Guess from the headers</source>
        <translation>按表头自动识别</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file; the first rows are searched for the header.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件；在前几行中查找表头。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation>登记类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation>编码（CSV）(&amp;E)：</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>已存对应关系(&amp;M)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Arrest review register</source>
        <translation>审查逮捕登记</translation>
    </message>
    <message>
        <source>Supervision register</source>
        <translation>立案监督、侦查活动监督登记</translation>
    </message>
    <message>
        <source>Petition register</source>
        <translation>信访登记</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as 2026年3月5日, 2026.3.5 or 2026-03-05)</source>
        <translation>“{text}”不是日期（请写作 2026年3月5日、2026.3.5 或 2026-03-05）</translation>
    </message>
    <message>
        <source>There is no such day: {text}</source>
        <translation>没有这一天：{text}</translation>
    </message>
    <message>
        <source>“{text}” is neither yes (是) nor no (否)</source>
        <translation>“{text}”既不是“是”也不是“否”</translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}</source>
        <translation>“{text}”不在可选项中：{choices}</translation>
    </message>
    <message>
        <source>The same as row {row} of this file</source>
        <translation>与本文件第 {row} 行重复</translation>
    </message>
    <message>
        <source>Case {case} is registered without this suspect: add the suspect by hand</source>
        <translation>案件 {case} 已登记但无此犯罪嫌疑人：请手工补充</translation>
    </message>
    <message>
        <source>Differs from row {row} of the same case</source>
        <translation>与同案第 {row} 行不一致</translation>
    </message>
    <message>
        <source>Another row of the same case was refused (row {row})</source>
        <translation>同案另一行被拒收（第 {row} 行）</translation>
    </message>
    <message>
        <source>No officer of this office is called “{name}”</source>
        <translation>本院没有名为“{name}”的承办人</translation>
    </message>
    <message>
        <source>No police agency is called “{name}”: add it in the settings first</source>
        <translation>没有名为“{name}”的公安机关：请先在设置中添加</translation>
    </message>
    <message>
        <source>Excel kept this ID number as a number and lost its last digits: format the column as text and type the number again</source>
        <translation>Excel 把身份证号存成了数字，末几位已丢失：请将该列设为文本格式后重新录入</translation>
    </message>
    <message>
        <source>This suspect is already registered in this case</source>
        <translation>该犯罪嫌疑人已在本案登记</translation>
    </message>
    <message>
        <source>This draft was already confirmed or discarded</source>
        <translation>该待确认登记已确认或已放弃</translation>
    </message>
    <message>
        <source>Unknown field {field}</source>
        <translation>未知字段 {field}</translation>
    </message>
    <message>
        <source>A decision needs its date</source>
        <translation>决定须有日期</translation>
    </message>
    <message>
        <source>A decision date without a decision</source>
        <translation>有决定日期而无审查结论</translation>
    </message>
    <message>
        <source>Decided before the request was received ({received})</source>
        <translation>决定日期早于受理日期（{received}）</translation>
    </message>
    <message>
        <source>A refusal needs its ground</source>
        <translation>不批准逮捕须写明不捕理由</translation>
    </message>
    <message>
        <source>A ground of refusal on a decision that is not a refusal</source>
        <translation>非不捕决定却写有不捕理由</translation>
    </message>
    <message>
        <source>Recording decisions needs an approver&apos;s account</source>
        <translation>录入审查决定须用审批人账户</translation>
    </message>
    <message>
        <source>The program has another decision recorded; a decision changes by reconsideration or review in the program, not by an import</source>
        <translation>本程序中已记录不同的决定；改变决定须在本程序中经复议、复核，不能通过导入</translation>
    </message>
    <message>
        <source>A proposal is waiting for approval in the program; decide it there</source>
        <translation>本程序中已有待审批的审查意见，请在程序中审批</translation>
    </message>
    <message>
        <source>The request was withdrawn in the program</source>
        <translation>该提请已在本程序中撤回</translation>
    </message>
    <message>
        <source>A way of reply without the reply&apos;s date</source>
        <translation>有答复方式而无答复日期</translation>
    </message>
    <message>
        <source>A closure needs its date</source>
        <translation>办结须有日期</translation>
    </message>
    <message>
        <source>A closing date without how the petition was closed</source>
        <translation>有办结日期而无办结方式</translation>
    </message>
    <message>
        <source>Closed before the reply</source>
        <translation>办结日期早于答复日期</translation>
    </message>
    <message>
        <source>The petition was forwarded in the program</source>
        <translation>该控告申诉已在本程序中移送</translation>
    </message>
    <message>
        <source>The program has another closure recorded</source>
        <translation>本程序中已记录不同的办结方式</translation>
    </message>
    <message>
        <source>No charge is called “{text}”</source>
        <translation>没有名为“{text}”的罪名</translation>
    </message>
    <message>
        <source>; perhaps: {suggestions}</source>
        <translation>；可能是：{suggestions}</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>No header row was found in the first rows of the sheet</source>
        <translation>在工作表前几行中未找到表头</translation>
    </message>
    <message>
        <source>The workbook has no such sheet</source>
        <translation>工作簿中没有该工作表</translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) and CSV files can be read</source>
        <translation>只能读取 Excel 工作簿（.xlsx）和 CSV 文件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a police export</source>
        <translation>导入公安机关共享信息</translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation>导入登记表</translation>
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
    <message>
        <source>Receipt due</source>
        <translation>执行回执</translation>
    </message>
    <message>
        <source>Release receipt due</source>
        <translation>释放回执</translation>
    </message>
    <message>
        <source>Reconsideration decision due</source>
        <translation>复议决定</translation>
    </message>
    <message>
        <source>Upper-office review due</source>
        <translation>复核决定</translation>
    </message>
    <message>
        <source>RPR 288 follow-up</source>
        <translation>要求提请逮捕跟进</translation>
    </message>
    <message>
        <source>Withdrawal follow-up</source>
        <translation>撤案跟进</translation>
    </message>
    <message>
        <source>Police execution receipt (3 days after execution)</source>
        <translation>公安机关执行回执（执行后三日内）</translation>
    </message>
    <message>
        <source>Police release receipt (3 days)</source>
        <translation>公安机关释放回执（三日内）</translation>
    </message>
    <message>
        <source>Decide the police&apos;s reconsideration request (7 days)</source>
        <translation>对公安机关要求复议作出决定（七日内）</translation>
    </message>
    <message>
        <source>Upper office decides the review (15 days)</source>
        <translation>上一级院作出复核决定（十五日内）</translation>
    </message>
    <message>
        <source>Police answer to the demand to request arrest of an omitted suspect</source>
        <translation>公安机关对要求提请批准逮捕（漏捕）的答复</translation>
    </message>
    <message>
        <source>Police to withdraw the case after a refusal for no crime (15 days)</source>
        <translation>因不构成犯罪不捕后公安机关撤销案件（十五日）</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — Zhenjian Desk</source>
        <translation>已锁定 — 侦监台</translation>
    </message>
    <message>
        <source>Zhenjian Desk is locked</source>
        <translation>侦监台已锁定</translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Enter the password to go on; open work is kept.</source>
        <translation>当前登录用户：%1（%2）。输入密码即可继续，未完成的工作会保留。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Log in as someone else… (open work is closed)</source>
        <translation>以其他用户登录(&amp;L)…（未完成的工作将关闭）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Zhenjian Desk</source>
        <translation>登录 — 侦监台</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
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
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Nothing was lost; the next start tries again.</source>
        <translation>没有丢失任何数据；下次启动时将再次尝试。</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>已写入备份：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n 条变更待确认</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>link up</source>
        <translation>网络已连通</translation>
    </message>
    <message>
        <source>link down</source>
        <translation>网络未连通</translation>
    </message>
    <message>
        <source>last package refused</source>
        <translation>上次同步包被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%n sync alarm(s)</source>
        <translation>
            <numerusform>%n 条同步警报</numerusform>
        </translation>
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
        <source>Sync</source>
        <translation>同步</translation>
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
        <source>Documents</source>
        <translation>文书登记</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>侦查监督</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>涉检信访</translation>
    </message>
    <message>
        <source>Cooperation log</source>
        <translation>协作配合台账</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Not mapped yet (required): %1</source>
        <translation>尚未对应（必填）：%1</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. the register&apos;s name):</source>
        <translation>对应关系名称（如登记表名称）：</translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation>已保存为“%1”</translation>
    </message>
    <message>
        <source>Match the columns to the fields</source>
        <translation>列与字段对应</translation>
    </message>
    <message>
        <source>Guessed from the headers: correct a column in its box. Fields marked * are required.</source>
        <translation>已按表头自动识别：可在各列上方的下拉框中更正。带 * 的字段为必填。</translation>
    </message>
    <message>
        <source>Save mapping &amp;as…</source>
        <translation>另存对应关系(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>NoticeTable</name>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>This computer has no usable keyring: the private keys need a passphrase.</source>
        <translation>本机没有可用的系统密钥环：私钥需要用口令加密保存。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>This computer does not hold the office&apos;s private keys.</source>
        <translation>本机没有本院的私钥。</translation>
    </message>
    <message>
        <source>The private keys on this computer are damaged or are not this office&apos;s.</source>
        <translation>本机的私钥已损坏，或不是本院的私钥。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>This office already has keys.</source>
        <translation>本院已有密钥。</translation>
    </message>
    <message>
        <source>This computer already keeps private keys for this unit code, probably of another database; they were left alone.</source>
        <translation>本机已保存该单位代码的私钥（可能属于另一个数据库），未作改动。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>OfficeKeysBox</name>
    <message>
        <source>The recorded public keys are damaged.</source>
        <translation>记录的公钥已损坏。</translation>
    </message>
    <message>
        <source>This office has no keys yet. They sign and encrypt the sync packages sent to the upper office.</source>
        <translation>本院尚无密钥。密钥用于对报送上级院的同步数据包签名和加密。</translation>
    </message>
    <message>
        <source>signing %1, encryption %2</source>
        <translation>签名 %1，加密 %2</translation>
    </message>
    <message>
        <source>In this computer&apos;s keyring.</source>
        <translation>保存在本机的系统密钥环中。</translation>
    </message>
    <message>
        <source>In a file on this computer, encrypted with a passphrase (this computer has no keyring).</source>
        <translation>保存在本机的口令加密文件中（本机没有系统密钥环）。</translation>
    </message>
    <message>
        <source>Not on this computer: packages cannot be signed or opened here.</source>
        <translation>不在本机：本机无法对数据包签名或解密。</translation>
    </message>
    <message>
        <source>Export public key file</source>
        <translation>导出公钥文件</translation>
    </message>
    <message>
        <source>Public key files (*.zjkey)</source>
        <translation>公钥文件 (*.zjkey)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>Saved %1.

Give this file to the upper office and read them the fingerprint over the phone so they can check it:

%2</source>
        <translation>已保存 %1。

请将此文件交给上级院，并通过电话向对方宣读下面的指纹，以便核对：

%2</translation>
    </message>
    <message>
        <source>Create keys</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <source>This office&apos;s keys</source>
        <translation>本院密钥</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Key ids:</source>
        <translation>密钥标识：</translation>
    </message>
    <message>
        <source>Private keys:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>Read this out over the phone when the upper office registers this office&apos;s public key file.</source>
        <translation>上级院登记本院公钥文件时，请通过电话宣读此指纹。</translation>
    </message>
    <message>
        <source>&amp;Export public key file…</source>
        <translation>导出公钥文件(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;reate keys…</source>
        <translation>生成密钥(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>OfficerChangeDialog</name>
    <message>
        <source>This request no longer exists.</source>
        <translation>该案件已不存在。</translation>
    </message>
    <message>
        <source>Give the reason for the change</source>
        <translation>请填写变更理由</translation>
    </message>
    <message>
        <source>Choose an active officer of this office</source>
        <translation>请选择本院在岗的承办检察官</translation>
    </message>
    <message>
        <source>This officer already handles the request</source>
        <translation>该检察官已是本案承办人</translation>
    </message>
    <message>
        <source>Every review of this request is concluded or withdrawn; its officer stays</source>
        <translation>本案各犯罪嫌疑人均已审结或撤回提请，承办人不再变更</translation>
    </message>
    <message>
        <source>Another office&apos;s request is read-only here</source>
        <translation>其他院的案件在本院只读</translation>
    </message>
    <message>
        <source>Change handling officer</source>
        <translation>变更承办人</translation>
    </message>
    <message>
        <source>New officer in charge:</source>
        <translation>新承办检察官：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>变更理由：</translation>
    </message>
    <message>
        <source>e.g. leave, a conflict of interest, workload</source>
        <translation>如：休假、回避、工作量调整</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Restore from a backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups (*.zjbak);;All files (*)</source>
        <translation>备份文件 (*.zjbak);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>正在检查并恢复备份…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase of the backup key:</source>
        <translation>口令错误。请输入备份密钥的口令：</translation>
    </message>
    <message>
        <source>Passphrase of the backup key:</source>
        <translation>备份密钥的口令：</translation>
    </message>
    <message>
        <source>Not restored; nothing was changed.</source>
        <translation>未恢复，数据库未作任何改动。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation>被替换的文件已保留为 %1。</translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the program. A backup copy is made first; this may take a minute…</source>
        <translation>正在将数据库升级到本版本程序所需的格式。升级前会先备份原数据库，可能需要一分钟左右……</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for the office&apos;s keys</source>
        <translation>本院密钥的口令</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>This computer has no keyring (the operating system&apos;s safe store for secrets), so the office&apos;s private keys will be kept in a file encrypted with a passphrase. The program asks for it when it signs or opens sync packages. Choose one of at least 8 characters and keep it safe: a lost passphrase means new keys, which the upper office must register again.</source>
        <translation>本机没有系统密钥环（操作系统保存机密信息的安全存储），因此本院私钥将保存在用口令加密的文件中。程序对同步数据包签名或解密时会要求输入该口令。请设置至少 8 个字符的口令并妥善保管：口令遗失就须重新生成密钥，并由上级院重新登记。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation>确认口令(&amp;G)：</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>当前密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The PDF could not be shown.</source>
        <translation>无法显示该 PDF。</translation>
    </message>
</context>
<context>
    <name>PetitionAuditView</name>
    <message>
        <source>Petition</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Handler change</source>
        <translation>承办人变更</translation>
    </message>
    <message>
        <source>Reply or work</source>
        <translation>答复或工作记录</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>concerns this procuratorate</source>
        <translation>涉检</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>collective</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>related case</source>
        <translation>相关案件</translation>
    </message>
    <message>
        <source>first handler</source>
        <translation>首办责任人</translation>
    </message>
    <message>
        <source>handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>risk triggers</source>
        <translation>风险因素</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>forwarded to</source>
        <translation>转送单位</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>办结方式</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>closure note</source>
        <translation>办结说明</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>from</source>
        <translation>原承办人</translation>
    </message>
    <message>
        <source>to</source>
        <translation>新承办人</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>transferred on</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>way</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>PetitionDetail</name>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Concerns this procuratorate (涉检)</source>
        <translation>涉检</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>(collective)</source>
        <translation>（集体访）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>提请批准逮捕案件%1</translation>
    </message>
    <message>
        <source>Related case</source>
        <translation>相关案件</translation>
    </message>
    <message>
        <source>Repeats the petition of</source>
        <translation>重复信访，前次收件日期</translation>
    </message>
    <message>
        <source>Repeated later on</source>
        <translation>此后重复信访</translation>
    </message>
    <message>
        <source>First handler (首办责任人)</source>
        <translation>首办责任人</translation>
    </message>
    <message>
        <source>Handler now</source>
        <translation>现承办人</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>当前期限</translation>
    </message>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation>（原届满日%1，遇节假日顺延）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>转送单位</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Handler changes</source>
        <translation>承办人变更</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>参加人员：%1</translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation>效果：%1</translation>
    </message>
</context>
<context>
    <name>PetitionDialogs</name>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>答复类别(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation>答复方式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>参加人员(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>效果(&amp;O)：</translation>
    </message>
    <message>
        <source>Record a reply to the petitioner</source>
        <translation>登记对信访人的答复</translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation>工作类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Record work on the petition</source>
        <translation>登记化解工作</translation>
    </message>
    <message>
        <source>&amp;Forwarded on:</source>
        <translation>转送日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Forwarded &amp;to:</source>
        <translation>转送单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Petitioner &amp;told:</source>
        <translation>告知信访人方式(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Forward to the competent body (转送)</source>
        <translation>转送有管辖权的机关</translation>
    </message>
    <message>
        <source>New &amp;handler:</source>
        <translation>新承办人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>变更理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Transferred on:</source>
        <translation>变更日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Hand the petition to another officer</source>
        <translation>变更承办人</translation>
    </message>
    <message>
        <source>&amp;Closure:</source>
        <translation>办结方式(&amp;C)：</translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation>办结日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Close the petition</source>
        <translation>信访件办结</translation>
    </message>
    <message>
        <source>Due now: %1 by %2.</source>
        <translation>当前期限：%1，届满日期%2。</translation>
    </message>
    <message>
        <source>First handler (首办责任人): %1. The first handler stays on record; the transfer and its reason are kept in the history.</source>
        <translation>首办责任人：%1。首办责任人记录不变；变更及其理由记入历史记录。</translation>
    </message>
</context>
<context>
    <name>PetitionLabels</name>
    <message>
        <source>Letter (来信)</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Visit (来访)</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Online (网上信访)</source>
        <translation>网上信访</translation>
    </message>
    <message>
        <source>12309 service centre</source>
        <translation>12309检察服务中心</translation>
    </message>
    <message>
        <source>Complaint (控告)</source>
        <translation>控告</translation>
    </message>
    <message>
        <source>Report of a crime (举报)</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Appeal (申诉)</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>Suggestion (建议)</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Enquiry (咨询)</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Procedural reply given</source>
        <translation>已程序性回复</translation>
    </message>
    <message>
        <source>In handling</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Result replied</source>
        <translation>已答复结果</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>已转送</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Procedural reply (程序性回复)</source>
        <translation>程序性回复</translation>
    </message>
    <message>
        <source>Reply on the process (过程答复)</source>
        <translation>过程答复</translation>
    </message>
    <message>
        <source>Reply on the result (结果答复)</source>
        <translation>结果答复</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online or by text message</source>
        <translation>网上或短信</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Explaining the law (释法说理)</source>
        <translation>释法说理</translation>
    </message>
    <message>
        <source>Psychological counselling (心理疏导)</source>
        <translation>心理疏导</translation>
    </message>
    <message>
        <source>Conflict resolution and reconciliation (矛盾化解)</source>
        <translation>矛盾化解与和解</translation>
    </message>
    <message>
        <source>Judicial aid (司法救助)</source>
        <translation>司法救助</translation>
    </message>
    <message>
        <source>Public hearing (公开听证)</source>
        <translation>公开听证</translation>
    </message>
    <message>
        <source>Settled, petitioner stops (息诉罢访)</source>
        <translation>息诉罢访</translation>
    </message>
    <message>
        <source>Concluded, petitioner not satisfied</source>
        <translation>依法办结（信访人未息诉）</translation>
    </message>
    <message>
        <source>Terminated by law (信访终结)</source>
        <translation>依法终结</translation>
    </message>
    <message>
        <source>Withdrawn by the petitioner</source>
        <translation>信访人撤回</translation>
    </message>
    <message>
        <source>Closed after forwarding</source>
        <translation>转送后办结</translation>
    </message>
    <message>
        <source>7-day procedural reply</source>
        <translation>7日内程序性回复</translation>
    </message>
    <message>
        <source>3-month reply on process or result</source>
        <translation>3个月内答复办理过程或结果</translation>
    </message>
    <message>
        <source>Monthly follow-up reply</source>
        <translation>每月答复办理进展</translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation>重复访</translation>
    </message>
    <message>
        <source>Collective petition</source>
        <translation>集体访</translation>
    </message>
    <message>
        <source>Visits to higher levels</source>
        <translation>越级访</translation>
    </message>
    <message>
        <source>Threats of extreme acts</source>
        <translation>扬言极端行为</translation>
    </message>
    <message>
        <source>Media or online attention</source>
        <translation>媒体炒作或网络舆情</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收件</translation>
    </message>
    <message>
        <source>Handler changed</source>
        <translation>变更承办人</translation>
    </message>
    <message>
        <source>Enter the petitioner&apos;s name (匿名 for an anonymous letter)</source>
        <translation>请填写信访人姓名（匿名信填“匿名”）</translation>
    </message>
    <message>
        <source>Another petitioner has the same ID number</source>
        <translation>与另一信访人的身份证号码相同</translation>
    </message>
    <message>
        <source>A phone number has digits only (and + - ( ) or spaces)</source>
        <translation>电话号码只能包含数字（及 + - ( ) 或空格）</translation>
    </message>
    <message>
        <source>At least as many people as are listed ({listed})</source>
        <translation>人数不能少于已登记的信访人数（{listed}）</translation>
    </message>
    <message>
        <source>A collective petition has more than one petitioner</source>
        <translation>集体访应有两名以上信访人</translation>
    </message>
    <message>
        <source>That request is not in the register</source>
        <translation>登记簿中没有该提请批准逮捕案件</translation>
    </message>
    <message>
        <source>That earlier petition is not in the register</source>
        <translation>登记簿中没有该前次信访件</translation>
    </message>
    <message>
        <source>The petition it repeats came later than this one</source>
        <translation>所重复的信访件收件日期晚于本件</translation>
    </message>
    <message>
        <source>Not one of this office&apos;s risk levels</source>
        <translation>不是本院设置的风险等级</translation>
    </message>
    <message>
        <source>Unknown risk trigger</source>
        <translation>未知的风险因素</translation>
    </message>
    <message>
        <source>“{name}” has {size} MB; an attachment may have at most {limit} MB. Keep large files elsewhere and name them in the summary</source>
        <translation>“{name}”有{size} MB，附件不能超过{limit} MB。大文件请另行保存，并在信访事项中注明</translation>
    </message>
    <message>
        <source>“{name}” is empty</source>
        <translation>“{name}”是空文件</translation>
    </message>
    <message>
        <source>Before the petition was received ({date})</source>
        <translation>早于收件日期（{date}）</translation>
    </message>
    <message>
        <source>The petition is closed</source>
        <translation>该信访件已办结</translation>
    </message>
    <message>
        <source>No more replies are due: the result was given or it was forwarded</source>
        <translation>无需再答复：已答复结果或已转送</translation>
    </message>
    <message>
        <source>Not possible in the petition&apos;s present state</source>
        <translation>信访件当前状态下不能进行此操作</translation>
    </message>
    <message>
        <source>This officer handles the petition already</source>
        <translation>该检察官已是承办人</translation>
    </message>
    <message>
        <source>Give the reason for the transfer (首办责任: it stays on record)</source>
        <translation>请填写变更理由（首办责任：理由将记录在案）</translation>
    </message>
    <message>
        <source>This closure does not fit the petition&apos;s present state</source>
        <translation>该办结方式与信访件当前状态不符</translation>
    </message>
    <message>
        <source>Say why it closes this way</source>
        <translation>请说明以此方式办结的理由</translation>
    </message>
    <message>
        <source>Give 2 to 6 different short levels, highest first, separated by commas</source>
        <translation>请填写2至6个互不相同的简短等级名称，由高到低，以逗号分隔</translation>
    </message>
    <message>
        <source>working days, holidays not counted</source>
        <translation>个工作日（节假日不计）</translation>
    </message>
    <message>
        <source>calendar days, a last day on a holiday moves to the next working day</source>
        <translation>日（期满日为节假日的顺延至节假日后第一个工作日）</translation>
    </message>
    <message>
        <source>Procedural reply within %1 %2; process or result within %3 months, then monthly. Risk levels: %4. Office setting.</source>
        <translation>程序性回复期限%1%2；%3个月内答复办理过程或结果，此后每月答复进展。风险等级：%4。本院设置。</translation>
    </message>
</context>
<context>
    <name>PetitionListPage</name>
    <message numerus="yes">
        <source>%n petition(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB</source>
        <translation>“%1”超过%2 MB</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation>设置(&amp;G)…</translation>
    </message>
    <message>
        <source>Petitioner, ID number, phone, case or summary</source>
        <translation>信访人、身份证号码、电话、案件或信访事项</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation>风险(&amp;K)：</translation>
    </message>
    <message>
        <source>Handl&amp;er:</source>
        <translation>承办人(&amp;E)：</translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation>仅看逾期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New petition…</source>
        <translation>新建信访(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>答复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Work…</source>
        <translation>化解工作(&amp;W)…</translation>
    </message>
    <message>
        <source>F&amp;orward…</source>
        <translation>转送(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>变更承办人(&amp;T)…</translation>
    </message>
    <message>
        <source>R&amp;isk…</source>
        <translation>风险等级(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>附件(&amp;A)…</translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation>办结(&amp;L)…</translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation>文书(&amp;M)</translation>
    </message>
    <message>
        <source>Supervision matter…</source>
        <translation>立侦查监督事项…</translation>
    </message>
    <message>
        <source>The petition shows the police should act (e.g. did not file a case): open a supervision matter from it</source>
        <translation>信访反映公安机关应当作为而未作为（如应当立案而不立案）：据此立侦查监督事项</translation>
    </message>
    <message>
        <source>Acceptance notice (受理告知书)…</source>
        <translation>受理告知书…</translation>
    </message>
    <message>
        <source>Forwarding notice (转送告知书)…</source>
        <translation>转送告知书…</translation>
    </message>
    <message>
        <source>Reply letter (答复函)…</source>
        <translation>答复函…</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>信访件</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>PetitionSettingsDialog</name>
    <message>
        <source>Petition settings</source>
        <translation>信访设置</translation>
    </message>
    <message>
        <source>The 7 &amp;days are:</source>
        <translation>7日按(&amp;D)：</translation>
    </message>
    <message>
        <source>Risk &amp;levels (highest first):</source>
        <translation>风险等级（由高到低）(&amp;L)：</translation>
    </message>
    <message>
        <source>Calendar days (a last day on a holiday moves to the next working day)</source>
        <translation>自然日（期满日为节假日的顺延）</translation>
    </message>
    <message>
        <source>Working days (weekends and holidays not counted)</source>
        <translation>工作日（周末和节假日不计）</translation>
    </message>
    <message>
        <source>SPP materials say “7 days”, some provinces “7 working days” (DOMAIN §4.2); choose what your province follows. The first risk level is the one that stands out on the dashboard. Changes apply to petitions registered from now on.</source>
        <translation>最高人民检察院材料表述为“7日”，部分省份为“7个工作日”，请按本省做法选择。第一个风险等级在工作台上突出显示。修改只适用于此后登记的信访件。</translation>
    </message>
</context>
<context>
    <name>PetitionTableModel</name>
    <message>
        <source>Received</source>
        <translation>收件日期</translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation>信访人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation>届满日期（剩余天数）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation>%1（%2人）</translation>
    </message>
</context>
<context>
    <name>PetitionerRow</name>
    <message>
        <source>%1: %2</source>
        <comment>field name: message</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>匿名 if anonymous</source>
        <translation>匿名信填“匿名”</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this petitioner</source>
        <translation>删除此信访人</translation>
    </message>
</context>
<context>
    <name>ReadOnlyNote</name>
    <message>
        <source>This record belongs to %1; the upper office can only read it.</source>
        <translation>本记录属于%1，上级院只读</translation>
    </message>
    <message>
        <source>Not saved: this record belongs to %1, and only that unit can change it.</source>
        <translation>未保存：本记录属于%1，只有该单位可以修改。</translation>
    </message>
    <message>
        <source>Read-only record</source>
        <translation>只读记录</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation>%1 %2 的历史</translation>
    </message>
    <message>
        <source>&amp;Open the request</source>
        <translation>打开该案件(&amp;O)</translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message numerus="yes">
        <source>%n record(s) counted</source>
        <translation>
            <numerusform>共计入 %n 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPetitionDialog</name>
    <message>
        <source>Not a repeat petition</source>
        <translation>非重复信访</translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation>身份证号码相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>姓名相同</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier petition(s) of the same person: choose the one this repeats.</source>
        <translation>
            <numerusform>同一信访人此前有%n件信访：请选择本件所重复的信访件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to the registered request %1</source>
        <translation>已关联登记的提请批准逮捕案件：%1</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; keep it elsewhere and name it in the summary</source>
        <translation>“%1”超过%2 MB，请另行保存，并在信访事项中注明</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Procedural reply due %1; reply on process or result due %2.</source>
        <translation>程序性回复届满日期：%1；答复办理过程或结果届满日期：%2。</translation>
    </message>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation>（原届满日%1，遇节假日顺延）</translation>
    </message>
    <message>
        <source>Register a petition</source>
        <translation>信访登记</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>收件日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>来源渠道(&amp;N)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Petitioners:</source>
        <translation>信访人：</translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation>人数(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>信访事项(&amp;U)：</translation>
    </message>
    <message>
        <source>Related &amp;case:</source>
        <translation>相关案件(&amp;C)：</translation>
    </message>
    <message>
        <source>Repeat o&amp;f:</source>
        <translation>重复信访(&amp;F)：</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>First &amp;handler (首办):</source>
        <translation>首办责任人(&amp;H)：</translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation>风险等级(&amp;K)：</translation>
    </message>
    <message>
        <source>Risk triggers:</source>
        <translation>风险因素：</translation>
    </message>
    <message>
        <source>Concerns this procuratorate&apos;s o&amp;wn handling (涉检)</source>
        <translation>涉及本院执法办案（涉检）(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Add petitioner</source>
        <translation>添加信访人(&amp;A)</translation>
    </message>
    <message>
        <source>Co&amp;llective (group visit or joint letter)</source>
        <translation>集体访或联名信(&amp;L)</translation>
    </message>
    <message>
        <source>Case number or short description</source>
        <translation>案号或简要说明</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>R&amp;emove file</source>
        <translation>删除文件(&amp;E)</translation>
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
        <source>Re-submission after supplementary investigation — new request linked to %1</source>
        <translation>补充侦查后重新提请——与 %1 关联的新提请</translation>
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
    <name>ReportPage</name>
    <message>
        <source>differs from the register: %1 (not changed)</source>
        <translation>与登记不一致：%1（未修改）</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. The register is as it was.</source>
        <translation>已取消：未导入任何数据，登记保持原样。</translation>
    </message>
    <message>
        <source>Drafts created: %1. Already registered or drafted: %2.
Open “Drafts from the police” on the arrest review page to confirm them one by one.</source>
        <translation>已生成待确认登记：%1 条。已登记或已有待确认登记：%2 条。
请在审查逮捕页面打开“公安待确认登记”逐条确认。</translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Refused: %4 · Skipped: %5</source>
        <translation>新增：%1 · 更新：%2 · 未变：%3 · 拒收：%4 · 跳过：%5</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>导入报告.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>What the import did; the registers show the new records.</source>
        <translation>导入结果；登记簿中已显示新记录。</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
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
    <message>
        <source>Change handling officer…</source>
        <translation>变更承办人…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>操作记录(&amp;H)（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>审查：%1</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ReviewDialogs</name>
    <message>
        <source>Add an interrogation or hearing</source>
        <translation>添加讯问或听取意见</translation>
    </message>
    <message>
        <source>Serve the opinion form (听取意见书)</source>
        <translation>送达听取犯罪嫌疑人意见书</translation>
    </message>
    <message>
        <source>Opinion form returned</source>
        <translation>意见书收回</translation>
    </message>
    <message>
        <source>Add defence counsel&apos;s opinion</source>
        <translation>添加辩护律师意见</translation>
    </message>
    <message>
        <source>Assess counsel&apos;s arguments</source>
        <translation>审查辩护律师意见</translation>
    </message>
    <message>
        <source>Arrest-review hearing (听证)</source>
        <translation>审查逮捕听证</translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation>提出审查意见</translation>
    </message>
    <message>
        <source>Send the proposal back</source>
        <translation>退回审查意见</translation>
    </message>
    <message>
        <source>Record the police&apos;s receipt</source>
        <translation>登记公安机关回执</translation>
    </message>
    <message>
        <source>Correct the day the decision reached the police</source>
        <translation>更正决定送达公安机关的日期</translation>
    </message>
    <message>
        <source>The receipt&apos;s deadline counts from this day (RPR 286), and so does the 15-day follow-up after a refusal for no crime (RPR 287).</source>
        <translation>执行回执期限自该日起算（规则第二百八十六条）；因不构成犯罪不批准逮捕后的十五日跟踪期限亦自该日起算（规则第二百八十七条）。</translation>
    </message>
    <message>
        <source>Police &amp;received it on:</source>
        <translation>公安机关收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Police request reconsideration (复议)</source>
        <translation>公安机关要求复议</translation>
    </message>
    <message>
        <source>Decide the reconsideration</source>
        <translation>作出复议决定</translation>
    </message>
    <message>
        <source>Police request upper-office review (复核)</source>
        <translation>公安机关提请复核</translation>
    </message>
    <message>
        <source>Upper office&apos;s answer (复核)</source>
        <translation>上一级院复核决定</translation>
    </message>
    <message>
        <source>Require the police to request arrest</source>
        <translation>要求公安机关提请批准逮捕</translation>
    </message>
    <message>
        <source>Police withdrew the case</source>
        <translation>公安机关撤销案件</translation>
    </message>
    <message>
        <source>Police answer to the RPR 288 demand</source>
        <translation>公安机关对要求提请批准逮捕的答复</translation>
    </message>
    <message>
        <source>Decide arrest directly (逮捕决定)</source>
        <translation>直接作出逮捕决定</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答复(&amp;A)：</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>答复日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Will request arrest</source>
        <translation>将提请批准逮捕</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不提请</translation>
    </message>
    <message>
        <source>Only when the police decline, or have not answered by the follow-up day (RPR 288).</source>
        <translation>仅在公安机关不提请，或者到跟进日仍未答复时，直接作出逮捕决定（规则第二百八十八条）。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation>送达日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation>收回日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;First staff member:</source>
        <translation>第一名检察人员(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;econd staff member:</source>
        <translation>第二名检察人员(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>Female &amp;prosecutor present:</source>
        <translation>女性检察人员参加(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Adult present:</source>
        <translation>到场成年人(&amp;A)：</translation>
    </message>
    <message>
        <source>Adult&apos;s &amp;name:</source>
        <translation>到场人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation>辩护律师(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;How heard:</source>
        <translation>听取方式(&amp;H)：</translation>
    </message>
    <message>
        <source>A&amp;rgument:</source>
        <translation>意见类型(&amp;R)：</translation>
    </message>
    <message>
        <source>What counsel &amp;says:</source>
        <translation>意见内容(&amp;S)：</translation>
    </message>
    <message>
        <source>Ado&amp;pted:</source>
        <translation>是否采纳(&amp;P)：</translation>
    </message>
    <message>
        <source>Reason (if not adopted):</source>
        <translation>理由（不采纳时）：</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>摘要(&amp;M)：</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>主持人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>听证员(&amp;M)：</translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation>参加人(&amp;R)：</translation>
    </message>
    <message>
        <source>Opinions &amp;heard:</source>
        <translation>听取的意见(&amp;H)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>听证结论(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>意见(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>理由类型(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Juvenile situation (RPR 463):</source>
        <translation>未成年人不捕情形（规则第463条）(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>审查理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Why it goes back:</source>
        <translation>退回理由(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Executed:</source>
        <translation>是否执行(&amp;E)：</translation>
    </message>
    <message>
        <source>Executed &amp;on:</source>
        <translation>执行日期(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Why not executed:</source>
        <translation>未执行原因(&amp;W)：</translation>
    </message>
    <message>
        <source>Police &amp;received the decision:</source>
        <translation>公安机关收到决定书日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Request &amp;arrived on:</source>
        <translation>收到意见书日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation>理由(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Approved by the &amp;chief:</source>
        <translation>批准的检察长(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>决定机关(&amp;B)：</translation>
    </message>
    <message>
        <source>Omitted &amp;suspect:</source>
        <translation>应当逮捕的犯罪嫌疑人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Demanded on:</source>
        <translation>发出日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>撤案日期(&amp;W)：</translation>
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
        <source>Not yet assessed</source>
        <translation>尚未审查</translation>
    </message>
    <message>
        <source>Refusal upheld</source>
        <translation>维持不批准逮捕</translation>
    </message>
    <message>
        <source>Changed: arrest</source>
        <translation>变更为批准逮捕</translation>
    </message>
    <message>
        <source>(no user has the chief&apos;s role)</source>
        <translation>（没有用户具有检察长角色）</translation>
    </message>
    <message>
        <source>Two staff take part in every interrogation (RPR 260).</source>
        <translation>讯问犯罪嫌疑人时，检察人员不得少于二人（规则第二百六十条）。</translation>
    </message>
    <message>
        <source>Refusal for no crime or insufficient evidence needs the chief procurator&apos;s approval (RPR 285 ¶3).</source>
        <translation>因不构成犯罪或者证据不足不批准逮捕的，应当报检察长决定（规则第二百八十五条第三款）。</translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Suspect interrogated by two staff</source>
        <translation>已由二名检察人员讯问犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Interrogation is compulsory: interrogate or hear the suspect in person</source>
        <translation>应当讯问：须讯问或当面听取犯罪嫌疑人意见</translation>
    </message>
    <message>
        <source>Detained and not interrogated: opinion form served and returned</source>
        <translation>被拘留且未讯问：听取意见书已送达并收回</translation>
    </message>
    <message>
        <source>Interrogation is optional</source>
        <translation>可以不讯问</translation>
    </message>
    <message>
        <source>Every counsel argument answered: adopted or not, with the reason</source>
        <translation>辩护律师每项意见均已说明是否采纳及理由</translation>
    </message>
    <message>
        <source>Legal representative or appropriate adult present</source>
        <translation>法定代理人或合适成年人到场</translation>
    </message>
    <message>
        <source>Counsel retained or legal aid notified</source>
        <translation>已委托辩护人或已通知法律援助</translation>
    </message>
    <message>
        <source>Social investigation report</source>
        <translation>社会调查报告</translation>
    </message>
    <message>
        <source>A female prosecutor took part (female juvenile)</source>
        <translation>女性检察人员参加（女性未成年人）</translation>
    </message>
    <message>
        <source>Age uncertain: establish it, or refuse arrest</source>
        <translation>年龄不能查清：查清年龄，否则不批准逮捕</translation>
    </message>
    <message>
        <source>Why compulsory: doubt whether the conditions of arrest are met</source>
        <translation>应当讯问：对是否符合逮捕条件有疑问</translation>
    </message>
    <message>
        <source>Why compulsory: the suspect asked to be heard in person</source>
        <translation>应当讯问：犯罪嫌疑人要求向检察人员当面陈述</translation>
    </message>
    <message>
        <source>Why compulsory: possible serious illegality in the investigation</source>
        <translation>应当讯问：侦查活动可能有重大违法行为</translation>
    </message>
    <message>
        <source>Why compulsory: major, difficult or complex case</source>
        <translation>应当讯问：案情重大、疑难、复杂</translation>
    </message>
    <message>
        <source>Why compulsory: pleads guilty and accepts punishment</source>
        <translation>应当讯问：认罪认罚</translation>
    </message>
    <message>
        <source>Why compulsory: juvenile suspect</source>
        <translation>应当讯问：未成年犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Why compulsory: blind, deaf, mute or mentally impaired suspect</source>
        <translation>应当讯问：盲、聋、哑人或者精神病人</translation>
    </message>
    <message>
        <source>Interrogation</source>
        <translation>讯问</translation>
    </message>
    <message>
        <source>Hearing the suspect in person</source>
        <translation>当面听取意见</translation>
    </message>
    <message>
        <source>Opinion form (听取意见书)</source>
        <translation>听取犯罪嫌疑人意见书</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代理人</translation>
    </message>
    <message>
        <source>Appropriate adult</source>
        <translation>合适成年人</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>未能联系</translation>
    </message>
    <message>
        <source>No crime</source>
        <translation>不构成犯罪</translation>
    </message>
    <message>
        <source>No social danger</source>
        <translation>无社会危险性</translation>
    </message>
    <message>
        <source>Unsuitable for custody</source>
        <translation>不适宜羁押</translation>
    </message>
    <message>
        <source>Illegal investigation</source>
        <translation>侦查活动违法</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(1) May commit a new crime</source>
        <translation>（一）可能实施新的犯罪</translation>
    </message>
    <message>
        <source>(2) Real danger to state security, public safety or order</source>
        <translation>（二）有危害国家安全、公共安全或者社会秩序的现实危险</translation>
    </message>
    <message>
        <source>(3) May destroy or forge evidence, or interfere with witnesses</source>
        <translation>（三）可能毁灭、伪造证据，干扰证人作证或者串供</translation>
    </message>
    <message>
        <source>(4) May retaliate against the victim or an informant</source>
        <translation>（四）可能对被害人、举报人、控告人实施打击报复</translation>
    </message>
    <message>
        <source>(5) May attempt suicide or flee</source>
        <translation>（五）企图自杀或者逃跑</translation>
    </message>
    <message>
        <source>Suspect asked to be heard</source>
        <translation>犯罪嫌疑人要求当面陈述</translation>
    </message>
    <message>
        <source>Doubt about the conditions</source>
        <translation>对逮捕条件有疑问</translation>
    </message>
    <message>
        <source>Possible illegal investigation</source>
        <translation>侦查活动可能重大违法</translation>
    </message>
    <message>
        <source>Major or complex</source>
        <translation>案情重大疑难复杂</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>盲聋哑或精神病人</translation>
    </message>
    <message>
        <source>Ten years or more possible</source>
        <translation>可能判处十年有期徒刑以上</translation>
    </message>
    <message>
        <source>Prior intentional crime</source>
        <translation>曾经故意犯罪</translation>
    </message>
    <message>
        <source>Identity unknown</source>
        <translation>身份不明</translation>
    </message>
    <message>
        <source>Serious bail violation</source>
        <translation>违反取保候审、监视居住规定情节严重</translation>
    </message>
    <message>
        <source>Social investigation report received</source>
        <translation>已收到社会调查报告</translation>
    </message>
    <message>
        <source>Age uncertain</source>
        <translation>年龄不能查清</translation>
    </message>
    <message>
        <source>Approve arrest</source>
        <translation>批准逮捕</translation>
    </message>
    <message>
        <source>Refuse arrest</source>
        <translation>不批准逮捕</translation>
    </message>
    <message>
        <source>Social danger (CPL 81 ¶1)</source>
        <translation>有社会危险性（刑诉法第81条第1款）</translation>
    </message>
    <message>
        <source>Ten years or more (CPL 81 ¶3)</source>
        <translation>可能判处十年以上（第81条第3款）</translation>
    </message>
    <message>
        <source>Prior intentional crime (CPL 81 ¶3)</source>
        <translation>曾经故意犯罪（第81条第3款）</translation>
    </message>
    <message>
        <source>Identity unknown (CPL 81 ¶3)</source>
        <translation>身份不明（第81条第3款）</translation>
    </message>
    <message>
        <source>Bail violation (CPL 81 ¶4)</source>
        <translation>违反取保候审、监视居住规定（第81条第4款）</translation>
    </message>
    <message>
        <source>No crime or statutory bar</source>
        <translation>不构成犯罪或法定不捕</translation>
    </message>
    <message>
        <source>Insufficient evidence</source>
        <translation>证据不足</translation>
    </message>
    <message>
        <source>First offence or negligence</source>
        <translation>初次犯罪、过失犯罪</translation>
    </message>
    <message>
        <source>Preparation, abandonment or attempt</source>
        <translation>犯罪预备、中止、未遂</translation>
    </message>
    <message>
        <source>Excessive defence or necessity</source>
        <translation>防卫过当、避险过当</translation>
    </message>
    <message>
        <source>Surrender or meritorious service</source>
        <translation>有自首或者立功表现</translation>
    </message>
    <message>
        <source>Remorse, restitution, forgiveness</source>
        <translation>真诚认罪悔罪，积极退赃赔偿，取得谅解</translation>
    </message>
    <message>
        <source>Accessory or coerced</source>
        <translation>共同犯罪中的从犯、胁从犯</translation>
    </message>
    <message>
        <source>Aged 14–16 or a student</source>
        <translation>已满十四周岁不满十六周岁或系在校学生</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>其他可以不批准逮捕的情形</translation>
    </message>
    <message>
        <source>Minor offence with effective guardianship</source>
        <translation>罪行较轻，具备有效监护条件</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>受理提请批准逮捕</translation>
    </message>
    <message>
        <source>Review time limit</source>
        <translation>审查逮捕期限</translation>
    </message>
    <message>
        <source>Opinion form served</source>
        <translation>送达听取意见书</translation>
    </message>
    <message>
        <source>Counsel heard</source>
        <translation>听取辩护律师意见</translation>
    </message>
    <message>
        <source>Arrest-review hearing</source>
        <translation>审查逮捕听证</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提出审查意见</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回审查</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Execution receipt due</source>
        <translation>执行回执</translation>
    </message>
    <message>
        <source>Release receipt due</source>
        <translation>释放回执</translation>
    </message>
    <message>
        <source>Reconsideration decision due</source>
        <translation>复议决定</translation>
    </message>
    <message>
        <source>Upper-office review decision due</source>
        <translation>复核决定（上一级院）</translation>
    </message>
    <message>
        <source>RPR 288 demand: follow-up</source>
        <translation>要求提请批准逮捕的答复</translation>
    </message>
    <message>
        <source>Withdrawal follow-up</source>
        <translation>撤销案件或者终止侦查</translation>
    </message>
    <message>
        <source>Arrest decided directly</source>
        <translation>直接作出逮捕决定</translation>
    </message>
    <message>
        <source>Re-submission of an earlier request</source>
        <translation>补充侦查后重新提请（原提请）</translation>
    </message>
    <message>
        <source>Re-submitted as a new request</source>
        <translation>补充侦查后重新提请（新提请）</translation>
    </message>
    <message>
        <source>Decision to approve arrest</source>
        <translation>批准逮捕决定书</translation>
    </message>
    <message>
        <source>Decision not to approve arrest</source>
        <translation>不批准逮捕决定书</translation>
    </message>
    <message>
        <source>Reasons for not approving arrest</source>
        <translation>不批准逮捕理由说明书</translation>
    </message>
    <message>
        <source>Outline for supplementary investigation</source>
        <translation>补充侦查提纲</translation>
    </message>
    <message>
        <source>Outline for continued investigation</source>
        <translation>继续侦查提纲</translation>
    </message>
    <message>
        <source>Form for the suspect&apos;s opinion</source>
        <translation>听取犯罪嫌疑人意见书</translation>
    </message>
    <message>
        <source>Reconsideration decision</source>
        <translation>复议决定书</translation>
    </message>
    <message>
        <source>Notice requiring a request for arrest</source>
        <translation>要求公安机关提请批准逮捕的通知</translation>
    </message>
    <message>
        <source>Arrest decision</source>
        <translation>逮捕决定书</translation>
    </message>
    <message>
        <source>Notice to provide legal aid</source>
        <translation>提供法律援助通知书</translation>
    </message>
    <message>
        <source>Needs the chief procurator&apos;s approval (RPR 285 ¶3)</source>
        <translation>需经检察长批准（规则第二百八十五条第三款）</translation>
    </message>
    <message>
        <source>Only an approver can approve or send back</source>
        <translation>只有具有审批权的人员可以审批或退回</translation>
    </message>
    <message>
        <source>You proposed this: another approver must approve it</source>
        <translation>此意见由您提出，须由其他审批人审批</translation>
    </message>
    <message>
        <source>Single-officer office: your approval is recorded as self-approval</source>
        <translation>本院为独任审批配置：您的审批将记为本人审批</translation>
    </message>
    <message>
        <source>No proposal is waiting for approval</source>
        <translation>没有待审批的意见</translation>
    </message>
    <message>
        <source>Two staff must take part (RPR 260)</source>
        <translation>检察人员不得少于二人（规则第二百六十条）</translation>
    </message>
    <message>
        <source>Earlier than the day it was served</source>
        <translation>早于送达日期</translation>
    </message>
    <message>
        <source>Earlier than the day the decision was received</source>
        <translation>早于收到决定书的日期</translation>
    </message>
    <message>
        <source>Say why the argument is not adopted</source>
        <translation>请说明不采纳的理由</translation>
    </message>
    <message>
        <source>Assess every counsel argument</source>
        <translation>请对辩护律师的每项意见作出是否采纳的判断</translation>
    </message>
    <message>
        <source>Give the facts</source>
        <translation>请填写事实</translation>
    </message>
    <message>
        <source>Give the evidence</source>
        <translation>请填写证据</translation>
    </message>
    <message>
        <source>Tick at least one social-danger circumstance</source>
        <translation>请至少勾选一项社会危险性情形</translation>
    </message>
    <message>
        <source>The mandatory-arrest test for this ground is not ticked</source>
        <translation>未勾选该理由对应的应当逮捕情形</translation>
    </message>
    <message>
        <source>Choose a ground</source>
        <translation>请选择理由</translation>
    </message>
    <message>
        <source>RPR 463 situations apply to juveniles only</source>
        <translation>规则第463条情形仅适用于未成年人</translation>
    </message>
    <message>
        <source>RPR 463 situations belong to a refusal</source>
        <translation>规则第463条情形仅适用于不批准逮捕</translation>
    </message>
    <message>
        <source>A proposal is already waiting for approval</source>
        <translation>已有待审批的意见</translation>
    </message>
    <message>
        <source>The review is already decided</source>
        <translation>该审查已作出决定</translation>
    </message>
    <message>
        <source>Send the proposal back first</source>
        <translation>请先退回待审批的意见</translation>
    </message>
    <message>
        <source>The officer who handled the refusal may not decide its reconsideration</source>
        <translation>原承办检察官不得办理复议</translation>
    </message>
    <message>
        <source>This refusal is already being reconsidered</source>
        <translation>该不批准逮捕决定已在复议中</translation>
    </message>
    <message>
        <source>Only a refusal can be reconsidered</source>
        <translation>只有不批准逮捕决定可以复议</translation>
    </message>
    <message>
        <source>Upper-office review follows a reconsideration that upheld the refusal</source>
        <translation>复核须在复议维持原决定之后</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Only a refusal for no crime asks the police to withdraw</source>
        <translation>只有因不构成犯罪不批准逮捕的，才通知公安机关撤案</translation>
    </message>
</context>
<context>
    <name>ReviewPoints</name>
    <message>
        <source>Interrogation compulsory when (RPR 280)</source>
        <translation>应当讯问的情形（规则第二百八十条）</translation>
    </message>
    <message>
        <source>Mandatory-arrest tests (CPL 81 ¶3–4)</source>
        <translation>应当逮捕的情形（刑诉法第八十一条第三、四款）</translation>
    </message>
    <message>
        <source>Juvenile suspect (RPR 460–465)</source>
        <translation>未成年犯罪嫌疑人（规则第四百六十条至第四百六十五条）</translation>
    </message>
    <message>
        <source>&amp;Legal aid notified on:</source>
        <translation>通知法律援助日期(&amp;L)：</translation>
    </message>
    <message>
        <source>Social danger (CPL 81 ¶1): tick, with facts and evidence</source>
        <translation>社会危险性（刑诉法第八十一条第一款）：勾选并填写事实和证据</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>事实</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Save review points</source>
        <translation>保存审查要点</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk grading</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Risk &amp;level:</source>
        <translation>风险等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation>风险因素：</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Reading and checking the rows…</source>
        <translation>正在读取并检查各行…</translation>
    </message>
    <message>
        <source>Writing the rows: %1 of %2…</source>
        <translation>正在写入：第 %1 / %2 行…</translation>
    </message>
    <message>
        <source>Cancelling: everything written so far is taken back…</source>
        <translation>正在取消：已写入的内容全部撤回…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：未导入任何数据。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>All accepted rows are written in one transaction; Cancel takes everything back.</source>
        <translation>所有通过检查的行在一个事务中写入；取消则全部撤回。</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>AR PL UMing (shipped with the program)</source>
        <translation>文鼎明体 AR PL UMing（随程序提供）</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message>
        <source>Used for documents issued from now on; documents already issued keep their font.</source>
        <translation>用于今后制作的文书；已制作的文书保持原字体。</translation>
    </message>
    <message>
        <source>No official 仿宋 or 宋体 font was found on this computer; documents use the shipped font.</source>
        <translation>本机未找到仿宋或宋体字体，文书使用随程序提供的字体。</translation>
    </message>
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
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Document &amp;font:</source>
        <translation>文书字体(&amp;F)：</translation>
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
        <source>A user name has 2 to 32 characters and no spaces.</source>
        <translation>用户名为 2 至 32 个字符，不含空格。</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>正在创建数据库…</translation>
    </message>
    <message>
        <source>Keys not created</source>
        <translation>未生成密钥</translation>
    </message>
    <message>
        <source>The database was created, but not the office&apos;s keys: %1

Create them later under Settings, This office&apos;s keys.</source>
        <translation>数据库已创建，但未生成本院密钥：%1

请稍后在“设置”的“本院密钥”中生成。</translation>
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
    <name>StatisticsPage</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数字：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1: last package received %2</source>
        <translation>%1：最近收到数据包 %2</translation>
    </message>
    <message>
        <source>No package for over 7 days: its figures may be incomplete.</source>
        <translation>超过7天未收到数据包：其数字可能不完整。</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>of which juveniles</source>
        <translation>其中未成年人</translation>
    </message>
    <message>
        <source>Juveniles are shown only as counts</source>
        <translation>未成年人只显示人数</translation>
    </message>
    <message>
        <source>Numerator: %1 = %2&lt;br&gt;Denominator: %3 = %4</source>
        <translation>分子：%1 = %2&lt;br&gt;分母：%3 = %4</translation>
    </message>
    <message>
        <source>The program does not record what this figure needs.</source>
        <translation>程序未登记统计此项所需的信息。</translation>
    </message>
    <message>
        <source>Double-click a figure to list its records.</source>
        <translation>双击数字可列出其对应的案件。</translation>
    </message>
    <message>
        <source>Arrest review</source>
        <translation>审查逮捕</translation>
    </message>
    <message>
        <source>Custody-necessity review</source>
        <translation>羁押必要性审查</translation>
    </message>
    <message>
        <source>Case-filing supervision</source>
        <translation>立案监督</translation>
    </message>
    <message>
        <source>Investigation-activity supervision</source>
        <translation>侦查活动监督</translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation>涉检信访</translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation>听证</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>受理（件）</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>受理（人）</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>承办人数</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>报表未能写入：%1</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>报表已写入：%1</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报表(&amp;X)…</translation>
    </message>
    <message>
        <source>The period&apos;s report as an Excel workbook or a PDF</source>
        <translation>将本期统计报表导出为 Excel 工作簿或 PDF</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>工作量</translation>
    </message>
</context>
<context>
    <name>SupervisionDetail</name>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation>（原期满日%1，遇节假日顺延）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限类型</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>届满日期</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>送达对象</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>拟稿日期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>送达日期</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Illegality</source>
        <translation>违法情形</translation>
    </message>
    <message>
        <source>Facts and reasons</source>
        <translation>事实和理由</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Police answer</source>
        <translation>公安机关回复</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Case filed on</source>
        <translation>立案日期</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明理由</translation>
    </message>
    <message>
        <source>Reported to the upper office</source>
        <translation>报告上级院</translation>
    </message>
    <message>
        <source>Next notice issued</source>
        <translation>已发出下一步通知书</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>May follow now</source>
        <translation>现可发出</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Kind of supervision</source>
        <translation>监督类型</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Police case no.</source>
        <translation>公安案件编号</translation>
    </message>
    <message>
        <source>Victim or complainant</source>
        <translation>被害人或控告人</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>涉及人员</translation>
    </message>
    <message>
        <source>Special work</source>
        <translation>专项工作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Arrest request</source>
        <translation>关联提请批捕案件</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
</context>
<context>
    <name>SupervisionDialogs</name>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Kind of supervision:</source>
        <translation>监督类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Police agency:</source>
        <translation>公安机关(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Received or found on:</source>
        <translation>受理或发现日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Police &amp;case no.:</source>
        <translation>公安案件编号(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Victim or complainant:</source>
        <translation>被害人或控告人(&amp;V)：</translation>
    </message>
    <message>
        <source>Person conc&amp;erned:</source>
        <translation>涉及人员(&amp;E)：</translation>
    </message>
    <message>
        <source>Special &amp;work:</source>
        <translation>专项工作(&amp;W)：</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
    <message>
        <source>Arrest re&amp;quest:</source>
        <translation>关联提请批捕案件(&amp;Q)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Its suspec&amp;t:</source>
        <translation>其中的犯罪嫌疑人(&amp;T)：</translation>
    </message>
    <message>
        <source>New supervision matter</source>
        <translation>新建监督事项</translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation>通知书(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Drafted on:</source>
        <translation>拟稿日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation>送达对象(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Facts and reasons:</source>
        <translation>事实和理由(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Illegality (RPR 567):</source>
        <translation>违法情形（规则第567条）(&amp;I)：</translation>
    </message>
    <message>
        <source>Reply &amp;period (days):</source>
        <translation>回复期限（日）(&amp;P)：</translation>
    </message>
    <message>
        <source>New notice</source>
        <translation>新建通知书</translation>
    </message>
    <message>
        <source>Next notice of the chain</source>
        <translation>发出下一步通知书</translation>
    </message>
    <message>
        <source>Follows: %1. Basis: %2</source>
        <translation>承接：%1。依据：%2</translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation>审批日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Appro&amp;ved by:</source>
        <translation>审批人(&amp;V)：</translation>
    </message>
    <message>
        <source>Approve the notice</source>
        <translation>审批通知书</translation>
    </message>
    <message>
        <source>The chief procurator decides this notice (RPR 552, 561).</source>
        <translation>本通知书由检察长决定（《人民检察院刑事诉讼规则》第五百五十二条、第五百六十一条）。</translation>
    </message>
    <message>
        <source>&amp;Served on (送达回证):</source>
        <translation>送达日期（送达回证）(&amp;S)：</translation>
    </message>
    <message>
        <source>Record service on the police</source>
        <translation>登记送达</translation>
    </message>
    <message>
        <source>The police&apos;s reply is due on %1. %2</source>
        <translation>公安机关应于%1前回复。%2</translation>
    </message>
    <message>
        <source>No reply period runs for this notice.</source>
        <translation>本通知书不设回复期限。</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>回复内容类型(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Case &amp;filed on:</source>
        <translation>立案日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C)：</translation>
    </message>
    <message>
        <source>Record the police&apos;s answer</source>
        <translation>登记公安机关回复</translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation>审查日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>审查结论(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Assess the police&apos;s explanation</source>
        <translation>审查公安机关的说明理由</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>决定日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Decide the police&apos;s request</source>
        <translation>对公安机关的要求作出决定</translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation>报告日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Report to the upper procuratorate</source>
        <translation>报告上一级人民检察院</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>结束日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation>结束通知书</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>纠正日期(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;What was said, to whom:</source>
        <translation>纠正内容及对象(&amp;W)：</translation>
    </message>
    <message>
        <source>Log an oral correction</source>
        <translation>登记口头纠正</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>办理结果(&amp;R)：</translation>
    </message>
    <message>
        <source>Close the matter</source>
        <translation>办结监督事项</translation>
    </message>
    <message>
        <source>&amp;Correction notice, reply period (days):</source>
        <translation>纠正违法通知书回复期限（日）(&amp;C)：</translation>
    </message>
    <message>
        <source>Procuratorial s&amp;uggestion, reply period (months):</source>
        <translation>检察建议书回复期限（月）(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Holiday extension of police periods:</source>
        <translation>公安机关回复期限遇节假日顺延(&amp;H)：</translation>
    </message>
    <message>
        <source>Yes: a last day on a holiday moves on (CPL Art. 105)</source>
        <translation>是：期满日为节假日的顺延（《刑事诉讼法》第一百零五条）</translation>
    </message>
    <message>
        <source>No: the calendar day counts</source>
        <translation>否：按日历日计算</translation>
    </message>
    <message>
        <source>Office&apos;s own &amp;tags:</source>
        <translation>本院自定义标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Supervision settings</source>
        <translation>侦查监督设置</translation>
    </message>
    <message>
        <source>The other periods are statutory: explanation 7 days (RPR 560), filing 15 days (RPR 563), withdrawal 15 days (RPR 564), telling the victim 10 days (RPR 561), 复议 7 days and 复核 15 days (RPR 565), 复查 7 days (RPR 554). Tags: one per line or separated by commas.</source>
        <translation>其他期限为法定期限：说明理由7日（规则第560条），立案15日（规则第563条），撤销案件15日（规则第564条），告知被害人10日（规则第561条），复议7日、复核15日（规则第565条），复查7日（规则第554条）。标签：每行一个，或以逗号分隔。</translation>
    </message>
</context>
<context>
    <name>SupervisionLabels</name>
    <message>
        <source>Own finding</source>
        <translation>本院发现</translation>
    </message>
    <message>
        <source>Victim&apos;s complaint</source>
        <translation>被害人控告</translation>
    </message>
    <message>
        <source>Petition</source>
        <translation>来信来访</translation>
    </message>
    <message>
        <source>Found during arrest review</source>
        <translation>审查逮捕中发现</translation>
    </message>
    <message>
        <source>Transfer from an administrative agency</source>
        <translation>行政执法机关移送</translation>
    </message>
    <message>
        <source>Case-filing supervision</source>
        <translation>立案监督</translation>
    </message>
    <message>
        <source>Investigation-activity supervision</source>
        <translation>侦查活动监督</translation>
    </message>
    <message>
        <source>Organised crime (扫黑除恶)</source>
        <translation>扫黑除恶</translation>
    </message>
    <message>
        <source>Administrative–criminal link (两法衔接)</source>
        <translation>两法衔接</translation>
    </message>
    <message>
        <source>Juvenile</source>
        <translation>未成年人</translation>
    </message>
    <message>
        <source>Enterprise-related</source>
        <translation>涉企</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>拟稿</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Served, reply due</source>
        <translation>已送达，待回复</translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation>逾期未回复</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Complied</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Partly complied</source>
        <translation>部分纠正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒不纠正</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation>已说明理由</translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation>已立案</translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation>已撤销案件</translation>
    </message>
    <message>
        <source>Corrected / adopted</source>
        <translation>已纠正/采纳</translation>
    </message>
    <message>
        <source>Partly corrected</source>
        <translation>部分纠正</translation>
    </message>
    <message>
        <source>Asks for reconsideration (复议)</source>
        <translation>要求复议</translation>
    </message>
    <message>
        <source>Asks the upper office to review (复核)</source>
        <translation>提请上级院复核</translation>
    </message>
    <message>
        <source>Asks for re-examination (复查)</source>
        <translation>要求复查</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>侦查进展情况</translation>
    </message>
    <message>
        <source>Reasons hold</source>
        <translation>理由成立</translation>
    </message>
    <message>
        <source>Reasons do not hold</source>
        <translation>理由不成立</translation>
    </message>
    <message>
        <source>Notice upheld</source>
        <translation>维持原通知</translation>
    </message>
    <message>
        <source>Notice withdrawn</source>
        <translation>撤销原通知</translation>
    </message>
    <message>
        <source>Police reply due</source>
        <translation>公安机关回复期限</translation>
    </message>
    <message>
        <source>Tell the victim the outcome</source>
        <translation>告知被害人审查结论</translation>
    </message>
    <message>
        <source>Decide the police&apos;s request</source>
        <translation>对公安机关的要求作出决定</translation>
    </message>
    <message>
        <source>Upper office&apos;s review decision</source>
        <translation>上级院复核决定</translation>
    </message>
    <message>
        <source>3 months since filing: urge progress</source>
        <translation>立案满三个月：催办</translation>
    </message>
    <message>
        <source>Matter opened</source>
        <translation>监督事项受理</translation>
    </message>
    <message>
        <source>Oral correction given</source>
        <translation>口头纠正</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>送达</translation>
    </message>
    <message>
        <source>Police answer</source>
        <translation>公安机关回复</translation>
    </message>
    <message>
        <source>Decision on the request</source>
        <translation>作出决定</translation>
    </message>
    <message>
        <source>Explanation assessed</source>
        <translation>审查说明理由</translation>
    </message>
    <message>
        <source>Escalated to the next notice</source>
        <translation>升级为下一步通知书</translation>
    </message>
    <message>
        <source>Reported to the upper office</source>
        <translation>报告上级院</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Matter closed</source>
        <translation>监督事项办结</translation>
    </message>
    <message>
        <source>This step does not fit the notice&apos;s present state.</source>
        <translation>该步骤与通知书当前状态不符。</translation>
    </message>
    <message>
        <source>This date is before {date}.</source>
        <translation>该日期早于{date}。</translation>
    </message>
    <message>
        <source>Unknown tag: {tag}.</source>
        <translation>未知标签：{tag}。</translation>
    </message>
    <message>
        <source>A matter found during arrest review names its request.</source>
        <translation>审查逮捕中发现的监督事项须关联提请批捕案件。</translation>
    </message>
    <message>
        <source>No such request.</source>
        <translation>没有该提请批捕案件。</translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation>没有该人员。</translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <source>The matter is closed.</source>
        <translation>该监督事项已办结。</translation>
    </message>
    <message>
        <source>{count} notice(s) still running: close or escalate them first.</source>
        <translation>尚有{count}份通知书未结束：请先结束或升级。</translation>
    </message>
    <message>
        <source>Oral corrections are logged with their own button.</source>
        <translation>口头纠正请用“口头纠正”按钮登记。</translation>
    </message>
    <message>
        <source>That notice belongs to another matter.</source>
        <translation>该通知书属于其他监督事项。</translation>
    </message>
    <message>
        <source>This notice cannot follow the chosen one now.</source>
        <translation>目前不能在所选通知书之后发出该通知书。</translation>
    </message>
    <message>
        <source>This notice only follows an earlier one: select it first.</source>
        <translation>该通知书须承接前一份通知书：请先选中前一份。</translation>
    </message>
    <message>
        <source>Tick at least one kind of illegality (RPR 567).</source>
        <translation>请至少勾选一种违法情形（规则第567条）。</translation>
    </message>
    <message>
        <source>A number of days from 1 to 90.</source>
        <translation>请填写1至90之间的天数。</translation>
    </message>
    <message>
        <source>A number of months from 1 to 12.</source>
        <translation>请填写1至12之间的月数。</translation>
    </message>
    <message>
        <source>Tags are at most 20 characters, without “|”: {tag}</source>
        <translation>标签不超过20个字且不含“|”：{tag}</translation>
    </message>
    <message>
        <source>This answer does not fit this kind of notice.</source>
        <translation>该回复与此类通知书不符。</translation>
    </message>
    <message>
        <source>The notice has not been served yet.</source>
        <translation>该通知书尚未送达。</translation>
    </message>
    <message>
        <source>A request for reconsideration or re-examination waits for its decision.</source>
        <translation>复议或复查要求尚待决定。</translation>
    </message>
    <message>
        <source>The filing date is after the answer came.</source>
        <translation>立案日期晚于收到回复的日期。</translation>
    </message>
    <message>
        <source>Only an explanation request is assessed.</source>
        <translation>只有要求说明理由的通知书需要审查说明。</translation>
    </message>
    <message>
        <source>No explanation to assess.</source>
        <translation>没有需要审查的说明理由。</translation>
    </message>
    <message>
        <source>Already assessed.</source>
        <translation>已经审查。</translation>
    </message>
    <message>
        <source>No request waits for a decision.</source>
        <translation>没有待决定的要求。</translation>
    </message>
    <message>
        <source>Only a correction notice or a suggestion not complied with is reported to the upper office.</source>
        <translation>只有未被纠正的纠正违法通知书或未被采纳的检察建议才报告上级院。</translation>
    </message>
    <message>
        <source>extended over holidays (CPL Art. 105)</source>
        <translation>遇节假日顺延（《刑事诉讼法》第一百零五条）</translation>
    </message>
    <message>
        <source>not extended over holidays</source>
        <translation>不因节假日顺延</translation>
    </message>
    <message>
        <source>Police periods: explanation %1 days, filing %2 days, correction %3 days, suggestion %4 months; %5. Office setting.</source>
        <translation>公安机关期限：说明理由%1日，立案%2日，纠正违法%3日，检察建议%4个月；%5。本院设置。</translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Perio&amp;ds and tags…</source>
        <translation>期限和标签(&amp;D)…</translation>
    </message>
    <message>
        <source>Case number, names, agency, summary</source>
        <translation>案件编号、姓名、公安机关、摘要</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Matte&amp;rs:</source>
        <translation>事项(&amp;R)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>通知书(&amp;K)：</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>公安机关(&amp;G)：</translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation>仅显示逾期(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation>新建监督事项(&amp;N)…</translation>
    </message>
    <message>
        <source>C&amp;lose matter…</source>
        <translation>办结事项(&amp;L)…</translation>
    </message>
    <message>
        <source>Ne&amp;w notice…</source>
        <translation>新建通知书(&amp;W)…</translation>
    </message>
    <message>
        <source>Ne&amp;xt notice…</source>
        <translation>下一步通知书(&amp;X)…</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>审批(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Served…</source>
        <translation>送达(&amp;S)…</translation>
    </message>
    <message>
        <source>Police &amp;answer…</source>
        <translation>公安机关回复(&amp;A)…</translation>
    </message>
    <message>
        <source>Assess &amp;explanation…</source>
        <translation>审查说明理由(&amp;E)…</translation>
    </message>
    <message>
        <source>Dec&amp;ide request…</source>
        <translation>决定复议复查(&amp;I)…</translation>
    </message>
    <message>
        <source>Report &amp;up…</source>
        <translation>报告上级院(&amp;U)…</translation>
    </message>
    <message>
        <source>Close noti&amp;ce…</source>
        <translation>结束通知书(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Oral correction…</source>
        <translation>口头纠正(&amp;O)…</translation>
    </message>
    <message>
        <source>Docu&amp;ment…</source>
        <translation>制作文书(&amp;M)…</translation>
    </message>
    <message>
        <source>Matter and timeline</source>
        <translation>事项与时间线</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>SupervisionTableModel</name>
    <message>
        <source>Opened</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>公安机关</translation>
    </message>
    <message>
        <source>Case and persons</source>
        <translation>案件与人员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Current notice</source>
        <translation>当前通知书</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation>期限（剩余天数）</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
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
    <name>SuspectWorkspace</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未满足</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>not yet returned</source>
        <translation>尚未收回</translation>
    </message>
    <message>
        <source>female prosecutor present</source>
        <translation>女性检察人员参加</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未审查</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>采纳</translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Remove “%1” from this review? Use this for an entry made by mistake; the audit history keeps what it said.</source>
        <translation>从本次审查中删除“%1”？仅用于误录的记录；操作记录仍会保留其内容。</translation>
    </message>
    <message>
        <source>Checks before a decision</source>
        <translation>决定前的审查要求</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Interrogations and hearing the suspect</source>
        <translation>讯问及听取犯罪嫌疑人意见</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>检察人员</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Form returned, adults</source>
        <translation>意见书收回、到场成年人</translation>
    </message>
    <message>
        <source>Add &amp;interrogation…</source>
        <translation>添加讯问(&amp;I)…</translation>
    </message>
    <message>
        <source>Serve opinion &amp;form…</source>
        <translation>送达意见书(&amp;F)…</translation>
    </message>
    <message>
        <source>Form &amp;returned…</source>
        <translation>意见书收回(&amp;R)…</translation>
    </message>
    <message>
        <source>Defence counsel&apos;s opinions</source>
        <translation>辩护律师意见</translation>
    </message>
    <message>
        <source>Counsel / argument</source>
        <translation>律师／意见类型</translation>
    </message>
    <message>
        <source>Date / text</source>
        <translation>日期／内容</translation>
    </message>
    <message>
        <source>How heard / adopted</source>
        <translation>听取方式／是否采纳</translation>
    </message>
    <message>
        <source>Add &amp;counsel opinion…</source>
        <translation>添加律师意见(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Assess arguments…</source>
        <translation>审查律师意见(&amp;A)…</translation>
    </message>
    <message>
        <source>Review points</source>
        <translation>审查要点</translation>
    </message>
    <message>
        <source>Arrest-review hearing (听证)</source>
        <translation>审查逮捕听证</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Record &amp;hearing…</source>
        <translation>登记听证(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Remove the selected entry, made by mistake (Delete)</source>
        <translation>删除选中的误录记录（Delete 键）</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>This is not a Zhenjian sync package.</source>
        <translation>这不是侦监台同步包文件。</translation>
    </message>
    <message>
        <source>The package file is damaged or incomplete (perhaps a copy did not finish). Export it again.</source>
        <translation>同步包文件已损坏或不完整（可能拷贝未完成），请重新导出。</translation>
    </message>
    <message>
        <source>The package was made by a newer program. Update this one.</source>
        <translation>同步包由更新版本的程序生成，请升级本程序。</translation>
    </message>
    <message>
        <source>The package uses a cipher suite this program does not know.</source>
        <translation>同步包使用了本程序不支持的加密算法。</translation>
    </message>
    <message>
        <source>The sender, or its key, is not registered here. Register its public key file first.</source>
        <translation>发送单位或其密钥未在本院登记，请先登记其公钥文件。</translation>
    </message>
    <message>
        <source>The package is addressed to another office.</source>
        <translation>该同步包不是发给本院的。</translation>
    </message>
    <message>
        <source>The signature does not verify: the package was altered or forged. It was refused.</source>
        <translation>签名验证失败：同步包被篡改或伪造，已拒绝。</translation>
    </message>
    <message>
        <source>The package cannot be decrypted: it was not encrypted for this office&apos;s key.</source>
        <translation>无法解密：该同步包不是用本院的密钥加密的。</translation>
    </message>
    <message>
        <source>The package is larger than allowed.</source>
        <translation>同步包超出允许大小。</translation>
    </message>
    <message>
        <source>The sender&apos;s program is newer. Update this program, then import the package again.</source>
        <translation>发送方程序版本较新，请升级本程序后重新导入。</translation>
    </message>
    <message>
        <source>A sequence number came again with other contents (an altered package, or the unit restored an old backup). The package was refused and an alarm raised.</source>
        <translation>序号再次出现但内容不同（同步包被篡改，或该单位恢复了旧备份）。已拒绝该同步包并发出警报。</translation>
    </message>
    <message>
        <source>The package goes the wrong way (e.g. an acknowledgement imported at the upper office).</source>
        <translation>同步包方向不对（例如在上级院导入了回执）。</translation>
    </message>
    <message>
        <source>The package carries records its sender does not own. It was refused.</source>
        <translation>同步包含有不属于发送单位的记录，已拒绝。</translation>
    </message>
    <message>
        <source>The package carries data that is never synced. It was refused.</source>
        <translation>同步包含有不应同步的数据，已拒绝。</translation>
    </message>
    <message>
        <source>No answer from the upper office: the link is down or the address is wrong. The changes stay pending and go with the next attempt.</source>
        <translation>上级院无应答：网络未连通或地址有误。变更仍待发送，下次尝试时一并发送。</translation>
    </message>
    <message>
        <source>The upper office&apos;s service answered with an error. The changes stay pending.</source>
        <translation>上级院同步服务返回错误，变更仍待发送。</translation>
    </message>
    <message>
        <source>The file could not be written or read: %1. Nothing was marked as sent.</source>
        <translation>文件无法写入或读取：%1。没有任何变更被标记为已发送。</translation>
    </message>
    <message>
        <source>This computer has no keyring: the keys are in a file protected by a passphrase.</source>
        <translation>本机没有系统密钥环：密钥保存在以口令保护的文件中。</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>口令错误。</translation>
    </message>
    <message>
        <source>This office has no keys yet. Create them in Settings.</source>
        <translation>本院尚未生成密钥，请在“设置”中生成。</translation>
    </message>
    <message>
        <source>The office&apos;s keys are damaged or do not match the recorded public keys.</source>
        <translation>本院密钥已损坏，或与登记的公钥不一致。</translation>
    </message>
    <message>
        <source>This is this office&apos;s own key file.</source>
        <translation>这是本院自己的公钥文件。</translation>
    </message>
    <message>
        <source>The key file is not an upper office&apos;s.</source>
        <translation>该公钥文件不是上级院的。</translation>
    </message>
    <message>
        <source>The key file is not a grassroots unit&apos;s.</source>
        <translation>该公钥文件不是下级院的。</translation>
    </message>
    <message>
        <source>Another upper office is already registered.</source>
        <translation>已登记了另一个上级院。</translation>
    </message>
    <message>
        <source>Register the upper office&apos;s key file first.</source>
        <translation>请先登记上级院的公钥文件。</translation>
    </message>
    <message>
        <source>An address starts with http:// or https://.</source>
        <translation>地址应以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation>发出变更</translation>
    </message>
    <message>
        <source>Changes received</source>
        <translation>收到变更</translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation>发出回执</translation>
    </message>
    <message>
        <source>Acknowledgement received</source>
        <translation>收到回执</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>held (gap)</source>
        <translation>暂存（缺少前序）</translation>
    </message>
    <message>
        <source>already applied</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Acknowledgement from %1: this office&apos;s changes are acknowledged up to %2.</source>
        <translation>%1 的回执：本院变更已确认至序号 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the upper office applied.</source>
        <translation>
            <numerusform>已导入上级院记录 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes %1 from %2: %3; applied up to %4.</source>
        <translation>%2 的变更 %1：%3；已导入至序号 %4。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This is an upper-level office: its units send their packages here.</source>
        <translation>本院为上级院：下级院的同步包发送至此。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) registered.</source>
        <translation>
            <numerusform>已登记 %n 个下级院。</numerusform>
        </translation>
    </message>
    <message>
        <source>Upper office: %1 (%2)</source>
        <translation>上级院：%1（%2）</translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>no address: packages go as files</source>
        <translation>未设地址：以文件方式传递同步包</translation>
    </message>
    <message>
        <source>No upper office registered yet: register its public key file first.</source>
        <translation>尚未登记上级院：请先登记其公钥文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged; the oldest from %1 (%2 days).</source>
        <translation>
            <numerusform>%n 条变更尚未确认；最早一条为 %1（已 %2 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is acknowledged by the upper office.</source>
        <translation>全部变更均已由上级院确认。</translation>
    </message>
    <message>
        <source>Last acknowledgement: %1</source>
        <translation>最近一次回执：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s). Newest: unit %1 reported an audit chain that does not extend the one it reported before (entry %2): its history was rewritten or an old backup restored.</source>
        <translation>
            <numerusform>%n 条警报。最新：单位 %1 报送的审计链不能接续其此前报送的审计链（第 %2 条）：其历史记录被改写，或恢复了旧备份。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s): a package reused sequence numbers with other contents. See the history.</source>
        <translation>
            <numerusform>%n 条警报：有同步包以不同内容重复使用序号，详见记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: up</source>
        <translation>网络：已连通</translation>
    </message>
    <message>
        <source>Link: down (%1)</source>
        <translation>网络：未连通（%1）</translation>
    </message>
    <message>
        <source>Link: the upper office refused the last package (%1)</source>
        <translation>网络：上级院拒绝了上一个同步包（%1）</translation>
    </message>
    <message>
        <source>Link: not tried yet</source>
        <translation>网络：尚未尝试</translation>
    </message>
    <message>
        <source>(sending…)</source>
        <translation>（发送中…）</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>尚未收到</translation>
    </message>
    <message>
        <source>today</source>
        <translation>当天</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening this office&apos;s keys…</source>
        <translation>正在打开本院密钥…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase of this office&apos;s keys:</source>
        <translation>口令错误。请输入本院密钥的口令：</translation>
    </message>
    <message>
        <source>Passphrase of this office&apos;s keys:</source>
        <translation>本院密钥的口令：</translation>
    </message>
    <message>
        <source>Office keys</source>
        <translation>本院密钥</translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation>公钥文件</translation>
    </message>
    <message>
        <source>Public key files (*.zjkey);;All files (*)</source>
        <translation>公钥文件 (*.zjkey);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This is not a usable public key file: %1</source>
        <translation>这不是可用的公钥文件：%1</translation>
    </message>
    <message>
        <source>Check the fingerprint</source>
        <translation>核对指纹</translation>
    </message>
    <message>
        <source>%1 (%2)

Fingerprint:
%3

Read it out over the phone with the other office. Register these keys only if it is the same.</source>
        <translation>%1（%2）

指纹：
%3

请与对方电话逐组核对，完全一致时才登记该密钥。</translation>
    </message>
    <message>
        <source>Upper office&apos;s address</source>
        <translation>上级院地址</translation>
    </message>
    <message>
        <source>Address of the upper office&apos;s sync service (e.g. http://10.1.2.3:8750), empty for none:</source>
        <translation>上级院同步服务地址（如 http://10.1.2.3:8750），不用网络同步则留空：</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Writing packages…</source>
        <translation>正在写入同步包…</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个同步包。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: every change is acknowledged.</source>
        <translation>没有需要发送的变更：全部变更均已确认。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <source>Sync packages (*.zjpkg);;All files (*)</source>
        <translation>同步包 (*.zjpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Acknowledgement written: %1</source>
        <translation>已写入回执：%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Sync with the upper office</source>
        <translation>与上级院同步</translation>
    </message>
    <message>
        <source>Units of this office</source>
        <translation>本院所辖单位</translation>
    </message>
    <message>
        <source>Register upper office&apos;s key…</source>
        <translation>登记上级院公钥…</translation>
    </message>
    <message>
        <source>Register a unit&apos;s key…</source>
        <translation>登记下级院公钥…</translation>
    </message>
    <message>
        <source>Address…</source>
        <translation>地址…</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>导出同步包(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Push now</source>
        <translation>立即发送(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation>同步包收发记录</translation>
    </message>
    <message>
        <source>Registered units</source>
        <translation>已登记单位</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note or file</source>
        <translation>说明或文件</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Applied up to</source>
        <translation>已导入至</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近同步包</translation>
    </message>
    <message>
        <source>Held ranges</source>
        <translation>暂存序号段</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>数据滞后</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>警报</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>(self-approved)</source>
        <translation>（本人审批）</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>（超期）</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>not executed</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>upheld</source>
        <translation>维持</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未答复</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation>犯罪嫌疑人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
</context>
<context>
    <name>TrendCharts</name>
    <message>
        <source>Requests received (persons)</source>
        <translation>受理审查逮捕（人）</translation>
    </message>
    <message>
        <source>Non-arrest rate (%)</source>
        <translation>不捕率（%）</translation>
    </message>
    <message>
        <source>Supervision notices issued / complied</source>
        <translation>监督文书：发出 / 已落实</translation>
    </message>
    <message>
        <source>Petitions received</source>
        <translation>受理信访（件）</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发出</translation>
    </message>
    <message>
        <source>Complied with</source>
        <translation>已落实</translation>
    </message>
</context>
<context>
    <name>TriggerBox</name>
    <message>
        <source>&amp;Repeat visits</source>
        <translation>重复访(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;ollective petition</source>
        <translation>集体访(&amp;O)</translation>
    </message>
    <message>
        <source>Visits to hi&amp;gher levels</source>
        <translation>越级访(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Threats of extreme acts</source>
        <translation>扬言极端行为(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Media or online attention</source>
        <translation>媒体或网络舆情(&amp;M)</translation>
    </message>
</context>
<context>
    <name>UnitFilter</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation>单位(&amp;I)：</translation>
    </message>
    <message>
        <source>Show the records of one unit, or of all units</source>
        <translation>显示某一单位或全部单位的记录</translation>
    </message>
</context>
<context>
    <name>UpperCalendarBox</name>
    <message>
        <source>Publish a holiday schedule</source>
        <translation>发布节假日安排</translation>
    </message>
    <message>
        <source>Holiday schedules (*.json);;All files (*)</source>
        <translation>节假日安排文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Holiday schedules for the units (节假日安排)</source>
        <translation>向下级院发布节假日安排</translation>
    </message>
    <message>
        <source>A schedule from the State Council&apos;s notice, in the format of the program&apos;s holidays.json, goes to every unit with its next acknowledgement; their deadlines count with it at once. Publishing a year again replaces it.</source>
        <translation>依据国务院办公厅通知填写、格式与本程序 holidays.json 相同的节假日安排，随下一份回执发往各下级院，各院期限即按其计算。同一年份再次发布即替换原安排。</translation>
    </message>
    <message>
        <source>%1: published %2 (version %3) — %4</source>
        <translation>%1 年：%2 发布（第 %3 版）— %4</translation>
    </message>
    <message>
        <source>No schedule published yet.</source>
        <translation>尚未发布节假日安排。</translation>
    </message>
    <message>
        <source>&amp;Publish a holiday schedule…</source>
        <translation>发布节假日安排(&amp;P)…</translation>
    </message>
    <message>
        <source>Published: %1. The units receive it with their next acknowledgement.</source>
        <translation>已发布：%1 年。各下级院将随下一份回执收到。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>UpperDialogs</name>
    <message>
        <source>Upper office&apos;s comment or directive</source>
        <translation>上级院意见或督办</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation>报告期限(&amp;R)：</translation>
    </message>
    <message>
        <source>Sent to the unit with its next acknowledgement. A directive (督办) appears on the unit&apos;s dashboard as its reply date comes near; a comment has no reply date.</source>
        <translation>随下一份回执发往下级院。督办在报告期限临近时列入下级院的工作台；意见不设期限。</translation>
    </message>
    <message>
        <source>复核 decision</source>
        <translation>复核决定</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>复核申请(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>决定(&amp;D)：</translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation>理由(&amp;S)：</translation>
    </message>
    <message>
        <source>Approved by the &amp;chief procurator:</source>
        <translation>检察长批准(&amp;C)：</translation>
    </message>
    <message>
        <source>(no chief procurator registered)</source>
        <translation>（本院未登记检察长）</translation>
    </message>
    <message>
        <source>Decided today (RPR 291: within 15 days, approved by the chief procurator). The unit records it as the answer to its 复核 request; a changed refusal becomes an arrest to execute there.</source>
        <translation>以今天为决定日期（《规则》第二百九十一条：十五日内作出，经检察长批准）。下级院将其记为复核结果；变更为批准逮捕的，由下级院交付执行。</translation>
    </message>
    <message>
        <source>%1 (%2) — requested %3, due %4</source>
        <translation>%1（%2）— %3 提请，%4 到期</translation>
    </message>
    <message>
        <source>Close a directive (督办办结)</source>
        <translation>督办办结</translation>
    </message>
    <message>
        <source>&amp;Directive:</source>
        <translation>督办事项(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>办结日期(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 — reply by %2</source>
        <translation>%1 — %2 前报告</translation>
    </message>
    <message>
        <source>When the unit has reported. The directive leaves the unit&apos;s dashboard with its next acknowledgement.</source>
        <translation>下级院报告后办结。该督办随下一份回执从下级院工作台撤下。</translation>
    </message>
</context>
<context>
    <name>UpperInstructionsBox</name>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>%1 已办结</translation>
    </message>
    <message>
        <source>reply by %1 (%2)</source>
        <translation>%1 前报告（%2）</translation>
    </message>
    <message>
        <source>复核 decision, %1, %2</source>
        <translation>复核决定，%1，%2</translation>
    </message>
    <message>
        <source>This office recorded another answer (%1): check and correct it.</source>
        <translation>本院登记的复核结果与此不同（%1），请核对并更正。</translation>
    </message>
    <message>
        <source>Not recorded as this office&apos;s answer: the review could not take it. Check the review and record the answer.</source>
        <translation>尚未登记为本院的复核结果（该审查已无法据此变更），请核对审查情况后登记。</translation>
    </message>
    <message>
        <source>Upper office&apos;s comments and directives (上级院意见/督办)</source>
        <translation>上级院意见/督办</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Comment or &amp;directive…</source>
        <translation>意见或督办(&amp;D)…</translation>
    </message>
    <message>
        <source>复核 d&amp;ecision…</source>
        <translation>复核决定(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose a directive…</source>
        <translation>督办办结(&amp;L)…</translation>
    </message>
    <message>
        <source>No 复核 request of this case is waiting for this office&apos;s decision.</source>
        <translation>本案没有待本院决定的复核申请。</translation>
    </message>
</context>
<context>
    <name>UpperLabels</name>
    <message>
        <source>Comment (意见)</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Directive (督办)</source>
        <translation>督办</translation>
    </message>
    <message>
        <source>Refusal upheld (维持不批准逮捕)</source>
        <translation>维持不批准逮捕</translation>
    </message>
    <message>
        <source>Refusal changed: arrest (变更为批准逮捕)</source>
        <translation>变更为批准逮捕</translation>
    </message>
    <message>
        <source>Write the comment or directive</source>
        <translation>请填写意见或督办内容</translation>
    </message>
    <message>
        <source>A directive needs the date to reply by</source>
        <translation>督办须写明报告期限</translation>
    </message>
    <message>
        <source>An upheld refusal states its reasons (RPR 291)</source>
        <translation>维持不批准逮捕的，应当说明理由（《规则》第二百九十一条）</translation>
    </message>
    <message>
        <source>Only an upper-level office writes these records</source>
        <translation>只有上级院可以作出此类记录</translation>
    </message>
    <message>
        <source>The reply date must come after today</source>
        <translation>报告期限须晚于今天</translation>
    </message>
    <message>
        <source>Comments and directives go to a unit&apos;s records, not this office&apos;s</source>
        <translation>意见和督办针对下级院的案件，而非本院案件</translation>
    </message>
    <message>
        <source>The directive cannot be closed before it was issued</source>
        <translation>办结日期不能早于督办日期</translation>
    </message>
    <message>
        <source>This 复核 is already decided</source>
        <translation>该复核已经作出决定</translation>
    </message>
    <message>
        <source>The chief procurator of this office approves the 复核 decision (RPR 291)</source>
        <translation>复核决定须经本院检察长批准（《规则》第二百九十一条）</translation>
    </message>
    <message>
        <source>The file is not a holiday schedule in the override format: {problem}</source>
        <translation>该文件不是规定格式的节假日安排：{problem}</translation>
    </message>
    <message>
        <source>The file has no schedule for {year}</source>
        <translation>该文件没有 {year} 年的安排</translation>
    </message>
    <message>
        <source>{year} is already over</source>
        <translation>{year} 年已经过去</translation>
    </message>
    <message>
        <source>This unit is not registered</source>
        <translation>该单位尚未登记</translation>
    </message>
    <message>
        <source>The date is in the future</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation>已锁定，至 %1 解除</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>角色(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>A second account switches the log-in on: from then on everyone starts the program with their user name and password. Accounts are never deleted; a deactivated account can no longer log in and keeps its name on its records.</source>
        <translation>新建第二个账户后即开启登录验证：此后每人都须用自己的用户名和密码启动程序。账户不会被删除；停用的账户不能再登录，其姓名仍保留在所办记录上。</translation>
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
    <name>_KeysPage</name>
    <message>
        <source>Keys for sync packages</source>
        <translation>同步数据包密钥</translation>
    </message>
    <message>
        <source>This office signs and encrypts the data it sends to the upper office with its own keys.</source>
        <translation>本院用自己的密钥对报送上级院的数据签名和加密。</translation>
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
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Several people will use this program: ask for a user name and password at start</source>
        <translation>多人使用本程序：启动时要求输入用户名和密码</translation>
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
