"""Picking charges (涉嫌罪名) from the catalogue by typing.

A line edit with a QCompleter (MatchContains, case-insensitive) over the catalogue's charge
names; 帐 and 账 match each other. The best match (the exact name, then names starting with the
text, then the shortest) is highlighted as the list opens, so typing "盗窃" and Enter picks
盗窃罪 rather than 盗窃、抢夺枪支、弹药、爆炸物、危险物质罪. Enter or Tab adds the highlighted charge
as a chip; Backspace in the empty field removes the last chip."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QCompleter, QFrame, QHBoxLayout, QLabel, QLayout, QLineEdit,
                               QSizePolicy, QToolButton, QWidget)

from desktop.domain.text import normalize_search_text

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
NAME_ROLE = Qt.ItemDataRole.UserRole + 3


normalize = normalize_search_text


def rank(query: str, name: str) -> tuple:
    q, n = normalize(query), normalize(name)
    return (n not in (q, q + "罪"), not n.startswith(q), q not in n, len(n))


class FlowLayout(QLayout):
    """Lays items out left to right and wraps, like words (after Qt's Flow Layout example)."""

    def __init__(self, parent=None, spacing: int = 4):
        super().__init__(parent)
        self._items = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item):
        self._items.append(item)

    def count(self):
        return len(self._items)

    def itemAt(self, index):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insertWidget(self, index: int, widget: QWidget) -> None:
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, width):
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect):
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self):
        return self.minimumSize()

    def minimumSize(self):
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if item.widget() is not None and isinstance(item.widget(), QLineEdit):
                hint = QSize(max(hint.width(), 200), hint.height())
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y, line_height = rect.x(), y + line_height + self._spacing, 0
            if apply:
                width = hint.width()
                if isinstance(item.widget(), QLineEdit):
                    width = max(hint.width(), rect.right() + 1 - x)  # the edit takes the rest
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class ChargeChip(QFrame):
    removeRequested = Signal(str)

    def __init__(self, code: str, name: str, tooltip: str, remove_tip: str, parent=None):
        super().__init__(parent)
        self.code = code
        self.setObjectName("chargeChip")
        self.setStyleSheet("#chargeChip { background: #e3ecf7; border: 1px solid #9db5d6;"
                           " border-radius: 9px; }")
        self.label = QLabel(name, self)
        self.setToolTip(tooltip)
        remove = QToolButton(self)
        remove.setText("×")
        remove.setAutoRaise(True)
        remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Backspace removes from the keyboard
        remove.setToolTip(remove_tip)
        remove.clicked.connect(lambda: self.removeRequested.emit(self.code))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(remove)


class ChargeLineEdit(QLineEdit):
    """Keys reach it directly, or forwarded by the completer's popup while the list is open."""

    def __init__(self, picker: "ChargePicker"):
        super().__init__(picker)
        self._picker = picker

    def event(self, e):
        if e.type() == QEvent.Type.KeyPress and self._picker.handle_key(e):
            e.accept()
            return True
        return super().event(e)


class ChargePicker(QWidget):
    chargesChanged = Signal()
    edited = Signal()
    saveRequested = Signal()  # Ctrl+Enter while the list is open: pick, then save
    problem = Signal(str, dict)  # (code, params) for a message at the field; "" clears it

    def __init__(self, catalogue: list[tuple[str, str, str]] = (), parent=None):
        super().__init__(parent)
        self._names: dict[str, tuple[str, str]] = {}
        self._codes: list[str] = []
        self._chips: dict[str, ChargeChip] = {}
        self.edit = ChargeLineEdit(self)
        self.edit.setMinimumWidth(200)
        self._flow = FlowLayout(self)
        self._flow.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionRole(MATCH_ROLE)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # setWidget, not QLineEdit.setCompleter: the prefix must be normalised (帐 → 账) and
        # Enter must pick the best match even when no row was highlighted with the arrows.
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._pick_index)
        self.edit.textEdited.connect(self._on_text_edited)
        self.set_catalogue(catalogue)
        self.retranslate()

    # -- public API --------------------------------------------------------------------------
    def set_catalogue(self, catalogue) -> None:
        self.model.clear()
        self._names = {}
        for code, name, article in catalogue:
            item = QStandardItem(f"{name}    {self._article(article)}")
            item.setData(code, CODE_ROLE)
            item.setData(f"{normalize(name)} {article}", MATCH_ROLE)
            item.setData(name, NAME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
            self._names[code] = (name, article)

    def codes(self) -> list[str]:
        return list(self._codes)

    def names(self) -> list[str]:
        return [self._names[c][0] for c in self._codes]

    def pending_text(self) -> str:
        return self.edit.text().strip()

    def add_code(self, code: str) -> bool:
        if code in self._codes or code not in self._names:
            return False
        name, article = self._names[code]
        chip = ChargeChip(code, name, f"{name} — {self._article(article)}",
                          self.tr("Remove this charge"), self)
        chip.removeRequested.connect(self.remove_code)
        self._flow.insertWidget(len(self._codes), chip)
        chip.show()
        self._codes.append(code)
        self._chips[code] = chip
        self.updateGeometry()
        self.chargesChanged.emit()
        return True

    def remove_code(self, code: str) -> None:
        if code not in self._codes:
            return
        self._codes.remove(code)
        chip = self._chips.pop(code)
        self._flow.removeWidget(chip)
        chip.deleteLater()
        self.updateGeometry()
        self.chargesChanged.emit()

    def matches(self, text: str) -> list[str]:
        """Codes whose name contains the text, best first (what Enter would pick)."""
        q = normalize(text)
        if not q:
            return []
        found = [(rank(text, name), code) for code, (name, article) in self._names.items()
                 if q in f"{normalize(name)} {article}"]
        return [code for _, code in sorted(found)]

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Type part of a charge name, Enter to pick"))
        self.edit.setToolTip(self.tr(
            "Type part of a name (盗窃, 帐簿) or an article number; Enter or Tab picks the "
            "highlighted charge; Backspace in the empty field removes the last one"))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            name, article = self._names[item.data(CODE_ROLE)]
            item.setText(f"{name}    {self._article(article)}")

    # -- keys --------------------------------------------------------------------------------
    def handle_key(self, e) -> bool:
        """True when the key was used here (the event is then not passed on)."""
        key, mods = e.key(), e.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        popup = self.completer.popup()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and ctrl:
            if popup.isVisible() and self.pending_text():
                self.pick_current()
                self.saveRequested.emit()
                return True
            return False
        if enter and not (mods & ~Qt.KeyboardModifier.KeypadModifier):
            if self.pending_text():
                self.pick_current()
                return True
            return False
        if key == Qt.Key.Key_Tab and not mods and popup.isVisible() and self.pending_text():
            self.pick_current()
            return True
        if key == Qt.Key.Key_Backspace and not mods and not self.edit.text() and self._codes:
            self.remove_code(self._codes[-1])
            self.edited.emit()
            return True
        return False

    def pick_current(self) -> bool:
        """Pick the highlighted row of the open list, or else the best match of the text."""
        popup = self.completer.popup()
        index = popup.currentIndex() if popup.isVisible() else None
        if index is not None and index.isValid():
            code = index.data(CODE_ROLE)
        else:
            found = self.matches(self.edit.text())
            if not found:
                self.problem.emit("charge.no_match", {"text": self.pending_text()})
                return False
            code = found[0]
        popup.hide()
        self.edit.clear()
        self.add_code(code)
        self.problem.emit("", {})
        self.edited.emit()
        return True

    # -- internals ---------------------------------------------------------------------------
    def _article(self, article: str) -> str:
        main, sep, sub = article.partition("之")
        return self.tr("Art. {article}").format(article=main) + (sep + sub if sep else "")

    def _pick_index(self, index) -> None:
        code = index.data(CODE_ROLE)
        self.completer.popup().hide()
        self.edit.clear()
        self.add_code(code)
        self.problem.emit("", {})
        self.edited.emit()

    def _on_text_edited(self, text: str) -> None:
        self.edited.emit()
        self.problem.emit("", {})
        q = normalize(text)
        if not q:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(q)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        # At least wide enough for the long names (…会计账簿、财务会计报告罪 第162条之一).
        width = max(self.edit.width(), self.edit.fontMetrics().horizontalAdvance("会" * 34))
        self.completer.complete(QRect(0, 0, width, self.edit.height()))
        model = self.completer.completionModel()
        best = min(range(model.rowCount()),
                   key=lambda r: rank(text, model.index(r, 0).data(NAME_ROLE)))
        self.completer.popup().setCurrentIndex(model.index(best, 0))
