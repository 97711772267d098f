from sqlalchemy import func, select

from soest_desk.models import AuditEntry, Facility


def test_database_fixture_is_empty_and_audits(database):
    with database.write() as session:
        session.add(Facility(kind="shared_accommodation", name="A", street="S 1",
                             postal_code="59494", city="Soest"))
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Facility)) == 1
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 1
