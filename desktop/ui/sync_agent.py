"""Online sync in the background: when the upper office's address is set, push at an interval
and on demand, in a worker thread, with back-off after a failure — never blocking the window.

The agent needs the office's private keys; they are loaded once (asking for the passphrase
only when the keys live in a passphrase-protected file, and only when the officer asks for a
push: an unattended attempt never opens a dialog). Its state feeds the status bar.
"""
from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

INTERVAL_MS = 5 * 60 * 1000  # an attempt every five minutes while the link is up
MAX_BACKOFF_MS = 60 * 60 * 1000  # at most an hour between attempts while it is down


class SyncAgent(QObject):
    state_changed = Signal()  # link state, last attempt or its result changed
    _done = Signal(object, object)  # (PushResult | None, exception | None), from the worker
    _keys_loaded = Signal(object)  # OfficeKeys, from the key-loading worker

    def __init__(self, context, parent: QObject | None = None):
        super().__init__(parent)
        self._context = context
        self._keys = None
        self._thread: threading.Thread | None = None
        self.link = "unknown"  # "up" | "down" | "unknown" | "refused"
        self.last_attempt: datetime | None = None
        self.last_error = ""
        self.last_result = None
        self._backoff = INTERVAL_MS
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.push_now(interactive=False))
        self._done.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._keys_loaded.connect(self._keys_arrived, Qt.ConnectionType.QueuedConnection)

    # -- keys ------------------------------------------------------------------------------
    def set_keys(self, keys) -> None:
        self._keys = keys

    def has_keys(self) -> bool:
        return self._keys is not None

    def load_keys_quietly(self) -> None:
        """Open the keys in a worker, without asking anyone: from the keyring they arrive and
        the periodic pushes start; when a passphrase is needed nothing happens (the sync page
        asks when the officer pushes)."""
        from desktop.services.office_keys import load_matching_keys, own_public_keys

        try:
            public = own_public_keys(self._context.reader)
        except Exception:  # a damaged record of the keys: Settings says so
            return
        if public is None:
            return
        unit_code = self._context.office.unit_code

        def work():
            try:
                keys = load_matching_keys(unit_code, public)
            except Exception:  # no keyring, passphrase needed, keys elsewhere
                return
            self._keys_loaded.emit(keys)

        threading.Thread(target=work, name="sync-keys", daemon=True).start()

    def _keys_arrived(self, keys) -> None:
        if self._keys is None:
            self.set_keys(keys)
            self.start()

    # -- schedule --------------------------------------------------------------------------
    def start(self) -> None:
        """Begin the periodic attempts (when an address is set and the keys are loaded)."""
        if self._address() and self._keys is not None:
            self._timer.start(1000)

    def stop(self) -> None:
        self._timer.stop()

    def is_busy(self) -> bool:
        return self._thread is not None

    def _address(self) -> str:
        from desktop.services.sync_registry import upper_of

        upper = upper_of(self._context.reader)
        return upper.url if upper else ""

    def push_now(self, *, interactive: bool = True) -> bool:
        """Start one push in the background; False when one is running or it cannot start
        (no address, no keys)."""
        if self._thread is not None or self._keys is None or not self._address():
            return False
        office, keys = self._context.office, self._keys
        self.last_attempt = datetime.now()

        def work():
            from desktop.services.sync_push import push

            try:
                result = push(office, keys)
            except Exception as exc:  # reported to the window, never lost in the thread
                self._done.emit(None, exc)
            else:
                self._done.emit(result, None)

        self._thread = threading.Thread(target=work, name="sync-push", daemon=True)
        self._thread.start()
        self.state_changed.emit()
        return True

    def _finished(self, result, error) -> None:
        from desktop.services.sync_push import PushError

        self._thread = None
        if error is None:
            self.link, self.last_error, self.last_result = "up", "", result
            self._backoff = INTERVAL_MS
        elif isinstance(error, PushError):
            self.link, self.last_error = "down", str(error)
            self._backoff = min(self._backoff * 2, MAX_BACKOFF_MS)
        else:  # refused by the upper office, or a problem here: shown, and tried again later
            self.link, self.last_error = "refused", getattr(error, "code", "") or str(error)
            self._backoff = min(self._backoff * 2, MAX_BACKOFF_MS)
        if self._keys is not None and self._address():
            self._timer.start(self._backoff if self.link != "up" else INTERVAL_MS)
        self._context.notify_changed()
        self.state_changed.emit()
