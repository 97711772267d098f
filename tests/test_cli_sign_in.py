"""A command runs as the signed-in user: with an application password it is asked in the
terminal, and without a terminal the command is refused instead of running unchecked."""

from __future__ import annotations

import io

from soest_desk import cli, migrate
from soest_desk.db import open_database
from soest_desk.models.enums import Role
from soest_desk.services.sign_in import set_app_password
from tests.builders import Builder, _actor


def _database_with_password(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'office.sqlite'}"
    database = open_database(url, create=True)
    migrate.upgrade(database)
    with database.write() as session:
        admin = _actor(Builder(session).user("adele", {Role.ADMIN}, (), "Adele Admin"))
    with database.write(admin) as session:
        set_app_password(session, admin, admin.user_id, "Sonnenblume 2026!")
    database.dispose()
    monkeypatch.setenv("SOEST_DESK_USER", "adele")
    return url


def test_without_a_terminal_a_user_with_a_password_is_refused(tmp_path, monkeypatch, capsys):
    url = _database_with_password(tmp_path, monkeypatch)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = cli.main(["privacy", "retention", "--database-url", url])
    assert code == 1
    assert "hat ein Anwendungspasswort" in capsys.readouterr().err


def test_in_a_terminal_the_password_is_asked_and_checked(tmp_path, monkeypatch, capsys):
    url = _database_with_password(tmp_path, monkeypatch)
    terminal = io.StringIO("")
    terminal.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", terminal)
    answers = iter(["falsch", "Sonnenblume 2026!"])
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": next(answers))
    assert cli.main(["privacy", "retention", "--database-url", url]) == 1
    assert "Das Passwort stimmt nicht" in capsys.readouterr().err
    assert cli.main(["privacy", "retention", "--database-url", url]) == 0
    assert "Aufbewahrungsfrist 10 Jahre" in capsys.readouterr().out
