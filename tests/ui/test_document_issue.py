"""The issue dialog on a real database: the draft is filled from the record, the preview is
rendered off the GUI thread, an edited paragraph is what gets registered, and the issued PDF
prints through QPrinter and saves atomically."""
from __future__ import annotations

import hashlib
import subprocess

import pytest

from desktop.services import documents as D
from tests.ui.sample_data import TODAY

EDITED = "本院经审查，同意你局的提请意见。此段为测试修改。"


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout.replace(" ", "")


@pytest.fixture
def review_id(opened):
    return opened.office.reader.execute(
        "SELECT r.id FROM arrest_reviews r JOIN persons p ON p.id = r.person_id "
        "WHERE p.name = '张伟'").fetchone()[0]


@pytest.fixture
def dialog(opened, review_id, qtbot, english):
    from desktop.ui.document_issue_dialog import DocumentIssueDialog

    dlg = DocumentIssueDialog(opened.office, "approve_arrest",
                              D.Subject("arrest_reviews", review_id), today=TODAY,
                              extra={"approver": "李检察长"})
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=10_000)
    yield dlg
    dlg.renderer.wait()


def test_the_draft_is_filled_and_previewed(dialog):
    assert dialog.title_label.text() == "批准逮捕决定书"
    assert "张伟" in dialog.body_edit.toPlainText()
    assert dialog.recipient_edit.text().startswith("青山县公安局")
    assert dialog.preview.page_count() >= 3  # 存根, 副本, 正本 (and the receipt)
    assert dialog.first_preview_seconds is not None and dialog.first_preview_seconds < 5
    assert not dialog.print_button.isEnabled()


def test_typing_re_renders_the_preview_in_the_background(dialog, qtbot):
    before = dialog.preview.data
    bar = dialog.preview.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    dialog.body_edit.appendPlainText("补充一段文字。")
    assert dialog.preview.data == before  # debounced: nothing rendered on the GUI thread
    qtbot.waitUntil(lambda: dialog.preview.data != before, timeout=10_000)
    assert bar.value() == place  # the officer keeps their place in the preview


def test_an_edited_paragraph_is_what_gets_registered(dialog, opened, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    lines = dialog.body_edit.toPlainText().split("\n")
    dialog.body_edit.setPlainText("\n".join([EDITED] + lines[1:]))
    issued = []
    dialog.issued.connect(issued.append)
    assert dialog.issue()
    info = dialog.info
    assert issued == [info.id]
    assert info.number == "青检刑批捕〔2026〕1号"
    stored = D.pdf_bytes(opened.office.reader, info.id)
    assert stored == dialog.issued_pdf
    path = tmp_path / "issued.pdf"
    path.write_bytes(stored)
    text = pdf_text(path)
    assert EDITED in text and "青检刑批捕〔2026〕1号" in text
    assert dialog.body_edit.isReadOnly() and not dialog.issue_button.isEnabled()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()

    saved = dialog.save_document(str(tmp_path / "saved.pdf"))
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == info.sha256
    assert not list(tmp_path.glob(".*.part"))  # the temp file was renamed, not left

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer) == info.pages
    assert "青检刑批捕〔2026〕1号" in pdf_text(tmp_path / "printed.pdf")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):  # closing after an issue accepts
        dialog.close_button.click()


def test_an_empty_body_is_refused_and_no_number_used(dialog, opened, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    dialog.body_edit.setPlainText("  \n ")
    assert not dialog.issue()
    assert shown == ["The document has no text."]
    assert opened.office.reader.execute(
        "SELECT COUNT(*) FROM issued_documents").fetchone()[0] == 0


def test_unprintable_characters_are_named(opened, review_id, qtbot, english):
    from desktop.ui.document_issue_dialog import DocumentIssueDialog

    dlg = DocumentIssueDialog(opened.office, "approve_arrest",
                              D.Subject("arrest_reviews", review_id), today=TODAY)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=10_000)
    dlg.body_edit.appendPlainText("犯罪嫌疑人𪚥某")  # beyond the shipped font
    qtbot.waitUntil(lambda: "𪚥" in dlg.warning_label.text(), timeout=10_000)
    dlg.renderer.wait()


def test_the_chosen_font_setting_is_used(opened, review_id, qtbot, english):
    from desktop.documents.fonts import shipped_font
    from desktop.ui import settings
    from desktop.ui.document_issue_dialog import DocumentIssueDialog, document_font

    assert document_font() is None
    settings.put(settings.DOCUMENT_FONT, str(shipped_font().path))  # any TrueType file
    assert document_font().path == shipped_font().path
    dlg = DocumentIssueDialog(opened.office, "approve_arrest",
                              D.Subject("arrest_reviews", review_id), today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg._font.path == shipped_font().path
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=10_000)
    settings.put(settings.DOCUMENT_FONT, "/nowhere/simfang.ttf")
    assert document_font() is None  # gone from this machine: the shipped font


def test_chinese_texts_and_esc_closes(opened, review_id, qtbot, chinese):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QPushButton

    from desktop.ui.document_issue_dialog import DocumentIssueDialog

    dlg = DocumentIssueDialog(opened.office, "approve_arrest",
                              D.Subject("arrest_reviews", review_id), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.preview.page_count() > 0, timeout=10_000)
    texts = [w.text() for w in dlg.findChildren(QPushButton) + dlg.findChildren(QLabel)
             if w.isVisible() and w.text()]
    assert "制作并登记(&I)" in texts and "正文(&B)：" in texts
    assert not [t for t in texts if t.isascii() and any(c.isalpha() for c in t)]
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
