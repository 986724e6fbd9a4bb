"""The custody documents are filled from the custody review itself: the suspect, the arrest,
the applicant, the recommended measure and the police's reply."""
from datetime import date

import pytest

from desktop.services import documents
from desktop.services.demo import create_demo

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    office = create_demo(tmp_path_factory.mktemp("custody-docs") / "d.sqlite3", cases=60,
                         today=TODAY)
    yield office
    office.close()


def text(draft) -> str:
    return "\n".join([draft.recipient, *draft.paragraphs])


def test_recommendation_names_the_measure_and_the_arrest(demo):
    row = demo.reader.execute(
        "SELECT c.id, p.name, r.measure FROM custody_reviews c "
        "JOIN custody_recommendations r ON r.review_id = c.id "
        "JOIN persons p ON p.id = c.person_id LIMIT 1").fetchone()
    draft = documents.preview(demo, "custody_change_recommendation",
                              documents.Subject("custody_reviews", row[0]), today=TODAY)
    body = text(draft)
    assert row[1] in body
    measure = {"release": "予以释放", "bail": "取保候审", "residential_surveillance": "监视居住"}
    assert measure[row[2]] in body
    assert "被依法逮捕" in body and "＿＿＿＿年" not in body  # the arrest date is filled


def test_result_notice_is_addressed_to_the_applicant(demo):
    row = demo.reader.execute(
        "SELECT c.id, c.applicant_name FROM custody_reviews c WHERE c.source = 'application' "
        "AND c.decision != '' LIMIT 1").fetchone()
    assert row is not None, "the demo has a decided application"
    draft = documents.preview(demo, "custody_review_result",
                              documents.Subject("custody_reviews", row[0]), today=TODAY)
    assert draft.recipient.startswith(row[1])
    assert "申请对犯罪嫌疑人" in text(draft)


def test_issuing_from_a_custody_review_registers_it_under_that_review(demo):
    review_id = demo.reader.execute(
        "SELECT review_id FROM custody_recommendations LIMIT 1").fetchone()[0]
    draft = documents.preview(demo, "custody_change_recommendation",
                              documents.Subject("custody_reviews", review_id), today=TODAY)
    info = documents.issue(demo, draft, today=TODAY)
    rows = documents.register_rows(demo.reader, subject_id=review_id)
    assert [r.number for r in rows] == [info.number]
