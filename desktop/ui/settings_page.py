"""Settings: the language (applied at once and remembered), the database file, the font
documents are printed in, this unit's particulars (read-only for now) and its keys."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QFrame, QGroupBox,
                               QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from desktop.services.office import unit_info
from desktop.ui import i18n, settings
from desktop.ui.context import AppContext
from desktop.ui.office_keys_box import OfficeKeysBox


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class SettingsPage(QWidget):
    database_change_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._context = context

        self.language_box = QGroupBox(self)
        self.language_combo = QComboBox(self.language_box)
        self.language_combo.setObjectName("languageCombo")
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self._language_label = QLabel(self.language_box)
        self._language_label.setBuddy(self.language_combo)
        language_form = QFormLayout(self.language_box)
        language_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_form.addRow(self._language_label, self.language_combo)

        self.database_box = QGroupBox(self)
        self.database_path = _value_label()
        self.database_path.setObjectName("databasePath")
        self.open_button = QPushButton(self.database_box)
        self.open_button.setObjectName("openDatabaseButton")
        self._database_caption = QLabel(self.database_box)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database_path, 1)
        database_row.addWidget(self.open_button)
        database_form = QFormLayout(self.database_box)
        database_form.addRow(self._database_caption, database_row)

        self.documents_box = QGroupBox(self)
        self.font_combo = QComboBox(self.documents_box)
        self.font_combo.setObjectName("documentFontCombo")
        self._font_label = QLabel(self.documents_box)
        self._font_label.setBuddy(self.font_combo)
        self.font_note = _value_label()
        documents_form = QFormLayout(self.documents_box)
        documents_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        documents_form.addRow(self._font_label, self.font_combo)
        documents_form.addRow(self.font_note)
        self._fonts_found = None  # searched on first show

        self.unit_box = QGroupBox(self)
        self.unit_name, self.unit_code, self.unit_abbr, self.upper_name, self.user_name = (
            _value_label() for _ in range(5))
        self.unit_name.setObjectName("unitName")
        self._unit_captions = [QLabel(self.unit_box) for _ in range(5)]
        unit_form = QFormLayout(self.unit_box)
        for caption, value in zip(self._unit_captions, (self.unit_name, self.unit_code,
                                                        self.unit_abbr, self.upper_name,
                                                        self.user_name)):
            unit_form.addRow(caption, value)

        self.keys_box = OfficeKeysBox(context, self)
        from desktop.ui.backup_box import BackupBox

        self.backup_box = BackupBox(context, self)
        from desktop.ui.users_box import AccountsBox

        self.accounts_box = AccountsBox(context, self)  # own password; users (administrators)
        from desktop.ui.upper_calendar_box import UpperCalendarBox

        self.calendar_box = UpperCalendarBox(context, self)  # an upper office's only

        content = QWidget(self)
        content.setMaximumWidth(860)  # long lines of settings are hard to read
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        for box in (self.language_box, self.database_box, self.backup_box, self.documents_box,
                    self.unit_box, self.accounts_box, self.keys_box, self.calendar_box):
            column.addWidget(box)
        column.addStretch(1)
        # Scrolls on a small screen rather than holding the whole window up to its height.
        sheet = QWidget()
        sheet_row = QHBoxLayout(sheet)
        sheet_row.setContentsMargins(12, 12, 12, 12)
        sheet_row.addWidget(content, 1)
        sheet_row.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.open_button.clicked.connect(self._choose_database)
        self.font_combo.currentIndexChanged.connect(self._font_chosen)
        context.office_changed.connect(self.refresh)
        self.refresh()
        self.retranslateUi()

    def refresh(self) -> None:
        office = self._context.office
        info = unit_info(office.reader, office.unit_code)
        self.database_path.setText(str(office.db.path))
        self.unit_name.setText(info.name)
        self.unit_code.setText(info.code)
        self.unit_abbr.setText(info.abbr or "—")
        self.upper_name.setText(info.upper_name or "—")
        self.user_name.setText(f"{office.display_name} ({office.username})")
        self.calendar_box.refresh()
        self._show_language()

    def _show_language(self) -> None:
        index = self.language_combo.findData(i18n.current_language())
        if index >= 0 and index != self.language_combo.currentIndex():
            self.language_combo.blockSignals(True)
            self.language_combo.setCurrentIndex(index)
            self.language_combo.blockSignals(False)

    def set_language(self, lang: str) -> None:
        """Switch the whole program to `lang` now and remember the choice."""
        settings.put(settings.LANGUAGE, lang)
        if lang != i18n.current_language():
            i18n.install(lang)
        self._show_language()

    def _language_chosen(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        if lang:
            self.set_language(lang)

    # -- document font ---------------------------------------------------------------------
    def fill_fonts(self, fonts=None) -> None:
        """The shipped font, then the official 仿宋/宋体 found on this machine (or `fonts`)."""
        if fonts is None:
            from desktop.documents.fonts import find_official_fonts, font_search_dirs

            fonts = find_official_fonts(font_search_dirs())
        self._fonts_found = list(fonts)
        saved = settings.get(settings.DOCUMENT_FONT)
        self.font_combo.blockSignals(True)
        self.font_combo.clear()
        self.font_combo.addItem(self.tr("AR PL UMing (shipped with the program)"), "")
        for font in self._fonts_found:
            self.font_combo.addItem(f"{font.label} — {font.path}", str(font.path))
        if saved and self.font_combo.findData(saved) < 0:
            self.font_combo.addItem(self.tr("%1 (not found)").replace("%1", saved), saved)
        self.font_combo.setCurrentIndex(max(0, self.font_combo.findData(saved)))
        self.font_combo.blockSignals(False)
        self._show_font_note()

    def _font_chosen(self, index: int) -> None:
        settings.put(settings.DOCUMENT_FONT, self.font_combo.itemData(index) or "")

    def _show_font_note(self) -> None:
        if self._fonts_found is None:
            return
        if self._fonts_found:
            self.font_note.setText(self.tr("Used for documents issued from now on; documents "
                                           "already issued keep their font."))
        else:
            self.font_note.setText(self.tr("No official 仿宋 or 宋体 font was found on this "
                                           "computer; documents use the shipped font."))

    def showEvent(self, event) -> None:
        if self._fonts_found is None:
            self.fill_fonts()
        super().showEvent(event)

    def _choose_database(self) -> None:
        start = str(self._context.office.db.path.parent)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open another database"), start,
            self.tr("Zhenjian databases (*.sqlite3 *.sqlite *.db);;All files (*)"))
        if path:
            self.database_change_requested.emit(path)

    def retranslateUi(self) -> None:
        self.language_box.setTitle(self.tr("Language"))
        self._language_label.setText(self.tr("&Interface language:"))
        self.language_combo.setToolTip(self.tr("Takes effect at once."))
        self.database_box.setTitle(self.tr("Database"))
        self._database_caption.setText(self.tr("File:"))
        self.open_button.setText(self.tr("&Open another database…"))
        self.documents_box.setTitle(self.tr("Documents"))
        self._font_label.setText(self.tr("Document &font:"))
        if self._fonts_found is not None:
            self.fill_fonts(self._fonts_found)
        self.unit_box.setTitle(self.tr("This procuratorate"))
        captions = (self.tr("Name:"), self.tr("Unit code:"),
                    self.tr("Abbreviation in document numbers:"), self.tr("Upper office:"),
                    self.tr("Signed in as:"))
        for label, text in zip(self._unit_captions, captions):
            label.setText(text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
