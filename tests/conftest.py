"""Shared fixtures: a fresh, migrated database per test on SQLite and on PostgreSQL.

SQLite: one file is migrated per test run and copied for every test (a copy takes ~5 ms, a
migration ~350 ms: with well over a thousand such tests that is minutes of the suite).

PostgreSQL: one database per test run on the server at SOEST_DESK_TEST_PG_URL (default
postgres@127.0.0.1:5432), migrated once and emptied after every test. Outside CI a missing
server skips those tests with the reason; under CI=true it fails them.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from soest_desk import migrate
from soest_desk.db import Database, open_database
from soest_desk.models import Base
from soest_desk.services.audit import install_audit_hook

DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
ON_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def pg_admin_url() -> str:
    return os.environ.get("SOEST_DESK_TEST_PG_URL", DEFAULT_PG_URL)


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the real user data/config directories or the real OS login mapping."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("SOEST_DESK_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("SOEST_DESK_CONFIG_DIR", str(base / "config"))
    # a real machine-wide preset (/etc/xdg/soest-desk, %PROGRAMDATA%) never reaches a test
    monkeypatch.setenv("SOEST_DESK_SITE_CONFIG_DIR", str(base / "site"))
    monkeypatch.delenv("SOEST_DESK_LANGUAGE", raising=False)
    monkeypatch.delenv("SOEST_DESK_DATABASE_URL", raising=False)
    monkeypatch.setenv("SOEST_DESK_USER", "testuser")
    (base / "data").mkdir()
    (base / "config").mkdir()


@pytest.fixture(scope="session", autouse=True)
def _audit_hook() -> None:
    install_audit_hook()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run, migrated to head, dropped at the end."""
    admin = make_url(pg_admin_url())
    name = f"soest_test_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with admin_engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # any connection failure means: no server to test against
        admin_engine.dispose()
        message = f"PostgreSQL test server not reachable at {admin.render_as_string()}: {exc}"
        if ON_CI:
            pytest.fail(message)
        pytest.skip(message)
    url = admin.set(database=name).render_as_string(hide_password=False)
    database = open_database(url)
    migrate.upgrade(database)
    database.dispose()
    try:
        yield url
    finally:
        with admin_engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


def _empty_all_tables(database: Database) -> None:
    tables = [table.name for table in Base.metadata.sorted_tables]
    with database.engine.begin() as connection:
        if database.dialect == "postgresql":
            quoted = ", ".join(f'"{t}"' for t in tables)
            connection.execute(text(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(tables):
                connection.execute(text(f'DELETE FROM "{table}"'))


def empty_postgres(url: str) -> None:
    database = open_database(url)
    try:
        _empty_all_tables(database)
    finally:
        database.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty SQLite database migrated to head, once per run; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite"
    database = open_database(f"sqlite:///{path}", create=True)
    try:
        migrate.upgrade(database)
    finally:
        database.dispose()  # the last connection closed: everything is in the main file
    return path


def fresh_sqlite_file(template: Path, path: Path) -> Path:
    """A copy of the migrated template: the same as migrating `path` itself."""
    shutil.copyfile(template, path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of an empty, migrated database on each engine (PostgreSQL emptied after)."""
    if request.param == "sqlite":
        template = request.getfixturevalue("migrated_sqlite_file")
        path = fresh_sqlite_file(template, tmp_path / "test.sqlite")
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("pg_url")
    try:
        yield url
    finally:
        empty_postgres(url)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    """An open Database on an empty, migrated schema."""
    db = open_database(db_url)
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path, migrated_sqlite_file: Path) -> Iterator[Database]:
    """Only SQLite, for tests about the embedded database itself."""
    path = fresh_sqlite_file(migrated_sqlite_file, tmp_path / "only.sqlite")
    db = open_database(f"sqlite:///{path}")
    try:
        yield db
    finally:
        db.dispose()
