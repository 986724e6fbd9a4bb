"""Small reads of the review workspace besides `review_facts.workspace` (plain sqlite3 on
`Office.reader`): the office's users with their roles, for the approval buttons and the
chief-procurator choices, and the RPR 288 demands of a request."""
from __future__ import annotations

from desktop.domain.review_decision import ROLE_CHIEF, parse_roles


def users_with_roles(conn, unit_code: str) -> list[tuple[str, str, frozenset[str]]]:
    """(id, display name, roles) of every active user of this office, by name (an upper
    office also holds its units' users, synced: they are not its staff)."""
    return [(uid, name, parse_roles(roles)) for uid, name, roles in conn.execute(
        "SELECT id, display_name, roles FROM users WHERE active AND deleted_at IS NULL "
        "AND unit_code = ? ORDER BY display_name", (unit_code,))]


def roles_of(conn, user_id: str) -> frozenset[str]:
    row = conn.execute("SELECT roles FROM users WHERE id = ?", (user_id,)).fetchone()
    return parse_roles(row[0]) if row else frozenset()


def chiefs(conn, unit_code: str) -> list[tuple[str, str]]:
    """(id, name) of this office's users who hold the chief procurator's role."""
    return [(uid, name) for uid, name, roles in users_with_roles(conn, unit_code)
            if ROLE_CHIEF in roles]


def omitted_demands(conn, request_id: str) -> list[dict]:
    """The RPR 288 demands of a request (要求公安机关提请批准逮捕), oldest first, as plain rows
    (dates as ISO text)."""
    cur = conn.execute(
        "SELECT id, suspect_name, demanded_on, due_date, police_answer, answered_on, "
        "police_reasons, new_request_id, direct_decision_on FROM omitted_suspect_demands "
        "WHERE request_id = ? AND deleted_at IS NULL ORDER BY demanded_on, created_at",
        (request_id,))
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]
