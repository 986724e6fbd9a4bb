"""The upper office's own records about its units, which travel down in the acknowledgement:
comments and 督办 directives (`upper_instructions`), 复核 decisions on the police's review
requests (`upper_review_decisions`) and holiday-calendar updates (`calendar_updates`).
Synced tables, portable to PostgreSQL; no full-text index.

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
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
        "upper_instructions", *_synced(),
        sa.Column("for_unit", sa.String(32), nullable=False, index=True),
        sa.Column("subject_table", sa.String(64), nullable=False),
        sa.Column("subject_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("due_date", sa.Date, nullable=True),
        sa.Column("issued_by", sa.String(36), nullable=False),
        sa.Column("issuer_name", sa.String(64), nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
    )
    op.create_index("ix_upper_instructions_subject", "upper_instructions",
                    ["subject_table", "subject_id"])
    op.create_table(
        "upper_review_decisions", *_synced(),
        sa.Column("for_unit", sa.String(32), nullable=False, index=True),
        sa.Column("reconsideration_id", sa.String(36), sa.ForeignKey("reconsiderations.id"),
                  nullable=False, index=True),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("decider_id", sa.String(36), nullable=False),
        sa.Column("chief_approved_by", sa.String(36), nullable=False),
        sa.Column("chief_name", sa.String(64), nullable=False),
    )
    op.create_table(
        "calendar_updates", *_synced(),
        sa.Column("for_unit", sa.String(32), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False, index=True),
        sa.Column("override_json", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("published_on", sa.Date, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("calendar_updates")
    op.drop_table("upper_review_decisions")
    op.drop_index("ix_upper_instructions_subject", table_name="upper_instructions")
    op.drop_table("upper_instructions")
