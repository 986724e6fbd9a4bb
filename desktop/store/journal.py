"""Local tables that are not synced records: the outbox (the change feed going upward), the
audit chain, per-database settings, and the derived list index of arrest requests."""
from __future__ import annotations

from sqlalchemy import Column, Date, Integer, String, Table, Text

from desktop.store.models import Base

outbox = Table(
    "outbox",
    Base.metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # unit-local, increasing
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False),
    Column("version", Integer, nullable=False),
    Column("op", String(8), nullable=False),  # "upsert" | "delete" (tombstone)
    Column("payload", Text, nullable=False),  # the whole row as JSON
    Column("created_at", String(32), nullable=False),
    sqlite_autoincrement=True,
)

audit_log = Table(
    "audit_log",
    Base.metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("user_name", String(64), nullable=False),
    Column("action", String(16), nullable=False),  # "insert" | "update" | "delete"
    Column("table_name", String(64), nullable=False),
    Column("row_id", String(36), nullable=False, index=True),
    Column("version", Integer, nullable=False),
    Column("detail", Text, nullable=False),  # JSON: values inserted, or {column: [old, new]}
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    sqlite_autoincrement=True,
)

app_meta = Table(
    "app_meta",
    Base.metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# Derived from arrest_requests + arrest_reviews + persons + charges, rebuilt on every change by
# store.request_index, so the 100,000-row list sorts and filters on one narrow indexed table.
request_index = Table(
    "request_index",
    Base.metadata,
    Column("rowid", Integer, primary_key=True),
    Column("request_id", String(36), nullable=False, unique=True),
    Column("police_case_no", String(64), nullable=False, index=True),
    Column("suspects", Text, nullable=False),
    Column("charges", Text, nullable=False),
    Column("detained", Integer, nullable=False),
    Column("juvenile", Integer, nullable=False),
    Column("received_date", Date, nullable=False, index=True),
    Column("due_date", Date, index=True),  # earliest due among open reviews; NULL when none
    Column("status", String(24), nullable=False, index=True),
    Column("officer_id", String(36), nullable=False, index=True),
    Column("search_text", Text, nullable=False),  # for the trigram index (3+ characters)
    Column("search_chars", Text, nullable=False, server_default=""),  # unigram index (1–2)
)
