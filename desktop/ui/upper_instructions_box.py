"""The upper office's comments and 督办 on one record (上级院意见/督办), for a record's detail
view. At a unit it lists what arrived with the acknowledgements (a 督办 with its reply date,
red once overdue) and hides itself while there is nothing; at the upper office it also holds
the actions on the unit's record: "Comment or directive…" and, on an arrest request with an
open 复核, "复核 decision…"."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from desktop.services import upper_queries
from desktop.ui import labels, upper_labels
from desktop.ui.context import AppContext

OVERDUE_COLOUR = "#b71c1c"


class UpperInstructionsBox(QGroupBox):
    def __init__(self, context: AppContext, subject_table: str, subject_id: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("upperInstructions")
        self._context = context
        self.subject_table, self.subject_id = subject_table, subject_id
        self.instructions: list[upper_queries.Instruction] = []
        self.open_reviews: list[upper_queries.OpenUpperReview] = []
        self.review_decisions: list[upper_queries.ReviewDecisionLine] = []
        self.upper = upper_queries.is_upper_office(context.reader)
        self.listing = QLabel(self)
        self.listing.setObjectName("upperInstructionList")
        self.listing.setWordWrap(True)
        self.listing.setTextFormat(Qt.TextFormat.RichText)
        self.listing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.instruct_button = QPushButton(self)
        self.instruct_button.setObjectName("upperInstructButton")
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("upperReviewButton")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeDirectiveButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.instruct_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        # many instructions scroll within the box, so the record above keeps its room
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.listing)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addLayout(buttons)
        self.instruct_button.clicked.connect(self.instruct)
        self.review_button.clicked.connect(self.decide_review)
        self.close_button.clicked.connect(self.close_directive)
        self.reload()

    def reload(self) -> None:
        reader = self._context.reader
        self.instructions = upper_queries.instructions_of(
            reader, self.subject_table, [self.subject_id] if self.subject_id else [])
        if self.subject_table == "arrest_requests" and self.subject_id:
            self.review_decisions = upper_queries.review_decisions_of(reader, self.subject_id)
        if self.upper and self.subject_table == "arrest_requests":
            self.open_reviews = upper_queries.open_upper_reviews(reader, self.subject_id)
        # at the upper office the actions are for a unit's record, not one of its own (a page
        # with nothing selected keeps them, disabled)
        actions = self.upper and (not self.subject_id or upper_queries.is_units_record(
            reader, self.subject_table, self.subject_id))
        self.instruct_button.setVisible(actions)
        self.close_button.setVisible(actions)
        self.review_button.setVisible(actions and self.subject_table == "arrest_requests")
        self.setHidden(not (self.instructions or self.review_decisions or actions))
        self.retranslateUi()

    def set_subject(self, subject_id: str) -> None:
        """Show another record of the same table (a page whose selection changes)."""
        self.subject_id = subject_id
        self.reload()

    def text(self) -> str:
        """What the box shows, as plain text."""
        return self.listing.text()

    def _line(self, item: upper_queries.Instruction) -> str:
        today = self._context.today()
        head = self.tr("%1, %2, %3").replace(
            "%1", upper_labels.label(upper_labels.KINDS, item.kind)).replace(
            "%2", item.issuer_name or "—").replace("%3", labels.format_date(item.issued_on))
        extra = ""
        if item.kind == "directive" and item.closed_on is not None:
            extra = self.tr("closed %1").replace("%1", labels.format_date(item.closed_on))
        elif item.kind == "directive" and item.due_date is not None:
            extra = self.tr("reply by %1 (%2)").replace(
                "%1", labels.format_date(item.due_date)).replace(
                "%2", labels.days_left_text(item.due_date, today))
            if item.due_date < today:
                extra = f'<span style="color: {OVERDUE_COLOUR};">{html.escape(extra)}</span>'
            else:
                extra = html.escape(extra)
        else:
            extra = html.escape(extra)
        tail = f" — {extra}" if extra else ""
        return (f"<p><b>{html.escape(head)}</b>{tail}<br>"
                f"{html.escape(item.text).replace(chr(10), '<br>')}</p>")

    def _decision_line(self, item: upper_queries.ReviewDecisionLine) -> str:
        head = self.tr("复核 decision, %1, %2").replace("%1", item.decided_by or "—") \
            .replace("%2", labels.format_date(item.decided_on))
        outcome = upper_labels.label(upper_labels.OUTCOMES, item.outcome)
        warning = ""
        if item.differs:  # typed in by hand first, and not as decided
            warning = self.tr("This office recorded another answer (%1): check and correct "
                              "it.").replace("%1", upper_labels.label(upper_labels.OUTCOMES,
                                                                      item.recorded_outcome))
        elif item.not_recorded and not self.upper:
            warning = self.tr("Not recorded as this office's answer: the review could not "
                              "take it. Check the review and record the answer.")
        tail = (f'<br><span style="color: {OVERDUE_COLOUR};">{html.escape(warning)}</span>'
                if warning else "")
        reasons = f"<br>{html.escape(item.reasons)}" if item.reasons else ""
        return (f"<p><b>{html.escape(head)}</b> — {html.escape(outcome)}{reasons}{tail}</p>")

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Upper office's comments and directives (上级院意见/督办)"))
        if self.instructions or self.review_decisions:
            self.listing.setText("".join(self._line(i) for i in self.instructions)
                                 + "".join(self._decision_line(d)
                                           for d in self.review_decisions))
        else:
            self.listing.setText(html.escape(self.tr("None so far.")))
        self._fit()
        self.instruct_button.setText(self.tr("Comment or &directive…"))
        self.instruct_button.setEnabled(bool(self.subject_id))
        self.review_button.setText(self.tr("复核 d&ecision…"))
        self.close_button.setText(self.tr("C&lose a directive…"))
        self.close_button.setEnabled(bool(self.open_directives()))
        self.review_button.setEnabled(bool(self.open_reviews))
        self.review_button.setToolTip("" if self.open_reviews else self.tr(
            "No 复核 request of this case is waiting for this office's decision."))

    def _fit(self) -> None:
        """As high as the list, up to about ten lines; more scrolls."""
        width = max(self.scroll.viewport().width(), 600)
        needed = self.listing.heightForWidth(width) + 4
        self.scroll.setFixedHeight(min(needed, self.fontMetrics().height() * 10))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- actions (upper office) ------------------------------------------------------------
    def instruct(self):
        from desktop.ui.upper_dialogs import instruction_dialog

        return self._run(instruction_dialog(self._context.office, self.subject_table,
                                            self.subject_id, today=self._context.today(),
                                            parent=self))

    def open_directives(self) -> list[upper_queries.Instruction]:
        """This office's 督办 on the record not closed yet (upper office)."""
        if not self.upper:
            return []
        return [i for i in self.instructions if i.kind == "directive" and i.closed_on is None
                and i.own]

    def close_directive(self):
        from desktop.ui.upper_dialogs import close_directive_dialog

        directives = self.open_directives()
        if not directives:
            return None
        return self._run(close_directive_dialog(self._context.office, directives,
                                                today=self._context.today(), parent=self))

    def decide_review(self):
        from desktop.ui.upper_dialogs import review_decision_dialog

        if not self.open_reviews:
            return None
        return self._run(review_decision_dialog(self._context.office, self.open_reviews,
                                                today=self._context.today(), parent=self))

    def _run(self, dialog):
        dialog.accepted.connect(self._context.notify_changed)
        dialog.open()
        return dialog

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
