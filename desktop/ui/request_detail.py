"""One arrest request in full: the case, each suspect with their deadline and its legal basis,
the audit history, then the review workspace of each suspect (review_workspace) and the
request's timeline (review_timeline). The case page reads arrest_queries.request_detail; every
write happens in the workspace's dialogs, and a change notice reloads all of it."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from desktop.domain.ages import age_on
from desktop.domain.arrest_review import (LIMIT_DETAINED, LIMIT_MAJOR_COMPLEX,
                                          LIMIT_NOT_DETAINED, ReviewLimit)
from desktop.domain.deadlines import classify
from desktop.domain.holidays import default_calendar
from desktop.services import arrest_queries
from desktop.services.arrest_queries import RequestDetail, SuspectDetail
from desktop.ui import i18n, labels
from desktop.ui.audit_view import AuditTable
from desktop.ui.context import AppContext
from desktop.ui.read_only import ReadOnlyNote
from desktop.ui.review_timeline import TimelinePage
from desktop.ui.review_workspace import SuspectWorkspace

_CHINESE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
OPEN_REVIEW_STATUSES = ("received", "under_review", "pending_approval")
LIMITS: dict[str, ReviewLimit] = {
    limit.code: limit for limit in (LIMIT_DETAINED, LIMIT_NOT_DETAINED, LIMIT_MAJOR_COMPLEX)}


def missing_calendar_years(start: date, end: date) -> list[int]:
    calendar = default_calendar()
    return [year for year in range(start.year, end.year + 1) if not calendar.covers(year)]


def _row(caption: str, value: str, *, raw: bool = False, css: str = "") -> str:
    """One line of a detail table; `value` is escaped unless `raw`."""
    shown = value if raw else html.escape(value or "—")
    style = f' style="{css}"' if css else ""
    return (f'<tr><td class="caption">{html.escape(caption)}</td>'
            f'<td{style}>{shown}</td></tr>')


_STYLE = """
<style>
  h3 { margin: 10px 0 4px 0; }
  table { margin-bottom: 6px; }
  td { padding: 2px 10px 2px 0; vertical-align: top; }
  td.caption { color: #555555; white-space: nowrap; }
  .warning { color: #b71c1c; }
</style>
"""


class RequestDetailDialog(QDialog):
    def __init__(self, context: AppContext, request_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("requestDetail")
        self._context = context
        self.request_id = request_id
        self.detail: RequestDetail | None = None
        self.resize(1000, 760)
        self.workspaces: dict[str, SuspectWorkspace] = {}

        self.tabs = QTabWidget(self)
        self.case_view = QTextBrowser(self.tabs)
        self.case_view.setObjectName("caseView")
        self.case_view.setOpenLinks(False)
        self.audit = AuditTable(self.tabs)
        self.tabs.addTab(self.case_view, "")
        self.tabs.addTab(self.audit, "")
        self.timeline = TimelinePage(self.tabs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        # 承办人变更 (services/officer_change): enabled for who may, on the office's own open
        # requests only (an upper office's unit records are read-only)
        self.reassign_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.reassign_button.setObjectName("reassignButton")
        self.reassign_button.clicked.connect(self.change_officer)
        from desktop.ui.upper_instructions_box import UpperInstructionsBox

        # the upper office's comments and 督办 (and its actions, at the upper office)
        self.upper_box = UpperInstructionsBox(context, "arrest_requests", request_id, self)
        self.note = ReadOnlyNote(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.upper_box)
        layout.addWidget(self.buttons)
        context.records_changed.connect(self.reload)
        self.reload()
        # opening a juvenile suspect's record is audited (DOMAIN §9; services/sensitive_reads)
        from desktop.services import sensitive_reads

        sensitive_reads.opened_request(context.office, request_id)

    def reload(self) -> None:
        conn = self._context.reader
        self.detail = arrest_queries.request_detail(conn, self.request_id)
        self.note.show_for(self._context.office, "arrest_review", self.request_id)
        from desktop.services.officer_change import may_reassign

        self.reassign_button.setEnabled(
            not self.note.read_only and may_reassign(self._context.office, self.request_id))
        self.audit.set_entries(arrest_queries.audit_history(conn, self.request_id))
        self._sync_workspaces()
        self.upper_box.reload()
        from desktop.services import review_queries

        self.timeline.set_steps(review_queries.timeline(conn, self.request_id),
                                self._context.today())
        self.retranslateUi()

    def _sync_workspaces(self) -> None:
        """One tab per suspect, then the timeline; existing tabs reload in place."""
        wanted = [s.review_id for s in self.detail.suspects] if self.detail else []
        if list(self.workspaces) != wanted:
            for ws in self.workspaces.values():
                self.tabs.removeTab(self.tabs.indexOf(ws))
                ws.deleteLater()
            self.tabs.removeTab(self.tabs.indexOf(self.timeline))
            self.workspaces = {rid: SuspectWorkspace(self._context, rid, self.tabs)
                               for rid in wanted}
            for ws in self.workspaces.values():
                self.tabs.addTab(ws, "")
            self.tabs.addTab(self.timeline, "")
        else:
            for ws in self.workspaces.values():
                ws.reload()

    def change_officer(self) -> None:
        from desktop.services.officer_change import current_officer
        from desktop.ui.officer_change_dialog import OfficerChangeDialog

        office = self._context.office
        OfficerChangeDialog(self._context, self.request_id,
                            current_officer(office, self.request_id) or "", self).exec()

    def workspace(self, review_id: str | None = None) -> SuspectWorkspace | None:
        """The workspace of a suspect (the first one by default)."""
        if review_id is None:
            return next(iter(self.workspaces.values()), None)
        return self.workspaces.get(review_id)

    def show_review(self, review_id: str) -> None:
        ws = self.workspaces.get(review_id)
        if ws is not None:
            self.tabs.setCurrentWidget(ws)

    def show_record(self, record_id: str) -> None:
        """Show the suspect whose review holds this record (a receipt, 复议, decision…), or
        the timeline for a record of the whole request (an RPR 288 demand)."""
        for ws in self.workspaces.values():
            if record_id in ws.record_ids():
                self.tabs.setCurrentWidget(ws)
                return
        self.tabs.setCurrentWidget(self.timeline)

    def case_text(self) -> str:
        """The case page as plain text (what the user reads)."""
        return self.case_view.toPlainText()

    # -- building --------------------------------------------------------------------------
    def _case_html(self) -> str:
        detail = self.detail
        if detail is None:
            return html.escape(self.tr("This request no longer exists."))
        charges = self.tr(", ", "list separator").join(
            self.tr("%1 (%2)", "charge (article)").replace("%1", name)
            .replace("%2", self._article(article)) if article else name
            for _code, name, article in detail.charges)
        rows = [
            _row(self.tr("Police agency:"), detail.police_agency),
            _row(self.tr("Police case no.:"), detail.police_case_no),
            _row(self.tr("Request no.:"), detail.request_no),
            _row(self.tr("Request date:"), labels.format_date(detail.request_date)),
            _row(self.tr("Received:"), labels.format_date(detail.received_date)),
            _row(self.tr("Major or complex case:"), labels.yes_no(detail.major_complex)),
            _row(self.tr("Officer in charge:"), detail.officer_name),
            _row(self.tr("Charges:"), charges),
        ]
        if detail.note:
            rows.append(_row(self.tr("Note:"), detail.note))
        heading = self.tr("Request for approval of arrest")
        parts = [_STYLE, f"<h3>{html.escape(heading)}</h3>", "<table>", *rows, "</table>"]
        for index, suspect in enumerate(detail.suspects):
            parts.append(self._suspect_html(index, suspect, detail))
        return "".join(parts)

    def _article(self, article: str) -> str:
        """'264' → 'Art. 264' / '第264条'; '133之一' → 'Art. 133-1' / '第133条之一'."""
        number, _, supplement = article.partition("之")
        if not supplement:
            return self.tr("Art. %1", "Criminal Law article").replace("%1", number)
        if i18n.current_language() != "zh_CN":
            supplement = str(_CHINESE_DIGITS.get(supplement, supplement))
        return (self.tr("Art. %1-%2", "supplementary article, e.g. 133之一")
                .replace("%1", number).replace("%2", supplement))

    def _suspect_html(self, index: int, s: SuspectDetail, detail: RequestDetail) -> str:
        today = self._context.today()
        title = self.tr("Suspect %1: %2").replace("%1", str(index + 1)).replace("%2", s.name)
        if s.juvenile:
            title = labels.with_juvenile_mark(title)
        age = (self.tr("%n year(s)", "age", age_on(s.birth_date, today))
               if s.birth_date else "—")
        if s.juvenile:
            age += " " + self.tr("(a juvenile at the time of the offence)")
        if s.detained:
            custody = (self.tr("Detained since %1").replace(
                "%1", labels.format_date(s.detained_since)) if s.detained_since
                else labels.custody_label(True))
        else:
            custody = labels.custody_label(False)
        rows = [
            _row(self.tr("ID number:"), s.id_number or ""),
            _row(self.tr("Birth date:"), labels.format_date(s.birth_date)),
            _row(self.tr("Sex:"), labels.sex_label(s.sex)),
            _row(self.tr("Age:"), age),
            _row(self.tr("Custody:"), custody),
            _row(self.tr("Pleads guilty and accepts punishment:"), labels.yes_no(s.confessed)),
            _row(self.tr("Defence counsel:"), s.counsel),
            _row(self.tr("Status:"), labels.status_label(s.status)),
        ]
        if s.decided_on is not None:
            rows.append(_row(self.tr("Decided on:"), labels.format_date(s.decided_on)))
        deadline = labels.format_date(s.due_date)
        css = ""
        if s.status in OPEN_REVIEW_STATUSES:
            deadline += "  " + labels.days_left_text(s.due_date, today)
            color = labels.due_foreground(classify(s.due_date, today))
            if color is not None:
                css = f"color: {color.name()}; font-weight: bold;"
        rows.append(_row(self.tr("Time limit ends:"), deadline, css=css))
        if s.extended:
            rows.append(_row("", self.tr(
                "The period's last day, %1, is a holiday; the limit is carried over to the "
                "first working day after it.").replace("%1", labels.format_date(s.raw_end))))
        limit = LIMITS.get(s.limit_code)
        if limit is not None:
            basis = limit.basis if i18n.current_language() == "zh_CN" else limit.basis_en
            rows.append(_row(self.tr("Time limit:"),
                             self.tr("%n day(s) from receipt of the request", "", limit.days)))
            rows.append(_row(self.tr("Legal basis:"), basis))
        missing = missing_calendar_years(detail.received_date, max(s.due_date, s.raw_end))
        if missing:
            rows.append(_row(self.tr("Warning:"), self.tr(
                "No holiday data for %1: only weekends were counted as holidays. Check this "
                "date against the State Council's holiday notice.").replace(
                    "%1", ", ".join(str(y) for y in missing)), css="color: #b71c1c;"))
        return (f"<h3>{html.escape(title)}</h3><table>" + "".join(rows) + "</table>")

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        case_no = self.detail.police_case_no if self.detail else ""
        self.setWindowTitle(self.tr("Arrest review: %1").replace("%1", case_no))
        self.tabs.setTabText(0, self.tr("&Request and suspects"))
        self.reassign_button.setText(self.tr("Change handling officer…"))
        self.tabs.setTabText(1, self.tr("&History (%n)", "", self.audit.entry_count()))
        suspects = {s.review_id: s for s in self.detail.suspects} if self.detail else {}
        for rid, ws in self.workspaces.items():
            s = suspects.get(rid)
            name = s.name if s else ""
            if s is not None and s.juvenile:
                name = labels.with_juvenile_mark(name)
            self.tabs.setTabText(self.tabs.indexOf(ws), self.tr("Review: %1").replace("%1", name))
        self.tabs.setTabText(self.tabs.indexOf(self.timeline), self.tr("&Timeline"))
        self.case_view.setHtml(self._case_html())

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
