"""Screenshots of the document issue dialog (with its preview) and the document register.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.document_screenshots

Uses the GUI tests' sample office (the demo data changes often), issues a few documents
through the services, and saves docs/screenshots/document_issue_{zh,en}.png and
document_register_{zh,en}.png.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-docshots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services import documents as D
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.document_issue_dialog import DocumentIssueDialog
    from desktop.ui.main_window import PAGE_DOCUMENTS, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons
    from tests.ui.sample_data import TODAY, create_sample_office

    app = make_application()
    protect_singletons()
    path = work / "sample.sqlite3"
    office = create_sample_office(path)
    reviews = office.reader.execute(
        "SELECT r.id, p.name FROM arrest_reviews r JOIN persons p ON p.id = r.person_id "
        "ORDER BY p.name").fetchall()
    kinds = (("approve_arrest", {"approver": "李检察长"}),
             ("refuse_arrest", {"refusal_ground": "insufficient_evidence"}),
             ("supplementary_outline", {"outline_items": "一、调取案发现场监控录像。"}),
             ("approve_arrest", {"approver": "李检察长"}))
    first = None
    for (review_id, _name), (kind, extra) in zip(reviews, kinds):
        draft = D.preview(office, kind, D.Subject("arrest_reviews", review_id), today=TODAY,
                          extra=extra)
        info = D.issue(office, draft, today=TODAY)
        first = first or info
    D.void(office, first.id, "送达单位填写错误")
    office.close()

    def settle(seconds=0.3):
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.02)

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(path)
        window = MainWindow(opened, clock=lambda: TODAY)
        window.resize(1280, 760)
        window.show()
        window.show_page(PAGE_DOCUMENTS)
        settle()
        target = out / f"document_register_{suffix}.png"
        window.grab().save(str(target))
        print(target)
        dialog = DocumentIssueDialog(opened.office, "approve_arrest",
                                     D.Subject("arrest_reviews", reviews[1][0]), window,
                                     today=TODAY, extra={"approver": "李检察长"})
        dialog.resize(1300, 820)
        dialog.show()
        while dialog.preview.page_count() == 0:
            settle(0.05)
        print(f"first preview after {dialog.first_preview_seconds:.3f} s")
        dialog.preview.view.pageNavigator().jump(2, dialog.preview.view.pageNavigator()
                                                 .currentLocation())
        settle(0.5)
        target = out / f"document_issue_{suffix}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.close()
        window.close()
        opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
