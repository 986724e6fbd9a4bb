"""The upper office's window on real files (two demo units imported from their packages):
consolidated lists with a unit column and a unit filter, the dashboard across units, and a
unit's record opened read-only. At a grassroots office none of it shows."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import arrest_queries, petition_queries
from desktop.services.arrest_queries import ListFilter
from desktop.services.petition_queries import PetitionFilter
from tests.conftest import TODAY
from tests.upper_office import UNITS, UPPER, _upper_world_files, upper_world  # noqa: F401

CODES = [code for code, _name, _seed in UNITS]
NAMES = dict((code, name) for code, name, _seed in UNITS)


@pytest.fixture
def upper_context(upper_world, qapp, english):
    from desktop.ui.context import AppContext

    office = upper_world.open_upper()
    context = AppContext(office, clock=lambda: TODAY)
    yield context
    office.close()


@pytest.fixture
def unit_context(upper_world, qapp, english):
    from desktop.ui.context import AppContext

    office = upper_world.open_unit(CODES[0])
    context = AppContext(office, clock=lambda: TODAY)
    yield context
    office.close()


def _choose_unit(unit_filter, code):
    unit_filter.combo.setCurrentIndex(unit_filter.combo.findData(code))


def _column_texts(model, column):
    return {model.index(row, column).data() for row in range(model.rowCount())}


def test_the_arrest_list_at_the_upper_office_has_a_unit_column_and_filter(upper_context,
                                                                        upper_world, qtbot):
    from desktop.ui.arrest_list import ArrestListPage
    from desktop.ui.models.arrest_table_model import COL_UNIT

    page = ArrestListPage(upper_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    combo = page.unit_filter.combo
    assert not page.unit_filter.isHidden()
    assert [combo.itemText(i) for i in range(combo.count())] == \
        ["All units", UPPER[1], *NAMES.values()]
    assert not page.view.isColumnHidden(COL_UNIT)
    assert page.view.horizontalHeader().visualIndex(COL_UNIT) == 0
    assert page.model.headerData(COL_UNIT, Qt.Orientation.Horizontal) == "Unit"

    own = {}
    for code in CODES:
        unit = upper_world.open_unit(code)
        try:
            own[code] = arrest_queries.count_requests(unit.reader, ListFilter(), today=TODAY)
        finally:
            unit.close()
    assert page.model.total == sum(own.values())
    assert _column_texts(page.model, COL_UNIT) == set(NAMES.values())
    assert page.count_label.text() == f"{sum(own.values())} requests"
    for code in CODES:
        _choose_unit(page.unit_filter, code)
        assert page.model.list_filter.unit_code == code
        assert page.model.total == own[code]
        assert _column_texts(page.model, COL_UNIT) == {NAMES[code]}
    _choose_unit(page.unit_filter, "")
    assert page.model.total == sum(own.values())


def test_the_officer_filter_offers_the_chosen_units_officers(upper_context, qtbot):
    from desktop.ui.arrest_list import ArrestListPage

    page = ArrestListPage(upper_context)
    qtbot.addWidget(page)
    reader = upper_context.reader

    def offered():
        return {page.officer_combo.itemData(i) for i in range(1, page.officer_combo.count())}

    assert offered() == {uid for uid, _n in arrest_queries.officers(reader, UPPER[0])}
    _choose_unit(page.unit_filter, CODES[1])
    assert offered() == {uid for uid, _n in arrest_queries.officers(reader, CODES[1])}


def test_a_grassroots_list_shows_no_unit_column_nor_filter(unit_context, qtbot):
    from desktop.ui.arrest_list import ArrestListPage
    from desktop.ui.models.arrest_table_model import COL_UNIT

    page = ArrestListPage(unit_context)
    qtbot.addWidget(page)
    page.show()
    page.ensure_loaded()
    assert page.unit_filter.isHidden()
    assert page.view.isColumnHidden(COL_UNIT)
    assert page.model.list_filter.unit_code is None
    assert page.model.total == arrest_queries.count_requests(unit_context.reader, ListFilter(),
                                                             today=TODAY)


def test_the_petition_list_is_consolidated_and_filtered_by_unit(upper_context, qtbot):
    from desktop.ui.models.petition_table_model import COL_UNIT
    from desktop.ui.petition_list import PetitionListPage

    page = PetitionListPage(upper_context)
    qtbot.addWidget(page)
    page.show()
    assert not page.view.isColumnHidden(COL_UNIT)
    reader = upper_context.reader
    page.combos["status"].setCurrentIndex(0)  # all petitions, not only open ones
    total = petition_queries.count_petitions(reader, PetitionFilter(), today=TODAY)
    assert page.model.total == total
    counts = []
    for code in CODES:
        _choose_unit(page.unit_filter, code)
        counts.append(page.model.total)
        assert _column_texts(page.model, COL_UNIT) == {NAMES[code]}
    assert sum(counts) == total and all(counts)


def test_a_units_petition_is_read_only_at_the_upper_office(upper_context, qtbot):
    from desktop.ui.models.petition_table_model import PETITION_ID_ROLE
    from desktop.ui.petition_list import PetitionListPage

    page = PetitionListPage(upper_context)
    qtbot.addWidget(page)
    page.show()
    page.combos["status"].setCurrentIndex(page.combos["status"].findData("open"))
    _choose_unit(page.unit_filter, CODES[0])
    assert page.model.rowCount()
    page.view.selectRow(0)
    assert page.current_petition_id() == page.model.index(0, 0).data(PETITION_ID_ROLE)
    assert not page.note.isHidden()
    assert page.note.text() == f"This record belongs to {NAMES[CODES[0]]}; the upper office " \
                               "can only read it."
    assert not any(b.isEnabled() for b in page.step_buttons.values())
    assert not page.documents_button.isEnabled()
    assert page.step_dialog("work") is None


def test_the_dashboard_shows_and_filters_every_units_due_items(upper_context, qtbot):
    from desktop.ui.dashboard import COL_UNIT, DashboardPage

    page = DashboardPage(upper_context)
    qtbot.addWidget(page)
    page.show()
    assert not page.tree.isColumnHidden(COL_UNIT)
    assert page.tree.headerItem().text(COL_UNIT) == "Unit"

    def shown_units():
        units = set()
        for s in range(page.tree.topLevelItemCount()):
            section = page.tree.topLevelItem(s)
            for i in range(section.childCount()):
                text = section.child(i).text(COL_UNIT)
                if text:
                    units.add(text)
        return units

    everything = sum(page.counts().values())
    assert shown_units() == set(NAMES.values())
    per_unit = []
    for code in CODES:
        _choose_unit(page.unit_filter, code)
        per_unit.append(sum(page.counts().values()))
        assert shown_units() == {NAMES[code]}
    assert sum(per_unit) == everything and all(per_unit)


def test_the_dashboard_of_a_grassroots_office_has_no_unit_column(unit_context, qtbot):
    from desktop.ui.dashboard import COL_UNIT, DashboardPage

    page = DashboardPage(unit_context)
    qtbot.addWidget(page)
    assert page.tree.isColumnHidden(COL_UNIT) and page.unit_filter.isHidden()
    assert sum(page.counts().values())


def _open_request(conn, unit_code):
    return conn.execute(
        "SELECT r.id FROM arrest_requests r JOIN request_index i ON i.request_id = r.id "
        "WHERE r.unit_code = ? AND i.status IN ('received', 'under_review') "
        "ORDER BY r.id LIMIT 1", (unit_code,)).fetchone()[0]


def test_a_units_request_opens_read_only_at_the_upper_office(upper_context, qtbot):
    from desktop.ui.request_detail import RequestDetailDialog

    request_id = _open_request(upper_context.reader, CODES[1])
    dialog = RequestDetailDialog(upper_context, request_id)
    qtbot.addWidget(dialog)
    assert not dialog.note.isHidden()
    assert NAMES[CODES[1]] in dialog.note.text()
    assert not dialog.reassign_button.isEnabled()  # 承办人变更 is the unit's own business
    ws = dialog.workspace()
    assert ws.read_only
    for button in (ws.add_interrogation, ws.add_form, ws.add_counsel, ws.add_hearing,
                   ws.remove_interrogation, ws.remove_counsel, ws.remove_hearing,
                   ws.form_returned, ws.assess, *ws.decision.buttons.values()):
        assert not button.isEnabled(), button.objectName()


def test_the_same_request_is_writable_at_its_own_unit(upper_world, qapp, english, qtbot):
    from desktop.ui.context import AppContext
    from desktop.ui.request_detail import RequestDetailDialog

    office = upper_world.open_unit(CODES[1])
    try:
        context = AppContext(office, clock=lambda: TODAY)
        dialog = RequestDetailDialog(context, _open_request(office.reader, CODES[1]))
        qtbot.addWidget(dialog)
        assert dialog.note.isHidden()
        ws = dialog.workspace()
        assert not ws.read_only and ws.add_interrogation.isEnabled()
        assert any(b.isEnabled() for b in ws.decision.buttons.values())
    finally:
        office.close()


def test_the_stores_refusal_is_worded_for_the_user(english):
    from desktop.services.unit_scope import ForeignRecordReadOnly
    from desktop.ui.read_only import refusal_text

    text = refusal_text(ForeignRecordReadOnly("petitions", "x", CODES[0], UPPER[0]),
                        NAMES[CODES[0]])
    assert text == f"Not saved: this record belongs to {NAMES[CODES[0]]}, and only that unit " \
                   "can change it."


def _supervision(context):
    from desktop.ui.models.supervision_table_model import COL_UNIT
    from desktop.ui.supervision_page import SupervisionPage

    page = SupervisionPage(context)
    page.combos["status"].setCurrentIndex(page.combos["status"].findData(""))  # all matters
    return page, COL_UNIT, lambda: page.model.total, \
        lambda: [page.close_matter_button, *page.step_buttons.values()]


def _cooperation(context):
    from desktop.ui.cooperation_page import CooperationPage
    from desktop.ui.models.cooperation_table_model import COL_UNIT

    page = CooperationPage(context)
    return page, COL_UNIT, lambda: page.model.total, \
        lambda: [page.edit_button, page.remove_button, page.complete_button]


def _custody(context):
    from desktop.ui.custody_list import CustodyListPage
    from desktop.ui.models.custody_table_model import COL_UNIT

    page = CustodyListPage(context)
    page.open_check.setChecked(False)
    return page, COL_UNIT, lambda: page.proxy.rowCount(), \
        lambda: [*page.step_buttons.values(), page.documents_button]


@pytest.mark.parametrize("make", [_supervision, _cooperation, _custody],
                         ids=["supervision", "cooperation", "custody"])
def test_every_register_is_consolidated_and_a_units_record_read_only(upper_context, qtbot,
                                                                    make):
    page, col_unit, total, actions = make(upper_context)
    qtbot.addWidget(page)
    page.show()
    assert not page.unit_filter.isHidden() and not page.view.isColumnHidden(col_unit)
    everything = total()
    per_unit = []
    for code in CODES:
        _choose_unit(page.unit_filter, code)
        per_unit.append(total())
        assert _column_texts(page.view.model(), col_unit) == {NAMES[code]}
    assert sum(per_unit) == everything and all(per_unit)
    page.view.selectRow(0)
    assert not page.note.isHidden() and NAMES[CODES[-1]] in page.note.text()
    assert not any(button.isEnabled() for button in actions())


@pytest.mark.parametrize("make", [_supervision, _cooperation, _custody],
                         ids=["supervision", "cooperation", "custody"])
def test_a_grassroots_register_is_as_before(unit_context, qtbot, make):
    page, col_unit, total, actions = make(unit_context)
    qtbot.addWidget(page)
    page.show()
    assert page.unit_filter.isHidden() and page.view.isColumnHidden(col_unit)
    page.view.selectRow(0)
    assert page.note.isHidden()
    assert any(button.isEnabled() for button in actions())


def test_a_read_only_request_stays_read_only_after_a_language_switch(upper_context, qtbot):
    from desktop.ui import i18n
    from desktop.ui.request_detail import RequestDetailDialog

    dialog = RequestDetailDialog(upper_context, _open_request(upper_context.reader, CODES[0]))
    qtbot.addWidget(dialog)
    i18n.install("zh_CN")
    try:
        ws = dialog.workspace()
        # LanguageChange is posted to each widget; the panel's own rules run again on it
        qtbot.waitUntil(lambda: ws.decision.title() == "决定及后续程序", timeout=2000)
        assert dialog.note.text() == f"本记录属于{NAMES[CODES[0]]}，上级院只读"
        assert not any(b.isEnabled() for b in ws.decision.buttons.values())
        assert not ws.add_interrogation.isEnabled()
    finally:
        i18n.install("en")


def test_a_unit_registered_while_the_list_is_open_appears_in_the_filter(upper_context, qtbot):
    from desktop.security.keystore import PublicKeys, generate_keys
    from desktop.services.sync_registry import register_unit
    from desktop.ui.arrest_list import ArrestListPage

    page = ArrestListPage(upper_context)
    qtbot.addWidget(page)
    keys = generate_keys()
    register_unit(upper_context.office, PublicKeys(
        unit_code="320113", unit_name="红石县人民检察院", role="grassroots", suite=keys.suite,
        signing_public=keys.signing_public, encryption_public=keys.encryption_public))
    upper_context.notify_changed()
    assert page.unit_filter.combo.findData("320113") > 0
    _choose_unit(page.unit_filter, "320113")
    assert page.model.total == 0  # nothing received from it yet
