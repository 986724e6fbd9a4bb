"""承办人变更 in the request detail view: the button follows the permission, the dialog offers
the other own officers only, refuses an empty reason in words and writes the change."""
from __future__ import annotations

import pytest

from desktop.domain import permissions as p
from desktop.services.arrest_register import register_request
from desktop.services.office import open_office
from tests.conftest import TODAY, make_registration


@pytest.fixture
def world(office):
    from desktop.store.models import User

    with office.transaction(p.MANAGE_USERS) as session:
        session.add(User(username="li", display_name="李华", roles="officer"))
        session.add(User(username="zhao", display_name="赵内勤", roles="clerk"))
    other = open_office(office.db.path, username="li")
    request_id = register_request(office, make_registration(office), today=TODAY)
    yield office, other, request_id
    other.close()


def test_the_dialog_reassigns_and_the_detail_shows_the_new_officer(world, qtbot, english):
    from desktop.ui.context import AppContext
    from desktop.ui.officer_change_dialog import OfficerChangeDialog
    from desktop.ui.request_detail import RequestDetailDialog

    office, other, request_id = world
    context = AppContext(office, clock=lambda: TODAY)
    detail = RequestDetailDialog(context, request_id)
    qtbot.addWidget(detail)
    assert detail.reassign_button.isEnabled()
    assert detail.reassign_button.text() == "Change handling officer…"
    assert "张明" in detail.case_text()
    dialog = OfficerChangeDialog(context, request_id, office.user_id, detail)
    qtbot.addWidget(dialog)
    # the current officer and a clerk are not offered
    assert [dialog.officer.itemText(i) for i in range(dialog.officer.count())] == ["李华"]
    dialog.save()
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "Give the reason for the change"
    assert dialog.result() == 0
    dialog.reason.setPlainText("原承办人休假")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "李华" in detail.case_text()
    assert detail.audit.entry_count() >= 2


def test_the_button_is_disabled_for_an_officer(world, qtbot, english):
    from desktop.ui.context import AppContext
    from desktop.ui.request_detail import RequestDetailDialog

    office, other, request_id = world
    detail = RequestDetailDialog(AppContext(other, clock=lambda: TODAY), request_id)
    qtbot.addWidget(detail)
    assert not detail.reassign_button.isEnabled()
