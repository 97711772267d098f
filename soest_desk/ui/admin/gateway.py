"""The user administration's way to the database (Qt-free, one short session per call)."""

from __future__ import annotations

from soest_desk.services import sign_in, user_admin
from soest_desk.services.user_admin import UserInput, UserRow
from soest_desk.ui.session_gateway import SessionGateway


class AdminGateway(SessionGateway):

    def users(self) -> tuple[list[UserRow], list[tuple[int, str]]]:
        return self._read(lambda s: (user_admin.list_users(s, self.actor),
                                     user_admin.facility_choices(s, self.actor)))

    def save(self, data: UserInput, user_id: int | None, version: int | None) -> int:
        return self._write(lambda s: user_admin.save_user(s, self.actor, data, user_id,
                                                          version).id)

    def set_password(self, user_id: int, password: str | None) -> None:
        self._write(lambda s: sign_in.set_app_password(s, self.actor, user_id, password))

    @property
    def embedded(self) -> bool:
        """Application passwords exist on the single-workstation (SQLite) setup only."""
        return self.database.dialect == "sqlite"
