"""Domain errors. Their message is German and is what the user sees."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the domain was broken; nothing was changed."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDenied(DomainError):
    """The acting user's roles do not allow this."""


class UnknownUser(DomainError):
    """The OS login is not a user of this database."""
