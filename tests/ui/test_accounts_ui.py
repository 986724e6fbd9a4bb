"""Log-in, lock-out, the idle lock and user administration through the real widgets
(pytest-qt, offscreen), on a copy of the sample database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop.domain import permissions as p
from desktop.services import accounts
from desktop.services.office import open_office
from tests.ui.sample_data import TODAY


def add_clerk(path, password="clerkpass"):
    """A second account: the office now asks for a log-in."""
    office = open_office(path)
    try:
        accounts.add_user(office, accounts.NewUser("clerk1", "赵内勤",
                                                   frozenset({p.CLERK}), password))
    finally:
        office.close()


def type_into_modal(qtbot, steps, name="loginDialog"):
    """Answer the next modal dialog: `steps(dialog)` once it is on screen."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != name:
            QTimer.singleShot(20, answer)
            return
        steps(dialog)
    QTimer.singleShot(0, answer)


def log_in_with(qtbot, username, password):
    def steps(dialog):
        dialog.findChild(QLineEdit, "loginUsername").setText(username)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "loginPassword"), password)
        qtbot.keyClick(dialog.findChild(QLineEdit, "loginPassword"), Qt.Key.Key_Return)
    return steps


def test_an_office_of_one_starts_without_a_log_in(sample_db, qapp, monkeypatch):
    from desktop.ui import login_dialog
    from desktop.ui.opening import open_database

    monkeypatch.setattr(login_dialog.LoginDialog, "exec",
                        lambda self: pytest.fail("no log-in expected for an office of one"))
    opened = open_database(sample_db)
    try:
        assert opened.office.username == "officer1"
        assert opened.office.roles == frozenset({p.OFFICER, p.APPROVER, p.CLERK, p.ADMIN})
    finally:
        opened.close()


def test_start_asks_who_is_at_the_keyboard(sample_db, qtbot, english):
    from desktop.ui.opening import open_database

    add_clerk(sample_db)
    type_into_modal(qtbot, log_in_with(qtbot, "clerk1", "clerkpass"))
    opened = open_database(sample_db)
    try:
        assert (opened.office.username, opened.office.display_name) == ("clerk1", "赵内勤")
        assert opened.office.roles == frozenset({p.CLERK})
    finally:
        opened.close()


def test_giving_up_the_log_in_opens_nothing(sample_db, qtbot, english):
    from desktop.ui.opening import open_database

    add_clerk(sample_db)
    type_into_modal(qtbot, lambda dialog: dialog.reject())
    assert open_database(sample_db) is None
    # the database is free again for the next try
    type_into_modal(qtbot, log_in_with(qtbot, "officer1", "secret1"))
    opened = open_database(sample_db)
    assert opened is not None and opened.office.username == "officer1"
    opened.close()


def test_wrong_passwords_lock_the_account_also_after_a_restart(sample_db, qtbot, english):
    from desktop.ui.login_dialog import LoginDialog

    add_clerk(sample_db)
    office = open_office(sample_db)
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "clerk1")
    for left in (4, 3, 2, 1):
        qtbot.keyClicks(dialog.password, "guess")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.message.isVisible()
        assert f"{left} attempt" in dialog.message.text()
        assert dialog.password.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.password, "guess")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked" in dialog.message.text() and "15 minutes" in dialog.message.text()
    dialog.close()
    office.close()

    again = open_office(sample_db)  # the program started again
    dialog = LoginDialog(again)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "clerk1")
    qtbot.keyClicks(dialog.password, "clerkpass")  # the right password, still locked
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "locked" in dialog.message.text() and dialog.office is None
    dialog.username.setText("officer1")  # another account is not locked
    qtbot.keyClicks(dialog.password, "secret1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.office.username == "officer1"
    again.close()


def test_the_log_in_dialog_speaks_chinese(sample_db, qtbot, chinese):
    from desktop.ui.login_dialog import LoginDialog

    add_clerk(sample_db)
    office = open_office(sample_db)
    dialog = LoginDialog(office)
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk1")
    dialog.password.setText("guess")
    dialog.try_log_in()
    assert "密码" in dialog.message.text() and "4" in dialog.message.text()
    assert "登录" in dialog.windowTitle()
    office.close()


@pytest.fixture
def locked_window(sample_db, qtbot, english):
    """The main window of an office with log-in, as officer1, with a short idle time."""
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import open_database

    add_clerk(sample_db)
    type_into_modal(qtbot, log_in_with(qtbot, "officer1", "secret1"))
    opened = open_database(sample_db)
    window = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.window_lock.screen is not None:
        window.window_lock.screen.close()
    for dialog in window.open_dialogs():
        dialog.close()
    window.close()
    opened.close()


def test_the_window_locks_when_idle_and_unlocking_keeps_open_work(locked_window, qtbot):
    from desktop.ui.lock_screen import Cover
    from desktop.ui.users_dialog import PasswordDialog

    window = locked_window
    lock = window.window_lock
    assert lock.available() and lock.interval_ms == accounts.DEFAULT_IDLE_MINUTES * 60_000
    work = PasswordDialog(window.context.office, None, window)  # a dialog with typing in it
    qtbot.addWidget(work)
    work.show()
    qtbot.keyClicks(work.new, "half-typed")
    lock.configure(interval_ms=300)
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    screen = lock.screen
    assert screen.isVisible() and screen.isModal()
    assert "张明" in screen.explanation.text()
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    covers = [c for w in (window, work) for c in w.findChildren(Cover, "lockCover", direct)]
    assert len(covers) == 2 and all(c.isVisible() for c in covers)
    assert covers[0].geometry() == window.rect()
    # a wrong password is refused and counted
    qtbot.keyClicks(screen.password, "wrong")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert lock.locked and "4 attempt" in screen.message.text()
    qtbot.keyClicks(screen.password, "secret1")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert not lock.locked
    qtbot.waitUntil(lambda: not window.findChildren(Cover) and not work.findChildren(Cover))
    assert work.isVisible() and work.new.text() == "half-typed"
    assert window.context.office.username == "officer1"
    # the watch goes on: idle again, locked again
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    qtbot.keyClicks(lock.screen.password, "secret1")
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert not lock.locked
    work.close()


def test_input_keeps_the_window_unlocked(locked_window, qtbot):
    window = locked_window
    lock = window.window_lock
    lock.configure(interval_ms=400)
    for n in range(12):  # 1.2 s of moving the mouse: longer than the idle time
        qtbot.mouseMove(window.sidebar, QPoint(10 + n, 10 + n))
        qtbot.wait(100)
        assert not lock.locked
    qtbot.waitUntil(lambda: lock.locked, timeout=3000)


def test_ctrl_l_locks(locked_window, qtbot):
    window = locked_window
    assert window.actions.lock.isEnabled()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.window_lock.locked


def test_an_office_of_one_never_locks(main_window):
    """No password to come back with: the single-account sample never locks."""
    assert not main_window.actions.lock.isEnabled()
    assert main_window.window_lock.interval_ms == 0
    main_window.window_lock.lock()
    assert not main_window.window_lock.locked


def test_an_administrator_manages_the_accounts(main_window, qtbot):
    from desktop.ui.users_dialog import AddUserDialog, PasswordDialog, UsersDialog

    box = main_window.settings_page.accounts_box
    assert box.users_button.isVisibleTo(box)
    office = main_window.context.office
    dialog = UsersDialog(office, main_window)
    qtbot.addWidget(dialog)
    assert [u.username for u in dialog.users] == ["officer1"]

    add = AddUserDialog(office, dialog)
    qtbot.addWidget(add)
    add.display_name.setText("赵内勤")  # keyClicks types ASCII only
    qtbot.keyClicks(add.username, "clerk1")
    add.roles.boxes[p.OFFICER].setChecked(False)
    add.roles.boxes[p.CLERK].setChecked(True)
    qtbot.keyClicks(add.password, "clerkpass")
    qtbot.keyClicks(add.repeat, "clerkpas")
    add.buttons.accepted.emit()
    assert add.errors.isVisibleTo(add) and "differ" in add.errors.text()
    qtbot.keyClicks(add.repeat, "s")
    add.buttons.accepted.emit()
    assert add.result() == QDialog.DialogCode.Accepted
    dialog.refresh()
    dialog.select_user(add.user_id)
    assert dialog.selected().username == "clerk1"
    assert dialog.table.item(dialog.table.currentRow(), 2).text() == "Clerk (内勤)"
    assert accounts.login_required(office.reader)  # two accounts: log-in on

    reset = PasswordDialog(office, dialog.selected(), dialog)
    qtbot.addWidget(reset)
    qtbot.keyClicks(reset.new, "newpass1")
    qtbot.keyClicks(reset.repeat, "newpass1")
    reset.buttons.accepted.emit()
    assert accounts.log_in(office, "clerk1", "newpass1").username == "clerk1"

    dialog.toggle_active()  # deactivate the clerk
    assert dialog.selected().active is False
    assert dialog.table.item(dialog.table.currentRow(), 3).text() == "Deactivated"
    with pytest.raises(accounts.LoginRefused):
        accounts.log_in(office, "clerk1", "newpass1")


def test_a_clerk_sees_no_user_administration_and_changes_their_password(sample_db, qtbot,
                                                                        english):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.users_dialog import PasswordDialog

    add_clerk(sample_db)
    type_into_modal(qtbot, log_in_with(qtbot, "clerk1", "clerkpass"))
    opened = open_database(sample_db)
    window = MainWindow(opened, clock=lambda: TODAY)
    qtbot.addWidget(window)
    box = window.settings_page.accounts_box
    assert not box.users_button.isVisibleTo(box) and not box.login_check.isEnabled()
    assert box.roles_label.text() == "Clerk (内勤)"
    change = PasswordDialog(window.context.office, None, window)
    qtbot.addWidget(change)
    qtbot.keyClicks(change.old, "wrong")
    qtbot.keyClicks(change.new, "clerkpass2")
    qtbot.keyClicks(change.repeat, "clerkpass2")
    change.buttons.accepted.emit()
    assert "not right" in change.errors.text()
    change.old.setText("clerkpass")
    change.buttons.accepted.emit()
    assert change.result() == QDialog.DialogCode.Accepted
    assert accounts.log_in(opened.office, "clerk1", "clerkpass2").username == "clerk1"
    window.close()
    opened.close()


def test_a_refused_action_is_worded_for_the_user(chinese):
    from desktop.services.errors import PermissionDenied
    from desktop.ui.users_labels import denied_text

    text = denied_text(PermissionDenied(p.MANAGE_USERS, "clerk1"))
    assert text.startswith("您的账户无权") and "用户账户" in text


def test_change_notices_do_not_count_as_input(locked_window, qtbot):
    """The background sync sends a change notice now and then; the window still locks."""
    window = locked_window
    lock = window.window_lock
    lock.configure(interval_ms=500)
    notices = QTimer()
    notices.timeout.connect(window.context.notify_changed)
    notices.start(100)
    try:
        qtbot.waitUntil(lambda: lock.locked, timeout=3000)
    finally:
        notices.stop()


def test_the_wizard_sets_up_an_office_that_asks_for_a_log_in(tmp_path, qtbot, english,
                                                             memory_keyring):
    from PySide6.QtWidgets import QWizard

    from tests.ui.test_setup_wizard import fill, finish, make_wizard

    maker = make_wizard(tmp_path, qtbot)
    wizard = next(maker)
    fill(wizard)
    wizard.officer_page.username.edit.setText("zhang ming")
    finish(wizard)
    assert wizard.office is None  # a user name with a blank is refused at its field
    assert "no spaces" in wizard.officer_page.username.message.text()
    wizard.officer_page.username.edit.setText("zhangming")
    wizard.officer_page.login_required.setChecked(True)
    finish(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    office = wizard.office
    assert office.username == "zhangming" and accounts.login_required(office.reader)
    assert accounts.log_in(office, "zhangming", "secret1").display_name == "张明"
    next(maker, None)


def test_someone_else_logs_in_from_the_lock_screen(locked_window, qtbot):
    from desktop.ui.users_dialog import PasswordDialog

    window = locked_window
    work = PasswordDialog(window.context.office, None, window)
    qtbot.addWidget(work)
    work.show()
    window.actions.lock.trigger()
    lock = window.window_lock
    assert lock.locked
    type_into_modal(qtbot, lambda dialog: dialog.reject())  # gives up: still locked
    lock.screen.switch_button.click()
    assert lock.locked and window.context.office.username == "officer1"
    type_into_modal(qtbot, log_in_with(qtbot, "clerk1", "clerkpass"))
    lock.screen.switch_button.click()
    assert not lock.locked
    office = window.context.office
    assert (office.username, office.roles) == ("clerk1", frozenset({p.CLERK}))
    assert window.opened.office is office
    assert not work.isVisible()  # the officer's open work is closed
    assert "赵内勤" in window.user_label.text()
    box = window.settings_page.accounts_box
    assert box.roles_label.text() == "Clerk (内勤)" and not box.users_button.isVisibleTo(box)
    # writes are now the clerk's, and refused where a clerk may not
    from desktop.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        accounts.set_idle_lock_minutes(office, 5)


def test_switch_user_from_the_menu(locked_window, qtbot):
    window = locked_window
    assert window.actions.switch_user.isEnabled()
    type_into_modal(qtbot, log_in_with(qtbot, "clerk1", "clerkpass"))
    window.actions.switch_user.trigger()
    assert window.context.office.username == "clerk1"
    # a clerk registers requests but does no custody review
    assert window.actions.new_request.isEnabled()
    assert not window.actions.new_custody_review.isEnabled()
