"""The dialogs of a custody-necessity review, one per step, each a CustodyForm declared by its
fields and saved through one service call: start a review, recommend (with the reply due date
shown as it will be counted), decide not to recommend, record the reply, issue a correction,
tell the applicant, close. Texts are marked here and translated by the form ("CustodyDialogs").
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import custody_review as rules
from desktop.services import custody_queries
from desktop.services import custody_review as svc
from desktop.services.custody_settings import read_settings
from desktop.ui import custody_labels as cl
from desktop.ui import field_messages, labels
from desktop.ui.custody_form import CustodyForm, Field

CONTEXT = "CustodyDialogs"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


T = {  # every text of these dialogs, marked for lupdate
    "suspect_item": QT_TRANSLATE_NOOP("CustodyDialogs", "%1 — %2, arrest approved %3"),
    "arrest_review": QT_TRANSLATE_NOOP("CustodyDialogs", "Arrested &suspect:"),
    "source": QT_TRANSLATE_NOOP("CustodyDialogs", "Started &by:"),
    "stage": QT_TRANSLATE_NOOP("CustodyDialogs", "Sta&ge:"),
    "started_on": QT_TRANSLATE_NOOP("CustodyDialogs", "Filed or &received on:"),
    "applicant_kind": QT_TRANSLATE_NOOP("CustodyDialogs", "&Applicant:"),
    "applicant_name": QT_TRANSLATE_NOOP("CustodyDialogs", "Applicant's &name:"),
    "grounds": QT_TRANSLATE_NOOP("CustodyDialogs", "G&rounds:"),
    "evidence": QT_TRANSLATE_NOOP("CustodyDialogs", "&Evidence offered:"),
    "start_title": QT_TRANSLATE_NOOP("CustodyDialogs", "New custody-necessity review"),
    "application_hint": QT_TRANSLATE_NOOP(
        "CustodyDialogs", "An application must be decided on within the period shown on the "
        "page; the applicant is told the result in writing (RPR 582)."),
    "no_suspect_hint": QT_TRANSLATE_NOOP(
        "CustodyDialogs", "No arrested suspect without an open review: a review starts only "
        "after arrest was approved."),
    "measure": QT_TRANSLATE_NOOP("CustodyDialogs", "&Recommended measure:"),
    "addressee": QT_TRANSLATE_NOOP("CustodyDialogs", "Addressed &to:"),
    "served_on": QT_TRANSLATE_NOOP("CustodyDialogs", "&Served on:"),
    "document_no": QT_TRANSLATE_NOOP("CustodyDialogs", "Document &number:"),
    "rec_reasons": QT_TRANSLATE_NOOP("CustodyDialogs", "R&easons and legal basis:"),
    "recommend_title": QT_TRANSLATE_NOOP("CustodyDialogs",
                                         "Recommend release or a change of measure"),
    "reply_due_hint": QT_TRANSLATE_NOOP("CustodyDialogs", "The reply is due on %1. %2"),
    "decided_on": QT_TRANSLATE_NOOP("CustodyDialogs", "&Decided on:"),
    "keep_reasons": QT_TRANSLATE_NOOP("CustodyDialogs", "&Why custody is still needed:"),
    "keep_title": QT_TRANSLATE_NOOP("CustodyDialogs", "Decide not to recommend"),
    "custody_continues": QT_TRANSLATE_NOOP("CustodyDialogs", "Custody continues"),
    "received_on": QT_TRANSLATE_NOOP("CustodyDialogs", "Reply &received on:"),
    "outcome": QT_TRANSLATE_NOOP("CustodyDialogs", "&Outcome:"),
    "measure_taken": QT_TRANSLATE_NOOP("CustodyDialogs", "&Measure taken:"),
    "reply_content": QT_TRANSLATE_NOOP("CustodyDialogs", "&Content of the reply:"),
    "reply_title": QT_TRANSLATE_NOOP("CustodyDialogs", "Record the reply"),
    "issued_on": QT_TRANSLATE_NOOP("CustodyDialogs", "&Issued on:"),
    "method": QT_TRANSLATE_NOOP("CustodyDialogs", "&Form:"),
    "content": QT_TRANSLATE_NOOP("CustodyDialogs", "&Content:"),
    "escalate_title": QT_TRANSLATE_NOOP("CustodyDialogs", "Call for correction (no reply)"),
    "notified_on": QT_TRANSLATE_NOOP("CustodyDialogs", "&Notified on:"),
    "recipient": QT_TRANSLATE_NOOP("CustodyDialogs", "&Recipient:"),
    "result": QT_TRANSLATE_NOOP("CustodyDialogs", "&Result told:"),
    "notice_title": QT_TRANSLATE_NOOP("CustodyDialogs", "Written result to the applicant"),
    "closed_on": QT_TRANSLATE_NOOP("CustodyDialogs", "&Closed on:"),
    "note": QT_TRANSLATE_NOOP("CustodyDialogs", "&Note:"),
    "close_title": QT_TRANSLATE_NOOP("CustodyDialogs", "Close the review"),
}


def _form(fields, title, save, *, today, parent, name) -> CustodyForm:
    return CustodyForm(fields, title=T[title], today=today, save=save, parent=parent,
                       object_name=name, context=CONTEXT)


def start_dialog(office, *, today: date, parent: QWidget | None = None) -> CustodyForm:
    suspects = [s for s in custody_queries.arrested_suspects(office.reader)
                if not s.has_open_review]

    def suspect_choices():
        return [(s.arrest_review_id, _tr(T["suspect_item"]).replace("%1", s.person_name)
                 .replace("%2", s.police_case_no)
                 .replace("%3", labels.format_date(s.decided_on))) for s in suspects]

    fields = [
        Field("arrest_review", "combo", T["arrest_review"], suspect_choices),
        Field("source", "combo", T["source"], cl.source_choices, "own_motion"),
        Field("stage", "combo", T["stage"], cl.stage_choices, "investigation"),
        Field("started_on", "date", T["started_on"], value=today),
        Field("applicant_kind", "combo", T["applicant_kind"], cl.applicant_choices),
        Field("applicant_name", "line", T["applicant_name"]),
        Field("grounds", "text", T["grounds"]),
        Field("evidence", "text", T["evidence"]),
    ]

    def save(v):
        return svc.start_review(office, svc.StartInput(
            arrest_review_id=v["arrest_review"] or "", source=v["source"], stage=v["stage"],
            started_on=v["started_on"], applicant_kind=v["applicant_kind"],
            applicant_name=v["applicant_name"], grounds=v["grounds"], evidence=v["evidence"]),
            today=today)

    form = _form(fields, "start_title", save, today=today, parent=parent,
                 name="custodyStartDialog")
    source = form.widgets["source"]

    def follow_source():
        application = source.currentData() == "application"
        for name in ("applicant_kind", "applicant_name"):
            form.widgets[name].setEnabled(application)
        if not suspects:
            form.set_hint(lambda: _tr(T["no_suspect_hint"]))
        else:
            form.set_hint((lambda: _tr(T["application_hint"])) if application else "")

    source.currentIndexChanged.connect(lambda _i: follow_source())
    follow_source()
    return form


def recommend_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    settings = read_settings(office.reader)
    fields = [
        Field("measure", "combo", T["measure"], cl.measure_choices, "bail"),
        Field("addressee", "line", T["addressee"], value=detail.police_agency),
        Field("served_on", "date", T["served_on"], value=today),
        Field("document_no", "line", T["document_no"]),
        Field("reasons", "text", T["rec_reasons"]),
    ]

    def save(v):
        return svc.recommend(office, detail.row.review_id, svc.RecommendationInput(
            v["measure"], v["addressee"], v["served_on"], v["reasons"], v["document_no"]),
            today=today)

    form = _form(fields, "recommend_title", save, today=today, parent=parent,
                 name="custodyRecommendDialog")
    served = form.widgets["served_on"]

    def show_due(*_):
        day = served.date()
        if day is None:
            form.set_hint("")
            return
        end = rules.deadline(rules.REPLY, day, settings)
        form.set_hint(lambda: _tr(T["reply_due_hint"]).replace("%1", labels.format_date(end.due))
                      .replace("%2", cl.basis("reply", settings)))

    served.dateChanged.connect(show_due)
    show_due()
    return form


def not_recommend_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("decided_on", "date", T["decided_on"], value=today),
              Field("reasons", "text", T["keep_reasons"])]

    def save(v):
        return svc.decide_not_to_recommend(office, detail.row.review_id,
                                           decided_on=v["decided_on"], reasons=v["reasons"],
                                           today=today)

    return _form(fields, "keep_title", save, today=today, parent=parent,
                 name="custodyNotRecommendDialog")


def reply_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    def measures():
        return [("", _tr(T["custody_continues"]))] + cl.measure_choices()

    fields = [Field("received_on", "date", T["received_on"], value=today),
              Field("outcome", "combo", T["outcome"], cl.outcome_choices),
              Field("measure_taken", "combo", T["measure_taken"], measures),
              Field("content", "text", T["reply_content"])]

    def save(v):
        return svc.record_reply(office, detail.row.review_id, svc.ReplyInput(
            v["received_on"], v["outcome"], v["measure_taken"], v["content"]), today=today)

    return _form(fields, "reply_title", save, today=today, parent=parent,
                 name="custodyReplyDialog")


def escalate_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("issued_on", "date", T["issued_on"], value=today),
              Field("method", "line", T["method"], value="纠正违法通知书"),
              Field("document_no", "line", T["document_no"]),
              Field("content", "text", T["content"])]

    def save(v):
        return svc.escalate(office, detail.row.review_id, svc.EscalationInput(
            v["issued_on"], v["method"], v["content"], v["document_no"]), today=today)

    form = _form(fields, "escalate_title", save, today=today, parent=parent,
                 name="custodyEscalateDialog")
    form.set_hint(rules.basis_text(rules.ESCALATION, read_settings(office.reader),
                                   english=not field_messages.is_chinese()))
    return form


def notice_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("notified_on", "date", T["notified_on"], value=today),
              Field("recipient", "line", T["recipient"], value=detail.applicant_name),
              Field("document_no", "line", T["document_no"]),
              Field("content", "text", T["result"])]

    def save(v):
        return svc.record_result_notice(office, detail.row.review_id, svc.NoticeInput(
            v["notified_on"], v["recipient"], v["content"], v["document_no"]), today=today)

    return _form(fields, "notice_title", save, today=today, parent=parent,
                 name="custodyNoticeDialog")


def close_dialog(office, detail, *, today: date, parent=None) -> CustodyForm:
    fields = [Field("closed_on", "date", T["closed_on"], value=today),
              Field("note", "text", T["note"])]

    def save(v):
        return svc.close_review(office, detail.row.review_id, closed_on=v["closed_on"],
                                note=v["note"], today=today)

    return _form(fields, "close_title", save, today=today, parent=parent,
                 name="custodyCloseDialog")


# step name -> (dialog factory, shown statuses in which the step makes sense)
STEPS = {
    "recommend": (recommend_dialog, ("registered", "under_review")),
    "not_recommend": (not_recommend_dialog, ("registered", "under_review")),
    "reply": (reply_dialog, ("recommended", "no_reply", "escalated")),
    "escalate": (escalate_dialog, ("no_reply",)),
    "notice": (notice_dialog, ("not_recommended", "replied", "escalated")),
    "close": (close_dialog, ("registered", "under_review", "not_recommended", "replied",
                             "escalated")),
}


def step_available(step: str, detail) -> bool:
    if detail is None:
        return False
    if step == "checklist":
        return detail.row.status in ("registered", "under_review")
    if step == "notice" and (not rules.needs_result_notice(detail.row.source)
                             or detail.notices):
        return False
    return detail.row.shown_status in STEPS[step][1]
