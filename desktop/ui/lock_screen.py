"""The window locks itself after a time without input (KeePassXC's habit, STYLE 11), or when
the user asks (Ctrl+L), while the office asks for a log-in: every window of the program is
covered, and a lock screen over the main window asks for the password of the user at the
keyboard. Unlocking takes the covers away; open dialogs and what was typed in them stay.

Idle time is measured by an event filter on the application that restarts a single-shot
QTimer on each keyboard, mouse or touch event. The lock screen is a window of its own and
application-modal, so it takes input even over a dialog that was modal when the lock came.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.services import accounts
from desktop.ui.users_labels import login_refused_text

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.Shortcut,
})


class IdleWatcher(QObject):
    """Says `idle` once after `interval_ms` without input to any window of the program."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self._installed = False

    def start(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if not self._installed:
            QApplication.instance().installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._installed:
            QApplication.instance().removeEventFilter(self)
            self._installed = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()  # restarts the count
        return False


class Cover(QWidget):
    """An opaque sheet over one window while the program is locked: nothing of the case data
    behind it shows, and the mouse cannot reach it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#lockCover { background: #37474f; }")
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class LockScreen(QWidget):
    """Asks for the password of the user at the keyboard; `unlocked` on the right one."""

    unlocked = Signal()
    switch_requested = Signal()  # someone else wants to log in at this desk

    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#lockScreen { background: #37474f; }"
            "QLabel { color: white; }"
            "QLabel#lockTitle { font-size: 22px; font-weight: bold; }"
            "QLabel#lockMessage { color: #ffcdd2; }"
            "QWidget#lockPanel { background: #455a64; border-radius: 6px; }")
        self._office = office
        panel = QWidget(self)
        panel.setObjectName("lockPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        panel.setMaximumWidth(460)
        self.title = QLabel(panel)
        self.title.setObjectName("lockTitle")
        self.explanation = QLabel(panel)
        self.explanation.setObjectName("lockExplanation")
        self.explanation.setWordWrap(True)
        self.password = QLineEdit(panel)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(panel)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(panel)
        self.switch_button.setObjectName("switchUserButton")
        self.switch_button.setFlat(True)
        self.switch_button.setStyleSheet("QPushButton { color: #cfd8dc; }")
        self.message = QLabel(panel)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock_button)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addWidget(self.explanation)
        inner.addLayout(row)
        inner.addWidget(self.message)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(panel, 3)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self.password.returnPressed.connect(self.try_unlock)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.switch_button.clicked.connect(self.switch_requested)
        self.retranslateUi()

    def try_unlock(self) -> bool:
        try:
            accounts.unlock(self._office, self.password.text())
        except accounts.LoginRefused as exc:
            self.message.setText(login_refused_text(exc, unlocking=True))
            self.message.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return False
        self.password.clear()
        self.unlocked.emit()
        return True

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Locked — Zhenjian Desk"))
        self.title.setText(self.tr("Zhenjian Desk is locked"))
        self.explanation.setText(
            self.tr("%1 (%2) is logged in. Enter the password to go on; open work is kept.")
            .replace("%1", self._office.display_name).replace("%2", self._office.username))
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.switch_button.setText(self.tr("&Log in as someone else… (open work is closed)"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class WindowLock(QObject):
    """The main window's lock: starts the idle watch while the office asks for a log-in,
    covers every window when idle or asked, and uncovers them on the right password."""

    locked_changed = Signal(bool)

    def __init__(self, window: QWidget, context):
        super().__init__(window)
        self._window = window
        self._context = context
        self.watcher = IdleWatcher(self)
        self.watcher.idle.connect(self.lock)
        self.screen: LockScreen | None = None
        self._covers: list[Cover] = []
        self.interval_ms = 0
        self._override_ms: int | None = None
        context.records_changed.connect(self.configure)  # the settings page saved a change
        context.office_changed.connect(self.configure)
        self.configure()

    @property
    def locked(self) -> bool:
        return self.screen is not None

    def available(self) -> bool:
        """Locking needs a password to come back with: only when the office asks for a
        log-in (an office of one opens without one)."""
        return accounts.login_required(self._context.reader)

    def configure(self, interval_ms: int | None = None) -> None:
        """Read the idle time from the office (or keep to `interval_ms` from now on, for
        tests) and (re)start the watch; stopped while it is 0 or log-in is off."""
        if interval_ms is not None:
            self._override_ms = interval_ms
        interval_ms = self._override_ms
        if interval_ms is None:
            minutes = accounts.idle_lock_minutes(self._context.reader) if self.available() \
                else 0
            interval_ms = minutes * 60_000
        self.interval_ms = interval_ms
        timer = self.watcher.timer
        if interval_ms > 0 and not self.locked:
            # A change notice (the background sync sends them) is no input: the count runs on.
            if not timer.isActive() or timer.interval() != interval_ms:
                self.watcher.start(interval_ms)
        elif interval_ms <= 0:
            self.watcher.stop()

    def lock(self) -> None:
        if self.locked or not self.available():
            return
        self.watcher.stop()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not isinstance(window, LockScreen):
                self._covers.append(Cover(window))
        self.screen = LockScreen(self._context.office)
        self.screen.unlocked.connect(self._unlock)
        self.screen.switch_requested.connect(self.switch_user)
        self.screen.setGeometry(self._window.geometry())
        self.screen.show()
        self.screen.raise_()
        self.screen.activateWindow()
        self.screen.password.setFocus()
        self.locked_changed.emit(True)

    def switch_user(self) -> bool:
        """Another user logs in at this desk (from the lock screen, or the File menu): the
        windows of the user before are closed, then the program goes on as the new one.
        Nothing changes when the log-in is given up."""
        from desktop.ui.login_dialog import log_in

        office = log_in(self._context.office, self.screen or self._window)
        if office is None:
            return False
        self._window.adopt_user(office)
        if self.locked:
            self._unlock()
        return True

    def _unlock(self) -> None:
        for cover in self._covers:
            try:
                cover.parentWidget().removeEventFilter(cover)
                cover.deleteLater()
            except RuntimeError:  # its window was closed while locked
                pass
        self._covers.clear()
        screen, self.screen = self.screen, None
        screen.hide()
        screen.deleteLater()
        self.configure()
        self.locked_changed.emit(False)
