"""Settings group of an upper office: publish a holiday schedule (节假日安排) to every unit
from a file in the override format (resources/holidays.json), and the schedules published so
far. Each year in the file becomes one record that goes down in every unit's next
acknowledgement; a unit's calendar takes it at once. Hidden at a grassroots office."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from desktop.services import upper_queries
from desktop.services.errors import ValidationFailed
from desktop.ui import labels, upper_labels
from desktop.ui.context import AppContext


class UpperCalendarBox(QGroupBox):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setObjectName("upperCalendarBox")
        self._context = context
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.published = QLabel(self)
        self.published.setObjectName("publishedSchedules")
        self.published.setWordWrap(True)
        self.published.setTextFormat(Qt.TextFormat.RichText)
        self.result = QLabel(self)
        self.result.setObjectName("publishResult")
        self.result.setWordWrap(True)
        self.result.hide()
        self.publish_button = QPushButton(self)
        self.publish_button.setObjectName("publishCalendarButton")
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.published)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.publish_button.clicked.connect(self.choose_file)
        self._result: tuple[str, list] = ("", [])
        self.refresh()

    def refresh(self) -> None:
        reader = self._context.reader
        self.setVisible(upper_queries.is_upper_office(reader))
        self._rows = upper_queries.published_schedules(reader)
        self.retranslateUi()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Publish a holiday schedule"), "",
            self.tr("Holiday schedules (*.json);;All files (*)"))
        if path:
            self.publish_file(Path(path))

    def publish_file(self, path: Path) -> list[int]:
        """Publish every year of the file; returns the years published (none on an error,
        which is shown under the button)."""
        from desktop.services import upper_records as svc

        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self._result = ("error", [str(exc)])
            self.retranslateUi()
            return []
        try:
            years = svc.years_in(text)
            for year in years:
                svc.publish_calendar_update(self._context.office, year, text,
                                            today=self._context.today())
        except ValidationFailed as exc:
            self._result = ("error", [upper_labels.error_message(e) for e in exc.errors])
            self.refresh()
            return []
        self._result = ("done", years)
        self.refresh()
        self._context.notify_changed()
        return years

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Holiday schedules for the units (节假日安排)"))
        self.note.setText(self.tr(
            "A schedule from the State Council's notice, in the format of the program's "
            "holidays.json, goes to every unit with its next acknowledgement; their deadlines "
            "count with it at once. Publishing a year again replaces it."))
        if self._rows:
            lines = [self.tr("%1: published %2 (version %3) — %4")
                     .replace("%1", str(year))
                     .replace("%2", labels.format_date(published))
                     .replace("%3", str(version)).replace("%4", source or "—")
                     for year, published, source, version in self._rows]
            self.published.setText("<br>".join(html.escape(line) for line in lines))
        else:
            self.published.setText(html.escape(self.tr("No schedule published yet.")))
        self.publish_button.setText(self.tr("&Publish a holiday schedule…"))
        kind, values = self._result
        if kind == "done":
            self.result.setText(self.tr("Published: %1. The units receive it with their next "
                                        "acknowledgement.").replace(
                "%1", self.tr(", ", "list separator").join(str(y) for y in values)))
        elif kind == "error":
            self.result.setText("\n".join(values))
        self.result.setStyleSheet("color: #b71c1c;" if kind == "error" else "")
        self.result.setVisible(bool(kind))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

