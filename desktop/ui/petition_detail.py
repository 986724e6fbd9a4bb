"""One petition in full, as HTML for the page's detail tabs: the petition (who, how, what,
handlers, risk, the running deadline with its raw end, due date and basis, attachments as
links to save), and its timeline (every reply and piece of work in date order, then the
deadline still ahead). The audit history is `PetitionAuditView`, an AuditTable that names the
petition tables and fields."""
from __future__ import annotations

import html
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop.services.petition_queries import PetitionDetail
from desktop.ui import labels
from desktop.ui import petition_labels as pl
from desktop.ui.audit_view import AuditTable
from desktop.ui.petition_labels import HIGH_RISK_COLOUR

translate = QCoreApplication.translate

_STYLE = """<style>
  h3 { margin: 8px 0 4px 0; }
  td { padding: 1px 10px 1px 0; vertical-align: top; }
  td.caption { color: #555555; white-space: nowrap; }
</style>"""
ATTACHMENT_LINK = "attachment:"


def _row(caption: str, value: str, *, raw: bool = False, css: str = "") -> str:
    shown = value if raw else html.escape(value or "—")
    style = f' style="{css}"' if css else ""
    return f'<tr><td class="caption">{html.escape(caption)}</td><td{style}>{shown}</td></tr>'


def detail_html(d: PetitionDetail, basis: str, today: date) -> str:
    r = d.row
    title = r.petitioners or translate("PetitionDetail", "(no name)")
    parts = [_STYLE, f"<h3>{html.escape(title)} — {html.escape(labels.format_date(r.received_on))}"
             "</h3><table>",
             _row(translate("PetitionDetail", "Status"), pl.label(pl.STATUSES, r.status)),
             _row(translate("PetitionDetail", "Channel"), pl.label(pl.CHANNELS, r.channel)),
             _row(translate("PetitionDetail", "Type"), pl.label(pl.TYPES, r.petition_type)),
             _row(translate("PetitionDetail", "Concerns this procuratorate (涉检)"),
                  labels.yes_no(r.concerns_procuratorate)),
             _row(translate("PetitionDetail", "People"), str(r.petitioner_count) + (
                 " " + translate("PetitionDetail", "(collective)") if r.collective else "")),
             _row(translate("PetitionDetail", "Summary"), r.summary)]
    if d.related_case or d.request_case_no:
        text = d.related_case
        if d.request_case_no:
            request = translate("PetitionDetail", "request %1").replace("%1", d.request_case_no)
            text = f"{text} ({request})"
        parts.append(_row(translate("PetitionDetail", "Related case"), text.strip()))
    if d.repeat_of_id:
        parts.append(_row(translate("PetitionDetail", "Repeats the petition of"),
                          d.repeat_of_label))
    if d.later_repeats:
        parts.append(_row(translate("PetitionDetail", "Repeated later on"),
                          ", ".join(labels.format_date(on) for _id, on in d.later_repeats)))
    parts.append(_row(translate("PetitionDetail", "First handler (首办责任人)"),
                      d.first_handler_name))
    parts.append(_row(translate("PetitionDetail", "Handler now"), r.handler_name))
    risk = pl.level_label(r.risk_level)
    if d.risk_triggers:
        risk += " — " + pl.trigger_labels(d.risk_triggers)
    parts.append(_row(translate("PetitionDetail", "Risk"), risk,
                      css=f"color: {HIGH_RISK_COLOUR}; font-weight: bold;" if r.high_risk
                      else ""))
    if r.due_kind and r.due_date:
        colour = labels.due_foreground(labels.due_state(r.due_date, today))
        parts.append(_row(translate("PetitionDetail", "Next deadline"),
                          pl.label(pl.DUE_KINDS, r.due_kind)))
        due = labels.due_text(r.due_date, today)
        if d.raw_end and d.raw_end != r.due_date:
            due += " " + translate("PetitionDetail", "(raw end %1, carried over the holiday)"
                                   ).replace("%1", labels.format_date(d.raw_end))
        parts.append(_row(translate("PetitionDetail", "Due"), due,
                          css=f"color: {colour.name()}; font-weight: bold;" if colour else ""))
        parts.append(_row(translate("PetitionDetail", "Basis"), basis, css="color:#444"))
    if d.forwarded_to:
        parts.append(_row(translate("PetitionDetail", "Forwarded to"), d.forwarded_to))
    if d.closed_on:
        parts.append(_row(translate("PetitionDetail", "Closed"),
                          f"{labels.format_date(d.closed_on)} "
                          f"{pl.label(pl.CLOSURES, d.closure)}"))
        if d.closure_note:
            parts.append(_row(translate("PetitionDetail", "Note"), d.closure_note))
    parts.append("</table>")
    if d.petitioners:
        heading = translate("PetitionDetail", "Petitioners")
        parts.append(f"<h3>{html.escape(heading)}</h3><table>")
        for p in d.petitioners:
            bits = [p.id_number, p.phone, p.address, p.work_unit]
            parts.append(_row(p.name, "  ".join(b for b in bits if b)))
        parts.append("</table>")
    if d.transfers:
        heading = translate("PetitionDetail", "Handler changes")
        parts.append(f"<h3>{html.escape(heading)}</h3><table>")
        for t in d.transfers:
            parts.append(_row(labels.format_date(t.transferred_on),
                              f"{t.from_name} → {t.to_name}: {t.reason}"))
        parts.append("</table>")
    if d.attachments:
        heading = translate("PetitionDetail", "Attachments")
        parts.append(f"<h3>{html.escape(heading)}</h3><ul>")
        for a in d.attachments:
            size = translate("PetitionDetail", "%1 KB").replace("%1", f"{a.size / 1024:.1f}")
            parts.append(f'<li><a href="{ATTACHMENT_LINK}{html.escape(a.id)}">'
                         f"{html.escape(a.file_name)}</a> ({html.escape(size)})</li>")
        parts.append("</ul>")
    return "".join(parts)


def timeline_html(d: PetitionDetail, today: date) -> str:
    """Each event with its date, kind and text; each piece of work with who took part and the
    outcome; the running deadline last, coloured by urgency."""
    work = {w.done_on: [] for w in d.work}
    for w in d.work:
        work[w.done_on].append(w)
    parts = [_STYLE, "<table>"]
    for e in d.timeline:
        text = html.escape(e.text or "")
        if e.event not in ("received", "transfer", "closed") and not e.event.startswith("due."):
            match = next((w for w in work.get(e.on, []) if w.content == e.text), None)
            if match is not None:
                extra = []
                if match.way:
                    extra.append(pl.label(pl.WAYS, match.way))
                if match.participants:
                    extra.append(translate("PetitionDetail", "with %1").replace(
                        "%1", match.participants))
                if match.outcome:
                    extra.append(translate("PetitionDetail", "outcome: %1").replace(
                        "%1", match.outcome))
                if match.officer_name:
                    extra.append(match.officer_name)
                if extra:
                    text += f"<br><span style='color:#555'>{html.escape('; '.join(extra))}</span>"
        when = labels.format_date(e.on)
        style = ""
        if not e.done:
            colour = labels.due_foreground(labels.due_state(e.on, today))
            when = labels.due_text(e.on, today)
            style = f" style='color:{colour.name()}; font-weight:bold'" if colour else ""
        parts.append(f"<tr><td class='caption'{style}>{html.escape(when)}</td>"
                     f"<td{style}><b>{html.escape(pl.event_label(e.event))}</b></td>"
                     f"<td>{text}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


# Fields that mean nothing to a reader: links between records.
_PETITION_HIDDEN = {"petition_id", "repeat_of_id", "request_id", "sha256", "position"}
_USER_FIELDS = {"first_handler_id", "handler_id", "from_handler_id", "to_handler_id"}


class PetitionAuditView(AuditTable):
    """The audit history of a petition and the records under it, named for the officer;
    handlers are shown by name, not by id."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.user_names: dict[str, str] = {}

    def _table(self, table: str) -> str:
        return {"petitions": self.tr("Petition"), "petitioners": self.tr("Petitioner"),
                "petition_handler_transfers": self.tr("Handler change"),
                "petition_work": self.tr("Reply or work"),
                "petition_attachments": self.tr("Attachment")}.get(table,
                                                                   super()._table(table))

    def field_name(self, key: str) -> str:
        names = {
            "received_on": self.tr("received"), "channel": self.tr("channel"),
            "petition_type": self.tr("type"), "summary": self.tr("summary"),
            "concerns_procuratorate": self.tr("concerns this procuratorate"),
            "petitioner_count": self.tr("people"), "collective": self.tr("collective"),
            "related_case": self.tr("related case"), "first_handler_id": self.tr("first handler"),
            "handler_id": self.tr("handler"), "risk_level": self.tr("risk level"),
            "risk_triggers": self.tr("risk triggers"), "due_kind": self.tr("deadline"),
            "forwarded_to": self.tr("forwarded to"), "closure": self.tr("closure"),
            "closed_on": self.tr("closed on"), "closure_note": self.tr("closure note"),
            "phone": self.tr("phone"), "address": self.tr("address"),
            "work_unit": self.tr("work unit"), "from_handler_id": self.tr("from"),
            "to_handler_id": self.tr("to"), "reason": self.tr("reason"),
            "transferred_on": self.tr("transferred on"), "kind": self.tr("kind"),
            "done_on": self.tr("date"), "reply_kind": self.tr("reply"), "way": self.tr("way"),
            "participants": self.tr("participants"), "content": self.tr("content"),
            "outcome": self.tr("outcome"), "file_name": self.tr("file"),
            "size": self.tr("size"),
        }
        return names.get(key) or super().field_name(key)

    def _value(self, key: str, value) -> str:
        if value is None or value == "":
            return "—"
        if key in _USER_FIELDS:
            return self.user_names.get(str(value), "—")
        tables = {"status": pl.STATUSES, "channel": pl.CHANNELS, "petition_type": pl.TYPES,
                  "kind": pl.WORK_KINDS, "reply_kind": pl.REPLY_KINDS, "way": pl.WAYS,
                  "closure": pl.CLOSURES, "due_kind": pl.DUE_KINDS}
        if key in tables and str(value) in tables[key]:
            return pl.label(tables[key], str(value))
        if key == "risk_level":
            return pl.level_label(str(value))
        if key == "risk_triggers":
            return pl.trigger_labels(str(value).split(","))
        if key in ("concerns_procuratorate", "collective"):
            return labels.yes_no(bool(value))
        return super()._value(key, value)

    def _changes(self, entry) -> list[str]:
        detail = {k: v for k, v in (entry.detail or {}).items() if k not in _PETITION_HIDDEN}
        return super()._changes(replace(entry, detail=detail))
