"""This office's keys in the settings page: fingerprint, where the private keys live, export,
and creating keys with a passphrase where the computer has no keyring."""
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.security.keystore import PublicKeys
from desktop.services.office_keys import create_office_keys, own_public_keys
from desktop.ui.key_passphrase import PassphraseDialog
from desktop.ui.main_window import PAGE_SETTINGS


def keys_box(main_window):
    main_window.show_page(PAGE_SETTINGS)
    return main_window.settings_page.keys_box


def test_no_keys_yet_then_created_in_the_keyring(main_window, memory_keyring, monkeypatch):
    box = keys_box(main_window)
    assert box.isVisible()
    assert box.title() == "This office's keys"
    assert box.fingerprint.text() == "—" and not box.export_button.isEnabled()
    assert box.create_button.isVisible() and "no keys yet" in box.location.text()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: (_ for _ in ()).throw(
        AssertionError(a[2])))
    box.create_button.click()  # a keyring: no passphrase asked
    public = own_public_keys(main_window.opened.office.reader)
    assert public is not None and box.fingerprint.text() == public.fingerprint
    assert QFontInfo(box.fingerprint.font()).fixedPitch()
    assert public.signing_key_id in box.key_ids.text()
    assert box.location.text() == "In this computer's keyring."
    assert box.export_button.isEnabled() and not box.create_button.isVisible()


def test_export_writes_the_file_and_tells_the_fingerprint(main_window, memory_keyring,
                                                          monkeypatch, tmp_path):
    public = create_office_keys(main_window.opened.office)
    box = keys_box(main_window)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    monkeypatch.setattr("desktop.ui.office_keys_box.QFileDialog.getSaveFileName",
                        lambda *a: (str(tmp_path / "qingshan"), ""))
    box.export_button.click()
    written = tmp_path / "qingshan.zjkey"
    assert PublicKeys.from_file_bytes(written.read_bytes()) == public
    assert public.fingerprint in told[0] and str(written) in told[0]
    problems = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: problems.append(a[2]))
    assert not box.export_to(tmp_path / "no such folder" / "x.zjkey")
    assert "could not be written" in problems[0]


def test_without_a_keyring_the_passphrase_is_asked_twice(main_window, no_keyring, qtbot,
                                                         monkeypatch):
    box = keys_box(main_window)
    shown = []

    def answer(dialog):
        shown.append(dialog)
        fields = dialog.fields
        assert "no keyring" in fields.explanation.text()
        fields.first.setText("short")
        fields.again.setText("short")
        dialog.accept()
        assert fields.problem.text() == "The passphrase needs at least 8 characters."
        fields.first.setText("correct horse")
        fields.again.setText("correct horsf")
        dialog.accept()
        assert fields.problem.text() == "The two passphrases differ."
        fields.again.setText("correct horse")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PassphraseDialog, "exec", answer)
    box.create_button.click()
    assert shown and shown[0].passphrase == "correct horse"
    assert "encrypted with a passphrase" in box.location.text()
    assert box.fingerprint.text() == own_public_keys(
        main_window.opened.office.reader).fingerprint


def test_a_cancelled_passphrase_creates_nothing(main_window, no_keyring, monkeypatch):
    box = keys_box(main_window)
    monkeypatch.setattr(PassphraseDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    box.create_button.click()
    assert own_public_keys(main_window.opened.office.reader) is None
    assert box.create_button.isVisible()


def test_keys_of_another_database_are_left_alone_with_a_message(main_window, memory_keyring,
                                                               monkeypatch):
    from desktop.security.keystore import generate_keys
    from desktop.services.office_keys import office_keystore

    office_keystore().save("320101", generate_keys())
    box = keys_box(main_window)
    problems = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: problems.append(a[2]))
    assert not box.create_keys(None)
    assert "already keeps private keys" in problems[0]
    assert own_public_keys(main_window.opened.office.reader) is None


def test_the_group_in_chinese(main_window, memory_keyring, qtbot):
    from desktop.ui import i18n

    create_office_keys(main_window.opened.office)
    box = keys_box(main_window)
    i18n.install("zh_CN")
    try:
        qtbot.waitUntil(lambda: box.title() == "本院密钥", timeout=2000)
        assert box.export_button.text().startswith("导出公钥文件")
        assert "密钥环" in box.location.text()
    finally:
        i18n.install("en")
