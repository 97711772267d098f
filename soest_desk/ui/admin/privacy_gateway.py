"""The data-protection dialog's way to the database (Qt-free, one short session per call).
The disclosure PDF is written after its session has ended (the reads are audited there)."""

from __future__ import annotations

from pathlib import Path

from soest_desk.reports.disclosure_pdf import write_disclosure_pdf
from soest_desk.services import data_protection, shared_settings, sign_in
from soest_desk.services.data_protection_search import Found, find_people
from soest_desk.services.validation import german_date
from soest_desk.ui.session_gateway import SessionGateway


class PrivacyGateway(SessionGateway):

    def needs_owner(self) -> bool:
        """On PostgreSQL with roles only the owner's login may do these duties."""
        return self._read(sign_in.roles_installed)

    def retention_years(self) -> int:
        return int(self._read(lambda s: shared_settings.get(s, shared_settings.RETENTION_YEARS)))

    def find(self, text: str) -> list[Found]:
        return self._read(lambda s: find_people(s, self.actor, text))

    def disclose(self, person_id: int, requested_by: str, path: Path) -> int:
        disclosure = self._write(lambda s: data_protection.disclose(
            s, self.actor, person_id, requested_by=requested_by))
        return write_disclosure_pdf(disclosure, path)

    def plan(self, years: int) -> tuple[list[str], list[int]]:
        """The dry run's lines and the people it lists (the run itself must meet them)."""
        plan = self._read(lambda s: data_protection.plan_retention(s, self.actor, years))
        lines = [f"Stichtag: letzte Belegung vor dem {german_date(plan.cutoff)} beendet "
                 f"({plan.years} Jahre)."]
        for person in plan.people:
            moved = ("nie untergebracht" if person.last_move_out is None
                     else f"letzter Auszug {german_date(person.last_move_out)}")
            household = f", {person.household_label}" if person.household_label else ""
            lines.append(f"{person.label}{household} – {moved}")
            lines.extend(f"    – {change}" for change in person.changes)
        if not plan.people:
            lines.append("Niemand ist fällig.")
        return lines, [person.person_id for person in plan.people]

    def apply(self, years: int, expected: list[int]) -> int:
        return len(self._write(lambda s: data_protection.apply_retention(
            s, self.actor, years, expected=expected)).people)

    def erase(self, person_id: int, reason: str) -> int:
        return self._write(lambda s: data_protection.erase_person(
            s, self.actor, person_id, reason)).person_id
