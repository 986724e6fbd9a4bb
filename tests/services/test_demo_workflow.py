"""The demo's review workflow, custody reviews and documents (demo_workflow, demo_custody,
demo_documents): a small demo on a real SQLite file has every document type issued with
gap-free numbers, decisions approved by the chief with refusal grounds, receipts, a 复议,
custody reviews in several states and dashboard items of several kinds — all through the
services, so the audit chain verifies and `zhenjian check` passes."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.services import arrest_queries, custody_queries, demo
from desktop.services.check import check_database
from desktop.store.audit import verify_chain

TODAY = date(2026, 3, 16)
CASES = 60
DOC_TYPES = {"approve_arrest", "refuse_arrest", "refusal_reasons", "supplementary_outline",
             "continued_outline", "suspect_opinion", "reconsideration_decision",
             "require_arrest_request", "arrest_decision", "custody_change_recommendation",
             "custody_review_result", "legal_aid_notice"}


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    office = demo.create_demo(tmp_path_factory.mktemp("demo_wf") / "demo.db", cases=CASES,
                              seed=7, today=TODAY)
    yield office
    office.close()


def _rows(office, sql, params=()):
    return [tuple(r) for r in office.reader.execute(sql, params).fetchall()]


def _numbers(office):
    return _rows(office, "SELECT doc_type, year, serial, number, void_reason FROM "
                         "issued_documents ORDER BY doc_type, year, serial")


def test_every_document_type_is_issued_with_gap_free_numbers(office):
    rows = _numbers(office)
    assert {r[0] for r in rows} == DOC_TYPES
    series: dict = {}
    for doc_type, year, serial, number, _void in rows:
        series.setdefault((doc_type, year), []).append(serial)
        assert f"〔{year}〕{serial}号" in number
    for serials in series.values():
        assert serials == list(range(1, len(serials) + 1))
    assert all(len([r for r in rows if r[0] == t]) <= 3 for t in DOC_TYPES)
    voided = [r for r in rows if r[4]]
    assert len(voided) == 1 and voided[0][4].strip()
    # every document has its PDF
    assert _rows(office, "SELECT count(*) FROM issued_documents d LEFT JOIN document_files f "
                         "ON f.sha256 = d.pdf_sha256 WHERE f.sha256 IS NULL") == [(0,)]


def test_decisions_go_through_proposal_and_approval(office):
    chief = _rows(office, "SELECT id, roles FROM users WHERE username = 'chief1'")
    assert chief and set(chief[0][1].split(",")) == {"approver", "chief"}
    chief_id = chief[0][0]
    decisions = _rows(office, "SELECT kind, ground, proposed_by, approver_id, chief_required "
                              "FROM review_decisions WHERE state = 'approved'")
    assert decisions
    assert all(proposer != approver for _k, _g, proposer, approver, _c in decisions)
    grounds = {g for k, g, _p, a, _c in decisions if k == "refuse" and a == chief_id}
    assert {"no_crime", "insufficient_evidence"} <= grounds
    assert all(a == chief_id for _k, _g, _p, a, required in decisions if required)
    # the review's status and decision day agree with the approved decision
    assert _rows(office, "SELECT count(*) FROM review_decisions d JOIN arrest_reviews v "
                         "ON v.id = d.review_id WHERE d.state = 'approved' AND "
                         "(v.decided_on != d.approved_on OR v.status NOT IN "
                         "('approved', 'refused'))") == [(0,)]
    # a proposal waits for approval on the open requests that say so
    assert _rows(office, "SELECT count(*) FROM arrest_reviews v WHERE v.status = "
                         "'pending_approval' AND NOT EXISTS (SELECT 1 FROM review_decisions d "
                         "WHERE d.review_id = v.id AND d.state = 'proposed')")[0][0] < \
        _rows(office, "SELECT count(*) FROM arrest_reviews WHERE status = 'pending_approval'")[0][0]
    assert _rows(office, "SELECT count(*) FROM review_interrogations")[0][0] > 0
    assert _rows(office, "SELECT count(*) FROM counsel_opinions")[0][0] > 0


def test_receipts_reconsideration_and_followups(office):
    receipts = _rows(office, "SELECT received_on, due_date FROM execution_receipts")
    assert any(r[0] for r in receipts)  # recorded
    assert any(r[0] is None and date.fromisoformat(r[1]) < TODAY for r in receipts)  # overdue
    recon = _rows(office, "SELECT x.kind, x.decided_on, x.decider_id, d.proposed_by, "
                          "x.chief_approved_by FROM reconsiderations x JOIN review_decisions d "
                          "ON d.review_id = x.review_id AND d.state = 'approved'")
    decided = [r for r in recon if r[0] == "reconsideration" and r[1]]
    assert decided and all(r[2] != r[3] and r[4] for r in decided)  # another officer decided
    assert any(r[0] == "upper_review" for r in recon)  # 复核 requested
    assert _rows(office, "SELECT count(*) FROM omitted_suspect_demands "
                         "WHERE direct_decision_on IS NOT NULL")[0][0] == 1
    links = _rows(office, "SELECT l.reason, v.status FROM request_links l JOIN arrest_reviews v "
                          "ON v.request_id = l.previous_request_id")
    assert links and all(r[0] == "resubmission" for r in links)
    assert "refused" in {r[1] for r in links}
    assert _rows(office, "SELECT count(*) FROM arrest_requests")[0][0] == CASES


def test_custody_reviews_in_several_states(office):
    rows = custody_queries.list_reviews(office.reader, today=TODAY)
    shown = {r.shown_status for r in rows}
    assert {"closed", "no_reply", "registered", "escalated"} <= shown
    assert len(shown) >= 5
    sources = {r.source for r in rows}
    assert sources == {"own_motion", "application", "detention_centre"}


def test_dashboard_shows_due_items_of_several_kinds(office):
    kinds = {i.kind for i in arrest_queries.due_items(office.reader, today=TODAY)}
    assert {"arrest_review", "receipt", "omitted_follow_up"} <= kinds
    assert len(kinds) >= 4
    custody = custody_queries.custody_due_items(office.reader, today=TODAY)
    assert {i.detail for i in custody} >= {"reply", "decision"}
    assert any(i.due_date < TODAY for i in custody)  # the reply is overdue


def test_audit_chain_and_check(office):
    count, faults = verify_chain(office.reader)
    assert faults == [] and count > CASES * 3
    report = check_database(office.db.path)
    assert report.ok, (report.integrity, report.audit_faults)
    # the workflow's writes went through change capture
    for table in ("review_decisions", "execution_receipts", "custody_reviews",
                  "issued_documents"):
        assert _rows(office, "SELECT count(*) FROM outbox WHERE table_name = ?",
                     (table,))[0][0] > 0


def test_same_seed_same_document_numbers(office, tmp_path):
    again = demo.create_demo(tmp_path / "again.db", cases=CASES, seed=7, today=TODAY)
    try:
        assert _numbers(again) == _numbers(office)
        query = ("SELECT d.doc_type, d.number, d.issued_on, d.suspect_name, d.case_no "
                 "FROM issued_documents d ORDER BY d.doc_type, d.year, d.serial")
        assert _rows(again, query) == _rows(office, query)
    finally:
        again.close()


def test_small_demos_still_work(tmp_path):
    """Below the planted stories' threshold there is less to show, but no failure."""
    for cases in (0, 5, 20):
        office = demo.create_demo(tmp_path / f"s{cases}.db", cases=cases, seed=3, today=TODAY)
        try:
            assert _rows(office, "SELECT count(*) FROM arrest_requests")[0][0] == cases
            assert verify_chain(office.reader)[1] == []
        finally:
            office.close()


def test_cancel_during_the_workflow_keeps_what_was_done(tmp_path):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 3  # the bulk's one report, then one more step

    office = demo.create_demo(tmp_path / "c.db", cases=CASES, seed=7, today=TODAY,
                              progress=progress)
    try:
        assert calls[0] == (CASES, CASES) and len(calls) == 3
        assert _rows(office, "SELECT count(*) FROM issued_documents")[0][0] == 0
        assert verify_chain(office.reader)[1] == []
    finally:
        office.close()
