"""Documents issued from a custody-necessity review (释放或者变更强制措施建议书,
羁押必要性审查结果通知书): their fields come from the review, its recommendation and the reply,
on top of the arrested suspect's own (the arrest review the custody review follows)."""
from __future__ import annotations

from desktop.domain.custody_review import Measure, StartSource
from desktop.services.document_context import arabic_date, arrest_review_context, register_builder

# What the recommendation asks the police to do, as the body of the 建议书 says it.
MEASURE_TEXT = {
    Measure.RELEASE.value: "对犯罪嫌疑人{name}予以释放",
    Measure.BAIL.value: "对犯罪嫌疑人{name}变更强制措施为取保候审",
    Measure.RESIDENTIAL_SURVEILLANCE.value: "对犯罪嫌疑人{name}变更强制措施为监视居住",
}
# What the police did, as the result notice reports it.
TAKEN_TEXT = {
    Measure.RELEASE.value: "释放犯罪嫌疑人{name}",
    Measure.BAIL.value: "对犯罪嫌疑人{name}变更强制措施为取保候审",
    Measure.RESIDENTIAL_SURVEILLANCE.value: "对犯罪嫌疑人{name}变更强制措施为监视居住",
}


def custody_review_context(conn, custody_review_id: str) -> dict | None:
    review = conn.execute(
        "SELECT arrest_review_id, source, started_on, applicant_name, decision, reasons "
        "FROM custody_reviews WHERE id = ? AND deleted_at IS NULL",
        (custody_review_id,)).fetchone()
    if review is None:
        return None
    arrest_review_id, source, started_on, applicant, decision, reasons = review
    ctx = arrest_review_context(conn, arrest_review_id)
    if ctx is None:
        return None
    name = ctx["suspect_name"]
    ctx["arrest_date"] = ctx.get("decision_date")
    if source == StartSource.APPLICATION.value:
        ctx["applicant_name"] = applicant or None
        ctx["application_date"] = arabic_date(started_on)
    if reasons:
        ctx["finding"] = reasons
    if decision == "recommend":
        ctx["review_outcome"] = "recommended"
    elif decision == "not_recommend":
        ctx["review_outcome"] = "continued"
        ctx["continue_reasons"] = reasons or None
    recommendation = conn.execute(
        "SELECT id, measure FROM custody_recommendations WHERE review_id = ? "
        "AND deleted_at IS NULL ORDER BY served_on DESC LIMIT 1",
        (custody_review_id,)).fetchone()
    if recommendation is not None:
        ctx["recommendation"] = MEASURE_TEXT.get(recommendation[1], "").format(name=name) or None
        reply = conn.execute(
            "SELECT measure_taken, content FROM custody_replies WHERE recommendation_id = ? "
            "AND deleted_at IS NULL ORDER BY received_on DESC LIMIT 1",
            (recommendation[0],)).fetchone()
        ctx["agency_replied"] = reply is not None
        if reply is not None:
            taken = TAKEN_TEXT.get(reply[0], "").format(name=name)
            ctx["agency_reply"] = taken or reply[1] or None
    return ctx


register_builder("custody_reviews", custody_review_context)
