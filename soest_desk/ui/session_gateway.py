"""The base of every widget's gateway to the database (tickets, places, forms, import).

A gateway is Qt-free: each call opens one short session of its own (it runs on the thread
pool, and a Session never crosses threads), calls the services and returns plain data.
Driver failures come back as the German `DatabaseError` of `db.translated_errors`; the
services' refusals as their `DomainError`. A write is all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm.exc import StaleDataError

from soest_desk.db import Database, translated_errors
from soest_desk.services.permissions import Actor
from soest_desk.services.validation import EditConflict

T = TypeVar("T")


class SessionGateway:
    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def _read(self, job: Callable[[Any], T]) -> T:
        with translated_errors(self.database.info), self.database.read() as session:
            return job(session)

    def _write(self, job: Callable[[Any], T]) -> T:
        try:
            with translated_errors(self.database.info), \
                    self.database.write(self.actor) as session:
                return job(session)
        except StaleDataError as exc:  # a versioned row changed between reading and saving
            raise EditConflict("Der Eintrag wurde inzwischen von jemand anderem geändert. "
                               "Ihre Änderung wurde nicht gespeichert; bitte laden Sie die "
                               "Daten neu.") from exc
