"""The database a command works on: chosen as everywhere (flag, environment, settings file,
embedded default), opened and migrated to the current schema – an existing SQLite database
is backed up before a migration changes it. Shared by the window command, `import` and
`report`."""

from __future__ import annotations

from soest_desk.config import choose_database, ensure_data_dir
from soest_desk.db import Database, open_database


def open_migrated(url_flag: str | None) -> Database:
    """The chosen database, brought up to date (the embedded one is created if missing)."""
    from soest_desk import migrate
    from soest_desk.services import backups

    choice = choose_database(url_flag)
    if choice.is_default:
        ensure_data_dir()
    database = open_database(choice.url, create=choice.is_default)
    try:
        if not migrate.is_current(database):  # a copy first (SQLite; see backups)
            backups.backup_before_migration(database, migrate.current_revision(database))
        migrate.upgrade(database)
    except BaseException:
        database.dispose()
        raise
    return database
