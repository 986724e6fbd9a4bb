"""Role checks in the services: every write names its action, a user without a role that may
take it is refused before anything is written, and a user with one gets through.

The first test reads the code itself (AST), so a new service that opens a transaction without
naming its action, or that writes past `Office.transaction`, fails here."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.domain import permissions as p
from desktop.services.errors import PermissionDenied
from tests.conftest import TODAY, make_registration

SERVICES = Path(__file__).resolve().parents[2] / "desktop" / "services"


def _transaction_calls(attr: str = "transaction"):
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == attr:
                yield path.name, node


def test_every_transaction_in_the_services_names_a_known_action():
    calls = list(_transaction_calls())
    assert len(calls) > 70  # the walk found the services' writes
    named = set()
    for name, call in calls:
        where = f"{name}:{call.lineno}"
        assert len(call.args) == 1 and not call.keywords, where
        arg = call.args[0]
        assert isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name) \
            and arg.value.id == "permissions", f"{where}: name the action from permissions"
        action = getattr(p, arg.attr, None)
        assert action in p.ACTIONS or action in p.OPEN_ACTIONS, where
        named.add(action)
    # an action that writes nothing here (a restore replaces the whole file) is asked for
    # with office.require before the work starts
    for name, call in _transaction_calls("require"):
        arg = call.args[0]
        if isinstance(arg, ast.Attribute) and getattr(arg.value, "id", "") == "permissions":
            named.add(getattr(p, arg.attr, None))
    # every action of the table is used by some service (no dead rows)
    assert set(p.ACTIONS) <= named, set(p.ACTIONS) - named


def test_no_service_writes_past_the_checked_transaction():
    """Only the office (which checks) and the set-up of a new file (no user exists yet) open
    a session of their own."""
    opening = set()
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("session", "begin", "raw_connection"):
                opening.add(path.name)
    assert opening == {"office.py", "setup.py"}


def counts(office):
    return tuple(office.reader.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("outbox", "audit_log", "police_agencies", "users"))


_USERS = 0


def as_roles(office, roles):
    """The same office with a new account holding `roles` at the keyboard."""
    global _USERS
    from desktop.store.models import User

    _USERS += 1
    with office.transaction(p.MANAGE_USERS) as session:
        user = User(username=f"u{_USERS}", display_name=f"用户{_USERS}",
                    roles=p.format_roles(roles))
        session.add(user)
        session.flush()
        user_id = user.id
    return office.as_user(user_id, f"u{_USERS}", f"用户{_USERS}", frozenset(roles))


@pytest.mark.parametrize("action", p.ACTIONS)
def test_a_user_without_the_role_is_refused_and_nothing_changes(office, action):
    from desktop.store.models import PoliceAgency

    allowed = p.roles_for(action)
    others = frozenset(p.ALL_ROLES) - allowed
    for roles in ({r} for r in sorted(others)) if others else [frozenset()]:
        someone = as_roles(office, roles)
        before = counts(office)
        with pytest.raises(PermissionDenied) as exc:
            with someone.transaction(action) as session:
                session.add(PoliceAgency(name="不该写入的公安局"))
        assert exc.value.action == action
        assert counts(office) == before
    for role in sorted(allowed):
        someone = as_roles(office, {role})
        before = counts(office)
        with someone.transaction(action) as session:
            session.add(PoliceAgency(name=f"{role}可写入的公安局"))
        after = counts(office)
        assert after[2] == before[2] + 1 and after[0] > before[0] and after[1] > before[1]


def test_an_unknown_action_is_refused_even_to_every_role(office):
    everyone = office.as_user(office.user_id, office.username, office.display_name,
                              frozenset(p.ALL_ROLES))
    with pytest.raises(PermissionDenied):
        with everyone.transaction("registr_request"):
            pass


def test_the_single_account_office_holds_the_roles_it_needs(office):
    assert office.roles == frozenset({p.OFFICER, p.APPROVER, p.CLERK, p.ADMIN})
    for action in p.ACTIONS:
        expected = action not in (p.UPPER_INSTRUCTIONS, p.UPPER_REVIEW)
        assert office.may(action) is expected, action


# -- real use cases refused at the service layer ---------------------------------------------
def _register(office):
    from desktop.services.arrest_register import register_request

    return register_request(office, make_registration(office), today=TODAY)


def _approve(office):
    from desktop.services import review_decisions as dec

    return dec.approve_decision(office, "no-such-review", today=TODAY)


def _department(office):
    from desktop.services.documents import set_department_code

    set_department_code(office, "approve_arrest", "刑")


def _single(office):
    from desktop.services.review_decisions import set_single_officer

    set_single_officer(office, True)


def _upper_url(office):
    from desktop.services.sync_registry import set_upper_url

    set_upper_url(office, "https://upper.example/zhenjian")


def _add_user(office):
    from desktop.services import accounts

    accounts.add_user(office, accounts.NewUser("clerk9", "赵内勤", frozenset({p.CLERK}),
                                               "secret99"))


def _custody(office):
    from desktop.services.custody_settings import read_settings, save_settings

    save_settings(office, read_settings(office.reader))


def _direct_decision(office):
    from desktop.services.review_followup import record_direct_decision

    record_direct_decision(office, "no-such-demand", decided_on=TODAY, today=TODAY)


USE_CASES = [  # (use case, roles that must be refused)
    (_register, {p.APPROVER, p.CHIEF, p.ADMIN}),
    (_approve, {p.OFFICER, p.CLERK, p.ADMIN}),
    (_direct_decision, {p.OFFICER, p.CLERK}),
    (_department, {p.OFFICER, p.CLERK, p.APPROVER, p.CHIEF}),
    (_single, {p.OFFICER, p.APPROVER}),
    (_custody, {p.OFFICER, p.CHIEF}),
    (_upper_url, {p.OFFICER, p.CLERK}),
    (_add_user, {p.OFFICER, p.APPROVER, p.CHIEF, p.CLERK}),
]


@pytest.mark.parametrize("use_case,refused", USE_CASES, ids=[u.__name__ for u, _ in USE_CASES])
def test_use_cases_refuse_users_without_the_role(office, use_case, refused):
    for role in sorted(refused):
        someone = as_roles(office, {role})
        before = counts(office)
        with pytest.raises(PermissionDenied):
            use_case(someone)
        assert counts(office) == before


def test_a_clerk_registers_a_request_in_their_own_name(office):
    clerk = as_roles(office, {p.CLERK})
    request_id = _register(clerk)
    assert office.reader.execute("SELECT count(*) FROM arrest_requests WHERE id = ?",
                                 (request_id,)).fetchone()[0] == 1
    audit = office.reader.execute("SELECT user_name FROM audit_log WHERE table_name = "
                                  "'arrest_requests' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert audit == clerk.username
