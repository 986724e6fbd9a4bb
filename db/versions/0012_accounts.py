"""Accounts and log-in: failed attempts and lock-outs per account (`account_locks`, local,
not synced), and the roles of an upper office's own accounts.

An upper office set up before this revision gave its first account the grassroots roles
(officer, approver, admin); its work on the units' records (comments, 督办, 复核) now asks
for the upper-level roles, so its own officers and approvers get them too. Whether the
office asks for a log-in (`app_meta.login_required`) is left unset: an office made before
accounts existed keeps opening as its one account until an administrator switches log-in on.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "account_locks",
        sa.Column("user_id", sa.String(36), sa.ForeignKey("users.id"), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("locked_until", sa.DateTime, nullable=True),
        sa.Column("last_failure", sa.DateTime, nullable=True),
    )
    conn = op.get_bind()
    mode = conn.execute(sa.text("SELECT value FROM app_meta WHERE key = 'mode'")).scalar()
    own = conn.execute(sa.text("SELECT value FROM app_meta WHERE key = 'self_unit_code'")
                       ).scalar()
    if mode != "upper" or own is None:
        return
    users = conn.execute(sa.text("SELECT id, roles FROM users WHERE unit_code = :own"),
                         {"own": own}).all()
    for user_id, roles in users:
        have = [r.strip() for r in (roles or "").split(",") if r.strip()]
        extra = (["upper_officer"] if "officer" in have else []) + \
                (["upper_leader"] if "approver" in have else [])
        added = [r for r in extra if r not in have]
        if added:
            conn.execute(sa.text("UPDATE users SET roles = :roles WHERE id = :id"),
                         {"roles": ",".join(have + added), "id": user_id})


def downgrade() -> None:
    op.drop_table("account_locks")
