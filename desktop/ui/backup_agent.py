"""Automatic backups while the window is open (备份): one soon after start (unless the last is
less than four hours old), then whenever the last is a day old (checked hourly). The work runs in a Python thread on connections of its own;
the GUI thread only hears the outcome. A failure — folder missing, USB stick absent, disk
full, no key yet — is shown in the status bar; nothing is lost and the next start tries again.
"""
from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from desktop.ui import settings

START_DELAY_MS = 5000  # after the window is up: the first minutes belong to the officer
CHECK_EVERY_MS = 60 * 60 * 1000
DAY = timedelta(days=1)
# A start within this time of the last backup makes none: an officer who opens the program
# five times a day would otherwise push the week's backups out of the kept N by noon.
START_MIN_AGE = timedelta(hours=4)


def backup_folder() -> Path:
    from desktop.services.backups import default_backup_folder

    chosen = settings.get(settings.BACKUP_FOLDER)
    return Path(chosen) if chosen else default_backup_folder()


class BackupAgent(QObject):
    """`finished(result, error)` after every backup, automatic or asked for."""

    finished = Signal(object, object)
    _done = Signal(object, object)

    def __init__(self, context, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self._busy = False
        self.last_result = None
        self.last_error: Exception | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_if_due)
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        QTimer.singleShot(delay_ms, lambda: self.backup_if_due(older_than=START_MIN_AGE))
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_busy(self) -> bool:
        return self._busy

    def backup_if_due(self, now: datetime | None = None, *,
                      older_than: timedelta = DAY) -> bool:
        """Back up when the last backup is at least `older_than` old (or there is none)."""
        from desktop.services.backups import backup_status

        status = backup_status(self._context.office)
        now = now or datetime.now(timezone.utc)
        if status.last_at is not None and now - status.last_at < older_than:
            return False
        return self.backup_now()

    def backup_now(self, passphrase: str | None = None) -> bool:
        """Start a backup in a worker thread; False while one is running."""
        if self._busy or not self._context.office.db.is_sqlite:
            return False
        self._busy = True
        office, folder = self._context.office, backup_folder()
        keep = max(1, int(settings.get(settings.BACKUP_KEEP)))

        def work():
            from desktop.services.backups import backup_in_worker

            try:
                result = backup_in_worker(office, folder, keep=keep, passphrase=passphrase)
            except Exception as exc:  # shown in the status bar / the settings page
                self._done.emit(None, exc)
            else:
                self._done.emit(result, None)

        threading.Thread(target=work, name="zhenjian-backup", daemon=True).start()
        return True

    def _finish(self, result, error) -> None:
        self._busy = False
        self.last_result, self.last_error = result, error
        self.finished.emit(result, error)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """For tests and closing: let the running backup finish (processing events)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._busy and not deadline.hasExpired():
            QCoreApplication.processEvents()
            threading.Event().wait(0.01)
        return not self._busy
