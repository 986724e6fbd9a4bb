"""Screenshots of accounts and access for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.accounts_screenshots OUT

Builds an office with a second account (so it asks for a log-in) in a temporary folder, then
saves, in Chinese and in English: the log-in dialog after a wrong password, the lock screen,
the user administration with its accounts, the new-account dialog and the settings box.
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
    work = Path(tempfile.mkdtemp(prefix="zhenjian-accounts-shots-"))
    os.environ.setdefault("ZHENJIAN_CONFIG_DIR", str(work / "config"))
    os.environ.setdefault("ZHENJIAN_DATA_DIR", str(work / "data"))
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    from desktop.domain import permissions as p
    from desktop.services import accounts
    from desktop.ui import i18n
    from desktop.ui.app import make_application
    from desktop.ui.context import AppContext
    from desktop.ui.lock_screen import LockScreen
    from desktop.ui.login_dialog import LoginDialog
    from desktop.ui.pyside_workarounds import protect_singletons
    from desktop.ui.users_box import AccountsBox
    from desktop.ui.users_dialog import AddUserDialog, UsersDialog
    from tests.ui.sample_data import create_sample_office

    app = make_application()
    protect_singletons()
    office = create_sample_office(work / "office.sqlite3")
    accounts.add_user(office, accounts.NewUser("clerk1", "赵敏", frozenset({p.CLERK}),
                                               "clerkpass"))
    accounts.add_user(office, accounts.NewUser("chief1", "李建国",
                                               frozenset({p.APPROVER, p.CHIEF}), "chiefpass"))
    for _ in range(accounts.MAX_FAILURES):  # a locked-out account in the list
        try:
            accounts.log_in(office, "chief1", "wrong")
        except accounts.LoginRefused:
            pass

    def settle():
        for _ in range(5):
            app.processEvents()

    def shoot(widget, name):
        widget.show()
        settle()
        widget.grab().save(str(out / name))
        widget.hide()

    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        login = LoginDialog(office)
        login.username.setText("clerk1")
        login.password.setText("wrong")
        login.try_log_in()
        shoot(login, f"login_{suffix}.png")

        screen = LockScreen(office)
        screen.resize(1000, 640)
        screen.password.setText("x")
        screen.try_unlock()
        shoot(screen, f"lock_screen_{suffix}.png")

        users = UsersDialog(office)
        users.select_user(office.user_id)
        shoot(users, f"users_{suffix}.png")

        add = AddUserDialog(office)
        add.display_name.setText("王磊")
        add.username.setText("wanglei")
        add.password.setText("secret99")
        add.repeat.setText("secret98")
        add.buttons.accepted.emit()  # shows the mismatch
        shoot(add, f"add_user_{suffix}.png")

        box = AccountsBox(AppContext(office))
        box.resize(760, box.sizeHint().height())
        shoot(box, f"accounts_box_{suffix}.png")
    office.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
