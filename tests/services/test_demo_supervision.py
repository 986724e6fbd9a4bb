"""`zhenjian demo` fills the supervision register: every notice kind and state, each chain,
some deadlines overdue and some falling due in the next days, all through the services (the
audit chain holds)."""
from datetime import date

import pytest

from desktop.domain.supervision_notices import NoticeKind, NoticeState
from desktop.services import supervision_queries as q
from desktop.services.demo import create_demo
from desktop.store.audit import verify_chain

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    office = create_demo(tmp_path_factory.mktemp("supervision-demo") / "d.sqlite3", cases=20,
                         today=TODAY)
    yield office
    office.close()


def column(demo, sql):
    return {r[0] for r in demo.reader.execute(sql)}


def test_every_kind_and_state_is_there(demo):
    assert column(demo, "SELECT kind FROM supervision_notices") == {k.value for k in NoticeKind}
    assert column(demo, "SELECT state FROM supervision_notices") == \
        {s.value for s in NoticeState}
    assert column(demo, "SELECT kind FROM supervision_answers") >= {
        "explanation", "filed", "withdrawn", "corrected", "partly", "refused",
        "reconsideration", "upper_review", "re_examination", "progress_report"}
    assert column(demo, "SELECT status FROM supervision_matters") == {"open", "closed"}
    assert column(demo, "SELECT source FROM supervision_matters") >= {
        "own_finding", "victim_complaint", "petition", "arrest_review", "agency_transfer"}
    assert demo.reader.execute("SELECT count(*) FROM supervision_notices WHERE reported_up"
                               ).fetchone()[0] >= 2


def test_chains_are_linked_and_deadlines_overdue_and_due_soon(demo):
    pairs = {tuple(r) for r in demo.reader.execute(
        "SELECT p.kind, c.kind FROM supervision_notices c "
        "JOIN supervision_notices p ON p.id = c.parent_id")}
    assert pairs >= {("explain_non_filing", "notice_to_file"),
                     ("notice_to_file", "correction"),
                     ("explain_non_filing", "non_filing_opinion"),
                     ("explain_filing", "notice_to_withdraw"),
                     ("explain_filing", "filing_opinion"),
                     ("notice_to_file", "progress_urge"),
                     ("oral_correction", "correction")}
    items = q.supervision_due_items(demo.reader, today=TODAY, within_days=3)
    assert any(i.due_date < TODAY for i in items)
    assert any(TODAY <= i.due_date <= date(2026, 11, 26) for i in items)
    assert {i.detail.partition(":")[0] for i in items} >= {"reply", "decision", "progress"}
    assert all(i.basis for i in items)
    assert q.count_matters(demo.reader, q.SupervisionFilter(overdue_only=True),
                           today=TODAY) >= 3


def test_written_through_the_services(demo):
    checked, faults = verify_chain(demo.reader)
    assert checked > 0 and faults == []
    matters = demo.reader.execute("SELECT count(*) FROM supervision_matters").fetchone()[0]
    audited = demo.reader.execute("SELECT count(DISTINCT row_id) FROM audit_log "
                                  "WHERE table_name = 'supervision_matters'").fetchone()[0]
    assert matters == audited == 27
