"""Screenshots of the upper office's records for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.upper_screenshots OUT

Builds two offices in a temporary folder (a unit with a 复核 request that reached its upper
office), then saves, in Chinese and in English: the upper office's request detail with its
box, the 复核 decision dialog (with an error shown), the comment/directive dialog, the
settings group that publishes a holiday schedule, and at the unit the request detail with
the 督办 that came down and the dashboard listing it.
"""
from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    import os

    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-upper-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ.setdefault("ZHENJIAN_DATA_DIR", str(work / "data"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.services import upper_records as up
    from desktop.ui import i18n
    from desktop.ui.app import load_holiday_calendar, make_application
    from desktop.ui.context import AppContext
    from desktop.ui.dashboard import DashboardPage
    from desktop.ui.pyside_workarounds import protect_singletons
    from desktop.ui.request_detail import RequestDetailDialog
    from desktop.ui.settings_page import SettingsPage
    from tests.sync import down_world as world

    app = make_application()
    protect_singletons()
    load_holiday_calendar()
    fixture = world.down_world.__wrapped__(work)
    upper, (a, _b), chief = next(fixture)
    request_id, _review_id, _up_id = world.upper_review_request(a)
    world.exchange(a, upper)
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_id,
                         kind="comment", text="注意审查取保候审是否足以防止社会危险性。",
                         today=world.DECIDED)
    up.issue_instruction(upper.office, subject_table="arrest_requests", subject_id=request_id,
                         kind="directive", text="请于十月二十五日前报告复核决定的执行情况。",
                         due_date=date(2026, 10, 25), today=world.DECIDED)
    up.publish_calendar_update(upper.office, 2027, (ROOT / "tests" / "fixtures" / "upper"
                               / "holidays-2027.json").read_text(encoding="utf-8"),
                               today=world.DECIDED)
    world.exchange(a, upper)

    def settle():
        for _ in range(5):
            app.processEvents()

    def shot(widget, name):
        widget.show()
        settle()
        widget.grab().save(str(out / name))

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        upper_context = AppContext(upper.office, clock=lambda: world.DECIDED)
        detail = RequestDetailDialog(upper_context, request_id)
        detail.resize(1000, 760)
        shot(detail, f"upper_request_detail_{suffix}.png")
        form = detail.upper_box.decide_review()
        form.set_value("outcome", "upheld")
        form.set_value("chief_approved_by", chief.user_id)
        form.submit()  # an upheld refusal without reasons: the error at its field
        shot(form, f"upper_review_decision_{suffix}.png")
        form.reject()
        form = detail.upper_box.instruct()
        form.set_value("text", "请报告释放后的监管措施。")
        shot(form, f"upper_instruction_{suffix}.png")
        form.reject()
        form = detail.upper_box.close_directive()
        shot(form, f"upper_close_directive_{suffix}.png")
        form.reject()
        detail.close()
        settings = SettingsPage(upper_context)
        settings.resize(900, 900)
        shot(settings.calendar_box, f"upper_calendar_box_{suffix}.png")
        settings.close()

        unit_context = AppContext(a.office, clock=lambda: date(2026, 10, 23))
        detail = RequestDetailDialog(unit_context, request_id)
        detail.resize(1000, 760)
        shot(detail, f"unit_request_detail_upper_{suffix}.png")
        detail.close()
        page = DashboardPage(unit_context)
        page.resize(1100, 500)
        page.refresh()
        shot(page, f"unit_dashboard_directive_{suffix}.png")
        page.close()
    try:
        next(fixture)
    except StopIteration:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
