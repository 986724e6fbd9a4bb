"""One cooperation-log entry in full, as HTML for the page's detail pane, and its audit history
with the log's own field names (desktop.ui.audit_view renders it)."""
from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.domain import cooperation as rules
from desktop.ui import cooperation_labels as col
from desktop.ui import labels
from desktop.ui.audit_view import AuditTable

translate = QCoreApplication.translate

_STYLE = """<style>
  h3 { margin: 8px 0 4px 0; }
  td { padding: 1px 10px 1px 0; vertical-align: top; }
  td.caption { color: #555555; white-space: nowrap; }
</style>"""


def _row(caption: str, value: str, *, css: str = "") -> str:
    shown = html.escape(value or "—").replace("\n", "<br>")
    style = f' style="{css}"' if css else ""
    return f'<tr><td class="caption">{html.escape(caption)}</td><td{style}>{shown}</td></tr>'


def detail_html(d, today: date) -> str:
    r = d.row
    used = set(rules.fields_of(r.kind)) if r.kind in col.KINDS else set()
    title = " — ".join(x for x in (col.kind_with_subtype(r.kind, r.subtype), r.case_ref) if x)
    parts = [_STYLE, f"<h3>{html.escape(title)}</h3>", "<table>",
             _row(translate("CooperationDetail", "Date"), labels.format_date(r.occurred_on)),
             _row(translate("CooperationDetail", "Police agency"), r.police_agency)]
    if "case_ref" in used:
        parts.append(_row(translate("CooperationDetail", "Case"), r.case_ref))
    if d.request_case_no:
        parts.append(_row(translate("CooperationDetail", "Arrest request"), d.request_case_no))
    if "person_name" in used:
        parts.append(_row(translate("CooperationDetail", "Suspect"), r.person_name))
    if "participants" in used:
        parts.append(_row(translate("CooperationDetail", "Participants"), d.participants))
    parts.append(_row(translate("CooperationDetail", "Summary"), r.summary))
    if "outcome" in used:
        parts.append(_row(translate("CooperationDetail", "Outcome"), d.outcome))
    if rules.is_tracked(r.kind):
        state = labels.due_state(r.due_on, today) if r.done_on is None else None
        colour = labels.due_foreground(state)
        parts.append(_row(translate("CooperationDetail", "Due"),
                          labels.due_text(r.due_on, today) if r.done_on is None
                          else labels.format_date(r.due_on),
                          css=f"color: {colour.name()}; font-weight: bold;" if colour else ""))
        parts.append(_row(translate("CooperationDetail", "State"),
                          col.item_state(r.kind, r.due_on, r.done_on, today)))
    parts.append(_row(translate("CooperationDetail", "Officer"), r.officer_name))
    parts.append("</table>")
    return "".join(parts)


# Columns that mean nothing to a reader, beyond the audit view's own.
_HIDDEN = {"search_text", "request_id"}


class CooperationAuditTable(AuditTable):
    """The audit view with the log's field names and values in the user's language."""

    def set_entries(self, entries) -> None:
        super().set_entries([replace(e, detail={k: v for k, v in (e.detail or {}).items()
                                                if k not in _HIDDEN}) for e in entries])

    def _table(self, table: str) -> str:
        if table == "cooperation_entries":
            return translate("CooperationDetail", "Log entry")
        return super()._table(table)

    def field_name(self, key: str) -> str:
        names = {
            "kind": translate("CooperationDetail", "kind"),
            "subtype": translate("CooperationDetail", "type"),
            "occurred_on": translate("CooperationDetail", "date"),
            "case_ref": translate("CooperationDetail", "case"),
            "person_name": translate("CooperationDetail", "suspect"),
            "participants": translate("CooperationDetail", "participants"),
            "summary": translate("CooperationDetail", "summary"),
            "outcome": translate("CooperationDetail", "outcome"),
            "due_on": translate("CooperationDetail", "due by"),
            "done_on": translate("CooperationDetail", "done on"),
        }
        return names.get(key) or super().field_name(key)

    def _value(self, key: str, value) -> str:
        if key == "kind" and value:
            return col.kind_label(str(value))
        if key == "subtype" and value:
            return col.subtype_label(str(value))
        return super()._value(key, value)
