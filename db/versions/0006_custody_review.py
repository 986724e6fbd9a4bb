"""Post-arrest custody-necessity review (羁押必要性审查): the review case, its checklist
answers, the recommendation, the reply, the escalation and the result notice. Depends only on
baseline tables (arrest_reviews, arrest_requests, persons, users).

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
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


def _fk(name, target, *, index=True):
    return sa.Column(name, sa.String(36), sa.ForeignKey(f"{target}.id"), nullable=False,
                     index=index)


def upgrade() -> None:
    op.create_table(
        "custody_reviews", *_synced(),
        _fk("arrest_review_id", "arrest_reviews"),
        _fk("request_id", "arrest_requests"),
        _fk("person_id", "persons"),
        _fk("officer_id", "users", index=False),
        sa.Column("source", sa.String(24), nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("started_on", sa.Date, nullable=False),
        sa.Column("applicant_kind", sa.String(24), nullable=False),
        sa.Column("applicant_name", sa.String(64), nullable=False),
        sa.Column("grounds", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("status", sa.String(24), nullable=False, index=True),
        sa.Column("decision", sa.String(24), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=True),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("due_kind", sa.String(24), nullable=False),
        sa.Column("raw_end", sa.Date, nullable=True),
        sa.Column("due_date", sa.Date, nullable=True, index=True),
        sa.Column("in_custody_period", sa.Boolean, nullable=False),
        sa.Column("closed_on", sa.Date, nullable=True),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "custody_checklist_answers", *_synced(),
        _fk("review_id", "custody_reviews"),
        sa.Column("factor_code", sa.String(40), nullable=False),
        sa.Column("present", sa.Boolean, nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
        sa.UniqueConstraint("review_id", "factor_code"),
    )
    op.create_table(
        "custody_recommendations", *_synced(),
        _fk("review_id", "custody_reviews"),
        sa.Column("measure", sa.String(32), nullable=False),
        sa.Column("addressee", sa.String(100), nullable=False),
        sa.Column("served_on", sa.Date, nullable=False),
        sa.Column("reply_days", sa.Integer, nullable=False),
        sa.Column("reply_raw_end", sa.Date, nullable=False),
        sa.Column("reply_due", sa.Date, nullable=False),
        sa.Column("in_custody_period", sa.Boolean, nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("document_no", sa.String(64), nullable=False),
    )
    op.create_table(
        "custody_replies", *_synced(),
        _fk("recommendation_id", "custody_recommendations"),
        sa.Column("received_on", sa.Date, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("measure_taken", sa.String(32), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("late", sa.Boolean, nullable=False),
    )
    op.create_table(
        "custody_escalations", *_synced(),
        _fk("recommendation_id", "custody_recommendations"),
        sa.Column("issued_on", sa.Date, nullable=False),
        sa.Column("method", sa.String(32), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("document_no", sa.String(64), nullable=False),
    )
    op.create_table(
        "custody_result_notices", *_synced(),
        _fk("review_id", "custody_reviews"),
        sa.Column("notified_on", sa.Date, nullable=False),
        sa.Column("recipient", sa.String(64), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("document_no", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
