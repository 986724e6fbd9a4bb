"""Supervision of the police: supervision matters, their notices and the police's answers (监督事项、通知书).

Also `supervision_fts`, a trigram full-text index of the matters' search text, kept by
triggers (searches of three or more characters; shorter ones scan with instr()). Depends only
on baseline tables (police_agencies, arrest_requests, persons, users).

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _synced():
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(32), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
    ]


def _fk(name, target, *, index=True, nullable=False):
    return sa.Column(name, sa.String(36), sa.ForeignKey(f"{target}.id"), nullable=nullable,
                     index=index)


def _text(name):
    return sa.Column(name, sa.Text, nullable=False)


def _str(name, size):
    return sa.Column(name, sa.String(size), nullable=False)


def _date(name, *, nullable=True, index=False):
    return sa.Column(name, sa.Date, nullable=nullable, index=index)


def upgrade() -> None:
    op.create_table(
        "supervision_matters", *_synced(),
        _str("source", 24), _str("area", 16),
        _fk("police_agency_id", "police_agencies"),
        _fk("request_id", "arrest_requests", nullable=True),
        _fk("person_id", "persons", index=False, nullable=True),
        _fk("officer_id", "users", index=False),
        _date("opened_on", nullable=False),
        _str("police_case_no", 64), _str("party_name", 64), _str("subject_name", 64),
        _str("tags", 200), _text("summary"),
        sa.Column("status", sa.String(16), nullable=False, index=True),
        sa.Column("current_kind", sa.String(32), nullable=False, index=True),
        sa.Column("current_state", sa.String(16), nullable=False, index=True),
        _str("due_kind", 16),
        _date("due_date", index=True),
        _date("closed_on"),
        _text("result"), _text("search_text"),
    )
    op.create_table(
        "supervision_notices", *_synced(),
        _fk("matter_id", "supervision_matters"),
        _fk("parent_id", "supervision_notices", nullable=True),
        _str("kind", 32), _str("state", 16), _str("addressee", 100), _text("content"),
        _str("illegality_codes", 400),
        _date("drafted_on", nullable=False), _date("approved_on"), _str("approver", 64),
        _date("served_on"),
        sa.Column("period_days", sa.Integer, nullable=True),
        sa.Column("period_months", sa.Integer, nullable=True),
        sa.Column("holiday_extension", sa.Boolean, nullable=False),
        _str("due_kind", 16), _date("due_start"),
        sa.Column("due_days", sa.Integer, nullable=True),
        sa.Column("due_months", sa.Integer, nullable=True),
        _date("raw_end"),
        _date("due_date", index=True),
        _str("answer", 24), _date("replied_on"), _date("case_filed_on"),
        _str("assessment", 16), _date("assessed_on"), _text("assessment_reasons"),
        _date("escalated_on"),
        sa.Column("reported_up", sa.Boolean, nullable=False),
        _text("escalation_note"), _date("closed_on"), _text("note"),
    )
    op.create_table(
        "supervision_answers", *_synced(),
        _fk("notice_id", "supervision_notices"),
        _str("kind", 24), _date("received_on", nullable=False), _text("content"),
        sa.Column("late", sa.Boolean, nullable=False),
        _date("decision_due"), _date("decided_on"), _str("decision", 16),
        _text("decision_reasons"),
    )
    if op.get_bind().dialect.name == "sqlite":  # FTS5: none on PostgreSQL (an upper office)
        _full_text()


def _full_text() -> None:
    # The matter's own rowid may change on VACUUM (its key is text), so the index keeps the
    # matter id beside the text and the triggers find its entry by that id.
    op.execute("CREATE VIRTUAL TABLE supervision_fts USING fts5(matter_id UNINDEXED, "
               "search_text, tokenize='trigram')")
    op.execute("CREATE TRIGGER supervision_fts_insert AFTER INSERT ON supervision_matters "
               "BEGIN INSERT INTO supervision_fts(matter_id, search_text) "
               "VALUES (new.id, new.search_text); END")
    op.execute("CREATE TRIGGER supervision_fts_update AFTER UPDATE OF search_text "
               "ON supervision_matters BEGIN "
               "DELETE FROM supervision_fts WHERE matter_id = old.id; "
               "INSERT INTO supervision_fts(matter_id, search_text) "
               "VALUES (new.id, new.search_text); END")


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
