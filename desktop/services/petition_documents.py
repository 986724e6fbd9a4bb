"""Documents issued from a petition (受理告知书, 转送告知书, 答复函): their fields come from the
petition — the petitioners, the date and channel it came by, what it asks, the handler, where
it was forwarded and the reply given. Registered as the document context of `petitions`."""
from __future__ import annotations

from desktop.domain.petitions import Channel, ReplyKind, WorkKind
from desktop.services.document_context import arabic_date, register_builder
from desktop.services.petition_settings import read_settings

PETITION_DOCUMENTS = ("petition_acceptance", "petition_forwarding", "petition_reply")

# How the body names the way the petition came.
CHANNEL_TEXT = {
    Channel.LETTER.value: "来信",
    Channel.VISIT.value: "来访",
    Channel.ONLINE.value: "网上信访",
    Channel.HOTLINE_12309.value: "12309检察服务中心",
}
SUMMARY_CHARS = 40  # the matter as the notice names it: its first line, cut short


def _summary_short(summary: str) -> str:
    first = (summary or "").strip().splitlines()[0] if (summary or "").strip() else ""
    first = first.rstrip("。；;，,")
    return first if len(first) <= SUMMARY_CHARS else first[:SUMMARY_CHARS] + "……"


def petitioner_text(names: list[str], count: int) -> str:
    """李秀英; 李秀英、王芳; 李秀英等5人 (a collective petition addressed through its first)."""
    if not names:
        return ""
    if count > len(names) or len(names) > 2:
        return f"{names[0]}等{max(count, len(names))}人"
    return "、".join(names)


def petition_context(conn, petition_id: str) -> dict | None:
    row = conn.execute(
        "SELECT p.received_on, p.channel, p.summary, p.related_case, p.forwarded_to, "
        "p.petitioner_count, u.display_name, p.handler_id FROM petitions p "
        "LEFT JOIN users u ON u.id = p.handler_id WHERE p.id = ? AND p.deleted_at IS NULL",
        (petition_id,)).fetchone()
    if row is None:
        return None
    received, channel, summary, related, forwarded_to, count, handler, handler_id = row
    names = [r[0] for r in conn.execute(
        "SELECT name FROM petitioners WHERE petition_id = ? AND deleted_at IS NULL "
        "ORDER BY position", (petition_id,))]
    petitioner = petitioner_text(names, count)
    replies = conn.execute(
        "SELECT reply_kind, content, done_on FROM petition_work WHERE petition_id = ? "
        "AND kind = ? AND deleted_at IS NULL ORDER BY done_on DESC, created_at DESC",
        (petition_id, WorkKind.REPLY.value)).fetchall()
    # the result if given, else the latest reply on the process
    reply = next((r for r in replies if r[0] == ReplyKind.RESULT.value), None) or \
        next((r for r in replies if r[0] == ReplyKind.PROGRESS.value), None)
    forwarded_on = next((r[2] for r in replies if r[0] == ReplyKind.PROCEDURAL.value
                         and forwarded_to and forwarded_to in r[1]), None)
    return {
        "petition_id": petition_id,
        "petitioner_name": petitioner or None,
        # the register's name and case columns: the petitioner, the related case
        "suspect_name": petitioner or None,
        "case_no": related or None,
        "received_date": arabic_date(received),
        "channel_text": CHANNEL_TEXT.get(channel, channel),
        "summary_short": _summary_short(summary) or None,
        "related_case": related or None,
        "handler_name": handler,
        "officer_name": handler,
        "officer_id": handler_id,
        "forwarded_to": forwarded_to or None,
        "forwarded_date": arabic_date(forwarded_on),
        "reply_content": reply[1] if reply else None,
        "result_months": str(read_settings(conn).result_months),
    }


register_builder("petitions", petition_context)
