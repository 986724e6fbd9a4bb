"""Baseline: units, users, police agencies, charge catalogue, persons, arrest-review requests
with one review per suspect, outbox, audit log.

Revision ID: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
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
        "units", *_synced(),
        sa.Column("code", sa.String(32), nullable=False, unique=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("abbr", sa.String(20), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("parent_code", sa.String(32), nullable=True),
    )
    op.create_table(
        "users", *_synced(),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("display_name", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("roles", sa.String(128), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
    )
    op.create_table(
        "police_agencies", *_synced(),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("short_name", sa.String(40), nullable=False),
    )
    op.create_table(
        "charges",
        sa.Column("code", sa.String(8), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("article", sa.String(20), nullable=False),
        sa.Column("chapter", sa.String(60), nullable=False),
        sa.Column("section", sa.String(60), nullable=False),
    )
    op.create_table(
        "persons", *_synced(),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("id_number", sa.String(18), nullable=True, index=True),
        sa.Column("birth_date", sa.Date, nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("nationality", sa.String(40), nullable=False),
    )
    op.create_table(
        "arrest_requests", *_synced(),
        sa.Column("police_agency_id", sa.String(36), sa.ForeignKey("police_agencies.id"),
                  nullable=False),
        sa.Column("police_case_no", sa.String(64), nullable=False, index=True),
        sa.Column("request_no", sa.String(64), nullable=False),
        sa.Column("request_date", sa.Date, nullable=False),
        sa.Column("received_date", sa.Date, nullable=False),
        sa.Column("major_complex", sa.Boolean, nullable=False),
        sa.Column("officer_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("charge_codes", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "arrest_reviews", *_synced(),
        sa.Column("request_id", sa.String(36), sa.ForeignKey("arrest_requests.id"),
                  nullable=False, index=True),
        sa.Column("person_id", sa.String(36), sa.ForeignKey("persons.id"), nullable=False,
                  index=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("detained", sa.Boolean, nullable=False),
        sa.Column("detained_since", sa.Date, nullable=True),
        sa.Column("confessed", sa.Boolean, nullable=False),
        sa.Column("counsel", sa.String(200), nullable=False),
        sa.Column("offence_date", sa.Date, nullable=True),
        sa.Column("juvenile", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("limit_code", sa.String(32), nullable=False),
        sa.Column("raw_end", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("extended", sa.Boolean, nullable=False),
        sa.Column("decided_on", sa.Date, nullable=True),
        sa.UniqueConstraint("request_id", "person_id"),
    )
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "app_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
