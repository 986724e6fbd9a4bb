"""Register import: saved column mappings (`import_mappings`) and draft registrations from
police exports (`registration_drafts`); both local to the office, not synced.

Revision ID: 0013
Revises: 0012
"""
import json
from datetime import datetime

from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mappings",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("columns", sa.Text, nullable=False),
        sa.Column("saved_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "registration_drafts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("values", sa.Text, nullable=False),
        sa.Column("source_file", sa.String(255), nullable=False),
        sa.Column("source_row", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("registration_id", sa.String(36), nullable=True),
    )
    op.create_index("ix_registration_drafts_status", "registration_drafts", ["status"])
    # the default mapping of a police export (desktop/services/register_import_mappings
    # POLICE_COLUMNS, copied here so this revision never runs later code)
    columns = [["案件编号", "police_case_no"], ["提请批准逮捕书文号", "request_no"],
               ["犯罪嫌疑人姓名", "suspect_name"], ["公民身份号码", "id_number"],
               ["出生日期", "birth_date"], ["涉嫌罪名", "charges"], ["提请单位", "police_agency"],
               ["提请日期", "request_date"], ["刑事拘留日期", "detained_since"],
               ["强制措施", "detained"], ["辩护律师", "counsel"], ["认罪认罚", "confessed"],
               ["案发时间", "offence_date"], ["简要案情", "note"]]
    op.get_bind().execute(
        sa.text("INSERT INTO import_mappings (name, kind, columns, saved_at) "
                "VALUES (:name, 'arrest', :columns, :at)"),
        {"name": "公安机关提请批准逮捕信息", "columns": json.dumps(columns, ensure_ascii=False),
         "at": datetime(2026, 12, 1)})


def downgrade() -> None:
    op.drop_index("ix_registration_drafts_status", "registration_drafts")
    op.drop_table("registration_drafts")
    op.drop_table("import_mappings")
