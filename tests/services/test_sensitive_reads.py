"""Sensitive reads audited (DOMAIN §9): opening a juvenile's record, saving a document as PDF,
printing, exporting the register; juveniles' documents left out of `documents export`."""
from __future__ import annotations

import csv
import json

import pytest

from desktop.cli import main
from desktop.domain.idnumber import id_check_char
from desktop.services import documents as D
from desktop.services import sensitive_reads
from desktop.services.arrest_register import register_request
from desktop.store.audit import verify_chain
from tests.conftest import TODAY, make_registration


def juvenile_id() -> str:
    first17 = "11010520100501001"  # born 2010-05-01: 16 at the offence
    return first17 + id_check_char(first17)


def _entries(office, action):
    return office.reader.execute(
        "SELECT table_name, row_id, detail, user_name FROM audit_log WHERE action = ? "
        "ORDER BY id", (action,)).fetchall()


@pytest.fixture
def requests(office):
    register_request(office, make_registration(office, case_no="ADULT1"), today=TODAY)
    register_request(office, make_registration(office, case_no="JUV1", name="李小华",
                                               id_number=juvenile_id()), today=TODAY)
    rows = dict(office.reader.execute("SELECT police_case_no, id FROM arrest_requests"))
    return rows["ADULT1"], rows["JUV1"]


def test_opening_a_juveniles_record_is_audited_an_adults_is_not(office, requests):
    adult, juvenile = requests
    assert sensitive_reads.opened_request(office, adult) is False
    assert _entries(office, "read") == []
    assert sensitive_reads.opened_request(office, juvenile) is True
    (table, row_id, detail, user), = _entries(office, "read")
    assert (table, row_id, user) == ("arrest_requests", juvenile, office.username)
    assert len(json.loads(detail)["juvenile_reviews"]) == 1
    count, faults = verify_chain(office.reader)
    assert faults == [] and count > 0


def test_saving_and_printing_documents_are_audited(office, requests):
    adult, juvenile = requests
    reviews = dict(office.reader.execute(
        "SELECT q.police_case_no, v.id FROM arrest_reviews v JOIN arrest_requests q "
        "ON q.id = v.request_id"))
    doc = D.issue(office, D.preview(office, "approve_arrest",
                                    D.Subject("arrest_reviews", reviews["JUV1"]), today=TODAY),
                  today=TODAY)
    sensitive_reads.saved_document(office, doc.id, "x.pdf")
    sensitive_reads.printed_documents(office, [doc.id], 2)
    (t, row_id, detail, _), = _entries(office, "export")
    assert row_id == doc.id
    assert json.loads(detail) == {"number": doc.number, "doc_type": "approve_arrest",
                                  "juvenile": True, "file": "x.pdf"}
    (t, row_id, detail, _), = _entries(office, "print")
    assert json.loads(detail)["pages_printed_in_job"] == 2
    with pytest.raises(ValueError):
        sensitive_reads.record(office, "delete", "x", "y", {})


def test_documents_export_leaves_out_juveniles_unless_asked(office, requests, tmp_path,
                                                            capsys):
    reviews = dict(office.reader.execute(
        "SELECT q.police_case_no, v.id FROM arrest_reviews v JOIN arrest_requests q "
        "ON q.id = v.request_id"))
    issued = {case: D.issue(office, D.preview(office, "approve_arrest",
                                              D.Subject("arrest_reviews", rid), today=TODAY),
                            today=TODAY) for case, rid in sorted(reviews.items())}
    out = tmp_path / "out"
    assert main(["documents", "export", "--db", str(office.db.path), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "wrote 1 documents" in text and "left out 1 documents about juvenile" in text
    rows = list(csv.DictReader((out / "register.csv").read_text("utf-8-sig").splitlines()))
    assert [r["文号"] for r in rows] == [issued["ADULT1"].number]
    assert not (out / f"{issued['JUV1'].number}.pdf").exists()
    (_, row_id, detail, _), = _entries(office, "export")
    assert json.loads(detail)["juvenile_left_out"] == 1
    full = tmp_path / "full"
    assert main(["documents", "export", "--db", str(office.db.path), "--out", str(full),
                 "--include-juveniles"]) == 0
    assert (full / f"{issued['JUV1'].number}.pdf").exists()
    assert json.loads(_entries(office, "export")[-1][2])["juvenile_left_out"] == 0
