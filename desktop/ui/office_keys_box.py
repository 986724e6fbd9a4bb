"""Settings group "This office's keys" (本院密钥): the fingerprint to read out over the phone,
where the private keys live, the public-key file to hand over, and creating keys when there
are none. Filled when first shown: asking the keyring loads it, and the window must start
without it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QWidget)

from desktop.services.errors import NotFound, ValidationFailed
from desktop.services.office_keys import (KeyStoreError, create_office_keys,
                                          export_public_keys, key_status)
from desktop.ui.context import AppContext
from desktop.ui.key_passphrase import PassphraseDialog, key_error_text

PUBLIC_KEY_SUFFIX = ".zjkey"


class OfficeKeysBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("officeKeysBox")
        self._context = context
        self.status = None  # services.office_keys.KeyStatus once shown; None = not asked yet
        self._damaged = False

        self.fingerprint = QLabel(self)
        self.fingerprint.setObjectName("keyFingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.25)  # read out digit by digit over the phone
        self.fingerprint.setFont(mono)
        self.key_ids = QLabel(self)
        self.key_ids.setObjectName("keyIds")
        self.key_ids.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location = QLabel(self)
        self.location.setObjectName("keyLocation")
        self.location.setWordWrap(True)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportPublicKeyButton")
        self.create_button = QPushButton(self)
        self.create_button.setObjectName("createKeysButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.create_button)
        buttons.addStretch(1)
        self._captions = [QLabel(self) for _ in range(3)]
        form = QFormLayout(self)
        form.addRow(self._captions[0], self.fingerprint)
        form.addRow(self._captions[1], self.key_ids)
        form.addRow(self._captions[2], self.location)
        form.addRow(buttons)

        self.export_button.clicked.connect(self._choose_export_file)
        self.create_button.clicked.connect(self._ask_and_create)
        context.office_changed.connect(self._office_changed)
        self.retranslateUi()

    # -- state -----------------------------------------------------------------------------
    def refresh(self) -> None:
        from desktop.security.keystore import KeyFileError

        try:
            self.status = key_status(self._context.office)
            self._damaged = False
        except KeyFileError:
            self.status, self._damaged = None, True
        self._show_status()

    def _office_changed(self) -> None:
        if self.status is not None or self._damaged:
            self.refresh()

    def showEvent(self, event) -> None:
        if self.status is None and not self._damaged:
            self.refresh()
        super().showEvent(event)

    def _show_status(self) -> None:
        public = self.status.public if self.status else None
        self.export_button.setEnabled(public is not None)
        self.create_button.setVisible(self.status is not None and public is None)
        if self._damaged:
            self.fingerprint.setText("—")
            self.key_ids.setText("—")
            self.location.setText(self.tr("The recorded public keys are damaged."))
            return
        if self.status is None:
            return
        if public is None:
            self.fingerprint.setText("—")
            self.key_ids.setText("—")
            self.location.setText(self.tr(
                "This office has no keys yet. They sign and encrypt the sync packages sent "
                "to the upper office."))
            return
        self.fingerprint.setText(public.fingerprint)
        self.key_ids.setText(self.tr("signing %1, encryption %2")
                             .replace("%1", public.signing_key_id)
                             .replace("%2", public.encryption_key_id))
        self.location.setText({
            "keyring": self.tr("In this computer's keyring."),
            "file": self.tr("In a file on this computer, encrypted with a passphrase (this "
                            "computer has no keyring)."),
        }.get(self.status.location, self.tr(
            "Not on this computer: packages cannot be signed or opened here.")))

    # -- export ----------------------------------------------------------------------------
    def _choose_export_file(self) -> None:
        office = self._context.office
        start = str(Path.home() / f"{office.unit_code}{PUBLIC_KEY_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export public key file"), start,
            self.tr("Public key files (*.zjkey)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        if path.suffix != PUBLIC_KEY_SUFFIX:
            path = path.with_name(path.name + PUBLIC_KEY_SUFFIX)
        try:
            public = export_public_keys(self._context.office, path)
        except NotFound:
            self.refresh()
            return False
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export public key file"),
                                self.tr("The file could not be written: %1")
                                .replace("%1", exc.strerror or str(exc)))
            return False
        QMessageBox.information(
            self, self.tr("Export public key file"),
            self.tr("Saved %1.\n\nGive this file to the upper office and read them the "
                    "fingerprint over the phone so they can check it:\n\n%2")
            .replace("%1", str(path)).replace("%2", public.fingerprint))
        return True

    # -- create ----------------------------------------------------------------------------
    def _ask_and_create(self) -> None:
        if self.status is None:
            self.refresh()
        passphrase = None
        if not self.status.keyring_available:
            dialog = PassphraseDialog(self)
            if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                return
            passphrase = dialog.passphrase
        self.create_keys(passphrase)

    def create_keys(self, passphrase: str | None) -> bool:
        try:
            create_office_keys(self._context.office, passphrase=passphrase)
        except ValidationFailed as exc:
            problem = key_error_text(exc.errors[0].code)
        except KeyStoreError as exc:
            problem = key_error_text(exc.code)
        else:
            self.refresh()
            return True
        QMessageBox.warning(self, self.tr("Create keys"), problem)
        self.refresh()
        return False

    # -- texts -----------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        self.setTitle(self.tr("This office's keys"))
        for label, text in zip(self._captions, (self.tr("Fingerprint:"), self.tr("Key ids:"),
                                                self.tr("Private keys:"))):
            label.setText(text)
        self.fingerprint.setToolTip(self.tr("Read this out over the phone when the upper "
                                            "office registers this office's public key file."))
        self.export_button.setText(self.tr("&Export public key file…"))
        self.create_button.setText(self.tr("C&reate keys…"))
        self._show_status()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
