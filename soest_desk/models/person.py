"""Residents (Bewohner*innen), their households, identity documents and languages."""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from soest_desk.models.base import (
    Audited,
    Base,
    SearchKeyed,
    SearchKeys,
    UTCDateTime,
    Versioned,
    enum_check,
    pii,
    search_key_column,
    utcnow,
)
from soest_desk.models.enums import BirthDatePrecision, DocumentType, HouseholdRole, Sex


class Household(Versioned, Audited, SearchKeyed, Base):
    __tablename__ = "households"
    __audit_end__ = (("active", False),)
    __search_keys__: ClassVar[SearchKeys] = {
        "search_label": ("label",),
    }

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str | None] = mapped_column(String(200), info=pii("name"))
    search_label: Mapped[str] = search_key_column(**pii("name"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())

    members: Mapped[list[Person]] = relationship(back_populates="household")


class Person(Versioned, Audited, SearchKeyed, Base):
    """A resident. A birth date may be known to the year only (`birth_date_precision`);
    the stored date is then the first day of that year (or month)."""

    __tablename__ = "persons"
    __audit_end__ = (("active", False),)
    __search_keys__: ClassVar[SearchKeys] = {
        "search_name": ("family_name", "given_names", "name_transliteration"),
    }

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(200), info=pii("name"))
    given_names: Mapped[str] = mapped_column(String(200), info=pii("name"))
    name_transliteration: Mapped[str | None] = mapped_column(String(400), info=pii("name"))
    search_name: Mapped[str] = search_key_column(**pii("name"))  # the list sorts by it
    birth_date: Mapped[date | None] = mapped_column(Date, info=pii("birth"))
    birth_date_precision: Mapped[str] = mapped_column(
        String(8), server_default=BirthDatePrecision.DAY.value
    )
    sex: Mapped[str] = mapped_column(String(1), server_default=Sex.UNKNOWN.value, info=pii("basic"))
    nationality: Mapped[str | None] = mapped_column(String(3), info=pii("basic"))
    phone: Mapped[str | None] = mapped_column(String(50), info=pii("contact"))
    care_grade: Mapped[int] = mapped_column(Integer, server_default="0", info=pii("health"))
    needs_barrier_free: Mapped[bool] = mapped_column(
        Boolean, server_default=false(), info=pii("health")
    )
    has_pets: Mapped[bool] = mapped_column(Boolean, server_default=false(), info=pii("basic"))
    smoker: Mapped[bool] = mapped_column(Boolean, server_default=false(), info=pii("basic"))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="RESTRICT"), index=True
    )
    household_role: Mapped[str | None] = mapped_column(String(16), info=pii("basic"))
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(Boolean, server_default=true())  # False: ended

    household: Mapped[Household | None] = relationship(back_populates="members")
    documents: Mapped[list[IdentityDocument]] = relationship(back_populates="person")
    languages: Mapped[list[PersonLanguage]] = relationship(
        back_populates="person", order_by="PersonLanguage.position"
    )

    __table_args__ = (
        enum_check("birth_date_precision", BirthDatePrecision),
        enum_check("sex", Sex),
        enum_check("household_role", HouseholdRole, nullable=True),
        CheckConstraint("care_grade BETWEEN 0 AND 5", name="care_grade_0_5"),
        CheckConstraint(
            "birth_date IS NULL OR birth_date >= '1900-01-01'", name="birth_date_after_1900"
        ),
        CheckConstraint(
            "length(trim(family_name)) > 0 OR length(trim(given_names)) > 0",
            name="some_name",
        ),
        CheckConstraint(
            "(household_id IS NULL) = (household_role IS NULL)",
            name="household_role_with_household",
        ),
        CheckConstraint(
            "nationality IS NULL OR length(nationality) = 3", name="nationality_alpha3"
        ),
        Index("ix_persons_family_name_given_names", "family_name", "given_names"),
        Index("ix_persons_birth_date", "birth_date"),
        Index("ix_persons_search_name_id", "search_name", "id"),  # keyset pages by name
        # one head per household, enforced by the database
        Index(
            "uq_persons_household_head",
            "household_id",
            unique=True,
            sqlite_where=text("household_role = 'head'"),
            postgresql_where=text("household_role = 'head'"),
        ),
    )


class IdentityDocument(Versioned, Audited, Base):
    __tablename__ = "identity_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), index=True
    )
    doc_type: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), info=pii("document"))
    issuing_country: Mapped[str] = mapped_column(String(3), info=pii("document"))
    valid_until: Mapped[date | None] = mapped_column(Date, info=pii("document"))

    person: Mapped[Person] = relationship(back_populates="documents")

    __table_args__ = (
        enum_check("doc_type", DocumentType),
        CheckConstraint("length(trim(number)) > 0", name="number_not_blank"),
        UniqueConstraint("doc_type", "issuing_country", "number"),
    )


class PersonLanguage(Audited, Base):
    __tablename__ = "person_languages"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(3), info=pii("basic"))  # ISO 639-1/-3
    position: Mapped[int] = mapped_column(Integer, server_default="0")

    person: Mapped[Person] = relationship(back_populates="languages")

    __table_args__ = (UniqueConstraint("person_id", "language"),)
