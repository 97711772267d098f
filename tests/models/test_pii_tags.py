"""Personal data is tagged in the schema, so disclosure, retention and erasure can walk
the tags. A new column on a table about people must be tagged or listed here on purpose."""

from __future__ import annotations

from soest_desk.models import Base

# tables that describe a person, and their columns that are deliberately not personal data
PERSON_TABLES_UNTAGGED = {
    "persons": {"id", "version_id", "birth_date_precision", "household_id", "anonymised_at",
                "active"},
    "identity_documents": {"id", "version_id", "person_id", "doc_type"},
    "person_languages": {"id", "person_id", "position"},
    "stays": {"id", "version_id", "person_id", "unit_id", "over_allocation_id"},
    "households": {"id", "version_id", "created_at", "active"},
}


def pii_columns() -> dict[str, set[str]]:
    tagged: dict[str, set[str]] = {}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if "pii" in column.info:
                tagged.setdefault(table.name, set()).add(column.name)
    return tagged


def test_every_column_of_person_tables_is_tagged_or_exempt():
    for table_name, exempt in PERSON_TABLES_UNTAGGED.items():
        table = Base.metadata.tables[table_name]
        untagged = {c.name for c in table.columns if "pii" not in c.info}
        assert untagged == exempt, table_name


def test_names_documents_and_social_data_are_tagged():
    tagged = pii_columns()
    assert {"family_name", "given_names", "name_transliteration", "birth_date"} <= tagged["persons"]
    assert {"number", "issuing_country"} <= tagged["identity_documents"]
    assert {"text"} <= tagged["case_notes"]
    assert {"landlord_name", "landlord_phone", "landlord_email"} <= tagged["facilities"]


def test_social_data_category_marks_case_content():
    social = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if column.info.get("pii") == "social"
    }
    assert ("case_notes", "text") in social
    assert ("cases", "goals") in social


def test_tickets_hold_no_personal_data_of_residents():
    """Except the mark that a photo shows a person (a number, no name): it is there so that
    the retention run and the erasure can remove such photos."""
    ticket_tables = {"tickets", "ticket_events", "attachments", "cost_entries"}
    tagged = {(table, column) for table, columns in pii_columns().items()
              if table in ticket_tables for column in columns}
    assert tagged == {("attachments", "shows_person_id")}
