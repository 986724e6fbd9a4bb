"""The arrest-review list index and its trigram full-text search (filled after upgrade).

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "request_index",
        sa.Column("rowid", sa.Integer, primary_key=True),
        sa.Column("request_id", sa.String(36), nullable=False, unique=True),
        sa.Column("police_case_no", sa.String(64), nullable=False),
        sa.Column("suspects", sa.Text, nullable=False),
        sa.Column("charges", sa.Text, nullable=False),
        sa.Column("detained", sa.Integer, nullable=False),
        sa.Column("juvenile", sa.Integer, nullable=False),
        sa.Column("received_date", sa.Date, nullable=False, index=True),
        sa.Column("due_date", sa.Date, nullable=True, index=True),
        sa.Column("status", sa.String(24), nullable=False, index=True),
        sa.Column("officer_id", sa.String(36), nullable=False, index=True),
        sa.Column("search_text", sa.Text, nullable=False),
    )
    # External-content FTS5 over search_text; triggers keep it in step with the table. SQLite
    # only: on PostgreSQL (an upper office) the table has no full-text shadow.
    if op.get_bind().dialect.name == "sqlite":
        _full_text()
    # Derived rows are filled by the program after the last migration (store/database.py), so
    # this revision never runs code that knows only the newest shape of the table.
    op.execute("INSERT INTO app_meta (key, value) VALUES ('request_index_stale', '1') "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value")


def _full_text() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE request_fts USING fts5(search_text, content='request_index', "
        "content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER request_index_ai AFTER INSERT ON request_index BEGIN "
        "INSERT INTO request_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER request_index_ad AFTER DELETE ON request_index BEGIN "
        "INSERT INTO request_fts(request_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); END"
    )
    op.execute(
        "CREATE TRIGGER request_index_au AFTER UPDATE ON request_index BEGIN "
        "INSERT INTO request_fts(request_fts, rowid, search_text) "
        "VALUES ('delete', old.rowid, old.search_text); "
        "INSERT INTO request_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END"
    )


def downgrade() -> None:
    raise NotImplementedError("the program never downgrades; restore the backup instead")
