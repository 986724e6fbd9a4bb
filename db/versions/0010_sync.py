"""Sync bookkeeping (local, not replicated): registered peers and their public keys,
watermarks, applied-sequence digests, held packages, alarms, the package log, and the upper
office's per-unit down sequence. And a user name becomes unique within its unit, not across
the database: an upper office holds every unit's users. Portable to PostgreSQL (on SQLite
the users table is rebuilt, which `store.database.migrate` allows by switching foreign-key
enforcement off for the upgrade and checking every key before it commits).

Revision ID: 0010
Revises: 0009
"""
from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("uq_users_username", type_="unique")
        batch.create_unique_constraint("uq_users_unit_code_username", ["unit_code", "username"])
    op.create_table(
        "sync_peers",
        sa.Column("unit_code", sa.String(32), primary_key=True),
        sa.Column("unit_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("suite", sa.String(64), nullable=False),
        sa.Column("signing_public", sa.LargeBinary, nullable=False),
        sa.Column("encryption_public", sa.LargeBinary, nullable=False),
        sa.Column("signing_key_id", sa.String(16), nullable=False, index=True),
        sa.Column("encryption_key_id", sa.String(16), nullable=False),
        sa.Column("url", sa.String(300), nullable=False),
        sa.Column("registered_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sync_watermarks",
        sa.Column("peer_unit", sa.String(32), sa.ForeignKey("sync_peers.unit_code"),
                  primary_key=True),
        sa.Column("applied_seq", sa.Integer, nullable=False),
        sa.Column("acked_seq", sa.Integer, nullable=False),
        sa.Column("last_received_at", sa.DateTime, nullable=True),
        sa.Column("last_acked_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "sync_applied",
        sa.Column("peer_unit", sa.String(32), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("digest", sa.String(64), nullable=False),
    )
    op.create_table(
        "sync_held",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("peer_unit", sa.String(32), nullable=False, index=True),
        sa.Column("first_seq", sa.Integer, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sync_alarms",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("peer_unit", sa.String(32), nullable=False, index=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer, nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("raised_at", sa.DateTime, nullable=False),
        sa.Column("resolved", sa.Boolean, nullable=False),
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("direction", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("peer_unit", sa.String(32), nullable=False, index=True),
        sa.Column("first_seq", sa.Integer, nullable=True),
        sa.Column("last_seq", sa.Integer, nullable=True),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("via", sa.String(8), nullable=False),
        sa.Column("result", sa.String(16), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "sync_down_queue",
        sa.Column("peer_unit", sa.String(32), primary_key=True),
        sa.Column("down_seq", sa.Integer, primary_key=True),
        sa.Column("table_name", sa.String(64), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    for table in ("sync_down_queue", "sync_log", "sync_alarms", "sync_held", "sync_applied",
                  "sync_watermarks", "sync_peers"):
        op.drop_table(table)
    with op.batch_alter_table("users") as batch:
        batch.drop_constraint("uq_users_unit_code_username", type_="unique")
        batch.create_unique_constraint("uq_users_username", ["username"])
