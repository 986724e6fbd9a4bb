"""Accounts through the services on real SQLite files: log-in, the lock-out after five wrong
passwords (still there after the program is closed and opened again), passwords changed by
their owner and reset by an administrator, deactivation, and the log-in policy."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.domain import permissions as p
from desktop.services import accounts
from desktop.services.accounts import LoginRefused, NewUser
from desktop.services.errors import PermissionDenied, ValidationFailed
from desktop.services.office import open_office

T0 = datetime(2026, 11, 23, 8, 0)


def codes(exc):
    return [e.code for e in exc.value.errors]


@pytest.fixture
def clerk_id(office):
    return accounts.add_user(office, NewUser("clerk1", "赵内勤", frozenset({p.CLERK}),
                                             "clerkpass"))


def test_a_new_office_opens_as_its_one_account_without_log_in(office):
    assert not accounts.login_required(office.reader)
    assert office.username == "officer1"
    assert accounts.idle_lock_minutes(office.reader) == accounts.DEFAULT_IDLE_MINUTES


def test_a_second_account_switches_log_in_on_and_logs_in_with_its_roles(office, clerk_id):
    assert accounts.login_required(office.reader)
    clerk = accounts.log_in(office, "clerk1", "clerkpass", now=T0)
    assert (clerk.user_id, clerk.display_name, clerk.roles) == (clerk_id, "赵内勤",
                                                                 frozenset({p.CLERK}))
    assert clerk.may(p.REGISTER_REQUEST) and not clerk.may(p.MANAGE_USERS)
    with pytest.raises(PermissionDenied):
        accounts.add_user(clerk, NewUser("x2", "某", frozenset({p.ADMIN}), "secret99"))
    # the password hash stays out of the outbox and the audit log
    outbox = office.reader.execute("SELECT payload FROM outbox WHERE table_name = 'users' "
                                   "ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert "clerkpass" not in outbox and "scrypt" not in outbox
    with pytest.raises(ValidationFailed) as exc:
        accounts.set_login_required(office, False)
    assert codes(exc) == ["login.several_users"]


def test_log_ins_and_refusals_are_in_the_audit_chain(office, clerk_id):
    """Who sat down at the keyboard, and who tried to: each log-in and each refusal is one
    entry of the chain, in the name of the user who logged in."""
    from desktop.store.audit import verify_chain

    def entries():
        return office.reader.execute(
            "SELECT action, user_name, row_id, detail FROM audit_log "
            "WHERE action IN ('login', 'login_failed') ORDER BY id").fetchall()

    accounts.log_in(office, "clerk1", "clerkpass", now=T0)
    with pytest.raises(LoginRefused):
        accounts.log_in(office, "clerk1", "wrong one", now=T0)
    with pytest.raises(LoginRefused):
        accounts.log_in(office, "nobody", "whatever", now=T0)
    (a1, u1, r1, d1), (a2, _u2, r2, d2), (a3, _u3, r3, d3) = entries()
    assert (a1, u1, r1) == ("login", "clerk1", clerk_id) and "clerk1" in d1
    assert (a2, r2) == ("login_failed", clerk_id) and '"failures": 1' in d2
    assert (a3, r3) == ("login_failed", "") and "nobody" in d3
    assert "clerkpass" not in d1 + d2 + d3 and "wrong one" not in d2
    count, faults = verify_chain(office.reader)
    assert not faults and count > 3


def test_user_input_is_checked(office, clerk_id):
    with pytest.raises(ValidationFailed) as exc:
        accounts.add_user(office, NewUser("a b", " ", frozenset(), "123"))
    assert codes(exc) == ["username.format", "required", "roles.none", "password.short"]
    with pytest.raises(ValidationFailed) as exc:
        accounts.add_user(office, NewUser("clerk1", "另一个", frozenset({p.CLERK}), "secret99"))
    assert codes(exc) == ["username.taken"]
    # Chinese user names are fine
    accounts.add_user(office, NewUser("王检察官", "王检察官", frozenset({p.OFFICER}), "secret99"))
    assert accounts.log_in(office, "王检察官", "secret99", now=T0).username == "王检察官"


def test_wrong_passwords_lock_the_account_and_the_lock_survives_a_restart(office, clerk_id):
    for left in (4, 3, 2, 1):
        with pytest.raises(LoginRefused) as exc:
            accounts.log_in(office, "clerk1", "wrong", now=T0)
        assert (exc.value.code, exc.value.attempts_left) == ("wrong", left)
    with pytest.raises(LoginRefused) as exc:
        accounts.log_in(office, "clerk1", "wrong", now=T0 + timedelta(minutes=1))
    assert exc.value.code == "locked" and exc.value.minutes_left == 15
    path = office.db.path
    office.close()
    again = open_office(path)
    try:
        # locked even with the right password, and it says for how long
        with pytest.raises(LoginRefused) as exc:
            accounts.log_in(again, "clerk1", "clerkpass", now=T0 + timedelta(minutes=10))
        assert exc.value.code == "locked" and exc.value.minutes_left == 6
        [row] = [u for u in accounts.list_users(again.reader, again.unit_code)
                 if u.id == clerk_id]
        assert row.locked_until == T0 + timedelta(minutes=16)
        # other accounts are not locked
        assert accounts.log_in(again, "officer1", "secret1", now=T0).username == "officer1"
        # after the lock, the right password works and the count starts afresh
        clerk = accounts.log_in(again, "clerk1", "clerkpass", now=T0 + timedelta(minutes=17))
        assert clerk.user_id == clerk_id
        with pytest.raises(LoginRefused) as exc:
            accounts.log_in(again, "clerk1", "wrong", now=T0 + timedelta(minutes=18))
        assert exc.value.attempts_left == 4
    finally:
        again.close()


def test_unknown_and_inactive_accounts_are_refused_alike(office, clerk_id):
    with pytest.raises(LoginRefused) as exc:
        accounts.log_in(office, "nobody", "whatever", now=T0)
    assert exc.value.code == "wrong"
    accounts.set_active(office, clerk_id, False)
    with pytest.raises(LoginRefused) as exc:
        accounts.log_in(office, "clerk1", "clerkpass", now=T0)
    assert exc.value.code == "wrong"
    accounts.set_active(office, clerk_id, True)
    assert accounts.log_in(office, "clerk1", "clerkpass", now=T0).user_id == clerk_id


def test_own_password_change_and_admin_reset(office, clerk_id):
    clerk = accounts.log_in(office, "clerk1", "clerkpass", now=T0)
    with pytest.raises(ValidationFailed) as exc:
        accounts.change_own_password(clerk, "not-it", "newclerkpass")
    assert codes(exc) == ["password.wrong"]
    with pytest.raises(ValidationFailed) as exc:
        accounts.change_own_password(clerk, "clerkpass", "short")
    assert codes(exc) == ["password.short"]
    accounts.change_own_password(clerk, "clerkpass", "newclerkpass")
    with pytest.raises(LoginRefused):
        accounts.log_in(office, "clerk1", "clerkpass", now=T0)
    assert accounts.log_in(office, "clerk1", "newclerkpass", now=T0).user_id == clerk_id
    # a forgotten password, even on a locked account: the administrator resets it
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(LoginRefused):
            accounts.log_in(office, "clerk1", "guess", now=T0)
    with pytest.raises(PermissionDenied):
        accounts.reset_password(clerk, clerk_id, "resetpass1")
    accounts.reset_password(office, clerk_id, "resetpass1")
    assert accounts.log_in(office, "clerk1", "resetpass1", now=T0).user_id == clerk_id
    audit = office.reader.execute(
        "SELECT user_name, detail FROM audit_log WHERE table_name = 'users' "
        "AND action = 'update' ORDER BY id DESC LIMIT 1").fetchone()
    assert audit[0] == "officer1" and "resetpass1" not in audit[1]


def test_the_office_keeps_an_administrator_and_nobody_deactivates_themselves(office, clerk_id):
    with pytest.raises(ValidationFailed) as exc:
        accounts.set_active(office, office.user_id, False)
    assert codes(exc) == ["user.self"]
    with pytest.raises(ValidationFailed) as exc:
        accounts.set_roles(office, office.user_id, {p.OFFICER})
    assert codes(exc) == ["roles.last_admin"]
    accounts.set_roles(office, clerk_id, {p.CLERK, p.ADMIN})
    accounts.set_roles(office, office.user_id, {p.OFFICER, p.APPROVER})
    admin = accounts.log_in(office, "clerk1", "clerkpass", now=T0)
    accounts.set_active(admin, office.user_id, False)
    assert [u.active for u in accounts.list_users(office.reader, office.unit_code)] == \
        [True, False]


def test_log_in_and_idle_time_settings(office):
    accounts.set_login_required(office, True)
    assert accounts.login_required(office.reader)
    accounts.set_login_required(office, False)  # one account: back to the simple set-up
    assert not accounts.login_required(office.reader)
    accounts.set_idle_lock_minutes(office, 5)
    assert accounts.idle_lock_minutes(office.reader) == 5
    with pytest.raises(ValidationFailed) as exc:
        accounts.set_idle_lock_minutes(office, 10_000)
    assert codes(exc) == ["idle.range"]


def test_log_in_is_asked_from_set_up_when_chosen(tmp_path, office_setup):
    from dataclasses import replace

    from desktop.services.setup import create_office

    several = create_office(tmp_path / "several.sqlite3", replace(office_setup,
                                                                 login_required=True))
    try:
        assert accounts.login_required(several.reader)
    finally:
        several.close()


def test_an_upper_office_account_gets_the_upper_roles(tmp_path, office_setup):
    from dataclasses import replace

    from desktop.services.setup import create_office

    upper = create_office(tmp_path / "upper.sqlite3", replace(office_setup, level="upper"))
    try:
        assert {p.UPPER_OFFICER, p.UPPER_LEADER, p.ADMIN} <= upper.roles
    finally:
        upper.close()


def test_an_upper_office_from_before_accounts_gets_the_upper_roles_on_upgrade(tmp_path,
                                                                            office_setup):
    """Migration 0012 on a file as revision 0011 left it: the first account of an upper
    office had the grassroots roles only, and there was no table of failed log-ins."""
    import sqlite3
    from dataclasses import replace

    from desktop.services.setup import create_office

    path = tmp_path / "upper.sqlite3"
    create_office(path, replace(office_setup, level="upper")).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE users SET roles = 'officer,approver,admin'")
        conn.execute("DROP TABLE account_locks")
        # and the tables of later revisions (0013: the register import's)
        conn.execute("DROP TABLE registration_drafts")
        conn.execute("DROP TABLE import_mappings")
        conn.execute("DELETE FROM app_meta WHERE key = 'login_required'")
        conn.execute("UPDATE alembic_version SET version_num = '0011'")
    conn.close()
    upper = open_office(path)
    try:
        assert upper.upgrade_backup is not None
        assert upper.roles == frozenset({p.OFFICER, p.APPROVER, p.ADMIN, p.UPPER_OFFICER,
                                         p.UPPER_LEADER})
        assert not accounts.login_required(upper.reader)  # still opens as its one account
        with pytest.raises(LoginRefused):
            accounts.log_in(upper, "officer1", "wrong", now=T0)
        assert upper.reader.execute("SELECT failures FROM account_locks").fetchone()[0] == 1
    finally:
        upper.close()
