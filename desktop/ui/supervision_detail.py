"""One supervision matter in full, as HTML for the page's detail pane: the matter, each notice
with its dates, its running deadline (raw end, due date, legal basis with what CPL 105 did),
the kinds of illegality, the police's answers and the documents issued; then the timeline."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui import field_messages, labels
from desktop.ui import supervision_labels as sl

translate = QCoreApplication.translate

_STYLE = """<style>
  h3 { margin: 8px 0 4px 0; }
  td { padding: 1px 10px 1px 0; vertical-align: top; }
  td.caption { color: #555555; white-space: nowrap; }
</style>"""


CAPTIONS = {  # every text of the pane, marked for lupdate
    "raw_end_1_carried_over_the_holiday": QT_TRANSLATE_NOOP(
        "SupervisionDetail", "(raw end %1, carried over the holiday)"),
    "deadline": QT_TRANSLATE_NOOP("SupervisionDetail", "Deadline"),
    "due": QT_TRANSLATE_NOOP("SupervisionDetail", "Due"),
    "legal_basis": QT_TRANSLATE_NOOP("SupervisionDetail", "Legal basis"),
    "addressed_to": QT_TRANSLATE_NOOP("SupervisionDetail", "Addressed to"),
    "drafted_on": QT_TRANSLATE_NOOP("SupervisionDetail", "Drafted on"),
    "approved": QT_TRANSLATE_NOOP("SupervisionDetail", "Approved"),
    "served_on": QT_TRANSLATE_NOOP("SupervisionDetail", "Served on"),
    "document_number": QT_TRANSLATE_NOOP("SupervisionDetail", "Document number"),
    "illegality": QT_TRANSLATE_NOOP("SupervisionDetail", "Illegality"),
    "facts_and_reasons": QT_TRANSLATE_NOOP("SupervisionDetail", "Facts and reasons"),
    "late": QT_TRANSLATE_NOOP("SupervisionDetail", "(late)"),
    "police_answer": QT_TRANSLATE_NOOP("SupervisionDetail", "Police answer"),
    "decision": QT_TRANSLATE_NOOP("SupervisionDetail", "Decision"),
    "case_filed_on": QT_TRANSLATE_NOOP("SupervisionDetail", "Case filed on"),
    "explanation": QT_TRANSLATE_NOOP("SupervisionDetail", "Explanation"),
    "reported_to_the_upper_office": QT_TRANSLATE_NOOP("SupervisionDetail",
                                                      "Reported to the upper office"),
    "next_notice_issued": QT_TRANSLATE_NOOP("SupervisionDetail", "Next notice issued"),
    "escalated": QT_TRANSLATE_NOOP("SupervisionDetail", "Escalated"),
    "may_follow_now": QT_TRANSLATE_NOOP("SupervisionDetail", "May follow now"),
    "closed_on": QT_TRANSLATE_NOOP("SupervisionDetail", "Closed on"),
    "timeline": QT_TRANSLATE_NOOP("SupervisionDetail", "Timeline"),
    "status": QT_TRANSLATE_NOOP("SupervisionDetail", "Status"),
    "source": QT_TRANSLATE_NOOP("SupervisionDetail", "Source"),
    "kind_of_supervision": QT_TRANSLATE_NOOP("SupervisionDetail", "Kind of supervision"),
    "opened_on": QT_TRANSLATE_NOOP("SupervisionDetail", "Opened on"),
    "police_case_no": QT_TRANSLATE_NOOP("SupervisionDetail", "Police case no."),
    "victim_or_complainant": QT_TRANSLATE_NOOP("SupervisionDetail", "Victim or complainant"),
    "person_concerned": QT_TRANSLATE_NOOP("SupervisionDetail", "Person concerned"),
    "special_work": QT_TRANSLATE_NOOP("SupervisionDetail", "Special work"),
    "summary": QT_TRANSLATE_NOOP("SupervisionDetail", "Summary"),
    "officer": QT_TRANSLATE_NOOP("SupervisionDetail", "Officer"),
    "arrest_request": QT_TRANSLATE_NOOP("SupervisionDetail", "Arrest request"),
    "result": QT_TRANSLATE_NOOP("SupervisionDetail", "Result"),
}


def _c(key: str) -> str:
    return translate("SupervisionDetail", CAPTIONS[key])


def _row(caption: str, value: str, *, css: str = "") -> str:
    style = f' style="{css}"' if css else ""
    return (f'<tr><td class="caption">{html.escape(caption)}</td>'
            f'<td{style}>{html.escape(value or "—")}</td></tr>')


def _due(n, today: date) -> list[str]:
    if not n.due_kind or n.due_date is None:
        return []
    state = labels.due_state(n.due_date, today)
    colour = labels.due_foreground(state)
    text = labels.due_text(n.due_date, today)
    if n.raw_end and n.raw_end != n.due_date:
        text += " " + _c("raw_end_1_carried_over_the_holiday").replace(
            "%1", labels.format_date(n.raw_end))
    return [_row(_c("deadline"), sl.due_kind_label(n.due_kind)),
            _row(_c("due"), text, css=f"color: {colour.name()}; font-weight: bold;"
                 if colour else ""),
            _row(_c("legal_basis"), n.basis(english=not field_messages.is_chinese()),
                 css="color:#444")]


def notice_html(n, today: date) -> str:
    parts = [f"<h3>{html.escape(sl.kind_label(n.kind))} — "
             f"{html.escape(sl.state_label(n.shown_state))}</h3><table>",
             _row(_c("addressed_to"), n.addressee),
             _row(_c("drafted_on"), labels.format_date(n.drafted_on))]
    if n.approved_on and n.kind != "oral_correction":
        parts.append(_row(_c("approved"), f"{labels.format_date(n.approved_on)} {n.approver}"))
    if n.served_on:
        parts.append(_row(_c("served_on"), labels.format_date(n.served_on)))
    if n.documents:
        parts.append(_row(_c("document_number"), "、".join(n.documents)))
    if n.illegality_codes:
        parts.append(_row(_c("illegality"), sl.illegalities_text(n.illegality_codes)))
    if n.content:
        parts.append(_row(_c("facts_and_reasons"), n.content))
    parts += _due(n, today)
    for a in n.answers:
        text = f"{labels.format_date(a.received_on)} {sl.label(sl.ANSWERS, a.kind)}"
        if a.late:
            text += " " + _c("late")
        if a.content:
            text += f": {a.content}"
        parts.append(_row(_c("police_answer"), text))
        if a.decided_on:
            parts.append(_row(_c("decision"), f"{labels.format_date(a.decided_on)} "
                              f"{sl.label(sl.DECISIONS, a.decision)}: {a.decision_reasons}"))
    if n.case_filed_on:
        parts.append(_row(_c("case_filed_on"), labels.format_date(n.case_filed_on)))
    if n.assessment:
        parts.append(_row(_c("explanation"), f"{labels.format_date(n.assessed_on)} "
                          f"{sl.label(sl.ASSESSMENTS, n.assessment)}: {n.assessment_reasons}"))
    if n.escalated_on:
        what = _c("reported_to_the_upper_office") if n.reported_up else _c("next_notice_issued")
        parts.append(_row(_c("escalated"), f"{labels.format_date(n.escalated_on)} {what} "
                          f"{n.escalation_note}".strip()))
    if n.follow_ups:
        parts.append(_row(_c("may_follow_now"), "、".join(sl.kind_label(k)
                                                          for k in n.follow_ups)))
    if n.closed_on:
        parts.append(_row(_c("closed_on"), f"{labels.format_date(n.closed_on)} {n.note}"
                          .strip()))
    parts.append("</table>")
    return "".join(parts)


def timeline_html(detail) -> str:
    heading = _c("timeline")
    parts = [f"<h3>{html.escape(heading)}</h3><table>"]
    for e in detail.timeline:
        what = sl.label(sl.EVENTS, e.event)
        if e.notice_kind:
            what += " · " + sl.kind_label(e.notice_kind)
        extra = {"answer": lambda v: sl.label(sl.ANSWERS, v),
                 "assessed": lambda v: sl.label(sl.ASSESSMENTS, v),
                 "decided": lambda v: sl.label(sl.DECISIONS, v),
                 "due": sl.due_kind_label,
                 "opened": lambda v: sl.label(sl.SOURCES, v)}.get(e.event, lambda v: v)(e.value)
        text = "  ".join(x for x in (extra, e.text) if x)
        parts.append(f'<tr><td class="caption">{labels.format_date(e.day)}</td>'
                     f"<td>{html.escape(what)}</td><td>{html.escape(text)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def detail_html(d, today: date, notice_id: str = "") -> str:
    r = d.row
    names = "、".join(n for n in (r.party_name, r.subject_name) if n)
    parts = [_STYLE, f"<h3>{html.escape(r.agency)} — {html.escape(names or r.police_case_no)}"
             "</h3><table>",
             _row(_c("status"), sl.label(sl.MATTER_STATUSES, r.status)),
             _row(_c("source"), sl.label(sl.SOURCES, r.source)),
             _row(_c("kind_of_supervision"), sl.label(sl.AREAS, r.area)),
             _row(_c("opened_on"), labels.format_date(r.opened_on)),
             _row(_c("police_case_no"), r.police_case_no),
             _row(_c("victim_or_complainant"), r.party_name),
             _row(_c("person_concerned"), r.subject_name),
             _row(_c("special_work"), sl.tags_text(r.tags)),
             _row(_c("summary"), r.summary),
             _row(_c("officer"), r.officer_name)]
    if d.request_case_no:
        parts.append(_row(_c("arrest_request"), d.request_case_no))
    if d.closed_on:
        parts.append(_row(_c("closed_on"), labels.format_date(d.closed_on)))
        parts.append(_row(_c("result"), d.result))
    parts.append("</table>")
    chosen = [n for n in d.notices if n.id == notice_id] or list(reversed(d.notices))[:1]
    for n in chosen:
        parts.append(notice_html(n, today))
    parts.append(timeline_html(d))
    return "".join(parts)
