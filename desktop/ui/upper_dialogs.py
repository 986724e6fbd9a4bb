"""The upper office's dialogs on a unit's record: a comment or 督办 (上级院意见/督办) and the
复核 decision on a unit's police request for review. Each is a `CustodyForm` calling one
function of services.upper_records; errors are worded by upper_labels."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.services import upper_queries
from desktop.ui import labels, upper_labels
from desktop.ui.custody_form import CustodyForm, Field

CONTEXT = "UpperDialogs"
T = {
    "instruction_title": QT_TRANSLATE_NOOP("UpperDialogs", "Upper office's comment or directive"),
    "kind": QT_TRANSLATE_NOOP("UpperDialogs", "&Kind:"),
    "text": QT_TRANSLATE_NOOP("UpperDialogs", "&Text:"),
    "due_date": QT_TRANSLATE_NOOP("UpperDialogs", "&Reply by:"),
    "due_hint": QT_TRANSLATE_NOOP(
        "UpperDialogs", "Sent to the unit with its next acknowledgement. A directive (督办) appears on "
        "the unit's dashboard as its reply date comes near; a comment has no reply date."),
    "review_title": QT_TRANSLATE_NOOP("UpperDialogs", "复核 decision"),
    "request": QT_TRANSLATE_NOOP("UpperDialogs", "&Request:"),
    "outcome": QT_TRANSLATE_NOOP("UpperDialogs", "&Decision:"),
    "reasons": QT_TRANSLATE_NOOP("UpperDialogs", "Rea&sons:"),
    "chief": QT_TRANSLATE_NOOP("UpperDialogs", "Approved by the &chief procurator:"),
    "no_chief": QT_TRANSLATE_NOOP("UpperDialogs", "(no chief procurator registered)"),
    "review_hint": QT_TRANSLATE_NOOP(
        "UpperDialogs", "Decided today (RPR 291: within 15 days, approved by the chief procurator). "
        "The unit records it as the answer to its 复核 request; a changed refusal becomes "
        "an arrest to execute there."),
    "request_line": QT_TRANSLATE_NOOP("UpperDialogs", "%1 (%2) — requested %3, due %4"),
    "close_title": QT_TRANSLATE_NOOP("UpperDialogs", "Close a directive (督办办结)"),
    "directive": QT_TRANSLATE_NOOP("UpperDialogs", "&Directive:"),
    "closed_on": QT_TRANSLATE_NOOP("UpperDialogs", "&Closed on:"),
    "directive_line": QT_TRANSLATE_NOOP("UpperDialogs", "%1 — reply by %2"),
    "close_hint": QT_TRANSLATE_NOOP(
        "UpperDialogs", "When the unit has reported. The directive leaves the unit's dashboard "
        "with its next acknowledgement."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def instruction_dialog(office, subject_table: str, subject_id: str, *, today: date,
                       parent=None) -> CustodyForm:
    from desktop.services import upper_records as svc

    kinds = lambda: [(k, upper_labels.label(upper_labels.KINDS, k))  # noqa: E731
                     for k in ("directive", "comment")]
    fields = [Field("kind", "combo", T["kind"], kinds, "directive"),
              Field("text", "text", T["text"]),
              Field("due_date", "date", T["due_date"])]

    def save(v):
        directive = v["kind"] == "directive"
        return svc.issue_instruction(office, subject_table=subject_table,
                                     subject_id=subject_id, kind=v["kind"], text=v["text"],
                                     due_date=v["due_date"] if directive else None,
                                     today=today)

    form = CustodyForm(fields, title=T["instruction_title"], today=today, save=save,
                       parent=parent, object_name="upperInstructionDialog", context=CONTEXT,
                       error_text=upper_labels.error_message)
    kind = form.widgets["kind"]

    def follow(*_):
        form.widgets["due_date"].setEnabled(kind.currentData() == "directive")

    kind.currentIndexChanged.connect(follow)
    follow()
    form.set_hint(lambda: _tr(T["due_hint"]))
    return form


def review_decision_dialog(office, requests: list[upper_queries.OpenUpperReview], *,
                           today: date, parent=None) -> CustodyForm:
    """The 复核 decision on one of the open requests (one per suspect) of a unit's request."""
    from desktop.services import upper_records as svc

    def request_choices():
        return [(r.id, _tr(T["request_line"]).replace("%1", r.suspect)
                 .replace("%2", r.unit_code).replace("%3", labels.format_date(r.requested_on))
                 .replace("%4", labels.format_date(r.due_date))) for r in requests]

    def outcomes():
        return [(k, upper_labels.label(upper_labels.OUTCOMES, k)) for k in ("upheld", "changed")]

    def chiefs():
        return upper_queries.own_chiefs(office.reader) or [("", _tr(T["no_chief"]))]

    fields = [Field("reconsideration", "combo", T["request"], request_choices,
                    requests[0].id if requests else ""),
              Field("outcome", "combo", T["outcome"], outcomes, "upheld"),
              Field("reasons", "text", T["reasons"]),
              Field("chief_approved_by", "combo", T["chief"], chiefs)]

    def save(v):
        return svc.decide_upper_review(office, v["reconsideration"], outcome=v["outcome"],
                                       reasons=v["reasons"],
                                       chief_approved_by=v["chief_approved_by"] or "",
                                       today=today)

    form = CustodyForm(fields, title=T["review_title"], today=today, save=save, parent=parent,
                       object_name="upperReviewDecisionDialog", context=CONTEXT,
                       error_text=upper_labels.error_message)
    form.set_hint(lambda: _tr(T["review_hint"]))
    form.setMinimumWidth(680)  # the request line names suspect, unit and both dates
    return form


def close_directive_dialog(office, directives: list[upper_queries.Instruction], *,
                           today: date, parent=None) -> CustodyForm:
    """Close one of the open 督办 of a record once the unit has reported."""
    from desktop.services import upper_records as svc

    def choices():
        return [(d.id, _tr(T["directive_line"]).replace("%1", d.text.splitlines()[0][:40])
                 .replace("%2", labels.format_date(d.due_date))) for d in directives]

    fields = [Field("directive", "combo", T["directive"], choices,
                    directives[0].id if directives else ""),
              Field("closed_on", "date", T["closed_on"], value=today)]

    def save(v):
        return svc.close_directive(office, v["directive"], closed_on=v["closed_on"],
                                   today=today)

    form = CustodyForm(fields, title=T["close_title"], today=today, save=save, parent=parent,
                       object_name="closeDirectiveDialog", context=CONTEXT,
                       error_text=upper_labels.error_message)
    form.set_hint(lambda: _tr(T["close_hint"]))
    return form
