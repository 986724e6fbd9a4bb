"""Local bookkeeping of log-ins (migration 0012): failed attempts and lock-outs per account.

Not replicated and not part of the user record: a wrong password typed at one desk is no
change to the account that the upper office needs, and the `users` row keeps its version.
Kept in the database, so a lock-out survives closing and reopening the program.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models import Base


class AccountLock(Base):
    __tablename__ = "account_locks"
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # since the last good log-in
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # UTC
    last_failure: Mapped[datetime | None] = mapped_column(DateTime, default=None)  # UTC
