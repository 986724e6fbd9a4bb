<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountLabels</name>
    <message>
        <source>Officer (承办检察官)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver (部门负责人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief procurator (检察长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk (内勤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office officer (上级院承办人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office approver (上级院审批人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do the review work on a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on custody reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on supervision matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work on petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write in the cooperation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue or void documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the office&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange sync packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up keys and sync partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write comments and directives to units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record 复核 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish holiday schedules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage user accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, save or print records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create practice data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office must keep at least one active administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least {min} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The present password is not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in stays on while the office has {count} active accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to {max} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account may not %1. Ask an administrator for the role that allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many wrong passwords. Try again in %n minute(s), or ask an administrator to reset the password.</source>
        <translation>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minute, or ask an administrator to reset the password.</numerusform>
            <numerusform>This account is locked after too many wrong passwords. Try again in %n minutes, or ask an administrator to reset the password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Wrong password. %n attempt left before the account is locked.</numerusform>
            <numerusform>Wrong password. %n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. %n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>Wrong user name or password. %n attempt left before the account is locked.</numerusform>
            <numerusform>Wrong user name or password. %n attempts left before the account is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsBox</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a user name and password at start (needed once several people use the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window after (minutes without input, 0 = never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;accounts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a police request for approval of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the arrest-review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines falling due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of requests for approval of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custody review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-arrest custody-necessity reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New c&amp;ustody review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a custody-necessity review of an arrested suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, database, this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages to and from the upper office: export, import, push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ocuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of issued documents: open, print, void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;pervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-filing and investigation-activity supervision: notices to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The petition register (涉检信访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coo&amp;peration log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investigation-supervision and cooperation office&apos;s log: consultations, police information, joint supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicators of a period, their trends and the workload; the records behind each figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover the window until your password is entered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as another user; open windows are closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who did what: the whole audit chain, its state, and each record&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring an existing register in from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;police export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make draft registrations from the police&apos;s shared data on requests for arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zhenjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrestListPage</name>
    <message numerus="yes">
        <source>Drafts from the police (%n)…</source>
        <translation>
            <numerusform>Draft from the police (%n)…</numerusform>
            <numerusform>Drafts from the police (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, ID number, case number or charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F): two characters of a name are enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArrestTableModel</name>
    <message>
        <source>Police case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juvenile at the offence: opening the record is audited; the documents export leaves it out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of a suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence counsel&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody review escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a custody recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody review result notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand for an omitted suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition handler transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition work record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation of a suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social danger finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s comment or directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s review decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n entries shown</source>
        <translation>
            <numerusform>%n entry shown</numerusform>
            <numerusform>%n entries shown</numerusform>
        </translation>
    </message>
    <message>
        <source>(more as you scroll)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped after %1 of %2 entries; no break found so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries checked.</source>
        <translation>
            <numerusform>Chain intact: %n entry checked.</numerusform>
            <numerusform>Chain intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: the first broken link is entry %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it (re-hashed, reordered or replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries before it were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does not begin at entry 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the newest entries were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the whole chain and report the first broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search record id or detail (a full ID number finds its entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTable</name>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended over holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detained since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pleads guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major or complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juvenile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offence date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <source>%1 (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key is made with the first backup and kept in this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring: the first backup asks for a passphrase that protects the backup key. Restoring asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted; the key to open them is in this computer&apos;s keyring (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted; the key to open them is in a file protected by a passphrase (key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with key %1, which this computer does not hold: they can be restored only where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring, so the key that opens the backups is kept in a file encrypted with a passphrase. Backups are written without it; restoring one asks for it. Choose one of at least 8 characters and keep it safe: without it the backups cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups can be opened only with the backup key, which is on this computer. Save it as a file protected by a passphrase and keep the file and the passphrase apart from this computer (a safe, the office&apos;s IT contact): if this computer&apos;s disk is lost, they restore the backups on another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup key (*.zjbackupkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key was saved as %1. Keep it and its passphrase away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhenjian backups (*.zjbak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup made %1 of %2 (%3 audit entries)?

Zhenjian Desk closes this database, checks the backup (integrity and audit chain), puts it in place of the database and opens it again. The database it replaces is kept next to it under a name with “replaced” and the time; whatever was entered after the backup is only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups of this database in the folder are removed after each new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the key for another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another disk or a USB stick keeps the backups safe when this computer&apos;s disk fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup folder %1 is not there (is the USB stick plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the backup folder %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not set up yet: this computer has no keyring, so the backup key needs a passphrase. Use “Back up now” in Settings once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Zhenjian Desk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Zhenjian Desk. Install that version or a newer one to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds a database of a newer version of Zhenjian Desk. Install that version or a newer one to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file is damaged or incomplete (altered, or a copy that did not finish).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not verify: it was altered, or it was not made with this office&apos;s backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made with another backup key than the one on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup fails its integrity or audit-chain check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open in another copy of Zhenjian Desk. Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key is kept in a file protected by a passphrase: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not hold this office&apos;s backup key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup key on this computer is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup or a sync is running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargePicker</name>
    <message>
        <source>Remove this charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a charge name, Enter to pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name (盗窃, 帐簿) or an article number; Enter or Tab picks the highlighted charge; Backspace in the empty field removes the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. {article}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be imported: %1 new, %2 updated, %3 unchanged (already registered), %4 refused, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 differs from the register: %2 (not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value here; the row is checked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested charges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) will become drafts for you to confirm one by one; %2 are already registered or drafted. A draft&apos;s problems are shown when you open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. Each new row becomes a draft registration, not a registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows that become drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet. Correct a problem row in the Value column, or skip it; refused rows are left out of the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>A situation of RPR 579 is ticked: a recommendation to release or change the measure is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A situation of RPR 580 is ticked: a recommendation may be made if the person shows remorse and would not endanger society.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked that calls for a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ticked categories that are generally not released: %n.</source>
        <translation>
            <numerusform>Ticked categories that are generally not released: %n.</numerusform>
            <numerusform>Ticked categories that are generally not released: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Factors of the custody review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts and evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationDetail</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationDialogs</name>
    <message>
        <source>New cooperation log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cooperation log entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed on (&amp;date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest &amp;request (case no.):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ne on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What came of it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation-supervision and cooperation office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resident prosecutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;liaison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Established on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duty roster:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会商: consultation with the police on a case, before an arrest request, on a major or difficult case, or on whether to file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提前介入: taking part early in a major case; note the opinions given on evidence and the direction of the investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the police sent: a case they filed (立案).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the police sent: a case they withdrew (撤案).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information the police sent: a coercive measure taken, changed or lifted (强制措施).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联合督办: tracked until done; the dashboard shows it when the due date is near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联席会议: who took part, what was discussed and agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整改跟踪: a rectification the police promised, tracked until done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationLabels</name>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early involvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filed by the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case withdrawn by the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercive measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an arrest request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major or difficult case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether to file a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail pending trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential surveillance at a designated place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminal detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure lifted, released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be after the entry date ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done before the entry date ({date})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a joint supervision item or a rectification follow-up is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already done on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrest request has the case number {case_no}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what has happened: the date is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The done date is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tracked item needs the date it is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the office? e.g. the police&apos;s case-handling centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind (type)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationPage</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s site and staff are not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — at %2; resident prosecutor: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this entry from the log? It stays in the audit history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case, suspect, participants or words of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open items onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark d&amp;one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationStatistics</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CooperationTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due / done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhenjian Desk met an unexpected error. What you saved before is safe; the action you were doing may not have finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crash report was written to:
%1

The log files are in the same folder. Nothing was sent anywhere; give the report to whoever supports your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log files are in:
%1

Nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyDetail</name>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(custody period: not extended over holidays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result told to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyDialogs</name>
    <message>
        <source>%1 — %2, arrest approved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrested &amp;suspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed or &amp;received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence offered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custody-necessity review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application must be decided on within the period shown on the page; the applicant is told the result in writing (RPR 582).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrested suspect without an open review: a review starts only after arrest was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommended measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;easons and legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend release or a change of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is due on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why custody is still needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide not to recommend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content of the reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for correction (no reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written result to the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyForm</name>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyLabels</name>
    <message>
        <source>Own motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecution review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail pending trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential surveillance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended, awaiting reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must recommend (RPR 579)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May recommend (RPR 580)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review at once (2023 rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generally not released (2023 rules, for information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suspect&apos;s arrest was not approved: no custody review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of this suspect is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is earlier than {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not fit the case&apos;s present state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is already decided; the checklist is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation was made in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply period runs until {date}: correction only after that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a review started on an application has an applicant to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the applicant the result in writing first (RPR 582)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 1 to 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not extended over holidays (the person is in custody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended over holidays (CPL Art. 105)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on an application: %1 days (prosecution stage %2). Reply to a recommendation: %3 days, %4. Office setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyListPage</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>Peri&amp;ods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect, case number or officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fac&amp;tors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recommend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in custody…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record re&amp;ply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call for &amp;correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify &amp;applicant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation to release or change the measure (释放或者变更强制措施建议书)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result notice to the applicant (羁押必要性审查结果通知书)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodySettingsDialog</name>
    <message>
        <source>Custody-review periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision on an application (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision at the &amp;prosecution stage (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply to a recommendation (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result to the &amp;applicant (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are &amp;custody periods: not extended over holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law does not settle whether the reply period is a custody period; the person is in custody, so by default it ends on its calendar day (CPL Art. 105). The decision periods follow the 2023 rules as quoted by secondary sources; the period for the result notice is this office&apos;s choice. Changes apply to new periods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyTableModel</name>
    <message>
        <source>Police case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>… %n more: show them in the list</source>
        <translation>
            <numerusform>… %n more: show it in the list</numerusform>
            <numerusform>… %n more: show them in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no reply, call for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n)</source>
        <translation>
            <numerusform>Overdue (%n)</numerusform>
            <numerusform>Overdue (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due today (%n)</source>
        <translation>
            <numerusform>Due today (%n)</numerusform>
            <numerusform>Due today (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within 3 days (%n)</source>
        <translation>
            <numerusform>Due within 3 days (%n)</numerusform>
            <numerusform>Due within 3 days (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today is %1. %n open item(s) fall due within three days or are overdue.</source>
        <translation>
            <numerusform>Today is %1. %n open item falls due within three days or is overdue.</numerusform>
            <numerusform>Today is %1. %n open items fall due within three days or are overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges, or what is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseMessages</name>
    <message>
        <source>The database %1 was written by a newer version of Zhenjian Desk. Install that version or a newer one to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Zhenjian Desk database (it may be damaged or another kind of file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no procuratorate or no officer set up. Use &quot;zhenjian init&quot; or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is already open in another copy of Zhenjian Desk. Close that copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already holds a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the disk holding the database %1 is full. Nothing saved before was lost. Free some space (or move the database to a larger disk), then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the database %1 cannot be written (a read-only file, folder or medium). Nothing saved before was lost. Make it writable, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database failed its integrity check. The copy made before the upgrade is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhenjian Desk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 2026-11-20, 2026.11.20, 2026/11/20, 20261120 or 2026年11月20日; 11-20, 11.20 or 1120 mean this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day: {year}-{month:02d}-{day:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date; type e.g. 2026-11-20, 20261120 or 1120</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decided on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(self-approved: single-officer office, recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(decided after the time limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police receipt due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed on %1, waiting for approval: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the chief procurator decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision proposed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested on %2, decision due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPR 288 demand for %1 on %2, follow up by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest decided directly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police will request arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision and what follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Propose decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration request (复议)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide reconsideration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office review request (复核)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;withdrew the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require request for an omitted suspect (RPR 288)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer (RPR 288)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide arrest directly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct service date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegality found: supervision matter (CPL 100)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentIssueDialog</name>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank (not in the record): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document font cannot print: %1 — choose another font in the settings or write them in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the number is given when the document is issued. Edit the text on the left; one line is one paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued as %1 (%2 page(s)). What is shown is what was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue document — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the document its number and register it exactly as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentMessages</name>
    <message>
        <source>The document has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason for voiding the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was voided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PDF does not match its SHA-256: it was changed or damaged. Re-issue the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record for this document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of document is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printing %n document(s)…</source>
        <translation>
            <numerusform>Printing %n document…</numerusform>
            <numerusform>Printing %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Save document as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRegisterPage</name>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Document register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These documents were voided: %1
Print them all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void %1? The number stays in the register and is never used again.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, case number, suspect or recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 page(s), SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the draft of %1 (case %2)? Nothing is registered from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts from the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row of a police export waits here. Open it in the registration form, check or correct it and save to register it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open and confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm a draft from the police — %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessages</name>
    <message>
        <source>Enter the police case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the police agency from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not in the list of police agencies; choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police agency&apos;s name is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This police agency is already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the officer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request date is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The received date is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was received before the date it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick at least one charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {code} is not in the charge catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not picked yet: press Enter to choose a charge from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge name contains “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the suspect&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention cannot start after the request was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained more than 30 days before the request was received (CPL Art. 91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offence date is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: {length} characters, at most {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character {position} is an invisible control character ({character}), often carried over by copying: delete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character {position} is not valid text ({character}): type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 for an old one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only digits are allowed, and X as the last character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is later than today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit does not match: a digit is probably mistyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another suspect in this request has the same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ID number is on file for {name}: check the name or the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 for an old one); this one has {length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>language code of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n data row(s), %1 column(s).</source>
        <translation>
            <numerusform>%n data row, %1 columns.</numerusform>
            <numerusform>%n data rows, %1 columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Encoding: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file; the first rows are searched for the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Arrest review register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date (write it as 2026年3月5日, 2026.3.5 or 2026-03-05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is neither yes (是) nor no (否)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not one of: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as row {row} of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} is registered without this suspect: add the suspect by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from row {row} of the same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another row of the same case was refused (row {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No officer of this office is called “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No police agency is called “{name}”: add it in the settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel kept this ID number as a number and lost its last digits: format the column as text and type the number again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This suspect is already registered in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was already confirmed or discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision needs its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision date without a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided before the request was received ({received})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal needs its ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ground of refusal on a decision that is not a refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording decisions needs an approver&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has another decision recorded; a decision changes by reconsideration or review in the program, not by an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal is waiting for approval in the program; decide it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was withdrawn in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A way of reply without the reply&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closure needs its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closing date without how the petition was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed before the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The petition was forwarded in the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program has another closure recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge is called “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; perhaps: {suggestions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in the first rows of the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no such sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Excel workbooks (.xlsx) and CSV files can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a police export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeSection</name>
    <message>
        <source>Receipt and assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police a&amp;gency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recei&amp;ved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review period runs from the day of receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Major or complex case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 20 days for a suspect not detained (RPR Art. 282)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (juvenile)</source>
        <comment>short mark after a name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>due date (days left)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release receipt due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPR 288 follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police execution receipt (3 days after execution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police release receipt (3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the police&apos;s reconsideration request (7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office decides the review (15 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer to the demand to request arrest of an omitted suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police to withdraw the case after a refusal for no crime (15 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — Zhenjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhenjian Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is logged in. Enter the password to go on; open work is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in as someone else… (open work is closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Zhenjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering requests is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was lost; the next start tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation>
            <numerusform>%n change pending</numerusform>
            <numerusform>%n changes pending</numerusform>
        </translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last package refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sync alarm(s)</source>
        <translation>
            <numerusform>%n sync alarm</numerusform>
            <numerusform>%n sync alarms</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was upgraded to this version; a backup copy was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Zhenjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;侦监台 Zhenjian Desk %1&lt;/h3&gt;&lt;p&gt;Arrest review, supervision of investigations and petitions for a grassroots procuratorate.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer except sync packages and printouts.&lt;/p&gt;&lt;p&gt;Chinese font: WenQuanYi Micro Hei (Apache License 2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperation log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped yet (required): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping (e.g. the register&apos;s name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns to the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessed from the headers: correct a column in its box. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeTable</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeKeys</name>
    <message>
        <source>This computer has no usable keyring: the private keys need a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not hold the office&apos;s private keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private keys on this computer are damaged or are not this office&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office already has keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already keeps private keys for this unit code, probably of another database; they were left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeKeysBox</name>
    <message>
        <source>The recorded public keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no keys yet. They sign and encrypt the sync packages sent to the upper office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing %1, encryption %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this computer&apos;s keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a file on this computer, encrypted with a passphrase (this computer has no keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this computer: packages cannot be signed or opened here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key files (*.zjkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.

Give this file to the upper office and read them the fingerprint over the phone so they can check it:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this out over the phone when the upper office registers this office&apos;s public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export public key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerChangeDialog</name>
    <message>
        <source>This request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active officer of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer already handles the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review of this request is concluded or withdrawn; its officer stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another office&apos;s request is read-only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change handling officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New officer in charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. leave, a conflict of interest, workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.zjbak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase of the backup key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database for this version of the program. A backup copy is made first; this may take a minute…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase for the office&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>This computer has no keyring (the operating system&apos;s safe store for secrets), so the office&apos;s private keys will be kept in a file encrypted with a passphrase. The program asks for it when it signs or opens sync packages. Choose one of at least 8 characters and keep it safe: a lost passphrase means new keys, which the upper office must register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>The PDF could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionAuditView</name>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concerns this procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transferred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionDetail</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns this procuratorate (涉检)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats the petition of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated later on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First handler (首办责任人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionDialogs</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a reply to the petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record work on the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forwarded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioner &amp;told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to the competent body (转送)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;handler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transferred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the petition to another officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now: %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First handler (首办责任人): %1. The first handler stays on record; the transfer and its reason are kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionLabels</name>
    <message>
        <source>Letter (来信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit (来访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online (网上信访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12309 service centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint (控告)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of a crime (举报)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal (申诉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion (建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry (咨询)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural reply given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural reply (程序性回复)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on the process (过程答复)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply on the result (结果答复)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online or by text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explaining the law (释法说理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychological counselling (心理疏导)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict resolution and reconciliation (矛盾化解)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial aid (司法救助)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public hearing (公开听证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled, petitioner stops (息诉罢访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concluded, petitioner not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated by law (信访终结)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed after forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day procedural reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-month reply on process or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly follow-up reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits to higher levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats of extreme acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media or online attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the petitioner&apos;s name (匿名 for an anonymous letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another petitioner has the same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits only (and + - ( ) or spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least as many people as are listed ({listed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective petition has more than one petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request is not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That earlier petition is not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The petition it repeats came later than this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of this office&apos;s risk levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown risk trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has {size} MB; an attachment may have at most {limit} MB. Keep large files elsewhere and name them in the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the petition was received ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The petition is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more replies are due: the result was given or it was forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the petition&apos;s present state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This officer handles the petition already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the transfer (首办责任: it stays on record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This closure does not fit the petition&apos;s present state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it closes this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give 2 to 6 different short levels, highest first, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days, holidays not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days, a last day on a holiday moves to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural reply within %1 %2; process or result within %3 months, then monthly. Risk levels: %4. Office setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionListPage</name>
    <message numerus="yes">
        <source>%n petition(s)</source>
        <translation>
            <numerusform>%n petition</numerusform>
            <numerusform>%n petitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settin&amp;gs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioner, ID number, phone, case or summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handl&amp;er:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over&amp;due only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New petition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;isk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The petition shows the police should act (e.g. did not file a case): open a supervision matter from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice (受理告知书)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding notice (转送告知书)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply letter (答复函)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionSettingsDialog</name>
    <message>
        <source>Petition settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 7 &amp;days are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;levels (highest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days (a last day on a holiday moves to the next working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days (weekends and holidays not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPP materials say “7 days”, some provinces “7 working days” (DOMAIN §4.2); choose what your province follows. The first risk level is the one that stands out on the dashboard. Changes apply to petitions registered from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionTableModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 people)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PetitionerRow</name>
    <message>
        <source>%1: %2</source>
        <comment>field name: message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>匿名 if anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this petitioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnlyNote</name>
    <message>
        <source>This record belongs to %1; the upper office can only read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: this record belongs to %1, and only that unit can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsBehindDialog</name>
    <message numerus="yes">
        <source>%n record(s) counted</source>
        <translation>
            <numerusform>%n record counted</numerusform>
            <numerusform>%n records counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPetitionDialog</name>
    <message>
        <source>Not a repeat petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n earlier petition(s) of the same person: choose the one this repeats.</source>
        <translation>
            <numerusform>%n earlier petition of the same person: choose it if this repeats it.</numerusform>
            <numerusform>%n earlier petitions of the same person: choose the one this repeats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked to the registered request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB; keep it elsewhere and name it in the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedural reply due %1; reply on process or result due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitioners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of &amp;people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related &amp;case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat o&amp;f:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;handler (首办):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ris&amp;k level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns this procuratorate&apos;s o&amp;wn handling (涉检)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add petitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llective (group visit or joint letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number or short description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterRequestDialog</name>
    <message>
        <source>Discard this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data you typed has not been saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not in the list of police agencies. Add it to the list and save the request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a request for approval of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-submission after supplementary investigation — new request linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as written on the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of the request for approval of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another suspect (Alt+A or Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Tab: next field · Ctrl+Enter: save · Esc: cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>differs from the register: %1 (not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported. The register is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts created: %1. Already registered or drafted: %2.
Open “Drafts from the police” on the arrest review page to confirm them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 · Updated: %2 · Unchanged: %3 · Refused: %4 · Skipped: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did; the registers show the new records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>This request no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>charge (article)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police case no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major or complex case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer in charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request for approval of arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. %1</source>
        <comment>Criminal Law article</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. %1-%2</source>
        <comment>supplementary article, e.g. 133之一</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>(a juvenile at the time of the offence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleads guilty and accepts punishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence counsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s last day, %1, is a holiday; the limit is carried over to the first working day after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from receipt of the request</source>
        <translation>
            <numerusform>%n day from receipt of the request</numerusform>
            <numerusform>%n days from receipt of the request</numerusform>
        </translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday data for %1: only weekends were counted as holidays. Check this date against the State Council&apos;s holiday notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request and suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change handling officer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;History (%n)</source>
        <translation>
            <numerusform>&amp;History (%n)</numerusform>
            <numerusform>&amp;History (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialogs</name>
    <message>
        <source>Add an interrogation or hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the opinion form (听取意见书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion form returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add defence counsel&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess counsel&apos;s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest-review hearing (听证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the proposal back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the police&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the day the decision reached the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s deadline counts from this day (RPR 286), and so does the 15-day follow-up after a refusal for no crime (RPR 287).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;received it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request reconsideration (复议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police request upper-office review (复核)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s answer (复核)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the police to request arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police withdrew the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer to the RPR 288 demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide arrest directly (逮捕决定)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will request arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the police decline, or have not answered by the follow-up day (RPR 288).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Served on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female &amp;prosecutor present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adult present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rgument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counsel &amp;says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ado&amp;pted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (if not adopted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rticipants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinions &amp;heard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Juvenile situation (RPR 463):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it goes back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Executed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why not executed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;received the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;arrived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the &amp;chief:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omitted &amp;suspect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demanded on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no user has the chief&apos;s role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two staff take part in every interrogation (RPR 260).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal for no crime or insufficient evidence needs the chief procurator&apos;s approval (RPR 285 ¶3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewLabels</name>
    <message>
        <source>Suspect interrogated by two staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation is compulsory: interrogate or hear the suspect in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained and not interrogated: opinion form served and returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation is optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every counsel argument answered: adopted or not, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative or appropriate adult present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel retained or legal aid notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social investigation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A female prosecutor took part (female juvenile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age uncertain: establish it, or refuse arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: doubt whether the conditions of arrest are met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: the suspect asked to be heard in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: possible serious illegality in the investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: major, difficult or complex case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: pleads guilty and accepts punishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: juvenile suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why compulsory: blind, deaf, mute or mentally impaired suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing the suspect in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion form (听取意见书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appropriate adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No social danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuitable for custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(1) May commit a new crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(2) Real danger to state security, public safety or order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(3) May destroy or forge evidence, or interfere with witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(4) May retaliate against the victim or an informant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(5) May attempt suicide or flee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect asked to be heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt about the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible illegal investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major or complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten years or more possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior intentional crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious bail violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social investigation report received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social danger (CPL 81 ¶1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten years or more (CPL 81 ¶3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prior intentional crime (CPL 81 ¶3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity unknown (CPL 81 ¶3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bail violation (CPL 81 ¶4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No crime or statutory bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First offence or negligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation, abandonment or attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excessive defence or necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surrender or meritorious service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remorse, restitution, forgiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory or coerced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 14–16 or a student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor offence with effective guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion form served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest-review hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution receipt due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release receipt due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office review decision due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPR 288 demand: follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest decided directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-submission of an earlier request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-submitted as a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision to approve arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision not to approve arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for not approving arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline for supplementary investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline for continued investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form for the suspect&apos;s opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconsideration decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice requiring a request for arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice to provide legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the chief procurator&apos;s approval (RPR 285 ¶3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approver can approve or send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed this: another approver must approve it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-officer office: your approval is recorded as self-approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal is waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two staff must take part (RPR 260)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier than the day it was served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier than the day the decision was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the argument is not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess every counsel argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one social-danger circumstance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mandatory-arrest test for this ground is not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPR 463 situations apply to juveniles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPR 463 situations belong to a refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal is already waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the proposal back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The officer who handled the refusal may not decide its reconsideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refusal is already being reconsidered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refusal can be reconsidered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-office review follows a reconsideration that upheld the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refusal for no crime asks the police to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPoints</name>
    <message>
        <source>Interrogation compulsory when (RPR 280)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandatory-arrest tests (CPL 81 ¶3–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juvenile suspect (RPR 460–465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal aid notified on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social danger (CPL 81 ¶1): tick, with facts and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save review points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Reading and checking the rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rows: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: everything written so far is taken back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accepted rows are written in one transaction; Cancel takes everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>AR PL UMing (shipped with the program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for documents issued from now on; documents already issued keep their font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official 仿宋 or 宋体 font was found on this computer; documents use the shipped font.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhenjian databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation in document numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 2 to 32 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs at least 6 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created, but not the office&apos;s keys: %1

Create them later under Settings, This office&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Zhenjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last package received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package for over 7 days: its figures may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which juveniles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juveniles are shown only as counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator: %1 = %2&lt;br&gt;Denominator: %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program does not record what this figure needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure to list its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody-necessity review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-filing supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation-activity supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s report as an Excel workbook or a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDetail</name>
    <message>
        <source>(raw end %1, carried over the holiday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the upper office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next notice issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May follow now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police case no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim or complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionDialogs</name>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of supervision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Police agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received or found on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;case no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Victim or complainant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person conc&amp;erned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special &amp;work:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest re&amp;quest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its suspec&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervision matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facts and reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Illegality (RPR 567):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;period (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next notice of the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows: %1. Basis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approved on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ved by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chief procurator decides this notice (RPR 552, 561).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Served on (送达回证):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record service on the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The police&apos;s reply is due on %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply period runs for this notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case &amp;filed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the police&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the police&apos;s explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the police&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the upper procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said, to whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an oral correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction notice, reply period (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procuratorial s&amp;uggestion, reply period (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holiday extension of police periods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: a last day on a holiday moves on (CPL Art. 105)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: the calendar day counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office&apos;s own &amp;tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other periods are statutory: explanation 7 days (RPR 560), filing 15 days (RPR 563), withdrawal 15 days (RPR 564), telling the victim 10 days (RPR 561), 复议 7 days and 复核 15 days (RPR 565), 复查 7 days (RPR 554). Tags: one per line or separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionLabels</name>
    <message>
        <source>Own finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim&apos;s complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found during arrest review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer from an administrative agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-filing supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation-activity supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised crime (扫黑除恶)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative–criminal link (两法衔接)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juvenile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise-related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served, reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected / adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for reconsideration (复议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the upper office to review (复核)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for re-examination (复查)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons do not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the victim the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide the police&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s review decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months since filing: urge progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral correction given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision on the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated to the next notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the upper office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step does not fit the notice&apos;s present state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag: {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A matter found during arrest review names its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notice(s) still running: close or escalate them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral corrections are logged with their own button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That notice belongs to another matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice cannot follow the chosen one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This notice only follows an earlier one: select it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of illegality (RPR 567).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of days from 1 to 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number of months from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are at most 20 characters, without “|”: {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not fit this kind of notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice has not been served yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for reconsideration or re-examination waits for its decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing date is after the answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an explanation request is assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation to assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a correction notice or a suggestion not complied with is reported to the upper office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extended over holidays (CPL Art. 105)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not extended over holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police periods: explanation %1 days, filing %2 days, correction %3 days, suggestion %4 months; %5. Office setting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n matter</numerusform>
            <numerusform>%n matters</numerusform>
        </translation>
    </message>
    <message>
        <source>Perio&amp;ds and tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number, names, agency, summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matte&amp;rs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Served…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess &amp;explanation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;ide request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close noti&amp;ce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oral correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docu&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionTableModel</name>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case and persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspectRow</name>
    <message>
        <source>Suspect {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained (拘留) by the police: the review must end within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detained &amp;since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pleads guilt&amp;y (认罪认罚)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name and law firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this suspect from the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {birth} · {sex} · age {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} when detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old 15-digit number → {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juvenile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 75 or over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date: enter the received date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days, custody period: not extended over holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days; {raw} is a holiday, so extended to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday data for {year}: only weekends were counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspectWorkspace</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female prosecutor present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this review? Use this for an entry made by mistake; the audit history keeps what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks before a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrogations and hearing the suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form returned, adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;interrogation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve opinion &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form &amp;returned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence counsel&apos;s opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel / argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date / text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How heard / adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;counsel opinion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assess arguments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest-review hearing (听证)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;hearing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry, made by mistake (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>This is not a Zhenjian sync package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file is damaged or incomplete (perhaps a copy did not finish). Export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer program. Update this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package uses a cipher suite this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender, or its key, is not registered here. Register its public key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is addressed to another office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify: the package was altered or forged. It was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be decrypted: it was not encrypted for this office&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is larger than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s program is newer. Update this program, then import the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sequence number came again with other contents (an altered package, or the unit restored an old backup). The package was refused and an alarm raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package goes the wrong way (e.g. an acknowledgement imported at the upper office).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries records its sender does not own. It was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package carries data that is never synced. It was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the upper office: the link is down or the address is wrong. The changes stay pending and go with the next attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper office&apos;s service answered with an error. The changes stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written or read: %1. Nothing was marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring: the keys are in a file protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office has no keys yet. Create them in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s keys are damaged or do not match the recorded public keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is this office&apos;s own key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is not an upper office&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is not a grassroots unit&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another upper office is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the upper office&apos;s key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held (gap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement from %1: this office&apos;s changes are acknowledged up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) of the upper office applied.</source>
        <translation>
            <numerusform>%n record of the upper office applied.</numerusform>
            <numerusform>%n records of the upper office applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes %1 from %2: %3; applied up to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This is an upper-level office: its units send their packages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) registered.</source>
        <translation>
            <numerusform>%n unit registered.</numerusform>
            <numerusform>%n units registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upper office: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address: packages go as files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upper office registered yet: register its public key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet acknowledged; the oldest from %1 (%2 days).</source>
        <translation>
            <numerusform>%n change not yet acknowledged, from %1 (%2 days).</numerusform>
            <numerusform>%n changes not yet acknowledged; the oldest from %1 (%2 days).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change is acknowledged by the upper office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last acknowledgement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s). Newest: unit %1 reported an audit chain that does not extend the one it reported before (entry %2): its history was rewritten or an old backup restored.</source>
        <translation>
            <numerusform>%n alarm. Newest: unit %1 reported an audit chain that does not extend the one it reported before (entry %2): its history was rewritten or an old backup restored.</numerusform>
            <numerusform>%n alarms. Newest: unit %1 reported an audit chain that does not extend the one it reported before (entry %2): its history was rewritten or an old backup restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s): a package reused sequence numbers with other contents. See the history.</source>
        <translation>
            <numerusform>%n alarm: a package reused sequence numbers with other contents. See the history.</numerusform>
            <numerusform>%n alarms: packages reused sequence numbers with other contents. See the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link: up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: the upper office refused the last package (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sending…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening this office&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Passphrase of this office&apos;s keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of this office&apos;s keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key files (*.zjkey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable public key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)

Fingerprint:
%3

Read it out over the phone with the other office. Register these keys only if it is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the upper office&apos;s sync service (e.g. http://10.1.2.3:8750), empty for none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) written to %1.</source>
        <translation>
            <numerusform>%n package written to %1.</numerusform>
            <numerusform>%n packages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: every change is acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync packages (*.zjpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the upper office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units of this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register upper office&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a unit&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages sent and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>(self-approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendCharts</name>
    <message>
        <source>Requests received (persons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-arrest rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision notices issued / complied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petitions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complied with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerBox</name>
    <message>
        <source>&amp;Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollective petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits to hi&amp;gher levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threats of extreme acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media or online attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitFilter</name>
    <message>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records of one unit, or of all units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperCalendarBox</name>
    <message>
        <source>Publish a holiday schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedules (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday schedules for the units (节假日安排)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule from the State Council&apos;s notice, in the format of the program&apos;s holidays.json, goes to every unit with its next acknowledgement; their deadlines count with it at once. Publishing a year again replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: published %2 (version %3) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish a holiday schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: %1. The units receive it with their next acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperDialogs</name>
    <message>
        <source>Upper office&apos;s comment or directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the unit with its next acknowledgement. A directive (督办) appears on the unit&apos;s dashboard as its reply date comes near; a comment has no reply date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;sons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the &amp;chief procurator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no chief procurator registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided today (RPR 291: within 15 days, approved by the chief procurator). The unit records it as the answer to its 复核 request; a changed refusal becomes an arrest to execute there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — requested %3, due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a directive (督办办结)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reply by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the unit has reported. The directive leaves the unit&apos;s dashboard with its next acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperInstructionsBox</name>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核 decision, %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office recorded another answer (%1): check and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded as this office&apos;s answer: the review could not take it. Check the review and record the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper office&apos;s comments and directives (上级院意见/督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment or &amp;directive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复核 d&amp;ecision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose a directive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 复核 request of this case is waiting for this office&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpperLabels</name>
    <message>
        <source>Comment (意见)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive (督办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal upheld (维持不批准逮捕)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal changed: arrest (变更为批准逮捕)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment or directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directive needs the date to reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upheld refusal states its reasons (RPR 291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an upper-level office writes these records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply date must come after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and directives go to a unit&apos;s records, not this office&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directive cannot be closed before it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This 复核 is already decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chief procurator of this office approves the 复核 decision (RPR 291)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a holiday schedule in the override format: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no schedule for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} is already over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second account switches the log-in on: from then on everyone starts the program with their user name and password. Accounts are never deleted; a deactivated account can no longer log in and keeps its name on its records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DemoPage</name>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finish creates a demo database at %1 with %n invented request(s) of a fictional county procuratorate. Use it only to try the program; set up your own database for real cases.</source>
        <translation>
            <numerusform>Finish creates a demo database at %1 with %n invented request of a fictional county procuratorate. Use it only to try the program; set up your own database for real cases.</numerusform>
            <numerusform>Finish creates a demo database at %1 with %n invented requests of a fictional county procuratorate. Use it only to try the program; set up your own database for real cases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_KeysPage</name>
    <message>
        <source>Keys for sync packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This office signs and encrypts the data it sends to the upper office with its own keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_OfficerPage</name>
    <message>
        <source>First officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account you will work with. More officers can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people will use this program: ask for a user name and password at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_StartPage</name>
    <message>
        <source>Welcome to Zhenjian Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1 yet. Set up your procuratorate to start work, or create a demo database with invented cases to try the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up my procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create a &amp;demo database instead (%n invented request(s))</source>
        <translation>
            <numerusform>Create a &amp;demo database instead (%n invented request)</numerusform>
            <numerusform>Create a &amp;demo database instead (%n invented requests)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo data is not part of this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_UnitPage</name>
    <message>
        <source>Your procuratorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears on official documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青山县人民检察院</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters or digits, e.g. 320101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abbreviation in document numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 青检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upper office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 临江市人民检察院</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
