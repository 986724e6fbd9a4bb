"""Screenshots of the import wizard and the drafts from the police, for the look review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.import_screenshots OUT

Builds the sample office and walks the wizard over the messy register of the import tests (the
ID column under a header the guess does not know, mapped by hand; a bad ID fixed in place; an
unknown charge skipped), then a police export to its drafts, in Chinese and in English: every
wizard page, the run page while a larger file is written, the drafts list and a draft in the
registration form.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-import-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    import openpyxl

    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.import_check_page import COL_VALUE
    from desktop.ui.import_drafts import DraftsDialog, draft_form
    from desktop.ui.import_wizard import ImportWizard
    from desktop.ui.pyside_workarounds import protect_singletons
    from tests.services.import_files import write_messy_register
    from tests.ui.sample_data import TODAY, create_sample_office
    from tests.ui.test_import_wizard import FIXED_ID, many_rows_file, write_police_export

    app = make_application()
    protect_singletons()
    messy = write_messy_register(work / "登记表.xlsx")
    wb = openpyxl.load_workbook(messy)
    wb["2026年登记"]["D2"] = "证照号码"
    wb.save(messy)
    big = many_rows_file(work / "big.xlsx", 3000)
    police = write_police_export(work / "公安推送.xlsx")

    def settle():
        for _ in range(5):
            app.processEvents()

    def until(condition):
        while not condition():
            app.processEvents()

    def shot(widget, name):
        widget.show()
        settle()
        widget.grab().save(str(out / name))

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        office = create_sample_office(work / f"sample_{suffix}.sqlite3")
        wizard = ImportWizard(office, today=TODAY)
        wizard.show()
        wizard.file_page.load(str(messy), new_file=True)
        until(wizard.file_page.isComplete)
        shot(wizard, f"import_file_{suffix}.png")
        wizard.next()
        combo = wizard.mapping_page.combos[3]
        combo.setCurrentIndex(combo.findData("id_number"))
        shot(wizard, f"import_mapping_{suffix}.png")
        wizard.next()
        page = wizard.check_page
        until(page.isComplete)
        page.problems.item(page.problem_rows.index(7), COL_VALUE).setText(FIXED_ID)
        until(page.isComplete)
        page.problems.cellWidget(page.problem_rows.index(8), 5).setChecked(True)
        until(page.isComplete)
        shot(wizard, f"import_check_{suffix}.png")
        wizard.next()
        until(lambda: wizard.currentPage() is wizard.report_page)
        shot(wizard, f"import_report_{suffix}.png")
        wizard.close()

        wizard = ImportWizard(office, today=TODAY)  # the run page, caught while writing
        wizard.show()
        wizard.file_page.load(str(big), new_file=True)
        until(wizard.file_page.isComplete)
        wizard.next()
        wizard.next()
        until(wizard.check_page.isComplete)
        wizard.next()
        until(lambda: wizard.run_page.bar.maximum() > 1 and wizard.run_page.bar.value() > 400)
        shot(wizard, f"import_run_{suffix}.png")
        wizard.run_page.cancel()
        until(lambda: wizard.currentPage() is wizard.report_page)
        shot(wizard, f"import_cancelled_{suffix}.png")
        wizard.close()

        wizard = ImportWizard(office, today=TODAY, police=True)
        wizard.show()
        wizard.file_page.load(str(police), new_file=True)
        until(wizard.file_page.isComplete)
        shot(wizard, f"import_police_file_{suffix}.png")
        wizard.next()
        wizard.next()
        until(wizard.check_page.isComplete)
        shot(wizard, f"import_police_check_{suffix}.png")
        wizard.next()
        until(lambda: wizard.currentPage() is wizard.report_page)
        shot(wizard, f"import_police_report_{suffix}.png")
        wizard.close()
        drafts = DraftsDialog(office, today=TODAY)
        shot(drafts, f"police_drafts_{suffix}.png")
        form = draft_form(office, drafts.drafts[2], drafts, today=TODAY)
        form.save()  # the wrong ID number, shown at its field
        shot(form, f"police_draft_form_{suffix}.png")
        form.close()
        drafts.close()
        office.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
