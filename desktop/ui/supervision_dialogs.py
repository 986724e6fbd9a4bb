"""The dialogs of the supervision register's notices, each a CustodyForm declared by its fields
and saved through one service call: a new notice or the next one of a chain, approve, serve
(the reply due date shown as it will be counted, with its basis), the police's answer, the
assessment of an explanation, the decision on a 复议 / 复查, the report to the upper office,
closing a notice, an oral correction. The matter's own dialogs are in
supervision_matter_dialogs. Every text of both is marked here (T) and translated by the form
(context "SupervisionDialogs")."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.domain import supervision_notices as rules
from desktop.domain.supervision_notices import NoticeKind
from desktop.services import supervision_notices as svc
from desktop.services.errors import FieldError, ValidationFailed
from desktop.services.supervision_settings import read_settings
from desktop.ui import field_messages, labels
from desktop.ui import supervision_labels as sl
from desktop.ui.custody_form import CustodyForm, Field

CONTEXT = "SupervisionDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


T = {  # every text of these dialogs, marked for lupdate
    "source": QT_TRANSLATE_NOOP("SupervisionDialogs", "S&ource:"),
    "area": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Kind of supervision:"),
    "agency": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Police agency:"),
    "opened_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Received or found on:"),
    "case_no": QT_TRANSLATE_NOOP("SupervisionDialogs", "Police &case no.:"),
    "party": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Victim or complainant:"),
    "subject": QT_TRANSLATE_NOOP("SupervisionDialogs", "Person conc&erned:"),
    "tags": QT_TRANSLATE_NOOP("SupervisionDialogs", "Special &work:"),
    "summary": QT_TRANSLATE_NOOP("SupervisionDialogs", "S&ummary:"),
    "request": QT_TRANSLATE_NOOP("SupervisionDialogs", "Arrest re&quest:"),
    "no_request": QT_TRANSLATE_NOOP("SupervisionDialogs", "None"),
    "person": QT_TRANSLATE_NOOP("SupervisionDialogs", "Its suspec&t:"),
    "matter_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "New supervision matter"),
    "kind": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Notice:"),
    "drafted_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Drafted on:"),
    "addressee": QT_TRANSLATE_NOOP("SupervisionDialogs", "Addressed &to:"),
    "content": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Facts and reasons:"),
    "illegality": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Illegality (RPR 567):"),
    "period_days": QT_TRANSLATE_NOOP("SupervisionDialogs", "Reply &period (days):"),
    "new_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "New notice"),
    "next_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Next notice of the chain"),
    "follows_hint": QT_TRANSLATE_NOOP("SupervisionDialogs", "Follows: %1. Basis: %2"),
    "basis_hint": QT_TRANSLATE_NOOP("SupervisionDialogs", "Basis: %1"),
    "approved_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Approved on:"),
    "approver": QT_TRANSLATE_NOOP("SupervisionDialogs", "Appro&ved by:"),
    "approve_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Approve the notice"),
    "chief_hint": QT_TRANSLATE_NOOP("SupervisionDialogs",
                                    "The chief procurator decides this notice (RPR 552, 561)."),
    "served_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Served on (送达回证):"),
    "serve_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Record service on the police"),
    "serve_hint": QT_TRANSLATE_NOOP("SupervisionDialogs", "The police's reply is due on %1. %2"),
    "no_period_hint": QT_TRANSLATE_NOOP("SupervisionDialogs",
                                        "No reply period runs for this notice."),
    "answer": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Answer:"),
    "received_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Received on:"),
    "case_filed_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "Case &filed on:"),
    "answer_content": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Content:"),
    "answer_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Record the police's answer"),
    "assessed_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Assessed on:"),
    "assessment": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Finding:"),
    "reasons": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Reasons:"),
    "assess_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Assess the police's explanation"),
    "decided_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Decided on:"),
    "decision": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Decision:"),
    "decide_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Decide the police's request"),
    "reported_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Reported on:"),
    "note": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Note:"),
    "report_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Report to the upper procuratorate"),
    "closed_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Closed on:"),
    "close_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Close the notice"),
    "given_on": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Given on:"),
    "oral_content": QT_TRANSLATE_NOOP("SupervisionDialogs", "&What was said, to whom:"),
    "oral_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Log an oral correction"),
    "result": QT_TRANSLATE_NOOP("SupervisionDialogs", "&Result:"),
    "close_matter_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Close the matter"),
    "correction_days": QT_TRANSLATE_NOOP("SupervisionDialogs",
                                         "&Correction notice, reply period (days):"),
    "suggestion_months": QT_TRANSLATE_NOOP("SupervisionDialogs",
                                           "Procuratorial s&uggestion, reply period (months):"),
    "holiday_extension": QT_TRANSLATE_NOOP("SupervisionDialogs",
                                           "&Holiday extension of police periods:"),
    "extension_on": QT_TRANSLATE_NOOP("SupervisionDialogs",
                                      "Yes: a last day on a holiday moves on (CPL Art. 105)"),
    "extension_off": QT_TRANSLATE_NOOP("SupervisionDialogs", "No: the calendar day counts"),
    "extra_tags": QT_TRANSLATE_NOOP("SupervisionDialogs", "Office's own &tags:"),
    "settings_title": QT_TRANSLATE_NOOP("SupervisionDialogs", "Supervision settings"),
    "settings_hint": QT_TRANSLATE_NOOP(
        "SupervisionDialogs", "The other periods are statutory: explanation 7 days (RPR 560), "
        "filing 15 days (RPR 563), withdrawal 15 days (RPR 564), telling the victim 10 days "
        "(RPR 561), 复议 7 days and 复核 15 days (RPR 565), 复查 7 days (RPR 554). Tags: one "
        "per line or separated by commas."),
}


def _form(fields, title, save, *, today, parent, name) -> CustodyForm:
    return CustodyForm(fields, title=T[title], today=today, save=save, parent=parent,
                       object_name=name, context=CONTEXT, error_text=sl.error_message)


def _english() -> bool:
    return not field_messages.is_chinese()


# -- notices ---------------------------------------------------------------------------------
def draft_dialog(office, detail, parent_notice=None, *, today: date, parent=None
                 ) -> CustodyForm:
    """A matter's new notice (the kinds that start a chain) or, with `parent_notice`, the
    next one of its chain (the kinds the chain allows now)."""
    settings = read_settings(office.reader)
    kinds = parent_notice.follow_ups if parent_notice is not None else \
        tuple(k.value for k in rules.STARTING_KINDS)
    fields = [
        Field("kind", "combo", T["kind"], lambda: sl.kind_choices(kinds),
              kinds[0] if kinds else ""),
        Field("drafted_on", "date", T["drafted_on"], value=today),
        Field("addressee", "line", T["addressee"]),
        Field("illegality_codes", "checks", T["illegality"], sl.illegality_choices),
        Field("period_days", "line", T["period_days"], value=str(settings.correction_days)),
        Field("content", "text", T["content"]),
    ]

    def save(v):
        days = v["period_days"].strip()
        if v["kind"] == NoticeKind.CORRECTION.value and not days.isdigit():
            raise ValidationFailed([FieldError("period_days", "supervision.days_range", "")])
        return svc.draft_notice(office, detail.row.matter_id, svc.DraftInput(
            kind=v["kind"], drafted_on=v["drafted_on"], content=v["content"],
            parent_id=parent_notice.id if parent_notice is not None else "",
            addressee=v["addressee"], illegality_codes=v["illegality_codes"],
            period_days=int(days) if days.isdigit() else None), today=today)

    form = _form(fields, "next_title" if parent_notice is not None else "new_title", save,
                 today=today, parent=parent, name="supervisionDraftDialog")
    form.setMinimumWidth(780)  # the kinds of illegality are long lines
    combo = form.widgets["kind"]
    addressee = form.widgets["addressee"]
    defaults = {detail.row.agency, detail.row.party_name, ""}

    def follow_kind(*_):
        kind = combo.currentData()
        if not kind:
            return
        spec = rules.spec(kind)
        if addressee.text() in defaults:  # not typed by the officer: follow the kind
            addressee.setText(detail.row.agency if spec.to_police else detail.row.party_name)
        correction = kind == NoticeKind.CORRECTION.value
        for name in ("illegality_codes", "period_days"):
            form.widgets[name].setEnabled(correction)
        basis = spec.basis_en if _english() else spec.basis_zh
        if parent_notice is not None:
            form.set_hint(_tr(T["follows_hint"]).replace("%1", sl.kind_label(parent_notice.kind))
                          .replace("%2", basis))
        else:
            form.set_hint(_tr(T["basis_hint"]).replace("%1", basis))

    combo.currentIndexChanged.connect(follow_kind)
    follow_kind()
    return form


def approve_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("approved_on", "date", T["approved_on"], value=today),
              Field("approver", "line", T["approver"])]

    def save(v):
        return svc.approve_notice(office, notice.id, approved_on=v["approved_on"],
                                  approver=v["approver"], today=today)

    form = _form(fields, "approve_title", save, today=today, parent=parent,
                 name="supervisionApproveDialog")
    if NoticeKind(notice.kind) in rules.NEEDS_CHIEF:
        form.set_hint(_tr(T["chief_hint"]))
    return form


def serve_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    settings = read_settings(office.reader)
    fields = [Field("served_on", "date", T["served_on"], value=today)]

    def save(v):
        return svc.serve_notice(office, notice.id, served_on=v["served_on"], today=today)

    form = _form(fields, "serve_title", save, today=today, parent=parent,
                 name="supervisionServeDialog")
    served = form.widgets["served_on"]

    def show_due(*_):
        period = rules.reply_period(notice.kind, settings, notice.period_days)
        day = served.date()
        if period is None:
            form.set_hint(_tr(T["no_period_hint"]))
            return
        if day is None:
            form.set_hint("")
            return
        end = rules.police_deadline(day, period, settings)
        basis = rules.basis_text("reply", notice.kind, period, end,
                                 extension_applied=settings.holiday_extension,
                                 english=_english())
        form.set_hint(_tr(T["serve_hint"]).replace("%1", labels.format_date(end.due))
                      .replace("%2", basis))

    served.dateChanged.connect(show_due)
    show_due()
    return form


def answer_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    answers = [a.value for a in rules.answers_for(notice.kind)]
    fields = [Field("kind", "combo", T["answer"],
                    lambda: [(a, sl.label(sl.ANSWERS, a)) for a in answers]),
              Field("received_on", "date", T["received_on"], value=today),
              Field("case_filed_on", "date", T["case_filed_on"]),
              Field("content", "text", T["answer_content"])]

    def save(v):
        return svc.record_answer(office, notice.id, svc.AnswerInput(
            v["kind"], v["received_on"], v["content"],
            v["case_filed_on"] if v["kind"] == "filed" else None), today=today)

    form = _form(fields, "answer_title", save, today=today, parent=parent,
                 name="supervisionAnswerDialog")
    combo = form.widgets["kind"]

    def follow(*_):
        form.widgets["case_filed_on"].setEnabled(combo.currentData() == "filed")

    combo.currentIndexChanged.connect(follow)
    follow()
    return form


def assess_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("assessed_on", "date", T["assessed_on"], value=today),
              Field("assessment", "combo", T["assessment"],
                    lambda: sl.choices(sl.ASSESSMENTS), "rejected"),
              Field("reasons", "text", T["reasons"])]

    def save(v):
        return svc.assess_explanation(office, notice.id, assessed_on=v["assessed_on"],
                                      accepted=v["assessment"] == "accepted",
                                      reasons=v["reasons"], today=today)

    return _form(fields, "assess_title", save, today=today, parent=parent,
                 name="supervisionAssessDialog")


def decide_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("decided_on", "date", T["decided_on"], value=today),
              Field("decision", "combo", T["decision"], lambda: sl.choices(sl.DECISIONS),
                    "upheld"),
              Field("reasons", "text", T["reasons"])]

    def save(v):
        return svc.decide_objection(office, notice.id, decided_on=v["decided_on"],
                                    upheld=v["decision"] == "upheld", reasons=v["reasons"],
                                    today=today)

    form = _form(fields, "decide_title", save, today=today, parent=parent,
                 name="supervisionDecideDialog")
    if notice.due_kind:
        form.set_hint(notice.basis(english=_english()))
    return form


def report_up_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("reported_on", "date", T["reported_on"], value=today),
              Field("note", "text", T["note"])]

    def save(v):
        return svc.report_up(office, notice.id, reported_on=v["reported_on"], note=v["note"],
                             today=today)

    return _form(fields, "report_title", save, today=today, parent=parent,
                 name="supervisionReportDialog")


def close_notice_dialog(office, detail, notice, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("closed_on", "date", T["closed_on"], value=today),
              Field("note", "text", T["note"])]

    def save(v):
        return svc.close_notice(office, notice.id, closed_on=v["closed_on"], note=v["note"],
                                today=today)

    return _form(fields, "close_title", save, today=today, parent=parent,
                 name="supervisionCloseNoticeDialog")


def oral_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("given_on", "date", T["given_on"], value=today),
              Field("addressee", "line", T["addressee"], value=detail.row.agency),
              Field("illegality_codes", "checks", T["illegality"], sl.illegality_choices),
              Field("content", "text", T["oral_content"])]

    def save(v):
        return svc.log_oral_correction(office, detail.row.matter_id, given_on=v["given_on"],
                                       content=v["content"],
                                       illegality_codes=v["illegality_codes"],
                                       addressee=v["addressee"], today=today)

    form = _form(fields, "oral_title", save, today=today, parent=parent,
                 name="supervisionOralDialog")
    form.setMinimumWidth(780)
    return form


# step name -> (dialog factory, whether the step fits the selected notice)
def _answerable(n) -> bool:
    if not rules.answers_for(n.kind) or n.served_on is None:
        return False
    if n.objection_pending:  # the decision on the 复议 / 复查 comes first
        return False
    return n.state in ("served", "replied") and not (n.answer == "explanation")


STEPS = {
    "next": (None, lambda n: bool(n.follow_ups)),
    "approve": (approve_dialog, lambda n: n.state == "drafted"),
    "serve": (serve_dialog, lambda n: n.state == "approved"),
    "answer": (answer_dialog, _answerable),
    "assess": (assess_dialog, lambda n: n.answer == "explanation" and not n.assessment
               and n.state == "replied"),
    "decide": (decide_dialog, lambda n: n.objection_pending),
    "report_up": (report_up_dialog, lambda n: n.may_report_up),
    "close_notice": (close_notice_dialog, lambda n: n.state != "closed"),
}
