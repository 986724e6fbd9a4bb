"""The sync page: where this office stands with its upper office (or, at the upper office,
its units), and the ways to move packages — export to a folder (a USB stick), import a
package or an acknowledgement file, push now — with the history of packages sent and
received and the alarms. Long work runs in a worker with progress; every refusal is said in
the officer's words and changes nothing."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from desktop.services import sync_queries
from desktop.ui import labels, sync_labels
from desktop.ui.context import AppContext

RED = "#c62828"
STALE_AFTER_DAYS = 7  # a unit that sent nothing for longer is shown in red


def local(at: datetime) -> datetime:
    """Sync times are stored in UTC: shown in this computer's time zone."""
    return at.replace(tzinfo=timezone.utc).astimezone()


def _format(at: datetime | None) -> str:
    return local(at).strftime("%Y-%m-%d %H:%M") if at else "—"


class SyncPage(QWidget):
    def __init__(self, context: AppContext, agent=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncPage")
        self._context = context
        self.agent = agent
        self.level = sync_queries.office_level(context.reader, context.office.unit_code)
        self.last_message = ""
        self._loaded_keys = None  # once opened, kept for this session of the window

        self.status_box = QGroupBox(self)
        self.peer_label = QLabel(self.status_box)
        self.peer_label.setObjectName("syncPeer")
        self.peer_label.setWordWrap(True)
        self.pending_label = QLabel(self.status_box)
        self.pending_label.setObjectName("syncPending")
        self.ack_label = QLabel(self.status_box)
        self.ack_label.setObjectName("syncLastAck")
        self.link_label = QLabel(self.status_box)
        self.link_label.setObjectName("syncLink")
        self.alarm_label = QLabel(self.status_box)
        self.alarm_label.setObjectName("syncAlarms")
        self.alarm_label.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.alarm_label.setWordWrap(True)
        status = QVBoxLayout(self.status_box)
        for w in (self.peer_label, self.pending_label, self.ack_label, self.link_label,
                  self.alarm_label):
            status.addWidget(w)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        names = (("register_unit",) if self.level == "upper" else
                 ("register_upper", "set_address", "export", "push"))
        slots = {"register_unit": self.register_unit, "register_upper": self.register_upper,
                 "set_address": self.set_address, "export": lambda: self.export(),
                 "push": self.push, "import": lambda: self.import_file()}
        for name in names + ("import",):
            button = QPushButton(self)
            button.setObjectName(f"sync_{name}")
            button.clicked.connect(slots[name])
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)

        self.units = QTreeWidget(self)
        self.units.setObjectName("syncUnits")
        self.units.setColumnCount(7)
        self.units.setRootIsDecorated(False)
        self.units.setVisible(self.level == "upper")
        self.history = QTreeWidget(self)
        self.history.setObjectName("syncHistory")
        self.history.setColumnCount(7)
        self.history.setRootIsDecorated(False)
        for tree in (self.units, self.history):
            tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            tree.setAlternatingRowColors(True)
        self.history_caption = QLabel(self)
        self.units_caption = QLabel(self)
        self.units_caption.setVisible(self.level == "upper")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.status_box)
        layout.addLayout(row)
        layout.addWidget(self.units_caption)
        layout.addWidget(self.units, 1)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.history, 2)

        context.records_changed.connect(self.refresh)
        if agent is not None:
            agent.state_changed.connect(self.refresh)
        self.retranslateUi()

    # -- data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        conn = self._context.reader
        today = self._context.today()
        s = sync_queries.sync_status(conn)
        self.status = s
        if self.level == "upper":
            self.peer_label.setText(self.tr("This is an upper-level office: its units send "
                                            "their packages here."))
            self.pending_label.setText(self.tr("%n unit(s) registered.", "",
                                               len(sync_queries.units(conn))))
            self.ack_label.clear()
        else:
            if s.upper_code:
                text = self.tr("Upper office: %1 (%2)").replace("%1", s.upper_name) \
                    .replace("%2", s.upper_code)
                text += "  " + (self.tr("address: %1").replace("%1", s.url) if s.url
                                else self.tr("no address: packages go as files"))
            else:
                text = self.tr("No upper office registered yet: register its public key file "
                               "first.")
            self.peer_label.setText(text)
            if s.pending:
                age = ((today - local(s.oldest_pending_at).date()).days
                       if s.oldest_pending_at else 0)
                self.pending_label.setText(
                    self.tr("%n change(s) not yet acknowledged; the oldest from %1 (%2 days).",
                            "", s.pending).replace("%1", _format(s.oldest_pending_at))
                    .replace("%2", str(age)))
            else:
                self.pending_label.setText(self.tr("Every change is acknowledged by the upper "
                                                   "office."))
            self.ack_label.setText(self.tr("Last acknowledgement: %1").replace(
                "%1", _format(s.last_acked_at)))
        self.link_label.setText(self._link_text())
        self.alarm_label.setText(self._alarm_text(conn, s.open_alarms) if s.open_alarms else "")
        self.alarm_label.setVisible(bool(s.open_alarms))
        has_upper = bool(s.upper_code)
        for name in ("set_address", "export", "push"):
            if name in self.buttons:
                self.buttons[name].setEnabled(has_upper and (name != "push" or bool(s.url)))
        if "push" in self.buttons and self.agent is not None and self.agent.is_busy():
            self.buttons["push"].setEnabled(False)
        self._fill_units(conn)
        self._fill_history(conn)

    def _alarm_text(self, conn, count: int) -> str:
        """The count, and what the newest alarm says (a rewritten audit history, issue 6)."""
        newest = sync_queries.alarms(conn)[:1]
        if newest and newest[0][2] == "audit_rewritten":
            return self.tr("%n alarm(s). Newest: unit %1 reported an audit chain that does not "
                           "extend the one it reported before (entry %2): its history was "
                           "rewritten or an old backup restored.", "", count) \
                .replace("%1", newest[0][1]).replace("%2", str(newest[0][3]))
        return self.tr("%n alarm(s): a package reused sequence numbers with other contents. "
                       "See the history.", "", count)

    def _link_text(self) -> str:
        if self.agent is None or self.level == "upper":
            return ""
        states = {"up": self.tr("Link: up"), "down": self.tr("Link: down (%1)"),
                  "refused": self.tr("Link: the upper office refused the last package (%1)"),
                  "unknown": self.tr("Link: not tried yet")}
        text = states[self.agent.link].replace("%1", self.agent.last_error)
        if self.agent.is_busy():
            text += "  " + self.tr("(sending…)")
        return text

    def _fill_units(self, conn) -> None:
        self.units.clear()
        if self.level != "upper":
            return
        today = self._context.today()
        for u in sync_queries.units(conn):
            held = ", ".join(f"{a}–{b}" for a, b in u.held)
            lag = (today - local(u.last_received_at).date()).days \
                if u.last_received_at else None
            item = QTreeWidgetItem(self.units, [
                f"{u.unit_code} {u.unit_name}", u.fingerprint, str(u.applied_seq),
                _format(u.last_received_at), self._lag_text(lag), held or "—",
                str(u.open_alarms) if u.open_alarms else ""])
            # a unit silent for a week is stale, not idle: its figures are out of date
            if lag is None or lag > STALE_AFTER_DAYS:
                item.setForeground(4, QBrush(QColor(RED)))
            if u.open_alarms:
                item.setForeground(6, QBrush(QColor(RED)))

    def _lag_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("nothing received yet")
        if days <= 0:
            return self.tr("today")
        return self.tr("%n day(s) ago", "", days)

    def _fill_history(self, conn) -> None:
        self.history.clear()
        for r in sync_queries.history(conn):
            span = f"{r.first_seq}–{r.last_seq}" if r.first_seq is not None else "—"
            item = QTreeWidgetItem(self.history, [
                _format(r.at), sync_labels.direction(r.direction, r.kind), r.peer_unit, span,
                str(r.rows), sync_labels.result(r.result), r.message or r.file_name])
            if r.result == "refused":
                item.setForeground(5, QBrush(QColor(RED)))

    # -- keys ------------------------------------------------------------------------------
    def _keys(self):
        """The office's private keys, asking for the passphrase when they live in a
        passphrase-protected file; None when the officer cancels or they cannot be loaded.
        Reading the keyring (a D-Bus call) or deriving the file's key from the passphrase
        (scrypt) runs in a worker, so the window keeps painting."""
        from desktop.security.keystore import KeyStoreError
        from desktop.services.office_keys import load_office_keys
        from desktop.ui.key_passphrase import with_passphrase
        from desktop.ui.worker import run_with_progress

        if self.agent is not None and self.agent.has_keys():
            return self.agent._keys
        if self._loaded_keys is not None:
            return self._loaded_keys
        office = self._context.office
        try:
            keys = with_passphrase(
                self, self.tr("Office keys"), self.tr("Passphrase of this office's keys:"),
                self.tr("Wrong passphrase. Passphrase of this office's keys:"),
                lambda passphrase: run_with_progress(
                    self, self.tr("Opening this office's keys…"),
                    lambda _progress: load_office_keys(office, passphrase=passphrase)))
        except KeyStoreError as exc:
            QMessageBox.warning(self, self.tr("Office keys"), sync_labels.key_error(exc))
            return None
        if keys is not None:
            self._loaded_keys = keys
            if self.agent is not None:
                self.agent.set_keys(keys)
                self.agent.start()
        return keys

    # -- actions ---------------------------------------------------------------------------
    def _read_key_file(self):
        from desktop.security.keystore import PublicKeys

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Public key file"), "",
                                              self.tr("Public key files (*.zjkey);;All files "
                                                      "(*)"))
        if not path:
            return None
        try:
            with open(path, "rb") as handle:
                return PublicKeys.from_file_bytes(handle.read())
        except Exception as exc:  # unreadable or not a key file: said, nothing changes
            QMessageBox.warning(self, self.tr("Public key file"),
                                self.tr("This is not a usable public key file: %1")
                                .replace("%1", str(exc)))
            return None

    def _confirm_fingerprint(self, keys) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Check the fingerprint"),
            self.tr("%1 (%2)\n\nFingerprint:\n%3\n\nRead it out over the phone with the other "
                    "office. Register these keys only if it is the same.")
            .replace("%1", keys.unit_name).replace("%2", keys.unit_code)
            .replace("%3", keys.fingerprint))
        return answer == QMessageBox.StandardButton.Yes

    def _register(self, call) -> None:
        from desktop.services.errors import ValidationFailed

        keys = self._read_key_file()
        if keys is None or not self._confirm_fingerprint(keys):
            return
        try:
            call(self._context.office, keys)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Public key file"),
                                "\n".join(sync_labels.field_error(e) for e in exc.errors))
            return
        self._context.notify_changed()

    def register_upper(self) -> None:
        from desktop.services.sync_registry import set_upper

        self._register(set_upper)

    def register_unit(self) -> None:
        from desktop.services.sync_registry import register_unit

        self._register(register_unit)

    def set_address(self) -> None:
        from desktop.services.errors import ValidationFailed
        from desktop.services.sync_registry import set_upper_url

        url, ok = QInputDialog.getText(self, self.tr("Upper office's address"),
                                       self.tr("Address of the upper office's sync service "
                                               "(e.g. http://10.1.2.3:8750), empty for none:"),
                                       text=self.status.url)
        if not ok:
            return
        try:
            set_upper_url(self._context.office, url)
        except ValidationFailed as exc:
            QMessageBox.warning(self, self.tr("Upper office's address"),
                                "\n".join(sync_labels.field_error(e) for e in exc.errors))
            return
        self._context.notify_changed()
        if self.agent is not None:
            self.agent.start()

    def export(self, folder: str | None = None) -> list:
        """Write the pending changes as package files into a folder; the paths written."""
        from desktop.services.sync_export import export_changes, write_package
        from desktop.ui.worker import run_with_progress

        keys = self._keys()
        if keys is None:
            return []
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"))
            if not folder:
                return []
        office = self._context.office

        def job(progress):
            written, after = [], 0
            total = max(self.status.pending, 1)
            while (package := export_changes(office, keys, after=after)) is not None:
                written.append(write_package(package, folder))
                after = package.last_seq
                if progress(min(after - self.status.acked_seq, total), total) is False:
                    break
            return written

        try:
            written = run_with_progress(self, self.tr("Writing packages…"), job,
                                        cancellable=True)
        except Exception as exc:  # disk full, stick pulled: said, nothing marked as sent
            self._show_refusal(exc)
            return []
        self.last_message = (self.tr("%n package(s) written to %1.", "", len(written))
                             .replace("%1", folder) if written else
                             self.tr("Nothing to send: every change is acknowledged."))
        QMessageBox.information(self, self.tr("Export"), self.last_message)
        self._context.notify_changed()
        return written

    def import_file(self, path: str | None = None):
        """Import a package (at the upper office: a unit's changes, answered with an
        acknowledgement file next to it) or an acknowledgement (at a unit)."""
        from desktop.services.sync_export import write_package
        from desktop.services.sync_receive import receive_package
        from desktop.ui.worker import run_with_progress

        keys = self._keys()
        if keys is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import package"), "",
                                                  self.tr("Sync packages (*.zjpkg);;All files "
                                                          "(*)"))
            if not path:
                return None
        office = self._context.office

        def job(progress):
            with open(path, "rb") as handle:
                data = handle.read()
            result = receive_package(office, keys, data)
            ack_path = None
            if result.ack is not None:
                from pathlib import Path

                ack_path = write_package(result.ack, Path(path).parent)
            return result, ack_path

        try:
            result, ack_path = run_with_progress(self, self.tr("Importing…"), job)
        except Exception as exc:
            self._show_refusal(exc)
            self._context.notify_changed()  # an alarm may have been raised
            return None
        self.last_message = sync_labels.received_text(result)
        if ack_path is not None:
            self.last_message += "\n" + self.tr("Acknowledgement written: %1").replace(
                "%1", str(ack_path))
        QMessageBox.information(self, self.tr("Import"), self.last_message)
        self._context.notify_changed()
        return result

    def push(self) -> bool:
        if self._keys() is None or self.agent is None:
            return False
        started = self.agent.push_now()
        self.refresh()
        return started

    def _show_refusal(self, exc) -> None:
        self.last_message = sync_labels.refusal(exc)
        QMessageBox.warning(self, self.tr("Sync"), self.last_message)

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.status_box.setTitle(self.tr("Sync with the upper office") if self.level != "upper"
                                 else self.tr("Units of this office"))
        texts = {"register_upper": self.tr("Register upper office's key…"),
                 "register_unit": self.tr("Register a unit's key…"),
                 "set_address": self.tr("Address…"),
                 "export": self.tr("&Export package…"),
                 "push": self.tr("&Push now"),
                 "import": self.tr("&Import package…")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.history_caption.setText(self.tr("Packages sent and received"))
        self.units_caption.setText(self.tr("Registered units"))
        self.history.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Unit"),
                                      self.tr("Sequence"), self.tr("Changes"),
                                      self.tr("Result"), self.tr("Note or file")])
        self.units.setHeaderLabels([self.tr("Unit"), self.tr("Fingerprint"),
                                    self.tr("Applied up to"), self.tr("Last package"),
                                    self.tr("Lag"), self.tr("Held ranges"),
                                    self.tr("Alarms")])
        for column, width in enumerate((130, 150, 80, 90, 70, 90)):
            self.history.setColumnWidth(column, width)
        for column, width in enumerate((230, 300, 90, 130, 130, 110)):
            self.units.setColumnWidth(column, width)
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
