"""The review workspace of one suspect (审查): the checks with their legal basis, the
interrogations and hearings, counsel's opinions, the review points, the arrest-review hearing,
and the decision with what follows it (review_decision_panel). Data from
services.review_facts.workspace; each write opens a dialog (review_dialogs) that calls one
service, and a saved dialog sends the context's change notice, which reloads every view."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QScrollArea,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.services import review_facts
from desktop.services.errors import NotFound, ValidationFailed
from desktop.ui import review_dialogs as dialogs
from desktop.ui import review_labels as rl
from desktop.ui.read_only import foreign_unit
from desktop.ui.review_decision_panel import DecisionPanel
from desktop.ui.review_points import ReviewPoints

OPEN = ("received", "under_review", "pending_approval")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
GREEN, RED, GREY = "#2e7d32", "#c62828", "#555555"


def _tree(parent, name: str, columns: int, height: int = 110) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setColumnCount(columns)
    tree.setRootIsDecorated(False)
    tree.setMinimumHeight(height)
    tree.setAlternatingRowColors(True)
    return tree


def fit_height(tree: QTreeWidget, minimum_rows: int = 2) -> None:
    """As high as its rows (children included), at least `minimum_rows`: the page scrolls,
    not each list."""
    rows, iterator = 0, [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while iterator:
        item = iterator.pop()
        rows += 1
        iterator += [item.child(i) for i in range(item.childCount())]
    row = tree.sizeHintForRow(0) if rows else tree.fontMetrics().height() + 6
    height = tree.header().sizeHint().height() + max(rows, minimum_rows) * max(row, 1)
    tree.setFixedHeight(height + 2 * tree.frameWidth() + 4)


def _item(tree, texts, record_id: str = "") -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, [str(t or "") for t in texts])
    item.setData(0, ID_ROLE, record_id)
    return item


class SuspectWorkspace(QScrollArea):
    def __init__(self, context, review_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suspectWorkspace")
        self.setWidgetResizable(True)
        self._context = context
        self.review_id = review_id
        self.data: dict | None = None
        self.read_only = False  # another unit's review, opened at the upper office
        self.last_dialog = None
        inner = QWidget(self)
        layout = QVBoxLayout(inner)

        self.checks_box = QGroupBox(inner)
        self.checks = _tree(self.checks_box, "checksTree", 3, 130)
        QVBoxLayout(self.checks_box).addWidget(self.checks)
        layout.addWidget(self.checks_box)

        self.inter_box = QGroupBox(inner)
        self.interrogations = _tree(self.inter_box, "interrogationsTree", 5)
        self.add_interrogation = self._button("addInterrogation", self._add_interrogation)
        self.add_form = self._button("addOpinionForm", self._add_form)
        self.form_returned = self._button("formReturned", self._form_returned)
        self.remove_interrogation = self._button(
            "removeInterrogation", lambda: self._remove("interrogation"))
        self._box(self.inter_box, self.interrogations,
                  (self.add_interrogation, self.add_form, self.form_returned,
                   self.remove_interrogation))
        self.interrogations.currentItemChanged.connect(lambda *_: self._follow_selection())
        layout.addWidget(self.inter_box)

        self.counsel_box = QGroupBox(inner)
        self.counsel = _tree(self.counsel_box, "counselTree", 4)
        self.counsel.setRootIsDecorated(True)
        self.add_counsel = self._button("addCounsel", self._add_counsel)
        self.assess = self._button("assessCounsel", self._assess)
        self.remove_counsel = self._button("removeCounsel",
                                           lambda: self._remove("counsel_opinion"))
        self._box(self.counsel_box, self.counsel,
                  (self.add_counsel, self.assess, self.remove_counsel))
        self.counsel.currentItemChanged.connect(lambda *_: self._follow_selection())
        layout.addWidget(self.counsel_box)

        self.points_box = QGroupBox(inner)
        self.points = ReviewPoints(context, review_id, context.notify_changed, self.points_box)
        QVBoxLayout(self.points_box).addWidget(self.points)
        layout.addWidget(self.points_box)

        self.hearing_box = QGroupBox(inner)
        self.hearings = _tree(self.hearing_box, "hearingsTree", 4, 70)
        self.add_hearing = self._button("addHearing", self._add_hearing)
        self.remove_hearing = self._button("removeHearing", lambda: self._remove("hearing"))
        self._box(self.hearing_box, self.hearings, (self.add_hearing, self.remove_hearing))
        self.hearings.currentItemChanged.connect(lambda *_: self._follow_selection())
        # Delete on a list removes its selected entry (after confirmation).
        for kind, tree in self._removable_trees().items():
            shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda k=kind: self._remove(k))
        layout.addWidget(self.hearing_box)

        self.decision = DecisionPanel(context, review_id, self._open, inner)
        layout.addWidget(self.decision)
        layout.addStretch(1)
        self.setWidget(inner)
        self.reload()

    def _button(self, name, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _box(self, box, tree, buttons) -> None:
        layout = QVBoxLayout(box)
        layout.addWidget(tree)
        row = QHBoxLayout()
        for b in buttons:
            b.setParent(box)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.data = review_facts.workspace(self._context.reader, self.review_id)
        if self.data is None:
            return
        self.read_only = foreign_unit(self._context.office, "arrest_review",
                                      self.data["review"]["request_id"]) is not None
        editable = self._editable()
        self.points.set_data(self.data, editable=editable)
        self.decision.read_only = self.read_only
        self.decision.set_data(self.data)
        for b in (self.add_interrogation, self.add_form, self.add_counsel, self.add_hearing):
            b.setEnabled(editable)
        self.retranslateUi()

    def _editable(self) -> bool:
        return (self.data is not None and not self.read_only
                and self.data["review"]["status"] in OPEN)

    def record_ids(self) -> set[str]:
        """Ids of every record on this review (for opening a dashboard item here)."""
        if self.data is None:
            return set()
        return {r["id"] for key in ("decisions", "receipts", "reconsiderations",
                                    "interrogations", "hearings", "counsel_opinions")
                for r in self.data[key]}

    def check_rows(self) -> list[tuple[str, str, str]]:
        """(state, check, basis) as shown."""
        return [tuple(self.checks.topLevelItem(i).text(c) for c in range(3))
                for i in range(self.checks.topLevelItemCount())]

    def _fill(self) -> None:
        d = self.data
        self.checks.clear()
        for code, satisfied, basis, required in d["checks"]:
            if code.startswith("interrogation.reason."):
                state, colour = self.tr("Reason"), GREY
            elif satisfied:
                state, colour = self.tr("Satisfied"), GREEN
            else:
                state, colour = (self.tr("Missing"), RED) if required else \
                    (self.tr("Reminder"), "#8a5a00")
            item = _item(self.checks, (state, rl.label(rl.CHECKS, code), basis), code)
            item.setForeground(0, QBrush(QColor(colour)))
            item.setToolTip(2, basis)
        self.interrogations.clear()
        for r in d["interrogations"]:
            returned = r["returned_on"] or ""
            if r["kind"] == "opinion_form" and not returned:
                returned = self.tr("not yet returned")
            extra = []
            if r["adult_present"]:
                extra.append(f'{rl.label(rl.ADULTS, r["adult_present"])} {r["adult_name"]}')
            if r["female_prosecutor_present"]:
                extra.append(self.tr("female prosecutor present"))
            _item(self.interrogations, (rl.label(rl.KINDS, r["kind"]), r["held_on"], r["staff"],
                                        r["place"], "; ".join([returned] * bool(returned)
                                                              + extra)), r["id"])
        self.counsel.clear()
        for o in d["counsel_opinions"]:
            top = _item(self.counsel, (o["counsel_name"], o["heard_on"],
                                       rl.label(rl.METHODS, o["method"]), o["summary"]), o["id"])
            for a in o["arguments"]:
                adopted = (self.tr("not assessed") if a.adopted is None else
                           self.tr("adopted") if a.adopted else self.tr("not adopted"))
                child = QTreeWidgetItem(top, [rl.label(rl.ARGUMENTS, a.kind.value), a.text,
                                              adopted, a.reason])
                child.setData(0, ID_ROLE, "")
                if a.adopted is None:
                    child.setForeground(2, QBrush(QColor(RED)))
        self.counsel.expandAll()
        self.hearings.clear()
        for h in d["hearings"]:
            _item(self.hearings, (h["held_on"], h["place"], h["chair"], h["outcome"]), h["id"])
        for tree in (self.checks, self.interrogations, self.counsel, self.hearings):
            fit_height(tree, 2 if tree is not self.checks else 3)
        self._follow_selection()

    def _follow_selection(self) -> None:
        editable = self._editable()
        item = self.interrogations.currentItem()
        row = self._row("interrogations", item)
        self.form_returned.setEnabled(editable and row is not None and row["kind"] ==
                                      "opinion_form" and not row["returned_on"])
        opinion = self._chosen_opinion()
        self.assess.setEnabled(editable and opinion is not None and bool(opinion["arguments"]))
        for kind, button in (("interrogation", self.remove_interrogation),
                             ("counsel_opinion", self.remove_counsel),
                             ("hearing", self.remove_hearing)):
            button.setEnabled(editable and self._selected_record(kind) is not None)

    def _removable_trees(self) -> dict[str, QTreeWidget]:
        return {"interrogation": self.interrogations, "counsel_opinion": self.counsel,
                "hearing": self.hearings}

    def _selected_record(self, kind: str) -> dict | None:
        """The record selected in a list (an argument row stands for its opinion)."""
        item = self._removable_trees()[kind].currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        key = {"interrogation": "interrogations", "counsel_opinion": "counsel_opinions",
               "hearing": "hearings"}[kind]
        return self._row(key, item)

    def _remove(self, kind: str) -> None:
        """Remove an entry made by mistake. The record is tombstoned, so the audit history
        still shows what it said; the user confirms first because the list loses it."""
        from desktop.services import arrest_review

        row = self._selected_record(kind)
        if row is None or not self._editable():
            return
        what = {"interrogation": lambda: f'{rl.label(rl.KINDS, row["kind"])} {row["held_on"]}',
                "counsel_opinion": lambda: f'{row["counsel_name"]} {row["heard_on"]}',
                "hearing": lambda: f'{row["held_on"]} {row["place"]}'}[kind]()
        answer = QMessageBox.question(
            self, self.tr("Remove entry"),
            self.tr("Remove “%1” from this review? Use this for an entry made by mistake; "
                    "the audit history keeps what it said.").replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            arrest_review.remove_record(self._context.office, kind, row["id"])
        except ValidationFailed as error:
            QMessageBox.warning(self, self.tr("Remove entry"),
                                "\n".join(rl.error_text(e) for e in error.errors))
        except NotFound:
            pass  # removed meanwhile (another window): the reload below shows it gone
        self._context.notify_changed()

    def _chosen_opinion(self) -> dict | None:
        """The selected counsel opinion, else the first with an argument not yet assessed."""
        item = self.counsel.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        chosen = self._row("counsel_opinions", item)
        if chosen is None and self.data is not None:
            chosen = next((o for o in self.data["counsel_opinions"]
                           if any(a.adopted is None for a in o["arguments"])), None)
        return chosen

    def _row(self, key: str, item) -> dict | None:
        if item is None or self.data is None:
            return None
        rid = item.data(0, ID_ROLE)
        return next((r for r in self.data[key] if r["id"] == rid), None)

    # -- dialogs ---------------------------------------------------------------------------
    def _open(self, form) -> None:
        """Show a step's dialog; when it saves, every view reloads."""
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.accepted.connect(self._context.notify_changed)
        self.last_dialog = form
        form.open()

    def _args(self):
        return {"today": self._context.today(), "parent": self}

    def _add_interrogation(self) -> None:
        self._open(dialogs.interrogation_dialog(self._context.office, self.review_id,
                                                **self._args()))

    def _add_form(self) -> None:
        self._open(dialogs.opinion_form_dialog(self._context.office, self.review_id,
                                               **self._args()))

    def _form_returned(self) -> None:
        row = self._row("interrogations", self.interrogations.currentItem())
        if row is not None:
            self._open(dialogs.form_returned_dialog(self._context.office, row["id"],
                                                    **self._args()))

    def _add_counsel(self) -> None:
        self._open(dialogs.counsel_dialog(self._context.office, self.review_id, "",
                                          **self._args()))

    def _assess(self) -> None:
        row = self._chosen_opinion()
        if row is not None:
            self._open(dialogs.assess_dialog(self._context.office, row, **self._args()))

    def _add_hearing(self) -> None:
        self._open(dialogs.hearing_dialog(self._context.office, self.review_id, **self._args()))

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.checks_box.setTitle(self.tr("Checks before a decision"))
        self.checks.setHeaderLabels([self.tr("State"), self.tr("Check"), self.tr("Legal basis")])
        self.checks.setColumnWidth(0, 90)
        self.checks.setColumnWidth(1, 440)
        self.inter_box.setTitle(self.tr("Interrogations and hearing the suspect"))
        self.interrogations.setHeaderLabels([self.tr("Kind"), self.tr("Date"), self.tr("Staff"),
                                             self.tr("Place"), self.tr("Form returned, adults")])
        self.add_interrogation.setText(self.tr("Add &interrogation…"))
        self.add_form.setText(self.tr("Serve opinion &form…"))
        self.form_returned.setText(self.tr("Form &returned…"))
        self.counsel_box.setTitle(self.tr("Defence counsel's opinions"))
        self.counsel.setHeaderLabels([self.tr("Counsel / argument"), self.tr("Date / text"),
                                      self.tr("How heard / adopted"), self.tr("Reason")])
        for column, width in enumerate((170, 240, 150)):
            self.counsel.setColumnWidth(column, width)
        for column, width in enumerate((150, 100, 160, 200)):
            self.interrogations.setColumnWidth(column, width)
        self.add_counsel.setText(self.tr("Add &counsel opinion…"))
        self.assess.setText(self.tr("&Assess arguments…"))
        self.points_box.setTitle(self.tr("Review points"))
        self.hearing_box.setTitle(self.tr("Arrest-review hearing (听证)"))
        self.hearings.setHeaderLabels([self.tr("Date"), self.tr("Place"), self.tr("Chair"),
                                       self.tr("Outcome")])
        self.add_hearing.setText(self.tr("Record &hearing…"))
        for button in (self.remove_interrogation, self.remove_counsel, self.remove_hearing):
            button.setText(self.tr("Remove…"))
            button.setToolTip(self.tr("Remove the selected entry, made by mistake (Delete)"))
        if self.data is not None:
            self._fill()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
