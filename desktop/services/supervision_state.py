"""What a supervision matter repeats from its notices, recomputed inside every writing
transaction of the supervision services: the current notice's kind and state, the earliest
deadline running on any of its notices, and the normalised search text. The list, its filters
and the dashboard then read one row per matter with plain SQL."""
from __future__ import annotations

from desktop.domain.supervision import TAG_NAMES_ZH, split_tags
from desktop.domain.supervision_notices import NoticeState
from desktop.domain.text import normalize_search_text


def notices_of(session, matter_id: str) -> list:
    from sqlalchemy import select

    from desktop.store.supervision_models import SupervisionNotice

    return list(session.scalars(select(SupervisionNotice).where(
        SupervisionNotice.matter_id == matter_id, SupervisionNotice.deleted_at.is_(None))
        .order_by(SupervisionNotice.drafted_on, SupervisionNotice.created_at,
                  SupervisionNotice.id)))


def search_text(matter, agency_name: str) -> str:
    tags = [TAG_NAMES_ZH.get(t, t) for t in split_tags(matter.tags)]
    parts = [matter.police_case_no, matter.party_name, matter.subject_name, agency_name,
             " ".join(tags), matter.summary]
    return normalize_search_text(" ".join(p for p in parts if p))


def refresh_matter(session, matter) -> None:
    """Bring the matter's repeated fields up to date (call after changing its notices)."""
    session.flush()  # the notices just added or changed are visible to the query
    notices = notices_of(session, matter.id)
    current = notices[-1] if notices else None
    matter.current_kind = current.kind if current else ""
    matter.current_state = current.state if current else ""
    running = [n for n in notices if n.due_date is not None
               and n.state != NoticeState.CLOSED.value]
    if matter.status == "closed" or not running:
        matter.due_kind, matter.due_date = "", None
    else:
        first = min(running, key=lambda n: n.due_date)
        matter.due_kind, matter.due_date = first.due_kind, first.due_date
    agency = session.connection().exec_driver_sql(
        "SELECT name FROM police_agencies WHERE id = ?", (matter.police_agency_id,)).scalar()
    matter.search_text = search_text(matter, agency or "")
