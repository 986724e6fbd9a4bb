"""Asking for the passphrase that protects the office's private keys where the computer has no
keyring (set-up wizard and settings page), and what to tell the officer when keys fail."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

MIN_PASSPHRASE = 8  # the keystore's rule, repeated here so the UI need not load it


_KEY_ERRORS = {
    "no_keyring": QT_TRANSLATE_NOOP(
        "OfficeKeys", "This computer has no usable keyring: the private keys need a passphrase."),
    "wrong_passphrase": QT_TRANSLATE_NOOP("OfficeKeys", "The passphrase is wrong."),
    "missing": QT_TRANSLATE_NOOP(
        "OfficeKeys", "This computer does not hold the office's private keys."),
    "damaged": QT_TRANSLATE_NOOP(
        "OfficeKeys", "The private keys on this computer are damaged or are not this office's."),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "OfficeKeys", "The passphrase needs at least 8 characters."),
    "keys.exist": QT_TRANSLATE_NOOP("OfficeKeys", "This office already has keys."),
    "keys.exist_elsewhere": QT_TRANSLATE_NOOP(
        "OfficeKeys", "This computer already keeps private keys for this unit code, probably "
                      "of another database; they were left alone."),
    "mismatch": QT_TRANSLATE_NOOP("OfficeKeys", "The two passphrases differ."),
}


def key_error_text(code: str) -> str:
    """The officer's words for a KeyStoreError / ValidationFailed code about keys."""
    source = _KEY_ERRORS.get(code)
    return QCoreApplication.translate("OfficeKeys", source) if source else code


class PassphraseFields(QWidget):
    """Why a passphrase is needed, the passphrase twice, and a red line for problems."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("keyPassphrase")
        self.again = QLineEdit(self)
        self.again.setObjectName("keyPassphraseAgain")
        for edit in (self.first, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textEdited.connect(lambda _text: self.show_problem(""))
        self._first_caption = QLabel(self)
        self._first_caption.setBuddy(self.first)
        self._again_caption = QLabel(self)
        self._again_caption.setBuddy(self.again)
        self.problem = QLabel(self)
        self.problem.setObjectName("keyPassphraseProblem")
        self.problem.setStyleSheet("color: #b71c1c;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self._first_caption, self.first)
        form.addRow(self._again_caption, self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.retranslateUi()

    def passphrase(self) -> str | None:
        """The passphrase when both entries agree and it is long enough; else None, with the
        problem shown."""
        text = self.first.text()
        if len(text) < MIN_PASSPHRASE:
            self.show_problem(key_error_text("weak_passphrase"))
            self.first.setFocus()
            return None
        if text != self.again.text():
            self.show_problem(key_error_text("mismatch"))
            self.again.setFocus()
            return None
        return text

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def retranslateUi(self) -> None:
        self.explanation.setText(self.tr(
            "This computer has no keyring (the operating system's safe store for secrets), so "
            "the office's private keys will be kept in a file encrypted with a passphrase. "
            "The program asks for it when it signs or opens sync packages. Choose one of at "
            "least 8 characters and keep it safe: a lost passphrase means new keys, which the "
            "upper office must register again."))
        self._first_caption.setText(self.tr("&Passphrase:"))
        self._again_caption.setText(self.tr("Passphrase a&gain:"))
        self.first.setPlaceholderText(self.tr("at least 8 characters"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


class PassphraseDialog(QDialog):
    """Asks for a new passphrase twice; `passphrase` holds it after accept()."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("keyPassphraseDialog")
        self.fields = PassphraseFields(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self.passphrase: str | None = None
        self.setWindowTitle(self.tr("Passphrase for the office's keys"))
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        self.passphrase = self.fields.passphrase()
        if self.passphrase is not None:
            super().accept()


def with_passphrase(parent: QWidget | None, title: str, prompt: str, wrong_prompt: str,
                    attempt):
    """`attempt(passphrase)` — first with None (the keyring) — asking for the passphrase
    while the key store says one is needed or the one given is wrong. Returns the attempt's
    result, or None when the officer cancels; any other KeyStoreError goes to the caller."""
    from PySide6.QtWidgets import QInputDialog

    from desktop.security.keystore import KeyStoreError

    passphrase = None
    while True:
        try:
            return attempt(passphrase)
        except KeyStoreError as exc:
            if exc.code not in ("no_keyring", "wrong_passphrase"):
                raise
            asked, ok = QInputDialog.getText(
                parent, title, wrong_prompt if passphrase is not None else prompt,
                QLineEdit.EchoMode.Password)
            if not ok:
                return None
            passphrase = asked
