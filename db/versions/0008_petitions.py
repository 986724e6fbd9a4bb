"""Petitions (涉检信访): registration, handlers, work on the petition, risk grading.

Tables: petitions, petitioners, petition_handler_transfers, petition_work,
petition_attachments (synced); petition_files (the attachments' bytes by SHA-256) and
petition_search with its trigram FTS5 index petition_fts (local). Depends only on baseline
tables (users, arrest_requests).

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
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


def upgrade() -> None:
    op.create_table(
        "petitions", *_synced(),
        sa.Column("received_on", sa.Date, nullable=False, index=True),
        sa.Column("channel", sa.String(16), nullable=False, index=True),
        sa.Column("petition_type", sa.String(16), nullable=False, index=True),
        sa.Column("concerns_procuratorate", sa.Boolean, nullable=False),
        sa.Column("petitioner_count", sa.Integer, nullable=False),
        sa.Column("collective", sa.Boolean, nullable=False),
        sa.Column("related_case", sa.String(200), nullable=False),
        _fk("request_id", "arrest_requests", nullable=True),
        _fk("repeat_of_id", "petitions", nullable=True),
        sa.Column("summary", sa.Text, nullable=False),
        _fk("first_handler_id", "users", index=False),
        _fk("handler_id", "users"),
        sa.Column("risk_level", sa.String(16), nullable=False, index=True),
        sa.Column("risk_triggers", sa.String(120), nullable=False),
        sa.Column("status", sa.String(24), nullable=False, index=True),
        sa.Column("due_kind", sa.String(16), nullable=False),
        sa.Column("raw_end", sa.Date, nullable=True),
        sa.Column("due_date", sa.Date, nullable=True, index=True),
        sa.Column("forwarded_to", sa.String(100), nullable=False),
        sa.Column("closure", sa.String(16), nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("closure_note", sa.Text, nullable=False),
    )
    op.create_table(
        "petitioners", *_synced(),
        _fk("petition_id", "petitions"),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(64), nullable=False, index=True),
        sa.Column("id_number", sa.String(18), nullable=False, index=True),
        sa.Column("phone", sa.String(32), nullable=False),
        sa.Column("address", sa.String(200), nullable=False),
        sa.Column("work_unit", sa.String(100), nullable=False),
    )
    op.create_table(
        "petition_handler_transfers", *_synced(),
        _fk("petition_id", "petitions"),
        _fk("from_handler_id", "users", index=False),
        _fk("to_handler_id", "users", index=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("transferred_on", sa.Date, nullable=False),
    )
    op.create_table(
        "petition_work", *_synced(),
        _fk("petition_id", "petitions"),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("done_on", sa.Date, nullable=False),
        sa.Column("reply_kind", sa.String(16), nullable=False),
        sa.Column("way", sa.String(16), nullable=False),
        sa.Column("participants", sa.Text, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        _fk("officer_id", "users", index=False),
    )
    op.create_table(
        "petition_attachments", *_synced(),
        _fk("petition_id", "petitions"),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
    )
    op.create_table(
        "petition_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "petition_search",
        sa.Column("rowid", sa.Integer, primary_key=True),
        sa.Column("petition_id", sa.String(36), nullable=False, unique=True),
        sa.Column("search_text", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":  # FTS5: none on PostgreSQL (an upper office)
        _full_text()


def _full_text() -> None:
    # External-content FTS5 over search_text (as request_fts, migration 0002); triggers keep
    # it in step with the table. One- and two-character searches scan with instr(): 20,000
    # petitions take a few milliseconds.
    op.execute(
        "CREATE VIRTUAL TABLE petition_fts USING fts5(search_text, content='petition_search', "
        "content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER petition_search_ai AFTER INSERT ON petition_search BEGIN "
        "INSERT INTO petition_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER petition_search_ad AFTER DELETE ON petition_search BEGIN "
        "INSERT INTO petition_fts(petition_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER petition_search_au AFTER UPDATE ON petition_search BEGIN "
        "INSERT INTO petition_fts(petition_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO petition_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
