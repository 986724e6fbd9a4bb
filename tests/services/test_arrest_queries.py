"""The list, its filters, sorting and search, and the dashboard's due items."""
from datetime import date

import pytest

from desktop.services import arrest_queries as q
from desktop.services.arrest_register import register_request
from tests.conftest import TODAY, make_registration


@pytest.fixture
def filled(office):
    rows = [
        ("A1", "张伟", date(2026, 11, 20), date(2026, 11, 18), ("C0502",)),  # due 11-27
        ("A2", "王芳", date(2026, 11, 14), date(2026, 11, 13), ("C0401",)),  # due 11-21 overdue
        ("A3", "欧阳明华", date(2026, 11, 16), date(2026, 11, 15), ("C0502",)),  # due 11-23
        ("A4", "李四", date(2026, 11, 18), date(2026, 11, 17), ("C0502", "C0401")),  # 11-25
    ]
    for case_no, name, received, since, charges in rows:
        register_request(office, make_registration(
            office, case_no=case_no, name=name, id_number="", received=received,
            detained_since=since, charges=charges), today=TODAY)
    return office


def cases(office, f=q.ListFilter(), **kw):
    ids = q.list_rowids(office.reader, f, today=TODAY, **kw)
    rows = q.fetch_rows(office.reader, ids)
    return [rows[i].police_case_no for i in ids]


def test_sorted_by_due_date_then_reversed(filled):
    assert cases(filled) == ["A2", "A3", "A4", "A1"]
    assert cases(filled, descending=True) == ["A1", "A4", "A3", "A2"]


def test_two_character_name_search_uses_the_fast_path(filled):
    assert cases(filled, q.ListFilter(search="张伟")) == ["A1"]
    assert cases(filled, q.ListFilter(search="王")) == ["A2"]


def test_three_character_search_uses_trigrams(filled):
    assert cases(filled, q.ListFilter(search="欧阳明")) == ["A3"]
    assert sorted(cases(filled, q.ListFilter(search="故意杀人"))) == ["A2", "A4"]


def test_search_is_not_fooled_by_fts_syntax(filled):
    assert cases(filled, q.ListFilter(search='"盗窃 OR')) == []
    assert cases(filled, q.ListFilter(search="a3")) == ["A3"]  # case-insensitive


def test_overdue_filter_and_dashboard(filled):
    assert cases(filled, q.ListFilter(overdue_only=True)) == ["A2"]
    items = q.due_items(filled.reader, today=TODAY)
    assert [(i.title.split()[0], i.due_date) for i in items] == [
        ("A2", date(2026, 11, 21)), ("A3", date(2026, 11, 23)), ("A4", date(2026, 11, 25))]


def test_status_and_officer_filters(filled):
    assert len(cases(filled, q.ListFilter(status="open"))) == 4
    assert cases(filled, q.ListFilter(status="approved")) == []
    assert len(cases(filled, q.ListFilter(officer_id=filled.user_id))) == 4
    assert cases(filled, q.ListFilter(officer_id="nobody")) == []
    assert cases(filled, q.ListFilter(detained=False)) == []


def test_detail_and_audit_history(filled):
    rowid = q.list_rowids(filled.reader, q.ListFilter(search="李四"), today=TODAY)[0]
    request_id = q.fetch_rows(filled.reader, [rowid])[rowid].request_id
    detail = q.request_detail(filled.reader, request_id)
    assert [c[1] for c in detail.charges] == ["盗窃罪", "故意杀人罪"]
    assert detail.suspects[0].due_date == date(2026, 11, 25)
    history = q.audit_history(filled.reader, request_id)
    assert {h.table_name for h in history} == {"arrest_requests", "persons", "arrest_reviews"}
    assert all(h.user_name == "officer1" for h in history)


def test_decided_requests_follow_running_deadlines_newest_first(filled):
    from desktop.store.models import ArrestReview

    with filled.transaction("approve") as session:
        for review in session.query(ArrestReview).all():
            if review.request.police_case_no in ("A1", "A3"):
                review.status = "approved"
    assert cases(filled) == ["A2", "A4", "A1", "A3"]  # A1 received after A3
    assert cases(filled, descending=True) == ["A4", "A2", "A1", "A3"]


def test_pages_join_up_across_the_two_parts_of_the_list(filled):
    from desktop.store.models import ArrestReview

    with filled.transaction("approve") as session:
        session.query(ArrestReview).filter(ArrestReview.position == 0).first().status = "refused"
    whole = q.list_rowids(filled.reader, q.ListFilter(), today=TODAY)
    for size in (1, 2, 3):
        pages = []
        for offset in range(0, len(whole), size):
            pages += q.list_page(filled.reader, q.ListFilter(), today=TODAY, offset=offset,
                                 limit=size)
        assert pages == whole
    assert q.count_requests(filled.reader, q.ListFilter(search="盗窃"), today=TODAY) == 3


def test_one_and_two_character_search_matches_adjacent_characters_only(filled):
    assert cases(filled, q.ListFilter(search="明华")) == ["A3"]
    assert cases(filled, q.ListFilter(search="华盗")) == []  # name end + charge start
    assert cases(filled, q.ListFilter(search="盗窃")) == ["A3", "A4", "A1"]
    assert cases(filled, q.ListFilter(search="〔")) == ["A2", "A3", "A4", "A1"]  # 〔2026〕 in every request number
