"""The cooperation log of the investigation-supervision and cooperation office (侦查监督与协作配合办公室).

`cooperation_entries` (every kind of entry, fields a kind does not use stored empty) with a
trigram full-text index over its `search_text`, and `cooperation_offices` (the office record).
Depends only on baseline tables (police_agencies, arrest_requests, users).

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
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


def upgrade() -> None:
    op.create_table(
        "cooperation_entries", *_synced(),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("subtype", sa.String(32), nullable=False),
        sa.Column("occurred_on", sa.Date, nullable=False, index=True),
        sa.Column("police_agency_id", sa.String(36), sa.ForeignKey("police_agencies.id"),
                  nullable=False, index=True),
        sa.Column("request_id", sa.String(36), sa.ForeignKey("arrest_requests.id"),
                  nullable=True, index=True),
        sa.Column("case_ref", sa.String(100), nullable=False),
        sa.Column("person_name", sa.String(64), nullable=False),
        sa.Column("participants", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("due_on", sa.Date, nullable=True, index=True),
        sa.Column("done_on", sa.Date, nullable=True),
        sa.Column("officer_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":  # FTS5: none on PostgreSQL (an upper office)
        _full_text()
    op.create_table(
        "cooperation_offices", *_synced(),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("resident_prosecutor", sa.String(64), nullable=False),
        sa.Column("police_liaison", sa.String(100), nullable=False),
        sa.Column("established_on", sa.Date, nullable=True),
        sa.Column("duty_roster", sa.Text, nullable=False),
    )


def _full_text() -> None:
    # External-content FTS5 over search_text (three or more characters; shorter searches scan
    # with instr(): a log holds hundreds of entries a year). Triggers keep it in step.
    op.execute(
        "CREATE VIRTUAL TABLE cooperation_fts USING fts5(search_text, "
        "content='cooperation_entries', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER cooperation_entries_ai AFTER INSERT ON cooperation_entries BEGIN "
        "INSERT INTO cooperation_fts(rowid, search_text) VALUES (new.rowid, new.search_text); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER cooperation_entries_ad AFTER DELETE ON cooperation_entries BEGIN "
        "INSERT INTO cooperation_fts(cooperation_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER cooperation_entries_au AFTER UPDATE OF search_text "
        "ON cooperation_entries BEGIN "
        "INSERT INTO cooperation_fts(cooperation_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO cooperation_fts(rowid, search_text) VALUES (new.rowid, new.search_text); "
        "END"
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
