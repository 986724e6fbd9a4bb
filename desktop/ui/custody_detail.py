"""One custody review in full, as HTML for the page's detail pane: the case, who started it
and why, the running deadline with its raw end, due date and legal basis, the ticked factors,
each recommendation with its reply period, replies, corrections and result notices."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.domain.custody_review import CustodySettings
from desktop.ui import custody_labels as cl
from desktop.ui import labels

translate = QCoreApplication.translate

_STYLE = """<style>
  h3 { margin: 8px 0 4px 0; }
  td { padding: 1px 10px 1px 0; vertical-align: top; }
  td.caption { color: #555555; white-space: nowrap; }
  .basis { color: #444444; }
</style>"""


def _row(caption: str, value: str, *, raw: bool = False, css: str = "") -> str:
    shown = value if raw else html.escape(value or "—")
    style = f' style="{css}"' if css else ""
    return f'<tr><td class="caption">{html.escape(caption)}</td><td{style}>{shown}</td></tr>'


def _due(raw_end: date | None, due: date | None, today: date) -> str:
    text = labels.due_text(due, today)
    if raw_end and due and raw_end != due:
        text += " " + translate("CustodyDetail", "(raw end %1, carried over the holiday)").replace(
            "%1", labels.format_date(raw_end))
    return text


def detail_html(d, settings: CustodySettings, today: date) -> str:
    r = d.row
    parts = [_STYLE, f"<h3>{html.escape(r.person_name)} — {html.escape(r.police_case_no)}</h3>",
             "<table>",
             _row(translate("CustodyDetail", "Status"), cl.status_label(r.shown_status)),
             _row(translate("CustodyDetail", "Started by"), cl.label(cl.SOURCES, r.source)),
             _row(translate("CustodyDetail", "Stage"), cl.label(cl.STAGES, r.stage)),
             _row(translate("CustodyDetail", "Started on"), labels.format_date(r.started_on))]
    if d.applicant_name:
        parts.append(_row(translate("CustodyDetail", "Applicant"), f"{d.applicant_name} "
                          f"({cl.label(cl.APPLICANTS, d.applicant_kind)})"))
    if d.grounds:
        parts.append(_row(translate("CustodyDetail", "Grounds"), d.grounds))
    if d.evidence:
        parts.append(_row(translate("CustodyDetail", "Evidence"), d.evidence))
    parts.append(_row(translate("CustodyDetail", "Officer"), r.officer_name))
    if r.due_kind and r.due_date:
        state = labels.due_state(r.due_date, today)
        colour = labels.due_foreground(state)
        caption = translate("CustodyDetail", "Next deadline")
        parts.append(_row(caption, cl.due_kind_label(r.due_kind)))
        parts.append(_row(translate("CustodyDetail", "Due"), _due(d.raw_end, r.due_date, today),
                          css=f"color: {colour.name()}; font-weight: bold;" if colour else ""))
        caption = translate("CustodyDetail", "Legal basis")
        parts.append(_row(caption, cl.basis(r.due_kind, settings), css="color:#444"))
    if d.decided_on:
        caption = translate("CustodyDetail", "Decided on")
        parts.append(_row(caption, labels.format_date(d.decided_on)))
    if d.reasons:
        parts.append(_row(translate("CustodyDetail", "Reasons"), d.reasons))
    if d.closed_on:
        parts.append(_row(translate("CustodyDetail", "Closed on"), labels.format_date(d.closed_on)))
    if d.note:
        parts.append(_row(translate("CustodyDetail", "Note"), d.note))
    parts.append("</table>")
    ticked = [(code, facts) for code, (present, facts) in d.answers.items() if present]
    if ticked:
        heading = translate("CustodyDetail", "Factors found")
        parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
        for code, facts in ticked:
            line = f"{cl.factor_label(code)} ({cl.factor_article(code)})"
            if facts:
                line += f": {facts}"
            parts.append(f"<li>{html.escape(line)}</li>")
        parts.append("</ul>")
    for rec in d.recommendations:
        heading = translate("CustodyDetail", "Recommendation")
        parts.append(f"<h3>{html.escape(heading)}</h3><table>")
        caption = translate("CustodyDetail", "Measure")
        parts.append(_row(caption, cl.label(cl.MEASURES, rec.measure)))
        parts.append(_row(translate("CustodyDetail", "Addressed to"), rec.addressee))
        caption = translate("CustodyDetail", "Served on")
        parts.append(_row(caption, labels.format_date(rec.served_on)))
        if rec.document_no:
            parts.append(_row(translate("CustodyDetail", "Document number"), rec.document_no))
        caption = translate("CustodyDetail", "Reply due")
        parts.append(_row(caption, labels.format_date(rec.reply_due) + (
            " " + translate("CustodyDetail", "(custody period: not extended over holidays)")
            if rec.in_custody_period else "")))
        for received, outcome, measure, content, late in rec.replies:
            text = f"{labels.format_date(received)} {cl.label(cl.OUTCOMES, outcome)}"
            if measure:
                text += f" — {cl.label(cl.MEASURES, measure)}"
            if late:
                text += " " + translate("CustodyDetail", "(late)")
            if content:
                text += f": {content}"
            parts.append(_row(translate("CustodyDetail", "Reply"), text))
        for issued, method, content, number in rec.escalations:
            text = f"{labels.format_date(issued)} {method} {number}".strip()
            if content:
                text += f": {content}"
            parts.append(_row(translate("CustodyDetail", "Correction"), text))
        parts.append("</table>")
    for notified, recipient, content, number in d.notices:
        heading = translate("CustodyDetail", "Result told to the applicant")
        parts.append(f"<h3>{html.escape(heading)}</h3><table>")
        parts.append(_row(translate("CustodyDetail", "Notified on"), labels.format_date(notified)))
        parts.append(_row(translate("CustodyDetail", "Recipient"), recipient))
        if number:
            parts.append(_row(translate("CustodyDetail", "Document number"), number))
        if content:
            parts.append(_row(translate("CustodyDetail", "Content"), content))
        parts.append("</table>")
    return "".join(parts)
