"""What a counted record opens as (统计数字所对应的案件): services/statistics.records_behind
gives ids of the table a statement counts (requests, reviews, notices, petitions…); the page
opens each as the record a user knows — a review as its request, a notice as its matter."""
from __future__ import annotations

# table → (the context's record kind, SQL giving the id that kind opens and a label). Read
# only; the ids come from records_behind, never from user text.
_LOOKUPS: tuple[tuple[str, str], ...] = (
    ("arrest_review", "SELECT id, request_no FROM arrest_requests WHERE id = ?"),
    ("arrest_review", "SELECT r.request_id, q.request_no || ' ' || coalesce(p.name, '') "
                      "FROM arrest_reviews r JOIN arrest_requests q ON q.id = r.request_id "
                      "LEFT JOIN persons p ON p.id = r.person_id WHERE r.id = ?"),
    ("custody_review", "SELECT id, id FROM custody_reviews WHERE id = ?"),
    ("supervision", "SELECT id, id FROM supervision_matters WHERE id = ?"),
    ("supervision", "SELECT matter_id, id FROM supervision_notices WHERE id = ?"),
    ("petition", "SELECT id, id FROM petitions WHERE id = ?"),
    # the steps counted on their own date (复议, 回执, 听证, 回复, 信访办理) open their case
    *(("arrest_review", "SELECT r.request_id, q.request_no FROM " + table + " x JOIN "
       "arrest_reviews r ON r.id = x.review_id JOIN arrest_requests q ON q.id = r.request_id "
       "WHERE x.id = ?") for table in ("reconsiderations", "execution_receipts",
                                      "review_hearings")),
    ("supervision", "SELECT n.matter_id, n.id FROM supervision_answers a JOIN "
                    "supervision_notices n ON n.id = a.notice_id WHERE a.id = ?"),
    ("petition", "SELECT petition_id, petition_id FROM petition_work WHERE id = ?"),
)


def resolve(conn, record_id: str) -> tuple[str, str, str] | None:
    """(kind, id to open, label) of a counted record, or None when no known table holds it."""
    for kind, sql in _LOOKUPS:
        row = conn.execute(sql, (record_id,)).fetchone()
        if row is not None:
            return kind, row[0], str(row[1] or row[0])
    return None
