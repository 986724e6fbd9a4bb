"""Showing a message AT a field (a red border on the input and a line of text under it), and
small layout helpers of the register dialog.

The `invalid` dynamic property is what tests and styles look at; the border itself is a
per-widget style sheet so that it works wherever the field is used."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#b35c00"
_BORDER = f"border: 1px solid {ERROR_COLOUR}; border-radius: 3px; padding: 2px;"


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    name = type(widget).__name__
    for cls in type(widget).__mro__:
        # Style sheets select by the Qt class name; a Python subclass is not known to them.
        if cls.__module__.startswith("PySide6"):
            name = cls.__name__
            break
    widget.setStyleSheet(f"{name} {{ {_BORDER} }}" if invalid else "")


class FieldBox(QWidget):
    """`field` on top, a message line under it (hidden while there is nothing to say).
    `target` is the widget that gets the red border and the focus (default: `field`)."""

    def __init__(self, field: QWidget, target: QWidget | None = None, parent=None):
        super().__init__(parent)
        self.field = field
        self.target = target or field
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.message)
        self.setFocusProxy(self.target)

    def set_error(self, text: str | None) -> None:
        set_invalid(self.target, bool(text))
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def clear_error(self) -> None:
        self.set_error(None)

    def has_error(self) -> bool:
        return self.message.isVisibleTo(self) and bool(self.message.text())


def level_with(field: QWidget, *widgets: QWidget) -> None:
    """Give labels and check boxes the height of `field`, text centred, so that they line up
    with it when laid out at the top of a row (the message line under a field grows down)."""
    height = field.sizeHint().height()
    for w in widgets:
        w.setMinimumHeight(height)
        if isinstance(w, QLabel):
            w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


VISIBLE_ROWS = 3  # suspects shown without scrolling


class RowsArea(QScrollArea):
    """As wide as a suspect row, as high as the first VISIBLE_ROWS rows; scrolls beyond."""

    def __init__(self, rows):
        super().__init__()
        self._rows = rows

    def sizeHint(self) -> QSize:
        inner = self.widget().sizeHint() if self.widget() else QSize(0, 0)
        spacing = self.widget().layout().spacing() if self.widget() else 0
        height = sum(r.sizeHint().height() + spacing for r in self._rows()[:VISIBLE_ROWS])
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), height + 2)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a row grew (a message, the ID details): let the dialog know
        return super().eventFilter(watched, event)
