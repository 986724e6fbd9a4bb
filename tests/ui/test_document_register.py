"""The document register page on a real database: it lists what was issued with its number,
filters, voids with a reason, re-opens the stored bytes, and prints a batch."""
from __future__ import annotations

import hashlib

import pytest

from desktop.services import documents as D
from tests.ui.sample_data import TODAY
from tests.ui.test_document_issue import pdf_text


def issue(office, name, doc_type="approve_arrest", **extra):
    review = office.reader.execute(
        "SELECT r.id FROM arrest_reviews r JOIN persons p ON p.id = r.person_id "
        "WHERE p.name = ?", (name,)).fetchone()[0]
    draft = D.preview(office, doc_type, D.Subject("arrest_reviews", review), today=TODAY,
                      extra=extra)
    return D.issue(office, draft, today=TODAY)


@pytest.fixture
def issued(opened):
    office = opened.office
    return [issue(office, "张伟"), issue(office, "李建国"),
            issue(office, "王小红", "refuse_arrest", refusal_ground="insufficient_evidence")]


@pytest.fixture
def page(opened, issued, qtbot, english):
    from desktop.ui.context import AppContext
    from desktop.ui.document_register_page import DocumentRegisterPage

    context = AppContext(opened.office, clock=lambda: TODAY)
    widget = DocumentRegisterPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.context = context
    return widget


def numbers(page):
    return {page.model.row_at(r).number for r in range(page.model.rowCount())}


def select(page, *infos):
    page.select_documents([i.id for i in infos])
    assert page.selected_ids() == [i.id for i in infos] or \
        set(page.selected_ids()) == {i.id for i in infos}


def test_lists_issued_documents_and_filters(page, issued):
    assert numbers(page) == {"青检刑批捕〔2026〕1号", "青检刑批捕〔2026〕2号",
                             "青检刑不捕〔2026〕1号"}
    assert page.count_label.text() == "3 documents"
    page.type_combo.setCurrentIndex(page.type_combo.findData("refuse_arrest"))
    assert numbers(page) == {"青检刑不捕〔2026〕1号"}
    page.type_combo.setCurrentIndex(0)
    page.search_edit.setText("李建国")
    page.apply_filter()
    assert numbers(page) == {"青检刑批捕〔2026〕2号"}
    assert page.year_combo.findData(2026) > 0


def test_void_asks_for_a_reason_and_marks_it(page, issued, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    select(page, issued[0])
    assert page.buttons["void"].isEnabled()
    monkeypatch.setattr(page, "ask_void_reason", lambda number: None)
    assert not page.void_selected()  # cancelled: nothing changes
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(page, "ask_void_reason", lambda number: "  ")
    assert not page.void_selected()
    assert shown == ["Enter the reason for voiding the document."]
    monkeypatch.setattr(page, "ask_void_reason", lambda number: "送达单位填写错误")
    assert page.void_selected()
    row = page.model.row_at(page.model.row_of(issued[0].id))
    assert row.voided_at and row.void_reason == "送达单位填写错误"
    assert page.selected_ids() == [issued[0].id] and not page.buttons["void"].isEnabled()
    page.voided_check.setChecked(False)
    assert "青检刑批捕〔2026〕1号" not in numbers(page)


def test_open_shows_the_stored_bytes(page, issued, qtbot):
    select(page, issued[1])
    viewer = page.open_selected()
    qtbot.addWidget(viewer)
    assert hashlib.sha256(viewer.data).hexdigest() == issued[1].sha256
    assert viewer.preview.page_count() == issued[1].pages
    assert issued[1].sha256 in viewer.info.text()


def test_a_damaged_file_is_reported_not_shown(page, issued, opened, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    with opened.office.transaction("issue_documents") as s:
        s.connection().exec_driver_sql("UPDATE document_files SET content = ? WHERE sha256 = ?",
                                       (b"%PDF-broken", issued[1].sha256))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    select(page, issued[1])
    assert page.open_selected() is None
    assert "SHA-256" in shown[0]


def test_batch_print_of_two_documents(page, issued, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    select(page, issued[0], issued[2])
    assert page.buttons["print"].isEnabled() and not page.buttons["open"].isEnabled()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    pages = page.print_selected(printer)
    assert pages == issued[0].pages + issued[2].pages
    text = pdf_text(tmp_path / "batch.pdf")
    assert "青检刑批捕〔2026〕1号" in text and "青检刑不捕〔2026〕1号" in text


def test_save_as_pdf_writes_the_issued_bytes(page, issued, tmp_path):
    select(page, issued[2])
    path = page.save_selected(str(tmp_path / "out.pdf"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == issued[2].sha256


def test_refreshes_on_records_changed(page, opened):
    issue(opened.office, "赵小六")
    page.context.notify_changed()
    assert "青检刑批捕〔2026〕3号" in numbers(page)


def test_the_page_is_in_the_sidebar_and_on_ctrl_5(main_window, qtbot):
    from PySide6.QtCore import Qt

    from desktop.ui.main_window import PAGE_DOCUMENTS

    assert main_window.sidebar.item(PAGE_DOCUMENTS).text() == "Documents"
    qtbot.keyClick(main_window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page() == PAGE_DOCUMENTS
    assert main_window.actions.go_documents.isChecked()


def test_the_document_font_is_chosen_in_the_settings(main_window, tmp_path):
    from desktop.documents.fonts import FontChoice, find_official_fonts
    from desktop.ui import settings
    from desktop.ui.main_window import PAGE_SETTINGS

    (tmp_path / "fonts").mkdir()
    fake = tmp_path / "fonts" / "simfang.ttf"
    fake.write_bytes(b"")
    found = find_official_fonts([tmp_path / "fonts"])
    assert found == [FontChoice(fake, 0, "仿宋")]
    main_window.show_page(PAGE_SETTINGS)
    page = main_window.settings_page
    page.fill_fonts(found)
    combo = page.font_combo
    assert combo.count() == 2 and combo.currentData() == ""
    combo.setCurrentIndex(1)
    assert settings.get(settings.DOCUMENT_FONT) == str(fake)
    page.fill_fonts([])  # the font was removed from the machine: still shown, marked
    assert combo.currentData() == str(fake) and "not found" in combo.currentText()


def test_find_on_the_register_searches_the_register(main_window, qtbot):
    from desktop.ui.main_window import PAGE_DOCUMENTS

    main_window.show_page(PAGE_DOCUMENTS)
    main_window.actions.search.trigger()
    assert main_window.current_page() == PAGE_DOCUMENTS
    assert main_window.document_register.search_edit.hasFocus() or \
        main_window.focusWidget() is main_window.document_register.search_edit


def test_a_batch_print_stops_when_cancelled(page, issued, opened, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.ui.document_printing import PrintCancelled, print_pdfs

    datas = [D.pdf_bytes(opened.office.reader, i.id) for i in issued[:2]]
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stopped.pdf"))
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 2  # the officer presses Cancel after two pages

    with pytest.raises(PrintCancelled):
        print_pdfs(printer, datas, progress=progress)
    assert seen[-1] == (2, issued[0].pages + issued[1].pages)


def test_printing_and_saving_write_audit_entries(page, issued, tmp_path):
    """Sensitive reads audited: one "print" entry per document printed, one "export" per PDF
    saved (services/sensitive_reads)."""
    from PySide6.QtPrintSupport import QPrinter

    reader = page.context.reader

    def entries(action):
        return [r[0] for r in reader.execute(
            "SELECT row_id FROM audit_log WHERE action = ? AND table_name = 'issued_documents' "
            "ORDER BY id", (action,))]

    select(page, issued[0], issued[2])
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "batch.pdf"))
    assert page.print_selected(printer) > 0
    assert sorted(entries("print")) == sorted([issued[0].id, issued[2].id])
    select(page, issued[1])
    page.save_selected(str(tmp_path / "one.pdf"))
    assert entries("export") == [issued[1].id]
