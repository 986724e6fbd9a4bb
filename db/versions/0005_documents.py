"""Issued documents: the register, gap-free numbering per type and year, voided numbers.

Revision ID: 0005
Revises: 0004
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_documents",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("unit_code", sa.String(32), nullable=False, index=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
        sa.Column("doc_type", sa.String(40), nullable=False, index=True),
        sa.Column("title", sa.String(60), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("serial", sa.Integer, nullable=False),
        sa.Column("number", sa.String(80), nullable=False, index=True),
        sa.Column("subject_table", sa.String(40), nullable=False),
        sa.Column("subject_id", sa.String(36), nullable=False, index=True),
        sa.Column("case_no", sa.String(64), nullable=False),
        sa.Column("suspect_name", sa.String(64), nullable=False),
        sa.Column("recipient", sa.String(100), nullable=False),
        sa.Column("issued_on", sa.Date, nullable=False, index=True),
        sa.Column("officer_id", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("pdf_sha256", sa.String(64), nullable=False, index=True),
        sa.Column("pdf_size", sa.Integer, nullable=False),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("font", sa.String(100), nullable=False),
        sa.Column("voided_at", sa.DateTime, nullable=True),
        sa.Column("void_reason", sa.Text, nullable=False),
        sa.UniqueConstraint("unit_code", "doc_type", "year", "serial"),
    )
    op.create_table(
        "document_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "document_counters",
        sa.Column("doc_type", sa.String(40), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("last_serial", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
