"""The arrest-review workflow after registration: interrogations, counsel opinions, social
danger, hearings, decisions and approvals, receipts, reconsideration, omitted suspects and
re-submissions. Written by hand: migrations are frozen history.

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
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


def _review_id():
    return sa.Column("review_id", sa.String(36), sa.ForeignKey("arrest_reviews.id"),
                     nullable=False, index=True)


def _flag(name):
    return sa.Column(name, sa.Boolean, nullable=False)


def upgrade() -> None:
    op.create_table(
        "review_checklists", *_synced(),
        sa.Column("review_id", sa.String(36), sa.ForeignKey("arrest_reviews.id"),
                  nullable=False, unique=True),
        *[_flag(n) for n in ("suspect_asked", "doubt_about_conditions", "possible_illegality",
                             "major_complex", "disability", "ten_years_possible",
                             "prior_intentional_crime", "identity_unknown", "bail_violation")],
        sa.Column("legal_aid_notified_on", sa.Date, nullable=True),
        _flag("social_report"),
        _flag("age_uncertain"),
    )
    op.create_table(
        "review_interrogations", *_synced(), _review_id(),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("staff", sa.Text, nullable=False),
        sa.Column("place", sa.String(100), nullable=False),
        sa.Column("returned_on", sa.Date, nullable=True),
        _flag("female_prosecutor_present"),
        sa.Column("adult_present", sa.String(24), nullable=False),
        sa.Column("adult_name", sa.String(64), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
    )
    op.create_table(
        "counsel_opinions", *_synced(), _review_id(),
        sa.Column("counsel_name", sa.String(100), nullable=False),
        sa.Column("heard_on", sa.Date, nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("arguments", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
    )
    op.create_table(
        "social_danger_findings", *_synced(), _review_id(),
        sa.Column("circumstance", sa.String(24), nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.UniqueConstraint("review_id", "circumstance"),
    )
    op.create_table(
        "review_hearings", *_synced(), _review_id(),
        sa.Column("held_on", sa.Date, nullable=False),
        sa.Column("place", sa.String(100), nullable=False),
        sa.Column("chair", sa.String(64), nullable=False),
        sa.Column("members", sa.Text, nullable=False),
        sa.Column("participants", sa.Text, nullable=False),
        sa.Column("opinions", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
    )
    op.create_table(
        "review_decisions", *_synced(), _review_id(),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("ground", sa.String(32), nullable=False),
        sa.Column("reasoning", sa.Text, nullable=False),
        sa.Column("juvenile_situations", sa.String(200), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("proposed_by", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("proposed_on", sa.Date, nullable=False),
        _flag("chief_required"),
        sa.Column("approver_id", sa.String(36), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("approved_on", sa.Date, nullable=True),
        _flag("self_approved"),
        _flag("late"),
        sa.Column("send_back_reason", sa.Text, nullable=False),
        sa.Column("withdrawal_due", sa.Date, nullable=True),
        sa.Column("withdrawn_on", sa.Date, nullable=True),
    )
    op.create_table(
        "execution_receipts", *_synced(), _review_id(),
        sa.Column("decision_id", sa.String(36), sa.ForeignKey("review_decisions.id"),
                  nullable=False),
        sa.Column("step", sa.String(24), nullable=False),
        sa.Column("served_on", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("executed", sa.Boolean, nullable=True),
        sa.Column("executed_on", sa.Date, nullable=True),
        sa.Column("received_on", sa.Date, nullable=True),
        sa.Column("not_executed_reason", sa.Text, nullable=False),
    )
    op.create_index("ix_execution_receipts_open", "execution_receipts",
                    ["received_on", "due_date"])
    op.create_table(
        "reconsiderations", *_synced(), _review_id(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("decision_received_on", sa.Date, nullable=False),
        sa.Column("requested_on", sa.Date, nullable=False),
        _flag("request_late"),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("grounds", sa.Text, nullable=False),
        sa.Column("decider_id", sa.String(36), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("chief_approved_by", sa.String(36), sa.ForeignKey("users.id"), nullable=True),
        sa.Column("decided_by", sa.String(100), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=True),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
    )
    op.create_table(
        "omitted_suspect_demands", *_synced(),
        sa.Column("request_id", sa.String(36), sa.ForeignKey("arrest_requests.id"),
                  nullable=False, index=True),
        sa.Column("suspect_name", sa.String(64), nullable=False),
        sa.Column("id_number", sa.String(18), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("chief_approved_by", sa.String(36), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("demanded_on", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("police_answer", sa.String(16), nullable=False),
        sa.Column("answered_on", sa.Date, nullable=True),
        sa.Column("police_reasons", sa.Text, nullable=False),
        sa.Column("new_request_id", sa.String(36), sa.ForeignKey("arrest_requests.id"),
                  nullable=True),
        sa.Column("direct_decision_on", sa.Date, nullable=True),
    )
    op.create_table(
        "request_links", *_synced(),
        sa.Column("request_id", sa.String(36), sa.ForeignKey("arrest_requests.id"),
                  nullable=False, unique=True),
        sa.Column("previous_request_id", sa.String(36), sa.ForeignKey("arrest_requests.id"),
                  nullable=False, index=True),
        sa.Column("reason", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
