"""Screenshots of the review workspace for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.review_screenshots [OUT_DIR]

Builds the GUI tests' sample office, records an interrogation, a counsel opinion and a
social-danger finding on the juvenile suspect through the services, and saves the request's
workspace in Chinese and English (docs/screenshots/workspace_zh.png, workspace_en.png).
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def build(path: Path):
    from desktop.domain import review_rules as rules
    from desktop.services import arrest_review as svc
    from tests.ui.sample_data import TODAY, create_sample_office

    office = create_sample_office(path)
    request_id, review_id = office.reader.execute(
        "SELECT r.id, v.id FROM arrest_requests r JOIN arrest_reviews v ON v.request_id = r.id "
        "WHERE r.police_case_no = 'A3201012026110004'").fetchone()
    svc.add_interrogation(office, review_id, svc.InterrogationInput(
        "interrogation", date(2026, 11, 21), ["李明", "王芳"], "青山县看守所",
        adult_present="legal_representative", adult_name="赵大海"), today=TODAY)
    svc.add_counsel_opinion(office, review_id, svc.CounselInput(
        "孙律师", date(2026, 11, 22), "in_person",
        [rules.CounselArgument(rules.ArgumentKind.NO_SOCIAL_DANGER, "系在校学生，有固定住所")],
        "建议不予批准逮捕"), today=TODAY)
    svc.save_social_danger(office, review_id, svc.DangerInput(
        {"evidence_tampering": ("同案人在逃，可能串供", "同案人供述、通话记录")}))
    return office, request_id, review_id


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-review-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons
    from tests.ui.sample_data import TODAY

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    office, request_id, review_id = build(work / "office.sqlite3")
    office.close()
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(work / "office.sqlite3")
        window = MainWindow(opened, clock=lambda: TODAY)
        window.show()
        dialog = window.open_record("arrest_review", request_id)
        dialog.resize(1100, 860)
        dialog.show_review(review_id)
        for _ in range(10):
            app.processEvents()
        target = out / f"workspace_{suffix}.png"
        dialog.grab().save(str(target))
        print(target)
        dialog.workspace(review_id).verticalScrollBar().setValue(10_000)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(work / f"workspace_{suffix}_bottom.png"))
        print(work / f"workspace_{suffix}_bottom.png")
        dialog.tabs.setCurrentWidget(dialog.timeline)
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(work / f"timeline_{suffix}.png"))
        print(work / f"timeline_{suffix}.png")
        dialog.close()
        window.close()
        opened.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
