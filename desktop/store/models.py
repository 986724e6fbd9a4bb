"""The tables, as SQLAlchemy models. The schema itself is created by the Alembic migrations in
db/; a test compares the two so they cannot drift apart.

Synced records (DESIGN §3) share `Synced`: a UUIDv7 id, the owning unit, a version, UTC
timestamps and a tombstone. They are never hard-deleted; `store.capture` enforces that and
records every change in the outbox and the audit chain.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.store.ids import uuid7

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every replicated record carries. Values are set by store.capture, not callers;
    the id is given at construction, so a new record can be referred to before any flush."""

    def __init__(self, **kwargs):
        kwargs.setdefault("id", uuid7())
        super().__init__(**kwargs)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(32), index=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column()
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Unit(Synced, Base):
    """A procuratorate: this office, its upper office, and (at the upper office) subordinates."""

    __tablename__ = "units"
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    abbr: Mapped[str] = mapped_column(String(20), default="")  # 文号中的机关代字, e.g. ××检
    level: Mapped[str] = mapped_column(String(16))  # "grassroots" | "upper"
    parent_code: Mapped[str | None] = mapped_column(String(32), default=None)


class User(Synced, Base):
    """An officer (承办检察官) or other staff member with an account."""

    __tablename__ = "users"
    # Never copied into the outbox or the audit log: a hash is still a secret.
    __secret_columns__ = frozenset({"password_hash"})
    __table_args__ = (UniqueConstraint("unit_code", "username"),)  # unique within a unit
    username: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str] = mapped_column(String(64))
    password_hash: Mapped[str] = mapped_column(String(256), default="")
    roles: Mapped[str] = mapped_column(String(128), default="officer")  # comma-separated
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PoliceAgency(Synced, Base):
    """A police agency that sends requests and receives notices (公安机关)."""

    __tablename__ = "police_agencies"
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(40), default="")


class Charge(Base):
    """The charge catalogue (罪名): reference data shipped with the program, not synced."""

    __tablename__ = "charges"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    article: Mapped[str] = mapped_column(String(20), default="")
    chapter: Mapped[str] = mapped_column(String(60), default="")
    section: Mapped[str] = mapped_column(String(60), default="")


class Person(Synced, Base):
    """A natural person in a case; here a suspect (犯罪嫌疑人)."""

    __tablename__ = "persons"
    name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str | None] = mapped_column(String(18), default=None, index=True)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(1), default=None)  # "M" | "F"
    nationality: Mapped[str] = mapped_column(String(40), default="中国")


class ArrestRequest(Synced, Base):
    """A police request for approval of arrest (提请批准逮捕书) and its case data."""

    __tablename__ = "arrest_requests"
    police_agency_id: Mapped[str] = mapped_column(ForeignKey("police_agencies.id"))
    police_case_no: Mapped[str] = mapped_column(String(64), index=True)  # 公安机关案件编号
    request_no: Mapped[str] = mapped_column(String(64), default="")  # 提请批准逮捕书文号
    request_date: Mapped[date] = mapped_column(Date)
    received_date: Mapped[date] = mapped_column(Date)  # the limit runs from receipt
    major_complex: Mapped[bool] = mapped_column(Boolean, default=False)  # 重大、复杂
    officer_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    charge_codes: Mapped[str] = mapped_column(Text, default="")  # comma-separated catalogue codes
    note: Mapped[str] = mapped_column(Text, default="")

    police_agency: Mapped[PoliceAgency] = relationship()
    reviews: Mapped[list[ArrestReview]] = relationship(
        back_populates="request", order_by="ArrestReview.position"
    )


class ArrestReview(Synced, Base):
    """The review of one suspect in a request: one decision per suspect, each with its limit."""

    __tablename__ = "arrest_reviews"
    __table_args__ = (UniqueConstraint("request_id", "person_id"),)
    request_id: Mapped[str] = mapped_column(ForeignKey("arrest_requests.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    detained: Mapped[bool] = mapped_column(Boolean)  # 已被拘留
    detained_since: Mapped[date | None] = mapped_column(Date, default=None)
    confessed: Mapped[bool] = mapped_column(Boolean, default=False)  # 认罪认罚
    counsel: Mapped[str] = mapped_column(String(200), default="")  # 辩护人
    offence_date: Mapped[date | None] = mapped_column(Date, default=None)
    juvenile: Mapped[bool] = mapped_column(Boolean, default=False)  # at the offence (JUV06 1)
    status: Mapped[str] = mapped_column(String(24))  # domain.arrest_review.ReviewStatus
    limit_code: Mapped[str] = mapped_column(String(32))
    raw_end: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_on: Mapped[date | None] = mapped_column(Date, default=None)

    request: Mapped[ArrestRequest] = relationship(back_populates="reviews")
    person: Mapped[Person] = relationship()


def synced_models() -> list[type]:
    """Every mapped class that is a synced record, from all model modules."""
    import desktop.store.all_models  # noqa: F401  (every model module registers itself)

    return sorted((m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)),
                  key=lambda cls: cls.__tablename__)
