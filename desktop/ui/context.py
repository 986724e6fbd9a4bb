"""What every page shares: the open office, today's date, and change notices.

Pages never poll: after a write, whoever made it calls `notify_changed()`, and every view
that shows records reloads from its queries. `open_record` asks the main window to show one
record, whichever page the request came from.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.office import Office


class AppContext(QObject):
    records_changed = Signal()
    office_changed = Signal()
    open_record = Signal(str, str)  # kind ("arrest_review"), record id

    def __init__(self, office: Office, *, clock: Callable[[], date] = date.today,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._office = office
        self._clock = clock

    @property
    def office(self) -> Office:
        return self._office

    @property
    def reader(self):
        return self._office.reader

    def today(self) -> date:
        return self._clock()

    def notify_changed(self) -> None:
        self.records_changed.emit()

    def watch_the_date(self, interval_ms: int = 60_000) -> None:
        """Left open overnight, every view must count days from the new date: check the
        clock now and then and send a change notice when the day has turned."""
        self._day = self.today()
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start(interval_ms)

    def _check_day(self) -> None:
        today = self.today()
        if today != self._day:
            self._day = today
            self.notify_changed()

    def switch_user(self, office: Office) -> None:
        """Another user logged in on the same database (Office.as_user: the connections are
        shared, so nothing is closed)."""
        self._office = office
        self.office_changed.emit()

    def replace_office(self, office: Office) -> None:
        """Switch to another database; the old office is closed."""
        old, self._office = self._office, office
        if old is not office:
            old.close()
        self.office_changed.emit()
