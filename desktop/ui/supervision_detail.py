"""One supervision matter in full, as HTML for the page's detail pane: the matter, each notice
with its dates, its running deadline (raw end, due date, legal basis with what CPL 105 did),
the kinds of illegality, the police's answers and the documents issued; then the timeline."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.ui import field_messages, labels
from desktop.ui import supervision_labels as sl

translate = QCoreApplication.translate

_STYLE = """<style>
  h3 { margin: 8px 0 4px 0; }
  td { padding: 1px 10px 1px 0; vertical-align: top; }
  td.caption { color: #555555; white-space: nowrap; }
</style>"""


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
        text += " " + translate("SupervisionDetail", "(raw end %1, carried over the holiday)").replace(
            "%1", labels.format_date(n.raw_end))
    return [_row(translate("SupervisionDetail", "Deadline"), sl.due_kind_label(n.due_kind)),
            _row(translate("SupervisionDetail", "Due"), text, css=f"color: {colour.name()}; font-weight: bold;"
                 if colour else ""),
            _row(translate("SupervisionDetail", "Legal basis"), n.basis(english=not field_messages.is_chinese()),
                 css="color:#444")]


def notice_html(n, today: date) -> str:
    parts = [f"<h3>{html.escape(sl.kind_label(n.kind))} — "
             f"{html.escape(sl.state_label(n.shown_state))}</h3><table>",
             _row(translate("SupervisionDetail", "Addressed to"), n.addressee),
             _row(translate("SupervisionDetail", "Drafted on"), labels.format_date(n.drafted_on))]
    if n.approved_on and n.kind != "oral_correction":
        parts.append(_row(translate("SupervisionDetail", "Approved"), f"{labels.format_date(n.approved_on)} {n.approver}"))
    if n.served_on:
        parts.append(_row(translate("SupervisionDetail", "Served on"), labels.format_date(n.served_on)))
    if n.documents:
        parts.append(_row(translate("SupervisionDetail", "Document number"), "、".join(n.documents)))
    if n.illegality_codes:
        parts.append(_row(translate("SupervisionDetail", "Illegality"), sl.illegalities_text(n.illegality_codes)))
    if n.content:
        parts.append(_row(translate("SupervisionDetail", "Facts and reasons"), n.content))
    parts += _due(n, today)
    for a in n.answers:
        text = f"{labels.format_date(a.received_on)} {sl.label(sl.ANSWERS, a.kind)}"
        if a.late:
            text += " " + translate("SupervisionDetail", "(late)")
        if a.content:
            text += f": {a.content}"
        parts.append(_row(translate("SupervisionDetail", "Police answer"), text))
        if a.decided_on:
            parts.append(_row(translate("SupervisionDetail", "Decision"), f"{labels.format_date(a.decided_on)} "
                              f"{sl.label(sl.DECISIONS, a.decision)}: {a.decision_reasons}"))
    if n.case_filed_on:
        parts.append(_row(translate("SupervisionDetail", "Case filed on"), labels.format_date(n.case_filed_on)))
    if n.assessment:
        parts.append(_row(translate("SupervisionDetail", "Explanation"), f"{labels.format_date(n.assessed_on)} "
                          f"{sl.label(sl.ASSESSMENTS, n.assessment)}: {n.assessment_reasons}"))
    if n.escalated_on:
        what = translate("SupervisionDetail", "Reported to the upper office") if n.reported_up else translate("SupervisionDetail", "Next notice issued")
        parts.append(_row(translate("SupervisionDetail", "Escalated"), f"{labels.format_date(n.escalated_on)} {what} "
                          f"{n.escalation_note}".strip()))
    if n.follow_ups:
        parts.append(_row(translate("SupervisionDetail", "May follow now"), "、".join(sl.kind_label(k)
                                                          for k in n.follow_ups)))
    if n.closed_on:
        parts.append(_row(translate("SupervisionDetail", "Closed on"), f"{labels.format_date(n.closed_on)} {n.note}"
                          .strip()))
    parts.append("</table>")
    return "".join(parts)


def timeline_html(detail) -> str:
    heading = translate("SupervisionDetail", "Timeline")
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
             _row(translate("SupervisionDetail", "Status"), sl.label(sl.MATTER_STATUSES, r.status)),
             _row(translate("SupervisionDetail", "Source"), sl.label(sl.SOURCES, r.source)),
             _row(translate("SupervisionDetail", "Kind of supervision"), sl.label(sl.AREAS, r.area)),
             _row(translate("SupervisionDetail", "Opened on"), labels.format_date(r.opened_on)),
             _row(translate("SupervisionDetail", "Police case no."), r.police_case_no),
             _row(translate("SupervisionDetail", "Victim or complainant"), r.party_name),
             _row(translate("SupervisionDetail", "Person concerned"), r.subject_name),
             _row(translate("SupervisionDetail", "Special work"), sl.tags_text(r.tags)),
             _row(translate("SupervisionDetail", "Summary"), r.summary),
             _row(translate("SupervisionDetail", "Officer"), r.officer_name)]
    if d.request_case_no:
        parts.append(_row(translate("SupervisionDetail", "Arrest request"), d.request_case_no))
    if d.closed_on:
        parts.append(_row(translate("SupervisionDetail", "Closed on"), labels.format_date(d.closed_on)))
        parts.append(_row(translate("SupervisionDetail", "Result"), d.result))
    parts.append("</table>")
    chosen = [n for n in d.notices if n.id == notice_id] or list(reversed(d.notices))[:1]
    for n in chosen:
        parts.append(notice_html(n, today))
    parts.append(timeline_html(d))
    return "".join(parts)
