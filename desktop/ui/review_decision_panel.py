"""The decision on one suspect and what follows it: the proposal and its approval (buttons
enabled by the domain's approval rules, with the reason when they are not), the decision as
made (self-approval and lateness noted), then the receipt, 复议/复核, the RPR 288 demand, the
withdrawal after a refusal for no crime, and the documents of the review."""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QLabel, QMenu, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.domain.review_decision import (ROLE_APPROVER, ROLE_CHIEF, DecisionKind,
                                            approval_verdict)
from desktop.services import review_lookups
from desktop.services.errors import NotFound, ValidationFailed
from desktop.ui import review_dialogs as dialogs
from desktop.ui import review_followup_dialogs as follow
from desktop.ui import review_labels as rl

try:
    from desktop.ui.document_issue_dialog import DocumentIssueDialog
except ImportError:  # the document UI is not there: no Documents button
    DocumentIssueDialog = None

DOCUMENT_TYPES = ("approve_arrest", "refuse_arrest", "refusal_reasons", "supplementary_outline",
                  "continued_outline", "suspect_opinion", "legal_aid_notice",
                  "reconsideration_decision", "require_arrest_request", "arrest_decision")


class DecisionPanel(QGroupBox):
    def __init__(self, context, review_id: str, open_dialog, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decisionPanel")
        self._context = context
        self.review_id = review_id
        self._open = open_dialog
        self.data: dict | None = None
        self.read_only = False  # another unit's review at the upper office (ui/read_only.py)
        self.demands: list[dict] = []
        self.state = QLabel(self)
        self.state.setObjectName("decisionState")
        self.state.setWordWrap(True)
        self.why_not = QLabel(self)
        self.why_not.setObjectName("approveWhyNot")
        self.why_not.setWordWrap(True)
        self.why_not.setStyleSheet("color: #8a5a00;")
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        names = ("propose", "approve", "send_back", "documents", "receipt", "reconsideration",
                 "decide_reconsideration", "upper_review", "upper_answer", "withdrawal",
                 "demand", "police_answer", "direct_decision", "resubmission", "served",
                 "supervision")
        for i, name in enumerate(names):
            button = QPushButton(self)
            button.setObjectName(name)
            button.clicked.connect(getattr(self, "_" + name))
            self.buttons[name] = button
            grid.addWidget(button, i // 4, i % 4)
        self.documents_menu = QMenu(self)
        self.buttons["documents"].setMenu(self.documents_menu)
        self.buttons["documents"].setVisible(DocumentIssueDialog is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.why_not)
        layout.addLayout(grid)
        self.retranslateUi()

    # -- state -----------------------------------------------------------------------------
    def _rows(self, key, **where):
        if self.data is None:
            return []
        return [r for r in self.data[key] if all(r.get(k) == v for k, v in where.items())]

    def pending(self) -> dict | None:
        return next(iter(self._rows("decisions", state="proposed")), None)

    def decided(self) -> dict | None:
        return next(iter(self._rows("decisions", state="approved")), None)

    def set_data(self, data: dict) -> None:
        self.data = data
        self.retranslateUi()

    def _update(self) -> None:
        d = self.data
        status = d["review"]["status"]
        office = self._context.office
        roles = review_lookups.roles_of(office.reader, office.user_id)
        pending, decided = self.pending(), self.decided()
        b = self.buttons
        b["propose"].setEnabled(status in ("received", "under_review"))
        why = ""
        approve_ok = False
        if pending is not None:
            from desktop.services.review_decisions import is_single_officer

            verdict = approval_verdict(
                approver_id=office.user_id, approver_roles=roles,
                proposer_id=pending["proposed_by"], kind=DecisionKind(pending["kind"]),
                ground=pending["ground"], single_officer=is_single_officer(office))
            approve_ok = verdict.allowed
            if not verdict.allowed or verdict.self_approved:
                why = rl.label(rl.WHY_NOT, verdict.code)
        elif status in ("received", "under_review"):
            why = rl.label(rl.WHY_NOT, "nothing_pending")
        b["approve"].setEnabled(approve_ok)
        b["send_back"].setEnabled(pending is not None and bool(roles & {ROLE_APPROVER,
                                                                       ROLE_CHIEF}))
        self.why_not.setText(why)
        self.why_not.setVisible(bool(why))
        receipts = [r for r in d["receipts"] if not r["received_on"]]
        b["receipt"].setEnabled(bool(receipts))
        b["served"].setEnabled(bool(receipts))
        recon = self._rows("reconsiderations", kind="reconsideration")
        upper = self._rows("reconsiderations", kind="upper_review")
        b["reconsideration"].setEnabled(status == "refused" and not recon)
        same_officer = decided is not None and decided["proposed_by"] == office.user_id
        b["decide_reconsideration"].setEnabled(any(not r["decided_on"] for r in recon)
                                               and not same_officer)
        b["decide_reconsideration"].setToolTip(
            rl.label(rl.ERRORS, "reconsideration.same_officer") if same_officer else "")
        b["upper_review"].setEnabled(any(r["outcome"] == "upheld" for r in recon) and not upper)
        b["upper_answer"].setEnabled(any(not r["decided_on"] for r in upper))
        b["withdrawal"].setEnabled(decided is not None and bool(decided.get("withdrawal_due"))
                                   and not decided.get("withdrawn_on"))
        self.demands = review_lookups.omitted_demands(office.reader, d["review"]["request_id"])
        demand = self.open_demand()
        today = self._context.today().isoformat()
        b["police_answer"].setEnabled(demand is not None and not demand["police_answer"])
        b["direct_decision"].setEnabled(demand is not None and (
            demand["police_answer"] == "declined"
            or (not demand["police_answer"] and today > demand["due_date"])))
        b["resubmission"].setEnabled(status == "refused")
        if self.read_only:  # deciding, approving, documents: the owning unit's work
            for button in b.values():
                button.setEnabled(False)
        self.state.setText(self._state_text(pending, decided, receipts))

    def open_demand(self) -> dict | None:
        """The RPR 288 demand still waiting for the police's request or a direct decision."""
        return next((x for x in self.demands if not x["direct_decision_on"]
                     and not x["new_request_id"]), None)

    def _state_text(self, pending, decided, receipts) -> str:
        def what(row):
            return (f'{rl.label(rl.DECISIONS, row["kind"])} — '
                    f'{rl.label(rl.GROUNDS, row["ground"])}')
        lines = []
        if decided is not None:
            line = self.tr("Decided on %1: %2").replace("%1", decided["approved_on"] or "") \
                .replace("%2", what(decided))
            if decided["self_approved"]:
                line += " " + self.tr("(self-approved: single-officer office, recorded in "
                                      "the audit log)")
            if decided["late"]:
                line += " " + self.tr("(decided after the time limit)")
            lines.append(line)
            for r in receipts:
                lines.append(self.tr("Police receipt due on %1").replace("%1", r["due_date"]))
        elif pending is not None:
            line = self.tr("Proposed on %1, waiting for approval: %2").replace(
                "%1", pending["proposed_on"] or "").replace("%2", what(pending))
            if pending["chief_required"]:
                line += " " + self.tr("(the chief procurator decides)")
            lines.append(line)
        else:
            back = self._rows("decisions", state="sent_back")
            lines.append(self.tr("No decision proposed yet."))
            if back:
                lines.append(self.tr("Sent back: %1").replace(
                    "%1", back[-1].get("send_back_reason") or ""))
        for r in self.data["reconsiderations"]:
            kind = self.tr("Reconsideration") if r["kind"] == "reconsideration" \
                else self.tr("Upper-office review")
            if r["decided_on"]:
                outcome = self.tr("upheld") if r["outcome"] == "upheld" else self.tr("changed")
                lines.append(f"{kind}: {r['decided_on']} {outcome}")
            else:
                lines.append(self.tr("%1 requested on %2, decision due %3").replace("%1", kind)
                             .replace("%2", r["requested_on"]).replace("%3", r["due_date"]))
        for x in self.demands:
            line = self.tr("RPR 288 demand for %1 on %2, follow up by %3").replace(
                "%1", x["suspect_name"]).replace("%2", x["demanded_on"]).replace(
                "%3", x["due_date"])
            if x["direct_decision_on"]:
                line += " — " + self.tr("arrest decided directly on %1").replace(
                    "%1", x["direct_decision_on"])
            elif x["police_answer"]:
                line += " — " + (self.tr("police will request arrest")
                                 if x["police_answer"] == "will_request"
                                 else self.tr("police declined"))
            lines.append(line)
        return "\n".join(lines)

    # -- actions ---------------------------------------------------------------------------
    def _args(self):
        return {"today": self._context.today(), "parent": self}

    def _propose(self) -> None:
        self._open(dialogs.propose_dialog(self._context.office, self.review_id,
                                          juvenile=bool(self.data["review"]["juvenile"]),
                                          **self._args()))

    def _approve(self) -> None:
        from desktop.services import review_decisions

        try:
            review_decisions.approve_decision(self._context.office, self.review_id,
                                              today=self._context.today())
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Cannot approve"),
                                "\n".join(rl.error_text(e) for e in exc.errors))
            return
        except NotFound:
            return
        self._context.notify_changed()

    def _send_back(self) -> None:
        self._open(dialogs.send_back_dialog(self._context.office, self.review_id,
                                            **self._args()))

    def _receipt(self) -> None:
        open_receipts = [r for r in self.data["receipts"] if not r["received_on"]]
        if open_receipts:
            self._open(follow.receipt_dialog(self._context.office, open_receipts[0]["id"],
                                             **self._args()))

    def _served(self) -> None:
        open_receipts = [r for r in self.data["receipts"] if not r["received_on"]]
        if open_receipts:
            self._open(follow.served_dialog(self._context.office, open_receipts[0],
                                            **self._args()))

    def _supervision(self) -> None:
        """Illegality found while reviewing is notified to the police (CPL 100): a
        supervision matter, started from this suspect's request."""
        from desktop.services import supervision_queries
        from desktop.ui.supervision_matter_dialogs import new_matter_dialog

        start = supervision_queries.start_from_arrest_review(self._context.reader,
                                                              self.review_id)
        if start is not None:
            self._open(new_matter_dialog(self._context.office, start=start, **self._args()))

    def _reconsideration(self) -> None:
        self._open(follow.reconsideration_dialog(self._context.office, self.review_id,
                                                 **self._args()))

    def _decide_reconsideration(self) -> None:
        rows = [r for r in self._rows("reconsiderations", kind="reconsideration")
                if not r["decided_on"]]
        if rows:
            self._open(follow.decide_reconsideration_dialog(self._context.office, rows[0]["id"],
                                                            **self._args()))

    def _upper_review(self) -> None:
        self._open(follow.reconsideration_dialog(self._context.office, self.review_id,
                                                 upper=True, **self._args()))

    def _upper_answer(self) -> None:
        rows = [r for r in self._rows("reconsiderations", kind="upper_review")
                if not r["decided_on"]]
        if rows:
            self._open(follow.upper_answer_dialog(self._context.office, rows[0]["id"],
                                                  **self._args()))

    def _withdrawal(self) -> None:
        self._open(follow.withdrawal_dialog(self._context.office, self.review_id,
                                            **self._args()))

    def _demand(self) -> None:
        self._open(follow.demand_dialog(self._context.office, self.data["review"]["request_id"],
                                        **self._args()))

    def _police_answer(self) -> None:
        demand = self.open_demand()
        if demand is not None:
            self._open(follow.police_answer_dialog(self._context.office, demand["id"],
                                                   **self._args()))

    def _direct_decision(self) -> None:
        demand = self.open_demand()
        if demand is not None:
            self._open(follow.direct_decision_dialog(self._context.office, demand["id"],
                                                     **self._args()))

    def _resubmission(self) -> None:
        from desktop.services import arrest_queries

        detail = arrest_queries.request_detail(self._context.reader,
                                               self.data["review"]["request_id"])
        if detail is not None:
            from desktop.ui.register_dialog import RegisterRequestDialog

            self._open(RegisterRequestDialog(self._context.office, self,
                                             today=self._context.today(),
                                             resubmission_of=detail))

    def _documents(self) -> None:
        self.buttons["documents"].showMenu()

    def issue_document(self, doc_type: str):
        from desktop.services.documents import Subject

        dialog = DocumentIssueDialog(self._context.office, doc_type,
                                     Subject("arrest_reviews", self.review_id), self,
                                     today=self._context.today())
        self._open(dialog)
        return dialog

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Decision and what follows"))
        texts = {
            "propose": self.tr("&Propose decision…"), "approve": self.tr("Appro&ve"),
            "send_back": self.tr("Send &back…"), "documents": self.tr("&Documents"),
            "receipt": self.tr("Police &receipt…"),
            "reconsideration": self.tr("Reconsideration request (复议)…"),
            "decide_reconsideration": self.tr("Decide reconsideration…"),
            "upper_review": self.tr("Upper-office review request (复核)…"),
            "upper_answer": self.tr("Upper office's answer…"),
            "withdrawal": self.tr("Police &withdrew the case…"),
            "demand": self.tr("Require request for an omitted suspect (RPR 288)…"),
            "police_answer": self.tr("Police answer (RPR 288)…"),
            "direct_decision": self.tr("Decide arrest directly…"),
            "resubmission": self.tr("Re-&submission…"),
            "served": self.tr("Correct service date…"),
            "supervision": self.tr("Illegality found: supervision matter (CPL 100)…"),
        }
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.documents_menu.clear()
        for doc_type in DOCUMENT_TYPES:
            action = self.documents_menu.addAction(rl.label(rl.DOCUMENTS, doc_type))
            action.setData(doc_type)
            action.triggered.connect(lambda _=False, t=doc_type: self.issue_document(t))
        if self.data is not None:
            self._update()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
